# Rozliczenia: członkostwa i składki, faktury i faktury korygujące, płatności, wyciągi bankowe,
# przypomnienia o płatności, dane wystawcy i faktura do druku.

## Etykiety wyliczeń (według kodów)
membership-status-applied = Złożony wniosek
membership-status-active = Aktywne
membership-status-active-fee-unpaid = Aktywne, składka nieopłacona
membership-status-suspended = Zawieszone
membership-status-lapsed = Wygasłe
membership-status-terminated = Zakończone
invoice-state-draft = Szkic
invoice-state-issued = Wystawiona
invoice-state-partially-paid = Częściowo opłacona
invoice-state-paid = Opłacona
invoice-state-overdue = Przeterminowana
invoice-state-credited = Skorygowana do zera
invoice-state-void = Anulowana
invoice-kind-fee = Składka członkowska
invoice-kind-service = Usługa
invoice-kind-event = Wydarzenie
invoice-kind-credit-note = Faktura korygująca
payment-source-manual = wprowadzona ręcznie
payment-source-bank = wyciąg bankowy
payment-source-credit = nadpłata klienta
credit-kind-overpayment = Nadpłata zachowana
credit-kind-applied = Zaliczona na fakturę
credit-kind-refund = Zwrócona
credit-kind-reversal = Płatność wycofana

## Członkostwa
billing-new-invoice = Nowa faktura
billing-credit-balance = Nadpłata: { $amount }
billing-not-a-member = Nie jest członkiem
billing-membership = Członkostwo
billing-type = Typ
billing-why = Powód
billing-member-since = Członek od
billing-not-a-member-empty = Nie jest członkiem.
billing-add-membership = Dodaj członkostwo
billing-invoices-count = Faktury ({ $count })
billing-no-invoices = Brak faktur.
billing-number = Numer
billing-issued = Wystawiona
billing-due = Termin płatności
billing-amount = Kwota
billing-paid = Zapłacono
billing-state = Stan
billing-draft = Szkic
billing-membership-types = Typy członkostwa
billing-renewal = Odnowienie
billing-figures = Dane liczbowe
billing-memberships-count = { $count ->
    [one] { $count } członkostwo
    [few] { $count } członkostwa
    [many] { $count } członkostw
   *[other] { $count } członkostwa
    }
billing-show = Pokaż
billing-every-status = Każdy status
billing-memberships = Członkostwa
billing-no-memberships-yet = Brak członkostw: dodaj je na stronie organizacji.
billing-period-fixed-rollover = rok klastra; kto przystąpi od { $day }.{ $month }, zaczyna od następnego
billing-period-fixed = rok klastra
billing-period-rolling = liczba miesięcy od przystąpienia: { $months }
billing-every-kind-lower = każdy rodzaj
billing-yes-lower = tak
billing-no-lower = nie
billing-types-subheading = Ile płacą członkowie, za jaki okres i co za to otrzymują
billing-new-type = Nowy typ
billing-types = Typy
billing-name = Nazwa
billing-fee = Składka
billing-period = Okres
billing-tax = VAT
billing-open-to = Dostępny dla
billing-vote = Głos
billing-no-types-yet = Brak typów członkostwa.
billing-open-to-hint = Oddzielone przecinkami, spośród: { $codes }. Puste dla każdego rodzaju.
billing-yes = Tak
billing-voting-rights = Prawo głosu
billing-benefits = Korzyści
billing-period-option-fixed = Rok klastra
billing-period-option-rolling = Liczba miesięcy od przystąpienia
billing-rollover-day = Dzień graniczny
billing-rollover-hint = Dla roku klastra: kto przystąpi w tym dniu lub później (dzień/miesiąc, np. 1/10), zaczyna od następnego roku, a reszta bieżącego jest bezpłatna.
billing-months = Miesiące
billing-months-hint = Dla okresu od przystąpienia: ile miesięcy trwa (12 na rok).
billing-pro-rata = Proporcjonalnie
billing-pro-rata-hint = Czy członek, który przystępuje w trakcie okresu, płaci tylko za pozostałe dni.
billing-tax-rate = Stawka VAT (%)
billing-tax-rate-hint = Puste lub 0, jeśli składki nie podlegają VAT.
billing-fee-rule = Zasada składki
fee-rule-flat = Składka stała
fee-rule-by-employees = Progi według liczby pracowników
fee-rule-by-turnover = Progi według obrotu
fee-rule-turnover-share = Udział w obrocie, z minimum i maksimum
fee-rule-in-kind = W naturze (godziny według stawki)
billing-flat-fee = Składka stała ({ $currency })
billing-bands = Progi
billing-bands-hint = Jeden próg w wierszu, LIMIT: SKŁADKA, ostatni rest: SKŁADKA. Według zatrudnienia: '9: 300', '49: 800', 'rest: 2000'. Według obrotu limity są kwotami.
billing-share-of-turnover = Udział w obrocie (%)
billing-floor = Minimum ({ $currency })
billing-cap = Maksimum ({ $currency })
billing-in-kind-hours = W naturze: godziny na okres
billing-in-kind-rate = W naturze: wartość godziny ({ $currency })
billing-save-type = Zapisz typ
billing-type-form-intro = Odczytywane są tylko pola wybranej zasady składki.
billing-new-membership-type = Nowy typ członkostwa
billing-type-created = Typ członkostwa został utworzony.
billing-membership-type = Typ członkostwa
billing-simulate-another = Symuluj inną zasadę składki
billing-fee-simulation = Symulacja składki
billing-fee-simulation-of = Symulacja składki: { $name }
billing-simulation-subheading = Wypróbuj inną zasadę składki na obecnych członkach tego typu. Nic nie jest zapisywane. Obecnie: { $rule }.
billing-fee-rule-to-try = Zasada składki do wypróbowania
billing-simulate = Symuluj
billing-rule-cannot-be-tried = Zasady nie można jeszcze wypróbować: popraw pola zaznaczone poniżej.
billing-would-pay-more = Zapłaciliby więcej
billing-would-pay-less = Zapłaciliby mniej
billing-would-pay-same = Zapłaciliby tyle samo
billing-income-by-type = Wpływy ze składek na okres, według typu
billing-now = Obecnie
billing-projected = Prognoza
billing-change = Zmiana
billing-no-types = Brak typów.
billing-members-of = Członkowie typu { $name }
billing-member = Członek
billing-type-has-no-members = Ten typ nie ma obecnie członków.
billing-renewal-year = Odnowienie { $year }
billing-renewal-subheading = Faktury składkowe za okres: najpierw komu zostaną wystawione, na ile i dlaczego; potem jedno kliknięcie wystawia je wszystkie. Ponowne uruchomienie niczego nie wystawia dwa razy.
billing-preview = Podgląd
billing-issue-n-invoices = { $count ->
    [one] Wystaw { $count } fakturę
    [few] Wystaw { $count } faktury
    [many] Wystaw { $count } faktur
   *[other] Wystaw { $count } faktury
    }
billing-issue-the-invoices = Wystaw faktury
billing-year = Rok
billing-renewal-confirm = Wystawić faktury składkowe za { $year } (liczba: { $count }), łącznie { $total }? Faktury są numerowane i nie można ich usunąć.
billing-to-invoice = Do zafakturowania
billing-total = Razem
billing-left-out = Pominięte
billing-no-renewals = W tym roku nie odnawia się żadne członkostwo.
billing-renewal-done = { $count ->
    [one] Wystawiono { $count } fakturę
    [few] Wystawiono { $count } faktury
    [many] Wystawiono { $count } faktur
   *[other] Wystawiono { $count } faktury
    }, od { $first } do { $last }.
billing-renewal-nothing = Nie ma czego wystawiać: każde członkostwo w tym okresie jest już zafakturowane.
billing-membership-figures = Dane o członkostwie
billing-membership-figures-of = Dane o członkostwie { $period }
billing-as-of = Stan na { $day }
billing-new = Nowi
billing-lost = Utraceni
billing-retention = Utrzymanie
billing-fees-billed = Składki zafakturowane
billing-fees-collected = Składki pobrane
billing-fees-outstanding = Składki do zapłaty
billing-five-largest = Zapłacone przez pięciu największych płatników
billing-by-type = Według typu
billing-by-kind = Według rodzaju
billing-by-size-class = Według wielkości
billing-no-members = Brak członków.
billing-applied-on = Wniosek z dnia
billing-accepted-member-from = Przyjęty, członek od
billing-accepted-hint = Puste, dopóki wniosek czeka na zarząd.
billing-membership-of = Członkostwo: { $name }
billing-membership-form-intro = Typy dostępne dla tego rodzaju organizacji.
billing-new-membership = Nowe członkostwo
billing-choose-membership-type = wybierz typ członkostwa
billing-membership-recorded = Członkostwo zostało zapisane.
billing-nothing-saved-because = Nic nie zostało zapisane: { $error }.
billing-member-from = Członek od
billing-suspended-from = Zawieszone od
billing-terminated-on = Zakończone dnia
billing-accept-from-day = Przyjmij od dnia
billing-suspend-from-day = Zawieś od dnia
billing-reinstate = Przywróć
billing-terminate-on-day = Zakończ z dniem
billing-day = Dzień
billing-change-confirm = Zastosować tę zmianę do członkostwa? Zostanie zapisana w jego historii.
billing-fee-invoice-for = Faktura składkowa za { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Faktura składkowa: za bieżący okres, { $period }, nie ma czego wystawić ({ $reason })
billing-issue-fee-invoice = Wystaw fakturę składkową
billing-day-of-period = Dzień okresu
billing-day-of-period-hint = Puste dla okresu powyżej; odnowienie nigdy nie fakturuje ponownie zafakturowanego okresu.
billing-issue-fee-invoice-confirm = Wystawić fakturę składkową? Otrzyma kolejny numer faktury.
billing-fee-invoices = Faktury składkowe
billing-no-fee-yet = Nie zafakturowano jeszcze żadnej składki.
billing-history = Historia
billing-when = Kiedy
billing-by = Kto
billing-no-changes = Brak zmian.
billing-fee-invoice-issued = Wystawiono fakturę składkową { $number } za { $period }.
billing-no-fee-invoice-for = brak faktury składkowej za { $period }: { $reason }
billing-choose-change = wybierz zmianę
billing-change-recorded = Zmiana została zapisana.

## Faktury
billing-bank-statement = Wyciąg bankowy
billing-unmatched-payments = Nieprzypisane płatności
billing-reminders = Przypomnienia o płatności
billing-sent-mail = Wysłane wiadomości
billing-billing-details = Dane do faktur
billing-customer = Nabywca
billing-invoices-n = { $count ->
    [one] { $count } faktura
    [few] { $count } faktury
    [many] { $count } faktur
   *[other] { $count } faktury
    }
billing-outstanding-summary = { $invoices }; do zapłaty { $amount }
billing-first-500 = wyświetlono pierwsze 500, zawęź listę, aby zobaczyć pozostałe
billing-find = Szukaj
billing-number-or-customer = Numer lub nabywca
billing-every-state = Każdy stan
billing-every-kind = Każdy rodzaj
billing-no-invoices-match = Brak pasujących faktur.
billing-invoices-csv = Faktury CSV
billing-invoices-xlsx = Faktury XLSX
billing-payments-csv = Płatności CSV
billing-payments-xlsx = Płatności XLSX
billing-fee-from-membership-option = Składka członkowska (wystawiana z członkostwa nabywcy)
billing-kind-hint = Składka członkowska prowadzi do członkostwa, które wylicza jej kwotę i pilnuje, by odnowienie nie zafakturowało jej dwa razy.
billing-tax-rate-none-hint = Puste lub 0, jeśli bez VAT.
billing-note-on-invoice = Uwaga na fakturze
billing-line-what-for = Pozycja { $n }: za co
billing-line-quantity = Pozycja { $n }: ilość
billing-quantity-hint = 1, jeśli puste
billing-line-price = Pozycja { $n }: cena jednostkowa ({ $currency })
billing-save-draft = Zapisz szkic
billing-draft-intro = Faktura za usługę lub wydarzenie. Zostaje zapisana jako szkic: sprawdź ją, a potem wystaw, aby otrzymała numer.
billing-draft-saved = Szkic został zapisany: sprawdź go, a potem wystaw.
billing-issue-from-membership = Wystaw fakturę składkową z członkostwa: jego typ wylicza kwotę, a odnowienie nie zafakturuje jej ponownie.
billing-choose-fee-customer = wybierz nabywcę, którego składkę członkowską należy zafakturować
billing-no-accepted-membership = nabywca nie ma przyjętego członkostwa: dodaj je lub przyjmij, a potem zafakturuj z niego składkę
billing-invoice = Faktura
billing-invoice-title = Faktura { $number }
billing-printable-invoice = Faktura do druku
billing-all-invoices = Wszystkie faktury
billing-net = Netto
billing-tax-percent = VAT ({ $rate })
billing-credited = Skorygowano
billing-outstanding = Do zapłaty
billing-corrects = Koryguje
billing-how-fee-is-made = Jak wyliczono składkę
billing-note = Uwaga
billing-void-because = Anulowana, ponieważ
billing-issue = Wystaw
billing-issue-the-invoice = Wystaw fakturę
billing-issue-ask = Wystawić fakturę? Otrzyma kolejny numer w roku i nie będzie można jej potem zmienić, jedynie skorygować fakturą korygującą.
billing-discard = Odrzuć
billing-discard-the-draft = Odrzuć szkic
billing-discard-confirm = Odrzucić ten szkic? Nie ma jeszcze numeru; nic więcej nie zostanie utracone.
billing-record-a-payment = Zapisz płatność
billing-record-payment = Zapisz płatność
billing-received-on = Data wpływu
billing-reference = Tytuł przelewu
billing-keep-overpayment = Zachowaj kwotę ponad należność jako nadpłatę nabywcy
billing-keep-overpayment-hint = Bez tego kwota wyższa niż należność zostanie odrzucona.
billing-customer-has-credit = Nadpłata nabywcy: { $amount }
billing-use-the-credit = Użyj nadpłaty
billing-use-credit-confirm = Opłacić { $amount } tej faktury z nadpłaty nabywcy?
billing-issue-credit-note = Wystaw fakturę korygującą
billing-amount-to-credit = Kwota korekty
billing-amount-to-credit-hint = Puste dla całości, która nie została jeszcze skorygowana.
billing-what-it-corrects = Co koryguje
billing-credit-note-confirm = Wystawić fakturę korygującą? Otrzyma kolejny numer faktury i nie można jej usunąć.
billing-void-title = Anuluj fakturę
billing-void-the-invoice = Anuluj fakturę
billing-void-confirm = Anulować tę fakturę? Zachowa swój numer, oznaczona jako anulowana, i nic nie będzie z niej należne.
billing-lines = Pozycje
billing-description = Opis
billing-quantity = Ilość
billing-price = Cena
billing-no-lines = Brak pozycji.
billing-reversed-on = Wycofana { $day }: { $reason }
billing-kept-as-credit = { $amount } zachowano jako nadpłatę
billing-reverse-payment-title = Wycofaj płatność { $amount } otrzymaną { $day }
billing-reverse-payment = Wycofaj płatność
billing-reverse-confirm = Wycofać tę płatność? Pozostanie w historii, oznaczona jako wycofana, a kwota znów będzie należna.
billing-payments = Płatności
billing-received = Wpływ
billing-from = Źródło
billing-nothing-paid-yet = Nic jeszcze nie zapłacono.
billing-credit-notes = Faktury korygujące
billing-reminders-sent = Wysłane przypomnienia
billing-to = Do
billing-issued-as = Wystawiono jako { $number }.
billing-draft-discarded = Szkic został odrzucony.
billing-invoice-is-void = Faktura jest anulowana.
billing-credit-note-issued = Wystawiono fakturę korygującą { $number }.

## Faktura i faktura korygująca do druku (dokument prawny, w języku nabywcy)
billing-print-invoice = Faktura
billing-print-credit-note = Faktura korygująca
billing-print-draft-invoice = Projekt faktury
billing-print-tax-rate = VAT { $rate }
billing-print-back = ← Powrót do faktury
billing-print-how = Wydrukuj tę stronę lub zapisz ją jako PDF w oknie drukowania.
billing-print-number = Nr { $number }
billing-print-void = Anulowana
billing-print-paid = Zapłacono
billing-print-draft-stamp = Szkic, nie jest ważną fakturą
billing-print-vat = NIP
billing-print-bill-to = Nabywca
billing-print-details = Szczegóły
billing-print-date = Data wystawienia
billing-print-due = Termin płatności
billing-print-corrects = Koryguje
billing-print-corrects-invoice = Fakturę { $number }
billing-print-description = Nazwa towaru lub usługi
billing-print-qty = Ilość
billing-print-price = Cena jedn. netto
billing-print-net = Wartość netto
billing-print-tax = Stawka VAT
billing-print-tax-amount = Kwota VAT
billing-print-total = Wartość brutto
billing-print-credited = Skorygowano
billing-print-to-pay = Do zapłaty
billing-print-tax-note = VAT jest liczony jednorazowo od łącznej wartości netto faktury; kwoty w poszczególnych pozycjach są zaokrąglane osobno.
billing-print-pay-to-iban = Prosimy o przelew na rachunek IBAN { $iban }, w tytule { $reference }.
billing-print-pay-reference = Prosimy o zapłatę, w tytule { $reference }.

## Płatności i nadpłata nabywcy
billing-payment-recorded = Płatność została zapisana.
billing-unmatched-subheading = Wpływy, których nie przypisał żaden numer faktury ani NIP. Wskaż dla każdego fakturę, którą opłaca.
billing-unmatched-payment = { $amount } z dnia { $day }: { $reference }
billing-assign = Przypisz
billing-invoice-number = Numer faktury
billing-text = Tytuł
billing-all-matched = Każda otrzymana płatność jest przypisana do faktury.
billing-payment-now-pays = Płatność opłaca teraz { $number }.
billing-payment-reversed = Płatność została wycofana; pozostaje w historii.
billing-credit-pays = Faktura opłacona z nadpłaty nabywcy: { $amount }.
billing-customers-credit = Nadpłata nabywcy
billing-credit-of = Nadpłata: { $name }
billing-credit-subheading = Pozostało: { $amount }. Pochodzi z płatności wyższych niż należność z faktury; użyj jej na otwartą fakturę albo zapisz jej zwrot.
billing-refund = Zwrot
billing-record-the-refund = Zapisz zwrot
billing-all-of-credit-hint = Puste dla całej nadpłaty.
billing-how-paid-back = Jak zwrócono
billing-refund-confirm = Zapisać, że ta nadpłata została zwrócona nabywcy?
billing-what = Co
billing-never-had-credit = Nabywca nigdy nie miał nadpłaty.
billing-refund-recorded = Zwrot { $amount } został zapisany.

## Wyciągi bankowe
billing-bank-intro = Wyciąg eksportowany przez Twój bank, jako CSV (przecinki, średniki lub tabulatory) albo XLSX, z kolumną daty i kolumną kwoty (nazwanymi po angielsku, hiszpańsku, włosku, niemiecku lub francusku). Każda otrzymana płatność jest przypisywana do faktury na podstawie numeru faktury w tytule albo NIP nabywcy i dokładnej należnej kwoty; pozostałe czekają na ręczne przypisanie. Wynik każdego wiersza zobaczysz, zanim cokolwiek zostanie zapisane, a wyciąg zaimportowany dwa razy zostanie zapisany raz.
billing-statement = Wyciąg
billing-at-most-mib = Maksymalnie { $mib } MiB.
billing-upload-and-check = Prześlij i sprawdź
billing-choose-file = Wybierz plik do przesłania.
billing-file-unreadable = Nie można odczytać tego pliku: { $message }.
billing-matched-by = { $number } ({ $customer }, według: { $by })
billing-matched-by-credit = { $number } ({ $customer }, według: { $by }); nadwyżkę { $amount } zachowano jako nadpłatę
billing-no-invoice-found = Nie znaleziono faktury: zachowano jako nieprzypisaną
billing-money-out = Wypływ: pominięty
billing-other-currency = W { $currency }, nie w walucie klastra: do ręcznego zaksięgowania
billing-recorded-before = Zapisano wcześniej
billing-bank-statement-of = Wyciąg bankowy { $name }
billing-statement-unreadable = Nie można odczytać tego wyciągu: { $message }.
billing-bank-preview = Co zrobi zapisanie tego wyciągu, wiersz po wierszu. Nic jeszcze nie zostało zapisane.
billing-matched-to-invoice = Przypisane do faktury
billing-unmatched-kept = Nieprzypisane, do ręcznego przypisania
billing-lines-unreadable = Nie można odczytać wierszy (liczba: { $count }), więc nic nie może zostać zapisane: { $errors }
billing-record = Zapisz
billing-record-the-payments = Zapisz płatności
billing-line = Wiersz
billing-date = Data
billing-outcome = Wynik
billing-statement-no-lines = Wyciąg nie zawiera wierszy.
billing-nothing-recorded = Nic nie zostało zapisane: niektórych wierszy nie można odczytać.
billing-bank-recorded = Płatności zapisane na fakturach: { $matched }; zachowane jako nieprzypisane: { $unmatched }.

## Przypomnienia o płatności
billing-reminders-subheading = Przeterminowane faktury i do kogo trafia przypomnienie: do kontaktów nabywcy z działu rozliczeń lub finansów, a w ich braku do wszystkich jego kontaktów z adresem e-mail. O fakturze przypominamy najwyżej raz na { $days } dni.
billing-mail-not-set-up = Poczta nie jest skonfigurowana, więc nie można wysyłać przypomnień: ustaw CLUSTERDESK_SMTP_URL i CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Wyślij { $count } przypomnienie
    [few] Wyślij { $count } przypomnienia
    [many] Wyślij { $count } przypomnień
   *[other] Wyślij { $count } przypomnienia
    }
billing-send-reminders = Wyślij przypomnienia
billing-send-reminders-confirm = { $count ->
    [one] Wysłać teraz { $count } e-mail z przypomnieniem?
    [few] Wysłać teraz { $count } e-maile z przypomnieniem?
    [many] Wysłać teraz { $count } e-maili z przypomnieniem?
   *[other] Wysłać teraz { $count } e-maila z przypomnieniem?
    }
billing-will-be-reminded = Otrzyma przypomnienie
billing-queued = W kolejce do wysłania
billing-no-address = Brak kontaktu z adresem e-mail
billing-reminded-on = Przypomniano { $day }
billing-settled-meanwhile = W międzyczasie opłacona lub rozliczona
billing-overdue-invoices = Przeterminowane faktury
billing-days-overdue = Dni po terminie
billing-open = Do zapłaty
billing-reminder = Przypomnienie
billing-none-overdue = Żadna faktura nie jest przeterminowana.
billing-reminders-on-way = { $count ->
    [one] { $count } przypomnienie jest w drodze
    [few] { $count } przypomnienia są w drodze
    [many] { $count } przypomnień jest w drodze
   *[other] { $count } przypomnienia jest w drodze
    }: dziennik wysyłki pokazuje, kiedy każde wychodzi.

## Dane wystawcy faktur
billing-legal-name = Pełna nazwa
billing-legal-name-hint = Tak jak na fakturach; nazwa klastra, jeśli puste.
billing-address = Adres
billing-vat-id = NIP
billing-iban = IBAN
billing-iban-hint = Rachunek, na który członkowie przelewają składki; drukowany na fakturach i przypomnieniach.
billing-billing-email = E-mail do rozliczeń
billing-billing-email-hint = Tu trafiają odpowiedzi na przypomnienia.
billing-save = Zapisz
billing-details-intro = Co klaster drukuje na swoich fakturach jako ich wystawca.
billing-details-saved = Dane do faktur zapisane.
billing-documents-language = Język dokumentów klastra
billing-documents-language-is = Dokumenty w języku: { $language }
billing-documents-language-of-country = { $language } – język kraju
billing-documents-language-hint = W tym języku powstają faktury, faktury korygujące i przypomnienia dla klientów bez własnego języka, wiadomości do osób, które żadnego nie wybrały, oraz ankiety utworzone z szablonu. Listy organizacji i kontaktów według nazwy są uporządkowane według jego alfabetu.
billing-documents-language-set = Dokumenty klastra są teraz sporządzane w języku: { $language }.

## To, co clusterdesk pisze na fakturze i fakturze korygującej klienta, w języku klienta
invoice-line-membership-fee = Składka członkowska { $type } { $period }
invoice-line-registration = Rejestracja: { $event }, { $day }
invoice-line-registration-member = Rejestracja: { $event }, { $day } (cena dla członków)
invoice-line-service = { $service }, { $day }
invoice-line-service-member = { $service }, { $day } (cena dla członków)
invoice-explanation-services =
    { $count ->
        [one] Wykonane usługi (1 usługa)
        [few] Wykonane usługi ({ $count } usługi)
        [many] Wykonane usługi ({ $count } usług)
       *[other] Wykonane usługi ({ $count } usługi)
    }
invoice-line-credit = Korekta faktury { $number }: { $reason }
invoice-credit-registration-cancelled = rejestracja { $name } anulowana: { $reason }
invoice-credit-event-cancelled = wydarzenie zostało odwołane
invoice-credit-by-the-team = przez zespół
invoice-credit-by-the-person = przez osobę zarejestrowaną

## Historia członkostwa
membership-history-applied = złożono wniosek { $day }
membership-history-accepted = przyjęto, od { $day }
membership-history-suspended = zawieszono od { $day }
membership-history-terminated = zakończono { $day }
membership-history-reinstated = przywrócono
membership-history-suspended-when-imported = zawieszono przy imporcie
membership-history-imported = zaimportowano z { $file }: { $what }

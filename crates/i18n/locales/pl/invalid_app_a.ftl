# Komunikaty przypadków użycia aplikacji: odmowy i to, co strona lub odpowiedź API mówi o danych (monitoring, faktury, ankiety, wydarzenia, członkostwa, rejestracje, wyciągi bankowe, zaangażowanie, ekonomia, projekty, usługi, łańcuch wartości, segmenty, interakcje, zestawy wskaźników, co wymaga uwagi).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] obecność na { $count } wydarzeniu
       *[other] obecność na { $count } wydarzeniach
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } aktywność
       *[other] { $count } aktywności
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } projekt
        [few] { $count } projekty
       *[other] { $count } projektów
    }
invalid-app-monitoring-active = aktywny
invalid-app-monitoring-not-active = nieaktywny
invalid-app-monitoring-sme = MŚP
invalid-app-monitoring-large = duże
invalid-app-monitoring-size-unknown = wielkość nieznana
invalid-app-monitoring-strand-business = biznes (członkowie: { $count })
invalid-app-monitoring-strand-knowledge = nauka (członkowie: { $count })
invalid-app-monitoring-strand-government = administracja publiczna (członkowie: { $count })
invalid-app-monitoring-memberships-began = Członkostwa rozpoczęte w okresie { $period }
invalid-app-monitoring-members-lost = Członkowie z początku okresu, którzy nie są już członkami
invalid-app-monitoring-fee-invoices-of = Faktury składkowe za { $period }
invalid-app-monitoring-paid = Zapłacono
invalid-app-monitoring-still-owed = Pozostaje do zapłaty
invalid-app-monitoring-attended = obecnych: { $count }
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[other] { $count } spotkań
    }
invalid-app-monitoring-serves-a-challenge = służy wyzwaniu
invalid-app-monitoring-serves-no-challenge = nie służy żadnemu wyzwaniu
invalid-app-monitoring-numerator = Licznik
invalid-app-monitoring-denominator = Mianownik
invalid-app-monitoring-members = Członkowie
invalid-app-monitoring-fte = EPC
invalid-app-monitoring-no-strategy = Żadna strategia nie obejmuje tego roku
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } wyzwanie
        [few] { $count } wyzwania
       *[other] { $count } wyzwań
    }
invalid-app-monitoring-action-plan = Plan działań { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } linia
        [few] { $count } linie
       *[other] { $count } linii
    }
invalid-app-monitoring-reviewed-by = Przegląd: { $name }
invalid-app-monitoring-part-of = { $part } z { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } nowy produkt
        [few] { $count } nowe produkty
       *[other] { $count } nowych produktów
    }
invalid-app-monitoring-campaign-closed = { $title } (zamknięta)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } odpowiedź, średnia { $mean }
       *[other] { $count } odpowiedzi, średnia { $mean }
    }
invalid-app-monitoring-entered-by = Wpisane przez: { $name }
invalid-app-monitoring-name-required = nadaj wskaźnikowi nazwę
invalid-app-monitoring-at-most-200 = najwyżej 200 znaków
invalid-app-monitoring-control-character = zawiera znak sterujący
invalid-app-monitoring-at-most-2000 = najwyżej 2000 znaków
invalid-app-monitoring-own-source = własne wskaźniki klastra wpisuje się ręcznie, formułami lub z pytań ankiet
invalid-app-monitoring-not-a-key = „{ $key }” nie jest kluczem: małe litery, cyfry i _, zaczynając od litery, najwyżej 40
invalid-app-monitoring-key-taken = „{ $key }” jest kluczem wskaźnika { $name } ({ $code }); wybierz inny
invalid-app-monitoring-not-a-question-key = „{ $key }” nie jest kluczem pytania
invalid-app-monitoring-question-required = wskaż pytanie, którego średnią odpowiedź przyjmuje wskaźnik
invalid-app-monitoring-formula-periodicity = „{ $key }” ma częstotliwość { $periodicity }, a formuła { $own }: formuła odczytuje wskaźniki o własnej częstotliwości
invalid-app-monitoring-added-meanwhile = w tej samej chwili dodano inny wskaźnik z tym kluczem lub kodem; wyślij ponownie
invalid-app-monitoring-read-by-formula = formuła wskaźnika { $name } ({ $code }) odczytuje „{ $key }”; najpierw ją zmień
invalid-app-monitoring-give-a-year = { $name } ma częstotliwość { $periodicity }: podaj rok, np. 2025
invalid-app-monitoring-give-a-quarter = { $name } ma częstotliwość { $periodicity }: podaj kwartał, np. 2025-Q3
invalid-app-monitoring-not-typed = { $name } ma źródło { $source }: jego wartości się nie wpisuje
invalid-app-monitoring-value-required = podaj wartość
invalid-app-monitoring-at-most-1000 = najwyżej 1000 znaków
invalid-app-monitoring-not-an-id = „{ $value }” nie jest identyfikatorem
invalid-app-monitoring-no-such-evidence = w archiwum dowodów nie ma takiej pozycji
invalid-app-monitoring-title-required = nadaj tytuł
invalid-app-monitoring-file-empty = plik jest pusty
invalid-app-monitoring-file-too-large = plik może mieć najwyżej { $size } MiB
invalid-app-monitoring-file-kind = archiwum przechowuje dokumenty, arkusze, obrazy i teksty (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = podaj link albo plik, nie oba
invalid-app-monitoring-link-or-file = podaj link albo wybierz plik
invalid-app-monitoring-no-such-indicator = „{ $key }” nie jest wskaźnikiem klastra
invalid-app-monitoring-store-full = archiwum dowodów mieści najwyżej { $size } MiB na klaster: najpierw usuń stare pliki
invalid-app-invoice-fee-kind = składkę członkowską fakturuje się z jej członkostwa: jego typ wylicza cenę, a powiązanie sprawia, że żadne odnowienie nie zafakturuje okresu ponownie (strona członkostwa lub POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = „{ $value }” nie jest rodzajem faktury; użyj service lub event
invalid-app-invoice-organisation-required = wybierz organizację, dla której jest faktura
invalid-app-invoice-line-quantity = pozycja { $line }: ilość „{ $value }” nie jest liczbą całkowitą od 1 do 1 000 000
invalid-app-invoice-line-price = pozycja { $line }: cena { $problem }
invalid-app-invoice-line-description = pozycja { $line }: napisz, czego dotyczy
invalid-app-invoice-line-description-long = pozycja { $line }: opis musi mieć mniej niż 300 znaków
invalid-app-invoice-no-line = faktura potrzebuje co najmniej jednej pozycji
invalid-app-invoice-nothing-asked = pozycje sumują się do zera; faktura musi żądać kwoty większej od zera
invalid-app-invoice-issued-already = faktura { $number } jest już wystawiona
invalid-app-invoice-draft-gone = w międzyczasie szkic wystawiono lub odrzucono
invalid-app-invoice-issued-not-deleted = faktura { $number } jest wystawiona: nie można jej usunąć; anuluj ją (jeśli nic nie zapłacono) lub skoryguj fakturą korygującą
invalid-app-invoice-void-reason = napisz w kilku słowach, dlaczego jest anulowana
invalid-app-invoice-credit-reason = napisz w kilku słowach, co koryguje faktura korygująca
invalid-app-invoice-credit-amount = korekta od 0 do { $amount }, czyli tego, co zostało z faktury
invalid-app-invoice-payment-in-future = płatności nie można zapisać przed jej otrzymaniem
invalid-app-invoice-payment-zero = płatność jest większa od zera
invalid-app-invoice-overpayment = { $amount } to więcej niż { $owed } pozostające do zapłaty na { $number }; potwierdź nadpłatę, by zachować nadwyżkę { $rest } jako nadpłatę klienta
invalid-app-invoice-reverse-reason = napisz w kilku słowach, dlaczego płatność jest wycofywana
invalid-app-invoice-credit-spent = { $kept } z tej płatności zachowano jako nadpłatę klienta, a z tej nadpłaty zostało tylko { $left }: najpierw wycofaj płatności, które z niej skorzystały
invalid-app-invoice-nothing-outstanding = na fakturze { $number } nic nie pozostaje do zapłaty
invalid-app-invoice-no-credit-to-use = klient nie ma nadpłaty do wykorzystania
invalid-app-invoice-refund-note = napisz w kilku słowach, jak zwrócono nadpłatę
invalid-app-invoice-refund-amount = zwrot od 0 do { $amount }, czyli nadpłaty klienta
invalid-app-invoice-no-credit-to-refund = klient nie ma nadpłaty do zwrotu
invalid-app-invoice-after-today = { $day } jest po dzisiejszym dniu
invalid-app-invoice-statement-stopped = { $problem }; nic nie zapisano: zaimportuj wyciąg ponownie
invalid-app-invoice-payments-kept-changing = płatności klastra ciągle się zmieniały podczas odczytu wyciągu; zaimportuj go ponownie
billing-matched-by-number = numer faktury
billing-matched-by-vat = NIP i kwota
invalid-app-invoice-no-such-number = nie ma faktury { $number }
invalid-app-invoice-mail-not-set-up = poczta nie jest skonfigurowana: ustaw CLUSTERDESK_SMTP_URL (i CLUSTERDESK_MAIL_FROM), aby wysyłać przypomnienia
invalid-app-invoice-not-an-iban = nie jest numerem IBAN (dwie litery, potem od 13 do 32 liter i cyfr)
invalid-app-invoice-not-an-email = nie jest adresem e-mail
invalid-app-survey-no-such-question = kwestionariusz nie ma pytania „{ $key }”
invalid-app-survey-choose-section = wybierz sekcję
invalid-app-survey-question-depended-on = „{ $question }” pokazuje się zależnie od tego pytania: najpierw je zmień lub usuń
invalid-app-survey-no-such-section = nie ma takiej sekcji
invalid-app-survey-section-not-empty = sekcja ma jeszcze pytania: najpierw je przenieś lub usuń
invalid-app-survey-before-today = { $day } jest przed dzisiejszym dniem
invalid-app-survey-questionnaire-archived = kwestionariusz jest zarchiwizowany: przywróć go, aby go wysłać
invalid-app-survey-questionnaire-empty = kwestionariusz jeszcze o nic nie pyta: najpierw dodaj pytanie
invalid-app-survey-mail-not-set-up = poczta nie jest skonfigurowana: ustaw CLUSTERDESK_SMTP_URL, aby wysłać ankietę
invalid-app-survey-left-out-archived = zarchiwizowany
invalid-app-survey-left-out-no-email = brak adresu e-mail
invalid-app-survey-left-out-no-consent = brak stałej zgody na ankiety e-mailem
invalid-app-survey-nobody-to-invite = do żadnego kontaktu segmentu { $segment } nie można wysłać ankiety (kontaktów: { $count }, żaden ze stałą zgodą na ankiety e-mailem)
invalid-app-survey-campaign-closed = kampania zamknęła się { $day }: nie przyjmuje już odpowiedzi
invalid-app-survey-mail-not-set-up-reminders = poczta nie jest skonfigurowana: ustaw CLUSTERDESK_SMTP_URL, aby wysyłać przypomnienia
invalid-app-survey-answers-sent = te odpowiedzi zostały już wysłane; dziękujemy
invalid-app-survey-closed = ankieta zamknęła się { $day }
invalid-app-survey-not-a-size-class = „{ $value }”: dozwolone są micro, small, medium lub large
invalid-app-survey-anonymous-no-kind = odpowiedzi anonimowej kampanii nie przechowują rodzaju ani klasy wielkości organizacji, według których można by filtrować
invalid-app-survey-anonymous-no-organisation = odpowiedzi anonimowej kampanii nie mają organizacji, według której można by filtrować
invalid-app-event-cancelled-already = wydarzenie jest już odwołane
invalid-app-event-nobody-moves-up = wydarzenie się skończyło lub zostało odwołane: nikt już nie przechodzi z listy rezerwowej
invalid-app-event-registration-cancelled-already = rejestracja jest już anulowana
invalid-app-event-subject-one-line = musi mieścić się w jednym wierszu
invalid-app-event-mail-not-set-up = poczta nie jest skonfigurowana: ustaw CLUSTERDESK_SMTP_URL, aby wysyłać wiadomości
invalid-app-event-no-address = nikt z wybranych nie ma adresu e-mail
invalid-app-event-check-in-too-early = wydarzenie odbywa się { $day }: obecność zapisuje się od tego dnia, przy wejściu lub później
invalid-app-event-check-in-no-seat = obecność można zapisać tylko osobie z miejscem; najpierw przydziel jej miejsce
invalid-app-membership-starts-before-applied = członkostwo nie może zacząć się przed złożeniem wniosku
invalid-app-membership-type-not-open = typ { $type } nie jest otwarty dla organizacji rodzaju { $kind }
invalid-app-membership-one-at-a-time = organizacja ma już członkostwo; zakończ je przed dodaniem kolejnego
invalid-app-membership-not-accepted-yet = złożony wniosek, jeszcze nie przyjęte
invalid-app-membership-starts-after-period = zaczyna się { $day }, po okresie
invalid-app-membership-joined-after-rollover = przystąpienie po dniu granicznym; pierwsza składka za { $period }
invalid-app-membership-terminated-before = zakończone przed okresem
invalid-app-membership-suspended = zawieszone
invalid-app-membership-invoiced-already = już zafakturowane za ten okres
invalid-app-membership-cannot-be-priced = nie można wyliczyć ceny: { $problem }
invalid-app-membership-pro-rata = { $explanation }; proporcjonalnie od { $day }
invalid-app-membership-no-fee = brak składki
invalid-app-membership-not-a-renewal-year = { $year } nie jest rokiem, za który klaster odnawia członkostwa
invalid-app-membership-no-such-year = nie ma takiego roku
invalid-app-membership-from-acceptance = od przyjęcia
invalid-app-membership-invoiced-by-another-run = w międzyczasie zafakturowane przez inne uruchomienie
invalid-app-membership-moved-meanwhile = w międzyczasie członkostwo przeszło do innej organizacji; spróbuj ponownie
invalid-app-membership-terminated = członkostwo jest zakończone; zamiast tego dodaj nowe
invalid-app-membership-accepted-already = członkostwo jest już przyjęte
invalid-app-membership-suspended-already = członkostwo jest już zawieszone
invalid-app-membership-suspend-not-accepted = zawiesić można tylko przyjęte członkostwo
invalid-app-membership-not-suspended = członkostwo nie jest zawieszone
invalid-app-membership-ends-before-applied = członkostwo nie może skończyć się przed złożeniem wniosku
invalid-app-registration-confirmed-already = ta rejestracja jest już potwierdzona: wysłana przez nas wiadomość zawiera Twój osobisty link
invalid-app-registration-declined = zespół odrzucił tę rejestrację
invalid-app-registration-held = zespół sprawdza tę rejestrację: nie można jej potwierdzić z linku
invalid-app-registration-awaiting-confirmation = ta rejestracja czeka na potwierdzenie e-mailem przez odwiedzającego
invalid-app-registration-contact-archived = { $name } jest w archiwum: przywróć kontakt przed rejestracją
invalid-app-registration-no-such-contact = żaden bieżący kontakt klastra nie ma tego adresu e-mail: najpierw dodaj osobę do jej organizacji
invalid-app-registration-closed = rejestracja jest zamknięta: wydarzenie się skończyło lub zostało odwołane
invalid-app-statement-too-large = wyciąg ma ponad { $size } MiB; podziel go na miesiące
invalid-app-statement-no-date-column = wyciąg nie ma kolumny z datą; nazwij jedną z jego kolumn 'date' (znalezione: { $found })
invalid-app-statement-no-amount-column = wyciąg nie ma kolumny z kwotą; nazwij jedną 'amount' albo dwie 'credit' i 'debit' (znalezione: { $found })
invalid-app-statement-no-credit-or-debit = wiersz nie ma ani uznania, ani obciążenia
invalid-app-statement-not-utf8 = wyciąg XML nie jest w UTF-8
invalid-app-statement-unreadable = nie można odczytać wyciągu XML: { $problem }
invalid-app-statement-not-camt = plik XML nie jest wyciągiem CAMT.053 (jego korzeń nie zawiera BkToCstmrStmt, lecz { $found })
invalid-app-statement-not-camt-empty = plik XML nie jest wyciągiem CAMT.053 (jego korzeń nie zawiera BkToCstmrStmt ani niczego innego)
invalid-app-statement-entry-no-date = operacja nie ma daty księgowania ani daty waluty (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = operacja nie ma kwoty (Amt)
invalid-app-statement-entry-direction = kierunek operacji to { $value }; CdtDbtInd to CRDT albo DBIT
invalid-app-statement-no-entries = wyciąg CAMT.053 nie zawiera operacji (Ntry)
invalid-app-engagement-in-group-already = ta osoba jest już w grupie
invalid-app-engagement-mail-not-set-up = poczta nie jest skonfigurowana: ustaw CLUSTERDESK_SMTP_URL, aby prosić o opinie
invalid-app-engagement-feedback-too-early = o opinie prosi się po zakończeniu wydarzenia
invalid-app-engagement-feedback-not-open = opinie wystawiają obecni, po zakończeniu wydarzenia
invalid-app-engagement-rating = wybierz od 1 (słabo) do 5 (znakomicie)
invalid-app-engagement-average = { $mean } (ocen: { $count })
invalid-app-engagement-not-in-range = „{ $value }” nie jest liczbą od { $min } do { $max }
invalid-app-engagement-no-activity = wybierz co najmniej jedną liczącą się aktywność
invalid-app-engagement-nobody-at-risk = w { $year } żaden członek nie jest zagrożony
invalid-app-economics-not-a-year = { $year } nie jest rokiem
invalid-app-economics-years-range = poproś o od jednego do { $max } lat, pierwszy przed ostatnim
invalid-app-economics-invoiced-twice = { $year }: { $stream } są zarówno wpisane jako pozycje ({ $entered }), jak i zafakturowane ({ $invoiced }); usuń pozycje, które obejmują faktury.
invalid-app-economics-actual-staff-twice = { $year }: rzeczywiste koszty personelu są zarówno wpisane jako pozycje ({ $entered }), jak i liczone z zespołu ({ $team }); usuń pozycje, które obejmuje zespół.
invalid-app-economics-budget-staff-twice = { $year }: budżetowane koszty personelu są zarówno wpisane jako pozycje ({ $entered }), jak i liczone z zespołu ({ $team }); usuń pozycje, które obejmuje zespół.
invalid-app-economics-staff-from-team = koszty personelu w tym roku pochodzą z zespołu: zapisz osoby na stronie Zespół
invalid-app-economics-from-invoices = rzeczywiste { $stream } pochodzą już z faktur: wpisz je tam albo wpisz pozycję budżetu
invalid-app-economics-from-funding = rzeczywiste { $stream } pochodzą już ze źródeł finansowania projektów: wpisz je tam albo wpisz pozycję budżetu
invalid-app-economics-over-a-billion = to więcej niż miliard
invalid-app-economics-no-such-day = nie ma takiego dnia
invalid-app-strategy-unknown-segment = { $id } nie jest segmentem łańcucha wartości sieci
invalid-app-project-weights-zero = co najmniej jedno kryterium musi mieć wagę
invalid-app-project-idea-promoted-already = ten pomysł jest już projektem
invalid-app-project-idea-promoted-meanwhile = w międzyczasie ten pomysł został już rozwinięty
invalid-app-project-at-stage-already = projekt jest już na etapie { $stage }
invalid-app-project-organisation-archived = { $name } jest w archiwum (lub scalona z inną): najpierw ją przywróć
invalid-app-project-participant-one-of = uczestnik to jedna organizacja klastra, jeden klaster partnerski albo jedna organizacja zewnętrzna
invalid-app-service-archived = usługa { $name } jest w archiwum: nie jest już świadczona
invalid-app-service-delivery-invoiced = świadczenie jest na fakturze: skoryguj je tam
invalid-app-service-choose-deliveries = wybierz świadczenia do zafakturowania
invalid-app-service-too-many-deliveries = najwyżej { $max } na jednej fakturze
invalid-app-service-delivery-on-invoice = świadczenie { $service } z { $day } jest już na fakturze { $number }
invalid-app-service-different-organisations = świadczenia dotyczą różnych organizacji: jedna faktura jest dla jednej
invalid-app-service-different-tax-rates = świadczenia mają różne stawki VAT: umieść je na osobnych fakturach
invalid-app-service-free = świadczenia nic nie kosztują: bezpłatna usługa nie wymaga faktury
invalid-app-service-invoiced-meanwhile = w międzyczasie część świadczeń zafakturowano; nic nie zrobiono
invalid-app-task-assignee = wybierz kogoś z zespołu klastra, kto może wykonywać zadania (pracownik lub menedżer klastra)
invalid-app-value-chain-kind = wybierz segment lub technologię
invalid-app-value-chain-term-exists = taksonomia ma już ten termin
invalid-app-value-chain-unknown-term = { $id } nie jest terminem taksonomii sieci
invalid-app-value-chain-title = jest wymagane, najwyżej 200 znaków
invalid-app-value-chain-choose-term = wybierz termin z taksonomii sieci
invalid-app-segment-tag-length = etykieta ma od 1 do 60 znaków
invalid-app-segment-name-taken = segment o nazwie „{ $name }” już istnieje; wybierz inną nazwę lub otwórz tamten
invalid-app-interaction-organisation = wybierz organizację
invalid-app-interaction-contact = wybierz osobę z tej organizacji
invalid-app-interaction-staff = wybierz kogoś z zespołu klastra
invalid-app-interaction-template = wybierz jeden z szablonów wywiadów klastra
invalid-app-interaction-answers = odpowiedz na co najmniej jedno pytanie
invalid-app-interaction-template-kind = pytania szablonu należą do wywiadu
invalid-app-interaction-template-name = jest wymagane, najwyżej 120 znaków
invalid-app-interaction-template-questions = napisz od 1 do 60 pytań, jedno w wierszu
invalid-app-indicator-set-no-such-indicator = „{ $key }” nie jest wskaźnikiem z katalogu klastra
invalid-app-indicator-set-too-many-lines = zestaw ma najwyżej { $max } pozycji
invalid-app-indicator-set-code-twice = { $code } jest już w zestawie
invalid-app-indicator-set-code-taken = { $code } jest już w zestawie; nadaj pozycji inny kod
invalid-app-indicator-set-copy-too-long = zestaw ma najwyżej { $max } pozycji; ten ma { $count }
invalid-app-indicator-set-full = zestaw ma { $max } pozycji, tyle, ile może; najpierw usuń jedną
invalid-app-attention-due-today = termin dziś
invalid-app-attention-due-tomorrow = termin jutro
invalid-app-attention-overdue-since = po terminie od { $day }
invalid-app-attention-due-on = termin { $day }
invalid-app-attention-for-someone = , dla: { $name }
invalid-app-attention-not-assigned = , nieprzypisane
invalid-app-attention-seats-taken = zajęte miejsca: { $count } z { $capacity }
invalid-app-attention-registered = zapisanych: { $count }
invalid-app-attention-waiting = , na liście rezerwowej: { $count }
invalid-app-attention-applied =
    { $count ->
        [one] { $type }: wniosek z { $day }, { $count } dzień temu
       *[other] { $type }: wniosek z { $day }, { $count } dni temu
    }
invalid-app-attention-request = na { $event }, wysłane { $day }
invalid-app-attention-payment = zapłacono { $day }, tytuł „{ $reference }”
invalid-app-attention-owes =
    { $count ->
        [one] zalega { $owed }, { $count } dzień po terminie
       *[other] zalega { $owed }, { $count } dni po terminie
    }
invalid-app-attention-at-risk = { $events }, { $projects } w tym roku
invalid-app-attention-events-attended =
    { $count ->
        [one] obecność na { $count } wydarzeniu
       *[other] obecność na { $count } wydarzeniach
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } projekt
        [few] { $count } projekty
       *[other] { $count } projektów
    }
invalid-app-attention-action-line = { $standing }, koniec { $day }

# Komunikaty przypadków użycia: importy i odczytywane pliki, konta i logowanie, wysyłka e-maili, listy, duplikaty i scalenia.

## Odczyt pliku (sheet)
invalid-sheet-file-too-large = plik ma { $size } MiB; plik może mieć najwyżej { $limit } MiB
invalid-sheet-xlsx-contradictory = plik nie jest czytelnym skoroszytem XLSX: jego części są ze sobą sprzeczne
invalid-sheet-too-many-columns = { $at } ma { $columns } kolumn; plik może mieć najwyżej { $limit } kolumn
invalid-sheet-nul-character = { $at } zawiera znak NUL, którego żaden tekst nie może zawierać: czy to plik tekstowy?
invalid-sheet-cell-too-long = { $at } zawiera ponad { $limit } znaków; komórka może zawierać najwyżej { $limit }
invalid-sheet-line = wiersz { $line }
invalid-sheet-read-as-utf16 = plik odczytano jako UTF-16 (tekst Unicode) i przekonwertowano
invalid-sheet-read-as-windows-1252 = plik odczytano jako Windows-1252 i przekonwertowano
invalid-sheet-header-unreadable = nie można odczytać wiersza nagłówka: { $error }
invalid-sheet-empty-file = plik jest pusty: pierwszy wiersz musi nazywać kolumny
invalid-sheet-line-not-csv = wiersz { $line }: nie można go odczytać jako CSV: { $error }
invalid-sheet-too-many-rows = plik ma ponad { $limit } wierszy
invalid-sheet-separated-by-semicolons = kolumny rozdzielone średnikami
invalid-sheet-separated-by-tabs = kolumny rozdzielone tabulatorami
invalid-sheet-separated-by-commas = kolumny rozdzielone przecinkami
invalid-sheet-xlsx-unreadable = plik nie jest czytelnym skoroszytem XLSX: { $error }
invalid-sheet-too-many-parts = skoroszyt składa się z { $parts } części; skoroszyt może mieć najwyżej { $limit }
invalid-sheet-unzips-too-large = skoroszyt po rozpakowaniu zajmuje { $size } MiB; po rozpakowaniu może zajmować najwyżej { $limit } MiB
invalid-sheet-no-worksheet = skoroszyt nie ma żadnego arkusza
invalid-sheet-worksheet-unreadable = nie można odczytać pierwszego arkusza: { $error }
invalid-sheet-cell = komórka { $cell }
invalid-sheet-value-beyond-columns = { $at } zawiera wartość, a arkusz może mieć najwyżej { $limit } kolumn (od A do { $last })
invalid-sheet-rows-out-of-order = { $at } występuje po wierszu { $row }: wiersze arkusza nie są po kolei
invalid-sheet-worksheet-too-many-rows = arkusz ma ponad { $limit } wierszy z wartościami
invalid-sheet-empty-worksheet = pierwszy arkusz jest pusty: jego pierwszy wiersz musi nazywać kolumny
invalid-sheet-read-from-first-worksheet = odczytano z pierwszego arkusza

## Importy: plik, przypisanie kolumn i wiersze (import)
invalid-import-mapping-unknown-column = przypisanie wskazuje kolumnę „{ $header }”, której plik nie ma
invalid-import-mapping-not-a-field = przypisanie kieruje „{ $header }” do „{ $field }”, które nie jest polem; pola to { $fields }
invalid-import-values-read-by-mapping = odczytane wartości zgodnie z przypisaniem: { $values }
invalid-import-values-read-by-name = wartości odczytane po nazwach w językach sieci: { $values }
invalid-import-mapping-line = wiersz przypisania { $line }: zapisz go jako „Nagłówek kolumny = pole”
invalid-import-field-count = ma pól: { $cells }, a nagłówek ma: { $headers }
invalid-import-required-column = żadna kolumna nie jest przypisana do wymaganego pola „{ $field }”
invalid-import-invoices-customer-column = żadna kolumna nie jest przypisana do „customer” ani „vat_id”; jedno z nich jest wymagane
invalid-import-ledger-amount-column = żadna kolumna nie jest przypisana do „amount” (ani do „hours”, dla wkładów niepieniężnych); jedno z nich jest wymagane
invalid-import-membership-overlaps-line = nakłada się na członkostwo organizacji z wiersza { $line }: organizacja ma w danym momencie jedno członkostwo
invalid-import-answers-into-campaign = odpowiedzi ankietowe importuje się do kampanii, ze strony kampanii lub przez `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = to samo członkostwo co w wierszu { $first } (ta sama organizacja, typ i początek)
invalid-import-same-invoice = ta sama faktura co w wierszu { $first } (ten sam numer lub składka tego samego członkostwa za ten sam okres)
invalid-import-same-organisation = ta sama organizacja co w wierszu { $first } tego pliku (ten sam NIP lub ta sama nazwa i kraj)
invalid-import-same-person = ta sama osoba co w wierszu { $first } tego pliku (ten sam e-mail lub to samo imię i nazwisko w tej samej organizacji)
invalid-import-organisation-ambiguous = kilka organizacji nazywa się „{ $name }”; podaj zamiast tego jej NIP
invalid-import-organisation-unknown = w tym klastrze nie ma organizacji „{ $name }”; najpierw ją zaimportuj lub utwórz
invalid-import-records-changed = dane klastra zmieniły się podczas zapisu importu ({ $target }), { $attempts } razy; nic nie zaimportowano, wyślij plik ponownie
invalid-import-reverted-already = ten import został już cofnięty
invalid-import-cannot-revert = tego importu nie można cofnąć: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] od tego czasu do organizacji utworzonych przez ten import dodano { $count } kontakt; zamiast tego zarchiwizuj te organizacje
        [few] od tego czasu do organizacji utworzonych przez ten import dodano { $count } kontakty; zamiast tego zarchiwizuj te organizacje
        [many] od tego czasu do organizacji utworzonych przez ten import dodano { $count } kontaktów; zamiast tego zarchiwizuj te organizacje
       *[other] od tego czasu do organizacji utworzonych przez ten import dodano { $count } kontaktu; zamiast tego zarchiwizuj te organizacje
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] od tego czasu dla członkostw utworzonych przez ten import wystawiono { $count } fakturę składkową; zamiast tego zakończ te członkostwa
        [few] od tego czasu dla członkostw utworzonych przez ten import wystawiono { $count } faktury składkowe; zamiast tego zakończ te członkostwa
        [many] od tego czasu dla członkostw utworzonych przez ten import wystawiono { $count } faktur składkowych; zamiast tego zakończ te członkostwa
       *[other] od tego czasu dla członkostw utworzonych przez ten import wystawiono { $count } faktury składkowej; zamiast tego zakończ te członkostwa
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] od tego czasu w członkostwach utworzonych przez ten import wprowadzono { $count } zmianę (przyjęcie, zawieszenie lub zakończenie)
        [few] od tego czasu w członkostwach utworzonych przez ten import wprowadzono { $count } zmiany (przyjęcie, zawieszenie lub zakończenie)
        [many] od tego czasu w członkostwach utworzonych przez ten import wprowadzono { $count } zmian (przyjęcie, zawieszenie lub zakończenie)
       *[other] od tego czasu w członkostwach utworzonych przez ten import wprowadzono { $count } zmiany (przyjęcie, zawieszenie lub zakończenie)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] od tego czasu na fakturach przeniesionych przez ten import zapisano { $count } płatność
        [few] od tego czasu na fakturach przeniesionych przez ten import zapisano { $count } płatności
        [many] od tego czasu na fakturach przeniesionych przez ten import zapisano { $count } płatności
       *[other] od tego czasu na fakturach przeniesionych przez ten import zapisano { $count } płatności
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] od tego czasu do faktur przeniesionych przez ten import wystawiono { $count } fakturę korygującą
        [few] od tego czasu do faktur przeniesionych przez ten import wystawiono { $count } faktury korygujące
        [many] od tego czasu do faktur przeniesionych przez ten import wystawiono { $count } faktur korygujących
       *[other] od tego czasu do faktur przeniesionych przez ten import wystawiono { $count } faktury korygującej
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] od tego czasu w sprawie faktur przeniesionych przez ten import wysłano { $count } przypomnienie
        [few] od tego czasu w sprawie faktur przeniesionych przez ten import wysłano { $count } przypomnienia
        [many] od tego czasu w sprawie faktur przeniesionych przez ten import wysłano { $count } przypomnień
       *[other] od tego czasu w sprawie faktur przeniesionych przez ten import wysłano { $count } przypomnienia
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] od tego czasu anulowano { $count } fakturę przeniesioną przez ten import
        [few] od tego czasu anulowano { $count } faktury przeniesione przez ten import
        [many] od tego czasu anulowano { $count } faktur przeniesionych przez ten import
       *[other] od tego czasu anulowano { $count } faktury przeniesionej przez ten import
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] od tego czasu wycofano { $count } płatność przeniesioną przez ten import
        [few] od tego czasu wycofano { $count } płatności przeniesione przez ten import
        [many] od tego czasu wycofano { $count } płatności przeniesionych przez ten import
       *[other] od tego czasu wycofano { $count } płatności przeniesionej przez ten import
    }
invalid-import-blocked-records-refer-to-it = od tego czasu zapisano interakcje, zadania, członkostwa, faktury, pomysły, uczestników projektów lub świadczenia usług w związku z tym, co utworzył ten import
invalid-import-upload-quota = pliki klastra czekające na import zajmują { $kept } z najwyżej { $limit } MiB: zaimportuj je lub poczekaj, aż zostaną usunięte { $hours } godz. po wysłaniu

## Importy odpowiedzi kampanii (import/answers)
invalid-import-answers-submitted-on-label = Kiedy udzielono odpowiedzi
invalid-import-answers-organisation-label = Organizacja respondenta
invalid-import-answers-email-label = E-mail respondenta
invalid-import-answers-no-question-column = żadna kolumna nie jest przypisana do pytania kwestionariusza; przypisz kolumny z odpowiedziami do ich pytań
invalid-import-answers-required-question-unmapped = żadna kolumna nie jest przypisana do wymaganego pytania „{ $key }”: odpowiedzi pozostawiają je puste
invalid-import-answers-two-columns = { $first } i { $second }
invalid-import-answers-anonymous = kampania jest anonimowa: kolumny { $columns } nie są odczytywane i nic o tym, kto odpowiedział, nie jest zachowywane
invalid-import-answers-dated-today = żadna kolumna nie mówi, kiedy udzielono odpowiedzi: otrzymują datę { $today }
invalid-import-answers-submitted-on-empty = jest puste; podaj, kiedy udzielono odpowiedzi
invalid-import-answers-unknown-email = żaden kontakt klastra nie ma adresu e-mail „{ $email }”; dodaj kontakt lub pomiń kolumnę
invalid-import-answers-contact-elsewhere = jest kontaktem organizacji { $contact_of }, a nie { $named }, którą wskazuje wiersz
invalid-import-answers-row-label = Odpowiedź z wiersza { $line }
invalid-import-answers-no-answer = nie odpowiada na żadne pytanie

## Importy otwartych faktur (import/invoices)
invalid-import-invoices-number-too-long = może mieć najwyżej { $limit } znaków, bez znaków sterujących
invalid-import-invoices-date-required = jest wymagane (dzień wystawienia faktury)
invalid-import-invoices-customer-required = jest wymagane (nazwa lub NIP nabywcy)
invalid-import-invoices-date-after-today = { $day } jest po dzisiejszej dacie; przenoszona faktura została już wystawiona
invalid-import-invoices-not-open = faktura ma status „{ $state }”; przenoszone są tylko otwarte faktury
invalid-import-invoices-unknown-status = „{ $value }” nie jest statusem faktury; pomiń go lub wpisz open
invalid-import-invoices-gross-required = jest wymagane (kwota faktury z podatkiem)
invalid-import-invoices-other-currency = faktura jest w { $code }; klaster fakturuje w { $currency }, więc zostaje w starym systemie
invalid-import-invoices-credit-note = faktura korygująca niczego nie wymaga do zapłaty; zostaje w starym systemie
invalid-import-invoices-unknown-kind = „{ $value }” nie jest rodzajem; wpisz fee, service lub event
invalid-import-invoices-gross-too-large = jest za duża jak na fakturę
invalid-import-invoices-owes-nothing = przy { $gross } nic nie pozostaje do zapłaty; przenoszone jest tylko to, co klienci wciąż są winni
invalid-import-invoices-paid-in-full = faktura jest opłacona w całości ({ $paid } z { $gross }); przenoszone są tylko otwarte faktury
invalid-import-invoices-tax-range = musi wynosić od zera do kwoty netto (stawka najwyżej 100 %)
invalid-import-invoices-due-before-date = { $due } jest przed datą faktury, { $issued }
invalid-import-invoices-number-taken = { $number } to numer innej faktury tego klastra
invalid-import-invoices-several-memberships = organizacja { $customer } miała w dniu { $day } kilka członkostw; podaj w „period” dzień okresu, za który płacona jest składka
invalid-import-invoices-no-membership = składka należy do członkostwa, a organizacja { $customer } nie miała w dniu { $day } żadnego; najpierw zaimportuj członkostwa lub podaj w „period” dzień okresu, za który płacona jest składka
invalid-import-invoices-type-not-found = nie znaleziono typu członkostwa
invalid-import-invoices-fee-invoiced = składka za { $period } tego członkostwa jest już zafakturowana ({ $number })

## Importy pozycji księgowych (import/ledger)
invalid-import-ledger-other-which = „other” to other income albo other costs: wpisz które
invalid-import-ledger-unknown-category = „{ $value }” nie jest kategorią; wpisz źródło przychodu ({ $streams }, other income) lub rodzaj kosztu ({ $costs }, other costs) albo przypisz do nich wartości pliku
invalid-import-ledger-not-a-year = „{ $value }” nie jest ani rokiem, ani datą: { $error }
invalid-import-ledger-project-ambiguous = dwa projekty nazywają się „{ $title }”; nadaj jednemu z nich inny tytuł
invalid-import-ledger-project-unknown = nie ma projektu „{ $title }”
invalid-import-ledger-positive-cost = plik zapisuje koszty jako kwoty ujemne, więc dodatni koszt ({ $amount }) oznacza zwrot pieniędzy; wpisz zamiast tego koszt pomniejszony o to, co wróciło
invalid-import-ledger-project-not-cost = projekt wskazują tylko koszty projektów; pozostaw komórkę pustą

## Importy członkostw (import/memberships)
invalid-import-memberships-unknown-type = nie ma typu członkostwa „{ $name }”; typy w klastrze to { $types }
invalid-import-memberships-unknown-status = „{ $value }” nie jest statusem; wpisz applied, active, suspended lub terminated
invalid-import-memberships-start-required = jest wymagane, z wyjątkiem wniosku (status applied)
invalid-import-memberships-start-or-status-required = jest wymagane (jeszcze nieprzyjęty wniosek ma status applied)
invalid-import-memberships-application-no-end = nieprzyjęty wniosek nie ma końca; pozostaw pole puste
invalid-import-memberships-terminated-needs-end = zakończone członkostwo wymaga dnia, w którym się skończyło
invalid-import-memberships-ended-not-terminated = członkostwo skończyło się { $end }, a jego status nie jest terminated
invalid-import-memberships-terminated-after-today = { $end } jest po dzisiejszej dacie, a członkostwo jest zakończone; nadaj mu status active z jego końcem
invalid-import-memberships-applied-after-start = { $applied } jest po początku, { $start }
invalid-import-memberships-type-archived = typ { $type } jest zarchiwizowany: nie przyjmuje nowych członków
invalid-import-memberships-recorded-already = członkostwo { $type } organizacji od { $from } jest już zapisane z innymi datami lub innym statusem; zmień je na jego stronie
invalid-import-memberships-overlaps-recorded = członkostwo organizacji od { $from } nakłada się na to; organizacja ma w danym momencie jedno członkostwo (najpierw je zakończ albo nadaj temu inne daty)

## Konta i logowanie (auth)
invalid-auth-no-cluster-yet = nie ma klastra „{ $slug }”: baza danych nie ma jeszcze żadnego klastra (uruchom 'clusterdesk demo', aby uzyskać demo)
invalid-auth-unknown-cluster = nie ma klastra „{ $slug }”; klastry to: { $clusters }
invalid-auth-not-network-admin = { $email } nie jest administratorem sieci
invalid-auth-unknown-role = „{ $value }” nie jest rolą; użyj network-admin, cluster-manager, staff lub board
invalid-auth-role-needs-cluster = rola w klastrze wymaga --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin obejmuje każdy klaster; pomiń --cluster
invalid-auth-password-too-short = musi mieć co najmniej { $min } znaków
invalid-auth-password-guessable-because = jest zbyt łatwe do odgadnięcia ({ $why }): użyj dłuższej frazy z niepowiązanych słów, nie swojego imienia ani adresu e-mail
invalid-auth-password-guessable = jest zbyt łatwe do odgadnięcia: użyj dłuższej frazy z niepowiązanych słów, nie swojego imienia ani adresu e-mail
invalid-auth-password-straight-rows = proste rzędy klawiszy łatwo odgadnąć
invalid-auth-password-keyboard-patterns = krótkie wzory na klawiaturze łatwo odgadnąć
invalid-auth-password-repeats = powtórzenia typu „aaa” łatwo odgadnąć
invalid-auth-password-repeated-groups = powtórzenia typu „abcabcabc” są tylko trochę trudniejsze do odgadnięcia niż „abc”
invalid-auth-password-top-10 = to jedno z 10 najczęstszych haseł
invalid-auth-password-top-100 = to jedno ze 100 najczęstszych haseł
invalid-auth-password-very-common = to bardzo popularne hasło
invalid-auth-password-like-common = przypomina często używane hasło
invalid-auth-password-sequences = ciągi typu abc lub 6543 łatwo odgadnąć
invalid-auth-password-recent-years = ostatnie lata łatwo odgadnąć
invalid-auth-password-single-word = pojedyncze słowo łatwo odgadnąć
invalid-auth-password-dates = daty często łatwo odgadnąć
invalid-auth-password-names-alone = same imiona i nazwiska łatwo odgadnąć
invalid-auth-password-common-names = popularne imiona i nazwiska łatwo odgadnąć

## Osoby i ich konta (account)
invalid-account-email-deactivated = należy do dezaktywowanego konta; administrator sieci może je ponownie aktywować
invalid-account-email-works-here = pracuje już w tym klastrze, jako { $role }; zmień rolę na liście
invalid-account-email-network-admin = należy do administratora sieci, który pracuje w każdym klastrze
invalid-account-own-role = nie możesz zmienić własnej roli; może to zrobić inny koordynator klastra
invalid-account-remove-yourself = nie możesz usunąć samego siebie; może to zrobić inny koordynator klastra
invalid-account-reactivate-yourself = nie możesz ponownie aktywować samego siebie; może to zrobić inny koordynator klastra
invalid-account-deactivate-yourself = nie możesz dezaktywować samego siebie; może to zrobić inny koordynator klastra
invalid-account-reactivate-network-admin = { $email } jest administratorem sieci; tylko inny administrator sieci może ponownie aktywować to konto
invalid-account-deactivate-network-admin = { $email } jest administratorem sieci; tylko inny administrator sieci może dezaktywować to konto
invalid-account-reactivate-other-clusters = { $email } pracuje też w innych klastrach ({ $clusters }): zamiast tego usuń tutaj jego rolę albo poproś administratora sieci o ponowną aktywację konta
invalid-account-deactivate-other-clusters = { $email } pracuje też w innych klastrach ({ $clusters }): zamiast tego usuń tutaj jego rolę albo poproś administratora sieci o dezaktywację konta
invalid-account-wrong-current-password = to nie jest Twoje obecne hasło
invalid-account-passwords-differ = nie zgadza się z nowym hasłem
invalid-account-dead-link = ten link został już użyty lub wygasł; poproś o nowy przez „Nie pamiętasz hasła?” na stronie logowania

## Wysyłka e-maili (mail)
invalid-mail-smtp-address-unusable = adres SMTP „{ $url }” nie nadaje się do użycia: { $error }
invalid-mail-smtp-not-an-address = „{ $address }” nie jest adresem: { $error }
invalid-mail-smtp-message-not-built = nie udało się utworzyć wiadomości: { $error }
invalid-mail-smtp-not-a-content-type = „{ $content_type }” nie jest typem zawartości: { $error }
invalid-mail-smtp-refused = serwer poczty odmówił: { $error }

## Listy organizacji: parametry adresu (organisation)
invalid-organisation-query-parameter = parametr { $name }: { $message }
invalid-organisation-query-status = „{ $value }” nie jest statusem; użyj current lub archived
invalid-organisation-query-direction = „{ $value }” nie jest kierunkiem; użyj asc lub desc
invalid-organisation-query-sort = „{ $value }” nie jest sortowaniem; użyj name, country, kind, employees, size_class lub created

## Kontakty (contact)
invalid-contact-choose-cluster-organisation = wybierz organizację z tego klastra
invalid-contact-choose-organisation = wybierz organizację kontaktu

## Widok sieci (network)
invalid-network-euro-rate = euro jest walutą sieci: jego kurs wynosi 1
invalid-network-unknown-indicator = parametr indicators: „{ $key }” nie jest wbudowanym wskaźnikiem
invalid-network-unknown-cluster = parametr named: „{ $slug }” nie jest klastrem sieci
invalid-network-unnamed-cluster = Klaster { $letters }

## Dane osobowe (privacy)
invalid-privacy-email-of-several-contacts = kilka kontaktów ma adres e-mail { $email }; najpierw je scal

## Prawdopodobne duplikaty i scalenia (duplicate)
invalid-duplicate-employees = pracownicy: { $employees }
invalid-duplicate-same-vat-id = ten sam NIP { $vat_id }
invalid-duplicate-same-name-and-country = ta sama nazwa, bez względu na wielkość liter, akcenty i formę prawną, w tym samym kraju
invalid-duplicate-same-name-ignoring-form = ta sama nazwa, bez względu na wielkość liter, akcenty i formę prawną
invalid-duplicate-same-email-address = ten sam e-mail { $email }
invalid-duplicate-same-name = ta sama nazwa
invalid-duplicate-organisation-into-itself = organizacji nie można scalić z nią samą
invalid-duplicate-organisations-archived = obie organizacje muszą być bieżące; najpierw przywróć zarchiwizowaną
invalid-duplicate-choose-membership = obie organizacje mają członkostwo: wybierz to, które zostaje; drugie kończy się w dniu scalenia
invalid-duplicate-chosen-by-hand = wybrane ręcznie
invalid-duplicate-contact-into-itself = kontaktu nie można scalić z nim samym
invalid-duplicate-contacts-archived = oba kontakty muszą być bieżące; najpierw przywróć zarchiwizowany
invalid-duplicate-same-email = ten sam e-mail

## Wyszukiwanie (search)
invalid-search-invoice-issued = { $customer } · wystawiona { $day }
invalid-search-event-cancelled = { $moment } · odwołane

## Raport roczny (report)
invalid-report-year-parameter = parametr year: { $error }

## Dane organizacji (figures)
invalid-figures-reviewed-meanwhile = dane zostały sprawdzone w tej samej chwili; zobacz listę ponownie

## Otwarcie bazy danych (lib)
invalid-app-open-database = nie można otworzyć bazy danych: { $error }

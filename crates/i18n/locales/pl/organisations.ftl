## Organisations: list, record, form.
organisations-chip-name = Nazwa zawiera „{ $text }”
organisations-chip-country = Kraj: { $country }
organisations-chip-kind = Rodzaj: { $kind }
organisations-chip-size = Wielkość: { $size }
organisations-chip-tag = Etykieta: { $tag }
organisations-archived = Zarchiwizowane
organisations-current = Bieżące
organisations-name = Nazwa
organisations-country = Kraj
organisations-employees = Pracownicy
organisations-size = Wielkość
organisations-new = Nowa organizacja
organisations-import = Importuj
organisations-export-csv = Eksportuj CSV
organisations-export-xlsx = Eksportuj XLSX
organisations-save-as-segment = Zapisz jako segment
organisations-search-by-name = Szukaj po nazwie
organisations-any-country = Dowolny kraj
organisations-any-kind = Dowolny rodzaj
organisations-size-class = Klasa wielkości
organisations-any-size = Dowolna wielkość
organisations-tag = Etykieta
organisations-any-tag = Dowolna etykieta
organisations-empty-filtered = Żadna organizacja nie pasuje do tych filtrów. Usuń filtr, aby zobaczyć więcej.
organisations-empty-can-edit = Nie ma jeszcze organizacji. Utwórz jedną lub zaimportuj plik CSV.
organisations-empty = Nie ma jeszcze organizacji.
organisations-count =
    { $count ->
        [one] { $count } organizacja
        [few] { $count } organizacje
        [many] { $count } organizacji
       *[other] { $count } organizacji
    }
organisations-nace-code = Kod NACE Rev. 2
organisations-nace-code-hint = Na przykład 29.10 lub C29.10.
organisations-employees-hint = Liczba pracowników; wraz z obrotem wyznacza klasę wielkości według UE.
organisations-turnover = Roczny obrót
organisations-turnover-hint = W { $currency }, zapisany jak 1234567.89.
organisations-balance-sheet-total = Suma bilansowa
organisations-in-currency = W { $currency }.
organisations-street = Ulica i numer
organisations-street-hint = Adres pocztowy jest drukowany na fakturach organizacji.
organisations-postcode = Kod pocztowy
organisations-city = Miejscowość
organisations-region = Region
organisations-not-known = (nieznany)
organisations-vat-id = Numer VAT
organisations-vat-id-hint = Z prefiksem kraju, na przykład ESB12345678.
organisations-general-email = Ogólny adres e-mail
organisations-general-email-hint = Adres organizacji, na przykład info@; adresy osób należą do jej kontaktów.
organisations-phone = Telefon
organisations-website = Strona internetowa
organisations-create = Utwórz organizację
organisations-save = Zapisz
organisations-created = Utworzono: { $name }.
organisations-position = Stanowisko
organisations-contacts-section = Kontakty ({ $count })
organisations-no-contacts = Ta organizacja nie ma jeszcze kontaktów.
organisations-add-contact = Dodaj kontakt
organisations-archived-on = Ta organizacja została zarchiwizowana { $day }.
organisations-enterprise-micro = Mikroprzedsiębiorstwo
organisations-enterprise-small = Małe przedsiębiorstwo
organisations-enterprise-medium = Średnie przedsiębiorstwo
organisations-enterprise-large = Duże przedsiębiorstwo
organisations-eu-size-class = Klasa wielkości UE
organisations-nace-rev-2 = NACE Rev. 2
organisations-nace-section = { $code } (sekcja { $section })
organisations-address = Adres
organisations-created-on = Utworzono
organisations-last-changed = Ostatnia zmiana
organisations-edit-name = Edytuj: { $name }
organisations-edit = Edytuj organizację
## Contacts: list, record, form, a person's history.
contacts-chip-text = Imię, nazwisko lub e-mail zawiera „{ $text }”
contacts-chip-one-organisation = Jedna organizacja
contacts-archived = Zarchiwizowane
contacts-current = Bieżące
contacts-new = Nowy kontakt
contacts-search = Szukaj po nazwisku lub adresie e-mail
contacts-empty-filtered = Żaden kontakt nie pasuje do tych filtrów. Usuń filtr, aby zobaczyć więcej.
contacts-empty = Nie ma jeszcze kontaktów. Dodaj osoby ze strony ich organizacji albo utwórz kontakt tutaj.
contacts-count =
    { $count ->
        [one] { $count } kontakt
        [few] { $count } kontakty
        [many] { $count } kontaktów
       *[other] { $count } kontaktu
    }
contacts-choose-organisation = Wybierz organizację
contacts-phone-hint = Z numerem kierunkowym kraju, na przykład +34 944 000 000.
contacts-position-hint = Na przykład prezes, kierownik działu B+R lub kierownik eksportu.
contacts-roles = Role w klastrze
contacts-roles-hint = Na przykład członek zarządu; grupa robocza ds. mobilności.
contacts-billing-contact = Kontakt ds. rozliczeń: faktury i przypomnienia o płatności trafiają do tej osoby
contacts-billing-hint = Bez kontaktu ds. rozliczeń przypomnienia trafiają do każdego kontaktu organizacji, który ma adres.
contacts-billing-suggestion = Stanowisko „{ $position }” wygląda na finansowe: zaznacz to pole, jeśli faktury mają trafiać do tej osoby.
contacts-create = Utwórz kontakt
contacts-added = Dodano: { $name }.
contacts-edit = Edytuj kontakt
contacts-archived-on = Ten kontakt został zarchiwizowany { $day }.
contacts-event-cancelled = wydarzenie odwołane
contacts-still-in-it = nadal w grupie
contacts-survey-anonymous = anonimowa: odpowiedzi nie są powiązane z osobami
contacts-survey-answered = udzielono odpowiedzi
contacts-survey-not-answered = brak odpowiedzi
contacts-events-section = Wydarzenia ({ $count }, obecność: { $came })
contacts-event = Wydarzenie
contacts-day = Dzień
contacts-registration = Rejestracja
contacts-attendance = Obecność
contacts-no-registrations = Brak rejestracji.
contacts-interactions-section = Interakcje ({ $count })
contacts-subject = Temat
contacts-with = Z kim
contacts-no-interactions = Brak interakcji z tą osobą.
contacts-groups-section = Grupy robocze ({ $count })
contacts-group = Grupa
contacts-joined = Dołączenie
contacts-left = Odejście
contacts-no-groups = Nie należy do żadnej grupy roboczej.
contacts-surveys-section = Ankiety ({ $count })
contacts-survey = Ankieta
contacts-sent = Wysłano
contacts-answer = Odpowiedź
contacts-no-surveys = Nie wysłano żadnej ankiety.
contacts-membership-of = Członkostwo: { $organisation }
contacts-organisation-page = Strona organizacji
contacts-section-of = { $section }: { $organisation }
## Tags and segments.
segments-tags = Etykiety
segments-remove = Usuń
segments-no-tags = Brak etykiet.
segments-add-tag = Dodaj etykietę
segments-tag-heading = Etykiety: { $name }
segments-tag-hint = Na przykład: członek zarządu, MŚP, eksporter.
segments-tags-in-use = W użyciu: { $tags }.
# The words of a segment's description, each followed by the value chosen: "name contains Acme, country ES".
segments-describe-name = nazwa zawiera
segments-describe-country = kraj
segments-describe-kind = rodzaj
segments-describe-size = wielkość
segments-describe-tag = etykieta
segments-describe-status = status
segments-all-current = wszystkie bieżące organizacje
segments-save-heading = Zapisz filtr jako segment
segments-save = Zapisz segment
segments-name-hint = Na przykład: MŚP z branży mobilności bez projektu.
segments-selects = Segment wybiera { $selection } w stanie z chwili każdego użycia.
segments-new = Nowy segment
segments-saved = Segment został zapisany.
segments-intro = Filtry organizacji zapisane pod nazwą. Segment jest wyliczany od nowa przy każdym użyciu: w listach, eksportach, wysyłkach i ankietach.
segments-intro-save = Zapisz segment z listy organizacji przyciskiem „Zapisz jako segment”.
segments-empty = Nie ma jeszcze segmentów. Przefiltruj listę organizacji, a potem zapisz filtr jako segment.
segments-segment = Segment
segments-selects-column = Wybiera
segments-export = Eksport
segments-organisations-csv = Organizacje (CSV)
segments-contacts-vcard = Kontakty (vCard)
segments-delete-confirm = Usunąć segment { $name }? Żadna organizacja nie zostanie zmieniona.
segments-delete = Usuń
## Likely duplicates and their merge.
duplicates-heading = Prawdopodobne duplikaty
duplicates-merge = Scal
duplicates-which-membership = Które członkostwo zostaje?
duplicates-keep-one-membership = Zachowaj jedno członkostwo
duplicates-membership-that-stays = Członkostwo, które zostaje
duplicates-merge-confirm = Scalić i zakończyć dziś drugie członkostwo?
duplicates-merged = Scalono w: { $name }.
duplicates-intro = Organizacje z tym samym numerem VAT albo tą samą nazwą po pominięciu wielkości liter, znaków diakrytycznych i form prawnych (S.L., GmbH, sp. z o.o. ...);
duplicates-intro-contacts = kontakty z tym samym adresem e-mail. Scalenie zachowuje wybrany rekord, przenosi na niego wszystko, co było powiązane z drugim, uzupełnia jego puste pola i archiwizuje drugi.
duplicates-empty = Brak prawdopodobnych duplikatów. Wyszukiwanie uruchamia się przy każdym otwarciu tej strony.
duplicates-sure = Pewność
duplicates-one = Jeden
duplicates-other = Drugi
duplicates-why = Dlaczego
duplicates-keep-confirm = Zachować: { $keep } i scalić z nim: { $merge }?
duplicates-keep-one = Zachowaj ten
duplicates-keep-other = Zachowaj drugi
## A contact's consents, the export of their personal data, and their erasure (GDPR).
gdpr-export = Eksportuj dane osobowe (JSON)
gdpr-erase-this-person = Usuń dane tej osoby…
gdpr-consents = Zgody
gdpr-channel = Kanał
gdpr-purpose = Cel
gdpr-given = Udzielona
gdpr-how = Jak
gdpr-state = Stan
gdpr-withdrawn-on = wycofana { $day }
gdpr-withdraw = Wycofaj
gdpr-state-given = udzielona
gdpr-source-recorded-by = { $source } (zapisał(a): { $by })
gdpr-no-consent = Brak zapisanej zgody: nie wysyłaj tej osobie korespondencji.
gdpr-record-consent = Zapisz zgodę
gdpr-personal-data = Dane osobowe
gdpr-what = Co
gdpr-by = Kto
gdpr-when = Kiedy
gdpr-nothing-done = Dotąd nie eksportowano ani nie usunięto.
gdpr-purpose-hint = Na przykład newsletter, zaproszenia na wydarzenia lub ankiety.
gdpr-given-on = Data udzielenia
gdpr-how-and-where = Jak i gdzie
gdpr-how-and-where-hint = Na przykład: formularz rejestracji na walne zgromadzenie 2026; podpisany formularz papierowy.
gdpr-consent-of = Zgoda: { $name }
gdpr-erase-a-person = Usuń dane osoby
gdpr-erase-question = Usunąć dane: { $name }?
gdpr-erase-removes = Usuwa to wszystko, co identyfikuje osobę { $name } ({ $organisation }): imię i nazwisko, e-mail, telefon, stanowisko, role i zgody.
gdpr-erase-what-stays = Interakcje i zadania zostają, aby liczby się zgadzały, ale pokazują „Usunięta osoba”. Usunięcie jest rejestrowane.
gdpr-erase-cannot-be-undone = Nie można tego cofnąć.
gdpr-erase-export-first = Najpierw wyeksportuj dane osoby, jeśli poprosiła o ich kopię.
gdpr-erase-name = Usuń dane: { $name }
## Imports: upload, the plan of an import, past imports.
imports-target-organisations = organizacje
imports-target-contacts = kontakty
imports-target-memberships = członkostwa
imports-target-invoices = otwarte faktury
imports-target-ledger = pozycje księgowe
imports-target-survey-answers = odpowiedzi na ankietę
imports-ledger-managers-only = Pozycje księgowe importuje tylko menedżer klastra.
imports-choose-file = Wybierz plik do przesłania.
imports-unreadable = Nie można odczytać tego pliku: { $message }.
imports-leave-out = (pomiń)
imports-action-new = nowy
imports-action-update = aktualizacja
imports-action-unchanged = bez zmian
imports-action-rejected = odrzucony
imports-row-changes = zmienia { $fields }
imports-match-organisations = Istniejące organizacje są wyszukiwane po numerze VAT, a w razie jego braku po nazwie i kraju; są aktualizowane, a pusta komórka nigdy nie kasuje zapisanej wartości.
imports-match-contacts = Istniejące kontakty są wyszukiwane po adresie e-mail, a w razie jego braku po imieniu i nazwisku w tej samej organizacji; są aktualizowane, a pusta komórka nigdy nie kasuje zapisanej wartości.
imports-match-memberships = Członkostwo już zapisane (ta sama organizacja, rodzaj i początek) pozostaje bez zmian; organizacja ma w danym momencie jedno niezakończone członkostwo.
imports-match-invoices = Faktura już zapisana pod swoim numerem pozostaje bez zmian. Przenoszone jest tylko to, co klienci wciąż są winni: faktury zapłacone w całości i faktury korygujące zostają w starym systemie, a to, co zapłacono, jest zapisywane jako jedna płatność z datą faktury.
imports-match-survey-answers = Każdy wiersz to odpowiedzi jednego respondenta, sprawdzane tak jak na stronie odpowiedzi (pytanie obowiązkowe może zostać puste). Wiersz, który import już wniósł (te same komórki), pozostaje bez zmian, więc plik zaimportowany dwa razy liczy się raz; dwie osoby, które odpowiedziały tak samo, to dwie odpowiedzi. Zaimportowane odpowiedzi liczą się w wynikach, ale nie we wskaźniku odpowiedzi, i cofa się je razem z poziomu wcześniejszych importów.
imports-match-ledger = Pozycja, którą księga już zawiera (taka sama w każdym polu), pozostaje bez zmian, więc plik zaimportowany dwa razy liczy się raz. Rzeczywiste dotacje projektowe pochodzą z projektów, rzeczywiste składki i usługi roku z fakturami z faktur, a koszty personelu roku z zespołem z zespołu: takie pozycje są odrzucane. Koszt zapisany jako kwota ujemna liczy się jako koszt.
imports-rows =
    { $count ->
        [one] { $count } wiersz
        [few] { $count } wiersze
        [many] { $count } wierszy
       *[other] { $count } wiersza
    }
imports-imported = Zaimportowano: utworzone { $created }, zaktualizowane { $updated }, bez zmian { $unchanged }
imports-rows-heading = Wiersze: nowe { $created }, zaktualizowane { $updated }, bez zmian { $unchanged }, odrzucone { $rejected }
imports-commit-valid = Importuj poprawne wiersze: nowe { $created }, zaktualizowane { $updated }; pomiń { $rows }
imports-hidden-rows =
    { $count ->
        [one] Nie pokazano jeszcze { $count } wiersza; problemy są zawsze na początku listy.
        [few] Nie pokazano jeszcze { $count } wierszy; problemy są zawsze na początku listy.
        [many] Nie pokazano jeszcze { $count } wierszy; problemy są zawsze na początku listy.
       *[other] Nie pokazano jeszcze { $count } wiersza; problemy są zawsze na początku listy.
    }
imports-answers = Importuj odpowiedzi
imports-answers-into = Import odpowiedzi do kampanii { $campaign }
imports-answers-intro = Odpowiedzi udzielone w innym narzędziu, w postaci eksportu z formularza internetowego lub serwisu ankiet: jeden wiersz na respondenta, jedna kolumna na pytanie (jego klucz lub treść jako nagłówek; stwierdzenia macierzy jako 'Pytanie [Stwierdzenie]') oraz, jeśli plik je zawiera, czas odpowiedzi i organizacja lub e-mail respondenta.
imports-answers-intro-anonymous = Odpowiedzi udzielone w innym narzędziu, w postaci eksportu z formularza internetowego lub serwisu ankiet: jeden wiersz na respondenta, jedna kolumna na pytanie (jego klucz lub treść jako nagłówek; stwierdzenia macierzy jako 'Pytanie [Stwierdzenie]') oraz, jeśli plik je zawiera, czas odpowiedzi i organizacja lub e-mail respondenta (nieodczytywane: kampania jest anonimowa).
imports-past = Wcześniejsze importy
imports-undone = cofnięty { $day } przez: { $by }
imports-undone-notice = Import pliku { $file } został cofnięty.
imports-past-intro = Każdy import, który coś zapisał, od najnowszego. Cofnij wycofuje import w całości.
imports-new = Nowy import
imports-empty = Nie ma jeszcze importów.
imports-file = Plik
imports-of = Zawartość
imports-created = Utworzone
imports-updated = Zaktualizowane
imports-unchanged = Bez zmian
imports-undo-confirm = Cofnąć import pliku { $file }? To, co utworzył, zostanie usunięte, a to, co zmienił, przywrócone.
imports-undo = Cofnij
imports-in-place = obowiązuje
imports-upload-intro = Plik CSV (przecinki, średniki lub tabulatory; UTF-8 lub Windows-1252) albo skoroszyt Excel (XLSX, pierwszy arkusz),
imports-upload-intro-next = którego pierwszy wiersz zawiera nazwy kolumn. Zobaczysz zawartość pliku i wybierzesz, dokąd trafia każda kolumna, zanim cokolwiek zostanie zapisane.
imports-target-hint = Kontakty, członkostwa i otwarte faktury wskazują swoją organizację (po numerze VAT lub nazwie): najpierw zaimportuj organizacje, potem członkostwa, a dopiero po nich faktury za składki, które ich dotyczą.
imports-at-most = Maksymalnie { $mib } MiB.
imports-upload-and-check = Prześlij i sprawdź
imports-plan-heading = Import ({ $target }): { $file }
imports-left-out = pominięte: { $rows }
imports-undo-from = Cały import możesz cofnąć na stronie
imports-past-link = wcześniejsze importy
imports-import-id = (import { $id })
imports-rejected-file-hint = Odrzucone wiersze w postaci z pliku, z kolumną podającą przyczynę: popraw je i zaimportuj ten plik.
imports-download-rejected = Pobierz odrzucone wiersze (CSV)
imports-nothing-to-change = Nic do zmiany: każdy wiersz zgadza się z zapisanymi danymi.
imports-file-error = { $error }. Wybierz dla tego kolumnę poniżej.
imports-rejected-notice = Nie można zaimportować: { $rows } (zob. poniżej). Popraw plik lub inaczej przypisz kolumny albo zaimportuj teraz pozostałe wiersze i pobierz odrzucone, z przyczyną dla każdego, aby je poprawić i zaimportować ponownie.
imports-columns = Kolumny
imports-column-in-file = Kolumna w pliku
imports-first-value = Pierwsza wartość
imports-goes-to = Trafia do
imports-values = Własne wartości pliku odczytywane jako nasze
imports-values-hint = Jedna w wierszu, na przykład
imports-values-hint-end = : pole, wartość z pliku i nasza.
imports-check-again = Sprawdź ponownie
imports-commit = Importuj: nowe { $created }, zaktualizowane { $updated }
imports-line = Wiersz
imports-record = Rekord
imports-what-happens = Co się stanie
imports-details = Szczegóły

organisations-document-language = Język faktur i przypomnień
organisations-language-of-cluster = { $language } (język klastra)
organisations-document-language-hint = W tym języku są wystawiane faktury, faktury korygujące i przypomnienia o płatności dla tej organizacji.
organisations-language-of = Język faktur i przypomnień: { $name }
organisations-language-set = Faktury i przypomnienia są teraz wystawiane w języku: { $language }.

## Import: the fields a column may go to, as the plan names them; a file's header that is one
## of these names in any of the nine languages goes to its field.
import-field-name = Nazwa
import-field-kind = Rodzaj
import-field-nace-code = Kod NACE
import-field-employees = Pracownicy
import-field-turnover = Obrót
import-field-balance-sheet-total = Suma bilansowa
import-field-country = Kraj
import-field-region = Region
import-field-vat-id = NIP
import-field-website = Strona internetowa
import-field-street = Ulica
import-field-postcode = Kod pocztowy
import-field-city = Miejscowość
import-field-email = E-mail
import-field-phone = Telefon
import-field-organisation = Organizacja
import-field-first-name = Imię
import-field-last-name = Nazwisko
import-field-position = Stanowisko
import-field-cluster-roles = Role w klastrze
import-field-billing-contact = Kontakt ds. rozliczeń
import-field-consent-channel = Kanał zgody
import-field-consent-purpose = Cel zgody
import-field-consent-given-on = Data udzielenia zgody
import-field-membership-type = Typ członkostwa
import-field-applied-on = Data wniosku
import-field-start = Data rozpoczęcia
import-field-end = Data zakończenia
import-field-status = Status
import-field-number = Numer faktury
import-field-date = Data wystawienia
import-field-due-date = Termin płatności
import-field-customer = Nabywca
import-field-tax = Kwota VAT
import-field-gross = Kwota brutto
import-field-currency = Waluta
import-field-paid = Zapłacono
import-field-period = Okres
import-field-description = Opis
import-field-year = Rok
import-field-basis = Budżet czy wykonanie
import-field-category = Kategoria
import-field-amount = Kwota
import-field-hours = Godziny
import-field-hourly-rate = Stawka godzinowa
import-field-public = Finansowanie publiczne
import-field-recurring = Cykliczne
import-field-project = Projekt
import-field-submitted-on = Data wysłania

skip-to-content = Przejdź do treści
menu = Menu
switch-cluster = Zmień klaster
all-clusters = Wszystkie klastry…
search = Szukaj
search-placeholder = Szukaj…
your-account-title = Twoje konto: hasło, sesje, tokeny API
log-out = Wyloguj
modules = Moduły
nav-home = Start
nav-overview = Przegląd
nav-organisations = Organizacje
nav-contacts = Kontakty
nav-events = Wydarzenia
nav-engagement = Zaangażowanie
nav-strategy = Strategia
nav-projects = Projekty
nav-services = Usługi
nav-surveys = Ankiety
nav-economics = Finanse
nav-monitoring = Monitoring
nav-members = Członkowie
nav-invoices = Faktury
nav-my-tasks = Moje zadania
tasks-overdue =
    { $count ->
        [one] { $count } zaległe
        [few] { $count } zaległe
       *[other] { $count } zaległych
    }
nav-segments = Segmenty
nav-duplicates = Duplikaty
nav-imports = Importy
nav-value-chain = Łańcuch wartości
nav-interview-templates = Szablony wywiadów
nav-people = Osoby

## Problemy: co mówi odpowiedź odrzucająca żądanie (dokumenty problemów API i strony błędów).
problem-title-400 = Nieprawidłowe żądanie
problem-title-401 = Nie zalogowano
problem-title-403 = Brak uprawnień
problem-title-404 = Nie znaleziono
problem-title-409 = Konflikt
problem-title-413 = Za duże
problem-title-422 = Nie można przyjąć
problem-title-429 = Zbyt wiele żądań
problem-title-500 = Błąd serwera
problem-not-found = Nie znaleziono: { $what }.
problem-forbidden = Twoja rola w tym klastrze na to nie pozwala: { $reason }.
problem-forbidden-reading = odczyt
problem-forbidden-edit = zmiana danych wymaga roli „zespół” lub „koordynator klastra”
problem-forbidden-manage = wymaga to roli „koordynator klastra”
problem-forbidden-rate-table = tabelę kursów sieci prowadzą administratorzy sieci
problem-forbidden-taxonomy = taksonomię sieci prowadzą administratorzy sieci
problem-forbidden-network-view = widok sieci jest przeznaczony dla administratorów sieci
problem-bad-credentials = Nieprawidłowy adres e-mail lub hasło.
problem-too-many-attempts =
    { $minutes ->
        [one] Zbyt wiele nieudanych prób logowania; spróbuj ponownie za { $minutes } minutę.
        [few] Zbyt wiele nieudanych prób logowania; spróbuj ponownie za { $minutes } minuty.
        [many] Zbyt wiele nieudanych prób logowania; spróbuj ponownie za { $minutes } minut.
       *[other] Zbyt wiele nieudanych prób logowania; spróbuj ponownie za { $minutes } minuty.
    }
problem-rate-limited =
    { $minutes ->
        [one] Zbyt wiele żądań z Twojego adresu lub dla tego wydarzenia; spróbuj ponownie za { $minutes } minutę.
        [few] Zbyt wiele żądań z Twojego adresu lub dla tego wydarzenia; spróbuj ponownie za { $minutes } minuty.
        [many] Zbyt wiele żądań z Twojego adresu lub dla tego wydarzenia; spróbuj ponownie za { $minutes } minut.
       *[other] Zbyt wiele żądań z Twojego adresu lub dla tego wydarzenia; spróbuj ponownie za { $minutes } minuty.
    }
problem-token-unknown = Token API jest nieznany lub unieważniony.
problem-token-missing = Wyślij token API jako 'Authorization: Bearer TOKEN' (utwórz go poleceniem 'clusterdesk token create').
problem-server = Coś poszło nie tak na serwerze. Błąd został zapisany; spróbuj ponownie.

## Czego żądanie może szukać i nie znaleźć (w `problem-not-found`).
resource-api-token = token API
resource-action-line = linia działań
resource-calendar = kalendarz
resource-campaign = kampania
resource-challenge = wyzwanie
resource-cluster = klaster
resource-contact-with-that-email = kontakt z tym adresem e-mail
resource-contact = kontakt
resource-consent = zgoda
resource-current-consent = aktualna zgoda
resource-delivery = świadczenie
resource-event-series = cykl wydarzeń
resource-event = wydarzenie
resource-evidence = dowód
resource-file = plik
resource-group-membership = przynależność do grupy
resource-idea = pomysł
resource-import = import
resource-indicator-set = zestaw wskaźników
resource-indicator = wskaźnik
resource-interaction = interakcja
resource-invoice = faktura
resource-ledger-line = pozycja księgowa
resource-line = pozycja
resource-membership-type = typ członkostwa
resource-membership = członkostwo
resource-milestone = kamień milowy
resource-offer-or-need = oferta lub potrzeba
resource-organisation = organizacja
resource-organisation-challenge-interaction-or-working-group = organizacja, wyzwanie, interakcja lub grupa robocza
resource-page = strona
resource-partner-cluster = klaster partnerski
resource-payment = płatność
resource-person = osoba
resource-project-or-organisation = projekt lub organizacja
resource-project-part = element projektu
resource-project = projekt
resource-question = pytanie
resource-questionnaire = kwestionariusz
resource-record = rekord
resource-registration-on-the-waiting-list = rejestracja na liście rezerwowej
resource-registration-request = zgłoszenie rejestracyjne
resource-registration = rejestracja
resource-resource = zasób
resource-review-of-figures = weryfikacja danych
resource-review = weryfikacja
resource-role-in-that-cluster = rola w tym klastrze
resource-scenario = scenariusz
resource-section = sekcja
resource-segment = segment
resource-series = cykl
resource-service-or-organisation = usługa lub organizacja
resource-service = usługa
resource-session = sesja
resource-staff-member = pracownik
resource-strategy = strategia
resource-survey-link = link do ankiety
resource-tag = etykieta
resource-task = zadanie
resource-unmatched-payment = nieprzypisana płatność
resource-upload = przesłany plik
resource-user = użytkownik
resource-value = wartość
resource-working-group-or-contact = grupa robocza lub kontakt
resource-working-group = grupa robocza
resource-year = rok

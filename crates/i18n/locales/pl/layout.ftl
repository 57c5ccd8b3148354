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

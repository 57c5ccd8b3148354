skip-to-content = Zum Inhalt
menu = Menü
switch-cluster = Cluster wechseln
all-clusters = Alle Cluster…
search = Suche
search-placeholder = Suchen…
your-account-title = Ihr Konto: Passwort, Sitzungen, API-Tokens
log-out = Abmelden
modules = Module
nav-home = Start
nav-overview = Überblick
nav-organisations = Organisationen
nav-contacts = Kontakte
nav-events = Veranstaltungen
nav-engagement = Engagement
nav-strategy = Strategie
nav-projects = Projekte
nav-services = Dienstleistungen
nav-surveys = Umfragen
nav-economics = Finanzen
nav-monitoring = Monitoring
nav-members = Mitglieder
nav-invoices = Rechnungen
nav-my-tasks = Meine Aufgaben
tasks-overdue =
    { $count ->
        [one] { $count } überfällig
       *[other] { $count } überfällig
    }
nav-segments = Segmente
nav-duplicates = Dubletten
nav-imports = Importe
nav-value-chain = Wertschöpfungskette
nav-interview-templates = Gesprächsvorlagen
nav-people = Personen

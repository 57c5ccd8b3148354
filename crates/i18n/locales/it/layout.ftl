skip-to-content = Vai al contenuto
menu = Menu
switch-cluster = Cambia cluster
all-clusters = Tutti i cluster…
search = Cerca
search-placeholder = Cerca…
your-account-title = Il tuo account: password, sessioni, token API
log-out = Esci
modules = Moduli
nav-home = Home
nav-overview = Panoramica
nav-organisations = Organizzazioni
nav-contacts = Contatti
nav-events = Eventi
nav-engagement = Coinvolgimento
nav-strategy = Strategia
nav-projects = Progetti
nav-services = Servizi
nav-surveys = Sondaggi
nav-economics = Finanze
nav-monitoring = Monitoraggio
nav-members = Soci
nav-invoices = Fatture
nav-my-tasks = Le mie attività
tasks-overdue =
    { $count ->
        [one] { $count } scaduta
       *[other] { $count } scadute
    }
nav-segments = Segmenti
nav-duplicates = Duplicati
nav-imports = Importazioni
nav-value-chain = Catena del valore
nav-interview-templates = Modelli di intervista
nav-people = Persone

skip-to-content = Salt la conținut
menu = Meniu
switch-cluster = Schimbă clusterul
all-clusters = Toate clusterele…
search = Căutare
search-placeholder = Caută…
your-account-title = Contul tău: parolă, sesiuni, tokenuri API
log-out = Deconectare
modules = Module
nav-home = Acasă
nav-overview = Prezentare generală
nav-organisations = Organizații
nav-contacts = Contacte
nav-events = Evenimente
nav-engagement = Implicare
nav-strategy = Strategie
nav-projects = Proiecte
nav-services = Servicii
nav-surveys = Sondaje
nav-economics = Finanțe
nav-monitoring = Monitorizare
nav-members = Membri
nav-invoices = Facturi
nav-my-tasks = Sarcinile mele
tasks-overdue =
    { $count ->
        [one] { $count } restantă
        [few] { $count } restante
       *[other] { $count } de restante
    }
nav-segments = Segmente
nav-duplicates = Duplicate
nav-imports = Importuri
nav-value-chain = Lanțul valoric
nav-interview-templates = Șabloane de interviu
nav-people = Persoane

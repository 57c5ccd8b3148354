skip-to-content = Aller au contenu
menu = Menu
switch-cluster = Changer de cluster
all-clusters = Tous les clusters…
search = Rechercher
search-placeholder = Rechercher…
your-account-title = Votre compte : mot de passe, sessions, jetons d’API
log-out = Se déconnecter
modules = Modules
nav-home = Accueil
nav-overview = Vue d’ensemble
nav-organisations = Organisations
nav-contacts = Contacts
nav-events = Événements
nav-engagement = Engagement
nav-strategy = Stratégie
nav-projects = Projets
nav-services = Services
nav-surveys = Enquêtes
nav-economics = Finances
nav-monitoring = Suivi
nav-members = Adhérents
nav-invoices = Factures
nav-my-tasks = Mes tâches
tasks-overdue =
    { $count ->
        [one] { $count } en retard
       *[other] { $count } en retard
    }
nav-segments = Segments
nav-duplicates = Doublons
nav-imports = Imports
nav-value-chain = Chaîne de valeur
nav-interview-templates = Modèles d’entretien
nav-people = Personnes

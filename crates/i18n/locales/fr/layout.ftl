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

## Problèmes : ce que dit une réponse qui refuse une requête (les documents de problème de l’API et les pages d’erreur).
problem-title-400 = Requête incorrecte
problem-title-401 = Non connecté
problem-title-403 = Non autorisé
problem-title-404 = Introuvable
problem-title-409 = Conflit
problem-title-413 = Trop volumineux
problem-title-422 = Impossible à accepter
problem-title-429 = Trop de requêtes
problem-title-500 = Erreur du serveur
problem-not-found = Introuvable : { $what }.
problem-forbidden = Votre rôle dans ce cluster ne le permet pas : { $reason }.
problem-forbidden-reading = lecture
problem-forbidden-edit = modifier des fiches demande le rôle « équipe » ou « responsable du cluster »
problem-forbidden-manage = cela demande le rôle « responsable du cluster »
problem-forbidden-rate-table = la table des taux du réseau est tenue par les administrateurs du réseau
problem-forbidden-taxonomy = la taxonomie du réseau est tenue par les administrateurs du réseau
problem-forbidden-network-view = la vue du réseau est réservée aux administrateurs du réseau
problem-bad-credentials = L’adresse e-mail ou le mot de passe est incorrect.
problem-too-many-attempts =
    { $minutes ->
        [one] Trop de connexions échouées ; réessayez dans { $minutes } minute.
        [many] Trop de connexions échouées ; réessayez dans { $minutes } minutes.
       *[other] Trop de connexions échouées ; réessayez dans { $minutes } minutes.
    }
problem-rate-limited =
    { $minutes ->
        [one] Trop de requêtes depuis votre adresse ou pour cet événement ; réessayez dans { $minutes } minute.
        [many] Trop de requêtes depuis votre adresse ou pour cet événement ; réessayez dans { $minutes } minutes.
       *[other] Trop de requêtes depuis votre adresse ou pour cet événement ; réessayez dans { $minutes } minutes.
    }
problem-token-unknown = Le jeton d’API est inconnu ou révoqué.
problem-token-missing = Envoyez un jeton d’API sous la forme 'Authorization: Bearer TOKEN' (créez-en un avec 'clusterdesk token create').
problem-server = Une erreur s’est produite sur le serveur. Elle a été consignée ; veuillez réessayer.

## Ce qu’une requête peut demander sans le trouver (dans `problem-not-found`).
resource-api-token = jeton d’API
resource-action-line = ligne d’action
resource-calendar = calendrier
resource-campaign = campagne
resource-challenge = défi
resource-cluster = cluster
resource-contact-with-that-email = contact avec cette adresse e-mail
resource-contact = contact
resource-consent = consentement
resource-current-consent = consentement en vigueur
resource-delivery = prestation
resource-event-series = série d’événements
resource-event = événement
resource-evidence = justificatif
resource-file = fichier
resource-group-membership = appartenance au groupe
resource-idea = idée
resource-import = import
resource-indicator-set = jeu d’indicateurs
resource-indicator = indicateur
resource-interaction = interaction
resource-invoice = facture
resource-ledger-line = ligne comptable
resource-line = ligne
resource-membership-type = type d’adhésion
resource-membership = adhésion
resource-milestone = jalon
resource-offer-or-need = offre ou besoin
resource-organisation = organisation
resource-organisation-challenge-interaction-or-working-group = organisation, défi, interaction ou groupe de travail
resource-page = page
resource-partner-cluster = cluster partenaire
resource-payment = paiement
resource-person = personne
resource-project-or-organisation = projet ou organisation
resource-project-part = élément du projet
resource-project = projet
resource-question = question
resource-questionnaire = questionnaire
resource-record = fiche
resource-registration-on-the-waiting-list = inscription sur liste d’attente
resource-registration-request = demande d’inscription
resource-registration = inscription
resource-resource = ressource
resource-review-of-figures = vérification des chiffres
resource-review = vérification
resource-role-in-that-cluster = rôle dans ce cluster
resource-scenario = scénario
resource-section = section
resource-segment = segment
resource-series = série
resource-service-or-organisation = service ou organisation
resource-service = service
resource-session = session
resource-staff-member = membre de l’équipe
resource-strategy = stratégie
resource-survey-link = lien d’enquête
resource-tag = étiquette
resource-task = tâche
resource-unmatched-payment = paiement non rapproché
resource-upload = fichier envoyé
resource-user = utilisateur
resource-value = valeur
resource-working-group-or-contact = groupe de travail ou contact
resource-working-group = groupe de travail
resource-year = année

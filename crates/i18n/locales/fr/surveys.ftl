# Enquêtes : la page publique de réponse, les questionnaires et campagnes de l’équipe ; tâches ; interactions et modèles d’entretien.

## La page publique d’une enquête
survey-only-if-chosen = Uniquement si vous avez choisi « { $option } » à la question « { $question } ».
survey-answers-sent = Vos réponses ont été envoyées. Merci.
survey-closed-on = L’enquête a été clôturée le { $day } : elle n’accepte plus de réponses.
survey-privacy-anonymous = Cette enquête est anonyme : vos réponses sont conservées sans votre nom, votre e-mail ni ce lien, avec seulement le type et la classe de taille de votre organisation.
survey-privacy-named = Vos réponses sont conservées avec votre nom et celui de votre organisation, pour l’équipe du cluster.
survey-answers-taken-until = Les réponses sont acceptées jusqu’au { $day } ; les questions marquées d’un * sont nécessaires pour les envoyer, pas pour les enregistrer.
survey-progress-saved = Enregistré. Revenez par le même lien pour terminer.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } réponse à corriger avant de pouvoir envoyer les réponses ; rien n’a encore été envoyé.
        [many] { $count } réponses à corriger avant de pouvoir envoyer les réponses ; rien n’a encore été envoyé.
       *[other] { $count } réponses à corriger avant de pouvoir envoyer les réponses ; rien n’a encore été envoyé.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } réponse à corriger avant de pouvoir enregistrer les réponses ; rien n’a encore été enregistré.
        [many] { $count } réponses à corriger avant de pouvoir enregistrer les réponses ; rien n’a encore été enregistré.
       *[other] { $count } réponses à corriger avant de pouvoir enregistrer les réponses ; rien n’a encore été enregistré.
    }
survey-required = obligatoire
survey-statement = Affirmation
survey-send-my-answers = Envoyer mes réponses
survey-save-and-finish-later = Enregistrer et terminer plus tard

## Questionnaires et campagnes
survey-saved-as-version = Enregistré comme version { $version } : les réponses déjà données gardent la version à laquelle elles ont répondu.
survey-saved = Enregistré.
survey-kind-single-choice = Choix unique
survey-kind-multiple-choice = Choix multiple
survey-kind-likert = Échelle de Likert
survey-kind-matrix = Matrice d’échelles
survey-kind-number = Nombre
survey-kind-money = Montant
survey-kind-text = Texte
survey-kind-date = Date
survey-list-subheading = Les questionnaires, et les campagnes qui les envoient à un segment par liens personnels, avec leurs résultats
survey-campaigns = Campagnes
survey-campaign = Campagne
survey-sent-to = Envoyée à
survey-closes = Clôture
survey-invited = Invités
survey-answered = Répondants
survey-rate = Taux
survey-title-anonymous = { $title } (anonyme)
survey-no-campaign = Aucune campagne envoyée pour l’instant.
survey-questionnaires = Questionnaires
survey-questionnaire = Questionnaire
survey-questions = Questions
survey-version = Version
survey-responses = Réponses
survey-archived = archivé
survey-no-questionnaire = Aucun questionnaire pour l’instant : partez d’un modèle ci-dessous.
survey-send-a-campaign = Envoyer une campagne
survey-new-questionnaire = Nouveau questionnaire
survey-make = Créer
survey-start-from = Partir de
survey-empty-questionnaire = Un questionnaire vide
survey-title = Titre
survey-title-hint = Pour un questionnaire vide ; un modèle a son propre titre.
survey-choose = Choisir
survey-send-to-contacts-of = Envoyer aux contacts de
survey-choose-a-segment = Choisir un segment
survey-segment-hint = Seuls les contacts dont le consentement permanent couvre les enquêtes par e-mail la reçoivent ; les autres sont listés.
survey-title-respondents-read = Titre lu par les répondants
survey-campaign-title-hint = Le titre du questionnaire si vide.
survey-answers-taken-until-label = Réponses acceptées jusqu’au
survey-anonymous = Anonyme
survey-anonymous-hint = Les réponses sont conservées sans lien avec la personne, ni le type ou la taille de l’organisation ; les répondants en sont informés.
survey-figures-year = Année des chiffres
survey-figures-year-hint = Pour une enquête sur la performance des entreprises : la dernière année clôturée.
survey-questionnaire-made = Créé : modifiez-le selon vos besoins.
survey-campaign-sent =
    { $count ->
        [one] Envoyé : { $count } lien personnel est en route.
        [many] Envoyé : { $count } liens personnels sont en route.
       *[other] Envoyé : { $count } liens personnels sont en route.
    }
survey-not-sent-to =
    { $count ->
        [one] Non envoyé à { $count } personne :
        [many] Non envoyé à { $count } personnes :
       *[other] Non envoyé à { $count } personnes :
    }
survey-and-more-left-out = et { $count } de plus (la réponse de l’API les liste toutes)
survey-kind-text-scale = Échelle à { $points } points, de { $low } à { $high }
survey-kind-text-matrix = Affirmations : { $count }, sur une échelle à { $points } points
survey-bounds-between = de { $min } à { $max }
survey-bounds-at-least = au moins { $min }
survey-bounds-at-most = au plus { $max }
survey-number-in = Nombre en { $unit }
survey-question = Question
survey-answer-needed = Une réponse est nécessaire
survey-help-under-question = Aide sous la question
survey-options-one-a-line = Options, une par ligne
survey-options-hint = Pour un choix unique ou multiple.
survey-statements-one-a-line = Affirmations, une par ligne
survey-statements-hint = Pour une matrice : chacune est notée sur l’échelle.
survey-points-of-scale = Points de l’échelle
survey-points-hint = De 2 à 11 ; 5 si vide. Pour une échelle ou une matrice.
survey-label-of-1 = Libellé du 1
survey-label-of-1-hint = Par exemple « Très insatisfait ».
survey-label-of-top = Libellé du point le plus haut
survey-label-of-top-hint = Par exemple « Très satisfait ».
survey-unit = Unité
survey-unit-hint = Pour un nombre : personnes, produits, %.
survey-at-least = Au moins
survey-at-most = Au plus
survey-decimals = Décimales
survey-decimals-hint = De 0 à 3.
survey-long = Un paragraphe, pas une ligne
survey-long-hint = Pour un texte.
survey-show-only-when = Afficher seulement si
survey-always-shown = Toujours affichée
survey-is-answered = … a pour réponse
survey-is-answered-hint = L’option, ou le point de l’échelle (4), qui fait afficher cette question.
survey-key = Clé
survey-key-hint = Le nom des réponses dans les exports et les indicateurs ; tiré de la question si vide.
survey-no-introduction = Pas encore d’introduction.
survey-responses-to-all-versions = Réponses à toutes les versions
survey-version-was-sent = Une campagne a envoyé cette version : une modification crée une nouvelle version, et les invités gardent celle qu’ils ont reçue.
survey-needed = obligatoire
survey-shown-when = si { $question } vaut { $value }
survey-up = Monter
survey-down = Descendre
survey-remove = Retirer
survey-remove-question-confirm = Retirer la question « { $question } » ?
survey-required-column = Obligatoire
survey-shown = Affichage
survey-no-question-in-section = Pas encore de question dans cette section.
survey-remove-section = Retirer la section { $number }
survey-remove-section-confirm = Retirer la section vide « { $section } » ?
survey-section = Section
survey-add-a-question = Ajouter une question
survey-add = Ajouter
survey-add-a-section = Ajouter une section
survey-title-and-introduction = Titre et introduction
survey-save = Enregistrer
survey-introduction = Introduction lue d’abord par les répondants
survey-bring-back = Rétablir
survey-archive-confirm = Archiver le questionnaire ? Il ne pourra plus être envoyé par de nouvelles campagnes ; ses campagnes et ses réponses restent.
survey-question-added = La question est ajoutée.
survey-archived-notice = Archivé.
survey-brought-back = Rétabli.

## Les résultats d’une campagne
survey-n-answered =
    { $count ->
        [one] { $count } réponse
        [many] { $count } réponses
       *[other] { $count } réponses
    }
survey-mean-median = moyenne { $mean } · médiane { $median }
survey-answers = Réponses
survey-count = Nombre
survey-filter-invalid = Le filtre n’est pas valide : { $error }. Toutes les réponses sont affichées.
survey-campaign-subheading = Envoyée à { $audience } · version { $version } du questionnaire · réponses acceptées jusqu’au { $day }
survey-campaign-subheading-anonymous = Envoyée à { $audience } · version { $version } du questionnaire · réponses acceptées jusqu’au { $day } · anonyme
survey-answers-csv = Réponses (CSV)
survey-answers-xlsx = Réponses (XLSX)
survey-import-answers = Importer des réponses
survey-response-rate = Taux de réponse
survey-responses-counted = Réponses comptées ci-dessous
survey-imported = Importées d’un autre outil
survey-group = Groupe
survey-rate-by-kind = Taux de réponse par type d’organisation
survey-rate-by-size-class = Taux de réponse par classe de taille
survey-nobody-invited = Personne n’a été invité.
survey-answer = Réponse
survey-share = Part
survey-mean = Moyenne
survey-mean-point-chart = { $question } : point moyen de chaque affirmation
survey-range-to-under = de { $low } à moins de { $high }
survey-by-month = par mois
survey-month = Mois
survey-kind-of-organisation = Type d’organisation
survey-any = Tous
survey-size-class = Classe de taille
survey-segment = Segment
survey-which-responses = Quelles réponses
survey-show = Afficher
survey-remind-title = Relancer ceux qui n’ont pas répondu
survey-send-reminders = Envoyer les relances
survey-people-reminded =
    { $count ->
        [one] { $count } personne relancée avec un nouveau lien.
        [many] { $count } personnes relancées avec un nouveau lien.
       *[other] { $count } personnes relancées avec un nouveau lien.
    }

## Les questionnaires fournis avec clusterdesk
template-member-satisfaction = Satisfaction des adhérents
template-strategic-attitude = Attitude stratégique des entreprises
template-company-performance = Performance annuelle des entreprises
template-strategy-consultation = Consultation pour un nouveau plan stratégique

## Tâches
task-tasks = Tâches
task-nobody-yet = personne pour l’instant
task-nobody-yet-option = (personne pour l’instant)
task-my-open-tasks = Mes tâches ouvertes
task-all-open-tasks = Toutes les tâches ouvertes
task-done = Fait
task-done-tasks = Tâches faites
task-open-about-organisation = Tâches ouvertes concernant une organisation
task-nothing-to-do = Rien à faire : aucune tâche ouverte ne vous est attribuée.
task-none-here = Aucune tâche ici.
task-what-is-to-be-done = Ce qu’il faut faire
task-due = Échéance
task-who-does-it = Qui s’en charge
task-new = Nouvelle tâche
task-new-about = Nouvelle tâche concernant { $organisation }
task-add = Ajouter la tâche
task-created = La tâche est créée.
task-task = Tâche
task-who = Qui
task-overdue = en retard
task-open-again = Rouvrir

## Interactions et modèles d’entretien
interaction-no-date = sans date
interaction-timeline = Historique
interaction-what = Quoi
interaction-timeline-empty = Pas encore d’interaction ni de tâche. Consignez une réunion, un appel, une visite ou un entretien.
interaction-log = Consigner une interaction
interaction-task-done = Tâche, faite
interaction-task-overdue = Tâche, en retard
interaction-open-from-organisation = ouvrez le formulaire depuis la page d’une organisation
interaction-day = Jour
interaction-subject = Objet
interaction-with = Avec
interaction-nobody-in-particular = (personne en particulier)
interaction-team-member = Membre de l’équipe
interaction-none = (aucun)
interaction-notes = Notes
interaction-interview-template = Entretien : { $template }
interaction-interview-with = Entretien avec { $organisation } : { $template }
interaction-log-with = Consigner une interaction avec { $organisation }
interaction-no-templates = Les entretiens suivent des modèles de questions ; le cluster n’en a pas encore.
interaction-log-an-interaction = Consigner une interaction
interaction-logged = L’interaction est consignée.
interaction-logged-by = Consigné par
interaction-by-on = { $who } le { $day }
interaction-kind-with = { $kind } avec { $organisation }
interaction-follow-up-tasks = Tâches de suivi
interaction-state = État
interaction-no-follow-up-tasks = Aucune tâche de suivi.
interaction-add-follow-up-task = Ajouter une tâche de suivi
interaction-record-project-idea = En tirer une idée de projet
interaction-templates-intro = Les questions que suit un entretien structuré. Les réponses sont conservées question par question, pour pouvoir comparer les entretiens.
interaction-no-templates-yet = Pas encore de modèle.
interaction-new-template = Nouveau modèle
interaction-template-name = Nom
interaction-one-question-a-line = Une question par ligne.
interaction-add-template = Ajouter le modèle
survey-group-unknown = Inconnu
survey-chart-not-rated = non noté

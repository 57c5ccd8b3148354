# Types d’organisation : la triple hélice et son environnement.
organisation-kind-company = Entreprise
organisation-kind-university = Université
organisation-kind-research-centre = Centre de recherche ou technologique
organisation-kind-public-administration = Administration publique
organisation-kind-association = Association
organisation-kind-investor = Investisseur
organisation-kind-other = Autre

# Les catégories de taille des PME de l’UE (recommandation 2003/361/CE de la Commission).
size-class-micro = Microentreprise
size-class-small = Petite entreprise
size-class-medium = Moyenne entreprise
size-class-large = Grande entreprise
size-class-unknown = Taille inconnue

# Types d’interaction avec une organisation.
interaction-kind-meeting = Réunion
interaction-kind-call = Appel
interaction-kind-email = E-mail
interaction-kind-visit = Visite
interaction-kind-interview = Entretien

# Canaux par lesquels une personne accepte d’être contactée.
channel-email = E-mail
channel-phone = Téléphone
channel-post = Courrier

# Ce qui a été fait des données d’une personne (journal RGPD).
privacy-action-export = Données exportées
privacy-action-erasure = Données effacées
# Les indicateurs standard du système de suivi : le nom et la définition de chacun.

indicator-events-held = Événements organisés
indicator-events-held-description = Événements de l’année non annulés, par type dans le détail.

indicator-participants = Participants
indicator-participants-description = Présences enregistrées aux événements de l’année (une personne présente à deux événements compte deux fois).

indicator-members-reached = Adhérents touchés
indicator-members-reached-description = Adhérents dont au moins une personne a participé à un événement de l’année.

indicator-participation-rate = Taux de participation
indicator-participation-rate-description = Adhérents ayant pris part à au moins une activité (événement, service, enquête) ou à un projet dans l’année, sur l’ensemble des adhérents.

indicator-average-satisfaction = Satisfaction moyenne
indicator-average-satisfaction-description = Réponse moyenne à la question globale de l’enquête de satisfaction (1 à 5), pour les campagnes clôturées dans l’année.

indicator-new-members = Nouveaux adhérents
indicator-new-members-description = Adhésions qui ont commencé dans l’année.

indicator-retention-rate = Taux de fidélisation
indicator-retention-rate-description = Parmi les adhérents au début de l’année, la part encore adhérente à la fin de l’année.

indicator-interactions-logged = Interactions enregistrées
indicator-interactions-logged-description = Appels, réunions, visites et e-mails avec des organisations enregistrés dans l’année.

indicator-active-member-share = Part d’adhérents actifs
indicator-active-member-share-description = Adhérents qui sont des acteurs actifs selon la règle du cluster (projets ou activités dans l’année), sur l’ensemble des adhérents.

indicator-members = Adhérents
indicator-members-description = Organisations adhérentes à la fin de l’année (ou aujourd’hui, en cours d’année).

indicator-active-actors = Acteurs actifs
indicator-active-actors-description = Adhérents ayant pris part à au moins un projet ou deux activités dans l’année (la règle du cluster fixe ces nombres).

indicator-active-smes = PME actives
indicator-active-smes-description = Acteurs actifs qui sont des micro, petites ou moyennes entreprises.

indicator-working-groups-met = Groupes de travail réunis
indicator-working-groups-met-description = Groupes de travail ayant tenu au moins une réunion dans l’année.

indicator-media-mentions = Mentions dans les médias
indicator-media-mentions-description = Articles, émissions et publications sur le cluster dans l’année, saisis avec leurs articles de presse comme justificatifs.

indicator-projects-running = Projets en cours
indicator-projects-running-description = Projets menés dans l’année, par étape dans le détail.

indicator-aligned-share = Part alignée sur un défi
indicator-aligned-share-description = Parmi les projets de l’année, ceux qui servent au moins un défi de la stratégie.

indicator-members-in-projects = Adhérents engagés dans des projets
indicator-members-in-projects-description = Adhérents participant à un projet de l’année.

indicator-sme-share = Part de PME parmi les participants
indicator-sme-share-description = Parmi les adhérents engagés dans les projets de l’année dont la taille est connue, les PME.

indicator-budget-mobilised = Budget mobilisé
indicator-budget-mobilised-description = Les budgets des projets qui ont démarré dans l’année (chacun compté une fois, dans sa première année).

indicator-public-funding = Financements publics obtenus
indicator-public-funding-description = Financements publics obtenus par les projets financés qui ont démarré dans l’année.

indicator-private-funding = Financements privés obtenus
indicator-private-funding-description = Financements privés obtenus par les projets financés qui ont démarré dans l’année.

indicator-inter-cluster-projects = Projets inter-clusters
indicator-inter-cluster-projects-description = Les projets de l’année avec un cluster partenaire ou dans le domaine inter-clusters.

indicator-projects-approved = Projets approuvés
indicator-projects-approved-description = Projets qui ont démarré dans l’année et obtenu leur financement (financés, en cours ou terminés), projets inter-clusters compris.

indicator-international-projects = Collaborations internationales
indicator-international-projects-description = Les projets de l’année avec un participant d’un autre pays : une organisation, un cluster partenaire ou un organisme extérieur.

indicator-fees-billed = Cotisations facturées
indicator-fees-billed-description = Factures de cotisation de la période d’adhésion de l’année, déduction faite des avoirs.

indicator-fees-collected = Cotisations encaissées
indicator-fees-collected-description = La part payée des cotisations facturées.

indicator-fixed-cost-coverage = Couverture des coûts fixes
indicator-fixed-cost-coverage-description = Recettes récurrentes de la structure (cotisations, soutien public à la structure, services récurrents) rapportées aux coûts de structure, en nombre de fois (réalisé).

indicator-private-share = Part privée des recettes
indicator-private-share-description = Recettes privées (cotisations, services, parrainage, contributions privées) rapportées à l’ensemble des recettes (réalisé).

indicator-public-dependency = Dépendance publique
indicator-public-dependency-description = Recettes publiques rapportées à l’ensemble des recettes (réalisé).

indicator-staff-fte = Effectif en ETP
indicator-staff-fte-description = Les équivalents temps plein de l’équipe à la fin de l’année (ou aujourd’hui).

indicator-members-per-fte = Adhérents par ETP
indicator-members-per-fte-description = Adhérents à la fin de l’année rapportés aux ETP de l’équipe.

indicator-action-lines-on-track = Lignes du plan d’action en bonne voie
indicator-action-lines-on-track-description = Lignes du plan d’action de l’année en bonne voie ou terminées, sur l’ensemble de ses lignes.

indicator-board-meetings = Réunions du conseil d’administration
indicator-board-meetings-description = Réunions du conseil d’administration de l’année, non annulées.

indicator-fee-coverage = Couverture par les cotisations
indicator-fee-coverage-description = Recettes de cotisations rapportées aux coûts de structure, en nombre de fois (réalisé).

indicator-services-share = Part des services
indicator-services-share-description = Recettes de services rapportées à l’ensemble des recettes (réalisé).

indicator-fee-concentration = Concentration des cotisations
indicator-fee-concentration-description = Cotisations payées par les cinq plus gros cotisants rapportées aux cotisations facturées (réalisé).

indicator-project-leverage = Effet de levier des projets
indicator-project-leverage-description = Financements de projets mobilisés pour les participants rapportés aux coûts de structure, en nombre de fois (réalisé).

indicator-runway = Autonomie
indicator-runway-description = Mois de coûts de structure que couvrent les réserves : réserves × 12 rapportées aux coûts de structure.

indicator-triple-helix-kinds = Types d’adhérents de la triple hélice
indicator-triple-helix-kinds-description = Parmi le monde économique (entreprises, investisseurs), le monde académique (universités, centres de recherche et technologiques) et l’administration publique, le nombre de types représentés parmi les adhérents.

indicator-strategy-documented = Stratégie et plan d’action documentés
indicator-strategy-documented-description = 1 si une stratégie couvre l’année avec au moins un défi et si l’année a un plan d’action d’au moins une ligne ; 0 sinon.

indicator-strategy-reviews = Revues de la stratégie
indicator-strategy-reviews-description = Revues de la stratégie qui couvre l’année, et de son plan d’action, enregistrées dans l’année.

indicator-internet-presence = Présence sur Internet
indicator-internet-presence-description = 1 si le site web du cluster montre son activité actuelle (actualités ou événements de l’année), saisi avec l’adresse du site comme justificatif ; 0 sinon.

indicator-turnover-growth = Croissance du chiffre d’affaires
indicator-turnover-growth-description = Évolution du chiffre d’affaires des adhérents par rapport à l’année précédente, sur les adhérents ayant des chiffres pour les deux années.

indicator-employment-growth = Croissance de l’emploi
indicator-employment-growth-description = Évolution des effectifs des adhérents par rapport à l’année précédente, sur les adhérents ayant des chiffres pour les deux années.

indicator-export-share = Part des exportations
indicator-export-share-description = Les exportations des adhérents rapportées à leur chiffre d’affaires, sur les adhérents ayant les deux chiffres.

indicator-rd-intensity = Intensité de R&D
indicator-rd-intensity-description = Les dépenses de R&D des adhérents rapportées à leur chiffre d’affaires, sur les adhérents ayant les deux chiffres.

indicator-innovating-share = Part d’adhérents innovants
indicator-innovating-share-description = Parmi les adhérents ayant des chiffres pour l’année, ceux qui ont au moins un nouveau produit.

indicator-new-foreign-markets = Nouveaux marchés étrangers
indicator-new-foreign-markets-description = Nouveaux marchés étrangers sur lesquels les adhérents sont entrés dans l’année.

indicator-digital-maturity = Maturité numérique
indicator-digital-maturity-description = La maturité numérique moyenne des adhérents (1 à 5).

indicator-openness-to-cooperation = Ouverture à la coopération
indicator-openness-to-cooperation-description = Réponse moyenne à la question de l’enquête d’attitude stratégique sur l’ouverture à la coopération, pour les campagnes clôturées dans l’année.

indicator-planning-maturity = Maturité de la planification stratégique
indicator-planning-maturity-description = Niveau moyen de planification dans l’enquête d’attitude stratégique (de 1 pas de plan écrit à 4 un plan revu chaque année avec des indicateurs), pour les campagnes clôturées dans l’année.

indicator-perceived-value = Valeur perçue du cluster
indicator-perceived-value-description = Réponse moyenne à la question de l’enquête d’attitude stratégique sur la valeur du cluster, pour les campagnes clôturées dans l’année.


# Les ratios économiques de la structure d’animation du cluster : le nom et la formule de chacun.

ratio-fixed-cost-coverage = Couverture des coûts fixes
ratio-fixed-cost-coverage-formula = recettes récurrentes de la structure (cotisations des adhérents, soutien public à la structure et services récurrents) / coûts de structure
ratio-fixed-cost-coverage-goal = 1,00 ou plus : charges fixes couvertes par des recettes fixes

ratio-private-share = Part privée
ratio-private-share-formula = recettes privées (cotisations, services, parrainage, contributions privées en argent ou en nature) / total des recettes

ratio-public-dependency = Dépendance publique
ratio-public-dependency-formula = recettes publiques / total des recettes

ratio-fee-coverage = Couverture par les cotisations
ratio-fee-coverage-formula = recettes de cotisations / coûts de structure

ratio-services-share = Part des services
ratio-services-share-formula = recettes de services / total des recettes

ratio-fee-concentration = Concentration des cotisations
ratio-fee-concentration-formula = cotisations payées par les cinq plus gros cotisants / cotisations facturées

ratio-project-leverage = Effet de levier des projets
ratio-project-leverage-formula = financements de projets mobilisés pour les participants / coûts de structure

ratio-runway = Autonomie
ratio-runway-formula = mois de coûts de structure que couvrent les réserves : réserves × 12 / coûts de structure

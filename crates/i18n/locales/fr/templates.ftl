# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Événements et mise en réseau
survey-template-service-market-intelligence = Information et veille marché
survey-template-service-collaborative-projects = Accompagnement des projets collaboratifs
survey-template-service-funding = Recherche de financements
survey-template-service-training = Formation
survey-template-service-internationalisation = Internationalisation

## Member satisfaction
survey-template-member-satisfaction-title = Satisfaction des adhérents
survey-template-member-satisfaction-intro = Dans quelle mesure le cluster répond-il aux besoins de votre organisation ? Vos réponses orientent le plan de travail de l’année prochaine ; le questionnaire prend environ cinq minutes.
survey-template-section-cluster-services = Les services du cluster
survey-template-services-used = Quels services du cluster votre organisation a-t-elle utilisés cette année ?
survey-template-service-quality = Quel est votre niveau de satisfaction pour chaque service ?
survey-template-very-dissatisfied = Très insatisfait
survey-template-very-satisfied = Très satisfait
survey-template-section-overall = Appréciation générale
survey-template-overall-satisfaction = Dans l’ensemble, quel est votre niveau de satisfaction à l’égard du cluster ?
survey-template-recommend = Quelle est la probabilité que vous recommandiez l’adhésion à un partenaire ?
survey-template-not-at-all-likely = Pas du tout probable
survey-template-extremely-likely = Extrêmement probable
survey-template-renew = Votre organisation va-t-elle renouveler son adhésion ?
survey-template-yes = Oui
survey-template-probably = Probablement
survey-template-probably-not = Probablement pas
survey-template-no = Non
survey-template-renew-why-not = Qu’est-ce qui vous inciterait à rester ?
survey-template-improve = Que le cluster devrait-il mieux faire ou commencer à faire ?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Attitude stratégique des entreprises
survey-template-strategic-attitude-intro = Comment votre entreprise planifie-t-elle, coopère-t-elle et perçoit-elle le cluster ? Regroupées, les réponses montrent comment les entreprises du cluster évoluent au fil des années.
survey-template-section-cooperation = Coopération
survey-template-openness-to-cooperation = Dans quelle mesure votre entreprise est-elle ouverte à la coopération avec d’autres entreprises et des centres de recherche ?
survey-template-not-open-at-all = Pas du tout ouverte
survey-template-very-open = Très ouverte
survey-template-cooperation-partners = Avec qui avez-vous coopéré au cours des trois dernières années ?
survey-template-partner-regional-companies = Autres entreprises de la région
survey-template-partner-universities = Universités
survey-template-partner-research-centres = Centres de recherche et de technologie
survey-template-partner-companies-abroad = Entreprises à l’étranger
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Aucun
survey-template-section-strategy = Stratégie
survey-template-strategic-planning = Comment votre entreprise planifie-t-elle son avenir ?
survey-template-planning-no-written-plan = Pas de plan écrit
survey-template-planning-yearly-budget = Un budget annuel
survey-template-planning-multi-year-plan = Un plan écrit pluriannuel
survey-template-planning-reviewed-plan = Un plan écrit, revu chaque année à l’aide d’indicateurs
survey-template-innovation-priority = Quelle place l’innovation occupe-t-elle parmi les priorités de votre entreprise ?
survey-template-low = Faible
survey-template-highest = Priorité absolue
survey-template-section-the-cluster = Le cluster
survey-template-perceived-value = Quel apport le cluster représente-t-il pour votre entreprise ?
survey-template-very-much = Très important
survey-template-cluster-effects = Dans quelle mesure êtes-vous d’accord ?
survey-template-effect-found-partners = Le cluster nous a aidés à trouver des partenaires
survey-template-effect-new-markets = Le cluster nous a aidés à accéder à de nouveaux marchés
survey-template-effect-visibility = Le cluster nous a rendus plus visibles
survey-template-strongly-disagree = Pas du tout d’accord
survey-template-strongly-agree = Tout à fait d’accord

## Yearly company performance
survey-template-company-performance-title = Performance annuelle des entreprises
survey-template-company-performance-intro = Le cluster rend compte de l’évolution de ses entreprises de manière agrégée, jamais individuellement. Indiquez les chiffres de votre dernier exercice clos ; laissez de côté ce que vous ne savez pas.
survey-template-section-people-and-money = Effectifs et finances
survey-template-employees = Salariés
survey-template-unit-people = personnes
survey-template-employees-help = Effectif au dernier jour de l’année
survey-template-turnover = Chiffre d’affaires
# The help text of the money questions (year_end).
survey-template-year-end-help = pour le dernier exercice clos
survey-template-exports = Chiffre d’affaires à l’export
survey-template-rd-spending = Dépenses de recherche et développement
survey-template-section-innovation-and-markets = Innovation et marchés
survey-template-new-products = Nouveaux produits ou services lancés dans l’année
survey-template-unit-products = produits
survey-template-new-foreign-markets = Pays où vous avez vendu pour la première fois dans l’année
survey-template-unit-countries = pays
survey-template-digital-maturity = Quel est le niveau de numérisation des processus de votre entreprise ?
survey-template-paper-and-email = Papier et e-mail
survey-template-fully-digital = Entièrement numérique et piloté par les données

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Consultation pour un nouveau plan stratégique
survey-template-strategy-consultation-intro = Le cluster prépare son plan stratégique pour les prochaines années. Dites-nous quelle direction il devrait prendre.
survey-template-section-challenges = Défis
survey-template-main-challenges = Quels sont les principaux défis de votre entreprise pour les trois prochaines années ?
survey-template-challenge-skilled-people = Trouver du personnel qualifié
survey-template-challenge-digitalisation = Transformation numérique
survey-template-challenge-decarbonisation = Décarbonation
survey-template-challenge-finance = Accès au financement
survey-template-challenge-new-markets = Nouveaux marchés
survey-template-challenge-regulation = Réglementation
survey-template-other-challenges = Autres défis
survey-template-section-cluster-priorities = Les priorités du cluster
survey-template-priorities = Quelle importance chaque domaine devrait-il avoir pour le cluster ?
survey-template-not-important = Pas important
survey-template-essential = Essentiel
survey-template-would-lead = Votre entreprise souhaiterait-elle piloter ou rejoindre un groupe de travail sur l’un de ces défis ?
survey-template-lead = Piloter
survey-template-join = Rejoindre
survey-template-not-now = Pas pour l’instant
survey-template-ideas = Idées de projets que le cluster pourrait lancer

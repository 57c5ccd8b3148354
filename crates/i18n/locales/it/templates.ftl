# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Eventi e networking
survey-template-service-market-intelligence = Informazione e analisi di mercato
survey-template-service-collaborative-projects = Supporto ai progetti collaborativi
survey-template-service-funding = Accesso a bandi e contributi
survey-template-service-training = Formazione
survey-template-service-internationalisation = Internazionalizzazione

## Member satisfaction
survey-template-member-satisfaction-title = Soddisfazione dei soci
survey-template-member-satisfaction-intro = Quanto il cluster risponde alle esigenze della Sua organizzazione? Le Sue risposte orientano il piano di lavoro del prossimo anno; la compilazione richiede circa cinque minuti.
survey-template-section-cluster-services = I servizi del cluster
survey-template-services-used = Quali servizi del cluster ha utilizzato la Sua organizzazione quest’anno?
survey-template-service-quality = Quanto è soddisfatto di ciascun servizio?
survey-template-very-dissatisfied = Molto insoddisfatto
survey-template-very-satisfied = Molto soddisfatto
survey-template-section-overall = Valutazione complessiva
survey-template-overall-satisfaction = Nel complesso, quanto è soddisfatto del cluster?
survey-template-recommend = Con quale probabilità consiglierebbe l’adesione a un partner?
survey-template-not-at-all-likely = Per niente probabile
survey-template-extremely-likely = Estremamente probabile
survey-template-renew = La Sua organizzazione rinnoverà l’adesione?
survey-template-yes = Sì
survey-template-probably = Probabilmente
survey-template-probably-not = Probabilmente no
survey-template-no = No
survey-template-renew-why-not = Che cosa La convincerebbe a restare?
survey-template-improve = Che cosa dovrebbe fare meglio il cluster, o iniziare a fare?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Orientamento strategico delle imprese
survey-template-strategic-attitude-intro = Come pianifica e coopera la Sua impresa, e come vede il cluster? Le risposte, aggregate, mostrano come cambiano negli anni le imprese del cluster.
survey-template-section-cooperation = Cooperazione
survey-template-openness-to-cooperation = Quanto è aperta la Sua impresa alla cooperazione con altre imprese e centri di ricerca?
survey-template-not-open-at-all = Per niente aperta
survey-template-very-open = Molto aperta
survey-template-cooperation-partners = Con chi ha collaborato negli ultimi tre anni?
survey-template-partner-regional-companies = Altre imprese della regione
survey-template-partner-universities = Università
survey-template-partner-research-centres = Centri di ricerca e tecnologici
survey-template-partner-companies-abroad = Imprese estere
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Nessuno
survey-template-section-strategy = Strategia
survey-template-strategic-planning = Come pianifica il proprio futuro la Sua impresa?
survey-template-planning-no-written-plan = Nessun piano scritto
survey-template-planning-yearly-budget = Un budget annuale
survey-template-planning-multi-year-plan = Un piano scritto pluriennale
survey-template-planning-reviewed-plan = Un piano scritto, rivisto ogni anno con indicatori
survey-template-innovation-priority = Che priorità ha l’innovazione tra gli obiettivi della Sua impresa?
survey-template-low = Bassa
survey-template-highest = Massima
survey-template-section-the-cluster = Il cluster
survey-template-perceived-value = Quanto valore apporta il cluster alla Sua impresa?
survey-template-very-much = Moltissimo
survey-template-cluster-effects = Quanto è d’accordo?
survey-template-effect-found-partners = Il cluster ci ha aiutato a trovare partner
survey-template-effect-new-markets = Il cluster ci ha aiutato a raggiungere nuovi mercati
survey-template-effect-visibility = Il cluster ci ha reso più visibili
survey-template-strongly-disagree = Per niente d’accordo
survey-template-strongly-agree = Completamente d’accordo

## Yearly company performance
survey-template-company-performance-title = Prestazioni annuali delle imprese
survey-template-company-performance-intro = Il cluster rende conto dell’andamento delle sue imprese in forma aggregata, mai singolarmente. Indichi i dati dell’ultimo esercizio chiuso; tralasci ciò che non conosce.
survey-template-section-people-and-money = Personale e dati economici
survey-template-employees = Dipendenti
survey-template-unit-people = persone
survey-template-employees-help = Numero di dipendenti all’ultimo giorno dell’anno
survey-template-turnover = Fatturato
# The help text of the money questions (year_end).
survey-template-year-end-help = relativo all’ultimo esercizio chiuso
survey-template-exports = Fatturato da esportazioni
survey-template-rd-spending = Spesa in ricerca e sviluppo
survey-template-section-innovation-and-markets = Innovazione e mercati
survey-template-new-products = Nuovi prodotti o servizi lanciati nell’anno
survey-template-unit-products = prodotti
survey-template-new-foreign-markets = Paesi in cui ha venduto per la prima volta nell’anno
survey-template-unit-countries = paesi
survey-template-digital-maturity = Quanto sono digitali i processi della Sua impresa?
survey-template-paper-and-email = Carta ed e-mail
survey-template-fully-digital = Completamente digitali e basati sui dati

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Consultazione per un nuovo piano strategico
survey-template-strategy-consultation-intro = Il cluster sta preparando il suo piano strategico per i prossimi anni. Ci dica in quale direzione dovrebbe andare.
survey-template-section-challenges = Sfide
survey-template-main-challenges = Quali sono le principali sfide della Sua impresa nei prossimi tre anni?
survey-template-challenge-skilled-people = Trovare personale qualificato
survey-template-challenge-digitalisation = Digitalizzazione
survey-template-challenge-decarbonisation = Decarbonizzazione
survey-template-challenge-finance = Accesso ai finanziamenti
survey-template-challenge-new-markets = Nuovi mercati
survey-template-challenge-regulation = Normativa
survey-template-other-challenges = Altre sfide
survey-template-section-cluster-priorities = Le priorità del cluster
survey-template-priorities = Quanto dovrebbe essere importante ciascun ambito per il cluster?
survey-template-not-important = Non importante
survey-template-essential = Essenziale
survey-template-would-lead = La Sua impresa guiderebbe un gruppo di lavoro su una delle sfide indicate, o vi parteciperebbe?
survey-template-lead = Guidare
survey-template-join = Partecipare
survey-template-not-now = Non ora
survey-template-ideas = Idee per progetti che il cluster potrebbe avviare

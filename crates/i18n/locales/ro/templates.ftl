# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Evenimente și networking
survey-template-service-market-intelligence = Informații și analize de piață
survey-template-service-collaborative-projects = Sprijin pentru proiecte de colaborare
survey-template-service-funding = Acces la programe de finanțare
survey-template-service-training = Instruire
survey-template-service-internationalisation = Internaționalizare

## Member satisfaction
survey-template-member-satisfaction-title = Satisfacția membrilor
survey-template-member-satisfaction-intro = Cât de bine răspunde clusterul nevoilor organizației dumneavoastră? Răspunsurile dumneavoastră stau la baza planului de lucru pentru anul viitor; completarea durează aproximativ cinci minute.
survey-template-section-cluster-services = Serviciile clusterului
survey-template-services-used = Ce servicii ale clusterului a folosit organizația dumneavoastră în acest an?
survey-template-service-quality = Cât de mulțumit sunteți de fiecare serviciu?
survey-template-very-dissatisfied = Foarte nemulțumit
survey-template-very-satisfied = Foarte mulțumit
survey-template-section-overall = Evaluare generală
survey-template-overall-satisfaction = În ansamblu, cât de mulțumit sunteți de cluster?
survey-template-recommend = Cât de probabil este să recomandați unui partener calitatea de membru al clusterului?
survey-template-not-at-all-likely = Deloc probabil
survey-template-extremely-likely = Extrem de probabil
survey-template-renew = Își va reînnoi organizația dumneavoastră calitatea de membru?
survey-template-yes = Da
survey-template-probably = Probabil
survey-template-probably-not = Probabil că nu
survey-template-no = Nu
survey-template-renew-why-not = Ce v-ar determina să rămâneți?
survey-template-improve = Ce ar trebui clusterul să facă mai bine sau să înceapă să facă?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Atitudinea strategică a companiilor
survey-template-strategic-attitude-intro = Cum își planifică compania dumneavoastră activitatea, cum cooperează și cum vede clusterul? Agregate, răspunsurile arată cum evoluează companiile clusterului de-a lungul anilor.
survey-template-section-cooperation = Cooperare
survey-template-openness-to-cooperation = Cât de deschisă este compania dumneavoastră la cooperarea cu alte companii și cu centre de cercetare?
survey-template-not-open-at-all = Deloc deschisă
survey-template-very-open = Foarte deschisă
survey-template-cooperation-partners = Cu cine ați cooperat în ultimii trei ani?
survey-template-partner-regional-companies = Alte companii din regiune
survey-template-partner-universities = Universități
survey-template-partner-research-centres = Centre de cercetare și tehnologice
survey-template-partner-companies-abroad = Companii din străinătate
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Niciunul
survey-template-section-strategy = Strategie
survey-template-strategic-planning = Cum își planifică compania dumneavoastră viitorul?
survey-template-planning-no-written-plan = Niciun plan scris
survey-template-planning-yearly-budget = Un buget anual
survey-template-planning-multi-year-plan = Un plan scris pe mai mulți ani
survey-template-planning-reviewed-plan = Un plan scris, revizuit anual pe baza unor indicatori
survey-template-innovation-priority = Ce prioritate are inovarea printre obiectivele companiei dumneavoastră?
survey-template-low = Scăzută
survey-template-highest = Maximă
survey-template-section-the-cluster = Clusterul
survey-template-perceived-value = Cât de mare este aportul clusterului pentru compania dumneavoastră?
survey-template-very-much = Foarte mare
survey-template-cluster-effects = În ce măsură sunteți de acord?
survey-template-effect-found-partners = Clusterul ne-a ajutat să găsim parteneri
survey-template-effect-new-markets = Clusterul ne-a ajutat să pătrundem pe piețe noi
survey-template-effect-visibility = Clusterul ne-a făcut mai vizibili
survey-template-strongly-disagree = Total dezacord
survey-template-strongly-agree = Total de acord

## Yearly company performance
survey-template-company-performance-title = Performanța anuală a companiilor
survey-template-company-performance-intro = Clusterul raportează evoluția companiilor sale doar agregat, niciodată individual. Vă rugăm să indicați cifrele ultimului exercițiu financiar încheiat; omiteți ce nu știți.
survey-template-section-people-and-money = Personal și finanțe
survey-template-employees = Angajați
survey-template-unit-people = persoane
survey-template-employees-help = Numărul de angajați în ultima zi a anului
survey-template-turnover = Cifra de afaceri
# The help text of the money questions (year_end).
survey-template-year-end-help = pentru ultimul exercițiu financiar încheiat
survey-template-exports = Cifra de afaceri din exporturi
survey-template-rd-spending = Cheltuieli de cercetare-dezvoltare
survey-template-section-innovation-and-markets = Inovare și piețe
survey-template-new-products = Produse sau servicii noi lansate în cursul anului
survey-template-unit-products = produse
survey-template-new-foreign-markets = Țări în care ați vândut pentru prima dată în cursul anului
survey-template-unit-countries = țări
survey-template-digital-maturity = Cât de digitalizate sunt procesele companiei dumneavoastră?
survey-template-paper-and-email = Hârtie și e-mail
survey-template-fully-digital = Complet digitale și bazate pe date

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Consultare pentru un nou plan strategic
survey-template-strategy-consultation-intro = Clusterul își pregătește planul strategic pentru anii următori. Spuneți-ne încotro ar trebui să se îndrepte.
survey-template-section-challenges = Provocări
survey-template-main-challenges = Care sunt principalele provocări ale companiei dumneavoastră în următorii trei ani?
survey-template-challenge-skilled-people = Găsirea de personal calificat
survey-template-challenge-digitalisation = Digitalizare
survey-template-challenge-decarbonisation = Decarbonizare
survey-template-challenge-finance = Acces la finanțare
survey-template-challenge-new-markets = Piețe noi
survey-template-challenge-regulation = Reglementări
survey-template-other-challenges = Alte provocări
survey-template-section-cluster-priorities = Prioritățile clusterului
survey-template-priorities = Cât de important ar trebui să fie fiecare domeniu pentru cluster?
survey-template-not-important = Neimportant
survey-template-essential = Esențial
survey-template-would-lead = Ar fi dispusă compania dumneavoastră să conducă un grup de lucru pe una dintre aceste provocări sau să se alăture unuia?
survey-template-lead = Ar conduce
survey-template-join = S-ar alătura
survey-template-not-now = Nu acum
survey-template-ideas = Idei de proiecte pe care clusterul le-ar putea iniția

# Tipi di organizzazione: la tripla elica e ciò che le sta intorno.
organisation-kind-company = Impresa
organisation-kind-university = Università
organisation-kind-research-centre = Centro di ricerca o tecnologico
organisation-kind-public-administration = Pubblica amministrazione
organisation-kind-association = Associazione
organisation-kind-investor = Investitore
organisation-kind-other = Altro

# Le classi dimensionali PMI dell’UE (Raccomandazione 2003/361/CE della Commissione).
size-class-micro = Microimpresa
size-class-small = Piccola impresa
size-class-medium = Media impresa
size-class-large = Grande impresa
size-class-unknown = Dimensione non nota

# Tipi di interazione con un’organizzazione.
interaction-kind-meeting = Riunione
interaction-kind-call = Telefonata
interaction-kind-email = Email
interaction-kind-visit = Visita
interaction-kind-interview = Intervista

# Canali attraverso cui una persona acconsente a essere contattata.
channel-email = Email
channel-phone = Telefono
channel-post = Posta

# Che cosa è stato fatto con i dati di una persona (registro GDPR).
privacy-action-export = Dati esportati
privacy-action-erasure = Dati cancellati
# Gli indicatori standard del sistema di monitoraggio: nome e definizione di ciascuno.

indicator-events-held = Eventi svolti
indicator-events-held-description = Eventi dell’anno non annullati, per tipo nel dettaglio.

indicator-participants = Partecipanti
indicator-participants-description = Presenze registrate agli eventi dell’anno (una persona presente a due eventi conta due volte).

indicator-members-reached = Soci raggiunti
indicator-members-reached-description = Soci con almeno una persona presente a un evento dell’anno.

indicator-participation-rate = Tasso di partecipazione
indicator-participation-rate-description = Soci che hanno preso parte ad almeno un’attività (evento, servizio, sondaggio) o progetto nell’anno, sul totale dei soci.

indicator-average-satisfaction = Soddisfazione media
indicator-average-satisfaction-description = Risposta media alla domanda generale del sondaggio di soddisfazione (da 1 a 5), delle campagne che si chiudono nell’anno.

indicator-new-members = Nuovi soci
indicator-new-members-description = Adesioni iniziate nell’anno.

indicator-retention-rate = Tasso di fidelizzazione
indicator-retention-rate-description = Dei soci a inizio anno, la quota ancora socia a fine anno.

indicator-interactions-logged = Interazioni registrate
indicator-interactions-logged-description = Telefonate, riunioni, visite ed email con organizzazioni registrate nell’anno.

indicator-active-member-share = Quota di soci attivi
indicator-active-member-share-description = Soci che sono attori attivi secondo la regola del cluster (progetti o attività nell’anno), sul totale dei soci.

indicator-members = Soci
indicator-members-description = Organizzazioni socie a fine anno (o oggi, ad anno in corso).

indicator-active-actors = Attori attivi
indicator-active-actors-description = Soci che hanno preso parte ad almeno un progetto o due attività nell’anno (la regola del cluster fissa i numeri).

indicator-active-smes = PMI attive
indicator-active-smes-description = Attori attivi che sono micro, piccole o medie imprese.

indicator-working-groups-met = Gruppi di lavoro riuniti
indicator-working-groups-met-description = Gruppi di lavoro con almeno una riunione nell’anno.

indicator-media-mentions = Citazioni sui media
indicator-media-mentions-description = Articoli, servizi radiotelevisivi e pubblicazioni sul cluster nell’anno, inseriti con la relativa rassegna stampa come evidenza.

indicator-projects-running = Progetti in corso
indicator-projects-running-description = Progetti in corso nell’anno, per fase nel dettaglio.

indicator-aligned-share = Quota allineata a una sfida
indicator-aligned-share-description = Dei progetti dell’anno, quelli che servono almeno una sfida della strategia.

indicator-members-in-projects = Soci nei progetti
indicator-members-in-projects-description = Soci che partecipano a un progetto dell’anno.

indicator-sme-share = Quota di PMI tra i partecipanti
indicator-sme-share-description = Delle organizzazioni socie nei progetti dell’anno di cui è nota la dimensione, le PMI.

indicator-budget-mobilised = Budget mobilitato
indicator-budget-mobilised-description = I budget dei progetti avviati nell’anno (ciascuno contato una volta, nel suo primo anno).

indicator-public-funding = Finanziamenti pubblici ottenuti
indicator-public-funding-description = Finanziamenti pubblici ottenuti dai progetti finanziati avviati nell’anno.

indicator-private-funding = Finanziamenti privati ottenuti
indicator-private-funding-description = Finanziamenti privati ottenuti dai progetti finanziati avviati nell’anno.

indicator-inter-cluster-projects = Progetti intercluster
indicator-inter-cluster-projects-description = I progetti dell’anno con un cluster partner o nell’ambito intercluster.

indicator-projects-approved = Progetti approvati
indicator-projects-approved-description = Progetti avviati nell’anno che hanno ottenuto il finanziamento (finanziati, in corso o completati), compresi quelli intercluster.

indicator-international-projects = Collaborazioni internazionali
indicator-international-projects-description = I progetti dell’anno con un partecipante di un altro paese: un’organizzazione, un cluster partner o un ente esterno.

indicator-fees-billed = Quote fatturate
indicator-fees-billed-description = Fatture delle quote del periodo associativo dell’anno, al netto delle note di credito.

indicator-fees-collected = Quote incassate
indicator-fees-collected-description = La parte pagata delle quote fatturate.

indicator-fixed-cost-coverage = Copertura dei costi fissi
indicator-fixed-cost-coverage-description = Entrate ricorrenti della struttura (quote, sostegno pubblico alla struttura, servizi ricorrenti) sui costi di struttura, in numero di volte (consuntivo).

indicator-private-share = Quota privata delle entrate
indicator-private-share-description = Entrate private (quote, servizi, sponsorizzazioni, contributi privati) sul totale delle entrate (consuntivo).

indicator-public-dependency = Dipendenza pubblica
indicator-public-dependency-description = Entrate pubbliche sul totale delle entrate (consuntivo).

indicator-staff-fte = Personale in ETP
indicator-staff-fte-description = Gli equivalenti a tempo pieno del team a fine anno (o oggi).

indicator-members-per-fte = Soci per ETP
indicator-members-per-fte-description = Soci a fine anno sugli ETP del team.

indicator-action-lines-on-track = Linee del piano d’azione in linea
indicator-action-lines-on-track-description = Linee del piano d’azione dell’anno in linea o completate, sul totale delle sue linee.

indicator-board-meetings = Riunioni del consiglio direttivo
indicator-board-meetings-description = Riunioni del consiglio direttivo dell’anno, non annullate.

indicator-fee-coverage = Copertura dalle quote
indicator-fee-coverage-description = Entrate da quote associative sui costi di struttura, in numero di volte (consuntivo).

indicator-services-share = Quota dei servizi
indicator-services-share-description = Entrate da servizi sul totale delle entrate (consuntivo).

indicator-fee-concentration = Concentrazione delle quote
indicator-fee-concentration-description = Entrate da quote pagate dai cinque maggiori contribuenti sulle entrate da quote fatturate (consuntivo).

indicator-project-leverage = Effetto leva dei progetti
indicator-project-leverage-description = Finanziamenti di progetto mobilitati per i partecipanti sui costi di struttura, in numero di volte (consuntivo).

indicator-runway = Autonomia
indicator-runway-description = Mesi di costi di struttura coperti dalle riserve: riserve × 12 sui costi di struttura.

indicator-triple-helix-kinds = Tipi di soci della tripla elica
indicator-triple-helix-kinds-description = Tra impresa (imprese, investitori), conoscenza (università, centri di ricerca e tecnologici) e pubblica amministrazione, quanti tipi sono presenti tra i soci.

indicator-strategy-documented = Strategia e piano d’azione documentati
indicator-strategy-documented-description = 1 se una strategia copre l’anno con almeno una sfida e l’anno ha un piano d’azione con almeno una linea; altrimenti 0.

indicator-strategy-reviews = Revisioni della strategia
indicator-strategy-reviews-description = Revisioni della strategia che copre l’anno, e del suo piano d’azione, registrate nell’anno.

indicator-internet-presence = Presenza su internet
indicator-internet-presence-description = 1 se il sito web del cluster mostra la sua attività attuale (notizie o eventi dell’anno), inserito con l’indirizzo del sito come evidenza; altrimenti 0.

indicator-turnover-growth = Crescita del fatturato
indicator-turnover-growth-description = Variazione del fatturato dei soci rispetto all’anno precedente, sui soci con dati per entrambi gli anni.

indicator-employment-growth = Crescita dell’occupazione
indicator-employment-growth-description = Variazione dei dipendenti dei soci rispetto all’anno precedente, sui soci con dati per entrambi gli anni.

indicator-export-share = Quota di export
indicator-export-share-description = Le esportazioni dei soci sul loro fatturato, sui soci con entrambi i dati.

indicator-rd-intensity = Intensità di R&S
indicator-rd-intensity-description = La spesa in R&S dei soci sul loro fatturato, sui soci con entrambi i dati.

indicator-innovating-share = Quota di soci che innovano
indicator-innovating-share-description = Dei soci con dati per l’anno, quelli con almeno un nuovo prodotto.

indicator-new-foreign-markets = Nuovi mercati esteri
indicator-new-foreign-markets-description = Nuovi mercati esteri in cui i soci sono entrati nell’anno.

indicator-digital-maturity = Maturità digitale
indicator-digital-maturity-description = La maturità digitale media dei soci (da 1 a 5).

indicator-openness-to-cooperation = Apertura alla cooperazione
indicator-openness-to-cooperation-description = Risposta media alla domanda del sondaggio sull’atteggiamento strategico relativa all’apertura alla cooperazione, delle campagne che si chiudono nell’anno.

indicator-planning-maturity = Maturità della pianificazione strategica
indicator-planning-maturity-description = Livello medio di pianificazione nel sondaggio sull’atteggiamento strategico (da 1 nessun piano scritto a 4 un piano rivisto ogni anno con indicatori), delle campagne che si chiudono nell’anno.

indicator-perceived-value = Valore percepito del cluster
indicator-perceived-value-description = Risposta media alla domanda del sondaggio sull’atteggiamento strategico relativa al valore del cluster, delle campagne che si chiudono nell’anno.


# Gli indici economici del soggetto gestore del cluster: nome e formula di ciascuno.

ratio-fixed-cost-coverage = Copertura dei costi fissi
ratio-fixed-cost-coverage-formula = entrate ricorrenti della struttura (quote associative, sostegno pubblico alla struttura e servizi ricorrenti) / costi di struttura
ratio-fixed-cost-coverage-goal = 1,00 o più: costi fissi coperti da entrate fisse

ratio-private-share = Quota privata
ratio-private-share-formula = entrate private (quote, servizi, sponsorizzazioni, contributi privati in denaro o in natura) / entrate totali

ratio-public-dependency = Dipendenza pubblica
ratio-public-dependency-formula = entrate pubbliche / entrate totali

ratio-fee-coverage = Copertura dalle quote
ratio-fee-coverage-formula = entrate da quote associative / costi di struttura

ratio-services-share = Quota dei servizi
ratio-services-share-formula = entrate da servizi / entrate totali

ratio-fee-concentration = Concentrazione delle quote
ratio-fee-concentration-formula = entrate da quote pagate dai cinque maggiori contribuenti / entrate da quote fatturate

ratio-project-leverage = Effetto leva dei progetti
ratio-project-leverage-formula = finanziamenti di progetto mobilitati per i partecipanti / costi di struttura

ratio-runway = Autonomia
ratio-runway-formula = mesi di costi di struttura coperti dalle riserve: riserve × 12 / costi di struttura

# I set di indicatori forniti con clusterdesk: il nome e la descrizione di ciascun set e i nomi delle sue righe.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: soglia di iscrizione
indicator-set-eccp-listing-description = Ciò che la European Cluster Collaboration Platform chiede a un’organizzazione cluster prima di iscriverla, e ciò che un marchio di qualità richiede in primo luogo: un team di gestione di almeno 0,5 ETP, almeno 15 soci impegnati, almeno due tipi di soci della tripla elica e un sito web che mostri un’attività reale.
indicator-set-eccp-listing-line-f1 = Un team di gestione di almeno 0,5 ETP
indicator-set-eccp-listing-line-f2 = Almeno 15 soci impegnati
indicator-set-eccp-listing-line-f3 = Almeno due tipi di soci (tripla elica)
indicator-set-eccp-listing-line-f4 = Un sito web che mostri un’attività reale

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: preparazione al marchio
indicator-set-label-readiness-description = Le aree di indicatori del marchio (struttura, gestione e governance, finanziamento, strategia e servizi, risultati e riconoscimento) lette dai dati del cluster, con le evidenze disponibili per ciascuna. Le soglie proprie del marchio per ciascun indicatore non sono pubbliche: qui si applicano quelle della soglia di iscrizione, dove ne è prevista una. Per tenere soglie proprie occorre copiare il set.
indicator-set-label-readiness-line-1-2 = Composizione dei partecipanti (tripla elica)
indicator-set-label-readiness-line-1-3 = Numero di partecipanti impegnati
indicator-set-label-readiness-line-2-2 = Risorse umane della gestione del cluster
indicator-set-label-readiness-line-3-2 = Quota di finanziamento privato
indicator-set-label-readiness-line-4-2 = Strategia documentata con un piano d’azione
indicator-set-label-readiness-line-4-5 = Revisione della strategia e del piano d’azione
indicator-set-label-readiness-line-4-10 = Gruppi di lavoro
indicator-set-label-readiness-line-4-12 = Presenza su internet
indicator-set-label-readiness-line-5-1 = Riconoscimento nelle pubblicazioni e nei media
indicator-set-label-readiness-line-5-2 = Storie di successo
indicator-set-label-readiness-line-5-3 = Misurazione della soddisfazione dei soci

# regional_programme
indicator-set-regional-programme = Programma regionale per i cluster: indicatori di politica
indicator-set-regional-programme-description = Gli indicatori che un programma regionale per i cluster chiede ai cluster che finanzia: attori attivi (soci coinvolti ogni anno in almeno un progetto di innovazione o in due attività legate all’innovazione) e le PMI tra di essi, progetti approvati (inclusi quelli intercluster), collaborazioni internazionali e la crescita del fatturato e dell’occupazione dei soci. Gli obiettivi del programma sono gli obiettivi del cluster per gli stessi indicatori.
indicator-set-regional-programme-line-p1 = Attori attivi
indicator-set-regional-programme-line-p2 = PMI attive
indicator-set-regional-programme-line-p3 = Progetti approvati
indicator-set-regional-programme-line-p3-1 = di cui progetti intercluster
indicator-set-regional-programme-line-p4 = Collaborazioni internazionali
indicator-set-regional-programme-line-p5 = Crescita del fatturato dei soci
indicator-set-regional-programme-line-p6 = Crescita dell’occupazione dei soci

# monitoring
indicator-set-monitoring = Il sistema di monitoraggio
indicator-set-monitoring-description = Tutti gli indicatori del catalogo, predefiniti e propri del cluster, confrontati con gli obiettivi fissati dal cluster.

# Messaggi dei casi d’uso dell’applicazione: rifiuti e ciò che una pagina o una risposta dell’API dice dei dati (monitoraggio, fatture, sondaggi, eventi, adesioni, iscrizioni, estratti conto, coinvolgimento, economia, progetti, servizi, catena del valore, segmenti, interazioni, set di indicatori, ciò che richiede attenzione).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } evento frequentato
       *[other] { $count } eventi frequentati
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } attività
       *[other] { $count } attività
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } progetto
       *[other] { $count } progetti
    }
invalid-app-monitoring-active = attivo
invalid-app-monitoring-not-active = non attivo
invalid-app-monitoring-sme = PMI
invalid-app-monitoring-large = grande
invalid-app-monitoring-size-unknown = dimensione non nota
invalid-app-monitoring-strand-business =
    { $count ->
        [one] impresa ({ $count } socio)
       *[other] impresa ({ $count } soci)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] conoscenza ({ $count } socio)
       *[other] conoscenza ({ $count } soci)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] pubblica amministrazione ({ $count } socio)
       *[other] pubblica amministrazione ({ $count } soci)
    }
invalid-app-monitoring-memberships-began = Adesioni iniziate nel { $period }
invalid-app-monitoring-members-lost = Soci all’inizio che non sono più soci
invalid-app-monitoring-fee-invoices-of = Fatture delle quote del { $period }
invalid-app-monitoring-paid = Pagato
invalid-app-monitoring-still-owed = Ancora dovuto
invalid-app-monitoring-attended = { $count } presenti
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } riunione
       *[other] { $count } riunioni
    }
invalid-app-monitoring-serves-a-challenge = serve una sfida
invalid-app-monitoring-serves-no-challenge = non serve alcuna sfida
invalid-app-monitoring-numerator = Numeratore
invalid-app-monitoring-denominator = Denominatore
invalid-app-monitoring-members = Soci
invalid-app-monitoring-fte = ETP
invalid-app-monitoring-no-strategy = Nessuna strategia copre l’anno
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } sfida
       *[other] { $count } sfide
    }
invalid-app-monitoring-action-plan = Piano d’azione { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } linea
       *[other] { $count } linee
    }
invalid-app-monitoring-reviewed-by = Rivista da { $name }
invalid-app-monitoring-part-of = { $part } su { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } nuovo prodotto
       *[other] { $count } nuovi prodotti
    }
invalid-app-monitoring-campaign-closed = { $title } (chiusa)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } risposta, media { $mean }
       *[other] { $count } risposte, media { $mean }
    }
invalid-app-monitoring-entered-by = Inserito da { $name }
invalid-app-monitoring-name-required = dai un nome all’indicatore
invalid-app-monitoring-at-most-200 = al massimo 200 caratteri
invalid-app-monitoring-control-character = contiene un carattere di controllo
invalid-app-monitoring-at-most-2000 = al massimo 2000 caratteri
invalid-app-monitoring-own-source = gli indicatori propri del cluster si inseriscono a mano, con formule o da domande di sondaggio
invalid-app-monitoring-not-a-key = «{ $key }» non è una chiave: lettere minuscole, cifre e _, iniziando con una lettera, al massimo 40
invalid-app-monitoring-key-taken = «{ $key }» è la chiave di { $name } ({ $code }); scegline un’altra
invalid-app-monitoring-not-a-question-key = «{ $key }» non è la chiave di una domanda
invalid-app-monitoring-question-required = indica la domanda di cui l’indicatore prende la risposta media
invalid-app-monitoring-formula-periodicity = «{ $key }» è { $periodicity }, la formula { $own }: una formula legge indicatori della propria periodicità
invalid-app-monitoring-added-meanwhile = nello stesso momento è stato aggiunto un altro indicatore con questa chiave o questo codice; invia di nuovo
invalid-app-monitoring-read-by-formula = la formula di { $name } ({ $code }) legge «{ $key }»; modificala prima
invalid-app-monitoring-give-a-year = { $name } è { $periodicity }: indica un anno, ad esempio 2025
invalid-app-monitoring-give-a-quarter = { $name } è { $periodicity }: indica un trimestre, ad esempio 2025-Q3
invalid-app-monitoring-not-typed = { $name } è { $source }: i suoi valori non si digitano
invalid-app-monitoring-value-required = indica il valore
invalid-app-monitoring-at-most-1000 = al massimo 1.000 caratteri
invalid-app-monitoring-not-an-id = «{ $value }» non è un identificativo
invalid-app-monitoring-no-such-evidence = questo elemento non è nell’archivio delle evidenze
invalid-app-monitoring-title-required = dagli un titolo
invalid-app-monitoring-file-empty = il file è vuoto
invalid-app-monitoring-file-too-large = un file è al massimo di { $size } MiB
invalid-app-monitoring-file-kind = l’archivio conserva documenti, fogli di calcolo, immagini e testi (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = indica un link o un file, non entrambi
invalid-app-monitoring-link-or-file = indica un link o scegli un file
invalid-app-monitoring-no-such-indicator = «{ $key }» non è un indicatore del cluster
invalid-app-monitoring-store-full = l’archivio delle evidenze contiene al massimo { $size } MiB per il cluster: rimuovi prima i file vecchi
invalid-app-invoice-fee-kind = una quota associativa si fattura dalla sua adesione, con il prezzo del suo tipo e collegata a essa perché nessun rinnovo fatturi di nuovo il periodo (la pagina dell’adesione, o POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = «{ $value }» non è un tipo di fattura; usa service o event
invalid-app-invoice-organisation-required = scegli l’organizzazione destinataria della fattura
invalid-app-invoice-line-quantity = riga { $line }: la quantità «{ $value }» non è un numero intero da 1 a 1.000.000
invalid-app-invoice-line-price = riga { $line }: il prezzo { $problem }
invalid-app-invoice-line-description = riga { $line }: indica a cosa si riferisce
invalid-app-invoice-line-description-long = riga { $line }: la descrizione deve restare sotto i 300 caratteri
invalid-app-invoice-no-line = una fattura ha bisogno di almeno una riga
invalid-app-invoice-nothing-asked = le righe non danno alcun totale; una fattura deve chiedere un importo superiore a zero
invalid-app-invoice-issued-already = la fattura { $number } è già emessa
invalid-app-invoice-draft-gone = nel frattempo la bozza è stata emessa o eliminata
invalid-app-invoice-issued-not-deleted = la fattura { $number } è emessa: non si può eliminare; annullala (se non è stato pagato nulla) o correggila con una nota di credito
invalid-app-invoice-void-reason = spiega in poche parole perché viene annullata
invalid-app-invoice-credit-reason = spiega in poche parole cosa corregge la nota di credito
invalid-app-invoice-credit-amount = un accredito tra 0 e { $amount }, quanto resta della fattura
invalid-app-invoice-payment-in-future = un pagamento non si può registrare prima di essere ricevuto
invalid-app-invoice-payment-zero = un pagamento è superiore a zero
invalid-app-invoice-overpayment = { $amount } è più dei { $owed } ancora dovuti su { $number }; conferma il pagamento in eccesso per tenere i { $rest } in più come credito del cliente
invalid-app-invoice-reverse-reason = spiega in poche parole perché il pagamento viene stornato
invalid-app-invoice-credit-spent = { $kept } di questo pagamento sono stati tenuti come credito del cliente, e di quel credito restano solo { $left }: storna prima i pagamenti che lo hanno usato
invalid-app-invoice-nothing-outstanding = non resta nulla da pagare sulla fattura { $number }
invalid-app-invoice-no-credit-to-use = il cliente non ha credito da usare
invalid-app-invoice-refund-note = spiega in poche parole come è stato rimborsato il credito
invalid-app-invoice-refund-amount = un rimborso tra 0 e { $amount }, il credito del cliente
invalid-app-invoice-no-credit-to-refund = il cliente non ha credito da rimborsare
invalid-app-invoice-after-today = { $day } è dopo oggi
invalid-app-invoice-statement-stopped = { $problem }; non è stato registrato nulla: importa di nuovo l’estratto conto
invalid-app-invoice-payments-kept-changing = i pagamenti del cluster hanno continuato a cambiare mentre si leggeva l’estratto conto; importalo di nuovo
billing-matched-by-number = numero di fattura
billing-matched-by-vat = partita IVA e importo
invalid-app-invoice-no-such-number = non esiste la fattura { $number }
invalid-app-invoice-mail-not-set-up = la posta non è configurata: imposta CLUSTERDESK_SMTP_URL (e CLUSTERDESK_MAIL_FROM) per inviare solleciti
invalid-app-invoice-not-an-iban = non è un IBAN (due lettere, poi da 13 a 32 lettere e cifre)
invalid-app-invoice-not-an-email = non è un indirizzo email
invalid-app-survey-no-such-question = il questionario non ha la domanda «{ $key }»
invalid-app-survey-choose-section = scegli una sezione
invalid-app-survey-question-depended-on = «{ $question }» viene mostrata in base a questa domanda: modificala o rimuovila prima
invalid-app-survey-no-such-section = questa sezione non esiste
invalid-app-survey-section-not-empty = la sezione ha ancora domande: spostale o rimuovile prima
invalid-app-survey-before-today = { $day } è prima di oggi
invalid-app-survey-questionnaire-archived = il questionario è archiviato: ripristinalo per inviarlo
invalid-app-survey-questionnaire-empty = il questionario non chiede ancora nulla: aggiungi prima una domanda
invalid-app-survey-mail-not-set-up = la posta non è configurata: imposta CLUSTERDESK_SMTP_URL per inviare un sondaggio
invalid-app-survey-left-out-archived = archiviato
invalid-app-survey-left-out-no-email = nessun indirizzo email
invalid-app-survey-left-out-no-consent = nessun consenso permanente ai sondaggi via email
invalid-app-survey-nobody-to-invite = a nessun contatto del segmento { $segment } si può inviare un sondaggio ({ $count } contatti, nessuno con un consenso permanente ai sondaggi via email)
invalid-app-survey-campaign-closed = la campagna si è chiusa il { $day }: non accetta più risposte
invalid-app-survey-mail-not-set-up-reminders = la posta non è configurata: imposta CLUSTERDESK_SMTP_URL per inviare promemoria
invalid-app-survey-answers-sent = queste risposte sono già state inviate; grazie
invalid-app-survey-closed = il sondaggio si è chiuso il { $day }
invalid-app-survey-not-a-size-class = «{ $value }» deve essere micro, small, medium o large
invalid-app-survey-anonymous-no-kind = le risposte di una campagna anonima non conservano il tipo né la classe dimensionale dell’organizzazione per filtrare
invalid-app-survey-anonymous-no-organisation = le risposte di una campagna anonima non hanno un’organizzazione per filtrare
invalid-app-event-cancelled-already = l’evento è già annullato
invalid-app-event-nobody-moves-up = l’evento è concluso o annullato: nessuno sale più dalla lista d’attesa
invalid-app-event-registration-cancelled-already = l’iscrizione è già annullata
invalid-app-event-subject-one-line = deve stare su una riga
invalid-app-event-mail-not-set-up = la posta non è configurata: imposta CLUSTERDESK_SMTP_URL per inviare email
invalid-app-event-no-address = nessuna delle persone scelte ha un indirizzo email
invalid-app-event-check-in-too-early = l’evento è il { $day }: la presenza si registra da quel giorno in poi, all’accoglienza o dopo
invalid-app-event-check-in-no-seat = si può registrare all’accoglienza solo chi ha un posto; assegnagli prima un posto
invalid-app-membership-starts-before-applied = un’adesione non può iniziare prima di essere stata richiesta
invalid-app-membership-type-not-open = il tipo { $type } non è aperto alle organizzazioni del tipo { $kind }
invalid-app-membership-one-at-a-time = l’organizzazione ha già un’adesione; chiudila prima di aggiungerne un’altra
invalid-app-membership-not-accepted-yet = richiesta, non ancora accettata
invalid-app-membership-starts-after-period = inizia il { $day }, dopo il periodo
invalid-app-membership-joined-after-rollover = aderito dopo il giorno di passaggio; prima quota per { $period }
invalid-app-membership-terminated-before = cessata prima del periodo
invalid-app-membership-suspended = sospesa
invalid-app-membership-invoiced-already = già fatturata per questo periodo
invalid-app-membership-cannot-be-priced = il prezzo non si può calcolare: { $problem }
invalid-app-membership-pro-rata = { $explanation }; pro rata dal { $day }
invalid-app-membership-no-fee = nessuna quota
invalid-app-membership-not-a-renewal-year = { $year } non è un anno per cui un cluster rinnova
invalid-app-membership-no-such-year = questo anno non esiste
invalid-app-membership-from-acceptance = dall’accettazione
invalid-app-membership-invoiced-by-another-run = fatturata nel frattempo da un’altra esecuzione
invalid-app-membership-moved-meanwhile = nel frattempo l’adesione è passata a un’altra organizzazione; riprova
invalid-app-membership-terminated = l’adesione è cessata; aggiungine invece una nuova
invalid-app-membership-accepted-already = l’adesione è già accettata
invalid-app-membership-suspended-already = l’adesione è già sospesa
invalid-app-membership-suspend-not-accepted = solo un’adesione accettata può essere sospesa
invalid-app-membership-not-suspended = l’adesione non è sospesa
invalid-app-membership-ends-before-applied = un’adesione non può finire prima di essere stata richiesta
invalid-app-registration-confirmed-already = questa iscrizione è già confermata: l’email che ti abbiamo inviato contiene il tuo link personale
invalid-app-registration-declined = questa iscrizione è stata rifiutata dal team
invalid-app-registration-held = il team sta esaminando questa iscrizione: non si può confermare dal link
invalid-app-registration-awaiting-confirmation = questa iscrizione attende la conferma del visitatore via email
invalid-app-registration-contact-archived = { $name } è archiviato: ripristina il contatto prima di iscriverlo
invalid-app-registration-no-such-contact = nessun contatto attuale del cluster ha questa email: aggiungi prima la persona alla sua organizzazione
invalid-app-registration-closed = le iscrizioni sono chiuse: l’evento è concluso o annullato
invalid-app-statement-too-large = l’estratto conto supera { $size } MiB; dividilo per mese
invalid-app-statement-no-date-column = l’estratto conto non ha una colonna della data; chiama 'date' una delle sue colonne (trovate: { $found })
invalid-app-statement-no-amount-column = l’estratto conto non ha una colonna dell’importo; chiamane una 'amount', o due 'credit' e 'debit' (trovate: { $found })
invalid-app-statement-no-credit-or-debit = la riga non ha né un accredito né un addebito
invalid-app-statement-not-utf8 = l’estratto conto XML non è in UTF-8
invalid-app-statement-unreadable = l’estratto conto XML non si può leggere: { $problem }
invalid-app-statement-not-camt = il file XML non è un estratto conto CAMT.053 (la sua radice non contiene BkToCstmrStmt, ma { $found })
invalid-app-statement-not-camt-empty = il file XML non è un estratto conto CAMT.053 (la sua radice non contiene BkToCstmrStmt, ma niente)
invalid-app-statement-entry-no-date = il movimento non ha una data contabile né una data valuta (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = il movimento non ha un importo (Amt)
invalid-app-statement-entry-direction = il segno del movimento è { $value }; CdtDbtInd è CRDT o DBIT
invalid-app-statement-no-entries = l’estratto conto CAMT.053 non contiene movimenti (Ntry)
invalid-app-engagement-in-group-already = la persona è già nel gruppo
invalid-app-engagement-mail-not-set-up = la posta non è configurata: imposta CLUSTERDESK_SMTP_URL per chiedere un feedback
invalid-app-engagement-feedback-too-early = il feedback si chiede una volta concluso l’evento
invalid-app-engagement-feedback-not-open = il feedback è per chi è venuto, una volta concluso l’evento
invalid-app-engagement-rating = scegli da 1 (scarso) a 5 (eccellente)
invalid-app-engagement-average = { $mean } su { $count } valutazioni
invalid-app-engagement-not-in-range = «{ $value }» non è un numero da { $min } a { $max }
invalid-app-engagement-no-activity = scegli almeno un’attività che conta
invalid-app-engagement-nobody-at-risk = nessun socio è a rischio nel { $year }
invalid-app-economics-not-a-year = { $year } non è un anno
invalid-app-economics-years-range = chiedi da uno a { $max } anni, il primo prima dell’ultimo
invalid-app-economics-invoiced-twice = { $year }: { $stream } sono sia inserite come righe ({ $entered }) sia fatturate ({ $invoiced }); rimuovi le righe che le fatture contengono.
invalid-app-economics-actual-staff-twice = { $year }: i costi del personale effettivi sono sia inseriti come righe ({ $entered }) sia contati dal team ({ $team }); rimuovi le righe che il team contiene.
invalid-app-economics-budget-staff-twice = { $year }: i costi del personale a budget sono sia inseriti come righe ({ $entered }) sia contati dal team ({ $team }); rimuovi le righe che il team contiene.
invalid-app-economics-staff-from-team = i costi del personale di quest’anno vengono dal team: registra le persone nella pagina Team
invalid-app-economics-from-invoices = { $stream } effettive vengono già dalle fatture: inseriscile lì, o inserisci una riga di budget
invalid-app-economics-from-funding = { $stream } effettive vengono già dalle fonti di finanziamento dei progetti: inseriscile lì, o inserisci una riga di budget
invalid-app-economics-over-a-billion = supera un miliardo
invalid-app-economics-no-such-day = questo giorno non esiste
invalid-app-strategy-unknown-segment = { $id } non è un segmento della catena del valore della rete
invalid-app-project-weights-zero = almeno un criterio deve avere un peso
invalid-app-project-idea-promoted-already = questa idea è già un progetto
invalid-app-project-idea-promoted-meanwhile = nel frattempo questa idea è stata portata avanti
invalid-app-project-at-stage-already = il progetto è già nella fase { $stage }
invalid-app-project-organisation-archived = { $name } è archiviata (o unita a un’altra): ripristinala prima
invalid-app-project-participant-one-of = un partecipante è un’organizzazione del cluster, un cluster partner o un’organizzazione esterna
invalid-app-service-archived = il servizio { $name } è archiviato: non viene più erogato
invalid-app-service-delivery-invoiced = l’erogazione è su una fattura: correggila lì
invalid-app-service-choose-deliveries = scegli le erogazioni da fatturare
invalid-app-service-too-many-deliveries = al massimo { $max } su una fattura
invalid-app-service-delivery-on-invoice = l’erogazione di { $service } del { $day } è già sulla fattura { $number }
invalid-app-service-different-organisations = le erogazioni vanno a organizzazioni diverse: una fattura è per una sola
invalid-app-service-different-tax-rates = le erogazioni hanno aliquote IVA diverse: mettile su fatture separate
invalid-app-service-free = le erogazioni non costano nulla: un servizio gratuito non ha bisogno di fattura
invalid-app-service-invoiced-meanwhile = nel frattempo alcune erogazioni sono state fatturate; non è stato fatto nulla
invalid-app-task-assignee = scegli qualcuno del team del cluster che possa completare le attività (personale o responsabile del cluster)
invalid-app-value-chain-kind = scegli segmento o tecnologia
invalid-app-value-chain-term-exists = la tassonomia ha già questo termine
invalid-app-value-chain-unknown-term = { $id } non è un termine della tassonomia della rete
invalid-app-value-chain-title = è obbligatorio, al massimo 200 caratteri
invalid-app-value-chain-choose-term = scegli un termine della tassonomia della rete
invalid-app-segment-tag-length = un’etichetta ha da 1 a 60 caratteri
invalid-app-segment-name-taken = c’è già un segmento chiamato «{ $name }»; scegli un altro nome o apri quello
invalid-app-interaction-organisation = scegli l’organizzazione
invalid-app-interaction-contact = scegli una persona di questa organizzazione
invalid-app-interaction-staff = scegli un membro del team del cluster
invalid-app-interaction-template = scegli uno dei modelli di intervista del cluster
invalid-app-interaction-answers = rispondi ad almeno una domanda
invalid-app-interaction-template-kind = le domande di un modello appartengono a un’intervista
invalid-app-interaction-template-name = è obbligatorio, al massimo 120 caratteri
invalid-app-interaction-template-questions = scrivi da 1 a 60 domande, una per riga
invalid-app-indicator-set-no-such-indicator = «{ $key }» non è un indicatore del catalogo del cluster
invalid-app-indicator-set-too-many-lines = un set ha al massimo { $max } righe
invalid-app-indicator-set-code-twice = { $code } è già nel set
invalid-app-indicator-set-code-taken = { $code } è già nel set; dai alla riga un altro codice
invalid-app-indicator-set-copy-too-long = un set ha al massimo { $max } righe; questo ne ha { $count }
invalid-app-indicator-set-full = il set ha { $max } righe, il massimo consentito; rimuovine prima una
invalid-app-attention-due-today = scade oggi
invalid-app-attention-due-tomorrow = scade domani
invalid-app-attention-overdue-since = scaduta dal { $day }
invalid-app-attention-due-on = scade il { $day }
invalid-app-attention-for-someone = , per { $name }
invalid-app-attention-not-assigned = , non assegnata
invalid-app-attention-seats-taken = { $count } posti occupati su { $capacity }
invalid-app-attention-registered = { $count } iscritti
invalid-app-attention-waiting = , { $count } in lista d’attesa
invalid-app-attention-applied =
    { $count ->
        [one] { $type } richiesta il { $day }, { $count } giorno fa
       *[other] { $type } richiesta il { $day }, { $count } giorni fa
    }
invalid-app-attention-request = per { $event }, inviata il { $day }
invalid-app-attention-payment = pagato il { $day }, causale «{ $reference }»
invalid-app-attention-owes =
    { $count ->
        [one] deve { $owed }, scaduta da { $count } giorno
       *[other] deve { $owed }, scaduta da { $count } giorni
    }
invalid-app-attention-at-risk = { $events }, { $projects } quest’anno
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } evento frequentato
       *[other] { $count } eventi frequentati
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } progetto
       *[other] { $count } progetti
    }
invalid-app-attention-action-line = { $standing }, termina il { $day }

# Messaggi dei casi d’uso: importazioni e file letti, account e accesso, invio di email, elenchi, duplicati e unioni.

## Leggere un file (sheet)
invalid-sheet-file-too-large = il file è di { $size } MiB; un file può essere al massimo di { $limit } MiB
invalid-sheet-xlsx-contradictory = il file non è una cartella di lavoro XLSX leggibile: le sue parti si contraddicono
invalid-sheet-too-many-columns = { $at } ha { $columns } colonne; un file può avere al massimo { $limit } colonne
invalid-sheet-nul-character = { $at } contiene un carattere NUL, che nessun testo può contenere: è un file di testo?
invalid-sheet-cell-too-long = { $at } contiene più di { $limit } caratteri; una cella può contenerne al massimo { $limit }
invalid-sheet-line = riga { $line }
invalid-sheet-read-as-utf16 = il file è stato letto come UTF-16 (testo Unicode) e convertito
invalid-sheet-read-as-windows-1252 = il file è stato letto come Windows-1252 e convertito
invalid-sheet-header-unreadable = la riga di intestazione non si può leggere: { $error }
invalid-sheet-empty-file = il file è vuoto: la prima riga deve indicare le colonne
invalid-sheet-line-not-csv = riga { $line }: non si può leggere come CSV: { $error }
invalid-sheet-too-many-rows = il file ha più di { $limit } righe
invalid-sheet-separated-by-semicolons = colonne separate da punti e virgola
invalid-sheet-separated-by-tabs = colonne separate da tabulazioni
invalid-sheet-separated-by-commas = colonne separate da virgole
invalid-sheet-xlsx-unreadable = il file non è una cartella di lavoro XLSX leggibile: { $error }
invalid-sheet-too-many-parts = la cartella di lavoro è composta da { $parts } parti; una cartella di lavoro può averne al massimo { $limit }
invalid-sheet-unzips-too-large = la cartella di lavoro decompressa occupa { $size } MiB; una cartella di lavoro decompressa può occupare al massimo { $limit } MiB
invalid-sheet-no-worksheet = la cartella di lavoro non ha alcun foglio
invalid-sheet-worksheet-unreadable = il primo foglio non si può leggere: { $error }
invalid-sheet-cell = cella { $cell }
invalid-sheet-value-beyond-columns = { $at } contiene un valore, ma un foglio può avere al massimo { $limit } colonne (da A a { $last })
invalid-sheet-rows-out-of-order = { $at } viene dopo la riga { $row }: le righe del foglio non sono in ordine
invalid-sheet-worksheet-too-many-rows = il foglio ha più di { $limit } righe con valori
invalid-sheet-empty-worksheet = il primo foglio è vuoto: la sua prima riga deve indicare le colonne
invalid-sheet-read-from-first-worksheet = letto dal primo foglio

## Importazioni: il file, l’abbinamento delle colonne e le righe (import)
invalid-import-mapping-unknown-column = l’abbinamento indica una colonna “{ $header }” che il file non ha
invalid-import-mapping-not-a-field = l’abbinamento porta “{ $header }” su “{ $field }”, che non è un campo; i campi sono { $fields }
invalid-import-values-read-by-mapping = { $values } valori letti come indica l’abbinamento
invalid-import-values-read-by-name = { $values } valori letti in base al loro nome nelle lingue della rete
invalid-import-mapping-line = riga { $line } dell’abbinamento: scrivila come “Intestazione di colonna = campo”
invalid-import-field-count = ha { $cells } campi mentre l’intestazione ne ha { $headers }
invalid-import-required-column = nessuna colonna è abbinata a “{ $field }”, che è obbligatorio
invalid-import-invoices-customer-column = nessuna colonna è abbinata a “customer” o a “vat_id”; uno dei due è obbligatorio
invalid-import-ledger-amount-column = nessuna colonna è abbinata a “amount” (o a “hours”, per i contributi in natura); uno dei due è obbligatorio
invalid-import-membership-overlaps-line = si sovrappone all’adesione dell’organizzazione della riga { $line }: un’organizzazione ha una sola adesione alla volta
invalid-import-answers-into-campaign = le risposte ai sondaggi si importano in una campagna, dalla pagina della campagna o con `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = la stessa adesione della riga { $first } (stessa organizzazione, tipo e inizio)
invalid-import-same-invoice = la stessa fattura della riga { $first } (stesso numero, o la quota della stessa adesione per lo stesso periodo)
invalid-import-same-organisation = la stessa organizzazione della riga { $first } di questo file (stessa partita IVA, o stesso nome e paese)
invalid-import-same-person = la stessa persona della riga { $first } di questo file (stessa email, o stesso nome nella stessa organizzazione)
invalid-import-organisation-ambiguous = più organizzazioni si chiamano “{ $name }”; indica invece la sua partita IVA
invalid-import-organisation-unknown = non c’è nessuna organizzazione “{ $name }” in questo cluster; importala o creala prima
invalid-import-records-changed = i dati del cluster sono cambiati mentre veniva scritta l’importazione di { $target }, per { $attempts } volte; non è stato importato nulla, invia di nuovo il file
invalid-import-reverted-already = questa importazione è già stata annullata
invalid-import-cannot-revert = questa importazione non si può annullare: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] da allora è stato aggiunto { $count } contatto a organizzazioni create da questa importazione; archivia invece quelle organizzazioni
       *[other] da allora sono stati aggiunti { $count } contatti a organizzazioni create da questa importazione; archivia invece quelle organizzazioni
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] da allora è stata emessa { $count } fattura della quota per adesioni create da questa importazione; fai invece cessare quelle adesioni
       *[other] da allora sono state emesse { $count } fatture delle quote per adesioni create da questa importazione; fai invece cessare quelle adesioni
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] da allora è stata apportata { $count } modifica ad adesioni create da questa importazione (accettate, sospese o cessate)
       *[other] da allora sono state apportate { $count } modifiche ad adesioni create da questa importazione (accettate, sospese o cessate)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] da allora è stato registrato { $count } pagamento su fatture riportate da questa importazione
       *[other] da allora sono stati registrati { $count } pagamenti su fatture riportate da questa importazione
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] da allora è stata emessa { $count } nota di credito per fatture riportate da questa importazione
       *[other] da allora sono state emesse { $count } note di credito per fatture riportate da questa importazione
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] da allora è stato inviato { $count } sollecito per fatture riportate da questa importazione
       *[other] da allora sono stati inviati { $count } solleciti per fatture riportate da questa importazione
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] da allora è stata annullata { $count } fattura riportata da questa importazione
       *[other] da allora sono state annullate { $count } fatture riportate da questa importazione
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] da allora è stato stornato { $count } pagamento riportato da questa importazione
       *[other] da allora sono stati stornati { $count } pagamenti riportati da questa importazione
    }
invalid-import-blocked-records-refer-to-it = da allora sono state registrate interazioni, attività, adesioni, fatture, idee, partecipanti ai progetti o erogazioni di servizi relative a ciò che questa importazione ha creato
invalid-import-upload-quota = i file del cluster in attesa di importazione occupano { $kept } su un massimo di { $limit } MiB: importali, oppure attendi che vengano eliminati { $hours } ore dopo l’invio

## Importazioni delle risposte di una campagna (import/answers)
invalid-import-answers-submitted-on-label = Quando è stata data la risposta
invalid-import-answers-organisation-label = L’organizzazione di chi risponde
invalid-import-answers-email-label = L’email di chi risponde
invalid-import-answers-no-question-column = nessuna colonna è abbinata a una domanda del questionario; abbina le colonne che contengono risposte alle loro domande
invalid-import-answers-required-question-unmapped = nessuna colonna è abbinata alla domanda obbligatoria “{ $key }”: le risposte la lasciano vuota
invalid-import-answers-two-columns = { $first } e { $second }
invalid-import-answers-anonymous = la campagna è anonima: le colonne { $columns } non vengono lette e non si conserva nulla di chi ha risposto
invalid-import-answers-dated-today = nessuna colonna dice quando è stata data ogni risposta: sono datate { $today }
invalid-import-answers-submitted-on-empty = è vuoto; indica quando è stata data la risposta
invalid-import-answers-unknown-email = nessun contatto del cluster ha l’email “{ $email }”; aggiungi il contatto o escludi la colonna
invalid-import-answers-contact-elsewhere = è un contatto di { $contact_of }, non di { $named }, l’organizzazione che la riga indica
invalid-import-answers-row-label = Risposta della riga { $line }
invalid-import-answers-no-answer = non risponde a nessuna domanda

## Importazioni di fatture aperte (import/invoices)
invalid-import-invoices-number-too-long = deve avere al massimo { $limit } caratteri, senza caratteri di controllo
invalid-import-invoices-date-required = è obbligatorio (il giorno in cui la fattura è stata emessa)
invalid-import-invoices-customer-required = è obbligatorio (il suo nome o la sua partita IVA)
invalid-import-invoices-date-after-today = { $day } è successivo a oggi; una fattura riportata è già stata emessa
invalid-import-invoices-not-open = la fattura è nello stato “{ $state }”; si riportano solo le fatture aperte
invalid-import-invoices-unknown-status = “{ $value }” non è uno stato di fattura; escludilo o scrivi open
invalid-import-invoices-gross-required = è obbligatorio (l’importo della fattura, imposte incluse)
invalid-import-invoices-other-currency = la fattura è in { $code }; il cluster fattura in { $currency }, quindi resta nel vecchio sistema
invalid-import-invoices-credit-note = una nota di credito non deve nulla; resta nel vecchio sistema
invalid-import-invoices-unknown-kind = “{ $value }” non è un tipo; scrivi fee, service o event
invalid-import-invoices-gross-too-large = è troppo grande per una fattura
invalid-import-invoices-owes-nothing = con { $gross } non resta nulla da pagare; si riporta solo ciò che i clienti devono ancora
invalid-import-invoices-paid-in-full = la fattura è pagata per intero ({ $paid } su { $gross }); si riportano solo le fatture aperte
invalid-import-invoices-tax-range = deve essere tra zero e l’importo al netto delle imposte (un’aliquota al massimo del 100 %)
invalid-import-invoices-due-before-date = { $due } è precedente alla data della fattura, { $issued }
invalid-import-invoices-number-taken = { $number } è il numero di un’altra fattura di questo cluster
invalid-import-invoices-several-memberships = { $customer } aveva più adesioni il { $day }; indica in “period” un giorno del periodo che la quota paga
invalid-import-invoices-no-membership = una quota appartiene a un’adesione, e { $customer } non ne aveva nessuna il { $day }; importa prima le adesioni, oppure indica in “period” un giorno del periodo che la quota paga
invalid-import-invoices-type-not-found = il tipo dell’adesione non si trova
invalid-import-invoices-fee-invoiced = la quota { $period } di questa adesione è già fatturata ({ $number })

## Importazioni di righe contabili (import/ledger)
invalid-import-ledger-other-which = “other” è other income o other costs: scrivi quale
invalid-import-ledger-unknown-category = “{ $value }” non è una categoria; scrivi una fonte di entrata ({ $streams }, other income) o un tipo di costo ({ $costs }, other costs), oppure abbina a essi i valori del file
invalid-import-ledger-not-a-year = “{ $value }” non è né un anno né una data: { $error }
invalid-import-ledger-project-ambiguous = due progetti si chiamano “{ $title }”; dai a uno dei due un altro titolo
invalid-import-ledger-project-unknown = non c’è nessun progetto “{ $title }”
invalid-import-ledger-positive-cost = il file scrive i costi come importi negativi, quindi un costo positivo ({ $amount }) restituisce denaro; inserisci invece il costo meno quanto è stato recuperato
invalid-import-ledger-project-not-cost = solo un costo di progetto indica un progetto; lascia vuota la cella

## Importazioni di adesioni (import/memberships)
invalid-import-memberships-unknown-type = non c’è nessun tipo di adesione “{ $name }”; i tipi del cluster sono { $types }
invalid-import-memberships-unknown-status = “{ $value }” non è uno stato; scrivi applied, active, suspended o terminated
invalid-import-memberships-start-required = è obbligatorio, tranne per una domanda (stato applied)
invalid-import-memberships-start-or-status-required = è obbligatorio (una domanda non ancora accettata ha lo stato applied)
invalid-import-memberships-application-no-end = una domanda non accettata non ha una fine; lascia il campo vuoto
invalid-import-memberships-terminated-needs-end = un’adesione terminata ha bisogno del giorno in cui è finita
invalid-import-memberships-ended-not-terminated = l’adesione è finita il { $end }, ma il suo stato non è terminated
invalid-import-memberships-terminated-after-today = { $end } è successivo a oggi, ma l’adesione è terminata; dalle lo stato active con la sua fine
invalid-import-memberships-applied-after-start = { $applied } è successivo all’inizio, { $start }
invalid-import-memberships-type-archived = il tipo { $type } è archiviato: non accetta nuovi soci
invalid-import-memberships-recorded-already = l’adesione { $type } dell’organizzazione dal { $from } è già registrata con altre date o un altro stato; modificala nella sua pagina
invalid-import-memberships-overlaps-recorded = l’adesione dell’organizzazione dal { $from } si sovrappone a questa; un’organizzazione ha una sola adesione alla volta (terminala prima, o dai a questa altre date)

## Account e accesso (auth)
invalid-auth-no-cluster-yet = non c’è nessun cluster “{ $slug }”: il database non ha ancora nessun cluster (esegui 'clusterdesk demo' per la demo)
invalid-auth-unknown-cluster = non c’è nessun cluster “{ $slug }”; i cluster sono: { $clusters }
invalid-auth-not-network-admin = { $email } non è un amministratore della rete
invalid-auth-unknown-role = “{ $value }” non è un ruolo; usa network-admin, cluster-manager, staff o board
invalid-auth-role-needs-cluster = un ruolo in un cluster richiede --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin comprende ogni cluster; togli --cluster
invalid-auth-password-too-short = deve avere almeno { $min } caratteri
invalid-auth-password-guessable-because = è troppo facile da indovinare ({ $why }): usa una frase più lunga di parole non collegate, non il tuo nome né la tua email
invalid-auth-password-guessable = è troppo facile da indovinare: usa una frase più lunga di parole non collegate, non il tuo nome né la tua email
invalid-auth-password-straight-rows = le file dritte di tasti sono facili da indovinare
invalid-auth-password-keyboard-patterns = i brevi schemi di tastiera sono facili da indovinare
invalid-auth-password-repeats = le ripetizioni come “aaa” sono facili da indovinare
invalid-auth-password-repeated-groups = le ripetizioni come “abcabcabc” sono solo un po’ più difficili da indovinare di “abc”
invalid-auth-password-top-10 = è una delle 10 password più comuni
invalid-auth-password-top-100 = è una delle 100 password più comuni
invalid-auth-password-very-common = è una password molto comune
invalid-auth-password-like-common = somiglia a una password molto usata
invalid-auth-password-sequences = le sequenze come abc o 6543 sono facili da indovinare
invalid-auth-password-recent-years = gli anni recenti sono facili da indovinare
invalid-auth-password-single-word = una parola da sola è facile da indovinare
invalid-auth-password-dates = le date sono spesso facili da indovinare
invalid-auth-password-names-alone = nomi e cognomi da soli sono facili da indovinare
invalid-auth-password-common-names = i nomi e cognomi comuni sono facili da indovinare

## Le persone e i loro account (account)
invalid-account-email-deactivated = appartiene a un account disattivato; un amministratore della rete può riattivarlo
invalid-account-email-works-here = lavora già in questo cluster, come { $role }; cambia il ruolo nell’elenco
invalid-account-email-network-admin = appartiene a un amministratore della rete, che lavora in ogni cluster
invalid-account-own-role = non puoi cambiare il tuo ruolo; un altro cluster manager può farlo
invalid-account-remove-yourself = non puoi rimuovere te stesso; un altro cluster manager può farlo
invalid-account-reactivate-yourself = non puoi riattivare te stesso; un altro cluster manager può farlo
invalid-account-deactivate-yourself = non puoi disattivare te stesso; un altro cluster manager può farlo
invalid-account-reactivate-network-admin = { $email } è un amministratore della rete; solo un altro amministratore della rete può riattivare l’account
invalid-account-deactivate-network-admin = { $email } è un amministratore della rete; solo un altro amministratore della rete può disattivare l’account
invalid-account-reactivate-other-clusters = { $email } lavora anche in altri cluster ({ $clusters }): togli invece il suo ruolo qui, oppure chiedi a un amministratore della rete di riattivare l’account
invalid-account-deactivate-other-clusters = { $email } lavora anche in altri cluster ({ $clusters }): togli invece il suo ruolo qui, oppure chiedi a un amministratore della rete di disattivare l’account
invalid-account-wrong-current-password = non è la tua password attuale
invalid-account-passwords-differ = non coincide con la nuova password
invalid-account-dead-link = questo link è già stato usato o è scaduto; chiedine uno nuovo con “Password dimenticata?” nella pagina di accesso

## Invio di email (mail)
invalid-mail-smtp-address-unusable = l’indirizzo SMTP “{ $url }” non è utilizzabile: { $error }
invalid-mail-smtp-not-an-address = “{ $address }” non è un indirizzo: { $error }
invalid-mail-smtp-message-not-built = il messaggio non si è potuto comporre: { $error }
invalid-mail-smtp-not-a-content-type = “{ $content_type }” non è un tipo di contenuto: { $error }
invalid-mail-smtp-refused = il server di posta ha rifiutato: { $error }

## Elenchi di organizzazioni: i parametri dell’indirizzo (organisation)
invalid-organisation-query-parameter = parametro { $name }: { $message }
invalid-organisation-query-status = “{ $value }” non è uno stato; usa current o archived
invalid-organisation-query-direction = “{ $value }” non è una direzione; usa asc o desc
invalid-organisation-query-sort = “{ $value }” non è un ordinamento; usa name, country, kind, employees, size_class o created

## Contatti (contact)
invalid-contact-choose-cluster-organisation = scegli un’organizzazione di questo cluster
invalid-contact-choose-organisation = scegli l’organizzazione del contatto

## La vista della rete (network)
invalid-network-euro-rate = l’euro è la valuta della rete: il suo tasso è 1
invalid-network-unknown-indicator = parametro indicators: “{ $key }” non è un indicatore predefinito
invalid-network-unknown-cluster = parametro named: “{ $slug }” non è un cluster della rete
invalid-network-unnamed-cluster = Cluster { $letters }

## Dati personali (privacy)
invalid-privacy-email-of-several-contacts = più contatti hanno l’email { $email }; uniscili prima

## Duplicati probabili e unioni (duplicate)
invalid-duplicate-employees = { $employees } dipendenti
invalid-duplicate-same-vat-id = stessa partita IVA { $vat_id }
invalid-duplicate-same-name-and-country = stesso nome, senza contare maiuscole, accenti e forma giuridica, nello stesso paese
invalid-duplicate-same-name-ignoring-form = stesso nome, senza contare maiuscole, accenti e forma giuridica
invalid-duplicate-same-email-address = stessa email { $email }
invalid-duplicate-same-name = stesso nome
invalid-duplicate-organisation-into-itself = un’organizzazione non si può unire a sé stessa
invalid-duplicate-organisations-archived = entrambe le organizzazioni devono essere attuali; ripristina prima quella archiviata
invalid-duplicate-choose-membership = entrambe le organizzazioni hanno un’adesione: scegli quella da tenere; l’altra termina il giorno dell’unione
invalid-duplicate-chosen-by-hand = scelto a mano
invalid-duplicate-contact-into-itself = un contatto non si può unire a sé stesso
invalid-duplicate-contacts-archived = entrambi i contatti devono essere attuali; ripristina prima quello archiviato
invalid-duplicate-same-email = stessa email

## La ricerca (search)
invalid-search-invoice-issued = { $customer } · emessa il { $day }
invalid-search-event-cancelled = { $moment } · annullato

## Il rapporto annuale (report)
invalid-report-year-parameter = parametro year: { $error }

## I dati delle organizzazioni (figures)
invalid-figures-reviewed-meanwhile = i dati sono stati esaminati nello stesso momento; consulta di nuovo l’elenco

## Aprire il database (lib)
invalid-app-open-database = impossibile aprire il database: { $error }

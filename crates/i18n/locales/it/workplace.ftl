# La pagina iniziale, la panoramica di un cluster, ciò che richiede attenzione, il tuo account, le persone di un cluster, i link per la password, la ricerca, la rete, la posta inviata e le parti comuni a tutte le pagine.
workplace-your-clusters = I tuoi cluster
workplace-the-network = La rete
workplace-network-intro = Tutti i cluster della rete, con ciò che oggi vi richiede attenzione.
workplace-clusters-intro = Ciò che oggi richiede attenzione in ciascuno dei tuoi cluster.
workplace-compare-clusters = Confronta i cluster
workplace-no-cluster-yet = Non hai ancora un ruolo in nessun cluster. Chiedi al cluster manager di aggiungerti.
workplace-cluster = Cluster
workplace-country = Paese
workplace-needs-attention = Da gestire
workplace-urgent = Urgenti
workplace-stat-organisations =
    { $count ->
        [one] organizzazione
       *[other] organizzazioni
    }
workplace-stat-contacts =
    { $count ->
        [one] contatto
       *[other] contatti
    }
workplace-stat-members =
    { $count ->
        [one] socio
       *[other] soci
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] fattura scaduta
       *[other] fatture scadute
    }
workplace-stat-open = { $amount } da incassare
workplace-needs-attention-today = Da gestire oggi
workplace-all-done = Tutto fatto: oggi nulla richiede la tua attenzione.
workplace-yours = assegnata a te
workplace-attention-all = Tutti ({ $count })
workplace-concern-tasks = Attività in scadenza
workplace-concern-events = Eventi in arrivo
workplace-concern-applications = Domande di adesione in attesa
workplace-concern-registration-requests = Iscrizioni da esaminare
workplace-concern-unmatched-payments = Pagamenti non abbinati a una fattura
workplace-concern-overdue-invoices = Fatture scadute
workplace-concern-members-at-risk = Soci a rischio
workplace-concern-milestones = Milestone di progetto in scadenza
workplace-concern-action-lines = Azioni del piano d’azione in scadenza o in ritardo
workplace-role-board = Consiglio direttivo
workplace-role-staff = Staff
workplace-role-cluster-manager = Cluster manager
workplace-role-lower-board = consiglio direttivo
workplace-role-lower-staff = staff
workplace-role-lower-cluster-manager = cluster manager
workplace-save = Salva
workplace-nothing-changed = Nessuna modifica: { $problem }.
workplace-year = Anno
workplace-unknown = sconosciuto
workplace-browser-on = { $browser } su { $system }
workplace-your-account = Il tuo account
workplace-change-your-password = Cambia la tua password
workplace-api-tokens = Token API
workplace-network-administrator = Amministratore della rete
workplace-you-manage-every-cluster = gestisci tutti i cluster
workplace-works-in = Lavora in
workplace-no-cluster-yet-short = ancora nessun cluster
workplace-this-browser = questo browser
workplace-end-session = Termina
workplace-signed-in-where = Dove hai effettuato l’accesso ({ $count })
workplace-browser = Browser
workplace-address = Indirizzo
workplace-signed-in = Accesso
workplace-last-used = Ultimo utilizzo
workplace-no-other-session = Nessuna sessione oltre a questa.
workplace-dates-are-written = Le date si scrivono
workplace-dates-hint = In ogni pagina che leggi; i documenti inviati mantengono il loro formato.
workplace-how-you-read-dates = Come leggi le date
workplace-as-my-browser-asks = Come chiede il mio browser (altrimenti inglese)
workplace-pages-are-written-in = Lingua delle pagine
workplace-your-language = La tua lingua
workplace-language-set = Ora le pagine sono in { $language }.
workplace-language-of-browser = Ora le pagine sono nella lingua richiesta dal tuo browser.
workplace-date-style-set = Ora le date si scrivono così: { $example }.
workplace-change-the-password = Cambia la password
workplace-current-password = Password attuale
workplace-new-password = Nuova password
workplace-new-password-hint = Almeno { $chars } caratteri; una frase di parole senza legame tra loro è facile da ricordare e difficile da indovinare.
workplace-new-password-again = Ripeti la nuova password
workplace-other-sessions-end = Le tue altre sessioni terminano; questa resta aperta.
workplace-password-changed = La tua password è cambiata.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] La tua password è cambiata e la tua altra sessione è terminata.
       *[other] La tua password è cambiata e le tue altre { $count } sessioni sono terminate.
    }
workplace-session-ended = La sessione è terminata: quel browser è disconnesso.
workplace-your-api-tokens = I tuoi token API
workplace-tokens-intro = Un token permette a un programma di usare l’API a tuo nome, nei cluster in cui lavori.
workplace-token-made = Il token «{ $name }» è stato creato. Copialo ora: viene mostrato solo questa volta.
workplace-new-token = Nuovo token
workplace-token-revoked-at = revocato il { $moment }
workplace-token-works = attivo
workplace-revoke = Revoca
workplace-tokens-count = Token ({ $count })
workplace-name = Nome
workplace-made = Creato
workplace-state = Stato
workplace-no-tokens = Non hai token API.
workplace-make-a-token = Crea un token
workplace-token-name-hint = Cosa lo usa, per riconoscerlo in seguito.
workplace-token-revoked = Il token è revocato: da ora i programmi che lo usano vengono respinti.
workplace-role = Ruolo
workplace-role-hint = I cluster manager gestiscono tutto, persone e impostazioni comprese; lo staff modifica i dati; il consiglio direttivo consulta.
workplace-person-deactivated = disattivato
workplace-person-invited = invitato, ancora senza password
workplace-person-active = attivo
workplace-people-intro = Tutte le persone che lavorano in questo cluster e il loro ruolo.
workplace-invite-someone = Invita una persona
workplace-people-count = Persone ({ $count })
workplace-nobody-works-here = Nessuno lavora ancora in questo cluster.
workplace-invite-name-hint = Come la vedono gli altri; può mantenerlo.
workplace-send-the-invitation = Invia l’invito
workplace-invite-intro =
    { $count ->
        [one] Riceve un’email con un link per scegliere la password, valido una sola volta, per { $count } giorno.
       *[other] Riceve un’email con un link per scegliere la password, valido una sola volta, per { $count } giorni.
    }
workplace-invited-give-link = { $email } è stato invitato, ma la posta non è configurata: inoltra tu stesso questo link, valido una sola volta: { $link }
workplace-invited = { $email } è stato invitato: è in arrivo un link per scegliere la password.
workplace-invited-has-account = { $email } ha già un account e ora lavora anche qui; riceve un avviso per email.
workplace-person = Persona
workplace-all-people = Tutte le persone
workplace-works-in-other-clusters = Lavora in altri cluster
workplace-network-administrator-yes = sì: lavora in ogni cluster come cluster manager
workplace-your-own-account = Il tuo account
workplace-your-own-account-note = il tuo ruolo lo cambia qui un altro cluster manager; password e sessioni sono in Il tuo account
workplace-change-the-role = Cambia il ruolo
workplace-take-out-of-cluster = Togli dal cluster
workplace-remove-from-cluster = Rimuovi da questo cluster
workplace-remove-confirm = Rimuovere { $name } da { $cluster }? L’account e i dati inseriti restano.
workplace-account = Account
workplace-deactivate-account = Disattiva l’account
workplace-deactivate-confirm = Disattivare { $email }? Non potrà più accedere; le sue sessioni e i suoi token API si fermano subito.
workplace-reactivate-account = Riattiva l’account
workplace-reactivate-confirm = Consentire di nuovo l’accesso a { $email }?
workplace-role-set = Ora { $name } ha il ruolo «{ $role }».
workplace-removed = { $name } non lavora più in questo cluster.
workplace-reactivated = { $email } può di nuovo accedere.
workplace-deactivated = { $email } è disattivato: disconnesso ovunque e non può più accedere.
workplace-form-expired-or-foreign = il modulo era scaduto o non proveniva da questo sito; torna indietro, ricarica la pagina e invialo di nuovo
workplace-form-unread = non è stato possibile leggere il modulo: { $problem }
workplace-next-has-control-characters = la pagina a cui tornare dopo l’accesso contiene caratteri di controllo
workplace-password-set-log-in = La tua password è impostata: accedi con questa.
workplace-forgot-intro =
    { $count ->
        [one] Scrivi l’email con cui accedi: vi sarà inviato un link per scegliere una nuova password. È valido una sola volta, per { $count } minuto.
       *[other] Scrivi l’email con cui accedi: vi sarà inviato un link per scegliere una nuova password. È valido una sola volta, per { $count } minuti.
    }
workplace-send-the-link = Invia il link
workplace-form-expired-send-again = Il modulo era scaduto. Invialo di nuovo.
workplace-reset-link-on-its-way = Se un account ha l’email { $email }, è in arrivo un link per scegliere una nuova password.
workplace-reset-link-works =
    { $count ->
        [one] È valido una sola volta, per { $count } minuto; controlla anche la cartella spam.
       *[other] È valido una sola volta, per { $count } minuti; controlla anche la cartella spam.
    }
workplace-welcome = Benvenuto in clusterdesk
workplace-choose-a-new-password = Scegli una nuova password
workplace-choose-intro = Scegli la password di { $email } (almeno { $chars } caratteri: una frase di parole senza legame tra loro è facile da ricordare e difficile da indovinare).
workplace-set-the-password = Imposta la password
workplace-form-expired-type-again = Il modulo era scaduto. Scrivi di nuovo la password.
workplace-login-form-expired = Il modulo di accesso era scaduto. Accedi di nuovo.
workplace-email-or-password-wrong = Email o password errata.
workplace-upload-unreadable = il file caricato supera { $mib } MiB o non è stato possibile leggerlo
workplace-upload-form-expired = il modulo era scaduto; ricarica la pagina e carica di nuovo il file
workplace-back-to-login = Torna all’accesso
workplace-search-too-short =
    { $count ->
        [one] Scrivi almeno { $count } carattere.
       *[other] Scrivi almeno { $count } caratteri.
    }
workplace-search-nothing-matches = Nessun risultato per «{ $query }».
workplace-search-all-organisations =
    { $count ->
        [one] L’organizzazione trovata
       *[other] Tutte le { $count } organizzazioni trovate
    }
workplace-search-all-contacts =
    { $count ->
        [one] Il contatto trovato
       *[other] Tutti i { $count } contatti trovati
    }
workplace-search-all-invoices =
    { $count ->
        [one] La fattura trovata
       *[other] Tutte le { $count } fatture trovate
    }
workplace-search-all-events =
    { $count ->
        [one] L’evento trovato
       *[other] Tutti i { $count } eventi trovati
    }
workplace-search-all-projects =
    { $count ->
        [one] Il progetto trovato
       *[other] Tutti i { $count } progetti trovati
    }
workplace-search-intro = Organizzazioni, contatti, fatture, eventi e progetti; maiuscole e accenti non contano.
workplace-search-for = Cerca
workplace-address-unread = non è possibile leggere l’indirizzo: { $problem }
workplace-network-period-unread = { $problem }. Viene mostrato il { $year }.
workplace-network-clusters = I cluster della rete
workplace-network-clusters-in = I cluster della rete, { $period }
workplace-network-intro-compare = Indicatori scelti di ogni cluster affiancati; importi in euro secondo la tabella dei cambi della rete
workplace-network-missing-rates = Gli importi in { $currencies } sono esclusi: la tabella dei cambi non ha un tasso per queste valute. Aggiungine uno qui sotto.
workplace-indicator = Indicatore
workplace-network-benchmark = Benchmark: gli altri senza nome
workplace-network-side-by-side = Affiancati
workplace-network-no-indicators = Nessun indicatore scelto.
workplace-rate-table = La tabella dei cambi
workplace-currency = Valuta
workplace-units-a-euro-buys = Unità per un euro
workplace-set-by = Impostato da
workplace-set-on = Il
workplace-no-rates = Ancora nessun tasso: gli importi in euro non ne hanno bisogno.
workplace-what-to-compare = Cosa confrontare
workplace-show = Mostra
workplace-year-or-quarter = Anno o trimestre
workplace-indicators = Indicatori
workplace-benchmark-for = Benchmark per
workplace-every-cluster-by-name = Tutti i cluster con il nome
workplace-benchmark-hint = Mostra un cluster con il nome e gli altri come Cluster A, B, … nell’ordine del loro primo valore.
workplace-set-a-rate = Imposta un tasso
workplace-currency-hint = Codice ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Unità per un euro
workplace-per-euro-hint = 4.265 oppure 4,265.
workplace-rate-set = Il tasso di { $currency } è impostato.
workplace-sent-mail = Posta inviata
workplace-sent-mail-intro = Gli ultimi { $shown } messaggi: conferme di iscrizione, promemoria e richieste di feedback. La posta attende nella casella in uscita finché non parte; ciò che il server di posta rifiuta viene ritentato, { $attempts } volte in tutto. Gli orari sono in { $zone }.
workplace-mail-not-set-up = La posta non è configurata, quindi nulla viene accodato o inviato: imposta CLUSTERDESK_SMTP_URL e CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Inviato il { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Abbandonato dopo { $count } tentativo
       *[other] Abbandonato dopo { $count } tentativi
    }
workplace-mail-waiting = In attesa di partire
workplace-mail-refused =
    { $count ->
        [one] Rifiutato { $count } volta
       *[other] Rifiutato { $count } volte
    }
workplace-mail-next-try = prossimo tentativo { $moment }
workplace-messages = Messaggi
workplace-queued = Accodato
workplace-to = A
workplace-subject = Oggetto
workplace-about = Motivo
workplace-last-error = Ultimo errore
workplace-no-mail-yet = Nessun messaggio è stato ancora accodato.

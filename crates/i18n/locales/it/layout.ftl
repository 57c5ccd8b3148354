skip-to-content = Vai al contenuto
menu = Menu
switch-cluster = Cambia cluster
all-clusters = Tutti i cluster…
search = Cerca
search-placeholder = Cerca…
your-account-title = Il tuo account: password, sessioni, token API
log-out = Esci
modules = Moduli
nav-home = Home
nav-overview = Panoramica
nav-organisations = Organizzazioni
nav-contacts = Contatti
nav-events = Eventi
nav-engagement = Coinvolgimento
nav-strategy = Strategia
nav-projects = Progetti
nav-services = Servizi
nav-surveys = Sondaggi
nav-economics = Finanze
nav-monitoring = Monitoraggio
nav-members = Soci
nav-invoices = Fatture
nav-my-tasks = Le mie attività
tasks-overdue =
    { $count ->
        [one] { $count } scaduta
       *[other] { $count } scadute
    }
nav-segments = Segmenti
nav-duplicates = Duplicati
nav-imports = Importazioni
nav-value-chain = Catena del valore
nav-interview-templates = Modelli di intervista
nav-people = Persone

## Problemi: cosa dice una risposta che rifiuta una richiesta (i documenti di problema dell’API e le pagine di errore).
problem-title-400 = Richiesta non valida
problem-title-401 = Accesso non effettuato
problem-title-403 = Non consentito
problem-title-404 = Non trovato
problem-title-409 = Conflitto
problem-title-413 = Troppo grande
problem-title-422 = Non accettabile
problem-title-429 = Troppe richieste
problem-title-500 = Errore del server
problem-not-found = Elemento non trovato: { $what }.
problem-forbidden = Il tuo ruolo in questo cluster non lo consente: { $reason }.
problem-forbidden-reading = lettura
problem-forbidden-edit = per modificare i dati serve il ruolo «staff» o «cluster manager»
problem-forbidden-manage = serve il ruolo «cluster manager»
problem-forbidden-rate-table = la tabella dei cambi della rete è curata dagli amministratori della rete
problem-forbidden-taxonomy = la tassonomia della rete è curata dagli amministratori della rete
problem-forbidden-network-view = la vista della rete è riservata agli amministratori della rete
problem-bad-credentials = L’email o la password non sono corrette.
problem-too-many-attempts =
    { $minutes ->
        [one] Troppi accessi non riusciti; riprova tra { $minutes } minuto.
       *[other] Troppi accessi non riusciti; riprova tra { $minutes } minuti.
    }
problem-rate-limited =
    { $minutes ->
        [one] Troppe richieste dal tuo indirizzo o per questo evento; riprova tra { $minutes } minuto.
       *[other] Troppe richieste dal tuo indirizzo o per questo evento; riprova tra { $minutes } minuti.
    }
problem-token-unknown = Il token API è sconosciuto o revocato.
problem-token-missing = Invia un token API come 'Authorization: Bearer TOKEN' (creane uno con 'clusterdesk token create').
problem-server = Qualcosa è andato storto sul server. L’errore è stato registrato; riprova.

## Cosa una richiesta può chiedere senza trovarlo (in `problem-not-found`).
resource-api-token = token API
resource-action-line = linea d’azione
resource-calendar = calendario
resource-campaign = campagna
resource-challenge = sfida
resource-cluster = cluster
resource-contact-with-that-email = contatto con questa email
resource-contact = contatto
resource-consent = consenso
resource-current-consent = consenso in vigore
resource-delivery = erogazione
resource-event-series = serie di eventi
resource-event = evento
resource-evidence = evidenza
resource-file = file
resource-group-membership = appartenenza al gruppo
resource-idea = idea
resource-import = importazione
resource-indicator-set = set di indicatori
resource-indicator = indicatore
resource-interaction = interazione
resource-invoice = fattura
resource-ledger-line = riga contabile
resource-line = riga
resource-membership-type = tipo di adesione
resource-membership = adesione
resource-milestone = milestone
resource-offer-or-need = offerta o fabbisogno
resource-organisation = organizzazione
resource-organisation-challenge-interaction-or-working-group = organizzazione, sfida, interazione o gruppo di lavoro
resource-page = pagina
resource-partner-cluster = cluster partner
resource-payment = pagamento
resource-person = persona
resource-project-or-organisation = progetto o organizzazione
resource-project-part = elemento del progetto
resource-project = progetto
resource-question = domanda
resource-questionnaire = questionario
resource-record = scheda
resource-registration-on-the-waiting-list = iscrizione in lista d’attesa
resource-registration-request = richiesta di iscrizione
resource-registration = iscrizione
resource-resource = risorsa
resource-review-of-figures = verifica dei dati
resource-review = verifica
resource-role-in-that-cluster = ruolo in quel cluster
resource-scenario = scenario
resource-section = sezione
resource-segment = segmento
resource-series = serie
resource-service-or-organisation = servizio o organizzazione
resource-service = servizio
resource-session = sessione
resource-staff-member = membro del team
resource-strategy = strategia
resource-survey-link = link del sondaggio
resource-tag = etichetta
resource-task = attività
resource-unmatched-payment = pagamento non abbinato
resource-upload = file caricato
resource-user = utente
resource-value = valore
resource-working-group-or-contact = gruppo di lavoro o contatto
resource-working-group = gruppo di lavoro
resource-year = anno

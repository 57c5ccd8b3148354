# Sondaggi: la pagina pubblica di risposta, i questionari e le campagne del team; attività; interazioni e modelli di intervista.

## La pagina pubblica di un sondaggio
survey-only-if-chosen = Solo se hai scelto «{ $option }» per «{ $question }».
survey-answers-sent = Le tue risposte sono state inviate. Grazie.
survey-closed-on = Il sondaggio si è chiuso il { $day }: non accetta più risposte.
survey-privacy-anonymous = Questo sondaggio è anonimo: le tue risposte sono conservate senza il tuo nome, la tua email o questo link, solo con il tipo e la classe dimensionale della tua organizzazione.
survey-privacy-named = Le tue risposte sono conservate con il tuo nome e quello della tua organizzazione, per il team del cluster.
survey-answers-taken-until = Le risposte sono accettate fino al { $day }; le domande segnate con * sono necessarie per inviarle, non per salvarle.
survey-progress-saved = Salvato. Torna con lo stesso link per finire.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } risposta da correggere prima di poter inviare le risposte; non è stato ancora inviato nulla.
       *[other] { $count } risposte da correggere prima di poter inviare le risposte; non è stato ancora inviato nulla.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } risposta da correggere prima di poter salvare le risposte; non è stato ancora salvato nulla.
       *[other] { $count } risposte da correggere prima di poter salvare le risposte; non è stato ancora salvato nulla.
    }
survey-required = obbligatoria
survey-statement = Affermazione
survey-send-my-answers = Invia le mie risposte
survey-save-and-finish-later = Salva e finisci più tardi

## Questionari e campagne
survey-saved-as-version = Salvato come versione { $version }: le risposte già date mantengono la versione a cui hanno risposto.
survey-saved = Salvato.
survey-kind-single-choice = Scelta singola
survey-kind-multiple-choice = Scelta multipla
survey-kind-likert = Scala Likert
survey-kind-matrix = Matrice di scale
survey-kind-number = Numero
survey-kind-money = Importo
survey-kind-text = Testo
survey-kind-date = Data
survey-list-subheading = I questionari, e le campagne che li inviano a un segmento tramite link personali, con i loro risultati
survey-campaigns = Campagne
survey-campaign = Campagna
survey-sent-to = Inviata a
survey-closes = Chiusura
survey-invited = Invitati
survey-answered = Hanno risposto
survey-rate = Tasso
survey-title-anonymous = { $title } (anonima)
survey-no-campaign = Nessuna campagna inviata finora.
survey-questionnaires = Questionari
survey-questionnaire = Questionario
survey-questions = Domande
survey-version = Versione
survey-responses = Risposte
survey-archived = archiviato
survey-no-questionnaire = Ancora nessun questionario: parti da un modello qui sotto.
survey-send-a-campaign = Invia una campagna
survey-new-questionnaire = Nuovo questionario
survey-make = Crea
survey-start-from = Parti da
survey-empty-questionnaire = Un questionario vuoto
survey-title = Titolo
survey-title-hint = Per un questionario vuoto; un modello ha il suo.
survey-choose = Scegli
survey-send-to-contacts-of = Invia ai contatti di
survey-choose-a-segment = Scegli un segmento
survey-segment-hint = Lo ricevono solo i contatti il cui consenso permanente copre i sondaggi via email; gli altri sono elencati.
survey-title-respondents-read = Titolo letto dai rispondenti
survey-campaign-title-hint = Il titolo del questionario, se vuoto.
survey-answers-taken-until-label = Risposte accettate fino al
survey-anonymous = Anonima
survey-anonymous-hint = Le risposte sono conservate senza legame con la persona, né con il tipo o la dimensione dell’organizzazione; i rispondenti ne sono informati.
survey-figures-year = Anno dei dati
survey-figures-year-hint = Per un sondaggio sulle prestazioni delle imprese: l’ultimo anno chiuso.
survey-questionnaire-made = Creato: modificalo come ti serve.
survey-campaign-sent =
    { $count ->
        [one] Inviato: { $count } link personale è in arrivo.
       *[other] Inviato: { $count } link personali sono in arrivo.
    }
survey-not-sent-to =
    { $count ->
        [one] Non inviato a { $count } persona:
       *[other] Non inviato a { $count } persone:
    }
survey-and-more-left-out = e altre { $count } (la risposta dell’API le elenca tutte)
survey-kind-text-scale = Scala a { $points } punti, da { $low } a { $high }
survey-kind-text-matrix = Affermazioni: { $count }, su una scala a { $points } punti
survey-bounds-between = da { $min } a { $max }
survey-bounds-at-least = almeno { $min }
survey-bounds-at-most = al massimo { $max }
survey-number-in = Numero in { $unit }
survey-question = Domanda
survey-answer-needed = Serve una risposta
survey-help-under-question = Aiuto sotto la domanda
survey-options-one-a-line = Opzioni, una per riga
survey-options-hint = Per una scelta singola o multipla.
survey-statements-one-a-line = Affermazioni, una per riga
survey-statements-hint = Per una matrice: ognuna è valutata sulla scala.
survey-points-of-scale = Punti della scala
survey-points-hint = Da 2 a 11; 5 se vuoto. Per una scala o una matrice.
survey-label-of-1 = Etichetta di 1
survey-label-of-1-hint = Ad esempio «Molto insoddisfatto».
survey-label-of-top = Etichetta del punto più alto
survey-label-of-top-hint = Ad esempio «Molto soddisfatto».
survey-unit = Unità
survey-unit-hint = Per un numero: persone, prodotti, %.
survey-at-least = Almeno
survey-at-most = Al massimo
survey-decimals = Decimali
survey-decimals-hint = Da 0 a 3.
survey-long = Un paragrafo, non una riga
survey-long-hint = Per un testo.
survey-show-only-when = Mostra solo quando
survey-always-shown = Sempre mostrata
survey-is-answered = … ha come risposta
survey-is-answered-hint = L’opzione, o il punto della scala (4), che mostra questa domanda.
survey-key = Chiave
survey-key-hint = Come esportazioni e indicatori chiamano le risposte; ricavata dalla domanda se vuota.
survey-no-introduction = Ancora nessuna introduzione.
survey-responses-to-all-versions = Risposte a tutte le versioni
survey-version-was-sent = Una campagna ha inviato questa versione: una modifica crea una nuova versione, e gli invitati mantengono quella che hanno ricevuto.
survey-needed = obbligatoria
survey-shown-when = se { $question } è { $value }
survey-up = Su
survey-down = Giù
survey-remove = Rimuovi
survey-remove-question-confirm = Rimuovere la domanda «{ $question }»?
survey-required-column = Obbligatoria
survey-shown = Visibilità
survey-no-question-in-section = Ancora nessuna domanda in questa sezione.
survey-remove-section = Rimuovi la sezione { $number }
survey-remove-section-confirm = Rimuovere la sezione vuota «{ $section }»?
survey-section = Sezione
survey-add-a-question = Aggiungi una domanda
survey-add = Aggiungi
survey-add-a-section = Aggiungi una sezione
survey-title-and-introduction = Titolo e introduzione
survey-save = Salva
survey-introduction = Introduzione che i rispondenti leggono per prima
survey-bring-back = Ripristina
survey-archive-confirm = Archiviare il questionario? Non potrà essere usato in nuove campagne; le sue campagne e risposte restano.
survey-question-added = La domanda è aggiunta.
survey-archived-notice = Archiviato.
survey-brought-back = Ripristinato.

## I risultati di una campagna
survey-n-answered =
    { $count ->
        [one] { $count } risposta
       *[other] { $count } risposte
    }
survey-mean-median = media { $mean } · mediana { $median }
survey-answers = Risposte
survey-count = Numero
survey-filter-invalid = Il filtro non è valido: { $error }. Sono mostrate tutte le risposte.
survey-campaign-subheading = Inviata a { $audience } · versione { $version } del questionario · risposte accettate fino al { $day }
survey-campaign-subheading-anonymous = Inviata a { $audience } · versione { $version } del questionario · risposte accettate fino al { $day } · anonima
survey-answers-csv = Risposte (CSV)
survey-answers-xlsx = Risposte (XLSX)
survey-import-answers = Importa risposte
survey-response-rate = Tasso di risposta
survey-responses-counted = Risposte conteggiate qui sotto
survey-imported = Importate da un altro strumento
survey-group = Gruppo
survey-rate-by-kind = Tasso di risposta per tipo di organizzazione
survey-rate-by-size-class = Tasso di risposta per classe dimensionale
survey-nobody-invited = Nessuno è stato invitato.
survey-answer = Risposta
survey-share = Quota
survey-mean = Media
survey-mean-point-chart = { $question }: punto medio di ogni affermazione
survey-range-to-under = da { $low } a meno di { $high }
survey-by-month = per mese
survey-month = Mese
survey-kind-of-organisation = Tipo di organizzazione
survey-any = Tutti
survey-size-class = Classe dimensionale
survey-segment = Segmento
survey-which-responses = Quali risposte
survey-show = Mostra
survey-remind-title = Sollecita chi non ha risposto
survey-send-reminders = Invia i solleciti
survey-people-reminded =
    { $count ->
        [one] { $count } persona sollecitata con un nuovo link.
       *[other] { $count } persone sollecitate con un nuovo link.
    }

## I questionari forniti con clusterdesk
template-member-satisfaction = Soddisfazione dei soci
template-strategic-attitude = Orientamento strategico delle imprese
template-company-performance = Prestazioni annuali delle imprese
template-strategy-consultation = Consultazione per un nuovo piano strategico

## Attività
task-tasks = Attività
task-nobody-yet = ancora nessuno
task-nobody-yet-option = (ancora nessuno)
task-my-open-tasks = Le mie attività aperte
task-all-open-tasks = Tutte le attività aperte
task-done = Fatto
task-done-tasks = Attività completate
task-open-about-organisation = Attività aperte su un’organizzazione
task-nothing-to-do = Niente da fare: nessuna attività aperta è tua.
task-none-here = Nessuna attività qui.
task-what-is-to-be-done = Cosa c’è da fare
task-due = Scadenza
task-who-does-it = Chi se ne occupa
task-new = Nuova attività
task-new-about = Nuova attività su { $organisation }
task-add = Aggiungi attività
task-created = L’attività è creata.
task-task = Attività
task-who = Chi
task-overdue = scaduta
task-open-again = Riapri

## Interazioni e modelli di intervista
interaction-no-date = senza data
interaction-timeline = Cronologia
interaction-what = Cosa
interaction-timeline-empty = Ancora nessuna interazione o attività. Registra un incontro, una telefonata, una visita o un’intervista.
interaction-log = Registra interazione
interaction-task-done = Attività, completata
interaction-task-overdue = Attività, scaduta
interaction-open-from-organisation = apri il modulo dalla pagina di un’organizzazione
interaction-day = Giorno
interaction-subject = Oggetto
interaction-with = Con
interaction-nobody-in-particular = (nessuno in particolare)
interaction-team-member = Membro del team
interaction-none = (nessuno)
interaction-notes = Note
interaction-interview-template = Intervista: { $template }
interaction-interview-with = Intervista con { $organisation }: { $template }
interaction-log-with = Registra un’interazione con { $organisation }
interaction-no-templates = Le interviste seguono modelli di domande; il cluster non ne ha ancora.
interaction-log-an-interaction = Registra un’interazione
interaction-logged = L’interazione è registrata.
interaction-logged-by = Registrata da
interaction-by-on = { $who } il { $day }
interaction-kind-with = { $kind } con { $organisation }
interaction-follow-up-tasks = Attività di follow-up
interaction-state = Stato
interaction-no-follow-up-tasks = Nessuna attività di follow-up.
interaction-add-follow-up-task = Aggiungi attività di follow-up
interaction-record-project-idea = Registra un’idea di progetto da qui
interaction-templates-intro = Le domande che segue un’intervista strutturata. Le risposte sono conservate per domanda, così che le interviste si possano confrontare.
interaction-no-templates-yet = Ancora nessun modello.
interaction-new-template = Nuovo modello
interaction-template-name = Nome
interaction-one-question-a-line = Una domanda per riga.
interaction-add-template = Aggiungi modello
survey-group-unknown = Non noto
survey-chart-not-rated = non valutato

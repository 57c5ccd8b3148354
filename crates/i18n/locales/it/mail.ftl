# Messaggi che clusterdesk scrive a soci e visitatori, nella loro lingua.
mail-reminder-subject = Sollecito: la fattura { $number } di { $cluster } è scaduta da { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }
mail-reminder-greeting = Gentili colleghi di { $customer },
mail-reminder-overdue = la nostra fattura { $number } del { $issued } di { $gross } era in scadenza il { $due } ed è scaduta da { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }. Restano da pagare { $owed }.
mail-reminder-pay-to-iban = Vi preghiamo di effettuare il bonifico sull’IBAN { $iban }, con la causale { $number }.
mail-reminder-pay = Vi preghiamo di effettuare il pagamento con la causale { $number }.
mail-reminder-disregard = Se avete già pagato negli ultimi giorni, vi ringraziamo e vi preghiamo di non tenere conto di questo messaggio.
mail-reminder-regards = Cordiali saluti,
mail-hello-name = Gentile { $name },
mail-hello = Buongiorno,
# L’iscrizione di un visitatore dalla pagina pubblica di un evento.
mail-request-subject = Conferma dell’iscrizione: { $title }
mail-request-asked = qualcuno (speriamo proprio lei) ha chiesto di iscrivere questo indirizzo email a «{ $title }» ({ $when }).
mail-request-link = Per confermare, apra questo link e prema il pulsante che troverà nella pagina:
mail-request-ignore = Se la richiesta non è partita da lei, ignori questa email: senza conferma non viene registrata alcuna iscrizione.
mail-declined-subject = La sua iscrizione: { $title }
mail-declined-text = purtroppo il team non ha potuto accettare la sua iscrizione a «{ $title }» ({ $when }). Se ritiene che si tratti di un errore, la preghiamo di scriverci.
mail-already-subject = Iscrizione già registrata: { $title }
mail-already-text = questo indirizzo risultava già iscritto a «{ $title }» ({ $when }): non è cambiato nulla. La conferma che le abbiamo inviato allora contiene il suo link personale.
mail-waitlisted-subject = Lista d’attesa: { $title }
mail-waitlisted-opening = l’evento è al completo, quindi la sua iscrizione è in lista d’attesa. Se si libera un posto, sarà suo e le scriveremo.
mail-registered-subject = Iscrizione confermata: { $title }
mail-registered-opening = la sua iscrizione è confermata. Trova l’evento nel file di calendario allegato.
mail-agenda = Programma
mail-registration-cost = La quota di partecipazione è di { $amount }, imposte incluse: seguirà la nostra fattura { $number }. In caso di annullamento, verrà stornata per intero con nota di credito.
mail-nothing-invoiced-while-waiting = Finché è in lista d’attesa non le viene fatturato nulla; la fattura arriva quando ottiene un posto.
mail-cancel-here = Se non può partecipare, annulli qui l’iscrizione, così che qualcun altro possa prendere il suo posto:
mail-seat-subject = Un posto per lei: { $title }
mail-seat-freed = si è liberato un posto ed è suo: la sua iscrizione a «{ $title }» ({ $when }) è confermata.
mail-seat-invoice = La sua fattura { $number } di { $amount } è emessa secondo le condizioni dell’evento.
# Il feedback dopo un evento.
mail-feedback-subject = Che cosa ne pensa di «{ $title }»?
mail-feedback-ask = grazie per aver partecipato a «{ $title }». Un minuto del suo tempo ci dirà che cosa mantenere e che cosa cambiare:
# L’invito a un sondaggio e il suo promemoria.
mail-survey-anonymous = Il sondaggio è anonimo: le sue risposte sono conservate senza il suo nome, la sua email o questo link.
mail-survey-named = Le sue risposte sono conservate con il suo nome e quello della sua organizzazione, per il team del cluster.
mail-survey-reminder = un piccolo promemoria: non abbiamo ancora ricevuto le sue risposte. Questo link sostituisce quello del nostro primo messaggio; quanto ha già salvato resta conservato.
mail-survey-asks = il cluster desidera conoscere la sua opinione.
mail-survey-reminder-subject = Promemoria: { $title }
mail-survey-link-yours = Il link è riservato a lei; le risposte sono accettate fino al { $closes }.
# Le persone e i loro account.
mail-role-manager = cluster manager
mail-role-staff = staff
mail-role-board = consiglio direttivo
mail-invitation-subject = Invito a { $cluster } in clusterdesk
mail-invitation-text = { $who } la invita a lavorare in clusterdesk per { $cluster }, con il ruolo «{ $role }».
mail-invitation-link = Per iniziare, scelga qui la sua password (il link è valido una sola volta, per { $count ->
        [one] { $count } giorno
       *[other] { $count } giorni
    }):
mail-invitation-ignore = Se non si aspettava questo messaggio, può ignorarlo.
mail-new-role-subject = Ora può lavorare in clusterdesk per { $cluster }
mail-new-role-text = { $who } le ha assegnato il ruolo «{ $role }» per { $cluster } in clusterdesk. Acceda come di consueto; il cluster si trova qui:
mail-reset-subject = Reimpostazione della password di clusterdesk
mail-reset-text = qualcuno ha chiesto di reimpostare la password del suo account clusterdesk ({ $email }). Scelga qui una nuova password (il link è valido una sola volta, per { $count ->
        [one] { $count } minuto
       *[other] { $count } minuti
    }):
mail-reset-ignore = Se la richiesta non è partita da lei, ignori questo messaggio: la sua password resta invariata.

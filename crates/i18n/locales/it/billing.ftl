# Fatturazione: adesioni e quote associative, fatture e note di credito, pagamenti, estratti conto,
# solleciti, dati di fatturazione dell’emittente e fattura stampabile.

## Etichette delle enumerazioni (per codice)
membership-status-applied = Domanda presentata
membership-status-active = Attiva
membership-status-active-fee-unpaid = Attiva, quota non pagata
membership-status-suspended = Sospesa
membership-status-lapsed = Scaduta
membership-status-terminated = Cessata
invoice-state-draft = Bozza
invoice-state-issued = Emessa
invoice-state-partially-paid = Pagata in parte
invoice-state-paid = Pagata
invoice-state-overdue = Scaduta
invoice-state-credited = Stornata con nota di credito
invoice-state-void = Annullata
invoice-kind-fee = Quota associativa
invoice-kind-service = Servizio
invoice-kind-event = Evento
invoice-kind-credit-note = Nota di credito
payment-source-manual = inserito a mano
payment-source-bank = estratto conto
payment-source-credit = credito del cliente
credit-kind-overpayment = Pagamento in eccesso trattenuto
credit-kind-applied = Usato su una fattura
credit-kind-refund = Rimborsato
credit-kind-reversal = Pagamento stornato

## Adesioni
billing-new-invoice = Nuova fattura
billing-credit-balance = Credito: { $amount }
billing-not-a-member = Non socio
billing-membership = Adesione
billing-type = Tipo
billing-why = Motivo
billing-member-since = Socio dal
billing-not-a-member-empty = Non socio.
billing-add-membership = Aggiungi adesione
billing-invoices-count = Fatture ({ $count })
billing-no-invoices = Nessuna fattura.
billing-number = Numero
billing-issued = Emessa il
billing-due = Scadenza
billing-amount = Importo
billing-paid = Pagato
billing-state = Stato
billing-draft = Bozza
billing-membership-types = Tipi di adesione
billing-renewal = Rinnovo
billing-figures = Dati
billing-memberships-count = { $count ->
    [one] { $count } adesione
   *[other] { $count } adesioni
    }
billing-show = Mostra
billing-every-status = Ogni stato
billing-memberships = Adesioni
billing-no-memberships-yet = Ancora nessuna adesione: aggiungine una dalla pagina di un’organizzazione.
billing-period-fixed-rollover = l’anno del cluster; chi aderisce dal { $day }/{ $month } inizia con il successivo
billing-period-fixed = l’anno del cluster
billing-period-rolling = { $months } mesi dall’adesione
billing-every-kind-lower = ogni tipo
billing-yes-lower = sì
billing-no-lower = no
billing-types-subheading = Quanto pagano i soci, per quale periodo e che cosa ricevono
billing-new-type = Nuovo tipo
billing-types = Tipi
billing-name = Nome
billing-fee = Quota
billing-period = Periodo
billing-tax = IVA
billing-open-to = Aperto a
billing-vote = Voto
billing-no-types-yet = Ancora nessun tipo di adesione.
billing-open-to-hint = Separati da virgole, tra: { $codes }. Vuoto per ogni tipo.
billing-yes = Sì
billing-voting-rights = Diritto di voto
billing-benefits = Vantaggi
billing-period-option-fixed = L’anno del cluster
billing-period-option-rolling = Un numero di mesi dall’adesione
billing-rollover-day = Giorno di passaggio
billing-rollover-hint = Per l’anno del cluster: chi aderisce in questo giorno o dopo (giorno/mese, ad esempio 1/10) inizia l’anno successivo, con il resto dell’anno in corso gratuito.
billing-months = Mesi
billing-months-hint = Per un periodo dall’adesione: quanti mesi dura (12 per un anno).
billing-pro-rata = Pro rata
billing-pro-rata-hint = Se un socio che aderisce durante un periodo paga solo i giorni rimanenti.
billing-tax-rate = Aliquota IVA (%)
billing-tax-rate-hint = Vuoto o 0 se le quote non sono soggette a IVA.
billing-fee-rule = Regola della quota
fee-rule-flat = Quota fissa
fee-rule-by-employees = A scaglioni per dipendenti
fee-rule-by-turnover = A scaglioni per fatturato
fee-rule-turnover-share = Quota del fatturato, con minimo e massimo
fee-rule-in-kind = In natura (ore a una tariffa)
billing-flat-fee = Quota fissa ({ $currency })
billing-bands = Fasce
billing-bands-hint = Una fascia per riga, LIMITE: QUOTA, l’ultima rest: QUOTA. Per dipendenti: '9: 300', '49: 800', 'rest: 2000'. Per fatturato, i limiti sono importi.
billing-share-of-turnover = Quota del fatturato (%)
billing-floor = Minimo ({ $currency })
billing-cap = Massimo ({ $currency })
billing-in-kind-hours = In natura: ore per periodo
billing-in-kind-rate = In natura: valore di un’ora ({ $currency })
billing-save-type = Salva tipo
billing-type-form-intro = Vengono letti solo i campi della regola della quota scelta.
billing-new-membership-type = Nuovo tipo di adesione
billing-type-created = Il tipo di adesione è stato creato.
billing-membership-type = Tipo di adesione
billing-simulate-another = Simula un’altra regola della quota
billing-fee-simulation = Simulazione della quota
billing-fee-simulation-of = Simulazione della quota: { $name }
billing-simulation-subheading = Prova un’altra regola della quota sui soci attuali del tipo. Nulla viene salvato. Ora: { $rule }.
billing-fee-rule-to-try = Regola della quota da provare
billing-simulate = Simula
billing-rule-cannot-be-tried = La regola non può ancora essere provata: correggi i campi segnalati qui sotto.
billing-would-pay-more = Pagherebbero di più
billing-would-pay-less = Pagherebbero di meno
billing-would-pay-same = Pagherebbero lo stesso
billing-income-by-type = Entrate da quote per periodo, per tipo
billing-now = Ora
billing-projected = Previsto
billing-change = Variazione
billing-no-types = Nessun tipo.
billing-members-of = Soci del tipo { $name }
billing-member = Socio
billing-type-has-no-members = Il tipo non ha soci al momento.
billing-renewal-year = Rinnovo { $year }
billing-renewal-subheading = Le fatture delle quote di un periodo: prima chi verrà fatturato, quanto e perché; poi un clic le emette tutte. Rieseguirlo non emette nulla due volte.
billing-preview = Anteprima
billing-issue-n-invoices = { $count ->
    [one] Emetti { $count } fattura
   *[other] Emetti { $count } fatture
    }
billing-issue-the-invoices = Emetti le fatture
billing-year = Anno
billing-renewal-confirm = Emettere { $count ->
    [one] { $count } fattura di quota associativa
   *[other] { $count } fatture di quota associativa
    } per il { $year }, per un totale di { $total }? Le fatture sono numerate e non possono essere eliminate.
billing-to-invoice = Da fatturare
billing-total = Totale
billing-left-out = Escluse
billing-no-renewals = Nessuna adesione si rinnova quest’anno.
billing-renewal-done = { $count ->
    [one] { $count } fattura emessa
   *[other] { $count } fatture emesse
    }, da { $first } a { $last }.
billing-renewal-nothing = Niente da emettere: ogni adesione del periodo è già fatturata.
billing-membership-figures = Dati delle adesioni
billing-membership-figures-of = Dati delle adesioni { $period }
billing-as-of = Al { $day }
billing-new = Nuove
billing-lost = Perse
billing-retention = Fidelizzazione
billing-fees-billed = Quote fatturate
billing-fees-collected = Quote incassate
billing-fees-outstanding = Quote da incassare
billing-five-largest = Pagato dai cinque maggiori contribuenti
billing-by-type = Per tipo
billing-by-kind = Per natura
billing-by-size-class = Per classe dimensionale
billing-no-members = Nessun socio.
billing-applied-on = Domanda del
billing-accepted-member-from = Accettata, socio dal
billing-accepted-hint = Vuoto finché la domanda attende il consiglio direttivo.
billing-membership-of = Adesione di { $name }
billing-membership-form-intro = I tipi aperti a questa natura di organizzazione.
billing-new-membership = Nuova adesione
billing-choose-membership-type = scegli un tipo di adesione
billing-membership-recorded = L’adesione è registrata.
billing-nothing-saved-because = Nulla è stato salvato: { $error }.
billing-member-from = Socio dal
billing-suspended-from = Sospesa dal
billing-terminated-on = Cessata il
billing-accept-from-day = Accetta dal giorno
billing-suspend-from-day = Sospendi dal giorno
billing-reinstate = Riattiva
billing-terminate-on-day = Fai cessare il giorno
billing-day = Giorno
billing-change-confirm = Applicare questa modifica all’adesione? Viene registrata nella sua cronologia.
billing-fee-invoice-for = Fattura della quota per { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Fattura della quota: il periodo in corso, { $period }, non ne ha da emettere ({ $reason })
billing-issue-fee-invoice = Emetti la fattura della quota
billing-day-of-period = Un giorno del periodo
billing-day-of-period-hint = Vuoto per il periodo qui sopra; il rinnovo non fattura mai di nuovo un periodo già fatturato.
billing-issue-fee-invoice-confirm = Emettere la fattura della quota? Prende il numero di fattura successivo.
billing-fee-invoices = Fatture delle quote
billing-no-fee-yet = Ancora nessuna quota fatturata.
billing-history = Cronologia
billing-when = Quando
billing-by = Da
billing-no-changes = Nessuna modifica.
billing-fee-invoice-issued = Fattura della quota { $number } emessa per { $period }.
billing-no-fee-invoice-for = nessuna fattura della quota per { $period }: { $reason }
billing-choose-change = scegli una modifica
billing-change-recorded = La modifica è registrata.

## Fatture
billing-bank-statement = Estratto conto
billing-unmatched-payments = Pagamenti non abbinati
billing-reminders = Solleciti
billing-sent-mail = Email inviate
billing-billing-details = Dati di fatturazione
billing-customer = Cliente
billing-invoices-n = { $count ->
    [one] { $count } fattura
   *[other] { $count } fatture
    }
billing-outstanding-summary = { $invoices }; { $amount } da incassare
billing-first-500 = sono mostrate le prime 500, restringi l’elenco per vedere le altre
billing-find = Cerca
billing-number-or-customer = Numero o cliente
billing-every-state = Ogni stato
billing-every-kind = Ogni tipo
billing-no-invoices-match = Nessuna fattura corrisponde.
billing-invoices-csv = Fatture CSV
billing-invoices-xlsx = Fatture XLSX
billing-payments-csv = Pagamenti CSV
billing-payments-xlsx = Pagamenti XLSX
billing-fee-from-membership-option = Quota associativa (emessa dall’adesione del cliente)
billing-kind-hint = Una quota associativa ti porta all’adesione, che ne calcola l’importo e impedisce al rinnovo di fatturarla due volte.
billing-tax-rate-none-hint = Vuoto o 0 per nessuna.
billing-note-on-invoice = Nota sulla fattura
billing-line-what-for = Riga { $n }: descrizione
billing-line-quantity = Riga { $n }: quantità
billing-quantity-hint = 1 se vuoto
billing-line-price = Riga { $n }: prezzo unitario ({ $currency })
billing-save-draft = Salva bozza
billing-draft-intro = Una fattura di servizio o di evento. Viene salvata come bozza: controllala, poi emettila per assegnarle il numero.
billing-draft-saved = La bozza è salvata: controllala, poi emettila.
billing-issue-from-membership = Emetti la fattura della quota dall’adesione: il suo tipo ne calcola l’importo e il rinnovo non la fatturerà di nuovo.
billing-choose-fee-customer = scegli il cliente di cui fatturare la quota associativa
billing-no-accepted-membership = il cliente non ha un’adesione accettata: aggiungine o accettane una, poi fattura la quota da lì
billing-invoice = Fattura
billing-invoice-title = Fattura { $number }
billing-printable-invoice = Fattura stampabile
billing-all-invoices = Tutte le fatture
billing-net = Imponibile
billing-tax-percent = IVA ({ $rate })
billing-credited = Stornato
billing-outstanding = Da incassare
billing-corrects = Rettifica
billing-how-fee-is-made = Come si calcola la quota
billing-note = Nota
billing-void-because = Annullata perché
billing-issue = Emetti
billing-issue-the-invoice = Emetti la fattura
billing-issue-ask = Emettere la fattura? Prende il numero successivo dell’anno e dopo non può più essere modificata, solo rettificata con una nota di credito.
billing-discard = Elimina
billing-discard-the-draft = Elimina la bozza
billing-discard-confirm = Eliminare questa bozza? Non ha ancora un numero; non si perde nient’altro.
billing-record-a-payment = Registra un pagamento
billing-record-payment = Registra il pagamento
billing-received-on = Ricevuto il
billing-reference = Causale
billing-keep-overpayment = Tieni come credito del cliente quanto pagato oltre l’importo dovuto
billing-keep-overpayment-hint = Altrimenti un importo superiore al dovuto viene rifiutato.
billing-customer-has-credit = Il cliente ha { $amount } di credito
billing-use-the-credit = Usa il credito
billing-use-credit-confirm = Pagare { $amount } di questa fattura con il credito del cliente?
billing-issue-credit-note = Emetti nota di credito
billing-amount-to-credit = Importo da stornare
billing-amount-to-credit-hint = Vuoto per tutto ciò che non è ancora stornato.
billing-what-it-corrects = Che cosa rettifica
billing-credit-note-confirm = Emettere una nota di credito? Prende il numero di fattura successivo e non può essere eliminata.
billing-void-title = Annulla
billing-void-the-invoice = Annulla la fattura
billing-void-confirm = Annullare questa fattura? Mantiene il suo numero, segnata come annullata, e non è più dovuto nulla.
billing-lines = Righe
billing-description = Descrizione
billing-quantity = Quantità
billing-price = Prezzo
billing-no-lines = Nessuna riga.
billing-reversed-on = Stornato il { $day }: { $reason }
billing-kept-as-credit = { $amount } tenuti come credito
billing-reverse-payment-title = Storna il pagamento di { $amount } ricevuto il { $day }
billing-reverse-payment = Storna il pagamento
billing-reverse-confirm = Stornare questo pagamento? Resta nella cronologia, segnato come stornato, e l’importo torna dovuto.
billing-payments = Pagamenti
billing-received = Ricevuto
billing-from = Origine
billing-nothing-paid-yet = Ancora nulla di pagato.
billing-credit-notes = Note di credito
billing-reminders-sent = Solleciti inviati
billing-to = A
billing-issued-as = Emessa con il numero { $number }.
billing-draft-discarded = La bozza è eliminata.
billing-invoice-is-void = La fattura è annullata.
billing-credit-note-issued = Nota di credito { $number } emessa.

## Fattura e nota di credito stampabili (documento fiscale, nella lingua del cliente)
billing-print-invoice = Fattura
billing-print-credit-note = Nota di credito
billing-print-draft-invoice = Bozza di fattura
billing-print-tax-rate = IVA { $rate }
billing-print-back = ← Torna alla fattura
billing-print-how = Stampa questa pagina, o salvala come PDF dalla finestra di stampa.
billing-print-number = N. { $number }
billing-print-void = Annullata
billing-print-paid = Pagata
billing-print-draft-stamp = Bozza, non valida come fattura
billing-print-vat = P. IVA
billing-print-bill-to = Intestata a
billing-print-details = Dati
billing-print-date = Data
billing-print-due = Scadenza
billing-print-corrects = Rettifica
billing-print-corrects-invoice = Fattura { $number }
billing-print-description = Descrizione
billing-print-qty = Q.tà
billing-print-price = Prezzo unitario
billing-print-net = Imponibile
billing-print-tax = Aliquota IVA
billing-print-tax-amount = Importo IVA
billing-print-total = Totale documento
billing-print-credited = Stornato
billing-print-to-pay = Netto a pagare
billing-print-tax-note = L’IVA è calcolata una sola volta sull’imponibile totale della fattura; gli importi per riga sono arrotondati singolarmente.
billing-print-pay-to-iban = Si prega di pagare con bonifico sull’IBAN { $iban }, con la causale { $reference }.
billing-print-pay-reference = Si prega di pagare con la causale { $reference }.

## Pagamenti e credito del cliente
billing-payment-recorded = Il pagamento è registrato.
billing-unmatched-subheading = Somme ricevute che nessun numero di fattura né partita IVA ha abbinato. Indica per ciascuna la fattura che paga.
billing-unmatched-payment = { $amount } il { $day }: { $reference }
billing-assign = Abbina
billing-invoice-number = Numero di fattura
billing-text = Testo
billing-all-matched = Ogni pagamento ricevuto è abbinato a una fattura.
billing-payment-now-pays = Il pagamento ora salda { $number }.
billing-payment-reversed = Il pagamento è stornato; resta nella cronologia.
billing-credit-pays = { $amount } del credito del cliente pagano la fattura.
billing-customers-credit = Credito del cliente
billing-credit-of = Credito di { $name }
billing-credit-subheading = Restano { $amount }. Deriva da pagamenti superiori al dovuto di una fattura; usalo su una fattura aperta, o registrane il rimborso.
billing-refund = Rimborso
billing-record-the-refund = Registra il rimborso
billing-all-of-credit-hint = Vuoto per tutto il credito.
billing-how-paid-back = Come è stato restituito
billing-refund-confirm = Registrare che questo credito è stato restituito al cliente?
billing-what = Cosa
billing-never-had-credit = Il cliente non ha mai avuto credito.
billing-refund-recorded = Il rimborso di { $amount } è registrato.

## Estratti conto
billing-bank-intro = L’estratto conto esportato dalla tua banca, in CSV (virgole, punti e virgola o tabulazioni) o XLSX, con una colonna della data e una dell’importo (intitolate in inglese, spagnolo, italiano, tedesco o francese). Ogni pagamento ricevuto viene abbinato a una fattura tramite il numero di fattura nella causale, o tramite la partita IVA del cliente e l’importo esatto dovuto; gli altri vengono tenuti per l’abbinamento a mano. Vedrai l’esito di ogni riga prima che venga registrato qualcosa, e un estratto importato due volte viene registrato una volta sola.
billing-statement = Estratto conto
billing-at-most-mib = Al massimo { $mib } MiB.
billing-upload-and-check = Carica e controlla
billing-choose-file = Scegli un file da caricare.
billing-file-unreadable = Questo file non può essere letto: { $message }.
billing-matched-by = { $number } ({ $customer }, tramite { $by })
billing-matched-by-credit = { $number } ({ $customer }, tramite { $by }); { $amount } in eccesso tenuti come credito
billing-no-invoice-found = Nessuna fattura trovata: tenuto come non abbinato
billing-money-out = Uscita: ignorata
billing-other-currency = In { $currency }, non nella valuta del cluster: lasciato da registrare a una persona
billing-recorded-before = Già registrato
billing-bank-statement-of = Estratto conto { $name }
billing-statement-unreadable = Questo estratto conto non può essere letto: { $message }.
billing-bank-preview = Che cosa farà la registrazione di questo estratto conto, riga per riga. Non è ancora registrato nulla.
billing-matched-to-invoice = Abbinati a una fattura
billing-unmatched-kept = Non abbinati, tenuti per l’abbinamento a mano
billing-lines-unreadable = { $count ->
    [one] { $count } riga non può essere letta
   *[other] { $count } righe non possono essere lette
    }, quindi non si può registrare nulla: { $errors }
billing-record = Registra
billing-record-the-payments = Registra i pagamenti
billing-line = Riga
billing-date = Data
billing-outcome = Esito
billing-statement-no-lines = L’estratto conto non ha righe.
billing-nothing-recorded = Non è stato registrato nulla: alcune righe non possono essere lette.
billing-bank-recorded = Pagamenti registrati sulle fatture: { $matched }; tenuti come non abbinati: { $unmatched }.

## Solleciti
billing-reminders-subheading = Le fatture scadute e a chi va il sollecito: ai contatti del cliente in amministrazione o finanza, oppure a tutti i suoi contatti con un indirizzo email. Una fattura viene sollecitata al massimo una volta ogni { $days } giorni.
billing-mail-not-set-up = L’email non è configurata, quindi i solleciti non possono essere inviati: imposta CLUSTERDESK_SMTP_URL e CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Invia { $count } sollecito
   *[other] Invia { $count } solleciti
    }
billing-send-reminders = Invia i solleciti
billing-send-reminders-confirm = { $count ->
    [one] Inviare ora { $count } email di sollecito?
   *[other] Inviare ora { $count } email di sollecito?
    }
billing-will-be-reminded = Sarà sollecitata
billing-queued = In coda di invio
billing-no-address = Nessun contatto con un indirizzo email
billing-reminded-on = Sollecitata il { $day }
billing-settled-meanwhile = Pagata o saldata nel frattempo
billing-overdue-invoices = Fatture scadute
billing-days-overdue = Giorni di ritardo
billing-open = Da incassare
billing-reminder = Sollecito
billing-none-overdue = Nessuna fattura è scaduta.
billing-reminders-on-way = { $count ->
    [one] { $count } sollecito è in partenza
   *[other] { $count } solleciti sono in partenza
    }: il registro degli invii mostra quando parte ciascuno.

## Dati di fatturazione dell’emittente
billing-legal-name = Ragione sociale
billing-legal-name-hint = Come compare sulle fatture; il nome del cluster se vuoto.
billing-address = Indirizzo
billing-vat-id = Partita IVA
billing-iban = IBAN
billing-iban-hint = Dove i soci versano le quote; stampato su fatture e solleciti.
billing-billing-email = Email per la fatturazione
billing-billing-email-hint = Le risposte ai solleciti arrivano qui.
billing-save = Salva
billing-details-intro = Ciò che il cluster stampa sulle sue fatture come emittente.
billing-details-saved = Dati di fatturazione salvati.
billing-documents-language = Lingua dei documenti del cluster
billing-documents-language-is = Documenti in { $language }
billing-documents-language-of-country = { $language }, la lingua del Paese
billing-documents-language-hint = Fatture, note di credito e solleciti dei clienti senza una lingua propria, le e-mail a chi non ne ha scelta una e i questionari creati da un modello sono redatti in questa lingua. Gli elenchi di organizzazioni e contatti per nome seguono il suo ordine alfabetico.
billing-documents-language-set = I documenti del cluster sono ora redatti in { $language }.

## Ciò che clusterdesk scrive sulla fattura e sulla nota di credito di un cliente, nella lingua del cliente
invoice-line-membership-fee = Quota associativa { $type } { $period }
invoice-line-registration = Iscrizione: { $event } il { $day }
invoice-line-registration-member = Iscrizione: { $event } il { $day } (prezzo per i soci)
invoice-line-service = { $service } il { $day }
invoice-line-service-member = { $service } il { $day } (prezzo per i soci)
invoice-explanation-services =
    { $count ->
        [one] Servizi prestati (1 prestazione)
       *[other] Servizi prestati ({ $count } prestazioni)
    }
invoice-line-credit = Nota di credito sulla fattura { $number }: { $reason }
invoice-credit-registration-cancelled = iscrizione di { $name } annullata: { $reason }
invoice-credit-event-cancelled = l'evento è stato annullato
invoice-credit-by-the-team = dal team
invoice-credit-by-the-person = dalla persona iscritta

## Storico di un'adesione
membership-history-applied = richiesta il { $day }
membership-history-accepted = accettata, a partire dal { $day }
membership-history-suspended = sospesa dal { $day }
membership-history-terminated = cessata il { $day }
membership-history-reinstated = riattivata
membership-history-suspended-when-imported = sospesa all'importazione
membership-history-imported = importata da { $file }: { $what }

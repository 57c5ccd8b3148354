# Meldungen der Anwendungsfälle: Ablehnungen und was eine Seite oder eine API-Antwort über die Daten sagt (Monitoring, Rechnungen, Umfragen, Veranstaltungen, Mitgliedschaften, Anmeldungen, Kontoauszüge, Engagement, Finanzen, Projekte, Leistungen, Wertschöpfungskette, Segmente, Interaktionen, Indikatorensets, was Aufmerksamkeit braucht).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } Veranstaltung besucht
       *[other] { $count } Veranstaltungen besucht
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } Aktivität
       *[other] { $count } Aktivitäten
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } Projekt
       *[other] { $count } Projekte
    }
invalid-app-monitoring-active = aktiv
invalid-app-monitoring-not-active = nicht aktiv
invalid-app-monitoring-sme = KMU
invalid-app-monitoring-large = groß
invalid-app-monitoring-size-unknown = Größe unbekannt
invalid-app-monitoring-strand-business =
    { $count ->
        [one] Wirtschaft ({ $count } Mitglied)
       *[other] Wirtschaft ({ $count } Mitglieder)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] Wissenschaft ({ $count } Mitglied)
       *[other] Wissenschaft ({ $count } Mitglieder)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] öffentliche Verwaltung ({ $count } Mitglied)
       *[other] öffentliche Verwaltung ({ $count } Mitglieder)
    }
invalid-app-monitoring-memberships-began = Mitgliedschaften, die { $period } begannen
invalid-app-monitoring-members-lost = Mitglieder zu Beginn, die keine Mitglieder mehr sind
invalid-app-monitoring-fee-invoices-of = Beitragsrechnungen { $period }
invalid-app-monitoring-paid = Bezahlt
invalid-app-monitoring-still-owed = Noch offen
invalid-app-monitoring-attended = { $count } anwesend
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } Sitzung
       *[other] { $count } Sitzungen
    }
invalid-app-monitoring-serves-a-challenge = dient einer Herausforderung
invalid-app-monitoring-serves-no-challenge = dient keiner Herausforderung
invalid-app-monitoring-numerator = Zähler
invalid-app-monitoring-denominator = Nenner
invalid-app-monitoring-members = Mitglieder
invalid-app-monitoring-fte = VZÄ
invalid-app-monitoring-no-strategy = Keine Strategie deckt das Jahr ab
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } Herausforderung
       *[other] { $count } Herausforderungen
    }
invalid-app-monitoring-action-plan = Aktionsplan { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } Maßnahme
       *[other] { $count } Maßnahmen
    }
invalid-app-monitoring-reviewed-by = Überprüft von { $name }
invalid-app-monitoring-part-of = { $part } von { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } neues Produkt
       *[other] { $count } neue Produkte
    }
invalid-app-monitoring-campaign-closed = { $title } (abgeschlossen)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } Antwort, Mittelwert { $mean }
       *[other] { $count } Antworten, Mittelwert { $mean }
    }
invalid-app-monitoring-entered-by = Erfasst von { $name }
invalid-app-monitoring-name-required = geben Sie dem Indikator einen Namen
invalid-app-monitoring-at-most-200 = höchstens 200 Zeichen
invalid-app-monitoring-control-character = enthält ein Steuerzeichen
invalid-app-monitoring-at-most-2000 = höchstens 2000 Zeichen
invalid-app-monitoring-own-source = die eigenen Indikatoren des Clusters werden von Hand, per Formel oder aus Umfragefragen erfasst
invalid-app-monitoring-not-a-key = „{ $key }“ ist kein Schlüssel: Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens 40
invalid-app-monitoring-key-taken = „{ $key }“ ist der Schlüssel von { $name } ({ $code }); wählen Sie einen anderen
invalid-app-monitoring-not-a-question-key = „{ $key }“ ist kein Fragenschlüssel
invalid-app-monitoring-question-required = nennen Sie die Frage, deren mittlere Antwort der Indikator übernimmt
invalid-app-monitoring-formula-periodicity = „{ $key }“ ist { $periodicity }, die Formel { $own }: eine Formel liest Indikatoren ihrer eigenen Periodizität
invalid-app-monitoring-added-meanwhile = im selben Moment wurde ein anderer Indikator mit diesem Schlüssel oder Code angelegt; senden Sie erneut
invalid-app-monitoring-read-by-formula = die Formel von { $name } ({ $code }) liest „{ $key }“; ändern Sie sie zuerst
invalid-app-monitoring-give-a-year = { $name } ist { $periodicity }: geben Sie ein Jahr an, etwa 2025
invalid-app-monitoring-give-a-quarter = { $name } ist { $periodicity }: geben Sie ein Quartal an, etwa 2025-Q3
invalid-app-monitoring-not-typed = { $name } ist { $source }: seine Werte werden nicht eingegeben
invalid-app-monitoring-value-required = geben Sie den Wert an
invalid-app-monitoring-at-most-1000 = höchstens 1.000 Zeichen
invalid-app-monitoring-not-an-id = „{ $value }“ ist keine ID
invalid-app-monitoring-no-such-evidence = diesen Eintrag gibt es im Nachweisarchiv nicht
invalid-app-monitoring-title-required = geben Sie einen Titel an
invalid-app-monitoring-file-empty = die Datei ist leer
invalid-app-monitoring-file-too-large = eine Datei hat höchstens { $size } MiB
invalid-app-monitoring-file-kind = das Archiv nimmt Dokumente, Tabellen, Bilder und Texte auf (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = geben Sie einen Link oder eine Datei an, nicht beides
invalid-app-monitoring-link-or-file = geben Sie einen Link an oder wählen Sie eine Datei
invalid-app-monitoring-no-such-indicator = „{ $key }“ ist kein Indikator des Clusters
invalid-app-monitoring-store-full = das Nachweisarchiv fasst höchstens { $size } MiB für den Cluster: entfernen Sie zuerst alte Dateien
invalid-app-invoice-fee-kind = ein Mitgliedsbeitrag wird aus seiner Mitgliedschaft heraus in Rechnung gestellt, nach ihrer Art bepreist und mit ihr verknüpft, damit keine Verlängerung den Zeitraum erneut abrechnet (die Seite der Mitgliedschaft oder POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = „{ $value }“ ist keine Rechnungsart; verwenden Sie service oder event
invalid-app-invoice-organisation-required = wählen Sie die Organisation, an die die Rechnung geht
invalid-app-invoice-line-quantity = Zeile { $line }: die Menge „{ $value }“ ist keine ganze Zahl von 1 bis 1.000.000
invalid-app-invoice-line-price = Zeile { $line }: der Preis { $problem }
invalid-app-invoice-line-description = Zeile { $line }: geben Sie an, wofür sie ist
invalid-app-invoice-line-description-long = Zeile { $line }: die Beschreibung muss unter 300 Zeichen bleiben
invalid-app-invoice-no-line = eine Rechnung braucht mindestens eine Zeile
invalid-app-invoice-nothing-asked = die Zeilen ergeben nichts; eine Rechnung muss einen Betrag über null fordern
invalid-app-invoice-issued-already = die Rechnung { $number } ist bereits ausgestellt
invalid-app-invoice-draft-gone = der Entwurf wurde inzwischen ausgestellt oder verworfen
invalid-app-invoice-issued-not-deleted = die Rechnung { $number } ist ausgestellt: sie kann nicht gelöscht werden; stornieren Sie sie (wenn nichts bezahlt wurde) oder korrigieren Sie sie mit einer Gutschrift
invalid-app-invoice-void-reason = sagen Sie in wenigen Worten, warum sie storniert wird
invalid-app-invoice-credit-reason = sagen Sie in wenigen Worten, was die Gutschrift korrigiert
invalid-app-invoice-credit-amount = eine Gutschrift zwischen 0 und { $amount }, dem Rest der Rechnung
invalid-app-invoice-payment-in-future = eine Zahlung kann nicht erfasst werden, bevor sie eingegangen ist
invalid-app-invoice-payment-zero = eine Zahlung liegt über null
invalid-app-invoice-overpayment = { $amount } ist mehr als die { $owed }, die auf { $number } noch offen sind; bestätigen Sie die Überzahlung, um die { $rest } darüber als Guthaben des Kunden zu behalten
invalid-app-invoice-reverse-reason = sagen Sie in wenigen Worten, warum die Zahlung zurückgebucht wird
invalid-app-invoice-credit-spent = { $kept } dieser Zahlung wurden als Guthaben des Kunden behalten, und von diesem Guthaben sind nur noch { $left } übrig: buchen Sie zuerst die Zahlungen zurück, die es verwendet haben
invalid-app-invoice-nothing-outstanding = auf der Rechnung { $number } ist nichts mehr offen
invalid-app-invoice-no-credit-to-use = der Kunde hat kein Guthaben, das verwendet werden kann
invalid-app-invoice-refund-note = sagen Sie in wenigen Worten, wie das Guthaben zurückgezahlt wurde
invalid-app-invoice-refund-amount = eine Erstattung zwischen 0 und { $amount }, dem Guthaben des Kunden
invalid-app-invoice-no-credit-to-refund = der Kunde hat kein Guthaben, das erstattet werden kann
invalid-app-invoice-after-today = { $day } liegt nach heute
invalid-app-invoice-statement-stopped = { $problem }; nichts wurde erfasst: importieren Sie den Kontoauszug erneut
invalid-app-invoice-payments-kept-changing = die Zahlungen des Clusters änderten sich laufend, während der Kontoauszug gelesen wurde; importieren Sie ihn erneut
billing-matched-by-number = Rechnungsnummer
billing-matched-by-vat = USt-IdNr. und Betrag
invalid-app-invoice-no-such-number = es gibt keine Rechnung { $number }
invalid-app-invoice-mail-not-set-up = E-Mail ist nicht eingerichtet: setzen Sie CLUSTERDESK_SMTP_URL (und CLUSTERDESK_MAIL_FROM), um Mahnungen zu senden
invalid-app-invoice-not-an-iban = ist keine IBAN (zwei Buchstaben, dann 13 bis 32 Buchstaben und Ziffern)
invalid-app-invoice-not-an-email = ist keine E-Mail-Adresse
invalid-app-survey-no-such-question = der Fragebogen hat keine Frage „{ $key }“
invalid-app-survey-choose-section = wählen Sie einen Abschnitt
invalid-app-survey-question-depended-on = „{ $question }“ wird abhängig von dieser Frage angezeigt: ändern oder entfernen Sie sie zuerst
invalid-app-survey-no-such-section = diesen Abschnitt gibt es nicht
invalid-app-survey-section-not-empty = der Abschnitt enthält noch Fragen: verschieben oder entfernen Sie sie zuerst
invalid-app-survey-before-today = { $day } liegt vor heute
invalid-app-survey-questionnaire-archived = der Fragebogen ist archiviert: holen Sie ihn zurück, um ihn zu senden
invalid-app-survey-questionnaire-empty = der Fragebogen fragt noch nichts: fügen Sie zuerst eine Frage hinzu
invalid-app-survey-mail-not-set-up = E-Mail ist nicht eingerichtet: setzen Sie CLUSTERDESK_SMTP_URL, um eine Umfrage zu senden
invalid-app-survey-left-out-archived = archiviert
invalid-app-survey-left-out-no-email = keine E-Mail-Adresse
invalid-app-survey-left-out-no-consent = keine dauerhafte Einwilligung in Umfragen per E-Mail
invalid-app-survey-nobody-to-invite = an keinen Kontakt des Segments { $segment } darf eine Umfrage gesendet werden ({ $count } Kontakte, keiner mit einer dauerhaften Einwilligung in Umfragen per E-Mail)
invalid-app-survey-campaign-closed = die Kampagne wurde am { $day } geschlossen: sie nimmt keine Antworten mehr an
invalid-app-survey-mail-not-set-up-reminders = E-Mail ist nicht eingerichtet: setzen Sie CLUSTERDESK_SMTP_URL, um Erinnerungen zu senden
invalid-app-survey-answers-sent = diese Antworten wurden bereits gesendet; vielen Dank
invalid-app-survey-closed = die Umfrage wurde am { $day } geschlossen
invalid-app-survey-not-a-size-class = „{ $value }“: möglich sind micro, small, medium oder large
invalid-app-survey-anonymous-no-kind = die Antworten einer anonymen Kampagne speichern weder Art noch Größenklasse der Organisation, nach denen sich filtern ließe
invalid-app-survey-anonymous-no-organisation = die Antworten einer anonymen Kampagne haben keine Organisation, nach der sich filtern ließe
invalid-app-event-cancelled-already = die Veranstaltung ist bereits abgesagt
invalid-app-event-nobody-moves-up = die Veranstaltung ist vorbei oder abgesagt: niemand rückt mehr nach
invalid-app-event-registration-cancelled-already = die Anmeldung ist bereits storniert
invalid-app-event-subject-one-line = muss eine Zeile sein
invalid-app-event-mail-not-set-up = E-Mail ist nicht eingerichtet: setzen Sie CLUSTERDESK_SMTP_URL, um E-Mails zu senden
invalid-app-event-no-address = niemand der Ausgewählten hat eine E-Mail-Adresse
invalid-app-event-check-in-too-early = die Veranstaltung ist am { $day }: die Anwesenheit wird ab diesem Tag erfasst, am Einlass oder danach
invalid-app-event-check-in-no-seat = nur wer einen Platz hat, kann eingelassen werden; geben Sie der Person zuerst einen Platz
invalid-app-membership-starts-before-applied = eine Mitgliedschaft kann nicht beginnen, bevor sie beantragt wurde
invalid-app-membership-type-not-open = die Mitgliedschaftsart { $type } steht Organisationen der Art „{ $label }“ nicht offen
invalid-app-membership-one-at-a-time = die Organisation hat bereits eine Mitgliedschaft; beenden Sie sie, bevor Sie eine weitere hinzufügen
invalid-app-membership-not-accepted-yet = beantragt, noch nicht aufgenommen
invalid-app-membership-starts-after-period = beginnt am { $day }, nach dem Zeitraum
invalid-app-membership-joined-after-rollover = nach dem Stichtag beigetreten; erster Beitrag für { $period }
invalid-app-membership-terminated-before = vor dem Zeitraum beendet
invalid-app-membership-suspended = ruhend
invalid-app-membership-invoiced-already = für diesen Zeitraum bereits in Rechnung gestellt
invalid-app-membership-cannot-be-priced = kann nicht bepreist werden: { $problem }
invalid-app-membership-pro-rata = { $explanation }; anteilig ab { $day }
invalid-app-membership-no-fee = kein Beitrag
invalid-app-membership-not-a-renewal-year = { $year } ist kein Jahr, für das ein Cluster verlängert
invalid-app-membership-no-such-year = dieses Jahr gibt es nicht
invalid-app-membership-from-acceptance = ab Aufnahme
invalid-app-membership-invoiced-by-another-run = inzwischen von einem anderen Lauf in Rechnung gestellt
invalid-app-membership-moved-meanwhile = die Mitgliedschaft ist inzwischen zu einer anderen Organisation gewechselt; versuchen Sie es erneut
invalid-app-membership-terminated = die Mitgliedschaft ist beendet; fügen Sie stattdessen eine neue hinzu
invalid-app-membership-accepted-already = die Mitgliedschaft ist bereits aufgenommen
invalid-app-membership-suspended-already = die Mitgliedschaft ruht bereits
invalid-app-membership-suspend-not-accepted = nur eine aufgenommene Mitgliedschaft kann ruhen
invalid-app-membership-not-suspended = die Mitgliedschaft ruht nicht
invalid-app-membership-ends-before-applied = eine Mitgliedschaft kann nicht enden, bevor sie beantragt wurde
invalid-app-registration-confirmed-already = diese Anmeldung ist bereits bestätigt: die E-Mail, die wir gesendet haben, enthält Ihren persönlichen Link
invalid-app-registration-declined = diese Anmeldung wurde vom Team abgelehnt
invalid-app-registration-held = das Team prüft diese Anmeldung: sie kann nicht über den Link bestätigt werden
invalid-app-registration-awaiting-confirmation = diese Anmeldung wartet auf die Bestätigung des Besuchers per E-Mail
invalid-app-registration-contact-archived = { $name } ist archiviert: stellen Sie den Kontakt wieder her, bevor Sie ihn anmelden
invalid-app-registration-no-such-contact = kein aktueller Kontakt des Clusters hat diese E-Mail-Adresse: fügen Sie die Person zuerst ihrer Organisation hinzu
invalid-app-registration-closed = die Anmeldung ist geschlossen: die Veranstaltung ist vorbei oder abgesagt
invalid-app-statement-too-large = der Kontoauszug ist größer als { $size } MiB; teilen Sie ihn nach Monaten auf
invalid-app-statement-no-date-column = der Kontoauszug hat keine Datumsspalte; nennen Sie eine seiner Spalten 'date' (gefunden: { $found })
invalid-app-statement-no-amount-column = der Kontoauszug hat keine Betragsspalte; nennen Sie eine 'amount' oder zwei 'credit' und 'debit' (gefunden: { $found })
invalid-app-statement-no-credit-or-debit = die Zeile hat weder eine Gutschrift noch eine Belastung
invalid-app-statement-not-utf8 = der XML-Kontoauszug ist nicht in UTF-8
invalid-app-statement-unreadable = der XML-Kontoauszug kann nicht gelesen werden: { $problem }
invalid-app-statement-not-camt = die XML-Datei ist kein CAMT.053-Kontoauszug (ihre Wurzel enthält kein BkToCstmrStmt, sondern { $found })
invalid-app-statement-not-camt-empty = die XML-Datei ist kein CAMT.053-Kontoauszug (ihre Wurzel enthält kein BkToCstmrStmt, sondern nichts)
invalid-app-statement-entry-no-date = der Eintrag hat kein Buchungs- oder Valutadatum (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = der Eintrag hat keinen Betrag (Amt)
invalid-app-statement-entry-direction = die Richtung des Eintrags ist { $value }; CdtDbtInd ist CRDT oder DBIT
invalid-app-statement-no-entries = der CAMT.053-Kontoauszug enthält keine Einträge (Ntry)
invalid-app-engagement-in-group-already = die Person ist bereits in der Gruppe
invalid-app-engagement-mail-not-set-up = E-Mail ist nicht eingerichtet: setzen Sie CLUSTERDESK_SMTP_URL, um um Feedback zu bitten
invalid-app-engagement-feedback-too-early = um Feedback wird gebeten, sobald die Veranstaltung vorbei ist
invalid-app-engagement-feedback-not-open = Feedback geben diejenigen, die da waren, sobald die Veranstaltung vorbei ist
invalid-app-engagement-rating = wählen Sie von 1 (schlecht) bis 5 (ausgezeichnet)
invalid-app-engagement-average = { $mean } aus { $count } Bewertungen
invalid-app-engagement-not-in-range = „{ $value }“ ist keine Zahl von { $min } bis { $max }
invalid-app-engagement-no-activity = wählen Sie mindestens eine Aktivität, die zählt
invalid-app-engagement-nobody-at-risk = kein Mitglied ist { $year } gefährdet
invalid-app-economics-not-a-year = { $year } ist kein Jahr
invalid-app-economics-years-range = fragen Sie nach einem bis { $max } Jahren, das erste vor dem letzten
invalid-app-economics-invoiced-twice = { $year }: { $stream } sind sowohl als Zeilen erfasst ({ $entered }) als auch in Rechnung gestellt ({ $invoiced }); entfernen Sie die Zeilen, die die Rechnungen enthalten.
invalid-app-economics-actual-staff-twice = { $year }: die tatsächlichen Personalkosten sind sowohl als Zeilen erfasst ({ $entered }) als auch aus dem Team gezählt ({ $team }); entfernen Sie die Zeilen, die das Team enthält.
invalid-app-economics-budget-staff-twice = { $year }: die budgetierten Personalkosten sind sowohl als Zeilen erfasst ({ $entered }) als auch aus dem Team gezählt ({ $team }); entfernen Sie die Zeilen, die das Team enthält.
invalid-app-economics-staff-from-team = die Personalkosten dieses Jahres kommen aus dem Team: erfassen Sie die Personen auf der Seite Team
invalid-app-economics-from-invoices = die tatsächlichen { $stream } kommen bereits aus den Rechnungen: erfassen Sie sie dort oder erfassen Sie eine Budgetzeile
invalid-app-economics-from-funding = die tatsächlichen { $stream } kommen bereits aus den Finanzierungsquellen der Projekte: erfassen Sie sie dort oder erfassen Sie eine Budgetzeile
invalid-app-economics-over-a-billion = ist mehr als eine Milliarde
invalid-app-economics-no-such-day = diesen Tag gibt es nicht
invalid-app-strategy-unknown-segment = { $id } ist kein Segment der Wertschöpfungskette des Netzwerks
invalid-app-project-weights-zero = mindestens ein Kriterium muss Gewicht haben
invalid-app-project-idea-promoted-already = diese Idee ist bereits ein Projekt
invalid-app-project-idea-promoted-meanwhile = diese Idee wurde inzwischen weiterverfolgt
invalid-app-project-at-stage-already = das Projekt ist bereits in der Phase { $stage }
invalid-app-project-organisation-archived = { $name } ist archiviert (oder in eine andere zusammengeführt): stellen Sie sie zuerst wieder her
invalid-app-project-participant-one-of = ein Teilnehmer ist eine Organisation des Clusters, ein Partnercluster oder eine externe Organisation
invalid-app-service-archived = die Leistung { $name } ist archiviert: sie wird nicht mehr erbracht
invalid-app-service-delivery-invoiced = die Leistungserbringung steht auf einer Rechnung: korrigieren Sie sie dort
invalid-app-service-choose-deliveries = wählen Sie die abzurechnenden Leistungserbringungen
invalid-app-service-too-many-deliveries = höchstens { $max } auf einer Rechnung
invalid-app-service-delivery-on-invoice = die Erbringung von { $service } am { $day } steht bereits auf der Rechnung { $number }
invalid-app-service-different-organisations = die Leistungserbringungen gehen an verschiedene Organisationen: eine Rechnung ist für eine
invalid-app-service-different-tax-rates = die Leistungserbringungen haben verschiedene Steuersätze: setzen Sie sie auf getrennte Rechnungen
invalid-app-service-free = die Leistungserbringungen kosten nichts: eine kostenlose Leistung braucht keine Rechnung
invalid-app-service-invoiced-meanwhile = einige der Leistungserbringungen wurden inzwischen abgerechnet; es wurde nichts getan
invalid-app-task-assignee = wählen Sie jemanden aus dem Team des Clusters, der Aufgaben erledigen darf (Mitarbeitende oder Clustermanagement)
invalid-app-value-chain-kind = wählen Sie Segment oder Technologie
invalid-app-value-chain-term-exists = die Taxonomie hat diesen Begriff bereits
invalid-app-value-chain-unknown-term = { $id } ist kein Begriff der Taxonomie des Netzwerks
invalid-app-value-chain-title = ist erforderlich, höchstens 200 Zeichen
invalid-app-value-chain-choose-term = wählen Sie einen Begriff der Taxonomie des Netzwerks
invalid-app-segment-tag-length = ein Schlagwort hat 1 bis 60 Zeichen
invalid-app-segment-name-taken = ein Segment heißt bereits „{ $name }“; wählen Sie einen anderen Namen oder öffnen Sie jenes
invalid-app-interaction-organisation = wählen Sie die Organisation
invalid-app-interaction-contact = wählen Sie eine Person dieser Organisation
invalid-app-interaction-staff = wählen Sie jemanden aus dem Team des Clusters
invalid-app-interaction-template = wählen Sie eine der Gesprächsvorlagen des Clusters
invalid-app-interaction-answers = beantworten Sie mindestens eine Frage
invalid-app-interaction-template-kind = die Fragen einer Vorlage gehören zu einem Interview
invalid-app-interaction-template-name = ist erforderlich, höchstens 120 Zeichen
invalid-app-interaction-template-questions = schreiben Sie 1 bis 60 Fragen, eine pro Zeile
invalid-app-indicator-set-no-such-indicator = „{ $key }“ ist kein Indikator im Katalog des Clusters
invalid-app-indicator-set-too-many-lines = ein Set hat höchstens { $max } Zeilen
invalid-app-indicator-set-code-twice = { $code } ist bereits im Set
invalid-app-indicator-set-code-taken = { $code } ist bereits im Set; geben Sie der Zeile einen anderen Code
invalid-app-indicator-set-copy-too-long = ein Set hat höchstens { $max } Zeilen; dieses hat { $count }
invalid-app-indicator-set-full = das Set hat { $max } Zeilen, so viele wie erlaubt; entfernen Sie zuerst eine
invalid-app-attention-due-today = heute fällig
invalid-app-attention-due-tomorrow = morgen fällig
invalid-app-attention-overdue-since = überfällig seit { $day }
invalid-app-attention-due-on = fällig am { $day }
invalid-app-attention-for-someone = , für { $name }
invalid-app-attention-not-assigned = , nicht zugewiesen
invalid-app-attention-seats-taken = { $count } von { $capacity } Plätzen belegt
invalid-app-attention-registered = { $count } angemeldet
invalid-app-attention-waiting = , { $count } auf der Warteliste
invalid-app-attention-applied =
    { $count ->
        [one] { $type } beantragt am { $day }, vor { $count } Tag
       *[other] { $type } beantragt am { $day }, vor { $count } Tagen
    }
invalid-app-attention-request = für { $event }, gesendet am { $day }
invalid-app-attention-payment = bezahlt am { $day }, Verwendungszweck „{ $reference }“
invalid-app-attention-owes =
    { $count ->
        [one] schuldet { $owed }, { $count } Tag überfällig
       *[other] schuldet { $owed }, { $count } Tage überfällig
    }
invalid-app-attention-at-risk = { $events }, { $projects } in diesem Jahr
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } Veranstaltung besucht
       *[other] { $count } Veranstaltungen besucht
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } Projekt
       *[other] { $count } Projekte
    }
invalid-app-attention-action-line = { $standing }, endet am { $day }

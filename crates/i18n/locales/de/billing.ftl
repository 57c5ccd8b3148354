# Abrechnung: Mitgliedschaften und ihre Beiträge, Rechnungen und Gutschriften, Zahlungen,
# Kontoauszüge, Zahlungserinnerungen, die Rechnungsangaben des Ausstellers und die druckbare Rechnung.

## Bezeichnungen der Aufzählungen (nach ihren Codes)
membership-status-applied = Beantragt
membership-status-active = Aktiv
membership-status-active-fee-unpaid = Aktiv, Beitrag unbezahlt
membership-status-suspended = Ruhend
membership-status-lapsed = Abgelaufen
membership-status-terminated = Beendet
invoice-state-draft = Entwurf
invoice-state-issued = Ausgestellt
invoice-state-partially-paid = Teilweise bezahlt
invoice-state-paid = Bezahlt
invoice-state-overdue = Überfällig
invoice-state-credited = Gutgeschrieben
invoice-state-void = Storniert
invoice-kind-fee = Mitgliedsbeitrag
invoice-kind-service = Dienstleistung
invoice-kind-event = Veranstaltung
invoice-kind-credit-note = Gutschrift
payment-source-manual = manuell erfasst
payment-source-bank = Kontoauszug
payment-source-credit = Guthaben des Kunden
credit-kind-overpayment = Überzahlung als Guthaben
credit-kind-applied = Mit einer Rechnung verrechnet
credit-kind-refund = Erstattet
credit-kind-reversal = Zahlung zurückgebucht

## Mitgliedschaften
billing-new-invoice = Neue Rechnung
billing-credit-balance = Guthaben: { $amount }
billing-not-a-member = Kein Mitglied
billing-membership = Mitgliedschaft
billing-type = Art
billing-why = Grund
billing-member-since = Mitglied seit
billing-not-a-member-empty = Kein Mitglied.
billing-add-membership = Mitgliedschaft hinzufügen
billing-invoices-count = Rechnungen ({ $count })
billing-no-invoices = Keine Rechnungen.
billing-number = Nummer
billing-issued = Ausgestellt
billing-due = Fällig
billing-amount = Betrag
billing-paid = Bezahlt
billing-state = Stand
billing-draft = Entwurf
billing-membership-types = Mitgliedschaftsarten
billing-renewal = Verlängerung
billing-figures = Kennzahlen
billing-memberships-count = { $count ->
    [one] { $count } Mitgliedschaft
   *[other] { $count } Mitgliedschaften
    }
billing-show = Anzeigen
billing-every-status = Jeder Status
billing-memberships = Mitgliedschaften
billing-no-memberships-yet = Noch keine Mitgliedschaften: Fügen Sie eine auf der Seite einer Organisation hinzu.
billing-period-fixed-rollover = das Jahr des Clusters; wer ab { $day }.{ $month }. beitritt, beginnt im nächsten
billing-period-fixed = das Jahr des Clusters
billing-period-rolling = { $months } Monate ab Beitritt
billing-every-kind-lower = jede Art
billing-yes-lower = ja
billing-no-lower = nein
billing-types-subheading = Was Mitglieder zahlen, für welchen Zeitraum und was sie dafür erhalten
billing-new-type = Neue Art
billing-types = Arten
billing-name = Name
billing-fee = Beitrag
billing-period = Zeitraum
billing-tax = Steuer
billing-open-to = Offen für
billing-vote = Stimmrecht
billing-no-types-yet = Noch keine Mitgliedschaftsarten.
billing-open-to-hint = Durch Kommas getrennt, aus: { $codes }. Leer für jede Art.
billing-yes = Ja
billing-voting-rights = Stimmrecht
billing-benefits = Leistungen
billing-period-option-fixed = Das Jahr des Clusters
billing-period-option-rolling = Eine Anzahl Monate ab Beitritt
billing-rollover-day = Stichtag
billing-rollover-hint = Für das Jahr des Clusters: Wer an oder nach diesem Tag beitritt (Tag/Monat, etwa 1/10), beginnt im nächsten Jahr, der Rest des laufenden ist beitragsfrei.
billing-months = Monate
billing-months-hint = Für einen Zeitraum ab Beitritt: wie viele Monate er dauert (12 für ein Jahr).
billing-pro-rata = Anteilig
billing-pro-rata-hint = Ob ein Mitglied, das während eines Zeitraums beitritt, nur für die verbleibenden Tage zahlt.
billing-tax-rate = Steuersatz (%)
billing-tax-rate-hint = Leer oder 0, wenn die Beiträge nicht steuerpflichtig sind.
billing-fee-rule = Beitragsregel
fee-rule-flat = Pauschalbeitrag
fee-rule-by-employees = Gestaffelt nach Beschäftigten
fee-rule-by-turnover = Gestaffelt nach Umsatz
fee-rule-turnover-share = Umsatzanteil, mit Mindest- und Höchstbetrag
fee-rule-in-kind = Sachleistung (Stunden zu einem Satz)
billing-flat-fee = Pauschalbeitrag ({ $currency })
billing-bands = Staffeln
billing-bands-hint = Eine Staffel pro Zeile, GRENZE: BEITRAG, die letzte rest: BEITRAG. Nach Beschäftigten: '9: 300', '49: 800', 'rest: 2000'. Nach Umsatz sind die Grenzen Beträge.
billing-share-of-turnover = Anteil am Umsatz (%)
billing-floor = Mindestbeitrag ({ $currency })
billing-cap = Höchstbeitrag ({ $currency })
billing-in-kind-hours = Sachleistung: Stunden je Zeitraum
billing-in-kind-rate = Sachleistung: Wert einer Stunde ({ $currency })
billing-save-type = Art speichern
billing-type-form-intro = Gelesen werden nur die Felder der gewählten Beitragsregel.
billing-new-membership-type = Neue Mitgliedschaftsart
billing-type-created = Die Mitgliedschaftsart ist angelegt.
billing-membership-type = Mitgliedschaftsart
billing-simulate-another = Andere Beitragsregel simulieren
billing-fee-simulation = Beitragssimulation
billing-fee-simulation-of = Beitragssimulation: { $name }
billing-simulation-subheading = Probieren Sie eine andere Beitragsregel an den aktuellen Mitgliedern dieser Art aus. Nichts wird gespeichert. Derzeit: { $rule }.
billing-fee-rule-to-try = Zu testende Beitragsregel
billing-simulate = Simulieren
billing-rule-cannot-be-tried = Die Regel kann noch nicht getestet werden: Korrigieren Sie die unten markierten Felder.
billing-would-pay-more = Würden mehr zahlen
billing-would-pay-less = Würden weniger zahlen
billing-would-pay-same = Würden gleich viel zahlen
billing-income-by-type = Beitragseinnahmen je Zeitraum, nach Art
billing-now = Derzeit
billing-projected = Künftig
billing-change = Änderung
billing-no-types = Keine Arten.
billing-members-of = Mitglieder der Art { $name }
billing-member = Mitglied
billing-type-has-no-members = Diese Art hat derzeit keine Mitglieder.
billing-renewal-year = Verlängerung { $year }
billing-renewal-subheading = Die Beitragsrechnungen eines Zeitraums: zuerst, wer wie viel und warum in Rechnung gestellt bekommt; dann stellt ein Klick alle aus. Ein erneuter Lauf stellt nichts doppelt aus.
billing-preview = Vorschau
billing-issue-n-invoices = { $count ->
    [one] { $count } Rechnung ausstellen
   *[other] { $count } Rechnungen ausstellen
    }
billing-issue-the-invoices = Rechnungen ausstellen
billing-year = Jahr
billing-renewal-confirm = { $count ->
    [one] { $count } Beitragsrechnung
   *[other] { $count } Beitragsrechnungen
    } für { $year } über insgesamt { $total } ausstellen? Rechnungen werden nummeriert und können nicht gelöscht werden.
billing-to-invoice = Abzurechnen
billing-total = Gesamt
billing-left-out = Ausgelassen
billing-no-renewals = In diesem Jahr wird keine Mitgliedschaft verlängert.
billing-renewal-done = { $count ->
    [one] { $count } Rechnung ausgestellt
   *[other] { $count } Rechnungen ausgestellt
    }, { $first } bis { $last }.
billing-renewal-nothing = Nichts auszustellen: Jede Mitgliedschaft des Zeitraums ist bereits abgerechnet.
billing-membership-figures = Mitgliedschaftskennzahlen
billing-membership-figures-of = Mitgliedschaftskennzahlen { $period }
billing-as-of = Stand { $day }
billing-new = Neu
billing-lost = Verloren
billing-retention = Bindungsquote
billing-fees-billed = Beiträge in Rechnung gestellt
billing-fees-collected = Beiträge eingenommen
billing-fees-outstanding = Beiträge offen
billing-five-largest = Von den fünf größten Zahlern gezahlt
billing-by-type = Nach Art
billing-by-kind = Nach Organisationsart
billing-by-size-class = Nach Größenklasse
billing-no-members = Keine Mitglieder.
billing-applied-on = Beantragt am
billing-accepted-member-from = Aufgenommen, Mitglied ab
billing-accepted-hint = Leer, solange der Antrag auf den Vorstand wartet.
billing-membership-of = Mitgliedschaft: { $name }
billing-membership-form-intro = Die Arten, die dieser Art von Organisation offenstehen.
billing-new-membership = Neue Mitgliedschaft
billing-choose-membership-type = Wählen Sie eine Mitgliedschaftsart
billing-membership-recorded = Die Mitgliedschaft ist erfasst.
billing-nothing-saved-because = Nichts wurde gespeichert: { $error }.
billing-member-from = Mitglied ab
billing-suspended-from = Ruhend ab
billing-terminated-on = Beendet am
billing-accept-from-day = Ab dem Tag aufnehmen
billing-suspend-from-day = Ab dem Tag ruhen lassen
billing-reinstate = Wieder aktivieren
billing-terminate-on-day = Zum Tag beenden
billing-day = Tag
billing-change-confirm = Diese Änderung auf die Mitgliedschaft anwenden? Sie wird in ihrem Verlauf festgehalten.
billing-fee-invoice-for = Beitragsrechnung für { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Beitragsrechnung: Für den laufenden Zeitraum, { $period }, ist keine auszustellen ({ $reason })
billing-issue-fee-invoice = Beitragsrechnung ausstellen
billing-day-of-period = Ein Tag des Zeitraums
billing-day-of-period-hint = Leer für den obigen Zeitraum; die Verlängerung stellt einen abgerechneten Zeitraum nie erneut in Rechnung.
billing-issue-fee-invoice-confirm = Beitragsrechnung ausstellen? Sie erhält die nächste Rechnungsnummer.
billing-fee-invoices = Beitragsrechnungen
billing-no-fee-yet = Noch kein Beitrag in Rechnung gestellt.
billing-history = Verlauf
billing-when = Wann
billing-by = Von
billing-no-changes = Keine Änderungen.
billing-fee-invoice-issued = Beitragsrechnung { $number } für { $period } ausgestellt.
billing-no-fee-invoice-for = keine Beitragsrechnung für { $period }: { $reason }
billing-choose-change = Wählen Sie eine Änderung
billing-change-recorded = Die Änderung ist erfasst.

## Rechnungen
billing-bank-statement = Kontoauszug
billing-unmatched-payments = Nicht zugeordnete Zahlungen
billing-reminders = Zahlungserinnerungen
billing-sent-mail = Gesendete E-Mails
billing-billing-details = Rechnungsangaben
billing-customer = Kunde
billing-invoices-n = { $count ->
    [one] { $count } Rechnung
   *[other] { $count } Rechnungen
    }
billing-outstanding-summary = { $invoices }; { $amount } offen
billing-first-500 = die ersten 500 werden angezeigt, grenzen Sie die Liste ein, um die übrigen zu sehen
billing-find = Suchen
billing-number-or-customer = Nummer oder Kunde
billing-every-state = Jeder Stand
billing-every-kind = Jede Art
billing-no-invoices-match = Keine passenden Rechnungen.
billing-invoices-csv = Rechnungen CSV
billing-invoices-xlsx = Rechnungen XLSX
billing-payments-csv = Zahlungen CSV
billing-payments-xlsx = Zahlungen XLSX
billing-fee-from-membership-option = Mitgliedsbeitrag (aus der Mitgliedschaft des Kunden ausgestellt)
billing-kind-hint = Ein Mitgliedsbeitrag führt Sie zur Mitgliedschaft, die ihn berechnet und verhindert, dass die Verlängerung ihn doppelt in Rechnung stellt.
billing-tax-rate-none-hint = Leer oder 0 für keine.
billing-note-on-invoice = Hinweis auf der Rechnung
billing-line-what-for = Position { $n }: wofür
billing-line-quantity = Position { $n }: Menge
billing-quantity-hint = 1, wenn leer
billing-line-price = Position { $n }: Einzelpreis ({ $currency })
billing-save-draft = Entwurf speichern
billing-draft-intro = Eine Dienstleistungs- oder Veranstaltungsrechnung. Sie wird als Entwurf gespeichert: Prüfen Sie sie und stellen Sie sie dann aus, damit sie ihre Nummer erhält.
billing-draft-saved = Der Entwurf ist gespeichert: Prüfen Sie ihn und stellen Sie ihn dann aus.
billing-issue-from-membership = Stellen Sie die Beitragsrechnung aus der Mitgliedschaft aus: Ihre Art berechnet den Beitrag, und die Verlängerung stellt ihn nicht erneut in Rechnung.
billing-choose-fee-customer = Wählen Sie den Kunden, dessen Mitgliedsbeitrag in Rechnung gestellt werden soll
billing-no-accepted-membership = Der Kunde hat keine aufgenommene Mitgliedschaft: Fügen Sie eine hinzu oder nehmen Sie sie auf und stellen Sie dann den Beitrag daraus in Rechnung
billing-invoice = Rechnung
billing-invoice-title = Rechnung { $number }
billing-printable-invoice = Druckbare Rechnung
billing-all-invoices = Alle Rechnungen
billing-net = Netto
billing-tax-percent = Steuer ({ $rate })
billing-credited = Gutgeschrieben
billing-outstanding = Offen
billing-corrects = Korrigiert
billing-how-fee-is-made = Wie sich der Beitrag ergibt
billing-note = Hinweis
billing-void-because = Storniert, weil
billing-issue = Ausstellen
billing-issue-the-invoice = Rechnung ausstellen
billing-issue-ask = Rechnung ausstellen? Sie erhält die nächste Nummer des Jahres und kann danach nicht mehr geändert, nur noch durch eine Gutschrift korrigiert werden.
billing-discard = Verwerfen
billing-discard-the-draft = Entwurf verwerfen
billing-discard-confirm = Diesen Entwurf verwerfen? Er hat noch keine Nummer; sonst geht nichts verloren.
billing-record-a-payment = Zahlung erfassen
billing-record-payment = Zahlung erfassen
billing-received-on = Eingegangen am
billing-reference = Verwendungszweck
billing-keep-overpayment = Was über den geschuldeten Betrag hinaus gezahlt wird, als Guthaben des Kunden behalten
billing-keep-overpayment-hint = Ohne dies wird ein Betrag über dem geschuldeten abgelehnt.
billing-customer-has-credit = Der Kunde hat { $amount } Guthaben
billing-use-the-credit = Guthaben verwenden
billing-use-credit-confirm = { $amount } dieser Rechnung aus dem Guthaben des Kunden bezahlen?
billing-issue-credit-note = Gutschrift ausstellen
billing-amount-to-credit = Gutzuschreibender Betrag
billing-amount-to-credit-hint = Leer für alles, was noch nicht gutgeschrieben ist.
billing-what-it-corrects = Was sie korrigiert
billing-credit-note-confirm = Gutschrift ausstellen? Sie erhält die nächste Rechnungsnummer und kann nicht gelöscht werden.
billing-void-title = Stornieren
billing-void-the-invoice = Rechnung stornieren
billing-void-confirm = Diese Rechnung stornieren? Sie behält ihre Nummer, als storniert gekennzeichnet, und es ist nichts mehr darauf geschuldet.
billing-lines = Positionen
billing-description = Beschreibung
billing-quantity = Menge
billing-price = Preis
billing-no-lines = Keine Positionen.
billing-reversed-on = Zurückgebucht am { $day }: { $reason }
billing-kept-as-credit = { $amount } als Guthaben behalten
billing-reverse-payment-title = Zahlung von { $amount }, eingegangen am { $day }, zurückbuchen
billing-reverse-payment = Zahlung zurückbuchen
billing-reverse-confirm = Diese Zahlung zurückbuchen? Sie bleibt im Verlauf, als zurückgebucht gekennzeichnet, und der Betrag ist wieder geschuldet.
billing-payments = Zahlungen
billing-received = Eingegangen
billing-from = Quelle
billing-nothing-paid-yet = Noch nichts bezahlt.
billing-credit-notes = Gutschriften
billing-reminders-sent = Gesendete Zahlungserinnerungen
billing-to = An
billing-issued-as = Ausgestellt als { $number }.
billing-draft-discarded = Der Entwurf ist verworfen.
billing-invoice-is-void = Die Rechnung ist storniert.
billing-credit-note-issued = Gutschrift { $number } ausgestellt.

## Die druckbare Rechnung und Gutschrift (ein Rechtsdokument, in der Sprache des Kunden)
billing-print-invoice = Rechnung
billing-print-credit-note = Gutschrift
billing-print-draft-invoice = Rechnungsentwurf
billing-print-tax-rate = USt. { $rate }
billing-print-back = ← Zurück zur Rechnung
billing-print-how = Drucken Sie diese Seite oder speichern Sie sie im Druckdialog als PDF.
billing-print-number = Nr. { $number }
billing-print-void = Storniert
billing-print-paid = Bezahlt
billing-print-draft-stamp = Entwurf, keine gültige Rechnung
billing-print-vat = USt-IdNr.
billing-print-bill-to = Rechnungsempfänger
billing-print-details = Angaben
billing-print-date = Rechnungsdatum
billing-print-due = Fällig am
billing-print-corrects = Korrigiert
billing-print-corrects-invoice = Rechnung { $number }
billing-print-description = Beschreibung
billing-print-qty = Menge
billing-print-price = Einzelpreis
billing-print-net = Netto
billing-print-tax = USt.-Satz
billing-print-tax-amount = USt.-Betrag
billing-print-total = Gesamtbetrag
billing-print-credited = Gutgeschrieben
billing-print-to-pay = Zu zahlen
billing-print-tax-note = Die Umsatzsteuer wird einmal auf den Nettogesamtbetrag der Rechnung berechnet; die Beträge je Position sind einzeln gerundet.
billing-print-pay-to-iban = Bitte überweisen Sie den Betrag auf die IBAN { $iban } mit dem Verwendungszweck { $reference }.
billing-print-pay-reference = Bitte zahlen Sie mit dem Verwendungszweck { $reference }.

## Zahlungen und Guthaben des Kunden
billing-payment-recorded = Die Zahlung ist erfasst.
billing-unmatched-subheading = Eingegangenes Geld, das keine Rechnungsnummer und keine USt-IdNr. zugeordnet hat. Geben Sie jeder Zahlung die Rechnung, die sie begleicht.
billing-unmatched-payment = { $amount } am { $day }: { $reference }
billing-assign = Zuordnen
billing-invoice-number = Rechnungsnummer
billing-text = Text
billing-all-matched = Jede eingegangene Zahlung ist einer Rechnung zugeordnet.
billing-payment-now-pays = Die Zahlung begleicht jetzt { $number }.
billing-payment-reversed = Die Zahlung ist zurückgebucht; sie bleibt im Verlauf.
billing-credit-pays = { $amount } aus dem Guthaben des Kunden begleichen die Rechnung.
billing-customers-credit = Guthaben des Kunden
billing-credit-of = Guthaben von { $name }
billing-credit-subheading = { $amount } verbleibend. Es stammt aus Zahlungen über den geschuldeten Rechnungsbetrag hinaus; verwenden Sie es für eine offene Rechnung oder erfassen Sie seine Erstattung.
billing-refund = Erstattung
billing-record-the-refund = Erstattung erfassen
billing-all-of-credit-hint = Leer für das gesamte Guthaben.
billing-how-paid-back = Wie es zurückgezahlt wurde
billing-refund-confirm = Erfassen, dass dieses Guthaben an den Kunden zurückgezahlt wurde?
billing-what = Was
billing-never-had-credit = Der Kunde hatte nie ein Guthaben.
billing-refund-recorded = Die Erstattung von { $amount } ist erfasst.

## Kontoauszüge
billing-bank-intro = Der Kontoauszug, den Ihre Bank exportiert, als CSV (Kommas, Semikolons oder Tabulatoren) oder XLSX, mit einer Datumsspalte und einer Betragsspalte (auf Englisch, Spanisch, Italienisch, Deutsch oder Französisch benannt). Jede eingegangene Zahlung wird einer Rechnung über die Rechnungsnummer in ihrem Text zugeordnet oder über die USt-IdNr. des Kunden und den genau geschuldeten Betrag; die übrigen werden zur manuellen Zuordnung aufbewahrt. Sie sehen das Ergebnis jeder Zeile, bevor etwas erfasst wird, und ein zweimal importierter Kontoauszug wird nur einmal erfasst.
billing-statement = Kontoauszug
billing-at-most-mib = Höchstens { $mib } MiB.
billing-upload-and-check = Hochladen und prüfen
billing-choose-file = Wählen Sie eine Datei zum Hochladen.
billing-file-unreadable = Diese Datei kann nicht gelesen werden: { $message }.
billing-matched-by = { $number } ({ $customer }, über { $by })
billing-matched-by-credit = { $number } ({ $customer }, über { $by }); { $amount } darüber hinaus als Guthaben behalten
billing-no-invoice-found = Keine Rechnung gefunden: als nicht zugeordnet aufbewahrt
billing-money-out = Ausgang: nicht berücksichtigt
billing-other-currency = In { $currency }, nicht in der Währung des Clusters: zur manuellen Buchung belassen
billing-recorded-before = Bereits erfasst
billing-bank-statement-of = Kontoauszug { $name }
billing-statement-unreadable = Dieser Kontoauszug kann nicht gelesen werden: { $message }.
billing-bank-preview = Was das Erfassen dieses Kontoauszugs Zeile für Zeile bewirkt. Noch ist nichts erfasst.
billing-matched-to-invoice = Einer Rechnung zugeordnet
billing-unmatched-kept = Nicht zugeordnet, zur manuellen Zuordnung aufbewahrt
billing-lines-unreadable = { $count ->
    [one] { $count } Zeile kann
   *[other] { $count } Zeilen können
    } nicht gelesen werden, daher kann nichts erfasst werden: { $errors }
billing-record = Erfassen
billing-record-the-payments = Zahlungen erfassen
billing-line = Zeile
billing-date = Datum
billing-outcome = Ergebnis
billing-statement-no-lines = Der Kontoauszug enthält keine Zeilen.
billing-nothing-recorded = Nichts wurde erfasst: Einige Zeilen können nicht gelesen werden.
billing-bank-recorded = Auf Rechnungen erfasste Zahlungen: { $matched }; als nicht zugeordnet aufbewahrt: { $unmatched }.

## Zahlungserinnerungen
billing-reminders-subheading = Überfällige Rechnungen und an wen eine Zahlungserinnerung geht: an die Kontakte des Kunden in Buchhaltung oder Finanzen, sonst an alle seine Kontakte mit E-Mail-Adresse. Eine Rechnung wird höchstens alle { $days } Tage angemahnt.
billing-mail-not-set-up = E-Mail ist nicht eingerichtet, daher können keine Zahlungserinnerungen gesendet werden: Setzen Sie CLUSTERDESK_SMTP_URL und CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] { $count } Zahlungserinnerung senden
   *[other] { $count } Zahlungserinnerungen senden
    }
billing-send-reminders = Zahlungserinnerungen senden
billing-send-reminders-confirm = { $count ->
    [one] { $count } Zahlungserinnerung
   *[other] { $count } Zahlungserinnerungen
    } jetzt per E-Mail senden?
billing-will-be-reminded = Wird erinnert
billing-queued = Zum Senden eingereiht
billing-no-address = Kein Kontakt mit E-Mail-Adresse
billing-reminded-on = Erinnert am { $day }
billing-settled-meanwhile = Inzwischen bezahlt oder ausgeglichen
billing-overdue-invoices = Überfällige Rechnungen
billing-days-overdue = Tage überfällig
billing-open = Offen
billing-reminder = Zahlungserinnerung
billing-none-overdue = Keine Rechnung ist überfällig.
billing-reminders-on-way = { $count ->
    [one] { $count } Zahlungserinnerung ist
   *[other] { $count } Zahlungserinnerungen sind
    } unterwegs: Das Versandprotokoll zeigt, wann jede abgeht.

## Rechnungsangaben des Ausstellers
billing-legal-name = Rechtlicher Name
billing-legal-name-hint = Wie er auf Rechnungen erscheint; der Name des Clusters, wenn leer.
billing-address = Anschrift
billing-vat-id = USt-IdNr.
billing-iban = IBAN
billing-iban-hint = Wohin Mitglieder ihre Beiträge überweisen; auf Rechnungen und Zahlungserinnerungen gedruckt.
billing-billing-email = E-Mail für Rechnungen
billing-billing-email-hint = Antworten auf Zahlungserinnerungen gehen hierhin.
billing-save = Speichern
billing-details-intro = Was der Cluster als Aussteller auf seine Rechnungen druckt.
billing-details-saved = Rechnungsangaben gespeichert.
billing-documents-language = Sprache der Dokumente des Clusters
billing-documents-language-is = Dokumente auf { $language }
billing-documents-language-of-country = { $language }, die Sprache des Landes
billing-documents-language-hint = Rechnungen, Gutschriften und Zahlungserinnerungen für Kunden ohne eigene Sprache, E-Mails an Personen ohne gewählte Sprache und aus Vorlagen erstellte Fragebögen werden in dieser Sprache verfasst. Listen von Organisationen und Kontakten nach Namen folgen ihrem Alphabet.
billing-documents-language-set = Die Dokumente des Clusters werden jetzt auf { $language } verfasst.

## Was clusterdesk auf die Rechnung und Gutschrift eines Kunden schreibt, in der Sprache des Kunden
invoice-line-membership-fee = Mitgliedsbeitrag { $type } { $period }
invoice-line-registration = Anmeldung: { $event } am { $day }
invoice-line-registration-member = Anmeldung: { $event } am { $day } (Mitgliederpreis)
invoice-line-service = { $service } am { $day }
invoice-line-service-member = { $service } am { $day } (Mitgliederpreis)
invoice-explanation-services =
    { $count ->
        [one] Erbrachte Leistungen (1 Leistung)
       *[other] Erbrachte Leistungen ({ $count } Leistungen)
    }
invoice-line-credit = Gutschrift zur Rechnung { $number }: { $reason }
invoice-credit-registration-cancelled = Anmeldung von { $name } storniert: { $reason }
invoice-credit-event-cancelled = die Veranstaltung wurde abgesagt
invoice-credit-by-the-team = durch das Team
invoice-credit-by-the-person = durch die angemeldete Person

## Verlauf einer Mitgliedschaft
membership-history-applied = beantragt am { $day }
membership-history-accepted = aufgenommen, Beginn am { $day }
membership-history-suspended = ruhend ab { $day }
membership-history-terminated = beendet am { $day }
membership-history-reinstated = wieder aufgenommen
membership-history-suspended-when-imported = beim Import ruhend
membership-history-imported = importiert aus { $file }: { $what }

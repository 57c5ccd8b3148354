# Meldungen der Anwendungsfälle: Importe und die gelesenen Dateien, Konten und Anmeldung, E-Mail-Versand, Listen, Dubletten und Zusammenführungen.

## Eine Datei lesen (sheet)
invalid-sheet-file-too-large = die Datei hat { $size } MiB; eine Datei darf höchstens { $limit } MiB haben
invalid-sheet-xlsx-contradictory = die Datei ist keine lesbare XLSX-Arbeitsmappe: Ihre Teile widersprechen sich
invalid-sheet-too-many-columns = { $at } hat { $columns } Spalten; eine Datei darf höchstens { $limit } Spalten haben
invalid-sheet-nul-character = { $at } enthält ein NUL-Zeichen, das kein Text enthalten darf: Ist es eine Textdatei?
invalid-sheet-cell-too-long = { $at } enthält mehr als { $limit } Zeichen; eine Zelle darf höchstens { $limit } enthalten
invalid-sheet-line = Zeile { $line }
invalid-sheet-read-as-utf16 = die Datei wurde als UTF-16 (Unicode-Text) gelesen und umgewandelt
invalid-sheet-read-as-windows-1252 = die Datei wurde als Windows-1252 gelesen und umgewandelt
invalid-sheet-header-unreadable = die Kopfzeile kann nicht gelesen werden: { $error }
invalid-sheet-empty-file = die Datei ist leer: Die erste Zeile muss die Spalten benennen
invalid-sheet-line-not-csv = Zeile { $line }: kann nicht als CSV gelesen werden: { $error }
invalid-sheet-too-many-rows = die Datei hat mehr als { $limit } Zeilen
invalid-sheet-separated-by-semicolons = Spalten durch Semikolons getrennt
invalid-sheet-separated-by-tabs = Spalten durch Tabulatoren getrennt
invalid-sheet-separated-by-commas = Spalten durch Kommas getrennt
invalid-sheet-xlsx-unreadable = die Datei ist keine lesbare XLSX-Arbeitsmappe: { $error }
invalid-sheet-too-many-parts = die Arbeitsmappe besteht aus { $parts } Teilen; eine Arbeitsmappe darf höchstens { $limit } haben
invalid-sheet-unzips-too-large = die Arbeitsmappe ist entpackt { $size } MiB groß; eine Arbeitsmappe darf entpackt höchstens { $limit } MiB groß sein
invalid-sheet-no-worksheet = die Arbeitsmappe hat kein Arbeitsblatt
invalid-sheet-worksheet-unreadable = das erste Arbeitsblatt kann nicht gelesen werden: { $error }
invalid-sheet-cell = Zelle { $cell }
invalid-sheet-value-beyond-columns = { $at } enthält einen Wert, aber ein Arbeitsblatt darf höchstens { $limit } Spalten haben (A bis { $last })
invalid-sheet-rows-out-of-order = { $at } folgt auf Zeile { $row }: Die Zeilen des Arbeitsblatts sind nicht in der richtigen Reihenfolge
invalid-sheet-worksheet-too-many-rows = das Arbeitsblatt hat mehr als { $limit } Zeilen mit Werten
invalid-sheet-empty-worksheet = das erste Arbeitsblatt ist leer: Seine erste Zeile muss die Spalten benennen
invalid-sheet-read-from-first-worksheet = aus dem ersten Arbeitsblatt gelesen

## Importe: die Datei, ihre Zuordnung und ihre Zeilen (import)
invalid-import-mapping-unknown-column = die Zuordnung nennt eine Spalte „{ $header }“, die die Datei nicht hat
invalid-import-mapping-not-a-field = die Zuordnung ordnet „{ $header }“ dem Feld „{ $field }“ zu, das es nicht gibt; die Felder sind { $fields }
invalid-import-values-read-by-mapping = { $values } Werte so gelesen, wie die Zuordnung es angibt
invalid-import-values-read-by-name = { $values } Werte anhand ihrer Namen in den Sprachen des Netzwerks gelesen
invalid-import-mapping-line = Zuordnungszeile { $line }: Schreiben Sie sie als „Spaltenüberschrift = Feld“
invalid-import-field-count = hat { $cells } Felder, die Kopfzeile aber { $headers }
invalid-import-required-column = keine Spalte ist dem Pflichtfeld „{ $field }“ zugeordnet
invalid-import-invoices-customer-column = keine Spalte ist „customer“ oder „vat_id“ zugeordnet; eines davon ist erforderlich
invalid-import-ledger-amount-column = keine Spalte ist „amount“ (oder „hours“ für Sachleistungen) zugeordnet; eines davon ist erforderlich
invalid-import-membership-overlaps-line = überschneidet sich mit der Mitgliedschaft der Organisation in Zeile { $line }: Eine Organisation hat jeweils nur eine Mitgliedschaft
invalid-import-answers-into-campaign = Umfrageantworten werden in eine Kampagne importiert, über die Seite der Kampagne oder `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = dieselbe Mitgliedschaft wie in Zeile { $first } (dieselbe Organisation, Art und derselbe Beginn)
invalid-import-same-invoice = dieselbe Rechnung wie in Zeile { $first } (dieselbe Nummer oder der Beitrag derselben Mitgliedschaft für denselben Zeitraum)
invalid-import-same-organisation = dieselbe Organisation wie in Zeile { $first } dieser Datei (dieselbe USt-IdNr. oder derselbe Name und dasselbe Land)
invalid-import-same-person = dieselbe Person wie in Zeile { $first } dieser Datei (dieselbe E-Mail-Adresse oder derselbe Name bei derselben Organisation)
invalid-import-organisation-ambiguous = mehrere Organisationen heißen „{ $name }“; geben Sie stattdessen die USt-IdNr. an
invalid-import-organisation-unknown = in diesem Cluster gibt es keine Organisation „{ $name }“; importieren oder erstellen Sie sie zuerst
invalid-import-records-changed = die Datensätze des Clusters haben sich { $attempts }-mal geändert, während der Import von { $target } geschrieben wurde; nichts wurde importiert, senden Sie die Datei erneut
invalid-import-reverted-already = dieser Import wurde bereits rückgängig gemacht
invalid-import-cannot-revert = dieser Import kann nicht rückgängig gemacht werden: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] seither wurde { $count } Kontakt bei Organisationen hinzugefügt, die dieser Import angelegt hat; archivieren Sie stattdessen diese Organisationen
       *[other] seither wurden { $count } Kontakte bei Organisationen hinzugefügt, die dieser Import angelegt hat; archivieren Sie stattdessen diese Organisationen
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] seither wurde { $count } Beitragsrechnung für Mitgliedschaften ausgestellt, die dieser Import angelegt hat; beenden Sie stattdessen diese Mitgliedschaften
       *[other] seither wurden { $count } Beitragsrechnungen für Mitgliedschaften ausgestellt, die dieser Import angelegt hat; beenden Sie stattdessen diese Mitgliedschaften
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] seither wurde { $count } Änderung an Mitgliedschaften vorgenommen, die dieser Import angelegt hat (aufgenommen, ruhend gestellt oder beendet)
       *[other] seither wurden { $count } Änderungen an Mitgliedschaften vorgenommen, die dieser Import angelegt hat (aufgenommen, ruhend gestellt oder beendet)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] seither wurde { $count } Zahlung zu Rechnungen erfasst, die dieser Import übernommen hat
       *[other] seither wurden { $count } Zahlungen zu Rechnungen erfasst, die dieser Import übernommen hat
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] seither wurde { $count } Gutschrift zu Rechnungen ausgestellt, die dieser Import übernommen hat
       *[other] seither wurden { $count } Gutschriften zu Rechnungen ausgestellt, die dieser Import übernommen hat
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] seither wurde { $count } Zahlungserinnerung zu Rechnungen gesendet, die dieser Import übernommen hat
       *[other] seither wurden { $count } Zahlungserinnerungen zu Rechnungen gesendet, die dieser Import übernommen hat
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] { $count } Rechnung, die dieser Import übernommen hat, wurde seither storniert
       *[other] { $count } Rechnungen, die dieser Import übernommen hat, wurden seither storniert
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] { $count } Zahlung, die dieser Import übernommen hat, wurde seither zurückgebucht
       *[other] { $count } Zahlungen, die dieser Import übernommen hat, wurden seither zurückgebucht
    }
invalid-import-blocked-records-refer-to-it = seither wurden Interaktionen, Aufgaben, Mitgliedschaften, Rechnungen, Ideen, Projektbeteiligte oder Leistungen zu dem erfasst, was dieser Import angelegt hat
invalid-import-upload-quota = die auf den Import wartenden Dateien des Clusters belegen { $kept } von höchstens { $limit } MiB: Importieren Sie sie oder warten Sie, bis sie { $hours } Stunden nach dem Hochladen verworfen werden

## Importe der Antworten einer Kampagne (import/answers)
invalid-import-answers-submitted-on-label = Zeitpunkt der Antwort
invalid-import-answers-organisation-label = Organisation der befragten Person
invalid-import-answers-email-label = E-Mail-Adresse der befragten Person
invalid-import-answers-no-question-column = keine Spalte ist einer Frage des Fragebogens zugeordnet; ordnen Sie die Spalten mit Antworten ihren Fragen zu
invalid-import-answers-required-question-unmapped = keine Spalte ist der Pflichtfrage „{ $key }“ zugeordnet: Die Antworten lassen sie leer
invalid-import-answers-two-columns = { $first } und { $second }
invalid-import-answers-anonymous = die Kampagne ist anonym: Die Spalten { $columns } werden nicht gelesen, und nichts darüber, wer geantwortet hat, wird gespeichert
invalid-import-answers-dated-today = keine Spalte gibt an, wann die Antworten gegeben wurden: Sie erhalten das Datum { $today }
invalid-import-answers-submitted-on-empty = ist leer; geben Sie an, wann geantwortet wurde
invalid-import-answers-unknown-email = kein Kontakt des Clusters hat die E-Mail-Adresse „{ $email }“; legen Sie den Kontakt an oder lassen Sie die Spalte weg
invalid-import-answers-contact-elsewhere = ist ein Kontakt von { $contact_of }, nicht von { $named }, der Organisation, die die Zeile nennt
invalid-import-answers-row-label = Antwort aus Zeile { $line }
invalid-import-answers-no-answer = beantwortet keine Frage

## Importe offener Rechnungen (import/invoices)
invalid-import-invoices-number-too-long = darf höchstens { $limit } Zeichen haben, ohne Steuerzeichen
invalid-import-invoices-date-required = ist erforderlich (der Tag, an dem die Rechnung ausgestellt wurde)
invalid-import-invoices-customer-required = ist erforderlich (Name oder USt-IdNr. des Kunden)
invalid-import-invoices-date-after-today = { $day } liegt nach heute; eine übernommene Rechnung wurde bereits ausgestellt
invalid-import-invoices-not-open = die Rechnung hat den Status „{ $label }“; nur offene Rechnungen werden übernommen
invalid-import-invoices-unknown-status = „{ $value }“ ist kein Rechnungsstatus; lassen Sie ihn weg oder schreiben Sie open
invalid-import-invoices-gross-required = ist erforderlich (der Rechnungsbetrag einschließlich Steuer)
invalid-import-invoices-other-currency = die Rechnung lautet auf { $code }; der Cluster rechnet in { $currency } ab, daher bleibt sie im alten System
invalid-import-invoices-credit-note = eine Gutschrift schuldet nichts; sie bleibt im alten System
invalid-import-invoices-unknown-kind = „{ $value }“ ist keine Art; schreiben Sie fee, service oder event
invalid-import-invoices-gross-too-large = ist zu groß für eine Rechnung
invalid-import-invoices-owes-nothing = { $gross } ist keine offene Forderung; übernommen wird nur, was Kunden noch schulden
invalid-import-invoices-paid-in-full = die Rechnung ist vollständig bezahlt ({ $paid } von { $gross }); nur offene Rechnungen werden übernommen
invalid-import-invoices-tax-range = muss zwischen null und dem Betrag vor Steuer liegen (ein Satz von höchstens 100 %)
invalid-import-invoices-due-before-date = { $due } liegt vor dem Rechnungsdatum { $issued }
invalid-import-invoices-number-taken = { $number } ist die Nummer einer anderen Rechnung dieses Clusters
invalid-import-invoices-several-memberships = { $customer } hatte am { $day } mehrere Mitgliedschaften; geben Sie in „period“ einen Tag des Zeitraums an, für den der Beitrag gezahlt wird
invalid-import-invoices-no-membership = ein Beitrag gehört zu einer Mitgliedschaft, und { $customer } hatte am { $day } keine; importieren Sie zuerst die Mitgliedschaften oder geben Sie in „period“ einen Tag des Zeitraums an, für den der Beitrag gezahlt wird
invalid-import-invoices-type-not-found = die Art der Mitgliedschaft wurde nicht gefunden
invalid-import-invoices-fee-invoiced = der Beitrag { $period } dieser Mitgliedschaft ist bereits in Rechnung gestellt ({ $number })

## Importe von Buchungszeilen (import/ledger)
invalid-import-ledger-other-which = „other“ ist other income oder other costs: Schreiben Sie, welches
invalid-import-ledger-unknown-category = „{ $value }“ ist keine Kategorie; schreiben Sie eine Einnahmequelle ({ $streams }, other income) oder eine Kostenart ({ $costs }, other costs), oder ordnen Sie ihnen die Werte der Datei zu
invalid-import-ledger-not-a-year = „{ $value }“ ist weder ein Jahr noch ein Datum: { $error }
invalid-import-ledger-project-ambiguous = zwei Projekte heißen „{ $title }“; geben Sie einem davon einen anderen Titel
invalid-import-ledger-project-unknown = es gibt kein Projekt „{ $title }“
invalid-import-ledger-positive-cost = die Datei schreibt Kosten als negative Beträge, also bringt ein positiver Kostenbetrag ({ $amount }) Geld zurück; geben Sie stattdessen die Kosten abzüglich des Zurückerhaltenen ein
invalid-import-ledger-project-not-cost = nur Projektkosten nennen ein Projekt; lassen Sie die Zelle leer

## Importe von Mitgliedschaften (import/memberships)
invalid-import-memberships-unknown-type = es gibt keine Mitgliedschaftsart „{ $name }“; die Arten des Clusters sind { $types }
invalid-import-memberships-unknown-status = „{ $value }“ ist kein Status; schreiben Sie applied, active, suspended oder terminated
invalid-import-memberships-start-required = ist erforderlich, außer bei einem Antrag (Status applied)
invalid-import-memberships-start-or-status-required = ist erforderlich (ein noch nicht angenommener Antrag hat den Status applied)
invalid-import-memberships-application-no-end = ein nicht angenommener Antrag hat kein Ende; lassen Sie das Feld leer
invalid-import-memberships-terminated-needs-end = eine beendete Mitgliedschaft braucht den Tag, an dem sie endete
invalid-import-memberships-ended-not-terminated = die Mitgliedschaft endete am { $end }, ihr Status ist aber nicht terminated
invalid-import-memberships-terminated-after-today = { $end } liegt nach heute, die Mitgliedschaft ist aber beendet; geben Sie ihr den Status active mit ihrem Ende
invalid-import-memberships-applied-after-start = { $applied } liegt nach dem Beginn { $start }
invalid-import-memberships-type-archived = die Art { $type } ist archiviert: Sie nimmt keine neuen Mitglieder auf
invalid-import-memberships-recorded-already = die Mitgliedschaft { $type } der Organisation ab { $from } ist bereits mit anderen Daten oder einem anderen Status erfasst; ändern Sie sie auf ihrer Seite
invalid-import-memberships-overlaps-recorded = die Mitgliedschaft der Organisation ab { $from } überschneidet sich mit dieser; eine Organisation hat jeweils nur eine Mitgliedschaft (beenden Sie sie zuerst oder geben Sie dieser andere Daten)

## Konten und Anmeldung (auth)
invalid-auth-no-cluster-yet = es gibt keinen Cluster „{ $slug }“: Die Datenbank hat noch keinen Cluster (führen Sie 'clusterdesk demo' für die Demo aus)
invalid-auth-unknown-cluster = es gibt keinen Cluster „{ $slug }“; die Cluster sind: { $clusters }
invalid-auth-not-network-admin = { $email } ist kein Netzwerkadministrator
invalid-auth-unknown-role = „{ $value }“ ist keine Rolle; verwenden Sie network-admin, cluster-manager, staff oder board
invalid-auth-role-needs-cluster = eine Rolle in einem Cluster braucht --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin gilt für jeden Cluster; lassen Sie --cluster weg
invalid-auth-password-too-short = muss mindestens { $min } Zeichen haben
invalid-auth-password-guessable-because = ist zu leicht zu erraten ({ $why }): Verwenden Sie einen längeren Satz aus zusammenhanglosen Wörtern, nicht Ihren Namen oder Ihre E-Mail-Adresse
invalid-auth-password-guessable = ist zu leicht zu erraten: Verwenden Sie einen längeren Satz aus zusammenhanglosen Wörtern, nicht Ihren Namen oder Ihre E-Mail-Adresse
invalid-auth-password-straight-rows = gerade Tastenreihen sind leicht zu erraten
invalid-auth-password-keyboard-patterns = kurze Tastaturmuster sind leicht zu erraten
invalid-auth-password-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten
invalid-auth-password-repeated-groups = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“
invalid-auth-password-top-10 = das ist eines der 10 häufigsten Passwörter
invalid-auth-password-top-100 = das ist eines der 100 häufigsten Passwörter
invalid-auth-password-very-common = das ist ein sehr häufiges Passwort
invalid-auth-password-like-common = das ähnelt einem häufig verwendeten Passwort
invalid-auth-password-sequences = Folgen wie abc oder 6543 sind leicht zu erraten
invalid-auth-password-recent-years = Jahreszahlen der letzten Jahre sind leicht zu erraten
invalid-auth-password-single-word = ein einzelnes Wort ist leicht zu erraten
invalid-auth-password-dates = Datumsangaben sind oft leicht zu erraten
invalid-auth-password-names-alone = Vor- und Nachnamen allein sind leicht zu erraten
invalid-auth-password-common-names = häufige Vor- und Nachnamen sind leicht zu erraten

## Personen und ihre Konten (account)
invalid-account-email-deactivated = gehört zu einem deaktivierten Konto; ein Netzwerkadministrator kann es reaktivieren
invalid-account-email-works-here = arbeitet bereits in diesem Cluster, als { $role }; ändern Sie die Rolle in der Liste
invalid-account-email-network-admin = gehört einem Netzwerkadministrator, der in jedem Cluster arbeitet
invalid-account-own-role = Sie können Ihre eigene Rolle nicht ändern; eine andere Person aus dem Clustermanagement kann es
invalid-account-remove-yourself = Sie können sich nicht selbst entfernen; eine andere Person aus dem Clustermanagement kann es
invalid-account-reactivate-yourself = Sie können sich nicht selbst reaktivieren; eine andere Person aus dem Clustermanagement kann es
invalid-account-deactivate-yourself = Sie können sich nicht selbst deaktivieren; eine andere Person aus dem Clustermanagement kann es
invalid-account-reactivate-network-admin = { $email } ist Netzwerkadministrator; nur ein anderer Netzwerkadministrator kann das Konto reaktivieren
invalid-account-deactivate-network-admin = { $email } ist Netzwerkadministrator; nur ein anderer Netzwerkadministrator kann das Konto deaktivieren
invalid-account-reactivate-other-clusters = { $email } arbeitet auch in anderen Clustern ({ $clusters }): Entfernen Sie stattdessen die Rolle hier oder bitten Sie einen Netzwerkadministrator, das Konto zu reaktivieren
invalid-account-deactivate-other-clusters = { $email } arbeitet auch in anderen Clustern ({ $clusters }): Entfernen Sie stattdessen die Rolle hier oder bitten Sie einen Netzwerkadministrator, das Konto zu deaktivieren
invalid-account-wrong-current-password = ist nicht Ihr aktuelles Passwort
invalid-account-passwords-differ = stimmt nicht mit dem neuen Passwort überein
invalid-account-dead-link = dieser Link wurde bereits verwendet oder ist abgelaufen; fordern Sie auf der Anmeldeseite mit „Passwort vergessen?“ einen neuen an

## E-Mail-Versand (mail)
invalid-mail-smtp-address-unusable = die SMTP-Adresse „{ $url }“ ist nicht verwendbar: { $error }
invalid-mail-smtp-not-an-address = „{ $address }“ ist keine Adresse: { $error }
invalid-mail-smtp-message-not-built = die Nachricht konnte nicht erstellt werden: { $error }
invalid-mail-smtp-not-a-content-type = „{ $content_type }“ ist kein Inhaltstyp: { $error }
invalid-mail-smtp-refused = der Mailserver hat abgelehnt: { $error }

## Listen von Organisationen: die Parameter der Adresse (organisation)
invalid-organisation-query-parameter = Parameter { $name }: { $message }
invalid-organisation-query-status = „{ $value }“ ist kein Status; verwenden Sie current oder archived
invalid-organisation-query-direction = „{ $value }“ ist keine Richtung; verwenden Sie asc oder desc
invalid-organisation-query-sort = „{ $value }“ ist keine Sortierung; verwenden Sie name, country, kind, employees, size_class oder created

## Kontakte (contact)
invalid-contact-choose-cluster-organisation = wählen Sie eine Organisation dieses Clusters
invalid-contact-choose-organisation = wählen Sie die Organisation des Kontakts

## Die Netzwerkansicht (network)
invalid-network-euro-rate = der Euro ist die Währung des Netzwerks: Sein Kurs ist 1
invalid-network-unknown-indicator = Parameter indicators: „{ $key }“ ist kein eingebauter Indikator
invalid-network-unknown-cluster = Parameter named: „{ $slug }“ ist kein Cluster des Netzwerks
invalid-network-unnamed-cluster = Cluster { $letters }

## Personenbezogene Daten (privacy)
invalid-privacy-email-of-several-contacts = mehrere Kontakte haben die E-Mail-Adresse { $email }; führen Sie sie zuerst zusammen

## Wahrscheinliche Dubletten und Zusammenführungen (duplicate)
invalid-duplicate-employees = { $employees } Beschäftigte
invalid-duplicate-same-vat-id = gleiche USt-IdNr. { $vat_id }
invalid-duplicate-same-name-and-country = gleicher Name, ungeachtet von Groß- und Kleinschreibung, Akzenten und Rechtsform, im selben Land
invalid-duplicate-same-name-ignoring-form = gleicher Name, ungeachtet von Groß- und Kleinschreibung, Akzenten und Rechtsform
invalid-duplicate-same-email-address = gleiche E-Mail-Adresse { $email }
invalid-duplicate-same-name = gleicher Name
invalid-duplicate-organisation-into-itself = eine Organisation kann nicht mit sich selbst zusammengeführt werden
invalid-duplicate-organisations-archived = beide Organisationen müssen aktuell sein; stellen Sie zuerst eine archivierte wieder her
invalid-duplicate-choose-membership = beide Organisationen haben eine Mitgliedschaft: Wählen Sie die, die bleibt; die andere endet am Tag der Zusammenführung
invalid-duplicate-chosen-by-hand = von Hand gewählt
invalid-duplicate-contact-into-itself = ein Kontakt kann nicht mit sich selbst zusammengeführt werden
invalid-duplicate-contacts-archived = beide Kontakte müssen aktuell sein; stellen Sie zuerst einen archivierten wieder her
invalid-duplicate-same-email = gleiche E-Mail-Adresse

## Die Suche (search)
invalid-search-invoice-issued = { $customer } · ausgestellt am { $day }
invalid-search-event-cancelled = { $moment } · abgesagt

## Der Jahresbericht (report)
invalid-report-year-parameter = Parameter year: { $error }

## Kennzahlen der Organisationen (figures)
invalid-figures-reviewed-meanwhile = die Kennzahlen wurden im selben Moment geprüft; sehen Sie sich die Liste erneut an

## Die Datenbank öffnen (lib)
invalid-app-open-database = die Datenbank kann nicht geöffnet werden: { $error }

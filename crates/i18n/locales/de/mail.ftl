# E-Mails, die clusterdesk an Mitglieder und Besucher schreibt, in ihrer Sprache.
mail-reminder-subject = Zahlungserinnerung: Rechnung { $number } von { $cluster } ist seit { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } überfällig
mail-reminder-greeting = Sehr geehrte Damen und Herren bei { $customer },
mail-reminder-overdue = unsere Rechnung { $number } vom { $issued } über { $gross } war am { $due } fällig und ist seit { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } überfällig. Davon sind noch { $owed } offen.
mail-reminder-pay-to-iban = Bitte überweisen Sie den Betrag auf das Konto mit der IBAN { $iban }, mit dem Verwendungszweck { $number }.
mail-reminder-pay = Bitte zahlen Sie den Betrag mit dem Verwendungszweck { $number }.
mail-reminder-disregard = Falls Sie in den letzten Tagen bereits gezahlt haben, vielen Dank; betrachten Sie diese Nachricht dann bitte als gegenstandslos.
mail-reminder-regards = Mit freundlichen Grüßen
mail-hello-name = Hallo { $name },
mail-hello = Guten Tag,
# Die Anmeldung eines Besuchers über die öffentliche Seite einer Veranstaltung.
mail-request-subject = Bitte bestätigen Sie Ihre Anmeldung: { $title }
mail-request-asked = Jemand – hoffentlich Sie – hat darum gebeten, diese E-Mail-Adresse für „{ $title }“ ({ $when }) anzumelden.
mail-request-link = Zur Bestätigung öffnen Sie bitte diesen Link und klicken Sie dort auf die Schaltfläche:
mail-request-ignore = Falls Sie das nicht waren, ignorieren Sie diese E-Mail bitte einfach: Ohne Bestätigung wird keine Anmeldung vorgenommen.
mail-declined-subject = Ihre Anmeldung: { $title }
mail-declined-text = Leider konnte das Team Ihre Anmeldung für „{ $title }“ ({ $when }) nicht annehmen. Falls Sie darin einen Irrtum vermuten, schreiben Sie uns bitte.
mail-already-subject = Bereits angemeldet: { $title }
mail-already-text = Diese E-Mail-Adresse war bereits für „{ $title }“ ({ $when }) angemeldet; es hat sich nichts geändert. Ihren persönlichen Link finden Sie in der Bestätigung, die wir Ihnen damals geschickt haben.
mail-waitlisted-subject = Warteliste: { $title }
mail-waitlisted-opening = Die Veranstaltung ist ausgebucht, daher stehen Sie auf der Warteliste. Wird ein Platz frei, erhalten Sie ihn, und wir schreiben Ihnen.
mail-registered-subject = Angemeldet: { $title }
mail-registered-opening = Sie sind angemeldet. Den Termin finden Sie in der angehängten Kalenderdatei.
mail-agenda = Programm
mail-registration-cost = Die Teilnahmegebühr beträgt { $amount } einschließlich Steuern; unsere Rechnung { $number } folgt. Bei einer Stornierung wird sie vollständig gutgeschrieben.
mail-nothing-invoiced-while-waiting = Solange Sie auf der Warteliste stehen, wird nichts in Rechnung gestellt; die Rechnung erhalten Sie erst mit einem Platz.
mail-cancel-here = Falls Sie nicht teilnehmen können, stornieren Sie bitte hier, damit jemand anderes Ihren Platz erhält:
mail-seat-subject = Ein Platz für Sie: { $title }
mail-seat-freed = Ein Platz ist frei geworden, und er gehört Ihnen: Sie sind für „{ $title }“ ({ $when }) angemeldet.
mail-seat-invoice = Für Ihre Rechnung { $number } über { $amount } gelten die Bedingungen der Veranstaltung.
# Feedback nach einer Veranstaltung.
mail-feedback-subject = Wie hat Ihnen „{ $title }“ gefallen?
mail-feedback-ask = Vielen Dank für Ihre Teilnahme an „{ $title }“. Eine Minute Ihrer Zeit zeigt uns, was wir beibehalten und was wir ändern sollten:
# Die Einladung zu einer Umfrage und die Erinnerung daran.
mail-survey-anonymous = Die Umfrage ist anonym: Ihre Antworten werden ohne Ihren Namen, Ihre E-Mail-Adresse und diesen Link gespeichert.
mail-survey-named = Ihre Antworten werden mit Ihrem Namen und dem Ihrer Organisation für das Team des Clusters gespeichert.
mail-survey-reminder = Eine kurze Erinnerung: Ihre Antworten liegen uns noch nicht vor. Dieser Link ersetzt den aus unserer ersten Nachricht; was Sie bereits gespeichert haben, bleibt erhalten.
mail-survey-asks = Der Cluster bittet um Ihre Meinung.
mail-survey-reminder-subject = Erinnerung: { $title }
mail-survey-link-yours = Dieser Link gilt nur für Sie; Antworten werden bis { $closes } angenommen.
# Personen und ihre Konten.
mail-role-manager = Clustermanagement
mail-role-staff = Mitarbeitende
mail-role-board = Vorstand
mail-invitation-subject = Einladung zu { $cluster } in clusterdesk
mail-invitation-text = { $who } lädt Sie ein, in clusterdesk bei { $cluster } mitzuarbeiten, in der Rolle „{ $role }“.
mail-invitation-link = Wählen Sie hier Ihr Passwort, um zu beginnen (der Link gilt einmal, { $count ->
        [one] { $count } Tag
       *[other] { $count } Tage
    } lang):
mail-invitation-ignore = Falls Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.
mail-new-role-subject = Sie können jetzt in clusterdesk bei { $cluster } mitarbeiten
mail-new-role-text = { $who } hat Ihnen in clusterdesk bei { $cluster } die Rolle „{ $role }“ zugewiesen. Melden Sie sich wie gewohnt an; den Cluster finden Sie hier:
mail-reset-subject = Ihr clusterdesk-Passwort zurücksetzen
mail-reset-text = Jemand hat darum gebeten, das Passwort Ihres clusterdesk-Kontos ({ $email }) zurückzusetzen. Wählen Sie hier ein neues Passwort (der Link gilt einmal, { $count ->
        [one] { $count } Minute
       *[other] { $count } Minuten
    } lang):
mail-reset-ignore = Falls Sie das nicht waren, ignorieren Sie diese Nachricht bitte: Ihr Passwort bleibt unverändert.

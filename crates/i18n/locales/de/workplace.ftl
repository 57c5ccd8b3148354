# Die Startseite, der Überblick eines Clusters, was Aufmerksamkeit braucht, das eigene Konto, die Personen eines Clusters, Passwort-Links, die Suche, das Netzwerk, die gesendete Post und die Teile, die alle Seiten teilen.
workplace-your-clusters = Ihre Cluster
workplace-the-network = Das Netzwerk
workplace-network-intro = Alle Cluster des Netzwerks, mit dem, was dort heute Aufmerksamkeit braucht.
workplace-clusters-intro = Was heute in jedem Ihrer Cluster Aufmerksamkeit braucht.
workplace-compare-clusters = Cluster vergleichen
workplace-no-cluster-yet = Sie haben noch in keinem Cluster eine Rolle. Bitten Sie Ihr Clustermanagement, Sie hinzuzufügen.
workplace-cluster = Cluster
workplace-country = Land
workplace-needs-attention = Zu erledigen
workplace-urgent = Dringend
workplace-stat-organisations =
    { $count ->
        [one] Organisation
       *[other] Organisationen
    }
workplace-stat-contacts =
    { $count ->
        [one] Kontakt
       *[other] Kontakte
    }
workplace-stat-members =
    { $count ->
        [one] Mitglied
       *[other] Mitglieder
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] überfällige Rechnung
       *[other] überfällige Rechnungen
    }
workplace-stat-open = { $amount } offen
workplace-needs-attention-today = Heute zu erledigen
workplace-all-done = Alles erledigt: Heute braucht nichts Ihre Aufmerksamkeit.
workplace-yours = Ihnen zugewiesen
workplace-attention-all = Alle { $count }
workplace-concern-tasks = Fällige Aufgaben
workplace-concern-events = Anstehende Veranstaltungen
workplace-concern-applications = Offene Mitgliedsanträge
workplace-concern-registration-requests = Zu prüfende Anmeldungen
workplace-concern-unmatched-payments = Keiner Rechnung zugeordnete Zahlungen
workplace-concern-overdue-invoices = Überfällige Rechnungen
workplace-concern-members-at-risk = Gefährdete Mitglieder
workplace-concern-milestones = Fällige Projektmeilensteine
workplace-concern-action-lines = Fällige oder verspätete Maßnahmen des Aktionsplans
workplace-role-board = Vorstand
workplace-role-staff = Mitarbeitende
workplace-role-cluster-manager = Clustermanagement
workplace-role-lower-board = Vorstand
workplace-role-lower-staff = Mitarbeitende
workplace-role-lower-cluster-manager = Clustermanagement
workplace-save = Speichern
workplace-nothing-changed = Nichts geändert: { $problem }.
workplace-year = Jahr
workplace-unknown = unbekannt
workplace-browser-on = { $browser } unter { $system }
workplace-your-account = Ihr Konto
workplace-change-your-password = Passwort ändern
workplace-api-tokens = API-Tokens
workplace-network-administrator = Netzwerkadministration
workplace-you-manage-every-cluster = Sie verwalten alle Cluster
workplace-works-in = Arbeitet in
workplace-no-cluster-yet-short = noch keinem Cluster
workplace-this-browser = dieser Browser
workplace-end-session = Beenden
workplace-signed-in-where = Wo Sie angemeldet sind ({ $count })
workplace-browser = Browser
workplace-address = Adresse
workplace-signed-in = Angemeldet
workplace-last-used = Zuletzt genutzt
workplace-no-other-session = Keine Sitzung außer dieser.
workplace-dates-are-written = Datumsangaben werden geschrieben
workplace-dates-hint = Auf jeder Seite, die Sie lesen; versandte Dokumente behalten ihre eigene Schreibweise.
workplace-how-you-read-dates = Wie Sie Datumsangaben lesen
workplace-as-my-browser-asks = Wie mein Browser es wünscht (sonst Englisch)
workplace-pages-are-written-in = Sprache der Seiten
workplace-your-language = Ihre Sprache
workplace-language-set = Die Seiten erscheinen jetzt auf { $language }.
workplace-language-of-browser = Die Seiten erscheinen jetzt in der Sprache, die Ihr Browser wünscht.
workplace-date-style-set = Datumsangaben werden jetzt so geschrieben: { $example }.
workplace-change-the-password = Passwort ändern
workplace-current-password = Aktuelles Passwort
workplace-new-password = Neues Passwort
workplace-new-password-hint = Mindestens { $chars } Zeichen; ein Satz aus zusammenhanglosen Wörtern ist leicht zu merken und schwer zu erraten.
workplace-new-password-again = Neues Passwort wiederholen
workplace-other-sessions-end = Ihre anderen Sitzungen werden beendet; diese bleibt bestehen.
workplace-password-changed = Ihr Passwort ist geändert.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Ihr Passwort ist geändert, und Ihre andere Sitzung wurde beendet.
       *[other] Ihr Passwort ist geändert, und Ihre { $count } anderen Sitzungen wurden beendet.
    }
workplace-session-ended = Die Sitzung ist beendet: Dieser Browser ist abgemeldet.
workplace-your-api-tokens = Ihre API-Tokens
workplace-tokens-intro = Mit einem Token kann ein Programm die API in Ihrem Namen nutzen, in den Clustern, in denen Sie arbeiten.
workplace-token-made = Das Token „{ $name }“ ist erstellt. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt.
workplace-new-token = Neues Token
workplace-token-revoked-at = widerrufen am { $moment }
workplace-token-works = gültig
workplace-revoke = Widerrufen
workplace-tokens-count = Tokens ({ $count })
workplace-name = Name
workplace-made = Erstellt
workplace-state = Status
workplace-no-tokens = Sie haben keine API-Tokens.
workplace-make-a-token = Token erstellen
workplace-token-name-hint = Was es nutzt, damit Sie es später wiedererkennen.
workplace-token-revoked = Das Token ist widerrufen: Programme, die es nutzen, werden ab jetzt abgewiesen.
workplace-role = Rolle
workplace-role-hint = Das Clustermanagement steuert alles, auch Personen und Einstellungen; Mitarbeitende ändern Datensätze; der Vorstand liest.
workplace-person-deactivated = deaktiviert
workplace-person-invited = eingeladen, noch kein Passwort
workplace-person-active = aktiv
workplace-people-intro = Alle, die in diesem Cluster arbeiten, und ihre Rolle.
workplace-invite-someone = Jemanden einladen
workplace-people-count = Personen ({ $count })
workplace-nobody-works-here = In diesem Cluster arbeitet noch niemand.
workplace-invite-name-hint = Wie andere die Person sehen; sie kann den Namen beibehalten.
workplace-send-the-invitation = Einladung senden
workplace-invite-intro =
    { $count ->
        [one] Die Person erhält eine E-Mail mit einem Link zur Wahl ihres Passworts, der einmal und { $count } Tag lang gilt.
       *[other] Die Person erhält eine E-Mail mit einem Link zur Wahl ihres Passworts, der einmal und { $count } Tage lang gilt.
    }
workplace-invited-give-link = { $email } ist eingeladen, aber der E-Mail-Versand ist nicht eingerichtet: Geben Sie diesen Link selbst weiter, er gilt einmal: { $link }
workplace-invited = { $email } ist eingeladen: Ein Link zur Wahl eines Passworts ist unterwegs.
workplace-invited-has-account = { $email } hat bereits ein Konto und arbeitet jetzt auch hier; die Person wird per E-Mail informiert.
workplace-person = Person
workplace-all-people = Alle Personen
workplace-works-in-other-clusters = Arbeitet in anderen Clustern
workplace-network-administrator-yes = ja: arbeitet in jedem Cluster als Clustermanagement
workplace-your-own-account = Ihr eigenes Konto
workplace-your-own-account-note = Ihre Rolle ändert hier jemand anderes aus dem Clustermanagement; Ihr Passwort und Ihre Sitzungen finden Sie unter Ihr Konto
workplace-change-the-role = Rolle ändern
workplace-take-out-of-cluster = Aus dem Cluster nehmen
workplace-remove-from-cluster = Aus diesem Cluster entfernen
workplace-remove-confirm = { $name } aus { $cluster } entfernen? Das Konto und die angelegten Datensätze bleiben erhalten.
workplace-account = Konto
workplace-deactivate-account = Konto deaktivieren
workplace-deactivate-confirm = { $email } deaktivieren? Die Person kann sich nicht mehr anmelden; ihre Sitzungen und API-Tokens enden sofort.
workplace-reactivate-account = Konto reaktivieren
workplace-reactivate-confirm = { $email } wieder anmelden lassen?
workplace-role-set = { $name } hat jetzt die Rolle „{ $role }“.
workplace-removed = { $name } arbeitet nicht mehr in diesem Cluster.
workplace-reactivated = { $email } kann sich wieder anmelden.
workplace-deactivated = { $email } ist deaktiviert: überall abgemeldet und kann sich nicht mehr anmelden.
workplace-form-expired-or-foreign = das Formular war abgelaufen oder kam nicht von dieser Website; gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut
workplace-form-unread = das Formular konnte nicht gelesen werden: { $problem }
workplace-next-has-control-characters = die Seite, zu der nach der Anmeldung zurückgekehrt wird, enthält Steuerzeichen
workplace-password-set-log-in = Ihr Passwort ist gesetzt: Melden Sie sich damit an.
workplace-forgot-intro =
    { $count ->
        [one] Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden: Dorthin wird ein Link zur Wahl eines neuen Passworts gesendet. Er gilt einmal, { $count } Minute lang.
       *[other] Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden: Dorthin wird ein Link zur Wahl eines neuen Passworts gesendet. Er gilt einmal, { $count } Minuten lang.
    }
workplace-send-the-link = Link senden
workplace-form-expired-send-again = Das Formular war abgelaufen. Bitte senden Sie es erneut.
workplace-reset-link-on-its-way = Wenn ein Konto die E-Mail-Adresse { $email } hat, ist ein Link zur Wahl eines neuen Passworts unterwegs.
workplace-reset-link-works =
    { $count ->
        [one] Er gilt einmal, { $count } Minute lang; sehen Sie auch im Spam-Ordner nach.
       *[other] Er gilt einmal, { $count } Minuten lang; sehen Sie auch im Spam-Ordner nach.
    }
workplace-welcome = Willkommen bei clusterdesk
workplace-choose-a-new-password = Neues Passwort wählen
workplace-choose-intro = Wählen Sie das Passwort für { $email } (mindestens { $chars } Zeichen: Ein Satz aus zusammenhanglosen Wörtern ist leicht zu merken und schwer zu erraten).
workplace-set-the-password = Passwort festlegen
workplace-form-expired-type-again = Das Formular war abgelaufen. Bitte geben Sie das Passwort erneut ein.
workplace-login-form-expired = Das Anmeldeformular war abgelaufen. Bitte melden Sie sich erneut an.
workplace-email-or-password-wrong = E-Mail-Adresse oder Passwort ist falsch.
workplace-upload-unreadable = die hochgeladene Datei ist größer als { $mib } MiB oder konnte nicht gelesen werden
workplace-upload-form-expired = das Formular war abgelaufen; laden Sie die Seite neu und laden Sie die Datei erneut hoch
workplace-back-to-login = Zurück zur Anmeldung
workplace-search-too-short =
    { $count ->
        [one] Geben Sie mindestens { $count } Zeichen ein.
       *[other] Geben Sie mindestens { $count } Zeichen ein.
    }
workplace-search-nothing-matches = Keine Treffer für „{ $query }“.
workplace-search-all-organisations =
    { $count ->
        [one] Die passende Organisation
       *[other] Alle { $count } passenden Organisationen
    }
workplace-search-all-contacts =
    { $count ->
        [one] Der passende Kontakt
       *[other] Alle { $count } passenden Kontakte
    }
workplace-search-all-invoices =
    { $count ->
        [one] Die passende Rechnung
       *[other] Alle { $count } passenden Rechnungen
    }
workplace-search-all-events =
    { $count ->
        [one] Die passende Veranstaltung
       *[other] Alle { $count } passenden Veranstaltungen
    }
workplace-search-all-projects =
    { $count ->
        [one] Das passende Projekt
       *[other] Alle { $count } passenden Projekte
    }
workplace-search-intro = Organisationen, Kontakte, Rechnungen, Veranstaltungen und Projekte; Groß- und Kleinschreibung und Akzente spielen keine Rolle.
workplace-search-for = Suchen nach
workplace-address-unread = die Adresse kann nicht gelesen werden: { $problem }
workplace-network-period-unread = { $problem }. Angezeigt wird { $year }.
workplace-network-clusters = Die Cluster des Netzwerks
workplace-network-clusters-in = Die Cluster des Netzwerks, { $period }
workplace-network-intro-compare = Ausgewählte Indikatoren aller Cluster nebeneinander; Beträge in Euro über die Kurstabelle des Netzwerks
workplace-network-missing-rates = Beträge in { $currencies } bleiben unberücksichtigt: Die Kurstabelle hat keinen Kurs dafür. Fügen Sie unten einen hinzu.
workplace-indicator = Indikator
workplace-network-benchmark = Benchmark: die anderen ohne Namen
workplace-network-side-by-side = Nebeneinander
workplace-network-no-indicators = Keine Indikatoren ausgewählt.
workplace-rate-table = Die Kurstabelle
workplace-currency = Währung
workplace-units-a-euro-buys = Einheiten pro Euro
workplace-set-by = Festgelegt von
workplace-set-on = Am
workplace-no-rates = Noch keine Kurse: Beträge in Euro brauchen keinen.
workplace-what-to-compare = Was verglichen wird
workplace-show = Anzeigen
workplace-year-or-quarter = Jahr oder Quartal
workplace-indicators = Indikatoren
workplace-benchmark-for = Benchmark für
workplace-every-cluster-by-name = Alle Cluster mit Namen
workplace-benchmark-hint = Zeigt einen Cluster mit Namen und die anderen als Cluster A, B, … in der Reihenfolge ihres ersten Werts.
workplace-set-a-rate = Kurs festlegen
workplace-currency-hint = ISO-4217-Code: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Einheiten pro Euro
workplace-per-euro-hint = 4.265 oder 4,265.
workplace-rate-set = Der Kurs für { $currency } ist festgelegt.
workplace-sent-mail = Gesendete E-Mails
workplace-sent-mail-intro = Die letzten { $shown } Nachrichten: Anmeldebestätigungen, Erinnerungen und Bitten um Feedback. E-Mails warten im Postausgang, bis sie versandt sind; was der Mailserver ablehnt, wird erneut versucht, insgesamt { $attempts }-mal. Die Zeiten sind in { $zone }.
workplace-mail-not-set-up = Der E-Mail-Versand ist nicht eingerichtet, daher wird nichts eingereiht oder gesendet: Setzen Sie CLUSTERDESK_SMTP_URL und CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Gesendet am { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Aufgegeben nach { $count } Versuch
       *[other] Aufgegeben nach { $count } Versuchen
    }
workplace-mail-waiting = Wartet auf Versand
workplace-mail-refused =
    { $count ->
        [one] { $count }-mal abgelehnt
       *[other] { $count }-mal abgelehnt
    }
workplace-mail-next-try = nächster Versuch { $moment }
workplace-messages = Nachrichten
workplace-queued = Eingereiht
workplace-to = An
workplace-subject = Betreff
workplace-about = Anlass
workplace-last-error = Letzter Fehler
workplace-no-mail-yet = Es wurde noch keine E-Mail eingereiht.

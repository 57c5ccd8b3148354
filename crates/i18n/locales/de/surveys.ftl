# Umfragen: die öffentliche Antwortseite, Fragebögen und Kampagnen des Teams; Aufgaben; Kontakte und Gesprächsvorlagen.

## Die öffentliche Seite einer Umfrage
survey-only-if-chosen = Nur wenn Sie bei „{ $question }“ „{ $option }“ gewählt haben.
survey-answers-sent = Ihre Antworten wurden gesendet. Vielen Dank.
survey-closed-on = Die Umfrage wurde am { $day } geschlossen: Sie nimmt keine Antworten mehr an.
survey-privacy-anonymous = Diese Umfrage ist anonym: Ihre Antworten werden ohne Ihren Namen, Ihre E-Mail-Adresse und diesen Link gespeichert, nur mit der Art und Größenklasse Ihrer Organisation.
survey-privacy-named = Ihre Antworten werden mit Ihrem Namen und dem Ihrer Organisation für das Team des Clusters gespeichert.
survey-answers-taken-until = Antworten werden bis { $day } angenommen; mit * markierte Fragen sind zum Senden nötig, nicht zum Speichern.
survey-progress-saved = Gespeichert. Kommen Sie über denselben Link zurück, um fertig zu werden.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } Antwort ist zu korrigieren, bevor die Antworten gesendet werden können; noch wurde nichts gesendet.
       *[other] { $count } Antworten sind zu korrigieren, bevor die Antworten gesendet werden können; noch wurde nichts gesendet.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } Antwort ist zu korrigieren, bevor die Antworten gespeichert werden können; noch wurde nichts gespeichert.
       *[other] { $count } Antworten sind zu korrigieren, bevor die Antworten gespeichert werden können; noch wurde nichts gespeichert.
    }
survey-required = Pflichtfeld
survey-statement = Aussage
survey-send-my-answers = Meine Antworten senden
survey-save-and-finish-later = Speichern und später fertigstellen

## Fragebögen und Kampagnen
survey-saved-as-version = Als Version { $version } gespeichert: Bereits gegebene Antworten behalten die Version, auf die sie geantwortet haben.
survey-saved = Gespeichert.
survey-kind-single-choice = Einfachauswahl
survey-kind-multiple-choice = Mehrfachauswahl
survey-kind-likert = Likert-Skala
survey-kind-matrix = Matrix von Skalen
survey-kind-number = Zahl
survey-kind-money = Geldbetrag
survey-kind-text = Text
survey-kind-date = Datum
survey-list-subheading = Fragebögen und die Kampagnen, die sie über persönliche Links an ein Segment senden, mit ihren Ergebnissen
survey-campaigns = Kampagnen
survey-campaign = Kampagne
survey-sent-to = Gesendet an
survey-closes = Endet
survey-invited = Eingeladen
survey-answered = Geantwortet
survey-rate = Quote
survey-title-anonymous = { $title } (anonym)
survey-no-campaign = Noch keine Kampagne gesendet.
survey-questionnaires = Fragebögen
survey-questionnaire = Fragebogen
survey-questions = Fragen
survey-version = Version
survey-responses = Antworten
survey-archived = archiviert
survey-no-questionnaire = Noch kein Fragebogen: Beginnen Sie unten mit einer Vorlage.
survey-send-a-campaign = Kampagne senden
survey-new-questionnaire = Neuer Fragebogen
survey-make = Anlegen
survey-start-from = Ausgangspunkt
survey-empty-questionnaire = Leerer Fragebogen
survey-title = Titel
survey-title-hint = Für einen leeren Fragebogen; eine Vorlage hat ihren eigenen.
survey-choose = Bitte wählen
survey-send-to-contacts-of = Senden an die Kontakte von
survey-choose-a-segment = Segment wählen
survey-segment-hint = Nur Kontakte, deren dauerhafte Einwilligung Umfragen per E-Mail abdeckt, erhalten sie; die anderen werden aufgelistet.
survey-title-respondents-read = Titel für die Befragten
survey-campaign-title-hint = Der Titel des Fragebogens, wenn leer.
survey-answers-taken-until-label = Antworten angenommen bis
survey-anonymous = Anonym
survey-anonymous-hint = Antworten werden ohne Bezug zur Person, zur Art oder Größe der Organisation gespeichert; die Befragten werden darüber informiert.
survey-figures-year = Jahr der Kennzahlen
survey-figures-year-hint = Für eine Umfrage zur Unternehmensleistung: das letzte abgeschlossene Jahr.
survey-questionnaire-made = Angelegt: Passen Sie ihn nach Bedarf an.
survey-campaign-sent =
    { $count ->
        [one] Gesendet: { $count } persönlicher Link ist unterwegs.
       *[other] Gesendet: { $count } persönliche Links sind unterwegs.
    }
survey-not-sent-to =
    { $count ->
        [one] Nicht gesendet an { $count } Person:
       *[other] Nicht gesendet an { $count } Personen:
    }
survey-and-more-left-out = und { $count } weitere (die Antwort der API listet alle auf)
survey-kind-text-scale = { $points }-stufige Skala, von { $low } bis { $high }
survey-kind-text-matrix = Aussagen: { $count }, auf einer { $points }-stufigen Skala
survey-bounds-between = { $min } bis { $max }
survey-bounds-at-least = mindestens { $min }
survey-bounds-at-most = höchstens { $max }
survey-number-in = Zahl in { $unit }
survey-question = Frage
survey-answer-needed = Eine Antwort ist erforderlich
survey-help-under-question = Hilfetext unter der Frage
survey-options-one-a-line = Optionen, eine pro Zeile
survey-options-hint = Für eine Einfach- oder Mehrfachauswahl.
survey-statements-one-a-line = Aussagen, eine pro Zeile
survey-statements-hint = Für eine Matrix: Jede wird auf der Skala bewertet.
survey-points-of-scale = Stufen der Skala
survey-points-hint = Von 2 bis 11; 5, wenn leer. Für eine Skala oder eine Matrix.
survey-label-of-1 = Bezeichnung von 1
survey-label-of-1-hint = Etwa „Sehr unzufrieden“.
survey-label-of-top = Bezeichnung der höchsten Stufe
survey-label-of-top-hint = Etwa „Sehr zufrieden“.
survey-unit = Einheit
survey-unit-hint = Für eine Zahl: Personen, Produkte, %.
survey-at-least = Mindestens
survey-at-most = Höchstens
survey-decimals = Nachkommastellen
survey-decimals-hint = 0 bis 3.
survey-long = Ein Absatz, keine Zeile
survey-long-hint = Für einen Text.
survey-show-only-when = Nur anzeigen, wenn
survey-always-shown = Immer angezeigt
survey-is-answered = … beantwortet ist mit
survey-is-answered-hint = Die Option oder die Stufe der Skala (4), bei der diese Frage angezeigt wird.
survey-key = Schlüssel
survey-key-hint = Wie Exporte und Indikatoren die Antworten benennen; aus der Frage gebildet, wenn leer.
survey-no-introduction = Noch keine Einleitung.
survey-responses-to-all-versions = Antworten auf alle Versionen
survey-version-was-sent = Eine Kampagne hat diese Version gesendet: Eine Änderung erzeugt eine neue Version, und die Eingeladenen behalten die, die sie erhalten haben.
survey-needed = Pflicht
survey-shown-when = wenn { $question } = { $value }
survey-up = Nach oben
survey-down = Nach unten
survey-remove = Entfernen
survey-remove-question-confirm = Die Frage „{ $question }“ entfernen?
survey-required-column = Pflicht
survey-shown = Angezeigt
survey-no-question-in-section = Noch keine Frage in diesem Abschnitt.
survey-remove-section = Abschnitt { $number } entfernen
survey-remove-section-confirm = Den leeren Abschnitt „{ $section }“ entfernen?
survey-section = Abschnitt
survey-add-a-question = Frage hinzufügen
survey-add = Hinzufügen
survey-add-a-section = Abschnitt hinzufügen
survey-title-and-introduction = Titel und Einleitung
survey-save = Speichern
survey-introduction = Einleitung, die die Befragten zuerst lesen
survey-bring-back = Zurückholen
survey-archive-confirm = Den Fragebogen archivieren? Er wird in keinen neuen Kampagnen mehr gesendet; seine Kampagnen und Antworten bleiben erhalten.
survey-question-added = Die Frage ist hinzugefügt.
survey-archived-notice = Archiviert.
survey-brought-back = Zurückgeholt.

## Die Ergebnisse einer Kampagne
survey-n-answered = { $count } geantwortet
survey-mean-median = Mittelwert { $mean } · Median { $median }
survey-answers = Antworten
survey-count = Anzahl
survey-filter-invalid = Der Filter ist ungültig: { $error }. Alle Antworten werden angezeigt.
survey-campaign-subheading = Gesendet an { $audience } · Version { $version } des Fragebogens · Antworten angenommen bis { $day }
survey-campaign-subheading-anonymous = Gesendet an { $audience } · Version { $version } des Fragebogens · Antworten angenommen bis { $day } · anonym
survey-answers-csv = Antworten (CSV)
survey-answers-xlsx = Antworten (XLSX)
survey-import-answers = Antworten importieren
survey-response-rate = Rücklaufquote
survey-responses-counted = Unten gezählte Antworten
survey-imported = Aus einem anderen Werkzeug importiert
survey-group = Gruppe
survey-rate-by-kind = Rücklaufquote nach Art der Organisation
survey-rate-by-size-class = Rücklaufquote nach Größenklasse
survey-nobody-invited = Niemand wurde eingeladen.
survey-answer = Antwort
survey-share = Anteil
survey-mean = Mittelwert
survey-mean-point-chart = { $question }: mittlere Stufe jeder Aussage
survey-range-to-under = { $low } bis unter { $high }
survey-by-month = nach Monat
survey-month = Monat
survey-kind-of-organisation = Art der Organisation
survey-any = Alle
survey-size-class = Größenklasse
survey-segment = Segment
survey-which-responses = Welche Antworten
survey-show = Anzeigen
survey-remind-title = Erinnern, wer nicht geantwortet hat
survey-send-reminders = Erinnerungen senden
survey-people-reminded =
    { $count ->
        [one] { $count } Person mit einem neuen Link erinnert.
       *[other] { $count } Personen mit einem neuen Link erinnert.
    }

## Die mit clusterdesk gelieferten Fragebögen
template-member-satisfaction = Zufriedenheit der Mitglieder
template-strategic-attitude = Strategische Ausrichtung der Unternehmen
template-company-performance = Jährliche Unternehmensleistung
template-strategy-consultation = Konsultation für einen neuen Strategieplan

## Aufgaben
task-tasks = Aufgaben
task-nobody-yet = noch niemand
task-nobody-yet-option = (noch niemand)
task-my-open-tasks = Meine offenen Aufgaben
task-all-open-tasks = Alle offenen Aufgaben
task-done = Erledigt
task-done-tasks = Erledigte Aufgaben
task-open-about-organisation = Offene Aufgaben zu einer Organisation
task-nothing-to-do = Nichts zu tun: Keine offene Aufgabe ist Ihnen zugewiesen.
task-none-here = Hier gibt es keine Aufgaben.
task-what-is-to-be-done = Was zu tun ist
task-due = Fällig
task-who-does-it = Wer es erledigt
task-new = Neue Aufgabe
task-new-about = Neue Aufgabe zu { $organisation }
task-add = Aufgabe hinzufügen
task-created = Die Aufgabe ist angelegt.
task-task = Aufgabe
task-who = Wer
task-overdue = überfällig
task-open-again = Wieder öffnen

## Kontakte und Gesprächsvorlagen
interaction-no-date = ohne Datum
interaction-timeline = Verlauf
interaction-what = Was
interaction-timeline-empty = Noch keine Kontakte oder Aufgaben. Erfassen Sie ein Treffen, einen Anruf, einen Besuch oder ein Gespräch.
interaction-log = Kontakt erfassen
interaction-task-done = Aufgabe, erledigt
interaction-task-overdue = Aufgabe, überfällig
interaction-open-from-organisation = öffnen Sie das Formular von der Seite einer Organisation aus
interaction-day = Tag
interaction-subject = Betreff
interaction-with = Mit
interaction-nobody-in-particular = (niemand Bestimmtes)
interaction-team-member = Teammitglied
interaction-none = (keines)
interaction-notes = Notizen
interaction-interview-template = Gespräch: { $template }
interaction-interview-with = Gespräch mit { $organisation }: { $template }
interaction-log-with = Kontakt mit { $organisation } erfassen
interaction-no-templates = Gespräche folgen Vorlagen mit Fragen; der Cluster hat noch keine.
interaction-log-an-interaction = Kontakt erfassen
interaction-logged = Der Kontakt ist erfasst.
interaction-logged-by = Erfasst von
interaction-by-on = { $who } am { $day }
interaction-kind-with = { $kind } mit { $organisation }
interaction-follow-up-tasks = Folgeaufgaben
interaction-state = Stand
interaction-no-follow-up-tasks = Keine Folgeaufgaben.
interaction-add-follow-up-task = Folgeaufgabe hinzufügen
interaction-record-project-idea = Daraus eine Projektidee erfassen
interaction-templates-intro = Die Fragen, denen ein strukturiertes Gespräch folgt. Die Antworten werden je Frage gespeichert, damit sich Gespräche vergleichen lassen.
interaction-no-templates-yet = Noch keine Vorlagen.
interaction-new-template = Neue Vorlage
interaction-template-name = Name
interaction-one-question-a-line = Eine Frage pro Zeile.
interaction-add-template = Vorlage hinzufügen
survey-group-unknown = Unbekannt
survey-chart-not-rated = nicht bewertet

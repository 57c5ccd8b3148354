skip-to-content = Zum Inhalt
menu = Menü
switch-cluster = Cluster wechseln
all-clusters = Alle Cluster…
search = Suche
search-placeholder = Suchen…
your-account-title = Ihr Konto: Passwort, Sitzungen, API-Tokens
log-out = Abmelden
modules = Module
nav-home = Start
nav-overview = Überblick
nav-organisations = Organisationen
nav-contacts = Kontakte
nav-events = Veranstaltungen
nav-engagement = Engagement
nav-strategy = Strategie
nav-projects = Projekte
nav-services = Dienstleistungen
nav-surveys = Umfragen
nav-economics = Finanzen
nav-monitoring = Monitoring
nav-members = Mitglieder
nav-invoices = Rechnungen
nav-my-tasks = Meine Aufgaben
tasks-overdue =
    { $count ->
        [one] { $count } überfällig
       *[other] { $count } überfällig
    }
nav-segments = Segmente
nav-duplicates = Dubletten
nav-imports = Importe
nav-value-chain = Wertschöpfungskette
nav-interview-templates = Gesprächsvorlagen
nav-people = Personen

## Probleme: was eine Antwort sagt, die eine Anfrage ablehnt (die Problemdokumente der API und die Fehlerseiten).
problem-title-400 = Ungültige Anfrage
problem-title-401 = Nicht angemeldet
problem-title-403 = Nicht erlaubt
problem-title-404 = Nicht gefunden
problem-title-409 = Konflikt
problem-title-413 = Zu groß
problem-title-422 = Kann nicht angenommen werden
problem-title-429 = Zu viele Anfragen
problem-title-500 = Serverfehler
problem-not-found = Nicht gefunden: { $what }.
problem-forbidden = Ihre Rolle in diesem Cluster erlaubt das nicht: { $reason }.
problem-forbidden-reading = Lesen
problem-forbidden-edit = zum Ändern von Datensätzen ist die Rolle „Mitarbeitende“ oder „Clustermanagement“ nötig
problem-forbidden-manage = dafür ist die Rolle „Clustermanagement“ nötig
problem-forbidden-rate-table = die Kurstabelle des Netzwerks pflegen die Netzwerkadministratoren
problem-forbidden-taxonomy = die Taxonomie des Netzwerks pflegen die Netzwerkadministratoren
problem-forbidden-network-view = die Netzwerkansicht ist den Netzwerkadministratoren vorbehalten
problem-bad-credentials = Die E-Mail-Adresse oder das Passwort ist falsch.
problem-too-many-attempts =
    { $minutes ->
        [one] Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in { $minutes } Minute erneut.
       *[other] Zu viele fehlgeschlagene Anmeldungen; versuchen Sie es in { $minutes } Minuten erneut.
    }
problem-rate-limited =
    { $minutes ->
        [one] Zu viele Anfragen von Ihrer Adresse oder für diese Veranstaltung; versuchen Sie es in { $minutes } Minute erneut.
       *[other] Zu viele Anfragen von Ihrer Adresse oder für diese Veranstaltung; versuchen Sie es in { $minutes } Minuten erneut.
    }
problem-token-unknown = Das API-Token ist unbekannt oder widerrufen.
problem-token-missing = Senden Sie ein API-Token als 'Authorization: Bearer TOKEN' (erstellen Sie eines mit 'clusterdesk token create').
problem-server = Auf dem Server ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuchen Sie es erneut.

## Was eine Anfrage verlangen und nicht finden kann (in `problem-not-found`).
resource-api-token = API-Token
resource-action-line = Maßnahme
resource-calendar = Kalender
resource-campaign = Kampagne
resource-challenge = Herausforderung
resource-cluster = Cluster
resource-contact-with-that-email = Kontakt mit dieser E-Mail-Adresse
resource-contact = Kontakt
resource-consent = Einwilligung
resource-current-consent = aktuelle Einwilligung
resource-delivery = Leistung
resource-event-series = Veranstaltungsreihe
resource-event = Veranstaltung
resource-evidence = Nachweis
resource-file = Datei
resource-group-membership = Gruppenmitgliedschaft
resource-idea = Idee
resource-import = Import
resource-indicator-set = Indikatorenset
resource-indicator = Indikator
resource-interaction = Interaktion
resource-invoice = Rechnung
resource-ledger-line = Buchungszeile
resource-line = Zeile
resource-membership-type = Mitgliedschaftsart
resource-membership = Mitgliedschaft
resource-milestone = Meilenstein
resource-offer-or-need = Angebot oder Bedarf
resource-organisation = Organisation
resource-organisation-challenge-interaction-or-working-group = Organisation, Herausforderung, Interaktion oder Arbeitsgruppe
resource-page = Seite
resource-partner-cluster = Partnercluster
resource-payment = Zahlung
resource-person = Person
resource-project-or-organisation = Projekt oder Organisation
resource-project-part = Projektbestandteil
resource-project = Projekt
resource-question = Frage
resource-questionnaire = Fragebogen
resource-record = Datensatz
resource-registration-on-the-waiting-list = Anmeldung auf der Warteliste
resource-registration-request = Anmeldeanfrage
resource-registration = Anmeldung
resource-resource = Ressource
resource-review-of-figures = Prüfung der Kennzahlen
resource-review = Prüfung
resource-role-in-that-cluster = Rolle in diesem Cluster
resource-scenario = Szenario
resource-section = Abschnitt
resource-segment = Segment
resource-series = Reihe
resource-service-or-organisation = Dienstleistung oder Organisation
resource-service = Dienstleistung
resource-session = Sitzung
resource-staff-member = Teammitglied
resource-strategy = Strategie
resource-survey-link = Umfragelink
resource-tag = Schlagwort
resource-task = Aufgabe
resource-unmatched-payment = nicht zugeordnete Zahlung
resource-upload = hochgeladene Datei
resource-user = Benutzer
resource-value = Wert
resource-working-group-or-contact = Arbeitsgruppe oder Kontakt
resource-working-group = Arbeitsgruppe
resource-year = Jahr

# Meldungen der Web-Schicht: Ablehnungen am Eingang (ein NUL-Zeichen, die Größe der Anfrage) und von Parametern und Inhalten der Anfragen an die API und die Seiten.

## Am Eingang
invalid-web-nul = enthält ein NUL-Zeichen, das kein Text ist: Entfernen Sie es
invalid-web-request-unreadable = die Anfrage konnte nicht gelesen werden
invalid-web-request-too-large = die Anfrage ist zu groß: Eine Datei zum Importieren darf höchstens { $import } MiB haben, jede andere Anfrage { $other } KiB
invalid-web-json-body = der Inhalt der Anfrage ist nicht das erwartete JSON: { $error }

## Parameter
invalid-web-year = „{ $value }“ ist kein Jahr (etwa 2026)
invalid-web-parameter-period-year = Parameter period: „{ $value }“ ist kein Jahr (etwa 2026)
invalid-web-parameter-from = Parameter from: „{ $value }“ ist kein Datum (etwa 2026-01-01)
invalid-web-parameter-state = Parameter state: „{ $value }“ ist kein Stand einer Rechnung
invalid-web-parameter-kind = Parameter kind: „{ $value }“ ist keine Art von Rechnung
invalid-web-parameter-dry-run = Parameter dry_run: „{ $value }“ ist weder true noch false
invalid-web-parameter-status = Parameter status: „{ $value }“ ist kein Status einer Mitgliedschaft
invalid-web-parameter-year-plan = Parameter year: { $year } ist kein Jahr eines Plans
invalid-web-parameter-target = Parameter target: „{ $value }“ muss organisations, contacts, memberships, invoices oder ledger sein
invalid-web-parameter-format = Parameter format: „{ $value }“ ist kein Format; verwenden Sie csv oder xlsx
invalid-web-parameter-format-contacts = Parameter format: „{ $value }“ ist kein Format; verwenden Sie csv, xlsx oder vcf
invalid-web-parameter-format-report = Parameter format: { $message }; oder json

## Inhalte der Anfragen und Formulare
invalid-web-renewal-period = period { $period } ist kein Jahr (etwa 2026)
invalid-web-membership-change = „{ $value }“ ist keine Änderung; verwenden Sie accept, suspend, reinstate oder terminate
invalid-web-template-or-questionnaire = senden Sie entweder eine Vorlage (template) oder einen Fragebogen (questionnaire)
invalid-web-attendance-missing = geben Sie an, was erfasst werden soll: attended, no_show oder clear
invalid-web-import-values = Werte: { $message }

# Messaggi del livello web: rifiuti all’ingresso (un carattere NUL, la dimensione della richiesta) e dei parametri e dei corpi delle richieste all’API e alle pagine.

## All’ingresso
invalid-web-nul = contiene un carattere NUL, che non è testo: rimuovilo
invalid-web-request-unreadable = non è stato possibile leggere la richiesta
invalid-web-request-too-large = la richiesta è troppo grande: un file da importare può essere al massimo di { $import } MiB, ogni altra richiesta di { $other } KiB
invalid-web-json-body = il corpo della richiesta non è il JSON atteso: { $error }

## Parametri
invalid-web-year = «{ $value }» non è un anno (ad esempio 2026)
invalid-web-parameter-period-year = parametro period: «{ $value }» non è un anno (ad esempio 2026)
invalid-web-parameter-from = parametro from: «{ $value }» non è una data (ad esempio 2026-01-01)
invalid-web-parameter-state = parametro state: «{ $value }» non è uno stato di fattura
invalid-web-parameter-kind = parametro kind: «{ $value }» non è un tipo di fattura
invalid-web-parameter-dry-run = parametro dry_run: «{ $value }» non è né true né false
invalid-web-parameter-status = parametro status: «{ $value }» non è uno stato di adesione
invalid-web-parameter-year-plan = parametro year: { $year } non è l’anno di un piano
invalid-web-parameter-target = parametro target: «{ $value }» deve essere organisations, contacts, memberships, invoices o ledger
invalid-web-parameter-format = parametro format: «{ $value }» non è un formato; usa csv o xlsx
invalid-web-parameter-format-contacts = parametro format: «{ $value }» non è un formato; usa csv, xlsx o vcf
invalid-web-parameter-format-report = parametro format: { $message }; oppure json

## Corpi delle richieste e moduli
invalid-web-renewal-period = period { $period } non è un anno (ad esempio 2026)
invalid-web-membership-change = «{ $value }» non è una modifica; usa accept, suspend, reinstate o terminate
invalid-web-template-or-questionnaire = invia un modello (template) o un questionario (questionnaire), uno dei due
invalid-web-attendance-missing = indica cosa registrare: attended, no_show o clear
invalid-web-import-values = valori: { $message }

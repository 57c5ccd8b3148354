# Messages of the web layer: refusals at the door (a NUL character, the request's size) and of the parameters and bodies of the API's and the pages' requests.

## At the door
invalid-web-nul = holds a NUL character, which is not text: remove it
invalid-web-request-unreadable = the request could not be read
invalid-web-request-too-large = the request is too large: a file to import may have at most { $import } MiB, any other request { $other } KiB
invalid-web-json-body = the body is not the expected JSON: { $error }

## Parameters
invalid-web-year = '{ $value }' is not a year such as 2026
invalid-web-parameter-period-year = parameter period: '{ $value }' is not a year such as 2026
invalid-web-parameter-from = parameter from: '{ $value }' is not a day such as 2026-01-01
invalid-web-parameter-state = parameter state: '{ $value }' is not an invoice state
invalid-web-parameter-kind = parameter kind: '{ $value }' is not a kind of invoice
invalid-web-parameter-dry-run = parameter dry_run: '{ $value }' is not true or false
invalid-web-parameter-status = parameter status: '{ $value }' is not a membership status
invalid-web-parameter-year-plan = parameter year: { $year } is not a year of a plan
invalid-web-parameter-target = parameter target: '{ $value }' is organisations, contacts, memberships, invoices or ledger
invalid-web-parameter-format = parameter format: '{ $value }' is not a format; use csv or xlsx
invalid-web-parameter-format-contacts = parameter format: '{ $value }' is not a format; use csv, xlsx or vcf
invalid-web-parameter-format-report = parameter format: { $message }; or json

## Bodies and forms
invalid-web-renewal-period = period { $period } is not a year such as 2026
invalid-web-membership-change = '{ $value }' is not a change; use accept, suspend, reinstate or terminate
invalid-web-template-or-questionnaire = send a template or a questionnaire, one of the two
invalid-web-attendance-missing = say what to record: attended, no_show or clear
invalid-web-import-values = values: { $message }

# Mesajele stratului web: refuzuri la intrare (un caracter NUL, dimensiunea cererii) și refuzuri ale parametrilor și corpurilor cererilor către API și pagini.

## La intrare
invalid-web-nul = conține un caracter NUL, care nu este text: elimină-l
invalid-web-request-unreadable = cererea nu a putut fi citită
invalid-web-request-too-large = cererea este prea mare: un fișier de importat poate avea cel mult { $import } MiB, orice altă cerere { $other } KiB
invalid-web-json-body = corpul cererii nu este JSON-ul așteptat: { $error }

## Parametri
invalid-web-year = „{ $value }” nu este un an (de exemplu 2026)
invalid-web-parameter-period-year = parametrul period: „{ $value }” nu este un an (de exemplu 2026)
invalid-web-parameter-from = parametrul from: „{ $value }” nu este o dată (de exemplu 2026-01-01)
invalid-web-parameter-state = parametrul state: „{ $value }” nu este o stare a unei facturi
invalid-web-parameter-kind = parametrul kind: „{ $value }” nu este un tip de factură
invalid-web-parameter-dry-run = parametrul dry_run: „{ $value }” nu este nici true, nici false
invalid-web-parameter-status = parametrul status: „{ $value }” nu este o stare a calității de membru
invalid-web-parameter-year-plan = parametrul year: { $year } nu este anul unui plan
invalid-web-parameter-target = parametrul target: „{ $value }” trebuie să fie organisations, contacts, memberships, invoices sau ledger
invalid-web-parameter-format = parametrul format: „{ $value }” nu este un format; folosește csv sau xlsx
invalid-web-parameter-format-contacts = parametrul format: „{ $value }” nu este un format; folosește csv, xlsx sau vcf
invalid-web-parameter-format-report = parametrul format: { $message }; sau json

## Corpurile cererilor și formulare
invalid-web-renewal-period = period { $period } nu este un an (de exemplu 2026)
invalid-web-membership-change = „{ $value }” nu este o schimbare; folosește accept, suspend, reinstate sau terminate
invalid-web-template-or-questionnaire = trimite un șablon (template) sau un chestionar (questionnaire), doar unul dintre ele
invalid-web-attendance-missing = spune ce trebuie înregistrat: attended, no_show sau clear
invalid-web-import-values = valori: { $message }

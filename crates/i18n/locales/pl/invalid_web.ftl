# Komunikaty warstwy web: odmowy na wejściu (znak NUL, rozmiar żądania) oraz odmowy parametrów i treści żądań do API i stron.

## Na wejściu
invalid-web-nul = zawiera znak NUL, który nie jest tekstem: usuń go
invalid-web-request-unreadable = nie udało się odczytać żądania
invalid-web-request-too-large = żądanie jest za duże: plik do importu może mieć najwyżej { $import } MiB, każde inne żądanie { $other } KiB
invalid-web-json-body = treść żądania nie jest oczekiwanym dokumentem JSON: { $error }

## Parametry
invalid-web-year = „{ $value }” nie jest rokiem (np. 2026)
invalid-web-parameter-period-year = parametr period: „{ $value }” nie jest rokiem (np. 2026)
invalid-web-parameter-from = parametr from: „{ $value }” nie jest datą (np. 2026-01-01)
invalid-web-parameter-state = parametr state: „{ $value }” nie jest stanem faktury
invalid-web-parameter-kind = parametr kind: „{ $value }” nie jest rodzajem faktury
invalid-web-parameter-dry-run = parametr dry_run: „{ $value }” nie jest ani true, ani false
invalid-web-parameter-status = parametr status: „{ $value }” nie jest statusem członkostwa
invalid-web-parameter-year-plan = parametr year: { $year } nie jest rokiem planu
invalid-web-parameter-target = parametr target: „{ $value }” musi być jednym z: organisations, contacts, memberships, invoices lub ledger
invalid-web-parameter-format = parametr format: „{ $value }” nie jest formatem; użyj csv lub xlsx
invalid-web-parameter-format-contacts = parametr format: „{ $value }” nie jest formatem; użyj csv, xlsx lub vcf
invalid-web-parameter-format-report = parametr format: { $message }; albo json

## Treści żądań i formularze
invalid-web-renewal-period = period { $period } nie jest rokiem (np. 2026)
invalid-web-membership-change = „{ $value }” nie jest zmianą; użyj accept, suspend, reinstate lub terminate
invalid-web-template-or-questionnaire = wyślij szablon (template) albo kwestionariusz (questionnaire), jedno z dwojga
invalid-web-attendance-missing = podaj, co zapisać: attended, no_show lub clear
invalid-web-import-values = wartości: { $message }

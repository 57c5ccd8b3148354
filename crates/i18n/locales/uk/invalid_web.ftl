# Повідомлення вебрівня: відмови на вході (символ NUL, розмір запиту) та відмови параметрів і тіл запитів до API та сторінок.

## На вході
invalid-web-nul = містить символ NUL, який не є текстом: видаліть його
invalid-web-request-unreadable = не вдалося прочитати запит
invalid-web-request-too-large = запит завеликий: файл для імпорту може мати щонайбільше { $import } МіБ, будь-який інший запит — { $other } КіБ
invalid-web-json-body = тіло запиту не є очікуваним JSON: { $error }

## Параметри
invalid-web-year = «{ $value }» не є роком (наприклад 2026)
invalid-web-parameter-period-year = параметр period: «{ $value }» не є роком (наприклад 2026)
invalid-web-parameter-from = параметр from: «{ $value }» не є датою (наприклад 2026-01-01)
invalid-web-parameter-state = параметр state: «{ $value }» не є станом рахунку
invalid-web-parameter-kind = параметр kind: «{ $value }» не є видом рахунку
invalid-web-parameter-dry-run = параметр dry_run: «{ $value }» не є ні true, ні false
invalid-web-parameter-status = параметр status: «{ $value }» не є статусом членства
invalid-web-parameter-year-plan = параметр year: { $year } не є роком плану
invalid-web-parameter-target = параметр target: «{ $value }» має бути organisations, contacts, memberships, invoices або ledger
invalid-web-parameter-format = параметр format: «{ $value }» не є форматом; використовуйте csv або xlsx
invalid-web-parameter-format-contacts = параметр format: «{ $value }» не є форматом; використовуйте csv, xlsx або vcf
invalid-web-parameter-format-report = параметр format: { $message }; або json

## Тіла запитів і форми
invalid-web-renewal-period = period { $period } не є роком (наприклад 2026)
invalid-web-membership-change = «{ $value }» не є зміною; використовуйте accept, suspend, reinstate або terminate
invalid-web-template-or-questionnaire = надішліть шаблон (template) або анкету (questionnaire) — щось одне з двох
invalid-web-attendance-missing = вкажіть, що записати: attended, no_show або clear
invalid-web-import-values = значення: { $message }

# Съобщения на уеб слоя: откази на входа (знак NUL, размер на заявката) и откази на параметрите и телата на заявките към API и страниците.

## На входа
invalid-web-nul = съдържа знак NUL, който не е текст: премахнете го
invalid-web-request-unreadable = заявката не можа да бъде прочетена
invalid-web-request-too-large = заявката е твърде голяма: файл за импорт може да е най-много { $import } MiB, всяка друга заявка – { $other } KiB
invalid-web-json-body = тялото на заявката не е очакваният JSON: { $error }

## Параметри
invalid-web-year = „{ $value }“ не е година (например 2026)
invalid-web-parameter-period-year = параметър period: „{ $value }“ не е година (например 2026)
invalid-web-parameter-from = параметър from: „{ $value }“ не е дата (например 2026-01-01)
invalid-web-parameter-state = параметър state: „{ $value }“ не е състояние на фактура
invalid-web-parameter-kind = параметър kind: „{ $value }“ не е вид фактура
invalid-web-parameter-dry-run = параметър dry_run: „{ $value }“ не е нито true, нито false
invalid-web-parameter-status = параметър status: „{ $value }“ не е статус на членство
invalid-web-parameter-year-plan = параметър year: { $year } не е година на план
invalid-web-parameter-target = параметър target: „{ $value }“ трябва да е organisations, contacts, memberships, invoices или ledger
invalid-web-parameter-format = параметър format: „{ $value }“ не е формат; използвайте csv или xlsx
invalid-web-parameter-format-contacts = параметър format: „{ $value }“ не е формат; използвайте csv, xlsx или vcf
invalid-web-parameter-format-report = параметър format: { $message }; или json

## Тела на заявки и формуляри
invalid-web-renewal-period = period { $period } не е година (например 2026)
invalid-web-membership-change = „{ $value }“ не е промяна; използвайте accept, suspend, reinstate или terminate
invalid-web-template-or-questionnaire = изпратете шаблон (template) или въпросник (questionnaire) – едно от двете
invalid-web-attendance-missing = посочете какво да се запише: attended, no_show или clear
invalid-web-import-values = стойности: { $message }

# Mensajes de la capa web: rechazos a la entrada (un carácter NUL, el tamaño de la solicitud) y de los parámetros y cuerpos de las solicitudes a la API y a las páginas.

## A la entrada
invalid-web-nul = contiene un carácter NUL, que no es texto: quítalo
invalid-web-request-unreadable = no se pudo leer la solicitud
invalid-web-request-too-large = la solicitud es demasiado grande: un archivo para importar puede tener como máximo { $import } MiB, cualquier otra solicitud { $other } KiB
invalid-web-json-body = el cuerpo de la solicitud no es el JSON esperado: { $error }

## Parámetros
invalid-web-year = «{ $value }» no es un año (por ejemplo 2026)
invalid-web-parameter-period-year = parámetro period: «{ $value }» no es un año (por ejemplo 2026)
invalid-web-parameter-from = parámetro from: «{ $value }» no es una fecha (por ejemplo 2026-01-01)
invalid-web-parameter-state = parámetro state: «{ $value }» no es un estado de factura
invalid-web-parameter-kind = parámetro kind: «{ $value }» no es un tipo de factura
invalid-web-parameter-dry-run = parámetro dry_run: «{ $value }» no es true ni false
invalid-web-parameter-status = parámetro status: «{ $value }» no es un estado de afiliación
invalid-web-parameter-year-plan = parámetro year: { $year } no es un año de un plan
invalid-web-parameter-target = parámetro target: «{ $value }» debe ser organisations, contacts, memberships, invoices o ledger
invalid-web-parameter-format = parámetro format: «{ $value }» no es un formato; usa csv o xlsx
invalid-web-parameter-format-contacts = parámetro format: «{ $value }» no es un formato; usa csv, xlsx o vcf
invalid-web-parameter-format-report = parámetro format: { $message }; o json

## Cuerpos de las solicitudes y formularios
invalid-web-renewal-period = period { $period } no es un año (por ejemplo 2026)
invalid-web-membership-change = «{ $value }» no es un cambio; usa accept, suspend, reinstate o terminate
invalid-web-template-or-questionnaire = envía una plantilla (template) o un cuestionario (questionnaire), solo uno de los dos
invalid-web-attendance-missing = indica qué registrar: attended, no_show o clear
invalid-web-import-values = valores: { $message }

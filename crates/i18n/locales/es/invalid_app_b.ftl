# Mensajes de los casos de uso: importaciones y archivos leídos, cuentas e inicio de sesión, envío de correo, listas, duplicados y fusiones.

## Leer un archivo (sheet)
invalid-sheet-file-too-large = el archivo tiene { $size } MiB; un archivo puede tener como máximo { $limit } MiB
invalid-sheet-xlsx-contradictory = el archivo no es un libro XLSX legible: sus partes se contradicen
invalid-sheet-too-many-columns = { $at } tiene { $columns } columnas; un archivo puede tener como máximo { $limit } columnas
invalid-sheet-nul-character = { $at } contiene un carácter NUL, que ningún texto puede contener: ¿es un archivo de texto?
invalid-sheet-cell-too-long = { $at } contiene más de { $limit } caracteres; una celda puede contener como máximo { $limit }
invalid-sheet-line = línea { $line }
invalid-sheet-read-as-utf16 = el archivo se leyó como UTF-16 (texto Unicode) y se convirtió
invalid-sheet-read-as-windows-1252 = el archivo se leyó como Windows-1252 y se convirtió
invalid-sheet-header-unreadable = no se puede leer la fila de encabezados: { $error }
invalid-sheet-empty-file = el archivo está vacío: la primera línea debe nombrar las columnas
invalid-sheet-line-not-csv = línea { $line }: no se puede leer como CSV: { $error }
invalid-sheet-too-many-rows = el archivo tiene más de { $limit } filas
invalid-sheet-separated-by-semicolons = columnas separadas por puntos y comas
invalid-sheet-separated-by-tabs = columnas separadas por tabuladores
invalid-sheet-separated-by-commas = columnas separadas por comas
invalid-sheet-xlsx-unreadable = el archivo no es un libro XLSX legible: { $error }
invalid-sheet-too-many-parts = el libro consta de { $parts } partes; un libro puede tener como máximo { $limit }
invalid-sheet-unzips-too-large = el libro descomprimido ocupa { $size } MiB; un libro descomprimido puede ocupar como máximo { $limit } MiB
invalid-sheet-no-worksheet = el libro no tiene ninguna hoja
invalid-sheet-worksheet-unreadable = no se puede leer la primera hoja: { $error }
invalid-sheet-cell = celda { $cell }
invalid-sheet-value-beyond-columns = { $at } contiene un valor, pero una hoja puede tener como máximo { $limit } columnas (A a { $last })
invalid-sheet-rows-out-of-order = { $at } viene después de la fila { $row }: las filas de la hoja están desordenadas
invalid-sheet-worksheet-too-many-rows = la hoja tiene más de { $limit } filas con valores
invalid-sheet-empty-worksheet = la primera hoja está vacía: su primera fila debe nombrar las columnas
invalid-sheet-read-from-first-worksheet = leído de la primera hoja

## Importaciones: el archivo, la asignación de columnas y las filas (import)
invalid-import-mapping-unknown-column = la asignación nombra una columna «{ $header }» que el archivo no tiene
invalid-import-mapping-not-a-field = la asignación lleva «{ $header }» a «{ $field }», que no es un campo; los campos son { $fields }
invalid-import-values-read-by-mapping = { $values } valores leídos según la asignación
invalid-import-values-read-by-name = { $values } valores leídos por su nombre en los idiomas de la red
invalid-import-mapping-line = línea { $line } de la asignación: escríbela como «Encabezado de columna = campo»
invalid-import-field-count = tiene { $cells } campos, pero el encabezado tiene { $headers }
invalid-import-required-column = ninguna columna está asignada a «{ $field }», que es obligatorio
invalid-import-invoices-customer-column = ninguna columna está asignada a «customer» ni a «vat_id»; uno de los dos es obligatorio
invalid-import-ledger-amount-column = ninguna columna está asignada a «amount» (ni a «hours», para las aportaciones en especie); uno de los dos es obligatorio
invalid-import-membership-overlaps-line = se solapa con la afiliación de la organización de la línea { $line }: una organización tiene una sola afiliación a la vez
invalid-import-answers-into-campaign = las respuestas de encuestas se importan en una campaña, desde la página de la campaña o con `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = la misma afiliación que la línea { $first } (misma organización, tipo e inicio)
invalid-import-same-invoice = la misma factura que la línea { $first } (mismo número, o la cuota de la misma afiliación para el mismo periodo)
invalid-import-same-organisation = la misma organización que la línea { $first } de este archivo (mismo NIF-IVA, o mismo nombre y país)
invalid-import-same-person = la misma persona que la línea { $first } de este archivo (mismo correo electrónico, o mismo nombre en la misma organización)
invalid-import-organisation-ambiguous = varias organizaciones se llaman «{ $name }»; indica su NIF-IVA en su lugar
invalid-import-organisation-unknown = no hay ninguna organización «{ $name }» en este clúster; impórtala o créala primero
invalid-import-records-changed = los registros del clúster cambiaron mientras se escribía la importación de { $target }, { $attempts } veces; no se importó nada, envía el archivo de nuevo
invalid-import-reverted-already = esta importación ya se deshizo
invalid-import-cannot-revert = esta importación no se puede deshacer: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] desde entonces se ha añadido { $count } contacto a organizaciones que creó esta importación; archiva esas organizaciones en su lugar
       *[other] desde entonces se han añadido { $count } contactos a organizaciones que creó esta importación; archiva esas organizaciones en su lugar
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] desde entonces se ha emitido { $count } factura de cuota para afiliaciones que creó esta importación; da de baja esas afiliaciones en su lugar
       *[other] desde entonces se han emitido { $count } facturas de cuota para afiliaciones que creó esta importación; da de baja esas afiliaciones en su lugar
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] desde entonces se ha hecho { $count } cambio en afiliaciones que creó esta importación (aceptadas, suspendidas o dadas de baja)
       *[other] desde entonces se han hecho { $count } cambios en afiliaciones que creó esta importación (aceptadas, suspendidas o dadas de baja)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] desde entonces se ha registrado { $count } pago en facturas que trasladó esta importación
       *[other] desde entonces se han registrado { $count } pagos en facturas que trasladó esta importación
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] desde entonces se ha emitido { $count } factura rectificativa de facturas que trasladó esta importación
       *[other] desde entonces se han emitido { $count } facturas rectificativas de facturas que trasladó esta importación
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] desde entonces se ha enviado { $count } recordatorio de facturas que trasladó esta importación
       *[other] desde entonces se han enviado { $count } recordatorios de facturas que trasladó esta importación
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] desde entonces se ha anulado { $count } factura que trasladó esta importación
       *[other] desde entonces se han anulado { $count } facturas que trasladó esta importación
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] desde entonces se ha revertido { $count } pago que trasladó esta importación
       *[other] desde entonces se han revertido { $count } pagos que trasladó esta importación
    }
invalid-import-blocked-records-refer-to-it = desde entonces se han registrado interacciones, tareas, afiliaciones, facturas, ideas, participantes de proyectos o prestaciones de servicios sobre lo que creó esta importación
invalid-import-upload-quota = los archivos del clúster pendientes de importar ocupan { $kept } de un máximo de { $limit } MiB: impórtalos o espera a que se descarten { $hours } horas después de enviarlos

## Importaciones de respuestas de una campaña (import/answers)
invalid-import-answers-submitted-on-label = Cuándo se respondió
invalid-import-answers-organisation-label = La organización de quien responde
invalid-import-answers-email-label = El correo electrónico de quien responde
invalid-import-answers-no-question-column = ninguna columna está asignada a una pregunta del cuestionario; asigna las columnas con respuestas a sus preguntas
invalid-import-answers-required-question-unmapped = ninguna columna está asignada a la pregunta obligatoria «{ $key }»: las respuestas la dejan vacía
invalid-import-answers-two-columns = { $first } y { $second }
invalid-import-answers-anonymous = la campaña es anónima: las columnas de { $columns } no se leen y no se guarda nada de quién respondió
invalid-import-answers-dated-today = ninguna columna indica cuándo se dio cada respuesta: se fechan el { $today }
invalid-import-answers-submitted-on-empty = está vacío; indica cuándo se respondió
invalid-import-answers-unknown-email = ningún contacto del clúster tiene el correo electrónico «{ $email }»; añade el contacto o deja fuera la columna
invalid-import-answers-contact-elsewhere = es un contacto de { $contact_of }, no de { $named }, la organización que nombra la fila
invalid-import-answers-row-label = Respuesta de la línea { $line }
invalid-import-answers-no-answer = no responde a ninguna pregunta

## Importaciones de facturas pendientes (import/invoices)
invalid-import-invoices-number-too-long = debe tener como máximo { $limit } caracteres, sin caracteres de control
invalid-import-invoices-date-required = es obligatorio (el día en que se emitió la factura)
invalid-import-invoices-customer-required = es obligatorio (su nombre o su NIF-IVA)
invalid-import-invoices-date-after-today = { $day } es posterior a hoy; una factura trasladada ya se emitió
invalid-import-invoices-not-open = la factura tiene el estado «{ $state }»; solo se trasladan las facturas pendientes
invalid-import-invoices-unknown-status = «{ $value }» no es un estado de factura; déjalo fuera o escribe open
invalid-import-invoices-gross-required = es obligatorio (el importe de la factura, impuestos incluidos)
invalid-import-invoices-other-currency = la factura está en { $code }; el clúster factura en { $currency }, así que se queda en el sistema anterior
invalid-import-invoices-credit-note = una nota de crédito no debe nada; se queda en el sistema anterior
invalid-import-invoices-unknown-kind = «{ $value }» no es un tipo; escribe fee, service o event
invalid-import-invoices-gross-too-large = es demasiado grande para una factura
invalid-import-invoices-owes-nothing = { $gross } no deja nada por pagar; solo se traslada lo que los clientes aún deben
invalid-import-invoices-paid-in-full = la factura está pagada por completo ({ $paid } de { $gross }); solo se trasladan las facturas pendientes
invalid-import-invoices-tax-range = debe estar entre cero y el importe antes de impuestos (un tipo de como máximo el 100 %)
invalid-import-invoices-due-before-date = { $due } es anterior a la fecha de la factura, { $issued }
invalid-import-invoices-number-taken = { $number } es el número de otra factura de este clúster
invalid-import-invoices-several-memberships = { $customer } tenía varias afiliaciones el { $day }; indica en «period» un día del periodo que paga la cuota
invalid-import-invoices-no-membership = una cuota corresponde a una afiliación, y { $customer } no tenía ninguna el { $day }; importa primero las afiliaciones o indica en «period» un día del periodo que paga la cuota
invalid-import-invoices-type-not-found = no se encuentra el tipo de la afiliación
invalid-import-invoices-fee-invoiced = la cuota { $period } de esta afiliación ya está facturada ({ $number })

## Importaciones de líneas contables (import/ledger)
invalid-import-ledger-other-which = «other» es other income u other costs: escribe cuál
invalid-import-ledger-unknown-category = «{ $value }» no es una categoría; escribe una fuente de ingresos ({ $streams }, other income) o un tipo de coste ({ $costs }, other costs), o asigna a ellos los valores del archivo
invalid-import-ledger-not-a-year = «{ $value }» no es ni un año ni una fecha: { $error }
invalid-import-ledger-project-ambiguous = dos proyectos se llaman «{ $title }»; da otro título a uno de ellos
invalid-import-ledger-project-unknown = no hay ningún proyecto «{ $title }»
invalid-import-ledger-positive-cost = el archivo escribe los costes como importes negativos, así que un coste positivo ({ $amount }) devuelve dinero; introduce en su lugar el coste menos lo recuperado
invalid-import-ledger-project-not-cost = solo un coste de proyecto nombra un proyecto; deja la celda vacía

## Importaciones de afiliaciones (import/memberships)
invalid-import-memberships-unknown-type = no hay ningún tipo de afiliación «{ $name }»; los tipos del clúster son { $types }
invalid-import-memberships-unknown-status = «{ $value }» no es un estado; escribe applied, active, suspended o terminated
invalid-import-memberships-start-required = es obligatorio, salvo en una solicitud (estado applied)
invalid-import-memberships-start-or-status-required = es obligatorio (una solicitud aún no aceptada tiene el estado applied)
invalid-import-memberships-application-no-end = una solicitud que no se aceptó no tiene fin; déjalo vacío
invalid-import-memberships-terminated-needs-end = una afiliación terminada necesita el día en que terminó
invalid-import-memberships-ended-not-terminated = la afiliación terminó el { $end }, pero su estado no es terminated
invalid-import-memberships-terminated-after-today = { $end } es posterior a hoy, pero la afiliación está terminada; dale el estado active con su fin
invalid-import-memberships-applied-after-start = { $applied } es posterior al inicio, { $start }
invalid-import-memberships-type-archived = el tipo { $type } está archivado: no admite nuevos socios
invalid-import-memberships-recorded-already = la afiliación { $type } de la organización desde el { $from } ya está registrada con otras fechas u otro estado; cámbiala en su página
invalid-import-memberships-overlaps-recorded = la afiliación de la organización desde el { $from } se solapa con esta; una organización tiene una sola afiliación a la vez (termínala primero o da otras fechas a esta)

## Cuentas e inicio de sesión (auth)
invalid-auth-no-cluster-yet = no hay ningún clúster «{ $slug }»: la base de datos aún no tiene clústeres (ejecuta 'clusterdesk demo' para la demostración)
invalid-auth-unknown-cluster = no hay ningún clúster «{ $slug }»; los clústeres son: { $clusters }
invalid-auth-not-network-admin = { $email } no es administrador de la red
invalid-auth-unknown-role = «{ $value }» no es un rol; usa network-admin, cluster-manager, staff o board
invalid-auth-role-needs-cluster = un rol en un clúster necesita --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin abarca todos los clústeres; quita --cluster
invalid-auth-password-too-short = debe tener al menos { $min } caracteres
invalid-auth-password-guessable-because = es demasiado fácil de adivinar ({ $why }): usa una frase más larga de palabras sin relación, no tu nombre ni tu correo electrónico
invalid-auth-password-guessable = es demasiado fácil de adivinar: usa una frase más larga de palabras sin relación, no tu nombre ni tu correo electrónico
invalid-auth-password-straight-rows = las filas rectas de teclas son fáciles de adivinar
invalid-auth-password-keyboard-patterns = los patrones cortos de teclado son fáciles de adivinar
invalid-auth-password-repeats = las repeticiones como «aaa» son fáciles de adivinar
invalid-auth-password-repeated-groups = las repeticiones como «abcabcabc» apenas son más difíciles de adivinar que «abc»
invalid-auth-password-top-10 = es una de las 10 contraseñas más comunes
invalid-auth-password-top-100 = es una de las 100 contraseñas más comunes
invalid-auth-password-very-common = es una contraseña muy común
invalid-auth-password-like-common = se parece a una contraseña muy usada
invalid-auth-password-sequences = las secuencias como abc o 6543 son fáciles de adivinar
invalid-auth-password-recent-years = los años recientes son fáciles de adivinar
invalid-auth-password-single-word = una palabra sola es fácil de adivinar
invalid-auth-password-dates = las fechas suelen ser fáciles de adivinar
invalid-auth-password-names-alone = los nombres y apellidos solos son fáciles de adivinar
invalid-auth-password-common-names = los nombres y apellidos comunes son fáciles de adivinar

## Las personas y sus cuentas (account)
invalid-account-email-deactivated = pertenece a una cuenta desactivada; un administrador de la red puede reactivarla
invalid-account-email-works-here = ya trabaja en este clúster, como { $role }; cambia el rol en la lista
invalid-account-email-network-admin = pertenece a un administrador de la red, que trabaja en todos los clústeres
invalid-account-own-role = no puedes cambiar tu propio rol; otro gerente del clúster puede hacerlo
invalid-account-remove-yourself = no puedes quitarte a ti mismo; otro gerente del clúster puede hacerlo
invalid-account-reactivate-yourself = no puedes reactivarte a ti mismo; otro gerente del clúster puede hacerlo
invalid-account-deactivate-yourself = no puedes desactivarte a ti mismo; otro gerente del clúster puede hacerlo
invalid-account-reactivate-network-admin = { $email } es administrador de la red; solo otro administrador de la red puede reactivar la cuenta
invalid-account-deactivate-network-admin = { $email } es administrador de la red; solo otro administrador de la red puede desactivar la cuenta
invalid-account-reactivate-other-clusters = { $email } también trabaja en otros clústeres ({ $clusters }): quítale el rol aquí en su lugar, o pide a un administrador de la red que reactive la cuenta
invalid-account-deactivate-other-clusters = { $email } también trabaja en otros clústeres ({ $clusters }): quítale el rol aquí en su lugar, o pide a un administrador de la red que desactive la cuenta
invalid-account-wrong-current-password = no es tu contraseña actual
invalid-account-passwords-differ = no coincide con la nueva contraseña
invalid-account-dead-link = este enlace ya se usó o ha caducado; pide uno nuevo con «¿Has olvidado tu contraseña?» en la página de inicio de sesión

## Envío de correo (mail)
invalid-mail-smtp-address-unusable = la dirección SMTP «{ $url }» no se puede usar: { $error }
invalid-mail-smtp-not-an-address = «{ $address }» no es una dirección: { $error }
invalid-mail-smtp-message-not-built = no se pudo crear el mensaje: { $error }
invalid-mail-smtp-not-a-content-type = «{ $content_type }» no es un tipo de contenido: { $error }
invalid-mail-smtp-refused = el servidor de correo lo rechazó: { $error }

## Listas de organizaciones: los parámetros de la dirección (organisation)
invalid-organisation-query-parameter = parámetro { $name }: { $message }
invalid-organisation-query-status = «{ $value }» no es un estado; usa current o archived
invalid-organisation-query-direction = «{ $value }» no es un sentido; usa asc o desc
invalid-organisation-query-sort = «{ $value }» no es un orden; usa name, country, kind, employees, size_class o created

## Contactos (contact)
invalid-contact-choose-cluster-organisation = elige una organización de este clúster
invalid-contact-choose-organisation = elige la organización del contacto

## La vista de la red (network)
invalid-network-euro-rate = el euro es la moneda de la red: su tipo es 1
invalid-network-unknown-indicator = parámetro indicators: «{ $key }» no es un indicador incorporado
invalid-network-unknown-cluster = parámetro named: «{ $slug }» no es un clúster de la red
invalid-network-unnamed-cluster = Clúster { $letters }

## Datos personales (privacy)
invalid-privacy-email-of-several-contacts = varios contactos tienen el correo electrónico { $email }; fusiónalos primero

## Duplicados probables y fusiones (duplicate)
invalid-duplicate-employees = { $employees } empleados
invalid-duplicate-same-vat-id = mismo NIF-IVA { $vat_id }
invalid-duplicate-same-name-and-country = mismo nombre, sin tener en cuenta mayúsculas, acentos ni forma jurídica, en el mismo país
invalid-duplicate-same-name-ignoring-form = mismo nombre, sin tener en cuenta mayúsculas, acentos ni forma jurídica
invalid-duplicate-same-email-address = mismo correo electrónico { $email }
invalid-duplicate-same-name = mismo nombre
invalid-duplicate-organisation-into-itself = una organización no se puede fusionar consigo misma
invalid-duplicate-organisations-archived = las dos organizaciones deben estar vigentes; restaura primero la archivada
invalid-duplicate-choose-membership = las dos organizaciones tienen una afiliación: elige la que se conserva; la otra termina el día de la fusión
invalid-duplicate-chosen-by-hand = elegido a mano
invalid-duplicate-contact-into-itself = un contacto no se puede fusionar consigo mismo
invalid-duplicate-contacts-archived = los dos contactos deben estar vigentes; restaura primero el archivado
invalid-duplicate-same-email = mismo correo electrónico

## La búsqueda (search)
invalid-search-invoice-issued = { $customer } · emitida el { $day }
invalid-search-event-cancelled = { $moment } · cancelado

## El informe anual (report)
invalid-report-year-parameter = parámetro year: { $error }

## Las cifras de las organizaciones (figures)
invalid-figures-reviewed-meanwhile = las cifras se revisaron en ese mismo momento; vuelve a consultar la lista

## Abrir la base de datos (lib)
invalid-app-open-database = no se puede abrir la base de datos: { $error }

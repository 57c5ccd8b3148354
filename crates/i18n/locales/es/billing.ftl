# Facturación: afiliaciones y cuotas, facturas y facturas rectificativas, pagos, extractos bancarios,
# recordatorios, datos de facturación del emisor y factura imprimible.

## Etiquetas de las enumeraciones (por sus códigos)
membership-status-applied = Solicitada
membership-status-active = Activa
membership-status-active-fee-unpaid = Activa, cuota impagada
membership-status-suspended = Suspendida
membership-status-lapsed = Caducada
membership-status-terminated = Dada de baja
invoice-state-draft = Borrador
invoice-state-issued = Emitida
invoice-state-partially-paid = Pagada en parte
invoice-state-paid = Pagada
invoice-state-overdue = Vencida
invoice-state-credited = Rectificada
invoice-state-void = Anulada
invoice-kind-fee = Cuota de socio
invoice-kind-service = Servicio
invoice-kind-event = Evento
invoice-kind-credit-note = Factura rectificativa
payment-source-manual = a mano
payment-source-bank = extracto bancario
payment-source-credit = saldo a favor del cliente
credit-kind-overpayment = Pago en exceso guardado
credit-kind-applied = Aplicado a una factura
credit-kind-refund = Devuelto
credit-kind-reversal = Pago revertido

## Afiliaciones
billing-new-invoice = Nueva factura
billing-credit-balance = Saldo a favor: { $amount }
billing-not-a-member = No es socio
billing-membership = Afiliación
billing-type = Tipo
billing-why = Motivo
billing-member-since = Socio desde
billing-not-a-member-empty = No es socio.
billing-add-membership = Añadir afiliación
billing-invoices-count = Facturas ({ $count })
billing-no-invoices = Sin facturas.
billing-number = Número
billing-issued = Emitida
billing-due = Vencimiento
billing-amount = Importe
billing-paid = Pagado
billing-state = Estado
billing-draft = Borrador
billing-membership-types = Tipos de afiliación
billing-renewal = Renovación
billing-figures = Cifras
billing-memberships-count = { $count ->
    [one] { $count } afiliación
   *[other] { $count } afiliaciones
    }
billing-show = Mostrar
billing-every-status = Todos los estados
billing-memberships = Afiliaciones
billing-no-memberships-yet = Aún no hay afiliaciones: añade una desde la página de una organización.
billing-period-fixed-rollover = el año del clúster; quien se une desde el { $day }/{ $month } empieza en el siguiente
billing-period-fixed = el año del clúster
billing-period-rolling = { $months } meses desde el alta
billing-every-kind-lower = todos los tipos
billing-yes-lower = sí
billing-no-lower = no
billing-types-subheading = Lo que pagan los socios, por qué periodo y qué obtienen
billing-new-type = Nuevo tipo
billing-types = Tipos
billing-name = Nombre
billing-fee = Cuota
billing-period = Periodo
billing-tax = IVA
billing-open-to = Abierto a
billing-vote = Voto
billing-no-types-yet = Aún no hay tipos de afiliación.
billing-open-to-hint = Separados por comas, entre: { $codes }. Vacío para todos los tipos.
billing-yes = Sí
billing-voting-rights = Derecho a voto
billing-benefits = Ventajas
billing-period-option-fixed = El año del clúster
billing-period-option-rolling = Un número de meses desde el alta
billing-rollover-day = Día de corte
billing-rollover-hint = Para el año del clúster: quien se une ese día o después (día/mes, como 1/10) empieza el año siguiente, y el resto del actual le sale gratis.
billing-months = Meses
billing-months-hint = Para un periodo desde el alta: cuántos meses dura (12 para un año).
billing-pro-rata = Prorrateo
billing-pro-rata-hint = Si un socio que se une durante un periodo paga solo los días que quedan.
billing-tax-rate = Tipo de IVA (%)
billing-tax-rate-hint = Vacío o 0 si las cuotas no llevan IVA.
billing-fee-rule = Regla de cuota
fee-rule-flat = Cuota fija
fee-rule-by-employees = Por tramos de empleados
fee-rule-by-turnover = Por tramos de facturación
fee-rule-turnover-share = Porcentaje de la facturación, con mínimo y máximo
fee-rule-in-kind = En especie (horas a una tarifa)
billing-flat-fee = Cuota fija ({ $currency })
billing-bands = Tramos
billing-bands-hint = Un tramo por línea, LÍMITE: CUOTA, el último rest: CUOTA. Por empleados: '9: 300', '49: 800', 'rest: 2000'. Por facturación, los límites son importes.
billing-share-of-turnover = Porcentaje de la facturación (%)
billing-floor = Mínimo ({ $currency })
billing-cap = Máximo ({ $currency })
billing-in-kind-hours = En especie: horas por periodo
billing-in-kind-rate = En especie: valor de una hora ({ $currency })
billing-save-type = Guardar tipo
billing-type-form-intro = Solo se leen los campos de la regla de cuota elegida.
billing-new-membership-type = Nuevo tipo de afiliación
billing-type-created = El tipo de afiliación se ha creado.
billing-membership-type = Tipo de afiliación
billing-simulate-another = Simular otra regla de cuota
billing-fee-simulation = Simulación de cuota
billing-fee-simulation-of = Simulación de cuota: { $name }
billing-simulation-subheading = Prueba otra regla de cuota con los socios actuales del tipo. No se guarda nada. Ahora: { $rule }.
billing-fee-rule-to-try = Regla de cuota que probar
billing-simulate = Simular
billing-rule-cannot-be-tried = Todavía no se puede probar la regla: corrige los campos marcados abajo.
billing-would-pay-more = Pagarían más
billing-would-pay-less = Pagarían menos
billing-would-pay-same = Pagarían lo mismo
billing-income-by-type = Ingresos por cuotas por periodo, por tipo
billing-now = Ahora
billing-projected = Previsto
billing-change = Cambio
billing-no-types = Sin tipos.
billing-members-of = Socios del tipo { $name }
billing-member = Socio
billing-type-has-no-members = El tipo no tiene socios ahora.
billing-renewal-year = Renovación { $year }
billing-renewal-subheading = Las facturas de cuota de un periodo: primero a quién se facturará, cuánto y por qué; después un clic las emite todas. Volver a ejecutarla no emite nada dos veces.
billing-preview = Vista previa
billing-issue-n-invoices = { $count ->
    [one] Emitir { $count } factura
   *[other] Emitir { $count } facturas
    }
billing-issue-the-invoices = Emitir las facturas
billing-year = Año
billing-renewal-confirm = ¿Emitir { $count ->
    [one] { $count } factura de cuota
   *[other] { $count } facturas de cuota
    } de { $year }, { $total } en total? Las facturas se numeran y no se pueden eliminar.
billing-to-invoice = Por facturar
billing-total = Total
billing-left-out = Excluidas
billing-no-renewals = Ninguna afiliación se renueva este año.
billing-renewal-done = { $count ->
    [one] { $count } factura emitida
   *[other] { $count } facturas emitidas
    }, de la { $first } a la { $last }.
billing-renewal-nothing = Nada que emitir: todas las afiliaciones del periodo ya están facturadas.
billing-membership-figures = Cifras de afiliación
billing-membership-figures-of = Cifras de afiliación { $period }
billing-as-of = A { $day }
billing-new = Altas
billing-lost = Bajas
billing-retention = Retención
billing-fees-billed = Cuotas facturadas
billing-fees-collected = Cuotas cobradas
billing-fees-outstanding = Cuotas pendientes
billing-five-largest = Pagado por los cinco mayores pagadores
billing-by-type = Por tipo
billing-by-kind = Por clase
billing-by-size-class = Por tamaño
billing-no-members = Sin socios.
billing-applied-on = Solicitada el
billing-accepted-member-from = Aceptada, socio desde
billing-accepted-hint = Vacío mientras la solicitud espera a la junta directiva.
billing-membership-of = Afiliación de { $name }
billing-membership-form-intro = Los tipos abiertos a esta clase de organización.
billing-new-membership = Nueva afiliación
billing-choose-membership-type = elige un tipo de afiliación
billing-membership-recorded = La afiliación se ha registrado.
billing-nothing-saved-because = No se ha guardado nada: { $error }.
billing-member-from = Socio desde
billing-suspended-from = Suspendida desde
billing-terminated-on = Dada de baja el
billing-accept-from-day = Aceptar desde el día
billing-suspend-from-day = Suspender desde el día
billing-reinstate = Reactivar
billing-terminate-on-day = Dar de baja el día
billing-day = Día
billing-change-confirm = ¿Aplicar este cambio a la afiliación? Queda registrado en su historial.
billing-fee-invoice-for = Factura de cuota de { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Factura de cuota: el periodo actual, { $period }, no tiene ninguna que emitir ({ $reason })
billing-issue-fee-invoice = Emitir factura de cuota
billing-day-of-period = Un día del periodo
billing-day-of-period-hint = Vacío para el periodo de arriba; la renovación nunca vuelve a facturar un periodo ya facturado.
billing-issue-fee-invoice-confirm = ¿Emitir la factura de cuota? Toma el siguiente número de factura.
billing-fee-invoices = Facturas de cuota
billing-no-fee-yet = Aún no se ha facturado ninguna cuota.
billing-history = Historial
billing-when = Cuándo
billing-by = Por
billing-no-changes = Sin cambios.
billing-fee-invoice-issued = Factura de cuota { $number } emitida para { $period }.
billing-no-fee-invoice-for = no hay factura de cuota para { $period }: { $reason }
billing-choose-change = elige un cambio
billing-change-recorded = El cambio se ha registrado.

## Facturas
billing-bank-statement = Extracto bancario
billing-unmatched-payments = Pagos sin conciliar
billing-reminders = Recordatorios
billing-sent-mail = Correo enviado
billing-billing-details = Datos de facturación
billing-customer = Cliente
billing-invoices-n = { $count ->
    [one] { $count } factura
   *[other] { $count } facturas
    }
billing-outstanding-summary = { $invoices }; { $amount } pendiente
billing-first-500 = se muestran las 500 primeras, acota la lista para ver las demás
billing-find = Buscar
billing-number-or-customer = Número o cliente
billing-every-state = Todos los estados
billing-every-kind = Todos los tipos
billing-no-invoices-match = Ninguna factura coincide.
billing-invoices-csv = Facturas CSV
billing-invoices-xlsx = Facturas XLSX
billing-payments-csv = Pagos CSV
billing-payments-xlsx = Pagos XLSX
billing-fee-from-membership-option = Cuota de socio (emitida desde la afiliación del cliente)
billing-kind-hint = Una cuota de socio te lleva a la afiliación, que calcula su importe y evita que la renovación la facture dos veces.
billing-tax-rate-none-hint = Vacío o 0 para ninguno.
billing-note-on-invoice = Nota en la factura
billing-line-what-for = Línea { $n }: concepto
billing-line-quantity = Línea { $n }: cantidad
billing-quantity-hint = 1 si está vacío
billing-line-price = Línea { $n }: precio unitario ({ $currency })
billing-save-draft = Guardar borrador
billing-draft-intro = Una factura de servicio o de evento. Se guarda como borrador: revísala y después emítela para darle su número.
billing-draft-saved = El borrador está guardado: revísalo y después emítelo.
billing-issue-from-membership = Emite la factura de cuota desde la afiliación: su tipo calcula el importe y la renovación no la volverá a facturar.
billing-choose-fee-customer = elige el cliente cuya cuota de socio quieres facturar
billing-no-accepted-membership = el cliente no tiene ninguna afiliación aceptada: añade o acepta una y después factura su cuota desde ella
billing-invoice = Factura
billing-invoice-title = Factura { $number }
billing-printable-invoice = Factura imprimible
billing-all-invoices = Todas las facturas
billing-net = Base imponible
billing-tax-percent = IVA ({ $rate })
billing-credited = Rectificado
billing-outstanding = Pendiente
billing-corrects = Rectifica
billing-how-fee-is-made = Cómo se calcula la cuota
billing-note = Nota
billing-void-because = Anulada porque
billing-issue = Emitir
billing-issue-the-invoice = Emitir la factura
billing-issue-ask = ¿Emitir la factura? Toma el siguiente número del año y después ya no se puede modificar, solo rectificar con una factura rectificativa.
billing-discard = Descartar
billing-discard-the-draft = Descartar el borrador
billing-discard-confirm = ¿Descartar este borrador? Aún no tiene número; no se pierde nada más.
billing-record-a-payment = Registrar un pago
billing-record-payment = Registrar pago
billing-received-on = Recibido el
billing-reference = Referencia
billing-keep-overpayment = Guardar como saldo a favor del cliente lo pagado por encima de lo adeudado
billing-keep-overpayment-hint = Sin esto, se rechaza un importe superior a lo adeudado.
billing-customer-has-credit = El cliente tiene { $amount } de saldo a favor
billing-use-the-credit = Usar el saldo a favor
billing-use-credit-confirm = ¿Pagar { $amount } de esta factura con el saldo a favor del cliente?
billing-issue-credit-note = Emitir factura rectificativa
billing-amount-to-credit = Importe que rectificar
billing-amount-to-credit-hint = Vacío para todo lo que aún no se ha rectificado.
billing-what-it-corrects = Qué rectifica
billing-credit-note-confirm = ¿Emitir una factura rectificativa? Toma el siguiente número de factura y no se puede eliminar.
billing-void-title = Anular
billing-void-the-invoice = Anular la factura
billing-void-confirm = ¿Anular esta factura? Conserva su número, marcada como anulada, y no se debe nada por ella.
billing-lines = Líneas
billing-description = Concepto
billing-quantity = Cantidad
billing-price = Precio
billing-no-lines = Sin líneas.
billing-reversed-on = Revertido el { $day }: { $reason }
billing-kept-as-credit = { $amount } guardado como saldo a favor
billing-reverse-payment-title = Revertir el pago de { $amount } recibido el { $day }
billing-reverse-payment = Revertir pago
billing-reverse-confirm = ¿Revertir este pago? Se queda en el historial, marcado como revertido, y el importe vuelve a adeudarse.
billing-payments = Pagos
billing-received = Recibido
billing-from = Origen
billing-nothing-paid-yet = Aún no se ha pagado nada.
billing-credit-notes = Facturas rectificativas
billing-reminders-sent = Recordatorios enviados
billing-to = A
billing-issued-as = Emitida con el número { $number }.
billing-draft-discarded = El borrador se ha descartado.
billing-invoice-is-void = La factura está anulada.
billing-credit-note-issued = Factura rectificativa { $number } emitida.

## Factura y factura rectificativa imprimibles (documento legal, en el idioma del cliente)
billing-print-invoice = Factura
billing-print-credit-note = Factura rectificativa
billing-print-draft-invoice = Borrador de factura
billing-print-tax-rate = IVA { $rate }
billing-print-back = ← Volver a la factura
billing-print-how = Imprime esta página o guárdala como PDF desde el diálogo de impresión.
billing-print-number = N.º { $number }
billing-print-void = Anulada
billing-print-paid = Pagada
billing-print-draft-stamp = Borrador, no válido como factura
billing-print-vat = NIF-IVA
billing-print-bill-to = Facturar a
billing-print-details = Datos
billing-print-date = Fecha
billing-print-due = Vencimiento
billing-print-corrects = Rectifica
billing-print-corrects-invoice = Factura { $number }
billing-print-description = Concepto
billing-print-qty = Cant.
billing-print-price = Precio unitario
billing-print-net = Base imponible
billing-print-tax = IVA
billing-print-tax-amount = Cuota de IVA
billing-print-total = Total
billing-print-credited = Rectificado
billing-print-to-pay = Total a pagar
billing-print-tax-note = El IVA se calcula una sola vez sobre la base imponible total de la factura; los importes de cada línea se redondean por separado.
billing-print-pay-to-iban = Les rogamos que paguen por transferencia al IBAN { $iban }, con la referencia { $reference }.
billing-print-pay-reference = Les rogamos que paguen con la referencia { $reference }.

## Pagos y saldo a favor del cliente
billing-payment-recorded = El pago se ha registrado.
billing-unmatched-subheading = Dinero recibido que ningún número de factura ni NIF-IVA ha conciliado. Asigna a cada pago la factura que paga.
billing-unmatched-payment = { $amount } el { $day }: { $reference }
billing-assign = Asignar
billing-invoice-number = Número de factura
billing-text = Concepto
billing-all-matched = Todos los pagos recibidos están conciliados con una factura.
billing-payment-now-pays = El pago ahora paga { $number }.
billing-payment-reversed = El pago se ha revertido; se queda en el historial.
billing-credit-pays = { $amount } del saldo a favor del cliente pagan la factura.
billing-customers-credit = Saldo a favor del cliente
billing-credit-of = Saldo a favor de { $name }
billing-credit-subheading = Quedan { $amount }. Procede de pagos superiores a lo que debía una factura; úsalo en una factura abierta o registra su devolución.
billing-refund = Devolución
billing-record-the-refund = Registrar la devolución
billing-all-of-credit-hint = Vacío para todo el saldo.
billing-how-paid-back = Cómo se devolvió
billing-refund-confirm = ¿Registrar que este saldo se ha devuelto al cliente?
billing-what = Qué
billing-never-had-credit = El cliente nunca ha tenido saldo a favor.
billing-refund-recorded = La devolución de { $amount } se ha registrado.

## Extractos bancarios
billing-bank-intro = El extracto que exporta tu banco, en CSV (comas, puntos y coma o tabuladores) o XLSX, con una columna de fecha y una de importe (con el nombre en inglés, español, italiano, alemán o francés). Cada pago recibido se concilia con una factura por el número de factura de su concepto, o por el NIF-IVA del cliente y el importe exacto adeudado; los demás se guardan para asignarlos a mano. Verás el resultado de cada línea antes de registrar nada, y un extracto importado dos veces se registra una sola vez.
billing-statement = Extracto
billing-at-most-mib = Como máximo { $mib } MiB.
billing-upload-and-check = Subir y comprobar
billing-choose-file = Elige un archivo para subir.
billing-file-unreadable = No se puede leer este archivo: { $message }.
billing-matched-by = { $number } ({ $customer }, por { $by })
billing-matched-by-credit = { $number } ({ $customer }, por { $by }); { $amount } de más guardado como saldo a favor
billing-no-invoice-found = No se ha encontrado factura: guardado como sin conciliar
billing-money-out = Salida de dinero: se ignora
billing-other-currency = En { $currency }, no en la moneda del clúster: queda para que lo contabilice una persona
billing-recorded-before = Registrado antes
billing-bank-statement-of = Extracto bancario { $name }
billing-statement-unreadable = No se puede leer este extracto: { $message }.
billing-bank-preview = Lo que hará registrar este extracto, línea a línea. Aún no se ha registrado nada.
billing-matched-to-invoice = Conciliados con una factura
billing-unmatched-kept = Sin conciliar, guardados para asignarlos a mano
billing-lines-unreadable = { $count ->
    [one] { $count } línea no se puede leer
   *[other] { $count } líneas no se pueden leer
    }, así que no se puede registrar nada: { $errors }
billing-record = Registrar
billing-record-the-payments = Registrar los pagos
billing-line = Línea
billing-date = Fecha
billing-outcome = Resultado
billing-statement-no-lines = El extracto no tiene líneas.
billing-nothing-recorded = No se ha registrado nada: algunas líneas no se pueden leer.
billing-bank-recorded = Pagos registrados en facturas: { $matched }; guardados como sin conciliar: { $unmatched }.

## Recordatorios
billing-reminders-subheading = Facturas vencidas y a quién va el recordatorio: a los contactos del cliente de facturación o finanzas o, si no hay, a todos sus contactos con correo electrónico. Una factura se recuerda como mucho una vez cada { $days } días.
billing-mail-not-set-up = El correo no está configurado, así que no se pueden enviar recordatorios: define CLUSTERDESK_SMTP_URL y CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Enviar { $count } recordatorio
   *[other] Enviar { $count } recordatorios
    }
billing-send-reminders = Enviar recordatorios
billing-send-reminders-confirm = { $count ->
    [one] ¿Enviar ahora { $count } correo de recordatorio?
   *[other] ¿Enviar ahora { $count } correos de recordatorio?
    }
billing-will-be-reminded = Se le enviará recordatorio
billing-queued = En cola de envío
billing-no-address = Ningún contacto con correo electrónico
billing-reminded-on = Recordada el { $day }
billing-settled-meanwhile = Pagada o saldada entretanto
billing-overdue-invoices = Facturas vencidas
billing-days-overdue = Días de retraso
billing-open = Pendiente
billing-reminder = Recordatorio
billing-none-overdue = Ninguna factura está vencida.
billing-reminders-on-way = { $count ->
    [one] { $count } recordatorio está en camino
   *[other] { $count } recordatorios están en camino
    }: el registro de envíos muestra cuándo sale cada uno.

## Datos de facturación del emisor
billing-legal-name = Razón social
billing-legal-name-hint = Tal como aparece en las facturas; el nombre del clúster si está vacío.
billing-address = Dirección
billing-vat-id = NIF-IVA
billing-iban = IBAN
billing-iban-hint = Donde los socios transfieren sus cuotas; se imprime en facturas y recordatorios.
billing-billing-email = Correo de facturación
billing-billing-email-hint = Las respuestas a los recordatorios llegan aquí.
billing-save = Guardar
billing-details-intro = Lo que el clúster imprime en sus facturas como emisor.
billing-details-saved = Datos de facturación guardados.
billing-documents-language = Idioma de los documentos del clúster
billing-documents-language-is = Documentos en { $language }
billing-documents-language-of-country = { $language }, el idioma del país
billing-documents-language-hint = Se usa en las facturas, facturas rectificativas y recordatorios de los clientes sin idioma propio, en el correo a quienes no han elegido ninguno y en los cuestionarios creados a partir de una plantilla. Las listas de organizaciones y contactos por nombre siguen su orden alfabético.
billing-documents-language-set = Los documentos del clúster se redactan ahora en { $language }.

## Lo que clusterdesk escribe en la factura y la factura rectificativa de un cliente, en la lengua del cliente
invoice-line-membership-fee = Cuota de socio { $type } { $period }
invoice-line-registration = Inscripción: { $event } el { $day }
invoice-line-registration-member = Inscripción: { $event } el { $day } (precio de socio)
invoice-line-service = { $service } el { $day }
invoice-line-service-member = { $service } el { $day } (precio de socio)
invoice-explanation-services =
    { $count ->
        [one] Servicios prestados (1 prestación)
       *[other] Servicios prestados ({ $count } prestaciones)
    }
invoice-line-credit = Abono de la factura { $number }: { $reason }
invoice-credit-registration-cancelled = inscripción de { $name } cancelada: { $reason }
invoice-credit-event-cancelled = el evento se canceló
invoice-credit-by-the-team = por el equipo
invoice-credit-by-the-person = por la persona inscrita

## Historial de una membresía
membership-history-applied = solicitada el { $day }
membership-history-accepted = aceptada, desde el { $day }
membership-history-suspended = suspendida desde el { $day }
membership-history-terminated = dada de baja el { $day }
membership-history-reinstated = reactivada
membership-history-suspended-when-imported = suspendida al importarla
membership-history-imported = importada de { $file }: { $what }

# Mensajes de los casos de uso de la aplicación: rechazos y lo que una página o una respuesta de la API dice de los registros (seguimiento, facturas, encuestas, eventos, afiliaciones, inscripciones, extractos bancarios, participación, economía, proyectos, servicios, cadena de valor, segmentos, interacciones, conjuntos de indicadores, lo que requiere atención).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } evento asistido
       *[other] { $count } eventos asistidos
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } actividad
       *[other] { $count } actividades
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } proyecto
       *[other] { $count } proyectos
    }
invalid-app-monitoring-active = activo
invalid-app-monitoring-not-active = no activo
invalid-app-monitoring-sme = pyme
invalid-app-monitoring-large = grande
invalid-app-monitoring-size-unknown = tamaño desconocido
invalid-app-monitoring-strand-business =
    { $count ->
        [one] empresa ({ $count } socio)
       *[other] empresa ({ $count } socios)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] conocimiento ({ $count } socio)
       *[other] conocimiento ({ $count } socios)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] administración pública ({ $count } socio)
       *[other] administración pública ({ $count } socios)
    }
invalid-app-monitoring-memberships-began = Afiliaciones que empezaron en { $period }
invalid-app-monitoring-members-lost = Socios al inicio que ya no son socios
invalid-app-monitoring-fee-invoices-of = Facturas de cuotas de { $period }
invalid-app-monitoring-paid = Pagado
invalid-app-monitoring-still-owed = Pendiente
invalid-app-monitoring-attended = { $count } asistentes
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } reunión
       *[other] { $count } reuniones
    }
invalid-app-monitoring-serves-a-challenge = sirve a un reto
invalid-app-monitoring-serves-no-challenge = no sirve a ningún reto
invalid-app-monitoring-numerator = Numerador
invalid-app-monitoring-denominator = Denominador
invalid-app-monitoring-members = Socios
invalid-app-monitoring-fte = ETC
invalid-app-monitoring-no-strategy = Ninguna estrategia cubre el año
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } reto
       *[other] { $count } retos
    }
invalid-app-monitoring-action-plan = Plan de acción { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } línea
       *[other] { $count } líneas
    }
invalid-app-monitoring-reviewed-by = Revisado por { $name }
invalid-app-monitoring-part-of = { $part } de { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } producto nuevo
       *[other] { $count } productos nuevos
    }
invalid-app-monitoring-campaign-closed = { $title } (cerrada)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } respuesta, media { $mean }
       *[other] { $count } respuestas, media { $mean }
    }
invalid-app-monitoring-entered-by = Introducido por { $name }
invalid-app-monitoring-name-required = ponle un nombre al indicador
invalid-app-monitoring-at-most-200 = como máximo 200 caracteres
invalid-app-monitoring-control-character = contiene un carácter de control
invalid-app-monitoring-at-most-2000 = como máximo 2000 caracteres
invalid-app-monitoring-own-source = los indicadores propios del clúster se introducen a mano, con fórmulas o con preguntas de encuesta
invalid-app-monitoring-not-a-key = «{ $key }» no es una clave: minúsculas, dígitos y _, empezando por una letra, como máximo 40
invalid-app-monitoring-key-taken = «{ $key }» es la clave de { $name } ({ $code }); elige otra
invalid-app-monitoring-not-a-question-key = «{ $key }» no es la clave de una pregunta
invalid-app-monitoring-question-required = indica la pregunta cuya respuesta media toma el indicador
invalid-app-monitoring-formula-periodicity = «{ $key }» es { $periodicity } y la fórmula { $own }: una fórmula lee indicadores de su propia periodicidad
invalid-app-monitoring-added-meanwhile = en el mismo momento se añadió otro indicador con esta clave o código; vuelve a enviarlo
invalid-app-monitoring-read-by-formula = la fórmula de { $name } ({ $code }) lee «{ $key }»; cámbiala primero
invalid-app-monitoring-give-a-year = { $name } es { $periodicity }: indica un año, como 2025
invalid-app-monitoring-give-a-quarter = { $name } es { $periodicity }: indica un trimestre, como 2025-Q3
invalid-app-monitoring-not-typed = { $name } es { $source }: sus valores no se escriben
invalid-app-monitoring-value-required = indica el valor
invalid-app-monitoring-at-most-1000 = como máximo 1000 caracteres
invalid-app-monitoring-not-an-id = «{ $value }» no es un identificador
invalid-app-monitoring-no-such-evidence = ese elemento no está en el archivo de evidencias
invalid-app-monitoring-title-required = ponle un título
invalid-app-monitoring-file-empty = el archivo está vacío
invalid-app-monitoring-file-too-large = un archivo tiene como máximo { $size } MiB
invalid-app-monitoring-file-kind = el archivo guarda documentos, hojas de cálculo, imágenes y textos (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = indica un enlace o un archivo, no ambos
invalid-app-monitoring-link-or-file = indica un enlace o elige un archivo
invalid-app-monitoring-no-such-indicator = «{ $key }» no es un indicador del clúster
invalid-app-monitoring-store-full = el archivo de evidencias admite como máximo { $size } MiB por clúster: elimina primero archivos antiguos
invalid-app-invoice-fee-kind = una cuota de socio se factura desde su afiliación, con el precio de su tipo y vinculada a ella para que ninguna renovación vuelva a facturar el periodo (la página de la afiliación, o POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = «{ $value }» no es un tipo de factura; usa service o event
invalid-app-invoice-organisation-required = elige la organización a la que va la factura
invalid-app-invoice-line-quantity = línea { $line }: la cantidad «{ $value }» no es un número entero de 1 a 1 000 000
invalid-app-invoice-line-price = línea { $line }: el precio { $problem }
invalid-app-invoice-line-description = línea { $line }: indica de qué se trata
invalid-app-invoice-line-description-long = línea { $line }: la descripción debe tener menos de 300 caracteres
invalid-app-invoice-no-line = una factura necesita al menos una línea
invalid-app-invoice-nothing-asked = las líneas no suman nada; una factura debe pedir un importe mayor que cero
invalid-app-invoice-issued-already = la factura { $number } ya está emitida
invalid-app-invoice-draft-gone = entretanto el borrador se emitió o se descartó
invalid-app-invoice-issued-not-deleted = la factura { $number } está emitida: no se puede eliminar; anúlala (si no se ha pagado nada) o corrígela con una factura rectificativa
invalid-app-invoice-void-reason = explica en pocas palabras por qué se anula
invalid-app-invoice-credit-reason = explica en pocas palabras qué corrige la rectificativa
invalid-app-invoice-credit-amount = rectifica entre 0 y { $amount }, lo que queda de la factura
invalid-app-invoice-payment-in-future = un pago no se puede registrar antes de recibirlo
invalid-app-invoice-payment-zero = un pago es mayor que cero
invalid-app-invoice-overpayment = { $amount } es más que los { $owed } que aún se deben de { $number }; confirma el pago en exceso para guardar los { $rest } de más como saldo a favor del cliente
invalid-app-invoice-reverse-reason = explica en pocas palabras por qué se revierte el pago
invalid-app-invoice-credit-spent = { $kept } de este pago se guardaron como saldo a favor del cliente, y de ese saldo solo quedan { $left }: revierte primero los pagos que lo usaron
invalid-app-invoice-nothing-outstanding = no queda nada pendiente en la factura { $number }
invalid-app-invoice-no-credit-to-use = el cliente no tiene saldo a favor que usar
invalid-app-invoice-refund-note = explica en pocas palabras cómo se devolvió el saldo
invalid-app-invoice-refund-amount = devuelve entre 0 y { $amount }, el saldo a favor del cliente
invalid-app-invoice-no-credit-to-refund = el cliente no tiene saldo a favor que devolver
invalid-app-invoice-after-today = { $day } es posterior a hoy
invalid-app-invoice-statement-stopped = { $problem }; no se registró nada: vuelve a importar el extracto
invalid-app-invoice-payments-kept-changing = los pagos del clúster no dejaron de cambiar mientras se leía el extracto; vuelve a importarlo
billing-matched-by-number = número de factura
billing-matched-by-vat = NIF-IVA e importe
invalid-app-invoice-no-such-number = no existe la factura { $number }
invalid-app-invoice-mail-not-set-up = el correo no está configurado: define CLUSTERDESK_SMTP_URL (y CLUSTERDESK_MAIL_FROM) para enviar recordatorios
invalid-app-invoice-not-an-iban = no es un IBAN (dos letras y luego de 13 a 32 letras y dígitos)
invalid-app-invoice-not-an-email = no es una dirección de correo electrónico
invalid-app-survey-no-such-question = el cuestionario no tiene la pregunta «{ $key }»
invalid-app-survey-choose-section = elige una sección
invalid-app-survey-question-depended-on = «{ $question }» se muestra según esta pregunta: cámbiala o elimínala primero
invalid-app-survey-no-such-section = esa sección no existe
invalid-app-survey-section-not-empty = la sección aún tiene preguntas: muévelas o elimínalas primero
invalid-app-survey-before-today = { $day } es anterior a hoy
invalid-app-survey-questionnaire-archived = el cuestionario está archivado: recupéralo para enviarlo
invalid-app-survey-questionnaire-empty = el cuestionario aún no pregunta nada: añade primero una pregunta
invalid-app-survey-mail-not-set-up = el correo no está configurado: define CLUSTERDESK_SMTP_URL para enviar una encuesta
invalid-app-survey-left-out-archived = archivado
invalid-app-survey-left-out-no-email = sin dirección de correo
invalid-app-survey-left-out-no-consent = sin consentimiento vigente para encuestas por correo
invalid-app-survey-nobody-to-invite = a ningún contacto del segmento { $segment } se le puede enviar una encuesta ({ $count } contactos, ninguno con consentimiento vigente para encuestas por correo)
invalid-app-survey-campaign-closed = la campaña cerró el { $day }: ya no admite respuestas
invalid-app-survey-mail-not-set-up-reminders = el correo no está configurado: define CLUSTERDESK_SMTP_URL para enviar recordatorios
invalid-app-survey-answers-sent = estas respuestas ya se enviaron; gracias
invalid-app-survey-closed = la encuesta cerró el { $day }
invalid-app-survey-not-a-size-class = «{ $value }» debe ser micro, small, medium o large
invalid-app-survey-anonymous-no-kind = las respuestas de una campaña anónima no guardan el tipo ni la clase de tamaño de la organización por los que filtrar
invalid-app-survey-anonymous-no-organisation = las respuestas de una campaña anónima no tienen organización por la que filtrar
invalid-app-event-cancelled-already = el evento ya está cancelado
invalid-app-event-nobody-moves-up = el evento ha terminado o está cancelado: ya nadie sube de la lista de espera
invalid-app-event-registration-cancelled-already = la inscripción ya está cancelada
invalid-app-event-subject-one-line = debe ser una sola línea
invalid-app-event-mail-not-set-up = el correo no está configurado: define CLUSTERDESK_SMTP_URL para enviar correos
invalid-app-event-no-address = ninguna de las personas elegidas tiene dirección de correo
invalid-app-event-check-in-too-early = el evento es el { $day }: la asistencia se registra a partir de ese día, en la acreditación o después
invalid-app-event-check-in-no-seat = solo se puede acreditar a una persona con plaza; dale primero una plaza
invalid-app-membership-starts-before-applied = una afiliación no puede empezar antes de solicitarse
invalid-app-membership-type-not-open = el tipo { $type } no está abierto a organizaciones del tipo { $kind }
invalid-app-membership-one-at-a-time = la organización ya tiene una afiliación; dala de baja antes de añadir otra
invalid-app-membership-not-accepted-yet = solicitada, aún no aceptada
invalid-app-membership-starts-after-period = empieza el { $day }, después del periodo
invalid-app-membership-joined-after-rollover = se unió después del día de corte; primera cuota para { $period }
invalid-app-membership-terminated-before = dada de baja antes del periodo
invalid-app-membership-suspended = suspendida
invalid-app-membership-invoiced-already = ya facturada para este periodo
invalid-app-membership-cannot-be-priced = no se puede calcular el precio: { $problem }
invalid-app-membership-pro-rata = { $explanation }; prorrateo desde el { $day }
invalid-app-membership-no-fee = sin cuota
invalid-app-membership-not-a-renewal-year = { $year } no es un año para el que un clúster renueve
invalid-app-membership-no-such-year = ese año no existe
invalid-app-membership-from-acceptance = desde la aceptación
invalid-app-membership-invoiced-by-another-run = facturada entretanto por otra ejecución
invalid-app-membership-moved-meanwhile = entretanto la afiliación pasó a otra organización; inténtalo de nuevo
invalid-app-membership-terminated = la afiliación está dada de baja; añade una nueva en su lugar
invalid-app-membership-accepted-already = la afiliación ya está aceptada
invalid-app-membership-suspended-already = la afiliación ya está suspendida
invalid-app-membership-suspend-not-accepted = solo se puede suspender una afiliación aceptada
invalid-app-membership-not-suspended = la afiliación no está suspendida
invalid-app-membership-ends-before-applied = una afiliación no puede terminar antes de solicitarse
invalid-app-registration-confirmed-already = esta inscripción ya está confirmada: el correo que te enviamos tiene tu enlace personal
invalid-app-registration-declined = el equipo rechazó esta inscripción
invalid-app-registration-held = el equipo revisa esta inscripción: no se puede confirmar desde el enlace
invalid-app-registration-awaiting-confirmation = esta inscripción espera la confirmación del visitante por correo
invalid-app-registration-contact-archived = { $name } está archivado: restaura el contacto antes de inscribirlo
invalid-app-registration-no-such-contact = ningún contacto actual del clúster tiene este correo: añade primero la persona a su organización
invalid-app-registration-closed = la inscripción está cerrada: el evento ha terminado o está cancelado
invalid-app-statement-too-large = el extracto supera los { $size } MiB; divídelo por meses
invalid-app-statement-no-date-column = el extracto no tiene columna de fecha; llama 'date' a una de sus columnas (encontradas: { $found })
invalid-app-statement-no-amount-column = el extracto no tiene columna de importe; llama a una 'amount', o a dos 'credit' y 'debit' (encontradas: { $found })
invalid-app-statement-no-credit-or-debit = la línea no tiene ni abono ni cargo
invalid-app-statement-not-utf8 = el extracto XML no está en UTF-8
invalid-app-statement-unreadable = el extracto XML no se puede leer: { $problem }
invalid-app-statement-not-camt = el archivo XML no es un extracto de cuenta CAMT.053 (su raíz no contiene BkToCstmrStmt, sino { $found })
invalid-app-statement-not-camt-empty = el archivo XML no es un extracto de cuenta CAMT.053 (su raíz no contiene BkToCstmrStmt, sino nada)
invalid-app-statement-entry-no-date = el apunte no tiene fecha de operación ni fecha valor (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = el apunte no tiene importe (Amt)
invalid-app-statement-entry-direction = el sentido del apunte es { $value }; CdtDbtInd es CRDT o DBIT
invalid-app-statement-no-entries = el extracto CAMT.053 no contiene apuntes (Ntry)
invalid-app-engagement-in-group-already = la persona ya está en el grupo
invalid-app-engagement-mail-not-set-up = el correo no está configurado: define CLUSTERDESK_SMTP_URL para pedir valoraciones
invalid-app-engagement-feedback-too-early = las valoraciones se piden cuando el evento ha terminado
invalid-app-engagement-feedback-not-open = valoran quienes asistieron, cuando el evento ha terminado
invalid-app-engagement-rating = elige de 1 (mala) a 5 (excelente)
invalid-app-engagement-average = { $mean } de { $count } valoraciones
invalid-app-engagement-not-in-range = «{ $value }» no es un número de { $min } a { $max }
invalid-app-engagement-no-activity = elige al menos una actividad que cuente
invalid-app-engagement-nobody-at-risk = ningún socio está en riesgo en { $year }
invalid-app-economics-not-a-year = { $year } no es un año
invalid-app-economics-years-range = pide de uno a { $max } años, el primero antes del último
invalid-app-economics-invoiced-twice = { $year }: { $stream } están introducidas como líneas ({ $entered }) y además facturadas ({ $invoiced }); elimina las líneas que recogen las facturas.
invalid-app-economics-actual-staff-twice = { $year }: los costes de personal reales están introducidos como líneas ({ $entered }) y además contados desde el equipo ({ $team }); elimina las líneas que recoge el equipo.
invalid-app-economics-budget-staff-twice = { $year }: los costes de personal presupuestados están introducidos como líneas ({ $entered }) y además contados desde el equipo ({ $team }); elimina las líneas que recoge el equipo.
invalid-app-economics-staff-from-team = los costes de personal de este año vienen del equipo: registra a las personas en la página Equipo
invalid-app-economics-from-invoices = { $stream } reales ya vienen de las facturas: introdúcelas allí, o introduce una línea de presupuesto
invalid-app-economics-from-funding = { $stream } reales ya vienen de las fuentes de financiación de los proyectos: introdúcelas allí, o introduce una línea de presupuesto
invalid-app-economics-over-a-billion = supera los mil millones
invalid-app-economics-no-such-day = ese día no existe
invalid-app-strategy-unknown-segment = { $id } no es un segmento de la cadena de valor de la red
invalid-app-project-weights-zero = al menos un criterio debe tener algún peso
invalid-app-project-idea-promoted-already = esta idea ya es un proyecto
invalid-app-project-idea-promoted-meanwhile = entretanto esta idea ya se llevó adelante
invalid-app-project-at-stage-already = el proyecto ya está en la etapa { $stage }
invalid-app-project-organisation-archived = { $name } está archivada (o fusionada con otra): restáurala primero
invalid-app-project-participant-one-of = un participante es una organización del clúster, un clúster socio o una organización externa
invalid-app-service-archived = el servicio { $name } está archivado: ya no se presta
invalid-app-service-delivery-invoiced = la prestación está en una factura: corrígela allí
invalid-app-service-choose-deliveries = elige las prestaciones que facturar
invalid-app-service-too-many-deliveries = como máximo { $max } en una factura
invalid-app-service-delivery-on-invoice = la prestación de { $service } del { $day } ya está en la factura { $number }
invalid-app-service-different-organisations = las prestaciones van a organizaciones distintas: una factura es para una sola
invalid-app-service-different-tax-rates = las prestaciones tienen tipos de IVA distintos: ponlas en facturas separadas
invalid-app-service-free = las prestaciones no cuestan nada: un servicio gratuito no necesita factura
invalid-app-service-invoiced-meanwhile = entretanto se facturaron algunas de las prestaciones; no se hizo nada
invalid-app-task-assignee = elige a alguien del equipo del clúster que pueda completar tareas (personal o gestor del clúster)
invalid-app-value-chain-kind = elige segmento o tecnología
invalid-app-value-chain-term-exists = la taxonomía ya tiene este término
invalid-app-value-chain-unknown-term = { $id } no es un término de la taxonomía de la red
invalid-app-value-chain-title = es obligatorio, como máximo 200 caracteres
invalid-app-value-chain-choose-term = elige un término de la taxonomía de la red
invalid-app-segment-tag-length = una etiqueta tiene de 1 a 60 caracteres
invalid-app-segment-name-taken = ya hay un segmento llamado «{ $name }»; elige otro nombre o abre ese
invalid-app-interaction-organisation = elige la organización
invalid-app-interaction-contact = elige una persona de esta organización
invalid-app-interaction-staff = elige a alguien del equipo del clúster
invalid-app-interaction-template = elige una de las plantillas de entrevista del clúster
invalid-app-interaction-answers = responde al menos una pregunta
invalid-app-interaction-template-kind = las preguntas de una plantilla son de una entrevista
invalid-app-interaction-template-name = es obligatorio, como máximo 120 caracteres
invalid-app-interaction-template-questions = escribe de 1 a 60 preguntas, una por línea
invalid-app-indicator-set-no-such-indicator = «{ $key }» no es un indicador del catálogo del clúster
invalid-app-indicator-set-too-many-lines = un conjunto tiene como máximo { $max } líneas
invalid-app-indicator-set-code-twice = { $code } ya está en el conjunto
invalid-app-indicator-set-code-taken = { $code } ya está en el conjunto; da a la línea otro código
invalid-app-indicator-set-copy-too-long = un conjunto tiene como máximo { $max } líneas; este tiene { $count }
invalid-app-indicator-set-full = el conjunto tiene { $max } líneas, el máximo permitido; elimina una primero
invalid-app-attention-due-today = vence hoy
invalid-app-attention-due-tomorrow = vence mañana
invalid-app-attention-overdue-since = vencida desde el { $day }
invalid-app-attention-due-on = vence el { $day }
invalid-app-attention-for-someone = , para { $name }
invalid-app-attention-not-assigned = , sin asignar
invalid-app-attention-seats-taken = { $count } de { $capacity } plazas ocupadas
invalid-app-attention-registered = { $count } inscritos
invalid-app-attention-waiting = , { $count } en lista de espera
invalid-app-attention-applied =
    { $count ->
        [one] { $type } solicitada el { $day }, hace { $count } día
       *[other] { $type } solicitada el { $day }, hace { $count } días
    }
invalid-app-attention-request = para { $event }, enviada el { $day }
invalid-app-attention-payment = pagado el { $day }, referencia «{ $reference }»
invalid-app-attention-owes =
    { $count ->
        [one] debe { $owed }, vencida hace { $count } día
       *[other] debe { $owed }, vencida hace { $count } días
    }
invalid-app-attention-at-risk = { $events }, { $projects } este año
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } evento asistido
       *[other] { $count } eventos asistidos
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } proyecto
       *[other] { $count } proyectos
    }
invalid-app-attention-action-line = { $standing }, termina el { $day }

skip-to-content = Ir al contenido
menu = Menú
switch-cluster = Cambiar de clúster
all-clusters = Todos los clústeres…
search = Buscar
search-placeholder = Buscar…
your-account-title = Tu cuenta: contraseña, sesiones, tokens de API
log-out = Cerrar sesión
modules = Módulos
nav-home = Inicio
nav-overview = Resumen
nav-organisations = Organizaciones
nav-contacts = Contactos
nav-events = Eventos
nav-engagement = Participación
nav-strategy = Estrategia
nav-projects = Proyectos
nav-services = Servicios
nav-surveys = Encuestas
nav-economics = Finanzas
nav-monitoring = Seguimiento
nav-members = Socios
nav-invoices = Facturas
nav-my-tasks = Mis tareas
tasks-overdue =
    { $count ->
        [one] { $count } vencida
       *[other] { $count } vencidas
    }
nav-segments = Segmentos
nav-duplicates = Duplicados
nav-imports = Importaciones
nav-value-chain = Cadena de valor
nav-interview-templates = Plantillas de entrevista
nav-people = Personas

## Problemas: lo que dice una respuesta que rechaza una solicitud (los documentos de problema de la API y las páginas de error).
problem-title-400 = Solicitud incorrecta
problem-title-401 = Sesión no iniciada
problem-title-403 = No permitido
problem-title-404 = No encontrado
problem-title-409 = Conflicto
problem-title-413 = Demasiado grande
problem-title-422 = No se puede aceptar
problem-title-429 = Demasiadas solicitudes
problem-title-500 = Error del servidor
problem-not-found = No se encuentra: { $what }.
problem-forbidden = Tu rol en este clúster no lo permite: { $reason }.
problem-forbidden-reading = lectura
problem-forbidden-edit = modificar registros requiere el rol «equipo» o «gerente del clúster»
problem-forbidden-manage = esto requiere el rol «gerente del clúster»
problem-forbidden-rate-table = la tabla de tipos de cambio de la red la mantienen los administradores de la red
problem-forbidden-taxonomy = la taxonomía de la red la mantienen los administradores de la red
problem-forbidden-network-view = la vista de la red es solo para los administradores de la red
problem-bad-credentials = El correo electrónico o la contraseña no son correctos.
problem-too-many-attempts =
    { $minutes ->
        [one] Demasiados inicios de sesión fallidos; vuelve a intentarlo dentro de { $minutes } minuto.
       *[other] Demasiados inicios de sesión fallidos; vuelve a intentarlo dentro de { $minutes } minutos.
    }
problem-rate-limited =
    { $minutes ->
        [one] Demasiadas solicitudes desde tu dirección o para este evento; vuelve a intentarlo dentro de { $minutes } minuto.
       *[other] Demasiadas solicitudes desde tu dirección o para este evento; vuelve a intentarlo dentro de { $minutes } minutos.
    }
problem-token-unknown = El token de API es desconocido o ha sido revocado.
problem-token-missing = Envía un token de API como 'Authorization: Bearer TOKEN' (crea uno con 'clusterdesk token create').
problem-server = Algo ha fallado en el servidor. El error ha quedado registrado; vuelve a intentarlo.

## Lo que una solicitud puede pedir y no encontrar (en `problem-not-found`).
resource-api-token = token de API
resource-action-line = línea de acción
resource-calendar = calendario
resource-campaign = campaña
resource-challenge = reto
resource-cluster = clúster
resource-contact-with-that-email = contacto con ese correo electrónico
resource-contact = contacto
resource-consent = consentimiento
resource-current-consent = consentimiento vigente
resource-delivery = prestación
resource-event-series = serie de eventos
resource-event = evento
resource-evidence = evidencia
resource-file = archivo
resource-group-membership = pertenencia al grupo
resource-idea = idea
resource-import = importación
resource-indicator-set = conjunto de indicadores
resource-indicator = indicador
resource-interaction = interacción
resource-invoice = factura
resource-ledger-line = línea contable
resource-line = línea
resource-membership-type = tipo de afiliación
resource-membership = afiliación
resource-milestone = hito
resource-offer-or-need = oferta o necesidad
resource-organisation = organización
resource-organisation-challenge-interaction-or-working-group = organización, reto, interacción o grupo de trabajo
resource-page = página
resource-partner-cluster = clúster socio
resource-payment = pago
resource-person = persona
resource-project-or-organisation = proyecto u organización
resource-project-part = elemento del proyecto
resource-project = proyecto
resource-question = pregunta
resource-questionnaire = cuestionario
resource-record = registro
resource-registration-on-the-waiting-list = inscripción en la lista de espera
resource-registration-request = solicitud de inscripción
resource-registration = inscripción
resource-resource = recurso
resource-review-of-figures = revisión de datos
resource-review = revisión
resource-role-in-that-cluster = rol en ese clúster
resource-scenario = escenario
resource-section = sección
resource-segment = segmento
resource-series = serie
resource-service-or-organisation = servicio u organización
resource-service = servicio
resource-session = sesión
resource-staff-member = miembro del equipo
resource-strategy = estrategia
resource-survey-link = enlace de encuesta
resource-tag = etiqueta
resource-task = tarea
resource-unmatched-payment = pago sin conciliar
resource-upload = archivo subido
resource-user = usuario
resource-value = valor
resource-working-group-or-contact = grupo de trabajo o contacto
resource-working-group = grupo de trabajo
resource-year = año

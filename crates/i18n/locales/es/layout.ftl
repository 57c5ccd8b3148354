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

# Encuestas: la página pública de respuesta, los cuestionarios y campañas del equipo; tareas; interacciones y plantillas de entrevista.

## La página pública de una encuesta
survey-only-if-chosen = Solo si elegiste «{ $option }» en «{ $question }».
survey-answers-sent = Tus respuestas se han enviado. Gracias.
survey-closed-on = La encuesta se cerró el { $day }: ya no admite respuestas.
survey-privacy-anonymous = Esta encuesta es anónima: tus respuestas se guardan sin tu nombre, tu correo electrónico ni este enlace, solo con el tipo y la clase de tamaño de tu organización.
survey-privacy-named = Tus respuestas se guardan con tu nombre y el de tu organización, para el equipo del clúster.
survey-answers-taken-until = Se admiten respuestas hasta el { $day }; las preguntas marcadas con * son necesarias para enviarlas, no para guardarlas.
survey-progress-saved = Guardado. Vuelve con el mismo enlace para terminar.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } respuesta por corregir antes de poder enviar las respuestas; todavía no se ha enviado nada.
       *[other] { $count } respuestas por corregir antes de poder enviar las respuestas; todavía no se ha enviado nada.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } respuesta por corregir antes de poder guardar las respuestas; todavía no se ha guardado nada.
       *[other] { $count } respuestas por corregir antes de poder guardar las respuestas; todavía no se ha guardado nada.
    }
survey-required = obligatoria
survey-statement = Afirmación
survey-send-my-answers = Enviar mis respuestas
survey-save-and-finish-later = Guardar y terminar más tarde

## Cuestionarios y campañas
survey-saved-as-version = Guardado como versión { $version }: las respuestas ya dadas conservan la versión que respondieron.
survey-saved = Guardado.
survey-kind-single-choice = Opción única
survey-kind-multiple-choice = Opción múltiple
survey-kind-likert = Escala Likert
survey-kind-matrix = Matriz de escalas
survey-kind-number = Número
survey-kind-money = Importe
survey-kind-text = Texto
survey-kind-date = Fecha
survey-list-subheading = Los cuestionarios, y las campañas que los envían a un segmento mediante enlaces personales, con sus resultados
survey-campaigns = Campañas
survey-campaign = Campaña
survey-sent-to = Enviada a
survey-closes = Cierre
survey-invited = Invitados
survey-answered = Respondieron
survey-rate = Tasa
survey-title-anonymous = { $title } (anónima)
survey-no-campaign = Todavía no se ha enviado ninguna campaña.
survey-questionnaires = Cuestionarios
survey-questionnaire = Cuestionario
survey-questions = Preguntas
survey-version = Versión
survey-responses = Respuestas
survey-archived = archivado
survey-no-questionnaire = Todavía no hay cuestionarios: empieza con una plantilla de abajo.
survey-send-a-campaign = Enviar una campaña
survey-new-questionnaire = Nuevo cuestionario
survey-make = Crear
survey-start-from = Partir de
survey-empty-questionnaire = Un cuestionario vacío
survey-title = Título
survey-title-hint = Para un cuestionario vacío; una plantilla tiene el suyo.
survey-choose = Elige
survey-send-to-contacts-of = Enviar a los contactos de
survey-choose-a-segment = Elige un segmento
survey-segment-hint = Solo la reciben los contactos cuyo consentimiento permanente cubre encuestas por correo electrónico; los demás se enumeran.
survey-title-respondents-read = Título que leen los encuestados
survey-campaign-title-hint = El título del cuestionario si está vacío.
survey-answers-taken-until-label = Respuestas admitidas hasta
survey-anonymous = Anónima
survey-anonymous-hint = Las respuestas se guardan sin vínculo con la persona, ni con el tipo o tamaño de la organización; se informa de ello a los encuestados.
survey-figures-year = Año de las cifras
survey-figures-year-hint = Para una encuesta de resultados empresariales: el último año cerrado.
survey-questionnaire-made = Creado: modifícalo como necesites.
survey-campaign-sent =
    { $count ->
        [one] Enviado: { $count } enlace personal va de camino.
       *[other] Enviado: { $count } enlaces personales van de camino.
    }
survey-not-sent-to =
    { $count ->
        [one] No enviado a { $count } persona:
       *[other] No enviado a { $count } personas:
    }
survey-and-more-left-out = y { $count } más (la respuesta de la API las enumera todas)
survey-kind-text-scale = Escala de { $points } puntos, de { $low } a { $high }
survey-kind-text-matrix = Afirmaciones: { $count }, en una escala de { $points } puntos
survey-bounds-between = de { $min } a { $max }
survey-bounds-at-least = al menos { $min }
survey-bounds-at-most = como máximo { $max }
survey-number-in = Número en { $unit }
survey-question = Pregunta
survey-answer-needed = Se necesita una respuesta
survey-help-under-question = Ayuda bajo la pregunta
survey-options-one-a-line = Opciones, una por línea
survey-options-hint = Para una opción única o múltiple.
survey-statements-one-a-line = Afirmaciones, una por línea
survey-statements-hint = Para una matriz: cada una se valora en la escala.
survey-points-of-scale = Puntos de la escala
survey-points-hint = De 2 a 11; 5 si está vacío. Para una escala o una matriz.
survey-label-of-1 = Etiqueta del 1
survey-label-of-1-hint = Por ejemplo, «Muy insatisfecho».
survey-label-of-top = Etiqueta del punto más alto
survey-label-of-top-hint = Por ejemplo, «Muy satisfecho».
survey-unit = Unidad
survey-unit-hint = Para un número: personas, productos, %.
survey-at-least = Al menos
survey-at-most = Como máximo
survey-decimals = Decimales
survey-decimals-hint = De 0 a 3.
survey-long = Un párrafo, no una línea
survey-long-hint = Para un texto.
survey-show-only-when = Mostrar solo cuando
survey-always-shown = Siempre visible
survey-is-answered = … tenga como respuesta
survey-is-answered-hint = La opción, o el punto de la escala (4), que muestra esta pregunta.
survey-key = Clave
survey-key-hint = Cómo nombran las respuestas las exportaciones y los indicadores; se forma a partir de la pregunta si está vacía.
survey-no-introduction = Todavía sin introducción.
survey-responses-to-all-versions = Respuestas a todas las versiones
survey-version-was-sent = Una campaña envió esta versión: un cambio crea una nueva versión, y los invitados conservan la que recibieron.
survey-needed = obligatoria
survey-shown-when = si { $question } es { $value }
survey-up = Subir
survey-down = Bajar
survey-remove = Quitar
survey-remove-question-confirm = ¿Quitar la pregunta «{ $question }»?
survey-required-column = Obligatoria
survey-shown = Visible
survey-no-question-in-section = Todavía no hay preguntas en esta sección.
survey-remove-section = Quitar la sección { $number }
survey-remove-section-confirm = ¿Quitar la sección vacía «{ $section }»?
survey-section = Sección
survey-add-a-question = Añadir una pregunta
survey-add = Añadir
survey-add-a-section = Añadir una sección
survey-title-and-introduction = Título e introducción
survey-save = Guardar
survey-introduction = Introducción que los encuestados leen primero
survey-bring-back = Recuperar
survey-archive-confirm = ¿Archivar el cuestionario? No admite nuevas campañas; sus campañas y respuestas se conservan.
survey-question-added = La pregunta se ha añadido.
survey-archived-notice = Archivado.
survey-brought-back = Recuperado.

## Los resultados de una campaña
survey-n-answered =
    { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }
survey-mean-median = media { $mean } · mediana { $median }
survey-answers = Respuestas
survey-count = Número
survey-filter-invalid = El filtro no es válido: { $error }. Se muestran todas las respuestas.
survey-campaign-subheading = Enviada a { $audience } · versión { $version } del cuestionario · respuestas admitidas hasta el { $day }
survey-campaign-subheading-anonymous = Enviada a { $audience } · versión { $version } del cuestionario · respuestas admitidas hasta el { $day } · anónima
survey-answers-csv = Respuestas (CSV)
survey-answers-xlsx = Respuestas (XLSX)
survey-import-answers = Importar respuestas
survey-response-rate = Tasa de respuesta
survey-responses-counted = Respuestas contadas abajo
survey-imported = Importadas de otra herramienta
survey-group = Grupo
survey-rate-by-kind = Tasa de respuesta por tipo de organización
survey-rate-by-size-class = Tasa de respuesta por clase de tamaño
survey-nobody-invited = No se invitó a nadie.
survey-answer = Respuesta
survey-share = Porcentaje
survey-mean = Media
survey-mean-point-chart = { $question }: punto medio de cada afirmación
survey-range-to-under = de { $low } a menos de { $high }
survey-by-month = por mes
survey-month = Mes
survey-kind-of-organisation = Tipo de organización
survey-any = Todos
survey-size-class = Clase de tamaño
survey-segment = Segmento
survey-which-responses = Qué respuestas
survey-show = Mostrar
survey-remind-title = Recordar a quien no ha respondido
survey-send-reminders = Enviar recordatorios
survey-people-reminded =
    { $count ->
        [one] { $count } persona recibió un recordatorio con un nuevo enlace.
       *[other] { $count } personas recibieron un recordatorio con un nuevo enlace.
    }

## Los cuestionarios incluidos en clusterdesk
template-member-satisfaction = Satisfacción de los socios
template-strategic-attitude = Actitud estratégica de las empresas
template-company-performance = Resultados anuales de las empresas
template-strategy-consultation = Consulta para un nuevo plan estratégico

## Tareas
task-tasks = Tareas
task-nobody-yet = nadie todavía
task-nobody-yet-option = (nadie todavía)
task-my-open-tasks = Mis tareas abiertas
task-all-open-tasks = Todas las tareas abiertas
task-done = Hecha
task-done-tasks = Tareas hechas
task-open-about-organisation = Tareas abiertas sobre una organización
task-nothing-to-do = Nada que hacer: ninguna tarea abierta es tuya.
task-none-here = No hay tareas aquí.
task-what-is-to-be-done = Qué hay que hacer
task-due = Vence
task-who-does-it = Quién la hace
task-new = Nueva tarea
task-new-about = Nueva tarea sobre { $organisation }
task-add = Añadir tarea
task-created = La tarea se ha creado.
task-task = Tarea
task-who = Quién
task-overdue = vencida
task-open-again = Reabrir

## Interacciones y plantillas de entrevista
interaction-no-date = sin fecha
interaction-timeline = Cronología
interaction-what = Qué
interaction-timeline-empty = Todavía no hay interacciones ni tareas. Registra una reunión, una llamada, una visita o una entrevista.
interaction-log = Registrar interacción
interaction-task-done = Tarea, hecha
interaction-task-overdue = Tarea, vencida
interaction-open-from-organisation = abre el formulario desde la página de una organización
interaction-day = Día
interaction-subject = Asunto
interaction-with = Con
interaction-nobody-in-particular = (nadie en particular)
interaction-team-member = Miembro del equipo
interaction-none = (ninguno)
interaction-notes = Notas
interaction-interview-template = Entrevista: { $template }
interaction-interview-with = Entrevista con { $organisation }: { $template }
interaction-log-with = Registrar una interacción con { $organisation }
interaction-no-templates = Las entrevistas siguen plantillas de preguntas; el clúster aún no tiene ninguna.
interaction-log-an-interaction = Registrar una interacción
interaction-logged = La interacción se ha registrado.
interaction-logged-by = Registrada por
interaction-by-on = { $who } el { $day }
interaction-kind-with = { $kind } con { $organisation }
interaction-follow-up-tasks = Tareas de seguimiento
interaction-state = Estado
interaction-no-follow-up-tasks = No hay tareas de seguimiento.
interaction-add-follow-up-task = Añadir tarea de seguimiento
interaction-record-project-idea = Registrar una idea de proyecto a partir de ella
interaction-templates-intro = Las preguntas que sigue una entrevista estructurada. Las respuestas se guardan por pregunta, para poder comparar las entrevistas.
interaction-no-templates-yet = Todavía no hay plantillas.
interaction-new-template = Nueva plantilla
interaction-template-name = Nombre
interaction-one-question-a-line = Una pregunta por línea.
interaction-add-template = Añadir plantilla
survey-group-unknown = Sin datos
survey-chart-not-rated = sin valorar

# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Eventos y networking
survey-template-service-market-intelligence = Información e inteligencia de mercado
survey-template-service-collaborative-projects = Apoyo a proyectos en colaboración
survey-template-service-funding = Acceso a ayudas y subvenciones
survey-template-service-training = Formación
survey-template-service-internationalisation = Internacionalización

## Member satisfaction
survey-template-member-satisfaction-title = Satisfacción de los socios
survey-template-member-satisfaction-intro = ¿En qué medida responde el clúster a las necesidades de su organización? Sus respuestas orientan el plan de trabajo del próximo año; responder le llevará unos cinco minutos.
survey-template-section-cluster-services = Los servicios del clúster
survey-template-services-used = ¿Qué servicios del clúster ha utilizado su organización este año?
survey-template-service-quality = ¿Cuál es su grado de satisfacción con cada servicio?
survey-template-very-dissatisfied = Muy insatisfecho
survey-template-very-satisfied = Muy satisfecho
survey-template-section-overall = Valoración general
survey-template-overall-satisfaction = En general, ¿cuál es su grado de satisfacción con el clúster?
survey-template-recommend = ¿Qué probabilidad hay de que recomiende la afiliación al clúster a una entidad con la que colabora?
survey-template-not-at-all-likely = Nada probable
survey-template-extremely-likely = Extremadamente probable
survey-template-renew = ¿Renovará su organización la afiliación?
survey-template-yes = Sí
survey-template-probably = Probablemente
survey-template-probably-not = Probablemente no
survey-template-no = No
survey-template-renew-why-not = ¿Qué le animaría a continuar?
survey-template-improve = ¿Qué debería hacer mejor el clúster o empezar a hacer?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Actitud estratégica de las empresas
survey-template-strategic-attitude-intro = ¿Cómo planifica su empresa, cómo coopera y cómo ve el clúster? Agregadas, las respuestas muestran cómo evolucionan las empresas del clúster a lo largo de los años.
survey-template-section-cooperation = Cooperación
survey-template-openness-to-cooperation = ¿Qué grado de apertura tiene su empresa a cooperar con otras empresas y con centros de investigación?
survey-template-not-open-at-all = Nada abierta
survey-template-very-open = Muy abierta
survey-template-cooperation-partners = ¿Con quién ha cooperado en los últimos tres años?
survey-template-partner-regional-companies = Otras empresas de la región
survey-template-partner-universities = Universidades
survey-template-partner-research-centres = Centros de investigación y tecnológicos
survey-template-partner-companies-abroad = Empresas en el extranjero
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Ninguno
survey-template-section-strategy = Estrategia
survey-template-strategic-planning = ¿Cómo planifica su empresa su futuro?
survey-template-planning-no-written-plan = Sin plan escrito
survey-template-planning-yearly-budget = Un presupuesto anual
survey-template-planning-multi-year-plan = Un plan escrito plurianual
survey-template-planning-reviewed-plan = Un plan escrito, revisado cada año con indicadores
survey-template-innovation-priority = ¿Qué prioridad tiene la innovación entre los objetivos de su empresa?
survey-template-low = Baja
survey-template-highest = Máxima
survey-template-section-the-cluster = El clúster
survey-template-perceived-value = ¿Cuánto valor aporta el clúster a su empresa?
survey-template-very-much = Mucho
survey-template-cluster-effects = ¿En qué medida está de acuerdo?
survey-template-effect-found-partners = El clúster nos ha ayudado a encontrar socios
survey-template-effect-new-markets = El clúster nos ha ayudado a llegar a nuevos mercados
survey-template-effect-visibility = El clúster nos ha dado más visibilidad
survey-template-strongly-disagree = Totalmente en desacuerdo
survey-template-strongly-agree = Totalmente de acuerdo

## Yearly company performance
survey-template-company-performance-title = Resultados anuales de las empresas
survey-template-company-performance-intro = El clúster informa de la evolución de sus empresas de forma agregada, nunca una a una. Indique las cifras de su último ejercicio cerrado; deje en blanco lo que no sepa.
survey-template-section-people-and-money = Plantilla y finanzas
survey-template-employees = Empleados
survey-template-unit-people = personas
survey-template-employees-help = Plantilla el último día del año
survey-template-turnover = Facturación
# The help text of the money questions (year_end).
survey-template-year-end-help = del último ejercicio cerrado
survey-template-exports = Facturación por exportaciones
survey-template-rd-spending = Gasto en investigación y desarrollo
survey-template-section-innovation-and-markets = Innovación y mercados
survey-template-new-products = Nuevos productos o servicios lanzados durante el año
survey-template-unit-products = productos
survey-template-new-foreign-markets = Países a los que vendió por primera vez durante el año
survey-template-unit-countries = países
survey-template-digital-maturity = ¿Qué grado de digitalización tienen los procesos de su empresa?
survey-template-paper-and-email = Papel y correo electrónico
survey-template-fully-digital = Totalmente digital y basado en datos

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Consulta para un nuevo plan estratégico
survey-template-strategy-consultation-intro = El clúster está preparando su plan estratégico para los próximos años. Díganos hacia dónde debería ir.
survey-template-section-challenges = Retos
survey-template-main-challenges = ¿Cuáles son los principales retos de su empresa en los próximos tres años?
survey-template-challenge-skilled-people = Encontrar personal cualificado
survey-template-challenge-digitalisation = Digitalización
survey-template-challenge-decarbonisation = Descarbonización
survey-template-challenge-finance = Acceso a la financiación
survey-template-challenge-new-markets = Nuevos mercados
survey-template-challenge-regulation = Normativa
survey-template-other-challenges = Otros retos
survey-template-section-cluster-priorities = Las prioridades del clúster
survey-template-priorities = ¿Qué importancia debería tener cada ámbito para el clúster?
survey-template-not-important = Nada importante
survey-template-essential = Imprescindible
survey-template-would-lead = ¿Lideraría su empresa un grupo de trabajo sobre alguno de estos retos, o se sumaría a él?
survey-template-lead = Liderar
survey-template-join = Sumarse
survey-template-not-now = Ahora no
survey-template-ideas = Ideas de proyectos que el clúster podría poner en marcha

# Tipos de organización: la triple hélice y su entorno.
organisation-kind-company = Empresa
organisation-kind-university = Universidad
organisation-kind-research-centre = Centro de investigación o tecnológico
organisation-kind-public-administration = Administración pública
organisation-kind-association = Asociación
organisation-kind-investor = Inversor
organisation-kind-other = Otro

# Las categorías de tamaño de las pymes de la UE (Recomendación 2003/361/CE de la Comisión).
size-class-micro = Microempresa
size-class-small = Pequeña empresa
size-class-medium = Mediana empresa
size-class-large = Gran empresa
size-class-unknown = Tamaño desconocido

# Tipos de interacción con una organización.
interaction-kind-meeting = Reunión
interaction-kind-call = Llamada
interaction-kind-email = Correo electrónico
interaction-kind-visit = Visita
interaction-kind-interview = Entrevista

# Canales por los que una persona consiente ser contactada.
channel-email = Correo electrónico
channel-phone = Teléfono
channel-post = Correo postal

# Qué se hizo con los datos de una persona (registro RGPD).
privacy-action-export = Datos exportados
privacy-action-erasure = Datos borrados
# Los indicadores estándar del sistema de seguimiento: el nombre y la definición de cada uno.

indicator-events-held = Eventos celebrados
indicator-events-held-description = Eventos del año no cancelados, por tipo en el detalle.

indicator-participants = Participantes
indicator-participants-description = Asistencias registradas a los eventos del año (una persona en dos eventos cuenta dos veces).

indicator-members-reached = Entidades socias alcanzadas
indicator-members-reached-description = Socios con al menos una persona que asistió a un evento del año.

indicator-participation-rate = Tasa de participación
indicator-participation-rate-description = Socios que participaron en al menos una actividad (evento, servicio, encuesta) o proyecto en el año, sobre el total de socios.

indicator-average-satisfaction = Satisfacción media
indicator-average-satisfaction-description = Respuesta media a la pregunta general de la encuesta de satisfacción (1 a 5), de las campañas que cierran en el año.

indicator-new-members = Nuevos socios
indicator-new-members-description = Afiliaciones que comenzaron en el año.

indicator-retention-rate = Tasa de retención
indicator-retention-rate-description = De los socios al inicio del año, la proporción que sigue siéndolo al final.

indicator-interactions-logged = Interacciones registradas
indicator-interactions-logged-description = Llamadas, reuniones, visitas y correos electrónicos con organizaciones registrados en el año.

indicator-active-member-share = Proporción de socios activos
indicator-active-member-share-description = Socios que son agentes activos según la regla del clúster (proyectos o actividades en el año), sobre el total de socios.

indicator-members = Socios
indicator-members-description = Entidades socias al final del año (o hoy, durante el año).

indicator-active-actors = Agentes activos
indicator-active-actors-description = Socios que participaron en al menos un proyecto o dos actividades en el año (la regla del clúster fija las cifras).

indicator-active-smes = Pymes activas
indicator-active-smes-description = Agentes activos que son micro, pequeñas o medianas empresas.

indicator-working-groups-met = Grupos de trabajo reunidos
indicator-working-groups-met-description = Grupos de trabajo con al menos una reunión en el año.

indicator-media-mentions = Menciones en medios
indicator-media-mentions-description = Artículos, emisiones y publicaciones sobre el clúster en el año, introducidos con sus recortes de prensa como evidencia.

indicator-projects-running = Proyectos en marcha
indicator-projects-running-description = Proyectos en marcha durante el año, por etapa en el detalle.

indicator-aligned-share = Proporción alineada con un reto
indicator-aligned-share-description = De los proyectos del año, los que sirven al menos a un reto de la estrategia.

indicator-members-in-projects = Entidades socias en proyectos
indicator-members-in-projects-description = Socios que participan en un proyecto del año.

indicator-sme-share = Proporción de pymes entre los participantes
indicator-sme-share-description = De las entidades socias en los proyectos del año cuyo tamaño se conoce, las pymes.

indicator-budget-mobilised = Presupuesto movilizado
indicator-budget-mobilised-description = Los presupuestos de los proyectos que comenzaron en el año (cada uno contado una vez, en su primer año).

indicator-public-funding = Financiación pública obtenida
indicator-public-funding-description = Financiación pública conseguida por los proyectos financiados que comenzaron en el año.

indicator-private-funding = Financiación privada obtenida
indicator-private-funding-description = Financiación privada conseguida por los proyectos financiados que comenzaron en el año.

indicator-inter-cluster-projects = Proyectos interclúster
indicator-inter-cluster-projects-description = Los proyectos del año con un clúster socio o en el ámbito interclúster.

indicator-projects-approved = Proyectos aprobados
indicator-projects-approved-description = Proyectos que comenzaron en el año y consiguieron su financiación (financiados, en curso o finalizados), incluidos los interclúster.

indicator-international-projects = Colaboraciones internacionales
indicator-international-projects-description = Los proyectos del año con un participante de otro país: una organización, un clúster socio o una entidad externa.

indicator-fees-billed = Cuotas facturadas
indicator-fees-billed-description = Facturas de cuota del periodo de afiliación del año, menos las facturas rectificativas.

indicator-fees-collected = Cuotas cobradas
indicator-fees-collected-description = Lo pagado de las cuotas facturadas.

indicator-fixed-cost-coverage = Cobertura de costes fijos
indicator-fixed-cost-coverage-description = Ingresos recurrentes de la estructura (cuotas, apoyo público estructural, servicios recurrentes) sobre costes de estructura, en veces (cifras reales).

indicator-private-share = Parte privada de los ingresos
indicator-private-share-description = Ingresos privados (cuotas, servicios, patrocinio, aportaciones privadas) sobre el total de ingresos (cifras reales).

indicator-public-dependency = Dependencia pública
indicator-public-dependency-description = Ingresos públicos sobre el total de ingresos (cifras reales).

indicator-staff-fte = Plantilla en ETC
indicator-staff-fte-description = Los equivalentes a tiempo completo del equipo al final del año (o hoy).

indicator-members-per-fte = Socios por ETC
indicator-members-per-fte-description = Socios al final del año sobre los ETC del equipo.

indicator-action-lines-on-track = Líneas del plan de acción en plazo
indicator-action-lines-on-track-description = Líneas del plan de acción del año en plazo o terminadas, sobre el total de sus líneas.

indicator-board-meetings = Reuniones de la junta directiva
indicator-board-meetings-description = Reuniones de la junta directiva del año, no canceladas.

indicator-fee-coverage = Cobertura por cuotas
indicator-fee-coverage-description = Ingresos por cuotas de socios sobre costes de estructura, en veces (cifras reales).

indicator-services-share = Peso de los servicios
indicator-services-share-description = Ingresos por servicios sobre el total de ingresos (cifras reales).

indicator-fee-concentration = Concentración de cuotas
indicator-fee-concentration-description = Ingresos por cuotas pagados por los cinco mayores pagadores sobre los ingresos por cuotas facturados (cifras reales).

indicator-project-leverage = Apalancamiento de proyectos
indicator-project-leverage-description = Financiación de proyectos movilizada para los participantes sobre costes de estructura, en veces (cifras reales).

indicator-runway = Autonomía
indicator-runway-description = Meses de costes de estructura que cubren las reservas: reservas × 12 sobre costes de estructura.

indicator-triple-helix-kinds = Tipos de socios de la triple hélice
indicator-triple-helix-kinds-description = De empresa (empresas, inversores), conocimiento (universidades, centros de investigación y tecnológicos) y administración pública, cuántos tipos hay entre los socios.

indicator-strategy-documented = Estrategia y plan de acción documentados
indicator-strategy-documented-description = 1 si una estrategia cubre el año con al menos un reto y el año tiene un plan de acción con al menos una línea; 0 en caso contrario.

indicator-strategy-reviews = Revisiones de la estrategia
indicator-strategy-reviews-description = Revisiones de la estrategia que cubre el año, y de su plan de acción, registradas en el año.

indicator-internet-presence = Presencia en internet
indicator-internet-presence-description = 1 si el sitio web del clúster muestra su actividad actual (noticias o eventos del año), introducido con la dirección del sitio como evidencia; 0 en caso contrario.

indicator-turnover-growth = Crecimiento de la facturación
indicator-turnover-growth-description = Variación de la facturación de los socios respecto al año anterior, sobre los socios con cifras de ambos años.

indicator-employment-growth = Crecimiento del empleo
indicator-employment-growth-description = Variación de la plantilla de los socios respecto al año anterior, sobre los socios con cifras de ambos años.

indicator-export-share = Peso de las exportaciones
indicator-export-share-description = Las exportaciones de los socios sobre su facturación, sobre los socios con ambas cifras.

indicator-rd-intensity = Intensidad de I+D
indicator-rd-intensity-description = El gasto en I+D de los socios sobre su facturación, sobre los socios con ambas cifras.

indicator-innovating-share = Proporción de socios innovadores
indicator-innovating-share-description = De los socios con cifras del año, los que tienen al menos un producto nuevo.

indicator-new-foreign-markets = Nuevos mercados exteriores
indicator-new-foreign-markets-description = Nuevos mercados exteriores en los que entraron los socios en el año.

indicator-digital-maturity = Madurez digital
indicator-digital-maturity-description = La madurez digital media de los socios (1 a 5).

indicator-openness-to-cooperation = Apertura a la cooperación
indicator-openness-to-cooperation-description = Respuesta media a la pregunta de la encuesta de actitud estratégica sobre la apertura a la cooperación, de las campañas que cierran en el año.

indicator-planning-maturity = Madurez de la planificación estratégica
indicator-planning-maturity-description = Nivel medio de planificación en la encuesta de actitud estratégica (de 1 sin plan escrito a 4 un plan revisado cada año con indicadores), de las campañas que cierran en el año.

indicator-perceived-value = Valor percibido del clúster
indicator-perceived-value-description = Respuesta media a la pregunta de la encuesta de actitud estratégica sobre el valor del clúster, de las campañas que cierran en el año.


# Los ratios económicos de la entidad gestora del clúster: el nombre y la fórmula de cada uno.

ratio-fixed-cost-coverage = Cobertura de costes fijos
ratio-fixed-cost-coverage-formula = ingresos recurrentes de la estructura (cuotas de socios, apoyo público estructural y servicios recurrentes) / costes de estructura
ratio-fixed-cost-coverage-goal = 1,00 o más: los costes fijos cubiertos por ingresos fijos

ratio-private-share = Parte privada
ratio-private-share-formula = ingresos privados (cuotas, servicios, patrocinio, aportaciones privadas en dinero o en especie) / ingresos totales

ratio-public-dependency = Dependencia pública
ratio-public-dependency-formula = ingresos públicos / ingresos totales

ratio-fee-coverage = Cobertura por cuotas
ratio-fee-coverage-formula = ingresos por cuotas de socios / costes de estructura

ratio-services-share = Peso de los servicios
ratio-services-share-formula = ingresos por servicios / ingresos totales

ratio-fee-concentration = Concentración de cuotas
ratio-fee-concentration-formula = ingresos por cuotas pagados por los cinco mayores pagadores / ingresos por cuotas facturados

ratio-project-leverage = Apalancamiento de proyectos
ratio-project-leverage-formula = financiación de proyectos movilizada para los participantes / costes de estructura

ratio-runway = Autonomía
ratio-runway-formula = meses de costes de estructura que cubren las reservas: reservas × 12 / costes de estructura

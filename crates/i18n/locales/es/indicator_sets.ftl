# Los conjuntos de indicadores incluidos en clusterdesk: el nombre y la descripción de cada conjunto y los nombres de sus líneas.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: umbral de inscripción
indicator-set-eccp-listing-description = Lo que la European Cluster Collaboration Platform exige a una organización clúster antes de inscribirla, y lo que un sello de calidad requiere en primer lugar: un equipo de gestión de al menos 0,5 ETC, al menos 15 socios comprometidos, al menos dos tipos de socio de la triple hélice y un sitio web que muestre actividad real.
indicator-set-eccp-listing-line-f1 = Un equipo de gestión de al menos 0,5 ETC
indicator-set-eccp-listing-line-f2 = Al menos 15 socios comprometidos
indicator-set-eccp-listing-line-f3 = Al menos dos tipos de socio (triple hélice)
indicator-set-eccp-listing-line-f4 = Un sitio web que muestre actividad real

# label_readiness
indicator-set-label-readiness = Cluster Management Excellence: preparación para el sello
indicator-set-label-readiness-description = Las áreas de indicadores del sello (estructura, gestión y gobernanza, financiación, estrategia y servicios, logros y reconocimiento) leídas de los registros del clúster, con las evidencias disponibles para cada una. Los umbrales propios del sello para cada indicador no son públicos: aquí se aplican los del umbral de inscripción, cuando este prevé uno. Para mantener umbrales propios, es necesario copiar el conjunto.
indicator-set-label-readiness-line-1-2 = Composición de los participantes (triple hélice)
indicator-set-label-readiness-line-1-3 = Número de participantes comprometidos
indicator-set-label-readiness-line-2-2 = Recursos humanos de la gestión del clúster
indicator-set-label-readiness-line-3-2 = Proporción de financiación privada
indicator-set-label-readiness-line-4-2 = Estrategia documentada con un plan de acción
indicator-set-label-readiness-line-4-5 = Revisión de la estrategia y del plan de acción
indicator-set-label-readiness-line-4-10 = Grupos de trabajo
indicator-set-label-readiness-line-4-12 = Presencia en internet
indicator-set-label-readiness-line-5-1 = Reconocimiento en publicaciones y medios de comunicación
indicator-set-label-readiness-line-5-2 = Casos de éxito
indicator-set-label-readiness-line-5-3 = Medición de la satisfacción de los socios

# regional_programme
indicator-set-regional-programme = Programa regional de clústeres: indicadores de política pública
indicator-set-regional-programme-description = Los indicadores que un programa regional de clústeres exige a los clústeres que financia: agentes activos (socios que participan al año en al menos un proyecto de innovación o en dos actividades relacionadas con la innovación) y las pymes entre ellos, proyectos aprobados (incluidos los interclúster), colaboraciones internacionales y el crecimiento de la facturación y del empleo de los socios. Los objetivos del programa son los objetivos del clúster para esos mismos indicadores.
indicator-set-regional-programme-line-p1 = Agentes activos
indicator-set-regional-programme-line-p2 = Pymes activas
indicator-set-regional-programme-line-p3 = Proyectos aprobados
indicator-set-regional-programme-line-p3-1 = de ellos, proyectos interclúster
indicator-set-regional-programme-line-p4 = Colaboraciones internacionales
indicator-set-regional-programme-line-p5 = Crecimiento de la facturación de los socios
indicator-set-regional-programme-line-p6 = Crecimiento del empleo de los socios

# monitoring
indicator-set-monitoring = El sistema de seguimiento
indicator-set-monitoring-description = Todos los indicadores del catálogo, los incorporados y los propios del clúster, frente a las metas que el clúster ha fijado.

# La página de inicio, el resumen de un clúster, lo que requiere atención, tu cuenta, las personas de un clúster, los enlaces de contraseña, la búsqueda, la red, el correo enviado y las partes comunes a todas las páginas.
workplace-your-clusters = Tus clústeres
workplace-the-network = La red
workplace-network-intro = Todos los clústeres de la red, con lo que hoy requiere atención en cada uno.
workplace-clusters-intro = Lo que hoy requiere atención en cada uno de tus clústeres.
workplace-compare-clusters = Comparar los clústeres
workplace-no-cluster-yet = Todavía no tienes ningún rol en ningún clúster. Pide a la gerencia de tu clúster que te añada.
workplace-cluster = Clúster
workplace-country = País
workplace-needs-attention = Pendiente
workplace-urgent = Urgente
workplace-stat-organisations =
    { $count ->
        [one] organización
       *[other] organizaciones
    }
workplace-stat-contacts =
    { $count ->
        [one] contacto
       *[other] contactos
    }
workplace-stat-members =
    { $count ->
        [one] socio
       *[other] socios
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] factura vencida
       *[other] facturas vencidas
    }
workplace-stat-open = { $amount } pendientes de cobro
workplace-needs-attention-today = Pendiente hoy
workplace-all-done = Todo hecho: hoy nada requiere tu atención.
workplace-yours = asignada a ti
workplace-attention-all = Ver todas ({ $count })
workplace-concern-tasks = Tareas que vencen
workplace-concern-events = Próximos eventos
workplace-concern-applications = Solicitudes de adhesión pendientes
workplace-concern-registration-requests = Inscripciones por revisar
workplace-concern-unmatched-payments = Pagos no asignados a una factura
workplace-concern-overdue-invoices = Facturas vencidas
workplace-concern-members-at-risk = Socios en riesgo
workplace-concern-milestones = Hitos de proyecto que vencen
workplace-concern-action-lines = Líneas del plan de acción que vencen o van con retraso
workplace-role-board = Junta directiva
workplace-role-staff = Equipo
workplace-role-cluster-manager = Gerente del clúster
workplace-role-lower-board = junta directiva
workplace-role-lower-staff = equipo
workplace-role-lower-cluster-manager = gerente del clúster
workplace-save = Guardar
workplace-nothing-changed = No ha cambiado nada: { $problem }.
workplace-year = Año
workplace-unknown = desconocido
workplace-browser-on = { $browser } en { $system }
workplace-your-account = Tu cuenta
workplace-change-your-password = Cambiar tu contraseña
workplace-api-tokens = Tokens de API
workplace-network-administrator = Administración de la red
workplace-you-manage-every-cluster = gestionas todos los clústeres
workplace-works-in = Trabaja en
workplace-no-cluster-yet-short = ningún clúster todavía
workplace-this-browser = este navegador
workplace-end-session = Cerrar
workplace-signed-in-where = Dónde tienes la sesión iniciada ({ $count })
workplace-browser = Navegador
workplace-address = Dirección
workplace-signed-in = Inicio de sesión
workplace-last-used = Último uso
workplace-no-other-session = No hay otra sesión aparte de esta.
workplace-dates-are-written = Las fechas se escriben
workplace-dates-hint = En todas las páginas que lees; los documentos enviados mantienen su propio formato.
workplace-how-you-read-dates = Cómo lees las fechas
workplace-as-my-browser-asks = Según mi navegador (si no, inglés)
workplace-pages-are-written-in = Idioma de las páginas
workplace-your-language = Tu idioma
workplace-language-set = Las páginas se muestran ahora en { $language }.
workplace-language-of-browser = Las páginas se muestran ahora en el idioma que pide tu navegador.
workplace-date-style-set = Las fechas se escriben ahora así: { $example }.
workplace-change-the-password = Cambiar la contraseña
workplace-current-password = Contraseña actual
workplace-new-password = Nueva contraseña
workplace-new-password-hint = Al menos { $chars } caracteres; una frase de palabras sin relación entre sí es fácil de recordar y difícil de adivinar.
workplace-new-password-again = Repite la nueva contraseña
workplace-other-sessions-end = Tus otras sesiones se cierran; esta sigue abierta.
workplace-password-changed = Tu contraseña ha cambiado.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Tu contraseña ha cambiado y tu otra sesión se ha cerrado.
       *[other] Tu contraseña ha cambiado y tus otras { $count } sesiones se han cerrado.
    }
workplace-session-ended = La sesión se ha cerrado: ese navegador ya no tiene la sesión iniciada.
workplace-your-api-tokens = Tus tokens de API
workplace-tokens-intro = Un token permite a un programa usar la API en tu nombre, en los clústeres en los que trabajas.
workplace-token-made = Se ha creado el token «{ $name }». Cópialo ahora: solo se muestra esta vez.
workplace-new-token = Nuevo token
workplace-token-revoked-at = revocado el { $moment }
workplace-token-works = activo
workplace-revoke = Revocar
workplace-tokens-count = Tokens ({ $count })
workplace-name = Nombre
workplace-made = Creado
workplace-state = Estado
workplace-no-tokens = No tienes tokens de API.
workplace-make-a-token = Crear un token
workplace-token-name-hint = Qué lo usa, para reconocerlo más adelante.
workplace-token-revoked = El token está revocado: a partir de ahora se rechazan los programas que lo usan.
workplace-role = Rol
workplace-role-hint = La gerencia del clúster lo gestiona todo, incluidas las personas y la configuración; el equipo modifica los registros; la junta directiva consulta.
workplace-person-deactivated = desactivada
workplace-person-invited = invitada, aún sin contraseña
workplace-person-active = activa
workplace-people-intro = Todas las personas que trabajan en este clúster y su rol.
workplace-invite-someone = Invitar a alguien
workplace-people-count = Personas ({ $count })
workplace-nobody-works-here = Todavía no trabaja nadie en este clúster.
workplace-invite-name-hint = Cómo la ven los demás; puede mantenerlo.
workplace-send-the-invitation = Enviar la invitación
workplace-invite-intro =
    { $count ->
        [one] Recibe un correo con un enlace para elegir su contraseña, válido una sola vez durante { $count } día.
       *[other] Recibe un correo con un enlace para elegir su contraseña, válido una sola vez durante { $count } días.
    }
workplace-invited-give-link = { $email } ha sido invitado, pero el correo no está configurado: hazle llegar tú este enlace, válido una sola vez: { $link }
workplace-invited = { $email } ha sido invitado: va de camino un enlace para elegir una contraseña.
workplace-invited-has-account = { $email } ya tiene una cuenta y ahora también trabaja aquí; se le avisa por correo.
workplace-person = Persona
workplace-all-people = Todas las personas
workplace-works-in-other-clusters = Trabaja en otros clústeres
workplace-network-administrator-yes = sí: trabaja en todos los clústeres como gerente
workplace-your-own-account = Tu propia cuenta
workplace-your-own-account-note = tu rol lo cambia aquí otra persona de la gerencia del clúster; tu contraseña y tus sesiones están en Tu cuenta
workplace-change-the-role = Cambiar el rol
workplace-take-out-of-cluster = Sacar del clúster
workplace-remove-from-cluster = Quitar de este clúster
workplace-remove-confirm = ¿Quitar a { $name } de { $cluster }? Su cuenta y los registros que creó se mantienen.
workplace-account = Cuenta
workplace-deactivate-account = Desactivar la cuenta
workplace-deactivate-confirm = ¿Desactivar { $email }? Ya no podrá iniciar sesión; sus sesiones y tokens de API dejan de funcionar al instante.
workplace-reactivate-account = Reactivar la cuenta
workplace-reactivate-confirm = ¿Permitir que { $email } vuelva a iniciar sesión?
workplace-role-set = { $name } tiene ahora el rol «{ $role }».
workplace-removed = { $name } ya no trabaja en este clúster.
workplace-reactivated = { $email } puede volver a iniciar sesión.
workplace-deactivated = { $email } está desactivado: sesión cerrada en todas partes y ya no puede iniciar sesión.
workplace-form-expired-or-foreign = el formulario había caducado o no venía de este sitio; vuelve atrás, recarga la página y envíalo de nuevo
workplace-form-unread = no se pudo leer el formulario: { $problem }
workplace-next-has-control-characters = la página a la que volver tras iniciar sesión contiene caracteres de control
workplace-password-set-log-in = Tu contraseña está establecida: inicia sesión con ella.
workplace-forgot-intro =
    { $count ->
        [one] Escribe el correo con el que inicias sesión: se enviará allí un enlace para elegir una nueva contraseña. Es válido una sola vez durante { $count } minuto.
       *[other] Escribe el correo con el que inicias sesión: se enviará allí un enlace para elegir una nueva contraseña. Es válido una sola vez durante { $count } minutos.
    }
workplace-send-the-link = Enviar el enlace
workplace-form-expired-send-again = El formulario había caducado. Envíalo de nuevo.
workplace-reset-link-on-its-way = Si alguna cuenta tiene el correo { $email }, va de camino un enlace para elegir una nueva contraseña.
workplace-reset-link-works =
    { $count ->
        [one] Es válido una sola vez durante { $count } minuto; mira también en la carpeta de spam.
       *[other] Es válido una sola vez durante { $count } minutos; mira también en la carpeta de spam.
    }
workplace-welcome = Te damos la bienvenida a clusterdesk
workplace-choose-a-new-password = Elige una nueva contraseña
workplace-choose-intro = Elige la contraseña de { $email } (al menos { $chars } caracteres: una frase de palabras sin relación entre sí es fácil de recordar y difícil de adivinar).
workplace-set-the-password = Establecer la contraseña
workplace-form-expired-type-again = El formulario había caducado. Escribe de nuevo la contraseña.
workplace-login-form-expired = El formulario de inicio de sesión había caducado. Inicia sesión de nuevo.
workplace-email-or-password-wrong = El correo o la contraseña no son correctos.
workplace-upload-unreadable = el archivo subido supera { $mib } MiB o no se pudo leer
workplace-upload-form-expired = el formulario había caducado; recarga la página y vuelve a subir el archivo
workplace-back-to-login = Volver al inicio de sesión
workplace-search-too-short =
    { $count ->
        [one] Escribe al menos { $count } carácter.
       *[other] Escribe al menos { $count } caracteres.
    }
workplace-search-nothing-matches = Nada coincide con «{ $query }».
workplace-search-all-organisations =
    { $count ->
        [one] La organización que coincide
       *[other] Las { $count } organizaciones que coinciden
    }
workplace-search-all-contacts =
    { $count ->
        [one] El contacto que coincide
       *[other] Los { $count } contactos que coinciden
    }
workplace-search-all-invoices =
    { $count ->
        [one] La factura que coincide
       *[other] Las { $count } facturas que coinciden
    }
workplace-search-all-events =
    { $count ->
        [one] El evento que coincide
       *[other] Los { $count } eventos que coinciden
    }
workplace-search-all-projects =
    { $count ->
        [one] El proyecto que coincide
       *[other] Los { $count } proyectos que coinciden
    }
workplace-search-intro = Organizaciones, contactos, facturas, eventos y proyectos; no importan las mayúsculas ni los acentos.
workplace-search-for = Buscar
workplace-address-unread = no se puede leer la dirección: { $problem }
workplace-network-period-unread = { $problem }. Se muestra { $year }.
workplace-network-clusters = Los clústeres de la red
workplace-network-clusters-in = Los clústeres de la red, { $period }
workplace-network-intro-compare = Indicadores elegidos de cada clúster uno junto a otro; importes en euros según la tabla de tipos de cambio de la red
workplace-network-missing-rates = Los importes en { $currencies } quedan fuera: la tabla de tipos de cambio no tiene un tipo para ellos. Añade uno abajo.
workplace-indicator = Indicador
workplace-network-benchmark = Benchmark: los demás sin su nombre
workplace-network-side-by-side = Uno junto a otro
workplace-network-no-indicators = No hay indicadores elegidos.
workplace-rate-table = La tabla de tipos de cambio
workplace-currency = Moneda
workplace-units-a-euro-buys = Unidades por euro
workplace-set-by = Fijado por
workplace-set-on = El
workplace-no-rates = Todavía no hay tipos: los importes en euros no los necesitan.
workplace-what-to-compare = Qué comparar
workplace-show = Mostrar
workplace-year-or-quarter = Año o trimestre
workplace-indicators = Indicadores
workplace-benchmark-for = Benchmark para
workplace-every-cluster-by-name = Todos los clústeres con su nombre
workplace-benchmark-hint = Muestra un clúster con su nombre y los demás como Clúster A, B, … en el orden de su primer valor.
workplace-set-a-rate = Fijar un tipo de cambio
workplace-currency-hint = Código ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Unidades por un euro
workplace-per-euro-hint = 4.265 o 4,265.
workplace-rate-set = El tipo de cambio de { $currency } está fijado.
workplace-sent-mail = Correo enviado
workplace-sent-mail-intro = Los últimos { $shown } mensajes: confirmaciones de inscripción, recordatorios y solicitudes de valoración. El correo espera en la bandeja de salida hasta que sale; lo que el servidor de correo rechaza se reintenta, { $attempts } veces en total. Las horas están en { $zone }.
workplace-mail-not-set-up = El correo no está configurado, así que no se pone nada en cola ni se envía: define CLUSTERDESK_SMTP_URL y CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Enviado el { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Abandonado tras { $count } intento
       *[other] Abandonado tras { $count } intentos
    }
workplace-mail-waiting = Esperando para salir
workplace-mail-refused =
    { $count ->
        [one] Rechazado { $count } vez
       *[other] Rechazado { $count } veces
    }
workplace-mail-next-try = próximo intento { $moment }
workplace-messages = Mensajes
workplace-queued = En cola desde
workplace-to = Para
workplace-subject = Asunto
workplace-about = Motivo
workplace-last-error = Último error
workplace-no-mail-yet = Todavía no se ha puesto ningún correo en cola.

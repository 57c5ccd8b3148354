# Correo que clusterdesk escribe a socios y visitantes, en su idioma.
mail-reminder-subject = Recordatorio: la factura { $number } de { $cluster } lleva { $count ->
        [one] { $count } día vencida
       *[other] { $count } días vencida
    }
mail-reminder-greeting = Estimados compañeros de { $customer }:
mail-reminder-overdue = nuestra factura { $number } del { $issued } por { $gross } vencía el { $due } y lleva { $count ->
        [one] { $count } día
       *[other] { $count } días
    } vencida. Quedan pendientes { $owed }.
mail-reminder-pay-to-iban = Les rogamos que la transfieran al IBAN { $iban }, con la referencia { $number }.
mail-reminder-pay = Les rogamos que la abonen con la referencia { $number }.
mail-reminder-disregard = Si la han pagado en los últimos días, muchas gracias, y no tengan en cuenta este mensaje.
mail-reminder-regards = Un cordial saludo,
mail-hello-name = Hola, { $name }:
mail-hello = Hola:
# La inscripción de un visitante desde la página pública de un evento.
mail-request-subject = Confirme su inscripción: { $title }
mail-request-asked = Alguien, esperamos que usted, ha solicitado inscribir esta dirección de correo electrónico en «{ $title }» ({ $when }).
mail-request-link = Para confirmarla, abra este enlace y pulse el botón que encontrará allí:
mail-request-ignore = Si no ha sido usted, ignore este correo: sin la confirmación no se registra ninguna inscripción.
mail-declined-subject = Su inscripción: { $title }
mail-declined-text = Lamentablemente, el equipo no ha podido aceptar su inscripción en «{ $title }» ({ $when }). Si cree que se trata de un error, le rogamos que nos escriba.
mail-already-subject = Inscripción ya registrada: { $title }
mail-already-text = Esta dirección ya estaba inscrita en «{ $title }» ({ $when }): no ha cambiado nada. La confirmación que le enviamos entonces contiene su enlace personal.
mail-waitlisted-subject = Lista de espera: { $title }
mail-waitlisted-opening = El evento está completo, así que su inscripción ha quedado en la lista de espera. Si queda libre una plaza, será para usted y le escribiremos.
mail-registered-subject = Inscripción confirmada: { $title }
mail-registered-opening = Su inscripción está confirmada. Encontrará el evento en el archivo de calendario adjunto.
mail-agenda = Programa
mail-registration-cost = La inscripción cuesta { $amount }, impuestos incluidos; a continuación recibirá nuestra factura { $number }. Si cancela, se le abonará íntegramente.
mail-nothing-invoiced-while-waiting = No se factura nada mientras está en lista de espera; la factura llega con la plaza.
mail-cancel-here = Si no puede asistir, cancele aquí su inscripción para que otra persona pueda ocupar su plaza:
mail-seat-subject = Tiene plaza: { $title }
mail-seat-freed = Ha quedado libre una plaza y es para usted: su inscripción en «{ $title }» ({ $when }) está confirmada.
mail-seat-invoice = Su factura { $number } por { $amount } se rige por las condiciones del evento.
# La opinión tras un evento.
mail-feedback-subject = ¿Qué le ha parecido «{ $title }»?
mail-feedback-ask = Gracias por asistir a «{ $title }». Un minuto de su tiempo nos ayudará a saber qué mantener y qué cambiar:
# La invitación a una encuesta y su recordatorio.
mail-survey-anonymous = La encuesta es anónima: sus respuestas se guardan sin su nombre, su correo electrónico ni este enlace.
mail-survey-named = Sus respuestas se guardan con su nombre y el de su organización, para el equipo del clúster.
mail-survey-reminder = Le recordamos que aún no hemos recibido sus respuestas. Este enlace sustituye al de nuestro primer mensaje; lo que ya haya guardado se conserva.
mail-survey-asks = El clúster desea conocer su opinión.
mail-survey-reminder-subject = Recordatorio: { $title }
mail-survey-link-yours = El enlace es personal e intransferible; se aceptan respuestas hasta el { $closes }.
# Las personas y sus cuentas.
mail-role-manager = gerente del clúster
mail-role-staff = equipo
mail-role-board = junta directiva
mail-invitation-subject = Invitación a { $cluster } en clusterdesk
mail-invitation-text = { $who } le invita a unirse a { $cluster } en clusterdesk, con el rol «{ $role }».
mail-invitation-link = Para empezar, elija aquí su contraseña (el enlace es válido una sola vez durante { $count ->
        [one] { $count } día
       *[other] { $count } días
    }):
mail-invitation-ignore = Si no esperaba este mensaje, puede ignorarlo.
mail-new-role-subject = Ya tiene acceso a { $cluster } en clusterdesk
mail-new-role-text = { $who } le ha asignado en clusterdesk el rol «{ $role }» en { $cluster }. Inicie sesión como de costumbre; el clúster está aquí:
mail-reset-subject = Restablecimiento de su contraseña de clusterdesk
mail-reset-text = Alguien ha solicitado restablecer la contraseña de su cuenta de clusterdesk ({ $email }). Elija aquí una nueva contraseña (el enlace es válido una sola vez durante { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }):
mail-reset-ignore = Si no ha sido usted, ignore este mensaje: su contraseña sigue siendo la misma.

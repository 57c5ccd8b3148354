log-in = Iniciar sesión
email = Correo electrónico
password = Contraseña
forgot-password = ¿Has olvidado tu contraseña?

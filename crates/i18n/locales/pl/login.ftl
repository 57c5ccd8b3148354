log-in = Zaloguj się
email = E-mail
password = Hasło
forgot-password = Nie pamiętasz hasła?

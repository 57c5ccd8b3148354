log-in = Anmelden
email = E-Mail
password = Passwort
forgot-password = Passwort vergessen?

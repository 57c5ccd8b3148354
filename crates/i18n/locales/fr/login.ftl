log-in = Se connecter
email = E-mail
password = Mot de passe
forgot-password = Mot de passe oublié ?

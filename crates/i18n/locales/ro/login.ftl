log-in = Autentificare
email = E-mail
password = Parolă
forgot-password = Ai uitat parola?

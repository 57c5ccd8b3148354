log-in = Accedi
email = Email
password = Password
forgot-password = Password dimenticata?

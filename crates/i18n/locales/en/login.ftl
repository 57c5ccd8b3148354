log-in = Log in
email = Email
password = Password
forgot-password = Forgot your password?

log-in = Увійти
email = Електронна пошта
password = Пароль
forgot-password = Забули пароль?

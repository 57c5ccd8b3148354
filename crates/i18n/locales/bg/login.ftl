log-in = Вход
email = Имейл
password = Парола
forgot-password = Забравена парола?

skip-to-content = Перейти до змісту
menu = Меню
switch-cluster = Змінити кластер
all-clusters = Усі кластери…
search = Пошук
search-placeholder = Пошук…
your-account-title = Ваш обліковий запис: пароль, сеанси, API-токени
log-out = Вийти
modules = Модулі
nav-home = Головна
nav-overview = Огляд
nav-organisations = Організації
nav-contacts = Контакти
nav-events = Події
nav-engagement = Залученість
nav-strategy = Стратегія
nav-projects = Проєкти
nav-services = Послуги
nav-surveys = Опитування
nav-economics = Фінанси
nav-monitoring = Моніторинг
nav-members = Члени
nav-invoices = Рахунки
nav-my-tasks = Мої завдання
tasks-overdue =
    { $count ->
        [one] { $count } прострочене
        [few] { $count } прострочені
       *[other] { $count } прострочених
    }
nav-segments = Сегменти
nav-duplicates = Дублікати
nav-imports = Імпорт
nav-value-chain = Ланцюг вартості
nav-interview-templates = Шаблони інтерв’ю
nav-people = Люди

skip-to-content = Към съдържанието
menu = Меню
switch-cluster = Смяна на клъстер
all-clusters = Всички клъстери…
search = Търсене
search-placeholder = Търсене…
your-account-title = Вашият профил: парола, сесии, API ключове
log-out = Изход
modules = Модули
nav-home = Начало
nav-overview = Преглед
nav-organisations = Организации
nav-contacts = Контакти
nav-events = Събития
nav-engagement = Ангажираност
nav-strategy = Стратегия
nav-projects = Проекти
nav-services = Услуги
nav-surveys = Анкети
nav-economics = Финанси
nav-monitoring = Мониторинг
nav-members = Членове
nav-invoices = Фактури
nav-my-tasks = Моите задачи
tasks-overdue =
    { $count ->
        [one] { $count } просрочена
       *[other] { $count } просрочени
    }
nav-segments = Сегменти
nav-duplicates = Дубликати
nav-imports = Импорти
nav-value-chain = Верига на стойността
nav-interview-templates = Шаблони за интервюта
nav-people = Хора

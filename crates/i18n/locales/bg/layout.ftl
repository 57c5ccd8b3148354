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

## Проблеми: какво казва отговор, който отказва заявка (документите за проблеми на API и страниците за грешки).
problem-title-400 = Невалидна заявка
problem-title-401 = Не сте влезли
problem-title-403 = Не е разрешено
problem-title-404 = Не е намерено
problem-title-409 = Конфликт
problem-title-413 = Твърде голям обем
problem-title-422 = Не може да бъде прието
problem-title-429 = Твърде много заявки
problem-title-500 = Грешка на сървъра
problem-not-found = Не може да се намери: { $what }.
problem-forbidden = Ролята Ви в този клъстер не позволява това: { $reason }.
problem-forbidden-reading = четене
problem-forbidden-edit = за промяна на записи е нужна роля „екип“ или „мениджър на клъстера“
problem-forbidden-manage = за това е нужна роля „мениджър на клъстера“
problem-forbidden-rate-table = таблицата с курсове на мрежата се поддържа от администраторите на мрежата
problem-forbidden-taxonomy = таксономията на мрежата се поддържа от администраторите на мрежата
problem-forbidden-network-view = изгледът на мрежата е само за администраторите на мрежата
problem-bad-credentials = Имейлът или паролата са грешни.
problem-too-many-attempts =
    { $minutes ->
        [one] Твърде много неуспешни опити за вход; опитайте отново след { $minutes } минута.
       *[other] Твърде много неуспешни опити за вход; опитайте отново след { $minutes } минути.
    }
problem-rate-limited =
    { $minutes ->
        [one] Твърде много заявки от Вашия адрес или за това събитие; опитайте отново след { $minutes } минута.
       *[other] Твърде много заявки от Вашия адрес или за това събитие; опитайте отново след { $minutes } минути.
    }
problem-token-unknown = API ключът е непознат или отменен.
problem-token-missing = Изпратете API ключ като 'Authorization: Bearer TOKEN' (създайте такъв с 'clusterdesk token create').
problem-server = Нещо се обърка на сървъра. Грешката е записана; моля, опитайте отново.

## Какво може да търси една заявка, без да го намери (в `problem-not-found`).
resource-api-token = API ключ
resource-action-line = направление за действие
resource-calendar = календар
resource-campaign = кампания
resource-challenge = предизвикателство
resource-cluster = клъстер
resource-contact-with-that-email = контакт с този имейл
resource-contact = контакт
resource-consent = съгласие
resource-current-consent = действащо съгласие
resource-delivery = предоставяне
resource-event-series = поредица от събития
resource-event = събитие
resource-evidence = доказателство
resource-file = файл
resource-group-membership = участие в група
resource-idea = идея
resource-import = импорт
resource-indicator-set = набор от индикатори
resource-indicator = индикатор
resource-interaction = взаимодействие
resource-invoice = фактура
resource-ledger-line = счетоводен ред
resource-line = ред
resource-membership-type = вид членство
resource-membership = членство
resource-milestone = ключов етап
resource-offer-or-need = предложение или нужда
resource-organisation = организация
resource-organisation-challenge-interaction-or-working-group = организация, предизвикателство, взаимодействие или работна група
resource-page = страница
resource-partner-cluster = партньорски клъстер
resource-payment = плащане
resource-person = лице
resource-project-or-organisation = проект или организация
resource-project-part = част от проекта
resource-project = проект
resource-question = въпрос
resource-questionnaire = въпросник
resource-record = запис
resource-registration-on-the-waiting-list = регистрация в списъка на чакащите
resource-registration-request = заявка за регистрация
resource-registration = регистрация
resource-resource = ресурс
resource-review-of-figures = преглед на данни
resource-review = преглед
resource-role-in-that-cluster = роля в този клъстер
resource-scenario = сценарий
resource-section = раздел
resource-segment = сегмент
resource-series = поредица
resource-service-or-organisation = услуга или организация
resource-service = услуга
resource-session = сесия
resource-staff-member = служител
resource-strategy = стратегия
resource-survey-link = линк към анкета
resource-tag = етикет
resource-task = задача
resource-unmatched-payment = неразпределено плащане
resource-upload = качен файл
resource-user = потребител
resource-value = стойност
resource-working-group-or-contact = работна група или контакт
resource-working-group = работна група
resource-year = година

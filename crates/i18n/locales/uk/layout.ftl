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

## Проблеми: що каже відповідь, яка відхиляє запит (документи проблем API і сторінки помилок).
problem-title-400 = Некоректний запит
problem-title-401 = Вхід не виконано
problem-title-403 = Не дозволено
problem-title-404 = Не знайдено
problem-title-409 = Конфлікт
problem-title-413 = Завеликий обсяг
problem-title-422 = Неможливо прийняти
problem-title-429 = Забагато запитів
problem-title-500 = Помилка сервера
problem-not-found = Не знайдено: { $what }.
problem-forbidden = Ваша роль у цьому кластері цього не дозволяє: { $reason }.
problem-forbidden-reading = читання
problem-forbidden-edit = для зміни записів потрібна роль «команда» або «менеджер кластера»
problem-forbidden-manage = для цього потрібна роль «менеджер кластера»
problem-forbidden-rate-table = таблицю курсів мережі ведуть адміністратори мережі
problem-forbidden-taxonomy = таксономію мережі ведуть адміністратори мережі
problem-forbidden-network-view = огляд мережі доступний лише адміністраторам мережі
problem-bad-credentials = Неправильна електронна адреса або пароль.
problem-too-many-attempts =
    { $minutes ->
        [one] Забагато невдалих спроб входу; спробуйте ще раз через { $minutes } хвилину.
        [few] Забагато невдалих спроб входу; спробуйте ще раз через { $minutes } хвилини.
        [many] Забагато невдалих спроб входу; спробуйте ще раз через { $minutes } хвилин.
       *[other] Забагато невдалих спроб входу; спробуйте ще раз через { $minutes } хвилини.
    }
problem-rate-limited =
    { $minutes ->
        [one] Забагато запитів з Вашої адреси або щодо цієї події; спробуйте ще раз через { $minutes } хвилину.
        [few] Забагато запитів з Вашої адреси або щодо цієї події; спробуйте ще раз через { $minutes } хвилини.
        [many] Забагато запитів з Вашої адреси або щодо цієї події; спробуйте ще раз через { $minutes } хвилин.
       *[other] Забагато запитів з Вашої адреси або щодо цієї події; спробуйте ще раз через { $minutes } хвилини.
    }
problem-token-unknown = API-токен невідомий або відкликаний.
problem-token-missing = Надішліть API-токен як 'Authorization: Bearer TOKEN' (створіть його командою 'clusterdesk token create').
problem-server = На сервері сталася помилка. Її записано в журнал; спробуйте ще раз.

## Що запит може шукати й не знайти (у `problem-not-found`).
resource-api-token = API-токен
resource-action-line = напрям дій
resource-calendar = календар
resource-campaign = кампанія
resource-challenge = виклик
resource-cluster = кластер
resource-contact-with-that-email = контакт із такою електронною адресою
resource-contact = контакт
resource-consent = згода
resource-current-consent = чинна згода
resource-delivery = надання послуги
resource-event-series = цикл подій
resource-event = подія
resource-evidence = підтвердження
resource-file = файл
resource-group-membership = участь у групі
resource-idea = ідея
resource-import = імпорт
resource-indicator-set = набір індикаторів
resource-indicator = індикатор
resource-interaction = взаємодія
resource-invoice = рахунок
resource-ledger-line = бухгалтерський запис
resource-line = рядок
resource-membership-type = тип членства
resource-membership = членство
resource-milestone = контрольна точка
resource-offer-or-need = пропозиція чи потреба
resource-organisation = організація
resource-organisation-challenge-interaction-or-working-group = організація, виклик, взаємодія або робоча група
resource-page = сторінка
resource-partner-cluster = партнерський кластер
resource-payment = платіж
resource-person = особа
resource-project-or-organisation = проєкт або організація
resource-project-part = складова проєкту
resource-project = проєкт
resource-question = питання
resource-questionnaire = анкета
resource-record = запис
resource-registration-on-the-waiting-list = реєстрація у списку очікування
resource-registration-request = заявка на реєстрацію
resource-registration = реєстрація
resource-resource = ресурс
resource-review-of-figures = перевірка даних
resource-review = перевірка
resource-role-in-that-cluster = роль у цьому кластері
resource-scenario = сценарій
resource-section = розділ
resource-segment = сегмент
resource-series = цикл
resource-service-or-organisation = послуга або організація
resource-service = послуга
resource-session = сеанс
resource-staff-member = працівник
resource-strategy = стратегія
resource-survey-link = посилання на опитування
resource-tag = мітка
resource-task = завдання
resource-unmatched-payment = нерозподілений платіж
resource-upload = завантажений файл
resource-user = користувач
resource-value = значення
resource-working-group-or-contact = робоча група або контакт
resource-working-group = робоча група
resource-year = рік

## Organisations: list, record, form.
organisations-chip-name = Назва містить «{ $text }»
organisations-chip-country = Країна: { $country }
organisations-chip-kind = Тип: { $kind }
organisations-chip-size = Розмір: { $size }
organisations-chip-tag = Мітка: { $tag }
organisations-archived = Архівні
organisations-current = Поточні
organisations-name = Назва
organisations-country = Країна
organisations-employees = Працівники
organisations-size = Розмір
organisations-new = Нова організація
organisations-import = Імпортувати
organisations-export-csv = Експорт у CSV
organisations-export-xlsx = Експорт у XLSX
organisations-save-as-segment = Зберегти як сегмент
organisations-search-by-name = Пошук за назвою
organisations-any-country = Будь-яка країна
organisations-any-kind = Будь-який тип
organisations-size-class = Категорія розміру
organisations-any-size = Будь-який розмір
organisations-tag = Мітка
organisations-any-tag = Будь-яка мітка
organisations-empty-filtered = Жодна організація не відповідає цим фільтрам. Приберіть фільтр, щоб побачити більше.
organisations-empty-can-edit = Організацій ще немає. Створіть організацію або імпортуйте файл CSV.
organisations-empty = Організацій ще немає.
organisations-count =
    { $count ->
        [one] { $count } організація
        [few] { $count } організації
        [many] { $count } організацій
       *[other] { $count } організації
    }
organisations-nace-code = Код NACE Rev. 2
organisations-nace-code-hint = Наприклад, 29.10 або C29.10.
organisations-employees-hint = Кількість працівників; разом з обігом визначає категорію розміру за критеріями ЄС.
organisations-turnover = Річний обіг
organisations-turnover-hint = У { $currency }, у форматі 1234567.89.
organisations-balance-sheet-total = Валюта балансу
organisations-in-currency = У { $currency }.
organisations-street = Вулиця і номер будинку
organisations-street-hint = Поштова адреса друкується в рахунках організації.
organisations-postcode = Поштовий індекс
organisations-city = Місто
organisations-region = Регіон
organisations-not-known = (невідомо)
organisations-vat-id = Номер платника ПДВ
organisations-vat-id-hint = З префіксом країни, наприклад ESB12345678.
organisations-general-email = Загальна електронна адреса
organisations-general-email-hint = Адреса організації, наприклад info@; адреси людей належать до її контактів.
organisations-phone = Телефон
organisations-website = Вебсайт
organisations-create = Створити організацію
organisations-save = Зберегти
organisations-created = Створено: { $name }.
organisations-position = Посада
organisations-contacts-section = Контакти ({ $count })
organisations-no-contacts = В цієї організації ще немає контактів.
organisations-add-contact = Додати контакт
organisations-archived-on = Цю організацію архівовано { $day }.
organisations-enterprise-micro = Мікропідприємство
organisations-enterprise-small = Мале підприємство
organisations-enterprise-medium = Середнє підприємство
organisations-enterprise-large = Велике підприємство
organisations-eu-size-class = Категорія розміру за ЄС
organisations-nace-rev-2 = NACE Rev. 2
organisations-nace-section = { $code } (секція { $section })
organisations-address = Адреса
organisations-created-on = Створено
organisations-last-changed = Остання зміна
organisations-edit-name = Редагування: { $name }
organisations-edit = Редагувати організацію
## Contacts: list, record, form, a person's history.
contacts-chip-text = Ім’я або електронна адреса містить «{ $text }»
contacts-chip-one-organisation = Одна організація
contacts-archived = Архівні
contacts-current = Поточні
contacts-new = Новий контакт
contacts-search = Пошук за ім’ям або електронною адресою
contacts-empty-filtered = Жоден контакт не відповідає цим фільтрам. Приберіть фільтр, щоб побачити більше.
contacts-empty = Контактів ще немає. Додайте людей зі сторінки їхньої організації або створіть контакт тут.
contacts-count =
    { $count ->
        [one] { $count } контакт
        [few] { $count } контакти
        [many] { $count } контактів
       *[other] { $count } контакту
    }
contacts-choose-organisation = Виберіть організацію
contacts-phone-hint = З кодом країни, наприклад +34 944 000 000.
contacts-position-hint = Наприклад, генеральний директор, керівник R&D або менеджер з експорту.
contacts-roles = Ролі в кластері
contacts-roles-hint = Наприклад, член правління; робоча група з мобільності.
contacts-billing-contact = Контакт для рахунків: рахунки та нагадування про оплату надходять цій особі
contacts-billing-hint = Якщо контакту для рахунків немає, нагадування надходять кожному контакту організації, що має адресу.
contacts-billing-suggestion = Посада «{ $position }» схожа на фінансову: позначте це поле, якщо рахунки мають надходити цій особі.
contacts-create = Створити контакт
contacts-added = Додано: { $name }.
contacts-edit = Редагувати контакт
contacts-archived-on = Цей контакт архівовано { $day }.
contacts-event-cancelled = подію скасовано
contacts-still-in-it = досі в групі
contacts-survey-anonymous = анонімне: відповіді не пов’язані з людьми
contacts-survey-answered = відповідь надано
contacts-survey-not-answered = без відповіді
contacts-events-section = Події ({ $count }, відвідано: { $came })
contacts-event = Подія
contacts-day = День
contacts-registration = Реєстрація
contacts-attendance = Відвідування
contacts-no-registrations = Реєстрацій немає.
contacts-interactions-section = Взаємодії ({ $count })
contacts-subject = Тема
contacts-with = З ким
contacts-no-interactions = Взаємодій з цією особою немає.
contacts-groups-section = Робочі групи ({ $count })
contacts-group = Група
contacts-joined = Приєднання
contacts-left = Вихід
contacts-no-groups = Не входить до жодної робочої групи.
contacts-surveys-section = Опитування ({ $count })
contacts-survey = Опитування
contacts-sent = Надіслано
contacts-answer = Відповідь
contacts-no-surveys = Опитувань не надсилали.
contacts-membership-of = Членство: { $organisation }
contacts-organisation-page = Сторінка організації
contacts-section-of = { $section }: { $organisation }
## Tags and segments.
segments-tags = Мітки
segments-remove = Прибрати
segments-no-tags = Міток немає.
segments-add-tag = Додати мітку
segments-tag-heading = Мітки: { $name }
segments-tag-hint = Наприклад: член правління, МСП, експортер.
segments-tags-in-use = Уже використовуються: { $tags }.
# The words of a segment's description, each followed by the value chosen: "name contains Acme, country ES".
segments-describe-name = назва містить
segments-describe-country = країна
segments-describe-kind = тип
segments-describe-size = розмір
segments-describe-tag = мітка
segments-describe-status = статус
segments-all-current = усі поточні організації
segments-save-heading = Зберегти фільтр як сегмент
segments-save = Зберегти сегмент
segments-name-hint = Наприклад: МСП у сфері мобільності без проєкту.
segments-selects = Сегмент вибирає { $selection } у тому стані, який вони мають під час кожного використання.
segments-new = Новий сегмент
segments-saved = Сегмент збережено.
segments-intro = Фільтри організацій, збережені під назвою. Сегмент обчислюється заново щоразу, коли його використовують: для списків, експорту, розсилок і опитувань.
segments-intro-save = Збережіть сегмент зі списку організацій кнопкою «Зберегти як сегмент».
segments-empty = Сегментів ще немає. Відфільтруйте список організацій, а потім збережіть фільтр як сегмент.
segments-segment = Сегмент
segments-selects-column = Вибирає
segments-export = Експорт
segments-organisations-csv = Організації (CSV)
segments-contacts-vcard = Контакти (vCard)
segments-delete-confirm = Видалити сегмент { $name }? Жодна організація не зміниться.
segments-delete = Видалити
## Likely duplicates and their merge.
duplicates-heading = Імовірні дублікати
duplicates-merge = Об’єднати
duplicates-which-membership = Яке членство залишається?
duplicates-keep-one-membership = Залишити одне членство
duplicates-membership-that-stays = Членство, що залишається
duplicates-merge-confirm = Об’єднати й завершити друге членство сьогодні?
duplicates-merged = Об’єднано в запис: { $name }.
duplicates-intro = Організації з тим самим номером платника ПДВ або з тією самою назвою без урахування регістру, діакритики й організаційно-правових форм (S.L., GmbH, sp. z o.o. ...);
duplicates-intro-contacts = контакти з тією самою електронною адресою. Об’єднання зберігає вибраний запис, переносить на нього все, що пов’язане з іншим, заповнює його порожні поля й архівує інший.
duplicates-empty = Імовірних дублікатів немає. Пошук виконується щоразу, коли відкривається ця сторінка.
duplicates-sure = Імовірність
duplicates-one = Перший
duplicates-other = Другий
duplicates-why = Чому
duplicates-keep-confirm = Залишити запис «{ $keep }» і приєднати до нього «{ $merge }»?
duplicates-keep-one = Залишити цей
duplicates-keep-other = Залишити інший
## A contact's consents, the export of their personal data, and their erasure (GDPR).
gdpr-export = Експортувати персональні дані (JSON)
gdpr-erase-this-person = Стерти дані цієї особи…
gdpr-consents = Згоди
gdpr-channel = Канал
gdpr-purpose = Мета
gdpr-given = Надано
gdpr-how = Як
gdpr-state = Стан
gdpr-withdrawn-on = відкликано { $day }
gdpr-withdraw = Відкликати
gdpr-state-given = надано
gdpr-source-recorded-by = { $source } (записав: { $by })
gdpr-no-consent = Згоди не записано: не надсилайте цій особі розсилок.
gdpr-record-consent = Записати згоду
gdpr-personal-data = Персональні дані
gdpr-what = Що
gdpr-by = Хто
gdpr-when = Коли
gdpr-nothing-done = Досі не експортувалися й не стиралися.
gdpr-purpose-hint = Наприклад, інформаційний бюлетень, запрошення на події або опитування.
gdpr-given-on = Дата надання
gdpr-how-and-where = Як і де
gdpr-how-and-where-hint = Наприклад: форма реєстрації на щорічні збори 2026 року; підписана паперова форма.
gdpr-consent-of = Згода: { $name }
gdpr-erase-a-person = Стерти дані особи
gdpr-erase-question = Стерти дані: { $name }?
gdpr-erase-removes = Буде видалено все, що ідентифікує особу { $name } ({ $organisation }): ім’я, електронну адресу, телефон, посаду, ролі та згоди.
gdpr-erase-what-stays = Взаємодії та завдання залишаються, щоб підрахунки були правильними, але показують «Стерта особа». Стирання фіксується.
gdpr-erase-cannot-be-undone = Його не можна скасувати.
gdpr-erase-export-first = Спершу експортуйте дані особи, якщо вона просила копію.
gdpr-erase-name = Стерти дані: { $name }
## Imports: upload, the plan of an import, past imports.
imports-target-organisations = організації
imports-target-contacts = контакти
imports-target-memberships = членства
imports-target-invoices = неоплачені рахунки
imports-target-ledger = бухгалтерські записи
imports-target-survey-answers = відповіді на опитування
imports-ledger-managers-only = Бухгалтерські записи імпортує лише менеджер кластера.
imports-choose-file = Виберіть файл для завантаження.
imports-unreadable = Цей файл неможливо прочитати: { $message }.
imports-leave-out = (пропустити)
imports-action-new = новий
imports-action-update = оновлення
imports-action-unchanged = без змін
imports-action-rejected = відхилено
imports-row-changes = змінює { $fields }
imports-match-organisations = Наявні організації шукають за номером платника ПДВ, інакше за назвою та країною; їх оновлюють, і порожня клітинка ніколи не стирає збереженого значення.
imports-match-contacts = Наявні контакти шукають за електронною адресою, інакше за ім’ям у тій самій організації; їх оновлюють, і порожня клітинка ніколи не стирає збереженого значення.
imports-match-memberships = Уже записане членство (та сама організація, тип і початок) залишається без змін; організація одночасно має лише одне незавершене членство.
imports-match-invoices = Уже записаний під своїм номером рахунок залишається без змін. Переноситься лише те, що клієнти ще винні: повністю оплачені рахунки та кредит-ноти залишаються в старій системі, а сплачене записується як один платіж на дату рахунку.
imports-match-survey-answers = Кожен рядок — це відповіді одного респондента, перевірені так само, як на сторінці відповіді (обов’язкове питання може лишитися порожнім). Рядок, який уже приніс імпорт (ті самі клітинки), залишається без змін, тож файл, імпортований двічі, рахується один раз; двоє людей, що відповіли однаково, — це дві відповіді. Імпортовані відповіді враховуються в результатах, але не в рівні відповідей, і скасовуються разом на сторінці попередніх імпортів.
imports-match-ledger = Рядок, який уже є в обліку (однаковий у кожному полі), залишається без змін, тож файл, імпортований двічі, рахується один раз. Фактичні гранти на проєкти беруться з проєктів, фактичні внески й послуги року з рахунками — з рахунків, а витрати на персонал року з командою — з команди: такі рядки відхиляються. Витрата, записана від’ємною сумою, рахується як витрата.
imports-rows =
    { $count ->
        [one] { $count } рядок
        [few] { $count } рядки
        [many] { $count } рядків
       *[other] { $count } рядка
    }
imports-imported = Імпортовано: створено { $created }, оновлено { $updated }, без змін { $unchanged }
imports-rows-heading = Рядки: нових { $created }, оновлених { $updated }, без змін { $unchanged }, відхилених { $rejected }
imports-commit-valid = Імпортувати правильні рядки: нових { $created }, оновлених { $updated }; пропустити { $rows }
imports-hidden-rows =
    { $count ->
        [one] Ще { $count } рядок не показано; проблеми завжди йдуть першими.
        [few] Ще { $count } рядки не показано; проблеми завжди йдуть першими.
        [many] Ще { $count } рядків не показано; проблеми завжди йдуть першими.
       *[other] Ще { $count } рядка не показано; проблеми завжди йдуть першими.
    }
imports-answers = Імпорт відповідей
imports-answers-into = Імпорт відповідей до кампанії { $campaign }
imports-answers-intro = Відповіді, надані в іншому інструменті, у тому вигляді, в якому їх експортує вебформа чи сервіс опитувань: один рядок на респондента, одна колонка на питання (його ключ або текст як заголовок; твердження матриці у вигляді 'Питання [Твердження]') і, якщо файл їх містить, час відповіді та організація чи електронна адреса респондента.
imports-answers-intro-anonymous = Відповіді, надані в іншому інструменті, у тому вигляді, в якому їх експортує вебформа чи сервіс опитувань: один рядок на респондента, одна колонка на питання (його ключ або текст як заголовок; твердження матриці у вигляді 'Питання [Твердження]') і, якщо файл їх містить, час відповіді та організація чи електронна адреса респондента (не зчитуються: кампанія анонімна).
imports-past = Попередні імпорти
imports-undone = скасовано { $day }, скасував: { $by }
imports-undone-notice = Імпорт файлу { $file } скасовано.
imports-past-intro = Кожен імпорт, що щось записав, від найновішого. «Скасувати» відкочує імпорт повністю.
imports-new = Новий імпорт
imports-empty = Імпортів ще немає.
imports-file = Файл
imports-of = Що
imports-created = Створено
imports-updated = Оновлено
imports-unchanged = Без змін
imports-undo-confirm = Скасувати імпорт файлу { $file }? Створене ним буде видалено, а змінене — повернуто.
imports-undo = Скасувати
imports-in-place = чинний
imports-upload-intro = Файл CSV (коми, крапки з комою або табуляції; UTF-8 або Windows-1252) чи книга Excel (XLSX, перший аркуш),
imports-upload-intro-next = перший рядок якої називає колонки. Ви побачите вміст файлу й виберете, куди йде кожна колонка, перш ніж щось буде збережено.
imports-target-hint = Контакти, членства й неоплачені рахунки називають свою організацію (за номером платника ПДВ або назвою): спершу імпортуйте організації, потім членства, а вже після них рахунки за внески, що до них належать.
imports-at-most = Не більше { $mib } МіБ.
imports-upload-and-check = Завантажити й перевірити
imports-plan-heading = Імпорт ({ $target }): { $file }
imports-left-out = пропущено: { $rows }
imports-undo-from = Увесь імпорт можна скасувати на сторінці
imports-past-link = попередні імпорти
imports-import-id = (імпорт { $id })
imports-rejected-file-hint = Відхилені рядки в тому вигляді, як у файлі, з колонкою, що пояснює причину: виправте їх і імпортуйте цей файл.
imports-download-rejected = Завантажити відхилені рядки (CSV)
imports-nothing-to-change = Нічого змінювати: кожен рядок збігається зі збереженим.
imports-file-error = { $error }. Виберіть для цього колонку нижче.
imports-rejected-notice = Неможливо імпортувати: { $rows } (див. нижче). Виправте файл або зіставте колонки інакше, чи імпортуйте зараз інші рядки й завантажте відхилені з причиною для кожного, щоб виправити їх та імпортувати знову.
imports-columns = Колонки
imports-column-in-file = Колонка у файлі
imports-first-value = Перше значення
imports-goes-to = Куди йде
imports-values = Власні значення файлу, що читаються як наші
imports-values-hint = По одному в рядку, наприклад
imports-values-hint-end = : поле, значення у файлі та наше.
imports-check-again = Перевірити знову
imports-commit = Імпортувати: нових { $created }, оновлених { $updated }
imports-line = Рядок
imports-record = Запис
imports-what-happens = Що станеться
imports-details = Подробиці

organisations-document-language = Мова рахунків і нагадувань
organisations-language-of-cluster = { $language } (мова кластера)
organisations-document-language-hint = Рахунки, кредит-ноти й нагадування про оплату для цієї організації складаються цією мовою.
organisations-language-of = Мова рахунків і нагадувань: { $name }
organisations-language-set = Рахунки й нагадування тепер складаються мовою: { $language }.

## Import: the fields a column may go to, as the plan names them; a file's header that is one
## of these names in any of the nine languages goes to its field.
import-field-name = Назва
import-field-kind = Тип
import-field-nace-code = Код NACE
import-field-employees = Працівники
import-field-turnover = Обіг
import-field-balance-sheet-total = Валюта балансу
import-field-country = Країна
import-field-region = Регіон
import-field-vat-id = Номер платника ПДВ
import-field-website = Вебсайт
import-field-street = Адреса
import-field-postcode = Поштовий індекс
import-field-city = Місто
import-field-email = Електронна пошта
import-field-phone = Телефон
import-field-organisation = Організація
import-field-first-name = Ім’я
import-field-last-name = Прізвище
import-field-position = Посада
import-field-cluster-roles = Ролі в кластері
import-field-billing-contact = Контакт для рахунків
import-field-consent-channel = Канал згоди
import-field-consent-purpose = Мета згоди
import-field-consent-given-on = Дата надання згоди
import-field-membership-type = Тип членства
import-field-applied-on = Дата заяви
import-field-start = Початок
import-field-end = Завершення
import-field-status = Статус
import-field-number = Номер рахунку
import-field-date = Дата рахунку
import-field-due-date = Сплатити до
import-field-customer = Клієнт
import-field-tax = ПДВ
import-field-gross = Сума з ПДВ
import-field-currency = Валюта
import-field-paid = Сплачено
import-field-period = Період
import-field-description = Опис
import-field-year = Рік
import-field-basis = Бюджет чи факт
import-field-category = Категорія
import-field-amount = Сума
import-field-hours = Години
import-field-hourly-rate = Погодинна ставка
import-field-public = Публічне фінансування
import-field-recurring = Регулярний
import-field-project = Проєкт
import-field-submitted-on = Дата надсилання

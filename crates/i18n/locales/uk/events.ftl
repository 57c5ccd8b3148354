# Сторінки подій для команди (список, форма, сторінка події, реєстрація на вході, бейджі, цикли)
# і сторінки залученості (робочі групи, залученість за рік, відгуки).
events-seats-taken = Зайнято місць: { $taken } з { $capacity }; в очікуванні: { $waiting }
events-seats-no-limit = Зареєстровано: { $registered }, без обмеження місць
events-cancelled = Скасовано
events-past-events = Минулі події
events-list-subheading = Підпишіться на календарну стрічку в будь-якій програмі календаря, щоб бачити всі події.
events-new-event = Нова подія
events-coming-events = Майбутні події
events-calendar-feed = Календарна стрічка
events-sent-mail = Надіслані листи
events-new-series = Новий цикл
events-create-series = Створити цикл
events-title = Назва
events-description = Опис
events-time-zone = Часовий пояс
events-set-time-zone = Встановити часовий пояс
events-time-zone-field = Часовий пояс (назва з бази даних tz)
events-time-zone-hint = Час подій вказано в поясі { $zone }. Залиште порожнім, щоб використовувати пояс країни ({ $country_zone }).
events-visitors-registrations = Реєстрації відвідувачів
events-mail-not-set-up-hint = Пошту на цьому сервері не налаштовано: доти реєстрації чекають на команду.
events-public-registrations = Реєстрації з публічних сторінок
events-save = Зберегти
events-privacy-notice-address = Повідомлення про конфіденційність (вебадреса)
events-privacy-notice-hint = Кожна публічна форма посилається на нього: що кластер зберігає про відвідувачів, навіщо і як довго.
events-renew-feed = Дати стрічці нову адресу
events-renew-feed-confirm = Календарі, підписані на стару адресу, перестануть отримувати події. Дати стрічці нову адресу?
events-latest-first = Спершу найновіші
events-coming = Майбутні
events-event = Подія
events-seats = Місця
events-no-events = Тут немає подій.
events-series = Цикли
events-no-series = Немає циклів: цикл об’єднує заняття з датами, наприклад навчальну програму.
events-day = День
events-starts = Початок
events-ends = Кінець
events-place = Місце
events-place-hint = Для очної або гібридної події.
events-link-to-join = Посилання для участі
events-link-hint = Для онлайн- або гібридної події.
events-capacity-hint = Порожньо — без обмеження; коли місця закінчаться, люди потрапляють до списку очікування.
events-price-for-members-in = Ціна для членів ({ $currency })
events-price-for-others-in = Ціна для інших учасників ({ $currency })
events-empty-for-free = Порожньо — безкоштовно.
events-non-member-price-hint = Порожньо — безкоштовно. Платна реєстрація створює рахунок.
events-tax-rate = Ставка податку (%)
events-tax-rate-hint = Від цін, у рахунках за реєстрації. Порожньо або 0 — без податку.
events-calendar-agenda = Програма
events-agenda-hint = Один пункт у рядку: 09:30-10:15 Назва | Доповідач. Назва, що починається з «Break» або «Coffee», — це перерва.
events-save-event = Зберегти подію
events-created = Подію створено; її публічна сторінка приймає реєстрації.
events-cancelled-when = Скасовано · { $when }
events-check-in = Реєстрація на вході
events-calendar-file = Файл календаря
events-public-page = Публічна сторінка
events-attendees-csv = Учасники (CSV)
events-attendees-xlsx = Учасники (XLSX)
events-name-badges = Іменні бейджі
events-registration = Реєстрація
events-cancel-the-event = Скасувати подію
events-cancel-confirm = Скасувати цю подію? Вона залишиться в списку як скасована, а підписані календарі покажуть її скасованою.
events-part-of = Частина циклу
events-a-session-of = Заняття циклу
events-no-series-choice = (без циклу)
events-a-meeting-of = Засідання групи
events-no-group-choice = (без групи)
events-ask-those-who-came = Попросити відгук у присутніх
events-register-someone = Зареєструвати особу
events-register-button = Зареєструвати
events-email-of-the-person = Електронна адреса особи
events-register-someone-hint = Контакт кластера; отримає підтвердження зі своїм персональним посиланням.
events-email-the-registered = Написати зареєстрованим
events-mail-to = Кому
events-those-with-a-seat = Тим, хто має місце
events-those-with-a-seat-and-waiting = Тим, хто має місце, і тим, хто в очікуванні
events-mail-subject = Тема
events-mail-subject-hint = Назву події буде додано.
events-mail-message = Повідомлення
events-mail-ask = Надіслати це повідомлення всім вибраним? Кожен отримає власну копію; відповіді надходитимуть Вам.
events-give-a-seat = Надати місце
events-give-a-seat-confirm = Усі місця зайнято. Усе одно надати місце понад місткість? Особа: { $name }
events-new-review = нова: перевірити
events-cancel-registration = Скасувати
events-cancel-registration-confirm = Скасувати реєстрацію (особа: { $name })? Рахунок буде сторновано, а місце отримає перший у списку очікування.
events-a-contact-of = контакт організації { $organisation }
events-new-email = нова
events-accept = Прийняти
events-decline = Відхилити
events-registrations-to-check = Реєстрації на перевірку ({ $count })
events-person-as-typed = Особа, як введено
events-organisation-as-typed = Організація, як введено
events-the-email-is = Електронна адреса
events-waiting-for = Очікує
events-registrations-count = Реєстрації ({ $count })
events-person = Особа
events-came = Присутність
events-invoice = Рахунок
events-review = Перевірка
events-waiting-list = Список очікування
events-nobody-registered = Ще ніхто не зареєструвався.
events-cancelled-notice = Подію скасовано; рахунки за її реєстрації сторновано.
events-undo = Скасувати позначку
events-nobody-holds-a-seat = Ніхто не має місця.
events-nobody-matches = Немає збігів для «{ $search }».
events-check-in-heading = Реєстрація на вході: { $title }
events-check-in-tally = Прийшли: { $came } із { $registered } зареєстрованих · { $when }
events-check-in-opens = Реєстрація на вході відкривається в день події: { $day }.
events-back-to-the-event = Назад до події
events-find-a-person = Знайти особу
events-name-or-organisation = Ім’я або організація
events-recorded = Записано.
events-registration-cancelled = Реєстрацію скасовано (особа: { $name })
events-its-invoice-credited = ; рахунок сторновано
events-moved-up =
    { $count ->
        [one] ; { $count } особа переходить зі списку очікування на місце
        [few] ; { $count } особи переходять зі списку очікування на місця
        [many] ; { $count } осіб переходять зі списку очікування на місця
       *[other] ; { $count } особи переходять зі списку очікування на місця
    }
events-seat-given = Місце надано (особа: { $name }); повідомлення надіслано електронною поштою.
events-registered-already = Вже зареєстровано: { $who }; нічого не змінено.
events-who-is-registered = Зареєстровано: { $who }
events-who-is-waiting = Усі місця зайнято: { $who } — у списку очікування
events-invoice-issued = ; виставлено рахунок { $number }
events-confirmation-on-its-way = , підтвердження вже надсилається.
events-mail-sent =
    { $count ->
        [one] Повідомлення надсилається { $count } одержувачу.
        [few] Повідомлення надсилається { $count } одержувачам, кожному окремо.
        [many] Повідомлення надсилається { $count } одержувачам, кожному окремо.
       *[other] Повідомлення надсилається { $count } одержувача, кожному окремо.
    }
events-badges-intro =
    { $count ->
        [one] { $count } бейдж для тих, хто має місце, за прізвищем. Надрукуйте цю сторінку на A4 або збережіть її як PDF у вікні друку.
        [few] { $count } бейджі для всіх, хто має місце, за прізвищем. Надрукуйте цю сторінку на A4 або збережіть її як PDF у вікні друку.
        [many] { $count } бейджів для всіх, хто має місце, за прізвищем. Надрукуйте цю сторінку на A4 або збережіть її як PDF у вікні друку.
       *[other] { $count } бейджа для всіх, хто має місце, за прізвищем. Надрукуйте цю сторінку на A4 або збережіть її як PDF у вікні друку.
    }
events-nobody-has-a-seat = Ще ніхто не має місця.
events-feedback-asked =
    { $count ->
        [one] { $count } учасника попросили залишити відгук.
        [few] { $count } учасників попросили залишити відгук.
        [many] { $count } учасників попросили залишити відгук.
       *[other] { $count } учасника попросили залишити відгук.
    }
events-saved = Збережено.
events-time-zone-set = Час подій тепер вказано в поясі { $zone }.
events-public-registration-mail = Реєстрації відвідувачів: відвідувач підтверджує за посиланням, надісланим на вказану адресу.
events-public-registration-review = Реєстрації відвідувачів: команда приймає або відхиляє кожну.
events-accepted-told-by-mail = , особу повідомлено електронною поштою
events-accepted-mail-not-set-up = ; пошту не налаштовано, тож повідомте особу самостійно
events-accepted-already = Прийнято: особа вже була зареєстрована
events-accepted-waiting = Прийнято: усі місця зайнято, тож особа чекає на місце
events-accepted-registered = Прийнято: зареєстровано
events-declined = Відхилено: нічого не зареєстровано.
events-feed-renewed = Календарна стрічка має нову адресу: календарі, підписані на стару, перестануть отримувати події.
events-sessions-count = Заняття ({ $count })
events-series-session = Заняття
events-no-sessions = Ще немає занять: додайте події до циклу з їхніх сторінок.
attendance-attended = Присутність
attendance-no-show = Неявка
registration-check-mail = Відвідувач підтверджує за посиланням, надісланим на вказану адресу
registration-check-review = Команда приймає або відхиляє кожну
activity-events = Відвідані події
activity-working-groups = Робочі групи
activity-services = Отримані послуги
activity-surveys = Пройдені опитування
engagement-working-groups = Робочі групи
engagement-working-group = Робоча група
engagement-feedback = Відгуки
engagement-groups-subheading = Члени збираються навколо спільної теми; їхні засідання — це події, пов’язані з групою.
engagement-new-working-group = Нова робоча група
engagement-create-group = Створити групу
engagement-group-name = Назва
engagement-what-it-works-on = Чим займається
engagement-groups = Групи
engagement-group = Група
engagement-group-members = Учасники
engagement-no-working-groups = Ще немає робочих груп.
engagement-add-a-member = Додати учасника
engagement-add = Додати
engagement-email-of-the-contact = Електронна адреса контакту
engagement-from = З
engagement-left-on = вийшов { $day }
engagement-leaves = Виходить
engagement-group-members-count = Учасники ({ $count })
engagement-since = З
engagement-nobody-yet = Ще нікого.
engagement-meetings = Засідання
engagement-meeting = Засідання
engagement-registered = Зареєстровано
engagement-no-meetings = Ще немає засідань: пов’яжіть подію з групою на сторінці події.
engagement-give-the-email = вкажіть електронну адресу контакту
engagement-no-contact-with-email = жоден контакт кластера не має такої електронної адреси
engagement-joined = До групи приєдналася особа: { $name }.
engagement-person-left = Особа вийшла з групи.
engagement-of-year = Залученість { $year }
engagement-at-risk-explained = Під ризиком: члени, які сплачують внески, але не беруть участі.
engagement-active = Активні
engagement-at-risk = Під ризиком
engagement-new-not-yet-active = Нові, ще не активні
engagement-show = Показати
engagement-year = Рік
engagement-who = Хто
engagement-every-organisation = Усі організації
engagement-members-at-risk = Члени під ризиком
engagement-new-members = Нові члени
engagement-ask-the-members-at-risk = Опитати членів під ризиком
engagement-survey-them = Надіслати опитування
engagement-tag-at-risk-ask = Позначити членів під ризиком ({ $count }) тегом «{ $tag }» і вибрати опитування для них?
engagement-rule = Правило активного члена
engagement-save-rule = Зберегти правило
engagement-rule-activities = Активностей на рік, щонайменше
engagement-rule-projects = або проєктів на рік, щонайменше
engagement-rule-grace-months = Нові члени не під ризиком протягом (місяців)
engagement-rule-counts = Активності, що враховуються
engagement-active-member = Активний член
engagement-new-member = Новий член
engagement-not-a-member = Не член
engagement-log-a-call = Записати дзвінок
engagement-create-a-task = Створити завдання
engagement-members-count = Члени ({ $count })
engagement-members-at-risk-count = Члени під ризиком ({ $count })
engagement-new-members-count = Нові члени ({ $count })
engagement-organisations-count = Організації ({ $count })
engagement-member-since = Член з
engagement-activities = Активності
engagement-next-step = Наступний крок
engagement-or = Або
engagement-nobody-here = Тут нікого немає.
engagement-rule-saved = Правило збережено.
engagement-at-risk-gathered = Члени під ризиком ({ $count }) у сегменті «{ $tag }»: виберіть анкету й надішліть.
engagement-feedback-of-year = Відгуки { $year }
engagement-feedback-subheading = Оцінки від 1 до 5, які учасники поставили через своє персональне посилання.
engagement-by-event = За подією
engagement-by-kind = За типом
engagement-by-month = За місяцем
engagement-average = Середня
engagement-ratings = Оцінки
engagement-no-ratings = Немає оцінок за цей рік.
engagement-comments = Коментарі
engagement-rating = Оцінка
engagement-comment = Коментар
engagement-no-comments = Немає коментарів.
engagement-new-member-not-yet-active = Новий член, ще не активний
engagement-at-risk-member = Під ризиком: член, який не бере участі
engagement-takes-part-not-member = Бере участь, не будучи членом
engagement-neither = Цього року ні член, ні учасник.
engagement-of-all = Залученість усіх

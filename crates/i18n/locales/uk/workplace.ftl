# Початкова сторінка, огляд кластера, що потребує уваги, Ваш обліковий запис, люди кластера, посилання для пароля, пошук, мережа, надіслана пошта і спільні частини всіх сторінок.
workplace-your-clusters = Ваші кластери
workplace-the-network = Мережа
workplace-network-intro = Усі кластери мережі й те, що сьогодні потребує в них уваги.
workplace-clusters-intro = Що сьогодні потребує уваги в кожному з Ваших кластерів.
workplace-compare-clusters = Порівняти кластери
workplace-no-cluster-yet = У Вас ще немає ролі в жодному кластері. Попросіть менеджера кластера додати Вас.
workplace-cluster = Кластер
workplace-country = Країна
workplace-needs-attention = Потребує уваги
workplace-urgent = Термінові
workplace-stat-organisations =
    { $count ->
        [one] організація
        [few] організації
        [many] організацій
       *[other] організації
    }
workplace-stat-contacts =
    { $count ->
        [one] контакт
        [few] контакти
        [many] контактів
       *[other] контакти
    }
workplace-stat-members =
    { $count ->
        [one] член
        [few] члени
        [many] членів
       *[other] члени
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] прострочений рахунок
        [few] прострочені рахунки
        [many] прострочених рахунків
       *[other] прострочені рахунки
    }
workplace-stat-open = { $amount } до сплати
workplace-needs-attention-today = Потребує уваги сьогодні
workplace-all-done = Усе зроблено: сьогодні ніщо не потребує Вашої уваги.
workplace-yours = призначено Вам
workplace-attention-all = Усі ({ $count })
workplace-concern-tasks = Завдання з терміном
workplace-concern-events = Найближчі події
workplace-concern-applications = Заяви на членство, що очікують
workplace-concern-registration-requests = Реєстрації для перевірки
workplace-concern-unmatched-payments = Платежі, не зіставлені з рахунком
workplace-concern-overdue-invoices = Прострочені рахунки
workplace-concern-members-at-risk = Члени під ризиком
workplace-concern-milestones = Етапи проєктів з терміном
workplace-concern-action-lines = Заходи плану дій з терміном або із запізненням
workplace-role-board = Правління
workplace-role-staff = Команда
workplace-role-cluster-manager = Менеджер кластера
workplace-role-lower-board = правління
workplace-role-lower-staff = команда
workplace-role-lower-cluster-manager = менеджер кластера
workplace-save = Зберегти
workplace-nothing-changed = Нічого не змінено: { $problem }.
workplace-year = Рік
workplace-unknown = невідомо
workplace-browser-on = { $browser } на { $system }
workplace-your-account = Ваш обліковий запис
workplace-change-your-password = Змінити пароль
workplace-api-tokens = API-токени
workplace-network-administrator = Адміністратор мережі
workplace-you-manage-every-cluster = Ви керуєте всіма кластерами
workplace-works-in = Працює в
workplace-no-cluster-yet-short = поки що жодного кластера
workplace-this-browser = цей браузер
workplace-end-session = Завершити
workplace-signed-in-where = Де Ви увійшли ({ $count })
workplace-browser = Браузер
workplace-address = Адреса
workplace-signed-in = Вхід
workplace-last-used = Востаннє використано
workplace-no-other-session = Інших сеансів, крім цього, немає.
workplace-dates-are-written = Формат дат
workplace-dates-hint = На кожній сторінці, яку Ви читаєте; надіслані документи зберігають власний формат.
workplace-how-you-read-dates = Як Ви читаєте дати
workplace-as-my-browser-asks = Як просить мій браузер (інакше англійська)
workplace-pages-are-written-in = Мова сторінок
workplace-your-language = Ваша мова
workplace-language-set = Тепер мова сторінок: { $language }.
workplace-language-of-browser = Тепер сторінки мовою, яку просить Ваш браузер.
workplace-date-style-set = Тепер дати записуються так: { $example }.
workplace-change-the-password = Змінити пароль
workplace-current-password = Поточний пароль
workplace-new-password = Новий пароль
workplace-new-password-hint = Щонайменше { $chars } символів; фразу з непов’язаних слів легко запам’ятати і важко вгадати.
workplace-new-password-again = Новий пароль ще раз
workplace-other-sessions-end = Інші Ваші сеанси завершуються; цей залишається.
workplace-password-changed = Ваш пароль змінено.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Ваш пароль змінено, а інших сеансів завершено: { $count }.
        [few] Ваш пароль змінено, а інших сеансів завершено: { $count }.
        [many] Ваш пароль змінено, а інших сеансів завершено: { $count }.
       *[other] Ваш пароль змінено, а інших сеансів завершено: { $count }.
    }
workplace-session-ended = Сеанс завершено: з того браузера вийдено.
workplace-your-api-tokens = Ваші API-токени
workplace-tokens-intro = Токен дозволяє програмі користуватися API від Вашого імені в кластерах, де Ви працюєте.
workplace-token-made = Токен «{ $name }» створено. Скопіюйте його зараз: він показується лише цей один раз.
workplace-new-token = Новий токен
workplace-token-revoked-at = відкликано { $moment }
workplace-token-works = діє
workplace-revoke = Відкликати
workplace-tokens-count = Токени ({ $count })
workplace-name = Назва
workplace-made = Створено
workplace-state = Стан
workplace-no-tokens = У Вас немає API-токенів.
workplace-make-a-token = Створити токен
workplace-token-name-hint = Що ним користується, щоб згодом його впізнати.
workplace-token-revoked = Токен відкликано: програмам, які ним користуються, відтепер відмовлено.
workplace-role = Роль
workplace-role-hint = Менеджери кластера керують усім, зокрема людьми й налаштуваннями; команда змінює записи; правління переглядає.
workplace-person-deactivated = деактивовано
workplace-person-invited = запрошено, пароля ще немає
workplace-person-active = активний
workplace-people-intro = Усі, хто працює в цьому кластері, та їхні ролі.
workplace-invite-someone = Запросити когось
workplace-people-count = Люди ({ $count })
workplace-nobody-works-here = У цьому кластері ще ніхто не працює.
workplace-invite-name-hint = Як цю людину бачать інші; вона може залишити це ім’я.
workplace-send-the-invitation = Надіслати запрошення
workplace-invite-intro =
    { $count ->
        [one] Людина отримає лист із посиланням для вибору пароля, яке діє один раз протягом { $count } дня.
        [few] Людина отримає лист із посиланням для вибору пароля, яке діє один раз протягом { $count } днів.
        [many] Людина отримає лист із посиланням для вибору пароля, яке діє один раз протягом { $count } днів.
       *[other] Людина отримає лист із посиланням для вибору пароля, яке діє один раз протягом { $count } днів.
    }
workplace-invited-give-link = Запрошення для { $email } готове, але пошту не налаштовано: передайте це посилання самі, воно діє один раз: { $link }
workplace-invited = Запрошення для { $email } надіслано: посилання для вибору пароля вже в дорозі.
workplace-invited-has-account = Обліковий запис { $email } уже існує і тепер працює також тут; про це повідомлено листом.
workplace-person = Людина
workplace-all-people = Усі люди
workplace-works-in-other-clusters = Працює в інших кластерах
workplace-network-administrator-yes = так: працює в кожному кластері як менеджер
workplace-your-own-account = Ваш власний обліковий запис
workplace-your-own-account-note = Вашу роль тут змінює інший менеджер кластера; пароль і сеанси — у розділі Ваш обліковий запис
workplace-change-the-role = Змінити роль
workplace-take-out-of-cluster = Вилучення з кластера
workplace-remove-from-cluster = Вилучити з цього кластера
workplace-remove-confirm = Вилучити { $name } з кластера { $cluster }? Обліковий запис і створені записи залишаться.
workplace-account = Обліковий запис
workplace-deactivate-account = Деактивувати обліковий запис
workplace-deactivate-confirm = Деактивувати { $email }? Увійти вже не вдасться; сеанси й API-токени припиняють дію негайно.
workplace-reactivate-account = Знову активувати обліковий запис
workplace-reactivate-confirm = Знову дозволити вхід для { $email }?
workplace-role-set = Нова роль для { $name }: { $role }.
workplace-removed = { $name } більше не працює в цьому кластері.
workplace-reactivated = Для { $email } знову дозволено вхід.
workplace-deactivated = { $email } деактивовано: вихід виконано всюди, увійти більше не можна.
workplace-form-expired-or-foreign = форма застаріла або надійшла не з цього сайту; поверніться, перезавантажте сторінку й надішліть її ще раз
workplace-form-unread = не вдалося прочитати форму: { $problem }
workplace-next-has-control-characters = сторінка, на яку слід повернутися після входу, містить керівні символи
workplace-password-set-log-in = Пароль встановлено: увійдіть із ним.
workplace-forgot-intro =
    { $count ->
        [one] Введіть адресу електронної пошти, з якою входите: на неї буде надіслано посилання для вибору нового пароля. Воно діє один раз протягом { $count } хвилини.
        [few] Введіть адресу електронної пошти, з якою входите: на неї буде надіслано посилання для вибору нового пароля. Воно діє один раз протягом { $count } хвилин.
        [many] Введіть адресу електронної пошти, з якою входите: на неї буде надіслано посилання для вибору нового пароля. Воно діє один раз протягом { $count } хвилин.
       *[other] Введіть адресу електронної пошти, з якою входите: на неї буде надіслано посилання для вибору нового пароля. Воно діє один раз протягом { $count } хвилин.
    }
workplace-send-the-link = Надіслати посилання
workplace-form-expired-send-again = Форма застаріла. Надішліть її ще раз.
workplace-reset-link-on-its-way = Якщо є обліковий запис з адресою { $email }, посилання для вибору нового пароля вже в дорозі.
workplace-reset-link-works =
    { $count ->
        [one] Воно діє один раз протягом { $count } хвилини; перевірте також папку «Спам».
        [few] Воно діє один раз протягом { $count } хвилин; перевірте також папку «Спам».
        [many] Воно діє один раз протягом { $count } хвилин; перевірте також папку «Спам».
       *[other] Воно діє один раз протягом { $count } хвилин; перевірте також папку «Спам».
    }
workplace-welcome = Ласкаво просимо до clusterdesk
workplace-choose-a-new-password = Виберіть новий пароль
workplace-choose-intro = Виберіть пароль для { $email } (щонайменше { $chars } символів: фразу з непов’язаних слів легко запам’ятати і важко вгадати).
workplace-set-the-password = Встановити пароль
workplace-form-expired-type-again = Форма застаріла. Введіть пароль ще раз.
workplace-login-form-expired = Форма входу застаріла. Увійдіть ще раз.
workplace-email-or-password-wrong = Неправильна електронна пошта або пароль.
workplace-upload-unreadable = завантажений файл більший за { $mib } МіБ або його не вдалося прочитати
workplace-upload-form-expired = форма застаріла; перезавантажте сторінку й завантажте файл ще раз
workplace-back-to-login = Повернутися до входу
workplace-search-too-short =
    { $count ->
        [one] Введіть щонайменше { $count } символ.
        [few] Введіть щонайменше { $count } символи.
        [many] Введіть щонайменше { $count } символів.
       *[other] Введіть щонайменше { $count } символи.
    }
workplace-search-nothing-matches = Нічого не знайдено за запитом «{ $query }».
workplace-search-all-organisations =
    { $count ->
        [one] Усі знайдені організації ({ $count })
        [few] Усі знайдені організації ({ $count })
        [many] Усі знайдені організації ({ $count })
       *[other] Усі знайдені організації ({ $count })
    }
workplace-search-all-contacts =
    { $count ->
        [one] Усі знайдені контакти ({ $count })
        [few] Усі знайдені контакти ({ $count })
        [many] Усі знайдені контакти ({ $count })
       *[other] Усі знайдені контакти ({ $count })
    }
workplace-search-all-invoices =
    { $count ->
        [one] Усі знайдені рахунки ({ $count })
        [few] Усі знайдені рахунки ({ $count })
        [many] Усі знайдені рахунки ({ $count })
       *[other] Усі знайдені рахунки ({ $count })
    }
workplace-search-all-events =
    { $count ->
        [one] Усі знайдені події ({ $count })
        [few] Усі знайдені події ({ $count })
        [many] Усі знайдені події ({ $count })
       *[other] Усі знайдені події ({ $count })
    }
workplace-search-all-projects =
    { $count ->
        [one] Усі знайдені проєкти ({ $count })
        [few] Усі знайдені проєкти ({ $count })
        [many] Усі знайдені проєкти ({ $count })
       *[other] Усі знайдені проєкти ({ $count })
    }
workplace-search-intro = Організації, контакти, рахунки, події та проєкти; регістр і діакритичні знаки не мають значення.
workplace-search-for = Шукати
workplace-address-unread = не вдається прочитати адресу: { $problem }
workplace-network-period-unread = { $problem }. Показано { $year }.
workplace-network-clusters = Кластери мережі
workplace-network-clusters-in = Кластери мережі, { $period }
workplace-network-intro-compare = Вибрані показники всіх кластерів поруч; суми в євро за таблицею курсів мережі
workplace-network-missing-rates = Суми у валютах { $currencies } не враховано: у таблиці курсів немає для них курсу. Додайте його нижче.
workplace-indicator = Показник
workplace-network-benchmark = Бенчмарк: інші без назв
workplace-network-side-by-side = Поруч
workplace-network-no-indicators = Показники не вибрано.
workplace-rate-table = Таблиця курсів
workplace-currency = Валюта
workplace-units-a-euro-buys = Одиниць за євро
workplace-set-by = Встановив(ла)
workplace-set-on = Дата
workplace-no-rates = Курсів ще немає: сумам у євро вони не потрібні.
workplace-what-to-compare = Що порівняти
workplace-show = Показати
workplace-year-or-quarter = Рік або квартал
workplace-indicators = Показники
workplace-benchmark-for = Бенчмарк для
workplace-every-cluster-by-name = Усі кластери з назвами
workplace-benchmark-hint = Показує один кластер із назвою, а інші як Кластер A, B, … у порядку їхнього першого значення.
workplace-set-a-rate = Встановити курс
workplace-currency-hint = Код ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Одиниць за одне євро
workplace-per-euro-hint = 4.265 або 4,265.
workplace-rate-set = Курс { $currency } встановлено.
workplace-sent-mail = Надіслана пошта
workplace-sent-mail-intro = Останні повідомлення (до { $shown }): підтвердження реєстрації, нагадування й запити відгуків. Пошта чекає у вихідних, доки не буде надіслана; те, що поштовий сервер відхиляє, надсилається повторно, усього спроб: { $attempts }. Час указано за { $zone }.
workplace-mail-not-set-up = Пошту не налаштовано, тож нічого не ставиться в чергу й не надсилається: задайте CLUSTERDESK_SMTP_URL і CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Надіслано { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Припинено після { $count } спроби
        [few] Припинено після { $count } спроб
        [many] Припинено після { $count } спроб
       *[other] Припинено після { $count } спроб
    }
workplace-mail-waiting = Чекає на надсилання
workplace-mail-refused =
    { $count ->
        [one] Відхилено { $count } раз
        [few] Відхилено { $count } рази
        [many] Відхилено { $count } разів
       *[other] Відхилено { $count } рази
    }
workplace-mail-next-try = наступна спроба { $moment }
workplace-messages = Повідомлення
workplace-queued = У черзі з
workplace-to = Кому
workplace-subject = Тема
workplace-about = Привід
workplace-last-error = Остання помилка
workplace-no-mail-yet = Жодного листа ще не поставлено в чергу.

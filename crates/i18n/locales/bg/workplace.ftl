# Началната страница, прегледът на клъстер, какво изисква внимание, Вашият профил, хората в клъстер, връзките за парола, търсенето, мрежата, изпратената поща и общите части на всички страници.
workplace-your-clusters = Вашите клъстери
workplace-the-network = Мрежата
workplace-network-intro = Всички клъстери в мрежата и какво изисква внимание в тях днес.
workplace-clusters-intro = Какво изисква внимание днес във всеки от Вашите клъстери.
workplace-compare-clusters = Сравняване на клъстерите
workplace-no-cluster-yet = Все още нямате роля в нито един клъстер. Помолете мениджъра на клъстера да Ви добави.
workplace-cluster = Клъстер
workplace-country = Държава
workplace-needs-attention = За внимание
workplace-urgent = Спешни
workplace-stat-organisations =
    { $count ->
        [one] организация
       *[other] организации
    }
workplace-stat-contacts =
    { $count ->
        [one] контакт
       *[other] контакта
    }
workplace-stat-members =
    { $count ->
        [one] член
       *[other] членове
    }
workplace-stat-overdue-invoices =
    { $count ->
        [one] просрочена фактура
       *[other] просрочени фактури
    }
workplace-stat-open = { $amount } за събиране
workplace-needs-attention-today = За внимание днес
workplace-all-done = Всичко е свършено: днес нищо не изисква Вашето внимание.
workplace-yours = възложена на Вас
workplace-attention-all = Всички ({ $count })
workplace-concern-tasks = Задачи с настъпил срок
workplace-concern-events = Предстоящи събития
workplace-concern-applications = Чакащи заявления за членство
workplace-concern-registration-requests = Регистрации за преглед
workplace-concern-unmatched-payments = Плащания, несвързани с фактура
workplace-concern-overdue-invoices = Просрочени фактури
workplace-concern-members-at-risk = Членове в риск
workplace-concern-milestones = Етапи на проекти с настъпил срок
workplace-concern-action-lines = Дейности от плана за действие с настъпил или изтекъл срок
workplace-role-board = Управителен съвет
workplace-role-staff = Екип
workplace-role-cluster-manager = Мениджър на клъстера
workplace-role-lower-board = управителен съвет
workplace-role-lower-staff = екип
workplace-role-lower-cluster-manager = мениджър на клъстера
workplace-save = Запази
workplace-nothing-changed = Нищо не е променено: { $problem }.
workplace-year = Година
workplace-unknown = неизвестно
workplace-browser-on = { $browser } на { $system }
workplace-your-account = Вашият профил
workplace-change-your-password = Смяна на паролата
workplace-api-tokens = API ключове
workplace-network-administrator = Администратор на мрежата
workplace-you-manage-every-cluster = управлявате всички клъстери
workplace-works-in = Работи в
workplace-no-cluster-yet-short = все още в нито един клъстер
workplace-this-browser = този браузър
workplace-end-session = Прекрати
workplace-signed-in-where = Къде сте влезли ({ $count })
workplace-browser = Браузър
workplace-address = Адрес
workplace-signed-in = Вход
workplace-last-used = Последно използване
workplace-no-other-session = Няма друга сесия освен тази.
workplace-dates-are-written = Датите се изписват
workplace-dates-hint = На всяка страница, която четете; изпратените документи запазват своя формат.
workplace-how-you-read-dates = Как четете датите
workplace-as-my-browser-asks = Според браузъра ми (иначе английски)
workplace-pages-are-written-in = Език на страниците
workplace-your-language = Вашият език
workplace-language-set = Страниците вече са на език: { $language }.
workplace-language-of-browser = Страниците вече са на езика, който иска браузърът Ви.
workplace-date-style-set = Датите вече се изписват така: { $example }.
workplace-change-the-password = Смени паролата
workplace-current-password = Текуща парола
workplace-new-password = Нова парола
workplace-new-password-hint = Поне { $chars } знака; фраза от несвързани думи се помни лесно и трудно се отгатва.
workplace-new-password-again = Новата парола отново
workplace-other-sessions-end = Другите Ви сесии се прекратяват; тази остава.
workplace-password-changed = Паролата Ви е сменена.
workplace-password-changed-sessions-ended =
    { $count ->
        [one] Паролата Ви е сменена, а другата Ви сесия е прекратена.
       *[other] Паролата Ви е сменена, а другите Ви { $count } сесии са прекратени.
    }
workplace-session-ended = Сесията е прекратена: този браузър е излязъл от профила.
workplace-your-api-tokens = Вашите API ключове
workplace-tokens-intro = Ключът позволява на програма да използва API от Ваше име, в клъстерите, в които работите.
workplace-token-made = Ключът „{ $name }“ е създаден. Копирайте го сега: показва се само този път.
workplace-new-token = Нов ключ
workplace-token-revoked-at = отменен на { $moment }
workplace-token-works = активен
workplace-revoke = Отмени
workplace-tokens-count = Ключове ({ $count })
workplace-name = Име
workplace-made = Създаден
workplace-state = Състояние
workplace-no-tokens = Нямате API ключове.
workplace-make-a-token = Създай ключ
workplace-token-name-hint = Какво го използва, за да го разпознаете по-късно.
workplace-token-revoked = Ключът е отменен: програмите, които го използват, вече се отказват.
workplace-role = Роля
workplace-role-hint = Мениджърите на клъстера управляват всичко, включително хората и настройките; екипът променя записите; управителният съвет чете.
workplace-person-deactivated = деактивиран
workplace-person-invited = поканен, все още без парола
workplace-person-active = активен
workplace-people-intro = Всички, които работят в този клъстер, и техните роли.
workplace-invite-someone = Покани някого
workplace-people-count = Хора ({ $count })
workplace-nobody-works-here = Все още никой не работи в този клъстер.
workplace-invite-name-hint = Как го виждат другите; може да го запази.
workplace-send-the-invitation = Изпрати поканата
workplace-invite-intro =
    { $count ->
        [one] Получава имейл с връзка за избор на парола, валидна еднократно в продължение на { $count } ден.
       *[other] Получава имейл с връзка за избор на парола, валидна еднократно в продължение на { $count } дни.
    }
workplace-invited-give-link = Поканата за { $email } е готова, но пощата не е настроена: предайте сами тази връзка, валидна еднократно: { $link }
workplace-invited = Поканата за { $email } е изпратена: връзка за избор на парола е на път.
workplace-invited-has-account = { $email } вече има профил и сега работи и тук; уведомен е по имейл.
workplace-person = Човек
workplace-all-people = Всички хора
workplace-works-in-other-clusters = Работи в други клъстери
workplace-network-administrator-yes = да: работи във всеки клъстер като мениджър
workplace-your-own-account = Вашият собствен профил
workplace-your-own-account-note = ролята Ви се променя тук от друг мениджър на клъстера; паролата и сесиите Ви са във Вашият профил
workplace-change-the-role = Смени ролята
workplace-take-out-of-cluster = Изваждане от клъстера
workplace-remove-from-cluster = Премахни от този клъстер
workplace-remove-confirm = Да се премахне ли { $name } от { $cluster }? Профилът и създадените записи остават.
workplace-account = Профил
workplace-deactivate-account = Деактивирай профила
workplace-deactivate-confirm = Да се деактивира ли { $email }? Влизането вече няма да е възможно; сесиите и API ключовете спират веднага.
workplace-reactivate-account = Активирай профила отново
workplace-reactivate-confirm = Да се позволи ли отново вход на { $email }?
workplace-role-set = Нова роля на { $name }: { $role }.
workplace-removed = { $name } вече не работи в този клъстер.
workplace-reactivated = { $email } може отново да влиза.
workplace-deactivated = { $email } е деактивиран: излязъл е навсякъде и вече не може да влиза.
workplace-form-expired-or-foreign = формулярът е изтекъл или не идва от този сайт; върнете се, презаредете страницата и го изпратете отново
workplace-form-unread = формулярът не можа да бъде прочетен: { $problem }
workplace-next-has-control-characters = страницата, към която се връщате след вход, съдържа управляващи знаци
workplace-password-set-log-in = Паролата Ви е зададена: влезте с нея.
workplace-forgot-intro =
    { $count ->
        [one] Въведете имейла, с който влизате: там ще бъде изпратена връзка за избор на нова парола. Тя е валидна еднократно в продължение на { $count } минута.
       *[other] Въведете имейла, с който влизате: там ще бъде изпратена връзка за избор на нова парола. Тя е валидна еднократно в продължение на { $count } минути.
    }
workplace-send-the-link = Изпрати връзката
workplace-form-expired-send-again = Формулярът е изтекъл. Моля, изпратете го отново.
workplace-reset-link-on-its-way = Ако има профил с имейл { $email }, връзка за избор на нова парола е на път.
workplace-reset-link-works =
    { $count ->
        [one] Тя е валидна еднократно в продължение на { $count } минута; проверете и папката за спам.
       *[other] Тя е валидна еднократно в продължение на { $count } минути; проверете и папката за спам.
    }
workplace-welcome = Добре дошли в clusterdesk
workplace-choose-a-new-password = Изберете нова парола
workplace-choose-intro = Изберете паролата за { $email } (поне { $chars } знака: фраза от несвързани думи се помни лесно и трудно се отгатва).
workplace-set-the-password = Задай паролата
workplace-form-expired-type-again = Формулярът е изтекъл. Моля, въведете паролата отново.
workplace-login-form-expired = Формулярът за вход е изтекъл. Моля, влезте отново.
workplace-email-or-password-wrong = Имейлът или паролата са грешни.
workplace-upload-unreadable = каченият файл е по-голям от { $mib } MiB или не можа да бъде прочетен
workplace-upload-form-expired = формулярът е изтекъл; презаредете страницата и качете файла отново
workplace-back-to-login = Обратно към входа
workplace-search-too-short =
    { $count ->
        [one] Въведете поне { $count } знак.
       *[other] Въведете поне { $count } знака.
    }
workplace-search-nothing-matches = Няма резултати за „{ $query }“.
workplace-search-all-organisations =
    { $count ->
        [one] Намерената организация
       *[other] Всички намерени организации ({ $count })
    }
workplace-search-all-contacts =
    { $count ->
        [one] Намереният контакт
       *[other] Всички намерени контакти ({ $count })
    }
workplace-search-all-invoices =
    { $count ->
        [one] Намерената фактура
       *[other] Всички намерени фактури ({ $count })
    }
workplace-search-all-events =
    { $count ->
        [one] Намереното събитие
       *[other] Всички намерени събития ({ $count })
    }
workplace-search-all-projects =
    { $count ->
        [one] Намереният проект
       *[other] Всички намерени проекти ({ $count })
    }
workplace-search-intro = Организации, контакти, фактури, събития и проекти; главните букви и ударенията нямат значение.
workplace-search-for = Търсене на
workplace-address-unread = адресът не може да бъде прочетен: { $problem }
workplace-network-period-unread = { $problem }. Показва се { $year }.
workplace-network-clusters = Клъстерите в мрежата
workplace-network-clusters-in = Клъстерите в мрежата, { $period }
workplace-network-intro-compare = Избрани показатели на всички клъстери един до друг; сумите в евро по таблицата с курсове на мрежата
workplace-network-missing-rates = Сумите в { $currencies } са изключени: таблицата с курсове няма курс за тях. Добавете курс по-долу.
workplace-indicator = Показател
workplace-network-benchmark = Сравнение: останалите без имената им
workplace-network-side-by-side = Един до друг
workplace-network-no-indicators = Няма избрани показатели.
workplace-rate-table = Таблица с курсове
workplace-currency = Валута
workplace-units-a-euro-buys = Единици за едно евро
workplace-set-by = Зададен от
workplace-set-on = На
workplace-no-rates = Все още няма курсове: сумите в евро не се нуждаят от тях.
workplace-what-to-compare = Какво да се сравни
workplace-show = Покажи
workplace-year-or-quarter = Година или тримесечие
workplace-indicators = Показатели
workplace-benchmark-for = Сравнение за
workplace-every-cluster-by-name = Всички клъстери с имената им
workplace-benchmark-hint = Показва един клъстер с името му, а останалите като Клъстер A, B, … по реда на първата им стойност.
workplace-set-a-rate = Задаване на курс
workplace-currency-hint = Код по ISO 4217: PLN, RON, BGN, UAH.
workplace-units-one-euro-buys = Единици за едно евро
workplace-per-euro-hint = 4.265 или 4,265.
workplace-rate-set = Курсът на { $currency } е зададен.
workplace-sent-mail = Изпратена поща
workplace-sent-mail-intro = Последните { $shown } съобщения: потвърждения на регистрации, напомняния и молби за обратна връзка. Пощата чака в изходящата кутия, докато бъде изпратена; това, което пощенският сървър откаже, се опитва отново, общо { $attempts } пъти. Часовете са по { $zone }.
workplace-mail-not-set-up = Пощата не е настроена, затова нищо не се поставя на опашка и не се изпраща: задайте CLUSTERDESK_SMTP_URL и CLUSTERDESK_MAIL_FROM.
workplace-mail-sent-at = Изпратено на { $moment }
workplace-mail-given-up =
    { $count ->
        [one] Прекратено след { $count } опит
       *[other] Прекратено след { $count } опита
    }
workplace-mail-waiting = Чака изпращане
workplace-mail-refused =
    { $count ->
        [one] Отказано { $count } път
       *[other] Отказано { $count } пъти
    }
workplace-mail-next-try = следващ опит { $moment }
workplace-messages = Съобщения
workplace-queued = На опашка от
workplace-to = До
workplace-subject = Тема
workplace-about = Повод
workplace-last-error = Последна грешка
workplace-no-mail-yet = Все още няма поставени на опашка съобщения.

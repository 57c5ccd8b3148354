# Повідомлення сценаріїв використання: імпорт і прочитані файли, облікові записи та вхід, надсилання листів, списки, дублікати й об’єднання.

## Читання файлу (sheet)
invalid-sheet-file-too-large = файл має { $size } MiB; файл може мати щонайбільше { $limit } MiB
invalid-sheet-xlsx-contradictory = файл не є придатною для читання книгою XLSX: її частини суперечать одна одній
invalid-sheet-too-many-columns = { $at } має стільки колонок: { $columns }; файл може мати щонайбільше { $limit } колонок
invalid-sheet-nul-character = { $at } містить символ NUL, якого не може містити жоден текст: це текстовий файл?
invalid-sheet-cell-too-long = { $at } містить понад { $limit } символів; клітинка може містити щонайбільше { $limit }
invalid-sheet-line = рядок { $line }
invalid-sheet-read-as-utf16 = файл прочитано як UTF-16 (текст Unicode) і перетворено
invalid-sheet-read-as-windows-1252 = файл прочитано як Windows-1252 і перетворено
invalid-sheet-header-unreadable = не вдається прочитати рядок заголовків: { $error }
invalid-sheet-empty-file = файл порожній: перший рядок має називати колонки
invalid-sheet-line-not-csv = рядок { $line }: не вдається прочитати як CSV: { $error }
invalid-sheet-too-many-rows = файл має понад { $limit } рядків
invalid-sheet-separated-by-semicolons = колонки розділено крапками з комою
invalid-sheet-separated-by-tabs = колонки розділено табуляціями
invalid-sheet-separated-by-commas = колонки розділено комами
invalid-sheet-xlsx-unreadable = файл не є придатною для читання книгою XLSX: { $error }
invalid-sheet-too-many-parts = книга складається з частин: { $parts }; книга може мати щонайбільше { $limit }
invalid-sheet-unzips-too-large = розпакована книга займає { $size } MiB; розпакована книга може займати щонайбільше { $limit } MiB
invalid-sheet-no-worksheet = книга не має жодного аркуша
invalid-sheet-worksheet-unreadable = не вдається прочитати перший аркуш: { $error }
invalid-sheet-cell = клітинка { $cell }
invalid-sheet-value-beyond-columns = { $at } містить значення, але аркуш може мати щонайбільше { $limit } колонок (від A до { $last })
invalid-sheet-rows-out-of-order = { $at } іде після рядка { $row }: рядки аркуша не впорядковані
invalid-sheet-worksheet-too-many-rows = аркуш має понад { $limit } рядків зі значеннями
invalid-sheet-empty-worksheet = перший аркуш порожній: його перший рядок має називати колонки
invalid-sheet-read-from-first-worksheet = прочитано з першого аркуша

## Імпорт: файл, зіставлення колонок і рядки (import)
invalid-import-mapping-unknown-column = зіставлення називає колонку «{ $header }», якої у файлі немає
invalid-import-mapping-not-a-field = зіставлення спрямовує «{ $header }» до «{ $field }», що не є полем; поля: { $fields }
invalid-import-values-read-by-mapping = значень прочитано за зіставленням: { $values }
invalid-import-values-read-by-name = значень прочитано за їхніми назвами мовами мережі: { $values }
invalid-import-mapping-line = рядок зіставлення { $line }: запишіть його як «Заголовок колонки = поле»
invalid-import-field-count = має полів: { $cells }, тоді як заголовок має: { $headers }
invalid-import-required-column = жодну колонку не зіставлено з обов’язковим полем «{ $field }»
invalid-import-invoices-customer-column = жодну колонку не зіставлено з «customer» чи «vat_id»; одне з них обов’язкове
invalid-import-ledger-amount-column = жодну колонку не зіставлено з «amount» (чи з «hours» для негрошових внесків); одне з них обов’язкове
invalid-import-membership-overlaps-line = перетинається з членством організації з рядка { $line }: організація одночасно має лише одне членство
invalid-import-answers-into-campaign = відповіді на опитування імпортують у кампанію, зі сторінки кампанії або через `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = те саме членство, що в рядку { $first } (та сама організація, тип і початок)
invalid-import-same-invoice = той самий рахунок, що в рядку { $first } (той самий номер або внесок того самого членства за той самий період)
invalid-import-same-organisation = та сама організація, що в рядку { $first } цього файлу (той самий номер платника ПДВ або та сама назва й країна)
invalid-import-same-person = та сама особа, що в рядку { $first } цього файлу (та сама електронна адреса або те саме ім’я в тій самій організації)
invalid-import-organisation-ambiguous = кілька організацій мають назву «{ $name }»; натомість вкажіть її номер платника ПДВ
invalid-import-organisation-unknown = у цьому кластері немає організації «{ $name }»; спершу імпортуйте або створіть її
invalid-import-records-changed = записи кластера змінилися під час запису імпорту ({ $target }), разів: { $attempts }; нічого не імпортовано, надішліть файл ще раз
invalid-import-reverted-already = цей імпорт уже скасовано
invalid-import-cannot-revert = цей імпорт неможливо скасувати: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] відтоді до організацій, створених цим імпортом, додано { $count } контакт; натомість архівуйте ці організації
        [few] відтоді до організацій, створених цим імпортом, додано { $count } контакти; натомість архівуйте ці організації
        [many] відтоді до організацій, створених цим імпортом, додано { $count } контактів; натомість архівуйте ці організації
       *[other] відтоді до організацій, створених цим імпортом, додано { $count } контакту; натомість архівуйте ці організації
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] відтоді для членств, створених цим імпортом, виставлено { $count } рахунок на внесок; натомість припиніть ці членства
        [few] відтоді для членств, створених цим імпортом, виставлено { $count } рахунки на внески; натомість припиніть ці членства
        [many] відтоді для членств, створених цим імпортом, виставлено { $count } рахунків на внески; натомість припиніть ці членства
       *[other] відтоді для членств, створених цим імпортом, виставлено { $count } рахунку на внесок; натомість припиніть ці членства
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] відтоді в членствах, створених цим імпортом, зроблено { $count } зміну (прийняття, призупинення чи припинення)
        [few] відтоді в членствах, створених цим імпортом, зроблено { $count } зміни (прийняття, призупинення чи припинення)
        [many] відтоді в членствах, створених цим імпортом, зроблено { $count } змін (прийняття, призупинення чи припинення)
       *[other] відтоді в членствах, створених цим імпортом, зроблено { $count } зміни (прийняття, призупинення чи припинення)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] відтоді за рахунками, перенесеними цим імпортом, записано { $count } платіж
        [few] відтоді за рахунками, перенесеними цим імпортом, записано { $count } платежі
        [many] відтоді за рахунками, перенесеними цим імпортом, записано { $count } платежів
       *[other] відтоді за рахунками, перенесеними цим імпортом, записано { $count } платежу
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] відтоді до рахунків, перенесених цим імпортом, виставлено { $count } кредит-ноту
        [few] відтоді до рахунків, перенесених цим імпортом, виставлено { $count } кредит-ноти
        [many] відтоді до рахунків, перенесених цим імпортом, виставлено { $count } кредит-нот
       *[other] відтоді до рахунків, перенесених цим імпортом, виставлено { $count } кредит-ноти
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] відтоді щодо рахунків, перенесених цим імпортом, надіслано { $count } нагадування
        [few] відтоді щодо рахунків, перенесених цим імпортом, надіслано { $count } нагадування
        [many] відтоді щодо рахунків, перенесених цим імпортом, надіслано { $count } нагадувань
       *[other] відтоді щодо рахунків, перенесених цим імпортом, надіслано { $count } нагадування
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] відтоді анульовано { $count } рахунок, перенесений цим імпортом
        [few] відтоді анульовано { $count } рахунки, перенесені цим імпортом
        [many] відтоді анульовано { $count } рахунків, перенесених цим імпортом
       *[other] відтоді анульовано { $count } рахунку, перенесеного цим імпортом
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] відтоді сторновано { $count } платіж, перенесений цим імпортом
        [few] відтоді сторновано { $count } платежі, перенесені цим імпортом
        [many] відтоді сторновано { $count } платежів, перенесених цим імпортом
       *[other] відтоді сторновано { $count } платежу, перенесеного цим імпортом
    }
invalid-import-blocked-records-refer-to-it = відтоді записано взаємодії, завдання, членства, рахунки, ідеї, учасників проєктів або надання послуг щодо того, що створив цей імпорт
invalid-import-upload-quota = файли кластера, що чекають на імпорт, займають { $kept } із щонайбільше { $limit } MiB: імпортуйте їх або зачекайте, доки їх буде видалено через { $hours } год після надсилання

## Імпорт відповідей кампанії (import/answers)
invalid-import-answers-submitted-on-label = Коли надано відповідь
invalid-import-answers-organisation-label = Організація респондента
invalid-import-answers-email-label = Електронна адреса респондента
invalid-import-answers-no-question-column = жодну колонку не зіставлено з питанням анкети; зіставте колонки з відповідями з їхніми питаннями
invalid-import-answers-required-question-unmapped = жодну колонку не зіставлено з обов’язковим питанням «{ $key }»: відповіді залишають його порожнім
invalid-import-answers-two-columns = { $first } і { $second }
invalid-import-answers-anonymous = кампанія анонімна: колонки { $columns } не читаються, і нічого про те, хто відповів, не зберігається
invalid-import-answers-dated-today = жодна колонка не вказує, коли надано кожну відповідь: їх датовано { $today }
invalid-import-answers-submitted-on-empty = порожнє; вкажіть, коли надано відповідь
invalid-import-answers-unknown-email = жоден контакт кластера не має електронної адреси «{ $email }»; додайте контакт або не використовуйте колонку
invalid-import-answers-contact-elsewhere = є контактом організації { $contact_of }, а не { $named }, яку називає рядок
invalid-import-answers-row-label = Відповідь із рядка { $line }
invalid-import-answers-no-answer = не відповідає на жодне питання

## Імпорт неоплачених рахунків (import/invoices)
invalid-import-invoices-number-too-long = має містити щонайбільше { $limit } символів, без керівних символів
invalid-import-invoices-date-required = є обов’язковим (день виставлення рахунку)
invalid-import-invoices-customer-required = є обов’язковим (назва або номер платника ПДВ клієнта)
invalid-import-invoices-date-after-today = { $day } пізніше за сьогодні; перенесений рахунок уже виставлено
invalid-import-invoices-not-open = рахунок має статус «{ $state }»; переносяться лише неоплачені рахунки
invalid-import-invoices-unknown-status = «{ $value }» не є статусом рахунку; пропустіть його або напишіть open
invalid-import-invoices-gross-required = є обов’язковим (сума рахунку з податком)
invalid-import-invoices-other-currency = рахунок у { $code }; кластер виставляє рахунки в { $currency }, тож він залишається в старій системі
invalid-import-invoices-credit-note = кредит-нота нічого не вимагає до сплати; вона залишається в старій системі
invalid-import-invoices-unknown-kind = «{ $value }» не є видом; напишіть fee, service або event
invalid-import-invoices-gross-too-large = завелика для рахунку
invalid-import-invoices-owes-nothing = за { $gross } нічого не залишається до сплати; переноситься лише те, що клієнти ще винні
invalid-import-invoices-paid-in-full = рахунок сплачено повністю ({ $paid } із { $gross }); переносяться лише неоплачені рахунки
invalid-import-invoices-tax-range = має бути від нуля до суми без податку (ставка щонайбільше 100 %)
invalid-import-invoices-due-before-date = { $due } раніше за дату рахунку, { $issued }
invalid-import-invoices-number-taken = { $number } — номер іншого рахунку цього кластера
invalid-import-invoices-several-memberships = { $customer } мала кілька членств на { $day }; вкажіть у «period» день періоду, за який сплачується внесок
invalid-import-invoices-no-membership = внесок належить до членства, а { $customer } не мала жодного на { $day }; спершу імпортуйте членства або вкажіть у «period» день періоду, за який сплачується внесок
invalid-import-invoices-type-not-found = тип членства не знайдено
invalid-import-invoices-fee-invoiced = внесок за { $period } цього членства вже виставлено в рахунку ({ $number })

## Імпорт бухгалтерських записів (import/ledger)
invalid-import-ledger-other-which = «other» — це other income або other costs: напишіть, що саме
invalid-import-ledger-unknown-category = «{ $value }» не є категорією; напишіть джерело доходу ({ $streams }, other income) або вид витрат ({ $costs }, other costs) чи зіставте з ними значення файлу
invalid-import-ledger-not-a-year = «{ $value }» не є ні роком, ні датою: { $error }
invalid-import-ledger-project-ambiguous = два проєкти мають назву «{ $title }»; дайте одному з них іншу назву
invalid-import-ledger-project-unknown = немає проєкту «{ $title }»
invalid-import-ledger-positive-cost = файл записує витрати як від’ємні суми, тож додатна витрата ({ $amount }) повертає гроші; натомість введіть витрату мінус те, що повернулося
invalid-import-ledger-project-not-cost = проєкт називають лише витрати проєктів; залиште клітинку порожньою

## Імпорт членств (import/memberships)
invalid-import-memberships-unknown-type = немає типу членства «{ $name }»; типи кластера: { $types }
invalid-import-memberships-unknown-status = «{ $value }» не є статусом; напишіть applied, active, suspended або terminated
invalid-import-memberships-start-required = є обов’язковим, окрім заяви (статус applied)
invalid-import-memberships-start-or-status-required = є обов’язковим (ще не прийнята заява має статус applied)
invalid-import-memberships-application-no-end = неприйнята заява не має кінця; залиште поле порожнім
invalid-import-memberships-terminated-needs-end = для припиненого членства потрібен день, коли воно закінчилося
invalid-import-memberships-ended-not-terminated = членство закінчилося { $end }, але його статус не terminated
invalid-import-memberships-terminated-after-today = { $end } пізніше за сьогодні, але членство припинено; дайте йому статус active з його кінцем
invalid-import-memberships-applied-after-start = { $applied } пізніше за початок, { $start }
invalid-import-memberships-type-archived = тип { $type } заархівовано: він не приймає нових членів
invalid-import-memberships-recorded-already = членство { $type } організації з { $from } уже записано з іншими датами чи статусом; змініть його на його сторінці
invalid-import-memberships-overlaps-recorded = членство організації з { $from } перетинається з цим; організація одночасно має лише одне членство (спершу припиніть його або дайте цьому інші дати)

## Облікові записи та вхід (auth)
invalid-auth-no-cluster-yet = немає кластера «{ $slug }»: база даних ще не має жодного кластера (запустіть 'clusterdesk demo' для демонстрації)
invalid-auth-unknown-cluster = немає кластера «{ $slug }»; кластери: { $clusters }
invalid-auth-not-network-admin = { $email } не є адміністратором мережі
invalid-auth-unknown-role = «{ $value }» не є роллю; використовуйте network-admin, cluster-manager, staff або board
invalid-auth-role-needs-cluster = роль у кластері потребує --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin охоплює кожен кластер; приберіть --cluster
invalid-auth-password-too-short = має містити щонайменше { $min } символів
invalid-auth-password-guessable-because = надто легко вгадати ({ $why }): використайте довшу фразу з непов’язаних слів, не своє ім’я чи електронну адресу
invalid-auth-password-guessable = надто легко вгадати: використайте довшу фразу з непов’язаних слів, не своє ім’я чи електронну адресу
invalid-auth-password-straight-rows = прямі ряди клавіш легко вгадати
invalid-auth-password-keyboard-patterns = короткі візерунки на клавіатурі легко вгадати
invalid-auth-password-repeats = повтори на зразок «aaa» легко вгадати
invalid-auth-password-repeated-groups = повтори на зразок «abcabcabc» вгадати лише трохи важче, ніж «abc»
invalid-auth-password-top-10 = це один із 10 найпоширеніших паролів
invalid-auth-password-top-100 = це один із 100 найпоширеніших паролів
invalid-auth-password-very-common = це дуже поширений пароль
invalid-auth-password-like-common = це схоже на часто вживаний пароль
invalid-auth-password-sequences = послідовності на зразок abc чи 6543 легко вгадати
invalid-auth-password-recent-years = останні роки легко вгадати
invalid-auth-password-single-word = одне слово легко вгадати
invalid-auth-password-dates = дати часто легко вгадати
invalid-auth-password-names-alone = самі лише імена та прізвища легко вгадати
invalid-auth-password-common-names = поширені імена та прізвища легко вгадати

## Люди та їхні облікові записи (account)
invalid-account-email-deactivated = належить деактивованому обліковому запису; адміністратор мережі може активувати його знову
invalid-account-email-works-here = уже працює в цьому кластері, як { $role }; змініть роль у списку
invalid-account-email-network-admin = належить адміністраторові мережі, який працює в кожному кластері
invalid-account-own-role = ви не можете змінити власну роль; це може зробити інший менеджер кластера
invalid-account-remove-yourself = ви не можете вилучити себе; це може зробити інший менеджер кластера
invalid-account-reactivate-yourself = ви не можете знову активувати себе; це може зробити інший менеджер кластера
invalid-account-deactivate-yourself = ви не можете деактивувати себе; це може зробити інший менеджер кластера
invalid-account-reactivate-network-admin = { $email } є адміністратором мережі; лише інший адміністратор мережі може знову активувати обліковий запис
invalid-account-deactivate-network-admin = { $email } є адміністратором мережі; лише інший адміністратор мережі може деактивувати обліковий запис
invalid-account-reactivate-other-clusters = { $email } працює також в інших кластерах ({ $clusters }): натомість вилучіть тут роль цієї особи або попросіть адміністратора мережі знову активувати обліковий запис
invalid-account-deactivate-other-clusters = { $email } працює також в інших кластерах ({ $clusters }): натомість вилучіть тут роль цієї особи або попросіть адміністратора мережі деактивувати обліковий запис
invalid-account-wrong-current-password = не є вашим поточним паролем
invalid-account-passwords-differ = не збігається з новим паролем
invalid-account-dead-link = це посилання вже використано або воно закінчилося; попросіть нове через «Забули пароль?» на сторінці входу

## Надсилання листів (mail)
invalid-mail-smtp-address-unusable = адресу SMTP «{ $url }» неможливо використати: { $error }
invalid-mail-smtp-not-an-address = «{ $address }» не є адресою: { $error }
invalid-mail-smtp-message-not-built = не вдалося створити повідомлення: { $error }
invalid-mail-smtp-not-a-content-type = «{ $content_type }» не є типом вмісту: { $error }
invalid-mail-smtp-refused = поштовий сервер відмовив: { $error }

## Списки організацій: параметри адреси (organisation)
invalid-organisation-query-parameter = параметр { $name }: { $message }
invalid-organisation-query-status = «{ $value }» не є статусом; використовуйте current або archived
invalid-organisation-query-direction = «{ $value }» не є напрямком; використовуйте asc або desc
invalid-organisation-query-sort = «{ $value }» не є сортуванням; використовуйте name, country, kind, employees, size_class або created

## Контакти (contact)
invalid-contact-choose-cluster-organisation = виберіть організацію цього кластера
invalid-contact-choose-organisation = виберіть організацію контакту

## Огляд мережі (network)
invalid-network-euro-rate = євро — власна валюта мережі: її курс дорівнює 1
invalid-network-unknown-indicator = параметр indicators: «{ $key }» не є вбудованим показником
invalid-network-unknown-cluster = параметр named: «{ $slug }» не є кластером мережі
invalid-network-unnamed-cluster = Кластер { $letters }

## Персональні дані (privacy)
invalid-privacy-email-of-several-contacts = кілька контактів мають електронну адресу { $email }; спершу об’єднайте їх

## Ймовірні дублікати та об’єднання (duplicate)
invalid-duplicate-employees = працівників: { $employees }
invalid-duplicate-same-vat-id = той самий номер платника ПДВ { $vat_id }
invalid-duplicate-same-name-and-country = та сама назва без урахування регістру, діакритики й правової форми, у тій самій країні
invalid-duplicate-same-name-ignoring-form = та сама назва без урахування регістру, діакритики й правової форми
invalid-duplicate-same-email-address = та сама електронна адреса { $email }
invalid-duplicate-same-name = та сама назва
invalid-duplicate-organisation-into-itself = організацію неможливо об’єднати з нею самою
invalid-duplicate-organisations-archived = обидві організації мають бути чинними; спершу відновіть заархівовану
invalid-duplicate-choose-membership = обидві організації мають членство: виберіть, яке залишити; інше закінчиться в день об’єднання
invalid-duplicate-chosen-by-hand = вибрано вручну
invalid-duplicate-contact-into-itself = контакт неможливо об’єднати з ним самим
invalid-duplicate-contacts-archived = обидва контакти мають бути чинними; спершу відновіть заархівований
invalid-duplicate-same-email = та сама електронна адреса

## Пошук (search)
invalid-search-invoice-issued = { $customer } · виставлено { $day }
invalid-search-event-cancelled = { $moment } · скасовано

## Річний звіт (report)
invalid-report-year-parameter = параметр year: { $error }

## Показники організацій (figures)
invalid-figures-reviewed-meanwhile = показники переглянули в ту саму мить; перегляньте список ще раз

## Відкриття бази даних (lib)
invalid-app-open-database = не вдається відкрити базу даних: { $error }

# Виставлення рахунків: членства та членські внески, рахунки й кредит-ноти, платежі, банківські виписки,
# нагадування про оплату, платіжні реквізити видавця і рахунок для друку.

## Назви значень переліків (за їхніми кодами)
membership-status-applied = Подано заяву
membership-status-active = Чинне
membership-status-active-fee-unpaid = Чинне, внесок не сплачено
membership-status-suspended = Призупинене
membership-status-lapsed = Сплило
membership-status-terminated = Припинене
invoice-state-draft = Чернетка
invoice-state-issued = Виставлено
invoice-state-partially-paid = Частково сплачено
invoice-state-paid = Сплачено
invoice-state-overdue = Прострочено
invoice-state-credited = Скориговано кредит-нотою
invoice-state-void = Анульовано
invoice-kind-fee = Членський внесок
invoice-kind-service = Послуга
invoice-kind-event = Подія
invoice-kind-credit-note = Кредит-нота
payment-source-manual = внесено вручну
payment-source-bank = банківська виписка
payment-source-credit = кредит клієнта
credit-kind-overpayment = Переплату збережено
credit-kind-applied = Зараховано на рахунок
credit-kind-refund = Повернуто
credit-kind-reversal = Платіж сторновано

## Членства
billing-new-invoice = Новий рахунок
billing-credit-balance = Кредит: { $amount }
billing-not-a-member = Не член
billing-membership = Членство
billing-type = Тип
billing-why = Причина
billing-member-since = Член з
billing-not-a-member-empty = Не член.
billing-add-membership = Додати членство
billing-invoices-count = Рахунки ({ $count })
billing-no-invoices = Рахунків немає.
billing-number = Номер
billing-issued = Виставлено
billing-due = Сплатити до
billing-amount = Сума
billing-paid = Сплачено
billing-state = Стан
billing-draft = Чернетка
billing-membership-types = Типи членства
billing-renewal = Поновлення
billing-figures = Показники
billing-memberships-count = { $count ->
    [one] { $count } членство
    [few] { $count } членства
    [many] { $count } членств
   *[other] { $count } членства
    }
billing-show = Показати
billing-every-status = Будь-який статус
billing-memberships = Членства
billing-no-memberships-yet = Членств ще немає: додайте членство на сторінці організації.
billing-period-fixed-rollover = рік кластера; хто вступає з { $day }.{ $month }, починає з наступного
billing-period-fixed = рік кластера
billing-period-rolling = місяців від вступу: { $months }
billing-every-kind-lower = будь-який вид
billing-yes-lower = так
billing-no-lower = ні
billing-types-subheading = Що платять члени, за який період і що отримують
billing-new-type = Новий тип
billing-types = Типи
billing-name = Назва
billing-fee = Внесок
billing-period = Період
billing-tax = ПДВ
billing-open-to = Доступно для
billing-vote = Голос
billing-no-types-yet = Типів членства ще немає.
billing-open-to-hint = Через кому, з переліку: { $codes }. Порожньо — для будь-якого виду.
billing-yes = Так
billing-voting-rights = Право голосу
billing-benefits = Переваги
billing-period-option-fixed = Рік кластера
billing-period-option-rolling = Кількість місяців від вступу
billing-rollover-day = Граничний день
billing-rollover-hint = Для року кластера: хто вступає в цей день або пізніше (день/місяць, наприклад 1/10), починає з наступного року, а решта поточного безкоштовна.
billing-months = Місяці
billing-months-hint = Для періоду від вступу: скільки місяців він триває (12 — рік).
billing-pro-rata = Пропорційно
billing-pro-rata-hint = Чи член, який вступає протягом періоду, платить лише за решту днів.
billing-tax-rate = Ставка ПДВ (%)
billing-tax-rate-hint = Порожньо або 0, якщо внески не оподатковуються.
billing-fee-rule = Правило внеску
fee-rule-flat = Фіксований внесок
fee-rule-by-employees = За діапазонами кількості працівників
fee-rule-by-turnover = За діапазонами обороту
fee-rule-turnover-share = Частка обороту, з мінімумом і максимумом
fee-rule-in-kind = У натуральній формі (години за ставкою)
billing-flat-fee = Фіксований внесок ({ $currency })
billing-bands = Діапазони
billing-bands-hint = Один діапазон на рядок, МЕЖА: ВНЕСОК, останній rest: ВНЕСОК. За кількістю працівників: '9: 300', '49: 800', 'rest: 2000'. За обігом межі — це суми.
billing-share-of-turnover = Частка обігу (%)
billing-floor = Мінімум ({ $currency })
billing-cap = Максимум ({ $currency })
billing-in-kind-hours = У натуральній формі: години за період
billing-in-kind-rate = У натуральній формі: вартість години ({ $currency })
billing-save-type = Зберегти тип
billing-type-form-intro = Зчитуються лише поля вибраного правила внеску.
billing-new-membership-type = Новий тип членства
billing-type-created = Тип членства створено.
billing-membership-type = Тип членства
billing-simulate-another = Змоделювати інше правило внеску
billing-fee-simulation = Моделювання внеску
billing-fee-simulation-of = Моделювання внеску: { $name }
billing-simulation-subheading = Випробуйте інше правило внеску на теперішніх членах цього типу. Нічого не зберігається. Зараз: { $rule }.
billing-fee-rule-to-try = Правило внеску для перевірки
billing-simulate = Змоделювати
billing-rule-cannot-be-tried = Правило ще не можна випробувати: виправте позначені нижче поля.
billing-would-pay-more = Платили б більше
billing-would-pay-less = Платили б менше
billing-would-pay-same = Платили б стільки ж
billing-income-by-type = Надходження від внесків за період, за типом
billing-now = Зараз
billing-projected = Прогноз
billing-change = Зміна
billing-no-types = Типів немає.
billing-members-of = Члени типу { $name }
billing-member = Член
billing-type-has-no-members = Цей тип зараз не має членів.
billing-renewal-year = Поновлення { $year }
billing-renewal-subheading = Рахунки на внески за період: спершу кому їх буде виставлено, на яку суму і чому; потім одним клацанням виставляються всі. Повторний запуск нічого не виставляє двічі.
billing-preview = Попередній перегляд
billing-issue-n-invoices = { $count ->
    [one] Виставити { $count } рахунок
    [few] Виставити { $count } рахунки
    [many] Виставити { $count } рахунків
   *[other] Виставити { $count } рахунку
    }
billing-issue-the-invoices = Виставити рахунки
billing-year = Рік
billing-renewal-confirm = Виставити рахунки на внески за { $year } (кількість: { $count }), загалом { $total }? Рахунки нумеруються, і їх не можна видалити.
billing-to-invoice = До виставлення
billing-total = Разом
billing-left-out = Пропущено
billing-no-renewals = Цього року жодне членство не поновлюється.
billing-renewal-done = Виставлено рахунків: { $count }, з { $first } по { $last }.
billing-renewal-nothing = Нічого виставляти: кожне членство цього періоду вже має рахунок.
billing-membership-figures = Показники членства
billing-membership-figures-of = Показники членства { $period }
billing-as-of = Станом на { $day }
billing-new = Нові
billing-lost = Втрачені
billing-retention = Утримання
billing-fees-billed = Внесків виставлено
billing-fees-collected = Внесків отримано
billing-fees-outstanding = Внесків до сплати
billing-five-largest = Сплачено п’ятьма найбільшими платниками
billing-by-type = За типом членства
billing-by-kind = За видом організації
billing-by-size-class = За розміром
billing-no-members = Членів немає.
billing-applied-on = Заяву подано
billing-accepted-member-from = Прийнято, член з
billing-accepted-hint = Порожньо, поки заява чекає на рішення правління.
billing-membership-of = Членство: { $name }
billing-membership-form-intro = Типи, доступні для цього виду організації.
billing-new-membership = Нове членство
billing-choose-membership-type = виберіть тип членства
billing-membership-recorded = Членство записано.
billing-nothing-saved-because = Нічого не збережено: { $error }.
billing-member-from = Член з
billing-suspended-from = Призупинено з
billing-terminated-on = Припинено
billing-accept-from-day = Прийняти з дня
billing-suspend-from-day = Призупинити з дня
billing-reinstate = Відновити
billing-terminate-on-day = Припинити в день
billing-day = День
billing-change-confirm = Застосувати цю зміну до членства? Її буде записано в історії.
billing-fee-invoice-for = Рахунок на внесок за { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Рахунок на внесок: за поточний період, { $period }, нічого виставляти ({ $reason })
billing-issue-fee-invoice = Виставити рахунок на внесок
billing-day-of-period = День періоду
billing-day-of-period-hint = Порожньо — для періоду вище; поновлення ніколи не виставляє повторно рахунок за період, за який його вже виставлено.
billing-issue-fee-invoice-confirm = Виставити рахунок на внесок? Він отримає наступний номер рахунку.
billing-fee-invoices = Рахунки на внески
billing-no-fee-yet = Рахунків на внесок ще не виставлено.
billing-history = Історія
billing-when = Коли
billing-by = Хто
billing-no-changes = Змін немає.
billing-fee-invoice-issued = Рахунок на внесок { $number } виставлено за { $period }.
billing-no-fee-invoice-for = немає рахунку на внесок за { $period }: { $reason }
billing-choose-change = виберіть зміну
billing-change-recorded = Зміну записано.

## Рахунки
billing-bank-statement = Банківська виписка
billing-unmatched-payments = Нерозподілені платежі
billing-reminders = Нагадування про оплату
billing-sent-mail = Надіслані листи
billing-billing-details = Платіжні реквізити
billing-customer = Клієнт
billing-invoices-n = { $count ->
    [one] { $count } рахунок
    [few] { $count } рахунки
    [many] { $count } рахунків
   *[other] { $count } рахунку
    }
billing-outstanding-summary = { $invoices }; до сплати { $amount }
billing-first-500 = показано перші 500, звузьте список, щоб побачити решту
billing-find = Знайти
billing-number-or-customer = Номер або клієнт
billing-every-state = Будь-який стан
billing-every-kind = Будь-який вид
billing-no-invoices-match = Немає відповідних рахунків.
billing-invoices-csv = Рахунки CSV
billing-invoices-xlsx = Рахунки XLSX
billing-payments-csv = Платежі CSV
billing-payments-xlsx = Платежі XLSX
billing-fee-from-membership-option = Членський внесок (виставляється з членства клієнта)
billing-kind-hint = Членський внесок веде Вас до членства, яке обчислює суму і не дає поновленню виставити його двічі.
billing-tax-rate-none-hint = Порожньо або 0 — без ПДВ.
billing-note-on-invoice = Примітка в рахунку
billing-line-what-for = Рядок { $n }: за що
billing-line-quantity = Рядок { $n }: кількість
billing-quantity-hint = 1, якщо порожньо
billing-line-price = Рядок { $n }: ціна за одиницю ({ $currency })
billing-save-draft = Зберегти чернетку
billing-draft-intro = Рахунок за послугу чи подію. Його збережено як чернетку: перевірте його, а потім виставте, щоб він отримав номер.
billing-draft-saved = Чернетку збережено: перевірте її, а потім виставте.
billing-issue-from-membership = Виставте рахунок на внесок із членства: його тип обчислює суму, і поновлення не виставить його повторно.
billing-choose-fee-customer = виберіть клієнта, якому виставити рахунок на членський внесок
billing-no-accepted-membership = клієнт не має прийнятого членства: додайте або прийміть членство, а потім виставте рахунок на внесок із нього
billing-invoice = Рахунок
billing-invoice-title = Рахунок { $number }
billing-printable-invoice = Рахунок для друку
billing-all-invoices = Усі рахунки
billing-net = Без ПДВ
billing-tax-percent = ПДВ ({ $rate })
billing-credited = Скориговано
billing-outstanding = До сплати
billing-corrects = Коригує
billing-how-fee-is-made = Як обчислено внесок
billing-note = Примітка
billing-void-because = Анульовано, бо
billing-issue = Виставити
billing-issue-the-invoice = Виставити рахунок
billing-issue-ask = Виставити рахунок? Він отримає наступний номер року, і потім його не можна буде змінити — лише скоригувати кредит-нотою.
billing-discard = Відкинути
billing-discard-the-draft = Відкинути чернетку
billing-discard-confirm = Відкинути цю чернетку? Вона ще не має номера; нічого іншого не буде втрачено.
billing-record-a-payment = Записати платіж
billing-record-payment = Записати платіж
billing-received-on = Отримано
billing-reference = Призначення платежу
billing-keep-overpayment = Зберегти сплачене понад належну суму як кредит клієнта
billing-keep-overpayment-hint = Без цього суму, більшу за належну, буде відхилено.
billing-customer-has-credit = Клієнт має кредит { $amount }
billing-use-the-credit = Використати кредит
billing-use-credit-confirm = Сплатити { $amount } цього рахунку з кредиту клієнта?
billing-issue-credit-note = Виставити кредит-ноту
billing-amount-to-credit = Сума коригування
billing-amount-to-credit-hint = Порожньо — на все, що ще не скориговано.
billing-what-it-corrects = Що коригує
billing-credit-note-confirm = Виставити кредит-ноту? Вона отримає наступний номер рахунку, і її не можна видалити.
billing-void-title = Анулювати
billing-void-the-invoice = Анулювати рахунок
billing-void-confirm = Анулювати цей рахунок? Він зберігає свій номер, позначений як анульований, і за ним нічого не належить до сплати.
billing-lines = Рядки
billing-description = Опис
billing-quantity = Кількість
billing-price = Ціна
billing-no-lines = Рядків немає.
billing-reversed-on = Сторновано { $day }: { $reason }
billing-kept-as-credit = { $amount } збережено як кредит
billing-reverse-payment-title = Сторнувати платіж на { $amount }, отриманий { $day }
billing-reverse-payment = Сторнувати платіж
billing-reverse-confirm = Сторнувати цей платіж? Він залишиться в історії, позначений як сторнований, а сума знову належатиме до сплати.
billing-payments = Платежі
billing-received = Отримано
billing-from = Джерело
billing-nothing-paid-yet = Ще нічого не сплачено.
billing-credit-notes = Кредит-ноти
billing-reminders-sent = Надіслані нагадування
billing-to = Кому
billing-issued-as = Виставлено під номером { $number }.
billing-draft-discarded = Чернетку відкинуто.
billing-invoice-is-void = Рахунок анульовано.
billing-credit-note-issued = Кредит-ноту { $number } виставлено.

## Рахунок і кредит-нота для друку (юридичний документ, мовою клієнта)
billing-print-invoice = Рахунок
billing-print-credit-note = Кредит-нота
billing-print-draft-invoice = Проєкт рахунку
billing-print-tax-rate = ПДВ { $rate }
billing-print-back = ← Назад до рахунку
billing-print-how = Надрукуйте цю сторінку або збережіть її як PDF у вікні друку.
billing-print-number = № { $number }
billing-print-void = Анульовано
billing-print-paid = Сплачено
billing-print-draft-stamp = Чернетка, не є дійсним рахунком
billing-print-vat = ІПН ПДВ
billing-print-bill-to = Платник
billing-print-details = Реквізити
billing-print-date = Дата
billing-print-due = Сплатити до
billing-print-corrects = Коригує
billing-print-corrects-invoice = Рахунок { $number }
billing-print-description = Найменування
billing-print-qty = К-сть
billing-print-price = Ціна без ПДВ
billing-print-net = Сума без ПДВ
billing-print-tax = Ставка ПДВ
billing-print-tax-amount = Сума ПДВ
billing-print-total = Усього з ПДВ
billing-print-credited = Скориговано
billing-print-to-pay = До сплати
billing-print-tax-note = ПДВ обчислюється один раз від загальної суми рахунку без ПДВ; суми за рядками округлено кожну окремо.
billing-print-pay-to-iban = Просимо сплатити переказом на IBAN { $iban } із призначенням платежу { $reference }.
billing-print-pay-reference = Просимо сплатити з призначенням платежу { $reference }.

## Платежі та кредит клієнта
billing-payment-recorded = Платіж записано.
billing-unmatched-subheading = Отримані кошти, які не вдалося розподілити ні за номером рахунку, ні за податковим номером. Вкажіть для кожного платежу рахунок, який він сплачує.
billing-unmatched-payment = { $amount } від { $day }: { $reference }
billing-assign = Розподілити
billing-invoice-number = Номер рахунку
billing-text = Текст
billing-all-matched = Кожен отриманий платіж розподілено на рахунок.
billing-payment-now-pays = Платіж тепер сплачує { $number }.
billing-payment-reversed = Платіж сторновано; він залишається в історії.
billing-credit-pays = Рахунок сплачено з кредиту клієнта: { $amount }.
billing-customers-credit = Кредит клієнта
billing-credit-of = Кредит: { $name }
billing-credit-subheading = Залишок: { $amount }. Він утворився з платежів понад належне за рахунком; використайте його для відкритого рахунку або запишіть його повернення.
billing-refund = Повернення
billing-record-the-refund = Записати повернення
billing-all-of-credit-hint = Порожньо — весь кредит.
billing-how-paid-back = Як повернуто
billing-refund-confirm = Записати, що цей кредит повернуто клієнтові?
billing-what = Що
billing-never-had-credit = Клієнт ніколи не мав кредиту.
billing-refund-recorded = Повернення { $amount } записано.

## Банківські виписки
billing-bank-intro = Виписка, яку експортує Ваш банк, у форматі CSV (коми, крапки з комою або табуляції) чи XLSX, зі стовпцем дати і стовпцем суми (названими англійською, іспанською, італійською, німецькою або французькою). Кожен отриманий платіж розподіляється на рахунок за номером рахунку в його тексті або за податковим номером клієнта і точною належною сумою; решта чекає на ручний розподіл. Ви побачите результат кожного рядка, перш ніж щось буде записано, а виписку, імпортовану двічі, буде записано один раз.
billing-statement = Виписка
billing-at-most-mib = Не більше { $mib } МіБ.
billing-upload-and-check = Завантажити й перевірити
billing-choose-file = Виберіть файл для завантаження.
billing-file-unreadable = Цей файл неможливо прочитати: { $message }.
billing-matched-by = { $number } ({ $customer }, за: { $by })
billing-matched-by-credit = { $number } ({ $customer }, за: { $by }); { $amount } понад суму збережено як кредит
billing-no-invoice-found = Рахунок не знайдено: збережено як нерозподілений
billing-money-out = Вихідний платіж: пропущено
billing-other-currency = У валюті { $currency }, а не у валюті кластера: залишено для ручного проведення
billing-recorded-before = Записано раніше
billing-bank-statement-of = Банківська виписка { $name }
billing-statement-unreadable = Цю виписку неможливо прочитати: { $message }.
billing-bank-preview = Що зробить записування цієї виписки, рядок за рядком. Ще нічого не записано.
billing-matched-to-invoice = Розподілено на рахунок
billing-unmatched-kept = Нерозподілені, чекають на ручний розподіл
billing-lines-unreadable = Рядків, які неможливо прочитати: { $count }, тому нічого не можна записати: { $errors }
billing-record = Записати
billing-record-the-payments = Записати платежі
billing-line = Рядок
billing-date = Дата
billing-outcome = Результат
billing-statement-no-lines = У виписці немає рядків.
billing-nothing-recorded = Нічого не записано: деякі рядки неможливо прочитати.
billing-bank-recorded = Платежів записано на рахунки: { $matched }; збережено як нерозподілені: { $unmatched }.

## Нагадування про оплату
billing-reminders-subheading = Прострочені рахунки і кому йде нагадування: контактам клієнта з бухгалтерії чи фінансів, а якщо таких немає — усім його контактам з адресою електронної пошти. Про рахунок нагадують не частіше ніж раз на { $days } днів.
billing-mail-not-set-up = Пошту не налаштовано, тому нагадування неможливо надіслати: задайте CLUSTERDESK_SMTP_URL і CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Надіслати { $count } нагадування
    [few] Надіслати { $count } нагадування
    [many] Надіслати { $count } нагадувань
   *[other] Надіслати { $count } нагадування
    }
billing-send-reminders = Надіслати нагадування
billing-send-reminders-confirm = { $count ->
    [one] Надіслати зараз { $count } лист із нагадуванням?
    [few] Надіслати зараз { $count } листи з нагадуванням?
    [many] Надіслати зараз { $count } листів із нагадуванням?
   *[other] Надіслати зараз { $count } листа з нагадуванням?
    }
billing-will-be-reminded = Отримає нагадування
billing-queued = У черзі на надсилання
billing-no-address = Немає контакту з адресою електронної пошти
billing-reminded-on = Нагадано { $day }
billing-settled-meanwhile = Тим часом сплачено або врегульовано
billing-overdue-invoices = Прострочені рахунки
billing-days-overdue = Днів прострочення
billing-open = До сплати
billing-reminder = Нагадування
billing-none-overdue = Прострочених рахунків немає.
billing-reminders-on-way = { $count ->
    [one] { $count } нагадування вже в дорозі
    [few] { $count } нагадування вже в дорозі
    [many] { $count } нагадувань уже в дорозі
   *[other] { $count } нагадування вже в дорозі
    }: журнал надсилання показує, коли вирушає кожне.

## Платіжні реквізити видавця
billing-legal-name = Офіційна назва
billing-legal-name-hint = Як вона зазначається в рахунках; назва кластера, якщо порожньо.
billing-address = Адреса
billing-vat-id = ІПН платника ПДВ
billing-iban = IBAN
billing-iban-hint = Куди члени переказують внески; друкується в рахунках і нагадуваннях.
billing-billing-email = Електронна пошта для рахунків
billing-billing-email-hint = Сюди надходять відповіді на нагадування.
billing-save = Зберегти
billing-details-intro = Що кластер друкує у своїх рахунках як їхній видавець.
billing-details-saved = Платіжні реквізити збережено.
billing-documents-language = Мова документів кластера
billing-documents-language-is = Документи мовою: { $language }
billing-documents-language-of-country = { $language } — мова країни
billing-documents-language-hint = Цією мовою складаються рахунки, кредит-ноти й нагадування клієнтам без власної мови, листи тим, хто не обрав мову, та анкети, створені із шаблону. Списки організацій і контактів за назвою впорядковано за його абеткою.
billing-documents-language-set = Документи кластера тепер складаються мовою: { $language }.

## Що clusterdesk пише в рахунку та кредитному рахунку клієнта, мовою клієнта
invoice-line-membership-fee = Членський внесок { $type } { $period }
invoice-line-registration = Реєстрація: { $event }, { $day }
invoice-line-registration-member = Реєстрація: { $event }, { $day } (ціна для членів)
invoice-line-service = { $service }, { $day }
invoice-line-service-member = { $service }, { $day } (ціна для членів)
invoice-explanation-services =
    { $count ->
        [one] Надані послуги ({ $count } послуга)
        [few] Надані послуги ({ $count } послуги)
        [many] Надані послуги ({ $count } послуг)
       *[other] Надані послуги ({ $count } послуги)
    }
invoice-line-credit = Кредит за рахунком { $number }: { $reason }
invoice-credit-registration-cancelled = реєстрацію { $name } скасовано: { $reason }
invoice-credit-event-cancelled = подію скасовано
invoice-credit-by-the-team = командою
invoice-credit-by-the-person = самою особою

## Історія членства
membership-history-applied = подано заяву { $day }
membership-history-accepted = прийнято, з { $day }
membership-history-suspended = призупинено з { $day }
membership-history-terminated = припинено { $day }
membership-history-reinstated = відновлено
membership-history-suspended-when-imported = призупинено під час імпорту
membership-history-imported = імпортовано з { $file }: { $what }

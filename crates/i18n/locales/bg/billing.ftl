# Фактуриране: членства и членски внос, фактури и кредитни известия, плащания, банкови извлечения,
# напомняния за плащане, данни за фактуриране на издателя и фактура за печат.

## Етикети на изброяванията (по кодовете им)
membership-status-applied = Подадено заявление
membership-status-active = Активно
membership-status-active-fee-unpaid = Активно, неплатен членски внос
membership-status-suspended = Спряно
membership-status-lapsed = Изтекло
membership-status-terminated = Прекратено
invoice-state-draft = Чернова
invoice-state-issued = Издадена
invoice-state-partially-paid = Частично платена
invoice-state-paid = Платена
invoice-state-overdue = Просрочена
invoice-state-credited = Кредитирана
invoice-state-void = Анулирана
invoice-kind-fee = Членски внос
invoice-kind-service = Услуга
invoice-kind-event = Събитие
invoice-kind-credit-note = Кредитно известие
payment-source-manual = въведено ръчно
payment-source-bank = банково извлечение
payment-source-credit = кредит на клиента
credit-kind-overpayment = Задържано надплатено
credit-kind-applied = Използван за фактура
credit-kind-refund = Възстановен
credit-kind-reversal = Сторнирано плащане

## Членства
billing-new-invoice = Нова фактура
billing-credit-balance = Кредит: { $amount }
billing-not-a-member = Не е член
billing-membership = Членство
billing-type = Вид
billing-why = Причина
billing-member-since = Член от
billing-not-a-member-empty = Не е член.
billing-add-membership = Добавяне на членство
billing-invoices-count = Фактури ({ $count })
billing-no-invoices = Няма фактури.
billing-number = Номер
billing-issued = Издадена
billing-due = Падеж
billing-amount = Сума
billing-paid = Платено
billing-state = Състояние
billing-draft = Чернова
billing-membership-types = Видове членство
billing-renewal = Подновяване
billing-figures = Данни
billing-memberships-count = { $count ->
    [one] { $count } членство
   *[other] { $count } членства
    }
billing-show = Показване
billing-every-status = Всеки статус
billing-memberships = Членства
billing-no-memberships-yet = Все още няма членства: добавете от страницата на организация.
billing-period-fixed-rollover = годината на клъстера; присъединилите се от { $day }.{ $month } започват от следващата
billing-period-fixed = годината на клъстера
billing-period-rolling = месеци от присъединяването: { $months }
billing-every-kind-lower = всеки вид
billing-yes-lower = да
billing-no-lower = не
billing-types-subheading = Какво плащат членовете, за какъв период и какво получават
billing-new-type = Нов вид
billing-types = Видове
billing-name = Наименование
billing-fee = Вноска
billing-period = Период
billing-tax = ДДС
billing-open-to = Достъпно за
billing-vote = Глас
billing-no-types-yet = Все още няма видове членство.
billing-open-to-hint = Разделени със запетаи, измежду: { $codes }. Празно за всеки вид.
billing-yes = Да
billing-voting-rights = Право на глас
billing-benefits = Предимства
billing-period-option-fixed = Годината на клъстера
billing-period-option-rolling = Брой месеци от присъединяването
billing-rollover-day = Пределен ден
billing-rollover-hint = За годината на клъстера: който се присъедини на този ден или след него (ден/месец, например 1/10), започва от следващата година, а остатъкът от текущата е безплатен.
billing-months = Месеци
billing-months-hint = За период от присъединяването: колко месеца трае (12 за година).
billing-pro-rata = Пропорционално
billing-pro-rata-hint = Дали член, който се присъедини по време на период, плаща само за оставащите дни.
billing-tax-rate = Ставка на ДДС (%)
billing-tax-rate-hint = Празно или 0, ако вносът не се облага с ДДС.
billing-fee-rule = Правило за вноската
fee-rule-flat = Фиксиран внос
fee-rule-by-employees = По групи според броя служители
fee-rule-by-turnover = По групи според оборота
fee-rule-turnover-share = Дял от оборота, с минимум и максимум
fee-rule-in-kind = В натура (часове по ставка)
billing-flat-fee = Фиксирана вноска ({ $currency })
billing-bands = Диапазони
billing-bands-hint = Един диапазон на ред, ГРАНИЦА: ВНОСКА, последният rest: ВНОСКА. По брой служители: '9: 300', '49: 800', 'rest: 2000'. По оборот границите са суми.
billing-share-of-turnover = Дял от оборота (%)
billing-floor = Минимум ({ $currency })
billing-cap = Максимум ({ $currency })
billing-in-kind-hours = В натура: часове за период
billing-in-kind-rate = В натура: стойност на час ({ $currency })
billing-save-type = Запазване на вида
billing-type-form-intro = Четат се само полетата на избраното правило за вноската.
billing-new-membership-type = Нов вид членство
billing-type-created = Видът членство е създаден.
billing-membership-type = Вид членство
billing-simulate-another = Симулиране на друго правило за вноската
billing-fee-simulation = Симулация на вноската
billing-fee-simulation-of = Симулация на вноската: { $name }
billing-simulation-subheading = Изпробвайте друго правило за вноската върху настоящите членове от този вид. Нищо не се запазва. Сега: { $rule }.
billing-fee-rule-to-try = Правило за изпробване
billing-simulate = Симулиране
billing-rule-cannot-be-tried = Правилото още не може да се изпробва: поправете отбелязаните по-долу полета.
billing-would-pay-more = Биха платили повече
billing-would-pay-less = Биха платили по-малко
billing-would-pay-same = Биха платили същото
billing-income-by-type = Приходи от вноски за период, по вид
billing-now = Сега
billing-projected = Прогноза
billing-change = Промяна
billing-no-types = Няма видове.
billing-members-of = Членове от вида { $name }
billing-member = Член
billing-type-has-no-members = Видът няма членове в момента.
billing-renewal-year = Подновяване { $year }
billing-renewal-subheading = Фактурите за членски внос за период: първо на кого ще се фактурира, колко и защо; после едно щракване ги издава всички. Повторното пускане не издава нищо два пъти.
billing-preview = Преглед
billing-issue-n-invoices = { $count ->
    [one] Издаване на { $count } фактура
   *[other] Издаване на { $count } фактури
    }
billing-issue-the-invoices = Издаване на фактурите
billing-year = Година
billing-renewal-confirm = Да се издадат ли { $count ->
    [one] { $count } фактура за членски внос
   *[other] { $count } фактури за членски внос
    } за { $year }, общо { $total }? Фактурите се номерират и не могат да се изтриват.
billing-to-invoice = За фактуриране
billing-total = Общо
billing-left-out = Пропуснати
billing-no-renewals = Тази година не се подновява нито едно членство.
billing-renewal-done = { $count ->
    [one] Издадена е { $count } фактура
   *[other] Издадени са { $count } фактури
    }, от { $first } до { $last }.
billing-renewal-nothing = Няма какво да се издаде: всяко членство за периода вече е фактурирано.
billing-membership-figures = Данни за членството
billing-membership-figures-of = Данни за членството { $period }
billing-as-of = Към { $day }
billing-new = Нови
billing-lost = Загубени
billing-retention = Задържане
billing-fees-billed = Фактуриран членски внос
billing-fees-collected = Събран членски внос
billing-fees-outstanding = Неплатен членски внос
billing-five-largest = Платено от петте най-големи платци
billing-by-type = По вид членство
billing-by-kind = По вид организация
billing-by-size-class = По размер
billing-no-members = Няма членове.
billing-applied-on = Заявление от
billing-accepted-member-from = Приет, член от
billing-accepted-hint = Празно, докато заявлението чака управителния съвет.
billing-membership-of = Членство: { $name }
billing-membership-form-intro = Видовете, достъпни за този вид организация.
billing-new-membership = Ново членство
billing-choose-membership-type = изберете вид членство
billing-membership-recorded = Членството е записано.
billing-nothing-saved-because = Нищо не е запазено: { $error }.
billing-member-from = Член от
billing-suspended-from = Спряно от
billing-terminated-on = Прекратено на
billing-accept-from-day = Приемане от деня
billing-suspend-from-day = Спиране от деня
billing-reinstate = Възстановяване
billing-terminate-on-day = Прекратяване на деня
billing-day = Ден
billing-change-confirm = Да се приложи ли тази промяна към членството? Тя се записва в историята му.
billing-fee-invoice-for = Фактура за членски внос за { $period }: { $amount } ({ $explanation })
billing-fee-invoice-none = Фактура за членски внос: за текущия период, { $period }, няма какво да се издаде ({ $reason })
billing-issue-fee-invoice = Издаване на фактура за членски внос
billing-day-of-period = Ден от периода
billing-day-of-period-hint = Празно за периода по-горе; подновяването никога не фактурира повторно вече фактуриран период.
billing-issue-fee-invoice-confirm = Да се издаде ли фактурата за членски внос? Тя получава следващия номер на фактура.
billing-fee-invoices = Фактури за членски внос
billing-no-fee-yet = Все още няма фактуриран членски внос.
billing-history = История
billing-when = Кога
billing-by = От
billing-no-changes = Няма промени.
billing-fee-invoice-issued = Фактура за членски внос { $number } е издадена за { $period }.
billing-no-fee-invoice-for = няма фактура за членски внос за { $period }: { $reason }
billing-choose-change = изберете промяна
billing-change-recorded = Промяната е записана.

## Фактури
billing-bank-statement = Банково извлечение
billing-unmatched-payments = Неразпределени плащания
billing-reminders = Напомняния за плащане
billing-sent-mail = Изпратени писма
billing-billing-details = Данни за фактуриране
billing-customer = Получател
billing-invoices-n = { $count ->
    [one] { $count } фактура
   *[other] { $count } фактури
    }
billing-outstanding-summary = { $invoices }; неплатени { $amount }
billing-first-500 = показани са първите 500, стеснете списъка, за да видите останалите
billing-find = Търсене
billing-number-or-customer = Номер или получател
billing-every-state = Всяко състояние
billing-every-kind = Всеки вид
billing-no-invoices-match = Няма съответстващи фактури.
billing-invoices-csv = Фактури CSV
billing-invoices-xlsx = Фактури XLSX
billing-payments-csv = Плащания CSV
billing-payments-xlsx = Плащания XLSX
billing-fee-from-membership-option = Членски внос (издава се от членството на получателя)
billing-kind-hint = Членският внос Ви отвежда към членството, което изчислява сумата и не позволява подновяването да го фактурира два пъти.
billing-tax-rate-none-hint = Празно или 0 за без ДДС.
billing-note-on-invoice = Забележка във фактурата
billing-line-what-for = Ред { $n }: за какво
billing-line-quantity = Ред { $n }: количество
billing-quantity-hint = 1, ако е празно
billing-line-price = Ред { $n }: единична цена ({ $currency })
billing-save-draft = Запазване на черновата
billing-draft-intro = Фактура за услуга или събитие. Запазва се като чернова: проверете я и след това я издайте, за да получи номер.
billing-draft-saved = Черновата е запазена: проверете я и след това я издайте.
billing-issue-from-membership = Издайте фактурата за членски внос от членството: видът му изчислява сумата, а подновяването няма да я фактурира отново.
billing-choose-fee-customer = изберете получателя, чийто членски внос да се фактурира
billing-no-accepted-membership = получателят няма прието членство: добавете или приемете такова, след това фактурирайте вноската от него
billing-invoice = Фактура
billing-invoice-title = Фактура { $number }
billing-printable-invoice = Фактура за печат
billing-all-invoices = Всички фактури
billing-net = Данъчна основа
billing-tax-percent = ДДС ({ $rate })
billing-credited = Кредитирано
billing-outstanding = Неплатено
billing-corrects = Коригира
billing-how-fee-is-made = Как се формира вноската
billing-note = Забележка
billing-void-because = Анулирана, защото
billing-issue = Издаване
billing-issue-the-invoice = Издаване на фактурата
billing-issue-ask = Да се издаде ли фактурата? Тя получава следващия номер за годината и след това не може да се променя, а само да се коригира с кредитно известие.
billing-discard = Отхвърляне
billing-discard-the-draft = Отхвърляне на черновата
billing-discard-confirm = Да се отхвърли ли тази чернова? Тя още няма номер; нищо друго не се губи.
billing-record-a-payment = Записване на плащане
billing-record-payment = Записване на плащането
billing-received-on = Получено на
billing-reference = Основание
billing-keep-overpayment = Задържане на платеното над дължимото като кредит на клиента
billing-keep-overpayment-hint = Без това сума над дължимото се отказва.
billing-customer-has-credit = Клиентът има кредит { $amount }
billing-use-the-credit = Използване на кредита
billing-use-credit-confirm = Да се платят ли { $amount } от тази фактура от кредита на клиента?
billing-issue-credit-note = Издаване на кредитно известие
billing-amount-to-credit = Сума за кредитиране
billing-amount-to-credit-hint = Празно за всичко, което още не е кредитирано.
billing-what-it-corrects = Какво коригира
billing-credit-note-confirm = Да се издаде ли кредитно известие? То получава следващия номер на фактура и не може да се изтрие.
billing-void-title = Анулиране
billing-void-the-invoice = Анулиране на фактурата
billing-void-confirm = Да се анулира ли тази фактура? Тя запазва номера си, отбелязана като анулирана, и по нея нищо не се дължи.
billing-lines = Редове
billing-description = Описание
billing-quantity = Количество
billing-price = Цена
billing-no-lines = Няма редове.
billing-reversed-on = Сторнирано на { $day }: { $reason }
billing-kept-as-credit = { $amount } задържани като кредит
billing-reverse-payment-title = Сторниране на плащането от { $amount }, получено на { $day }
billing-reverse-payment = Сторниране на плащането
billing-reverse-confirm = Да се сторнира ли това плащане? То остава в историята, отбелязано като сторнирано, и сумата отново се дължи.
billing-payments = Плащания
billing-received = Получено
billing-from = Източник
billing-nothing-paid-yet = Все още нищо не е платено.
billing-credit-notes = Кредитни известия
billing-reminders-sent = Изпратени напомняния
billing-to = До
billing-issued-as = Издадена под номер { $number }.
billing-draft-discarded = Черновата е отхвърлена.
billing-invoice-is-void = Фактурата е анулирана.
billing-credit-note-issued = Кредитно известие { $number } е издадено.

## Фактура и кредитно известие за печат (правен документ, на езика на клиента)
billing-print-invoice = Фактура
billing-print-credit-note = Кредитно известие
billing-print-draft-invoice = Проект на фактура
billing-print-tax-rate = ДДС { $rate }
billing-print-back = ← Обратно към фактурата
billing-print-how = Отпечатайте тази страница или я запазете като PDF от прозореца за печат.
billing-print-number = № { $number }
billing-print-void = Анулирана
billing-print-paid = Платена
billing-print-draft-stamp = Чернова, невалидна като фактура
billing-print-vat = ДДС №
billing-print-bill-to = Получател
billing-print-details = Данни
billing-print-date = Дата на издаване
billing-print-due = Срок за плащане
billing-print-corrects = Към
billing-print-corrects-invoice = Фактура { $number }
billing-print-description = Наименование на стоката или услугата
billing-print-qty = Кол.
billing-print-price = Единична цена
billing-print-net = Данъчна основа
billing-print-tax = Ставка ДДС
billing-print-tax-amount = Сума на ДДС
billing-print-total = Общо
billing-print-credited = Кредитирано
billing-print-to-pay = Остатък за плащане
billing-print-tax-note = ДДС се изчислява веднъж върху общата данъчна основа на фактурата; сумите по редове са закръглени поотделно.
billing-print-pay-to-iban = Моля, преведете сумата по IBAN { $iban }, с основание { $reference }.
billing-print-pay-reference = Моля, платете сумата с основание { $reference }.

## Плащания и кредит на клиента
billing-payment-recorded = Плащането е записано.
billing-unmatched-subheading = Получени пари, които не са разпределени по номер на фактура или ДДС номер. Посочете за всяко плащане фактурата, която то погасява.
billing-unmatched-payment = { $amount } на { $day }: { $reference }
billing-assign = Разпределяне
billing-invoice-number = Номер на фактура
billing-text = Текст
billing-all-matched = Всяко получено плащане е разпределено към фактура.
billing-payment-now-pays = Плащането вече погасява { $number }.
billing-payment-reversed = Плащането е сторнирано; остава в историята.
billing-credit-pays = Фактурата е платена с { $amount } от кредита на клиента.
billing-customers-credit = Кредит на клиента
billing-credit-of = Кредит: { $name }
billing-credit-subheading = Остават { $amount }. Кредитът идва от плащания над дължимото по фактура; използвайте го за отворена фактура или запишете възстановяването му.
billing-refund = Възстановяване
billing-record-the-refund = Записване на възстановяването
billing-all-of-credit-hint = Празно за целия кредит.
billing-how-paid-back = Как е възстановен
billing-refund-confirm = Да се запише ли, че този кредит е възстановен на клиента?
billing-what = Какво
billing-never-had-credit = Клиентът никога не е имал кредит.
billing-refund-recorded = Възстановяването на { $amount } е записано.

## Банкови извлечения
billing-bank-intro = Извлечението, което Вашата банка експортира, като CSV (запетаи, точки и запетаи или табулации) или XLSX, с колона за дата и колона за сума (наименувани на английски, испански, италиански, немски или френски). Всяко получено плащане се разпределя към фактура по номера на фактурата в текста му или по ДДС номера на клиента и точната дължима сума; останалите се пазят за ръчно разпределяне. Ще видите резултата за всеки ред, преди да се запише каквото и да било, а извлечение, импортирано два пъти, се записва веднъж.
billing-statement = Извлечение
billing-at-most-mib = Най-много { $mib } MiB.
billing-upload-and-check = Качване и проверка
billing-choose-file = Изберете файл за качване.
billing-file-unreadable = Този файл не може да бъде прочетен: { $message }.
billing-matched-by = { $number } ({ $customer }, по { $by })
billing-matched-by-credit = { $number } ({ $customer }, по { $by }); { $amount } над сумата задържани като кредит
billing-no-invoice-found = Не е намерена фактура: запазено като неразпределено
billing-money-out = Изходящо плащане: пропуснато
billing-other-currency = Във { $currency }, не във валутата на клъстера: оставено за ръчно осчетоводяване
billing-recorded-before = Записано по-рано
billing-bank-statement-of = Банково извлечение { $name }
billing-statement-unreadable = Това извлечение не може да бъде прочетено: { $message }.
billing-bank-preview = Какво ще направи записването на това извлечение, ред по ред. Още нищо не е записано.
billing-matched-to-invoice = Разпределени към фактура
billing-unmatched-kept = Неразпределени, запазени за ръчно разпределяне
billing-lines-unreadable = Редове, които не могат да бъдат прочетени: { $count }, затова нищо не може да се запише: { $errors }
billing-record = Записване
billing-record-the-payments = Записване на плащанията
billing-line = Ред
billing-date = Дата
billing-outcome = Резултат
billing-statement-no-lines = Извлечението няма редове.
billing-nothing-recorded = Нищо не е записано: някои редове не могат да бъдат прочетени.
billing-bank-recorded = Плащания, записани по фактури: { $matched }; запазени като неразпределени: { $unmatched }.

## Напомняния за плащане
billing-reminders-subheading = Просрочени фактури и до кого отива напомнянето: до контактите на клиента по фактуриране или финанси, а ако няма такива – до всичките му контакти с имейл адрес. За една фактура се напомня най-много веднъж на { $days } дни.
billing-mail-not-set-up = Пощата не е настроена, затова напомнянията не могат да се изпращат: задайте CLUSTERDESK_SMTP_URL и CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Изпращане на { $count } напомняне
   *[other] Изпращане на { $count } напомняния
    }
billing-send-reminders = Изпращане на напомнянията
billing-send-reminders-confirm = { $count ->
    [one] Да се изпрати ли сега { $count } имейл с напомняне?
   *[other] Да се изпратят ли сега { $count } имейла с напомняне?
    }
billing-will-be-reminded = Ще получи напомняне
billing-queued = На опашка за изпращане
billing-no-address = Няма контакт с имейл адрес
billing-reminded-on = Напомнено на { $day }
billing-settled-meanwhile = Платена или уредена междувременно
billing-overdue-invoices = Просрочени фактури
billing-days-overdue = Дни просрочие
billing-open = Неплатено
billing-reminder = Напомняне
billing-none-overdue = Няма просрочени фактури.
billing-reminders-on-way = { $count ->
    [one] { $count } напомняне е на път
   *[other] { $count } напомняния са на път
    }: дневникът на изпратените показва кога тръгва всяко.

## Данни за фактуриране на издателя
billing-legal-name = Юридическо наименование
billing-legal-name-hint = Както се изписва във фактурите; името на клъстера, ако е празно.
billing-address = Адрес
billing-vat-id = ДДС номер
billing-iban = IBAN
billing-iban-hint = Където членовете превеждат вноските си; отпечатва се във фактурите и напомнянията.
billing-billing-email = Имейл за фактуриране
billing-billing-email-hint = Отговорите на напомнянията идват тук.
billing-save = Запазване
billing-details-intro = Какво отпечатва клъстерът във фактурите си като техен издател.
billing-details-saved = Данните за фактуриране са запазени.
billing-documents-language = Език на документите на клъстера
billing-documents-language-is = Документи на { $language }
billing-documents-language-of-country = { $language }, езикът на държавата
billing-documents-language-hint = На този език се изготвят фактурите, кредитните известия и напомнянията за клиенти без собствен език, писмата до хора, които не са избрали език, и анкетите, създадени от шаблон. Списъците с организации и контакти по име следват неговата азбука.
billing-documents-language-set = Документите на клъстера вече се изготвят на { $language }.

## Какво пише clusterdesk във фактурата и кредитното известие на клиент, на езика на клиента
invoice-line-membership-fee = Членски внос { $type } { $period }
invoice-line-registration = Регистрация: { $event } на { $day }
invoice-line-registration-member = Регистрация: { $event } на { $day } (цена за членове)
invoice-line-service = { $service } на { $day }
invoice-line-service-member = { $service } на { $day } (цена за членове)
invoice-explanation-services =
    { $count ->
        [one] Предоставени услуги (1 услуга)
       *[other] Предоставени услуги ({ $count } услуги)
    }
invoice-line-credit = Кредит по фактура { $number }: { $reason }
invoice-credit-registration-cancelled = регистрацията на { $name } е отменена: { $reason }
invoice-credit-event-cancelled = събитието беше отменено
invoice-credit-by-the-team = от екипа
invoice-credit-by-the-person = от регистрирания

## История на членство
membership-history-applied = заявено на { $day }
membership-history-accepted = прието, от { $day }
membership-history-suspended = спряно от { $day }
membership-history-terminated = прекратено на { $day }
membership-history-reinstated = възстановено
membership-history-suspended-when-imported = спряно при импортиране
membership-history-imported = импортирано от { $file }: { $what }

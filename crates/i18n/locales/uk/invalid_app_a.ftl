# Повідомлення сценаріїв застосунку: відмови і те, що сторінка чи відповідь API каже про дані (моніторинг, рахунки, опитування, події, членства, реєстрації, банківські виписки, залученість, економіка, проєкти, послуги, ланцюг вартості, сегменти, взаємодії, набори індикаторів, що потребує уваги).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] відвідано { $count } подію
        [few] відвідано { $count } події
       *[other] відвідано { $count } подій
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } активність
        [few] { $count } активності
       *[other] { $count } активностей
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } проєкт
        [few] { $count } проєкти
       *[other] { $count } проєктів
    }
invalid-app-monitoring-active = активний
invalid-app-monitoring-not-active = неактивний
invalid-app-monitoring-sme = МСП
invalid-app-monitoring-large = велике
invalid-app-monitoring-size-unknown = розмір невідомий
invalid-app-monitoring-strand-business =
    { $count ->
        [one] бізнес ({ $count } член)
        [few] бізнес ({ $count } члени)
       *[other] бізнес ({ $count } членів)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] знання ({ $count } член)
        [few] знання ({ $count } члени)
       *[other] знання ({ $count } членів)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] публічна адміністрація ({ $count } член)
        [few] публічна адміністрація ({ $count } члени)
       *[other] публічна адміністрація ({ $count } членів)
    }
invalid-app-monitoring-memberships-began = Членства, що почалися в { $period }
invalid-app-monitoring-members-lost = Члени на початку, які вже не є членами
invalid-app-monitoring-fee-invoices-of = Рахунки на внески за { $period }
invalid-app-monitoring-paid = Сплачено
invalid-app-monitoring-still-owed = Ще до сплати
invalid-app-monitoring-attended = присутніх: { $count }
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } зустріч
        [few] { $count } зустрічі
       *[other] { $count } зустрічей
    }
invalid-app-monitoring-serves-a-challenge = відповідає на виклик
invalid-app-monitoring-serves-no-challenge = не відповідає на жоден виклик
invalid-app-monitoring-numerator = Чисельник
invalid-app-monitoring-denominator = Знаменник
invalid-app-monitoring-members = Члени
invalid-app-monitoring-fte = ЕПЗ
invalid-app-monitoring-no-strategy = Жодна стратегія не охоплює цей рік
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } виклик
        [few] { $count } виклики
       *[other] { $count } викликів
    }
invalid-app-monitoring-action-plan = План дій { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } напрям
        [few] { $count } напрями
       *[other] { $count } напрямів
    }
invalid-app-monitoring-reviewed-by = Переглянуто: { $name }
invalid-app-monitoring-part-of = { $part } з { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } новий продукт
        [few] { $count } нові продукти
       *[other] { $count } нових продуктів
    }
invalid-app-monitoring-campaign-closed = { $title } (закрита)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } відповідь, середнє { $mean }
        [few] { $count } відповіді, середнє { $mean }
       *[other] { $count } відповідей, середнє { $mean }
    }
invalid-app-monitoring-entered-by = Внесено: { $name }
invalid-app-monitoring-name-required = дайте індикатору назву
invalid-app-monitoring-at-most-200 = не більше 200 символів
invalid-app-monitoring-control-character = містить керівний символ
invalid-app-monitoring-at-most-2000 = не більше 2000 символів
invalid-app-monitoring-own-source = власні індикатори кластера вводяться вручну, формулами або з питань опитувань
invalid-app-monitoring-not-a-key = «{ $key }» не є ключем: малі латинські літери, цифри та _, починаючи з літери, не більше 40
invalid-app-monitoring-key-taken = «{ $key }» є ключем індикатора { $name } ({ $code }); оберіть інший
invalid-app-monitoring-not-a-question-key = «{ $key }» не є ключем питання
invalid-app-monitoring-question-required = назвіть питання, середню відповідь на яке бере індикатор
invalid-app-monitoring-formula-periodicity = «{ $key }» має періодичність { $periodicity }, а формула { $own }: формула читає індикатори своєї періодичності
invalid-app-monitoring-added-meanwhile = тієї ж миті було додано інший індикатор із цим ключем або кодом; надішліть ще раз
invalid-app-monitoring-read-by-formula = формула індикатора { $name } ({ $code }) читає «{ $key }»; спершу змініть її
invalid-app-monitoring-give-a-year = { $name } має періодичність { $periodicity }: вкажіть рік, наприклад 2025
invalid-app-monitoring-give-a-quarter = { $name } має періодичність { $periodicity }: вкажіть квартал, наприклад 2025-Q3
invalid-app-monitoring-not-typed = { $name } має джерело { $source }: його значення не вводять
invalid-app-monitoring-value-required = вкажіть значення
invalid-app-monitoring-at-most-1000 = не більше 1000 символів
invalid-app-monitoring-not-an-id = «{ $value }» не є ідентифікатором
invalid-app-monitoring-no-such-evidence = такого елемента немає в архіві підтверджень
invalid-app-monitoring-title-required = дайте заголовок
invalid-app-monitoring-file-empty = файл порожній
invalid-app-monitoring-file-too-large = файл має не більше { $size } МіБ
invalid-app-monitoring-file-kind = архів зберігає документи, таблиці, зображення й тексти (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = вкажіть посилання або файл, не обидва
invalid-app-monitoring-link-or-file = вкажіть посилання або оберіть файл
invalid-app-monitoring-no-such-indicator = «{ $key }» не є індикатором кластера
invalid-app-monitoring-store-full = архів підтверджень вміщує не більше { $size } МіБ на кластер: спершу видаліть старі файли
invalid-app-invoice-fee-kind = членський внесок виставляють із його членства: його тип визначає ціну, а зв’язок із ним не дає жодному поновленню виставити період повторно (сторінка членства або POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = «{ $value }» не є типом рахунку; використайте service або event
invalid-app-invoice-organisation-required = оберіть організацію, якій виставляється рахунок
invalid-app-invoice-line-quantity = рядок { $line }: кількість «{ $value }» не є цілим числом від 1 до 1 000 000
invalid-app-invoice-line-price = рядок { $line }: ціна { $problem }
invalid-app-invoice-line-description = рядок { $line }: укажіть, за що він
invalid-app-invoice-line-description-long = рядок { $line }: опис має бути коротшим за 300 символів
invalid-app-invoice-no-line = рахунку потрібен щонайменше один рядок
invalid-app-invoice-nothing-asked = рядки в сумі дають нуль; рахунок має вимагати суму більшу за нуль
invalid-app-invoice-issued-already = рахунок { $number } уже виставлено
invalid-app-invoice-draft-gone = тим часом чернетку виставили або відкинули
invalid-app-invoice-issued-not-deleted = рахунок { $number } виставлено: його не можна видалити; анулюйте його (якщо нічого не сплачено) або виправте кредит-нотою
invalid-app-invoice-void-reason = поясніть кількома словами, чому його анульовано
invalid-app-invoice-credit-reason = поясніть кількома словами, що виправляє кредит-нота
invalid-app-invoice-credit-amount = кредит від 0 до { $amount }, тобто залишку рахунку
invalid-app-invoice-payment-in-future = платіж не можна записати до того, як його отримано
invalid-app-invoice-payment-zero = платіж більший за нуль
invalid-app-invoice-overpayment = { $amount } більше за { $owed }, які ще належить сплатити за { $number }; підтвердьте переплату, щоб зберегти { $rest } понад це як кредит клієнта
invalid-app-invoice-reverse-reason = поясніть кількома словами, чому платіж сторновано
invalid-app-invoice-credit-spent = { $kept } із цього платежу збережено як кредит клієнта, а з цього кредиту залишилося лише { $left }: спершу сторнуйте платежі, які його використали
invalid-app-invoice-nothing-outstanding = за рахунком { $number } нічого не залишилося до сплати
invalid-app-invoice-no-credit-to-use = клієнт не має кредиту, який можна використати
invalid-app-invoice-refund-note = поясніть кількома словами, як кредит повернуто
invalid-app-invoice-refund-amount = повернення від 0 до { $amount }, тобто кредиту клієнта
invalid-app-invoice-no-credit-to-refund = клієнт не має кредиту, який можна повернути
invalid-app-invoice-after-today = { $day } пізніше за сьогодні
invalid-app-invoice-statement-stopped = { $problem }; нічого не записано: імпортуйте виписку ще раз
invalid-app-invoice-payments-kept-changing = платежі кластера постійно змінювалися під час читання виписки; імпортуйте її ще раз
billing-matched-by-number = номер рахунку
billing-matched-by-vat = ІПН платника ПДВ і сума
invalid-app-invoice-no-such-number = рахунку { $number } немає
invalid-app-invoice-mail-not-set-up = пошту не налаштовано: задайте CLUSTERDESK_SMTP_URL (і CLUSTERDESK_MAIL_FROM), щоб надсилати нагадування
invalid-app-invoice-not-an-iban = не є IBAN (дві літери, потім від 13 до 32 літер і цифр)
invalid-app-invoice-not-an-email = не є адресою електронної пошти
invalid-app-survey-no-such-question = в анкеті немає питання «{ $key }»
invalid-app-survey-choose-section = оберіть розділ
invalid-app-survey-question-depended-on = «{ $question }» показується залежно від цього питання: спершу змініть або видаліть його
invalid-app-survey-no-such-section = такого розділу немає
invalid-app-survey-section-not-empty = у розділі ще є питання: спершу перемістіть або видаліть їх
invalid-app-survey-before-today = { $day } раніше за сьогодні
invalid-app-survey-questionnaire-archived = анкету заархівовано: поверніть її, щоб надіслати
invalid-app-survey-questionnaire-empty = анкета ще нічого не питає: спершу додайте питання
invalid-app-survey-mail-not-set-up = пошту не налаштовано: задайте CLUSTERDESK_SMTP_URL, щоб надіслати опитування
invalid-app-survey-left-out-archived = в архіві
invalid-app-survey-left-out-no-email = немає адреси електронної пошти
invalid-app-survey-left-out-no-consent = немає постійної згоди на опитування електронною поштою
invalid-app-survey-nobody-to-invite = жодному контакту сегмента { $segment } не можна надіслати опитування (контактів: { $count }, жоден не має постійної згоди на опитування електронною поштою)
invalid-app-survey-campaign-closed = кампанія закрилася { $day }: вона більше не приймає відповідей
invalid-app-survey-mail-not-set-up-reminders = пошту не налаштовано: задайте CLUSTERDESK_SMTP_URL, щоб надсилати нагадування
invalid-app-survey-answers-sent = ці відповіді вже надіслано; дякуємо
invalid-app-survey-closed = опитування закрилося { $day }
invalid-app-survey-not-a-size-class = «{ $value }»: можливі micro, small, medium або large
invalid-app-survey-anonymous-no-kind = відповіді анонімної кампанії не зберігають ні виду, ні класу розміру організації, за якими можна фільтрувати
invalid-app-survey-anonymous-no-organisation = відповіді анонімної кампанії не мають організації, за якою можна фільтрувати
invalid-app-event-cancelled-already = подію вже скасовано
invalid-app-event-nobody-moves-up = подія завершилася або скасована: ніхто більше не переходить зі списку очікування
invalid-app-event-registration-cancelled-already = реєстрацію вже скасовано
invalid-app-event-subject-one-line = має бути одним рядком
invalid-app-event-mail-not-set-up = пошту не налаштовано: задайте CLUSTERDESK_SMTP_URL, щоб надсилати листи
invalid-app-event-no-address = ніхто з обраних не має адреси електронної пошти
invalid-app-event-check-in-too-early = подія відбувається { $day }: присутність записують із цього дня, на вході або пізніше
invalid-app-event-check-in-no-seat = на вході можна зареєструвати лише людину з місцем; спершу дайте їй місце
invalid-app-membership-starts-before-applied = членство не може початися до подання заяви
invalid-app-membership-type-not-open = тип { $type } не відкритий для організацій виду { $kind }
invalid-app-membership-one-at-a-time = організація вже має членство; припиніть його, перш ніж додати інше
invalid-app-membership-not-accepted-yet = заяву подано, ще не прийнято
invalid-app-membership-starts-after-period = починається { $day }, після періоду
invalid-app-membership-joined-after-rollover = вступ після граничного дня; перший внесок за { $period }
invalid-app-membership-terminated-before = припинене до періоду
invalid-app-membership-suspended = призупинене
invalid-app-membership-invoiced-already = рахунок за цей період уже виставлено
invalid-app-membership-cannot-be-priced = ціну не вдається визначити: { $problem }
invalid-app-membership-pro-rata = { $explanation }; пропорційно з { $day }
invalid-app-membership-no-fee = без внеску
invalid-app-membership-not-a-renewal-year = { $year } не є роком, за який кластер поновлює членства
invalid-app-membership-no-such-year = такого року немає
invalid-app-membership-from-acceptance = з прийняття
invalid-app-membership-invoiced-by-another-run = тим часом рахунок виставив інший запуск
invalid-app-membership-moved-meanwhile = тим часом членство перейшло до іншої організації; спробуйте ще раз
invalid-app-membership-terminated = членство припинено; натомість додайте нове
invalid-app-membership-accepted-already = членство вже прийнято
invalid-app-membership-suspended-already = членство вже призупинено
invalid-app-membership-suspend-not-accepted = призупинити можна лише прийняте членство
invalid-app-membership-not-suspended = членство не призупинено
invalid-app-membership-ends-before-applied = членство не може закінчитися до подання заяви
invalid-app-registration-confirmed-already = цю реєстрацію вже підтверджено: лист, який ми надіслали, містить Ваше особисте посилання
invalid-app-registration-declined = команда відхилила цю реєстрацію
invalid-app-registration-held = команда перевіряє цю реєстрацію: її не можна підтвердити за посиланням
invalid-app-registration-awaiting-confirmation = ця реєстрація чекає на підтвердження відвідувача електронною поштою
invalid-app-registration-contact-archived = { $name } в архіві: відновіть контакт, перш ніж реєструвати
invalid-app-registration-no-such-contact = жоден чинний контакт кластера не має цієї адреси: спершу додайте людину до її організації
invalid-app-registration-closed = реєстрацію закрито: подія завершилася або скасована
invalid-app-statement-too-large = виписка більша за { $size } МіБ; розділіть її за місяцями
invalid-app-statement-no-date-column = у виписці немає стовпця з датою; назвіть один зі стовпців 'date' (знайдено: { $found })
invalid-app-statement-no-amount-column = у виписці немає стовпця із сумою; назвіть один 'amount' або два — 'credit' і 'debit' (знайдено: { $found })
invalid-app-statement-no-credit-or-debit = у рядку немає ні надходження, ні списання
invalid-app-statement-not-utf8 = XML-виписка не в UTF-8
invalid-app-statement-unreadable = XML-виписку не вдається прочитати: { $problem }
invalid-app-statement-not-camt = XML-файл не є випискою CAMT.053 (його корінь містить не BkToCstmrStmt, а { $found })
invalid-app-statement-not-camt-empty = XML-файл не є випискою CAMT.053 (його корінь не містить BkToCstmrStmt і нічого іншого)
invalid-app-statement-entry-no-date = у записі немає ні дати проведення, ні дати валютування (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = у записі немає суми (Amt)
invalid-app-statement-entry-direction = напрям запису { $value }; CdtDbtInd має бути CRDT або DBIT
invalid-app-statement-no-entries = виписка CAMT.053 не містить записів (Ntry)
invalid-app-engagement-in-group-already = людина вже в групі
invalid-app-engagement-mail-not-set-up = пошту не налаштовано: задайте CLUSTERDESK_SMTP_URL, щоб просити відгуки
invalid-app-engagement-feedback-too-early = відгуки просять, коли подія завершилася
invalid-app-engagement-feedback-not-open = відгуки дають ті, хто прийшов, коли подія завершилася
invalid-app-engagement-rating = оберіть від 1 (погано) до 5 (чудово)
invalid-app-engagement-average = { $mean } (оцінок: { $count })
invalid-app-engagement-not-in-range = «{ $value }» не є числом від { $min } до { $max }
invalid-app-engagement-no-activity = оберіть щонайменше одну активність, яка враховується
invalid-app-engagement-nobody-at-risk = у { $year } жоден член не під ризиком
invalid-app-economics-not-a-year = { $year } не є роком
invalid-app-economics-years-range = запитуйте від одного до { $max } років, перший перед останнім
invalid-app-economics-invoiced-twice = { $year }: { $stream } і введено рядками ({ $entered }), і виставлено в рахунках ({ $invoiced }); видаліть рядки, які вже є в рахунках.
invalid-app-economics-actual-staff-twice = { $year }: фактичні витрати на персонал і введено рядками ({ $entered }), і пораховано з команди ({ $team }); видаліть рядки, які вже є в команді.
invalid-app-economics-budget-staff-twice = { $year }: заплановані витрати на персонал і введено рядками ({ $entered }), і пораховано з команди ({ $team }); видаліть рядки, які вже є в команді.
invalid-app-economics-staff-from-team = витрати на персонал цього року беруться з команди: запишіть людей на сторінці «Команда»
invalid-app-economics-from-invoices = фактичні { $stream } уже беруться з рахунків: введіть їх там або введіть рядок бюджету
invalid-app-economics-from-funding = фактичні { $stream } уже беруться з джерел фінансування проєктів: введіть їх там або введіть рядок бюджету
invalid-app-economics-over-a-billion = більше за мільярд
invalid-app-economics-no-such-day = такого дня немає
invalid-app-strategy-unknown-segment = { $id } не є сегментом ланцюга вартості мережі
invalid-app-project-weights-zero = щонайменше один критерій повинен мати вагу
invalid-app-project-idea-promoted-already = ця ідея вже є проєктом
invalid-app-project-idea-promoted-meanwhile = тим часом цю ідею вже втілено в проєкт
invalid-app-project-at-stage-already = проєкт уже на етапі { $stage }
invalid-app-project-organisation-archived = { $name } в архіві (або об’єднана з іншою): спершу відновіть її
invalid-app-project-participant-one-of = учасник — це одна організація кластера, один кластер-партнер або одна зовнішня організація
invalid-app-service-archived = послуга { $name } в архіві: її більше не надають
invalid-app-service-delivery-invoiced = надання послуги є в рахунку: виправте його там
invalid-app-service-choose-deliveries = оберіть надання послуг, на які виставити рахунок
invalid-app-service-too-many-deliveries = не більше { $max } в одному рахунку
invalid-app-service-delivery-on-invoice = надання послуги { $service } від { $day } уже є в рахунку { $number }
invalid-app-service-different-organisations = надання послуг стосуються різних організацій: один рахунок — для однієї
invalid-app-service-different-tax-rates = надання послуг мають різні ставки ПДВ: розмістіть їх в окремих рахунках
invalid-app-service-free = надання послуг нічого не коштують: безоплатна послуга не потребує рахунку
invalid-app-service-invoiced-meanwhile = тим часом на частину надань послуг виставили рахунок; нічого не зроблено
invalid-app-task-assignee = оберіть когось із команди кластера, хто може виконувати завдання (працівник або менеджер кластера)
invalid-app-value-chain-kind = оберіть сегмент або технологію
invalid-app-value-chain-term-exists = у таксономії вже є цей термін
invalid-app-value-chain-unknown-term = { $id } не є терміном таксономії мережі
invalid-app-value-chain-title = обов’язкове, не більше 200 символів
invalid-app-value-chain-choose-term = оберіть термін таксономії мережі
invalid-app-segment-tag-length = мітка має від 1 до 60 символів
invalid-app-segment-name-taken = сегмент «{ $name }» уже існує; оберіть іншу назву або відкрийте той
invalid-app-interaction-organisation = оберіть організацію
invalid-app-interaction-contact = оберіть людину з цієї організації
invalid-app-interaction-staff = оберіть когось із команди кластера
invalid-app-interaction-template = оберіть один із шаблонів інтерв’ю кластера
invalid-app-interaction-answers = дайте відповідь щонайменше на одне питання
invalid-app-interaction-template-kind = питання шаблону належать до інтерв’ю
invalid-app-interaction-template-name = обов’язкове, не більше 120 символів
invalid-app-interaction-template-questions = напишіть від 1 до 60 питань, по одному в рядку
invalid-app-indicator-set-no-such-indicator = «{ $key }» не є індикатором каталогу кластера
invalid-app-indicator-set-too-many-lines = набір має не більше { $max } рядків
invalid-app-indicator-set-code-twice = { $code } уже є в наборі
invalid-app-indicator-set-code-taken = { $code } уже є в наборі; дайте рядку інший код
invalid-app-indicator-set-copy-too-long = набір має не більше { $max } рядків; цей має { $count }
invalid-app-indicator-set-full = набір має { $max } рядків, стільки, скільки можна; спершу видаліть один
invalid-app-attention-due-today = термін сьогодні
invalid-app-attention-due-tomorrow = термін завтра
invalid-app-attention-overdue-since = прострочено з { $day }
invalid-app-attention-due-on = термін { $day }
invalid-app-attention-for-someone = , для: { $name }
invalid-app-attention-not-assigned = , не призначено
invalid-app-attention-seats-taken = зайнято місць: { $count } з { $capacity }
invalid-app-attention-registered = зареєстровано: { $count }
invalid-app-attention-waiting = , у списку очікування: { $count }
invalid-app-attention-applied =
    { $count ->
        [one] { $type }: заява від { $day }, { $count } день тому
        [few] { $type }: заява від { $day }, { $count } дні тому
       *[other] { $type }: заява від { $day }, { $count } днів тому
    }
invalid-app-attention-request = на { $event }, надіслано { $day }
invalid-app-attention-payment = сплачено { $day }, призначення «{ $reference }»
invalid-app-attention-owes =
    { $count ->
        [one] заборгованість { $owed }, прострочено на { $count } день
        [few] заборгованість { $owed }, прострочено на { $count } дні
       *[other] заборгованість { $owed }, прострочено на { $count } днів
    }
invalid-app-attention-at-risk = { $events }, { $projects } цього року
invalid-app-attention-events-attended =
    { $count ->
        [one] відвідано { $count } подію
        [few] відвідано { $count } події
       *[other] відвідано { $count } подій
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } проєкт
        [few] { $count } проєкти
       *[other] { $count } проєктів
    }
invalid-app-attention-action-line = { $standing }, закінчується { $day }

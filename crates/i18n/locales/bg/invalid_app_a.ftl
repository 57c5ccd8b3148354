# Съобщения на случаите на употреба на приложението: откази и какво казва страница или отговор на API за данните (мониторинг, фактури, анкети, събития, членства, регистрации, банкови извлечения, ангажираност, икономика, проекти, услуги, верига на стойността, сегменти, взаимодействия, набори от индикатори, какво изисква внимание).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } посетено събитие
       *[other] { $count } посетени събития
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } дейност
       *[other] { $count } дейности
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } проект
       *[other] { $count } проекта
    }
invalid-app-monitoring-active = активен
invalid-app-monitoring-not-active = неактивен
invalid-app-monitoring-sme = МСП
invalid-app-monitoring-large = голямо
invalid-app-monitoring-size-unknown = неизвестен размер
invalid-app-monitoring-strand-business =
    { $count ->
        [one] бизнес ({ $count } член)
       *[other] бизнес ({ $count } членове)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] знание ({ $count } член)
       *[other] знание ({ $count } членове)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] публична администрация ({ $count } член)
       *[other] публична администрация ({ $count } членове)
    }
invalid-app-monitoring-memberships-began = Членства, започнали през { $period }
invalid-app-monitoring-members-lost = Членове в началото, които вече не са членове
invalid-app-monitoring-fee-invoices-of = Фактури за членски внос за { $period }
invalid-app-monitoring-paid = Платено
invalid-app-monitoring-still-owed = Още дължимо
invalid-app-monitoring-attended = присъствали: { $count }
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } среща
       *[other] { $count } срещи
    }
invalid-app-monitoring-serves-a-challenge = служи на предизвикателство
invalid-app-monitoring-serves-no-challenge = не служи на никое предизвикателство
invalid-app-monitoring-numerator = Числител
invalid-app-monitoring-denominator = Знаменател
invalid-app-monitoring-members = Членове
invalid-app-monitoring-fte = ЕПЗ
invalid-app-monitoring-no-strategy = Никоя стратегия не обхваща годината
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } предизвикателство
       *[other] { $count } предизвикателства
    }
invalid-app-monitoring-action-plan = План за действие { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } направление
       *[other] { $count } направления
    }
invalid-app-monitoring-reviewed-by = Прегледано от { $name }
invalid-app-monitoring-part-of = { $part } от { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } нов продукт
       *[other] { $count } нови продукта
    }
invalid-app-monitoring-campaign-closed = { $title } (приключила)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } отговор, средно { $mean }
       *[other] { $count } отговора, средно { $mean }
    }
invalid-app-monitoring-entered-by = Въведено от { $name }
invalid-app-monitoring-name-required = дайте име на индикатора
invalid-app-monitoring-at-most-200 = най-много 200 знака
invalid-app-monitoring-control-character = съдържа управляващ знак
invalid-app-monitoring-at-most-2000 = най-много 2000 знака
invalid-app-monitoring-own-source = собствените индикатори на клъстера се въвеждат ръчно, с формули или от въпроси от анкети
invalid-app-monitoring-not-a-key = „{ $key }“ не е ключ: малки латински букви, цифри и _, започва с буква, най-много 40
invalid-app-monitoring-key-taken = „{ $key }“ е ключът на { $name } ({ $code }); изберете друг
invalid-app-monitoring-not-a-question-key = „{ $key }“ не е ключ на въпрос
invalid-app-monitoring-question-required = посочете въпроса, чийто среден отговор взема индикаторът
invalid-app-monitoring-formula-periodicity = „{ $key }“ е с периодичност { $periodicity }, а формулата – { $own }: формулата чете индикатори със своята периодичност
invalid-app-monitoring-added-meanwhile = в същия момент е добавен друг индикатор с този ключ или код; изпратете отново
invalid-app-monitoring-read-by-formula = формулата на { $name } ({ $code }) чете „{ $key }“; първо я променете
invalid-app-monitoring-give-a-year = { $name } е с периодичност { $periodicity }: посочете година, например 2025
invalid-app-monitoring-give-a-quarter = { $name } е с периодичност { $periodicity }: посочете тримесечие, например 2025-Q3
invalid-app-monitoring-not-typed = { $name } е с източник { $source }: стойностите му не се въвеждат
invalid-app-monitoring-value-required = посочете стойността
invalid-app-monitoring-at-most-1000 = най-много 1000 знака
invalid-app-monitoring-not-an-id = „{ $value }“ не е идентификатор
invalid-app-monitoring-no-such-evidence = такъв елемент няма в архива с доказателства
invalid-app-monitoring-title-required = дайте заглавие
invalid-app-monitoring-file-empty = файлът е празен
invalid-app-monitoring-file-too-large = файлът е най-много { $size } MiB
invalid-app-monitoring-file-kind = архивът съхранява документи, таблици, изображения и текстове (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = посочете връзка или файл, не и двете
invalid-app-monitoring-link-or-file = посочете връзка или изберете файл
invalid-app-monitoring-no-such-indicator = „{ $key }“ не е индикатор на клъстера
invalid-app-monitoring-store-full = архивът с доказателства побира най-много { $size } MiB за клъстера: първо премахнете стари файлове
invalid-app-invoice-fee-kind = членският внос се фактурира от членството си: видът му определя цената, а връзката с него не позволява подновяване да фактурира периода отново (страницата на членството или POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = „{ $value }“ не е вид фактура; използвайте service или event
invalid-app-invoice-organisation-required = изберете организацията, за която е фактурата
invalid-app-invoice-line-quantity = ред { $line }: количеството „{ $value }“ не е цяло число от 1 до 1 000 000
invalid-app-invoice-line-price = ред { $line }: цената { $problem }
invalid-app-invoice-line-description = ред { $line }: посочете за какво е
invalid-app-invoice-line-description-long = ред { $line }: описанието трябва да е под 300 знака
invalid-app-invoice-no-line = фактурата трябва да има поне един ред
invalid-app-invoice-nothing-asked = редовете не дават сума; фактурата трябва да иска сума над нула
invalid-app-invoice-issued-already = фактура { $number } вече е издадена
invalid-app-invoice-draft-gone = междувременно черновата е издадена или отхвърлена
invalid-app-invoice-issued-not-deleted = фактура { $number } е издадена: не може да бъде изтрита; анулирайте я (ако нищо не е платено) или я коригирайте с кредитно известие
invalid-app-invoice-void-reason = кажете с няколко думи защо се анулира
invalid-app-invoice-credit-reason = кажете с няколко думи какво коригира кредитното известие
invalid-app-invoice-credit-amount = кредитирайте между 0 и { $amount }, колкото е останало от фактурата
invalid-app-invoice-payment-in-future = плащането не може да бъде записано, преди да е получено
invalid-app-invoice-payment-zero = плащането е над нула
invalid-app-invoice-overpayment = { $amount } е повече от { $owed }, които още се дължат по { $number }; потвърдете надплащането, за да задържите { $rest } над сумата като кредит на клиента
invalid-app-invoice-reverse-reason = кажете с няколко думи защо плащането се сторнира
invalid-app-invoice-credit-spent = { $kept } от това плащане са задържани като кредит на клиента, а от този кредит са останали само { $left }: първо сторнирайте плащанията, които са го използвали
invalid-app-invoice-nothing-outstanding = по фактура { $number } нищо не остава дължимо
invalid-app-invoice-no-credit-to-use = клиентът няма кредит за използване
invalid-app-invoice-refund-note = кажете с няколко думи как е върнат кредитът
invalid-app-invoice-refund-amount = върнете между 0 и { $amount }, кредита на клиента
invalid-app-invoice-no-credit-to-refund = клиентът няма кредит за връщане
invalid-app-invoice-after-today = { $day } е след днес
invalid-app-invoice-statement-stopped = { $problem }; нищо не е записано: импортирайте извлечението отново
invalid-app-invoice-payments-kept-changing = плащанията на клъстера се променяха, докато извлечението се четеше; импортирайте го отново
billing-matched-by-number = номер на фактура
billing-matched-by-vat = ДДС номер и сума
invalid-app-invoice-no-such-number = няма фактура { $number }
invalid-app-invoice-mail-not-set-up = пощата не е настроена: задайте CLUSTERDESK_SMTP_URL (и CLUSTERDESK_MAIL_FROM), за да изпращате напомняния
invalid-app-invoice-not-an-iban = не е IBAN (две букви, след това от 13 до 32 букви и цифри)
invalid-app-invoice-not-an-email = не е имейл адрес
invalid-app-survey-no-such-question = въпросникът няма въпрос „{ $key }“
invalid-app-survey-choose-section = изберете раздел
invalid-app-survey-question-depended-on = „{ $question }“ се показва в зависимост от този въпрос: първо го променете или премахнете
invalid-app-survey-no-such-section = няма такъв раздел
invalid-app-survey-section-not-empty = разделът още има въпроси: първо ги преместете или премахнете
invalid-app-survey-before-today = { $day } е преди днес
invalid-app-survey-questionnaire-archived = въпросникът е архивиран: възстановете го, за да го изпратите
invalid-app-survey-questionnaire-empty = въпросникът още не пита нищо: първо добавете въпрос
invalid-app-survey-mail-not-set-up = пощата не е настроена: задайте CLUSTERDESK_SMTP_URL, за да изпратите анкета
invalid-app-survey-left-out-archived = архивиран
invalid-app-survey-left-out-no-email = няма имейл адрес
invalid-app-survey-left-out-no-consent = няма постоянно съгласие за анкети по имейл
invalid-app-survey-nobody-to-invite = на никой контакт от сегмента { $segment } не може да се изпрати анкета (контакти: { $count }, никой с постоянно съгласие за анкети по имейл)
invalid-app-survey-campaign-closed = кампанията приключи на { $day }: вече не приема отговори
invalid-app-survey-mail-not-set-up-reminders = пощата не е настроена: задайте CLUSTERDESK_SMTP_URL, за да изпращате напомняния
invalid-app-survey-answers-sent = тези отговори вече са изпратени; благодарим Ви
invalid-app-survey-closed = анкетата приключи на { $day }
invalid-app-survey-not-a-size-class = „{ $value }“ трябва да е micro, small, medium или large
invalid-app-survey-anonymous-no-kind = отговорите от анонимна кампания не пазят вида или класа по размер на организацията, по които да се филтрира
invalid-app-survey-anonymous-no-organisation = отговорите от анонимна кампания нямат организация, по която да се филтрира
invalid-app-event-cancelled-already = събитието вече е отменено
invalid-app-event-nobody-moves-up = събитието е минало или отменено: никой вече не минава от списъка на чакащите
invalid-app-event-registration-cancelled-already = регистрацията вече е отменена
invalid-app-event-subject-one-line = трябва да е на един ред
invalid-app-event-mail-not-set-up = пощата не е настроена: задайте CLUSTERDESK_SMTP_URL, за да изпращате писма
invalid-app-event-no-address = никой от избраните няма имейл адрес
invalid-app-event-check-in-too-early = събитието е на { $day }: присъствието се записва от този ден нататък, на входа или след това
invalid-app-event-check-in-no-seat = само човек с място може да бъде регистриран на входа; първо му дайте място
invalid-app-membership-starts-before-applied = членството не може да започне, преди да е подадено заявление
invalid-app-membership-type-not-open = видът { $type } не е отворен за организации от вида { $kind }
invalid-app-membership-one-at-a-time = организацията вече има членство; прекратете го, преди да добавите друго
invalid-app-membership-not-accepted-yet = подадено заявление, още не е прието
invalid-app-membership-starts-after-period = започва на { $day }, след периода
invalid-app-membership-joined-after-rollover = присъединяване след пределния ден; първи членски внос за { $period }
invalid-app-membership-terminated-before = прекратено преди периода
invalid-app-membership-suspended = спряно
invalid-app-membership-invoiced-already = вече е фактурирано за този период
invalid-app-membership-cannot-be-priced = цената не може да бъде изчислена: { $problem }
invalid-app-membership-pro-rata = { $explanation }; пропорционално от { $day }
invalid-app-membership-no-fee = без членски внос
invalid-app-membership-not-a-renewal-year = { $year } не е година, за която клъстер подновява
invalid-app-membership-no-such-year = няма такава година
invalid-app-membership-from-acceptance = от приемането
invalid-app-membership-invoiced-by-another-run = междувременно фактурирано от друго изпълнение
invalid-app-membership-moved-meanwhile = междувременно членството е преминало към друга организация; опитайте отново
invalid-app-membership-terminated = членството е прекратено; вместо това добавете ново
invalid-app-membership-accepted-already = членството вече е прието
invalid-app-membership-suspended-already = членството вече е спряно
invalid-app-membership-suspend-not-accepted = само прието членство може да бъде спряно
invalid-app-membership-not-suspended = членството не е спряно
invalid-app-membership-ends-before-applied = членството не може да приключи, преди да е подадено заявление
invalid-app-registration-confirmed-already = тази регистрация вече е потвърдена: писмото, което Ви изпратихме, съдържа личната Ви връзка
invalid-app-registration-declined = тази регистрация е отказана от екипа
invalid-app-registration-held = екипът проверява тази регистрация: тя не може да бъде потвърдена от връзката
invalid-app-registration-awaiting-confirmation = тази регистрация чака потвърждение от посетителя по имейл
invalid-app-registration-contact-archived = { $name } е архивиран: възстановете контакта, преди да го регистрирате
invalid-app-registration-no-such-contact = никой текущ контакт на клъстера няма този имейл: първо добавете човека към организацията му
invalid-app-registration-closed = регистрацията е затворена: събитието е минало или отменено
invalid-app-statement-too-large = извлечението е над { $size } MiB; разделете го по месеци
invalid-app-statement-no-date-column = извлечението няма колона за дата; наречете една от колоните му 'date' (намерени: { $found })
invalid-app-statement-no-amount-column = извлечението няма колона за сума; наречете една 'amount' или две – 'credit' и 'debit' (намерени: { $found })
invalid-app-statement-no-credit-or-debit = редът няма нито кредит, нито дебит
invalid-app-statement-not-utf8 = XML извлечението не е в UTF-8
invalid-app-statement-unreadable = XML извлечението не може да бъде прочетено: { $problem }
invalid-app-statement-not-camt = XML файлът не е извлечение по сметка CAMT.053 (коренът му не съдържа BkToCstmrStmt, а { $found })
invalid-app-statement-not-camt-empty = XML файлът не е извлечение по сметка CAMT.053 (коренът му не съдържа BkToCstmrStmt, нито нищо друго)
invalid-app-statement-entry-no-date = записът няма дата на осчетоводяване или вальор (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = записът няма сума (Amt)
invalid-app-statement-entry-direction = посоката на записа е { $value }; CdtDbtInd е CRDT или DBIT
invalid-app-statement-no-entries = извлечението CAMT.053 не съдържа записи (Ntry)
invalid-app-engagement-in-group-already = човекът вече е в групата
invalid-app-engagement-mail-not-set-up = пощата не е настроена: задайте CLUSTERDESK_SMTP_URL, за да искате отзиви
invalid-app-engagement-feedback-too-early = отзиви се искат, след като събитието е минало
invalid-app-engagement-feedback-not-open = отзиви дават присъствалите, след като събитието е минало
invalid-app-engagement-rating = изберете от 1 (слабо) до 5 (отлично)
invalid-app-engagement-average = { $mean } от { $count } оценки
invalid-app-engagement-not-in-range = „{ $value }“ не е число от { $min } до { $max }
invalid-app-engagement-no-activity = изберете поне една дейност, която се брои
invalid-app-engagement-nobody-at-risk = през { $year } няма член в риск
invalid-app-economics-not-a-year = { $year } не е година
invalid-app-economics-years-range = поискайте от една до { $max } години, първата преди последната
invalid-app-economics-invoiced-twice = { $year }: { $stream } са едновременно въведени като редове ({ $entered }) и фактурирани ({ $invoiced }); премахнете редовете, които фактурите вече съдържат.
invalid-app-economics-actual-staff-twice = { $year }: действителните разходи за персонал са едновременно въведени като редове ({ $entered }) и изчислени от екипа ({ $team }); премахнете редовете, които екипът вече съдържа.
invalid-app-economics-budget-staff-twice = { $year }: бюджетираните разходи за персонал са едновременно въведени като редове ({ $entered }) и изчислени от екипа ({ $team }); премахнете редовете, които екипът вече съдържа.
invalid-app-economics-staff-from-team = разходите за персонал за тази година идват от екипа: запишете хората на страницата Екип
invalid-app-economics-from-invoices = действителните { $stream } вече идват от фактурите: въведете ги там или въведете бюджетен ред
invalid-app-economics-from-funding = действителните { $stream } вече идват от източниците на финансиране на проектите: въведете ги там или въведете бюджетен ред
invalid-app-economics-over-a-billion = е повече от милиард
invalid-app-economics-no-such-day = няма такъв ден
invalid-app-strategy-unknown-segment = { $id } не е сегмент от веригата на стойността на мрежата
invalid-app-project-weights-zero = поне един критерий трябва да има тежест
invalid-app-project-idea-promoted-already = тази идея вече е проект
invalid-app-project-idea-promoted-meanwhile = междувременно тази идея вече е развита в проект
invalid-app-project-at-stage-already = проектът вече е на етап { $stage }
invalid-app-project-organisation-archived = { $name } е архивирана (или обединена с друга): първо я възстановете
invalid-app-project-participant-one-of = участник е една организация от клъстера, един партньорски клъстер или една външна организация
invalid-app-service-archived = услугата { $name } е архивирана: вече не се предоставя
invalid-app-service-delivery-invoiced = предоставянето е във фактура: коригирайте го там
invalid-app-service-choose-deliveries = изберете предоставянията за фактуриране
invalid-app-service-too-many-deliveries = най-много { $max } в една фактура
invalid-app-service-delivery-on-invoice = предоставянето на { $service } на { $day } вече е във фактура { $number }
invalid-app-service-different-organisations = предоставянията са за различни организации: една фактура е за една
invalid-app-service-different-tax-rates = предоставянията имат различни ставки на ДДС: поставете ги в отделни фактури
invalid-app-service-free = предоставянията не струват нищо: безплатна услуга не се нуждае от фактура
invalid-app-service-invoiced-meanwhile = междувременно някои от предоставянията са фактурирани; нищо не е направено
invalid-app-task-assignee = изберете човек от екипа на клъстера, който може да изпълнява задачи (служител или мениджър на клъстера)
invalid-app-value-chain-kind = изберете сегмент или технология
invalid-app-value-chain-term-exists = таксономията вече има този термин
invalid-app-value-chain-unknown-term = { $id } не е термин от таксономията на мрежата
invalid-app-value-chain-title = е задължително, най-много 200 знака
invalid-app-value-chain-choose-term = изберете термин от таксономията на мрежата
invalid-app-segment-tag-length = етикетът е от 1 до 60 знака
invalid-app-segment-name-taken = вече има сегмент с име „{ $name }“; изберете друго име или отворете онзи
invalid-app-interaction-organisation = изберете организацията
invalid-app-interaction-contact = изберете човек от тази организация
invalid-app-interaction-staff = изберете член на екипа на клъстера
invalid-app-interaction-template = изберете един от шаблоните за интервюта на клъстера
invalid-app-interaction-answers = отговорете поне на един въпрос
invalid-app-interaction-template-kind = въпросите на шаблон са за интервю
invalid-app-interaction-template-name = е задължително, най-много 120 знака
invalid-app-interaction-template-questions = напишете от 1 до 60 въпроса, по един на ред
invalid-app-indicator-set-no-such-indicator = „{ $key }“ не е индикатор от каталога на клъстера
invalid-app-indicator-set-too-many-lines = един набор има най-много { $max } реда
invalid-app-indicator-set-code-twice = { $code } вече е в набора
invalid-app-indicator-set-code-taken = { $code } вече е в набора; дайте на реда друг код
invalid-app-indicator-set-copy-too-long = един набор има най-много { $max } реда; този има { $count }
invalid-app-indicator-set-full = наборът има { $max } реда, колкото е позволено; първо премахнете един
invalid-app-attention-due-today = срок днес
invalid-app-attention-due-tomorrow = срок утре
invalid-app-attention-overdue-since = просрочено от { $day }
invalid-app-attention-due-on = срок { $day }
invalid-app-attention-for-someone = , за { $name }
invalid-app-attention-not-assigned = , не е възложено
invalid-app-attention-seats-taken = заети места: { $count } от { $capacity }
invalid-app-attention-registered = регистрирани: { $count }
invalid-app-attention-waiting = , в списъка на чакащите: { $count }
invalid-app-attention-applied =
    { $count ->
        [one] { $type }: заявление от { $day }, преди { $count } ден
       *[other] { $type }: заявление от { $day }, преди { $count } дни
    }
invalid-app-attention-request = за { $event }, изпратена на { $day }
invalid-app-attention-payment = платено на { $day }, основание „{ $reference }“
invalid-app-attention-owes =
    { $count ->
        [one] дължи { $owed }, просрочено с { $count } ден
       *[other] дължи { $owed }, просрочено с { $count } дни
    }
invalid-app-attention-at-risk = { $events }, { $projects } тази година
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } посетено събитие
       *[other] { $count } посетени събития
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } проект
       *[other] { $count } проекта
    }
invalid-app-attention-action-line = { $standing }, приключва на { $day }

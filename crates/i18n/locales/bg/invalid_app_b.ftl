# Съобщения на сценариите на приложението: импорти и прочетени файлове, профили и вход, изпращане на имейли, списъци, дубликати и обединявания.

## Четене на файл (sheet)
invalid-sheet-file-too-large = файлът е { $size } MiB; един файл може да е най-много { $limit } MiB
invalid-sheet-xlsx-contradictory = файлът не е четима работна книга XLSX: частите ѝ си противоречат
invalid-sheet-too-many-columns = { $at } има колони: { $columns }; един файл може да има най-много { $limit } колони
invalid-sheet-nul-character = { $at } съдържа знак NUL, какъвто никой текст не може да съдържа: текстов файл ли е?
invalid-sheet-cell-too-long = { $at } съдържа над { $limit } знака; една клетка може да съдържа най-много { $limit }
invalid-sheet-line = ред { $line }
invalid-sheet-read-as-utf16 = файлът е прочетен като UTF-16 (текст в Unicode) и преобразуван
invalid-sheet-read-as-windows-1252 = файлът е прочетен като Windows-1252 и преобразуван
invalid-sheet-header-unreadable = заглавният ред не може да бъде прочетен: { $error }
invalid-sheet-empty-file = файлът е празен: първият ред трябва да назовава колоните
invalid-sheet-line-not-csv = ред { $line }: не може да бъде прочетен като CSV: { $error }
invalid-sheet-too-many-rows = файлът има над { $limit } реда
invalid-sheet-separated-by-semicolons = колони, разделени с точка и запетая
invalid-sheet-separated-by-tabs = колони, разделени с табулации
invalid-sheet-separated-by-commas = колони, разделени със запетаи
invalid-sheet-xlsx-unreadable = файлът не е четима работна книга XLSX: { $error }
invalid-sheet-too-many-parts = работната книга се състои от части: { $parts }; една работна книга може да има най-много { $limit }
invalid-sheet-unzips-too-large = разархивирана, работната книга е { $size } MiB; разархивирана, една работна книга може да е най-много { $limit } MiB
invalid-sheet-no-worksheet = работната книга няма нито един лист
invalid-sheet-worksheet-unreadable = първият лист не може да бъде прочетен: { $error }
invalid-sheet-cell = клетка { $cell }
invalid-sheet-value-beyond-columns = { $at } съдържа стойност, но един лист може да има най-много { $limit } колони (от A до { $last })
invalid-sheet-rows-out-of-order = { $at } идва след ред { $row }: редовете на листа не са подредени
invalid-sheet-worksheet-too-many-rows = листът има над { $limit } реда със стойности
invalid-sheet-empty-worksheet = първият лист е празен: първият му ред трябва да назовава колоните
invalid-sheet-read-from-first-worksheet = прочетено от първия лист

## Импорти: файлът, съпоставянето на колоните и редовете (import)
invalid-import-mapping-unknown-column = съпоставянето назовава колона „{ $header }“, която файлът няма
invalid-import-mapping-not-a-field = съпоставянето насочва „{ $header }“ към „{ $field }“, което не е поле; полетата са { $fields }
invalid-import-values-read-by-mapping = стойности, прочетени според съпоставянето: { $values }
invalid-import-values-read-by-name = стойности, прочетени по имената им на езиците на мрежата: { $values }
invalid-import-mapping-line = ред { $line } на съпоставянето: запишете го като „Заглавие на колона = поле“
invalid-import-field-count = има полета: { $cells }, а заглавният ред има: { $headers }
invalid-import-required-column = никоя колона не е съпоставена със задължителното поле „{ $field }“
invalid-import-invoices-customer-column = никоя колона не е съпоставена с „customer“ или „vat_id“; едното от тях е задължително
invalid-import-ledger-amount-column = никоя колона не е съпоставена с „amount“ (или с „hours“ за приносите в натура); едното от тях е задължително
invalid-import-membership-overlaps-line = застъпва се с членството на организацията от ред { $line }: една организация има само едно членство в даден момент
invalid-import-answers-into-campaign = отговорите на анкети се импортират в кампания, от страницата на кампанията или чрез `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = същото членство като на ред { $first } (същата организация, вид и начало)
invalid-import-same-invoice = същата фактура като на ред { $first } (същият номер или вноската за същото членство за същия период)
invalid-import-same-organisation = същата организация като на ред { $first } от този файл (същият ДДС номер или същото име и държава)
invalid-import-same-person = същото лице като на ред { $first } от този файл (същият имейл или същото име в същата организация)
invalid-import-organisation-ambiguous = няколко организации се казват „{ $name }“; посочете вместо това ДДС номера ѝ
invalid-import-organisation-unknown = в този клъстер няма организация „{ $name }“; първо я импортирайте или създайте
invalid-import-records-changed = записите на клъстера се промениха, докато се записваше импортът на { $target }, пъти: { $attempts }; нищо не е импортирано, изпратете файла отново
invalid-import-reverted-already = този импорт вече е отменен
invalid-import-cannot-revert = този импорт не може да бъде отменен: { $why }
invalid-import-blocked-contacts-added =
    { $count ->
        [one] оттогава към организации, създадени от този импорт, е добавен { $count } контакт; вместо това архивирайте тези организации
       *[other] оттогава към организации, създадени от този импорт, са добавени { $count } контакта; вместо това архивирайте тези организации
    }
invalid-import-blocked-fee-invoices-issued =
    { $count ->
        [one] оттогава за членства, създадени от този импорт, е издадена { $count } фактура за членски внос; вместо това прекратете тези членства
       *[other] оттогава за членства, създадени от този импорт, са издадени { $count } фактури за членски внос; вместо това прекратете тези членства
    }
invalid-import-blocked-memberships-changed =
    { $count ->
        [one] оттогава в членства, създадени от този импорт, е направена { $count } промяна (приемане, спиране или прекратяване)
       *[other] оттогава в членства, създадени от този импорт, са направени { $count } промени (приемане, спиране или прекратяване)
    }
invalid-import-blocked-payments-recorded =
    { $count ->
        [one] оттогава по фактури, прехвърлени от този импорт, е записано { $count } плащане
       *[other] оттогава по фактури, прехвърлени от този импорт, са записани { $count } плащания
    }
invalid-import-blocked-credit-notes-issued =
    { $count ->
        [one] оттогава към фактури, прехвърлени от този импорт, е издадено { $count } кредитно известие
       *[other] оттогава към фактури, прехвърлени от този импорт, са издадени { $count } кредитни известия
    }
invalid-import-blocked-reminders-sent =
    { $count ->
        [one] оттогава за фактури, прехвърлени от този импорт, е изпратено { $count } напомняне
       *[other] оттогава за фактури, прехвърлени от този импорт, са изпратени { $count } напомняния
    }
invalid-import-blocked-invoices-voided =
    { $count ->
        [one] оттогава е анулирана { $count } фактура, прехвърлена от този импорт
       *[other] оттогава са анулирани { $count } фактури, прехвърлени от този импорт
    }
invalid-import-blocked-payments-reversed =
    { $count ->
        [one] оттогава е сторнирано { $count } плащане, прехвърлено от този импорт
       *[other] оттогава са сторнирани { $count } плащания, прехвърлени от този импорт
    }
invalid-import-blocked-records-refer-to-it = оттогава са записани взаимодействия, задачи, членства, фактури, идеи, участници в проекти или предоставяния на услуги, свързани със създаденото от този импорт
invalid-import-upload-quota = файловете на клъстера, чакащи импорт, заемат { $kept } от най-много { $limit } MiB: импортирайте ги или изчакайте да бъдат изтрити { $hours } часа след изпращането им

## Импорти на отговорите от кампания (import/answers)
invalid-import-answers-submitted-on-label = Кога е отговорено
invalid-import-answers-organisation-label = Организацията на респондента
invalid-import-answers-email-label = Имейлът на респондента
invalid-import-answers-no-question-column = никоя колона не е съпоставена с въпрос от въпросника; съпоставете колоните с отговори с техните въпроси
invalid-import-answers-required-question-unmapped = никоя колона не е съпоставена със задължителния въпрос „{ $key }“: отговорите го оставят празен
invalid-import-answers-two-columns = { $first } и { $second }
invalid-import-answers-anonymous = кампанията е анонимна: колоните { $columns } не се четат и нищо за това кой е отговорил не се пази
invalid-import-answers-dated-today = никоя колона не казва кога е даден всеки отговор: те се датират { $today }
invalid-import-answers-submitted-on-empty = е празно; посочете кога е отговорено
invalid-import-answers-unknown-email = никой контакт на клъстера няма имейл „{ $email }“; добавете контакта или пропуснете колоната
invalid-import-answers-contact-elsewhere = е контакт на { $contact_of }, а не на { $named }, организацията, която редът назовава
invalid-import-answers-row-label = Отговор от ред { $line }
invalid-import-answers-no-answer = не отговаря на нито един въпрос

## Импорти на неплатени фактури (import/invoices)
invalid-import-invoices-number-too-long = може да има най-много { $limit } знака, без управляващи знаци
invalid-import-invoices-date-required = е задължително (денят, в който е издадена фактурата)
invalid-import-invoices-customer-required = е задължително (името или ДДС номерът на клиента)
invalid-import-invoices-date-after-today = { $day } е след днешния ден; прехвърлената фактура вече е издадена
invalid-import-invoices-not-open = фактурата е в състояние „{ $state }“; прехвърлят се само неплатени фактури
invalid-import-invoices-unknown-status = „{ $value }“ не е състояние на фактура; пропуснете го или напишете open
invalid-import-invoices-gross-required = е задължително (сумата на фактурата с данъка)
invalid-import-invoices-other-currency = фактурата е в { $code }; клъстерът фактурира в { $currency }, затова тя остава в старата система
invalid-import-invoices-credit-note = едно кредитно известие не дължи нищо; то остава в старата система
invalid-import-invoices-unknown-kind = „{ $value }“ не е вид; напишете fee, service или event
invalid-import-invoices-gross-too-large = е твърде голяма за фактура
invalid-import-invoices-owes-nothing = при { $gross } не остава нищо за плащане; прехвърля се само това, което клиентите още дължат
invalid-import-invoices-paid-in-full = фактурата е изцяло платена ({ $paid } от { $gross }); прехвърлят се само неплатени фактури
invalid-import-invoices-tax-range = трябва да е между нула и сумата без данък (ставка най-много 100 %)
invalid-import-invoices-due-before-date = { $due } е преди датата на фактурата, { $issued }
invalid-import-invoices-number-taken = { $number } е номерът на друга фактура на този клъстер
invalid-import-invoices-several-memberships = { $customer } е имала няколко членства на { $day }; посочете в „period“ ден от периода, за който се плаща вноската
invalid-import-invoices-no-membership = вноската е за членство, а { $customer } не е имала членство на { $day }; първо импортирайте членствата или посочете в „period“ ден от периода, за който се плаща вноската
invalid-import-invoices-type-not-found = видът на членството не е намерен
invalid-import-invoices-fee-invoiced = вноската за { $period } по това членство вече е фактурирана ({ $number })

## Импорти на счетоводни редове (import/ledger)
invalid-import-ledger-other-which = „other“ е other income или other costs: напишете кое
invalid-import-ledger-unknown-category = „{ $value }“ не е категория; напишете източник на приходи ({ $streams }, other income) или вид разход ({ $costs }, other costs), или съпоставете с тях стойностите на файла
invalid-import-ledger-not-a-year = „{ $value }“ не е нито година, нито дата: { $error }
invalid-import-ledger-project-ambiguous = два проекта се казват „{ $title }“; дайте на единия друго заглавие
invalid-import-ledger-project-unknown = няма проект „{ $title }“
invalid-import-ledger-positive-cost = файлът записва разходите като отрицателни суми, затова положителен разход ({ $amount }) връща пари; въведете вместо това разхода минус върнатото
invalid-import-ledger-project-not-cost = само разход за проект назовава проект; оставете клетката празна

## Импорти на членства (import/memberships)
invalid-import-memberships-unknown-type = няма вид членство „{ $name }“; видовете на клъстера са { $types }
invalid-import-memberships-unknown-status = „{ $value }“ не е статус; напишете applied, active, suspended или terminated
invalid-import-memberships-start-required = е задължително, освен за заявление (статус applied)
invalid-import-memberships-start-or-status-required = е задължително (още неприето заявление има статус applied)
invalid-import-memberships-application-no-end = неприето заявление няма край; оставете полето празно
invalid-import-memberships-terminated-needs-end = прекратено членство се нуждае от деня, в който е приключило
invalid-import-memberships-ended-not-terminated = членството е приключило на { $end }, но статусът му не е terminated
invalid-import-memberships-terminated-after-today = { $end } е след днешния ден, но членството е прекратено; дайте му статус active с неговия край
invalid-import-memberships-applied-after-start = { $applied } е след началото, { $start }
invalid-import-memberships-type-archived = видът { $type } е архивиран: не приема нови членове
invalid-import-memberships-recorded-already = членството { $type } на организацията от { $from } вече е записано с други дати или друг статус; променете го на неговата страница
invalid-import-memberships-overlaps-recorded = членството на организацията от { $from } се застъпва с това; една организация има само едно членство в даден момент (първо го прекратете или дайте на това други дати)

## Профили и вход (auth)
invalid-auth-no-cluster-yet = няма клъстер „{ $slug }“: базата данни още няма клъстер (изпълнете 'clusterdesk demo' за демонстрацията)
invalid-auth-unknown-cluster = няма клъстер „{ $slug }“; клъстерите са: { $clusters }
invalid-auth-not-network-admin = { $email } не е администратор на мрежата
invalid-auth-unknown-role = „{ $value }“ не е роля; използвайте network-admin, cluster-manager, staff или board
invalid-auth-role-needs-cluster = роля в клъстер изисква --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin обхваща всеки клъстер; махнете --cluster
invalid-auth-password-too-short = трябва да е поне { $min } знака
invalid-auth-password-guessable-because = е твърде лесна за отгатване ({ $why }): използвайте по-дълга фраза от несвързани думи, не името или имейла си
invalid-auth-password-guessable = е твърде лесна за отгатване: използвайте по-дълга фраза от несвързани думи, не името или имейла си
invalid-auth-password-straight-rows = правите редове от клавиши са лесни за отгатване
invalid-auth-password-keyboard-patterns = кратките шаблони от клавиатурата са лесни за отгатване
invalid-auth-password-repeats = повторения като „aaa“ са лесни за отгатване
invalid-auth-password-repeated-groups = повторения като „abcabcabc“ са само малко по-трудни за отгатване от „abc“
invalid-auth-password-top-10 = това е една от 10-те най-разпространени пароли
invalid-auth-password-top-100 = това е една от 100-те най-разпространени пароли
invalid-auth-password-very-common = това е много разпространена парола
invalid-auth-password-like-common = това прилича на често използвана парола
invalid-auth-password-sequences = последователности като abc или 6543 са лесни за отгатване
invalid-auth-password-recent-years = последните години са лесни за отгатване
invalid-auth-password-single-word = една дума сама по себе си е лесна за отгатване
invalid-auth-password-dates = датите често са лесни за отгатване
invalid-auth-password-names-alone = имената и фамилиите сами по себе си са лесни за отгатване
invalid-auth-password-common-names = разпространените имена и фамилии са лесни за отгатване

## Хората и техните профили (account)
invalid-account-email-deactivated = принадлежи на деактивиран профил; администратор на мрежата може да го активира отново
invalid-account-email-works-here = вече работи в този клъстер, като { $role }; променете ролята в списъка
invalid-account-email-network-admin = принадлежи на администратор на мрежата, който работи във всеки клъстер
invalid-account-own-role = не можете да промените собствената си роля; друг мениджър на клъстера може
invalid-account-remove-yourself = не можете да премахнете себе си; друг мениджър на клъстера може
invalid-account-reactivate-yourself = не можете да активирате отново себе си; друг мениджър на клъстера може
invalid-account-deactivate-yourself = не можете да деактивирате себе си; друг мениджър на клъстера може
invalid-account-reactivate-network-admin = { $email } е администратор на мрежата; само друг администратор на мрежата може да активира отново профила
invalid-account-deactivate-network-admin = { $email } е администратор на мрежата; само друг администратор на мрежата може да деактивира профила
invalid-account-reactivate-other-clusters = { $email } работи и в други клъстери ({ $clusters }): вместо това премахнете ролята му тук или помолете администратор на мрежата да активира отново профила
invalid-account-deactivate-other-clusters = { $email } работи и в други клъстери ({ $clusters }): вместо това премахнете ролята му тук или помолете администратор на мрежата да деактивира профила
invalid-account-wrong-current-password = не е текущата ви парола
invalid-account-passwords-differ = не съвпада с новата парола
invalid-account-dead-link = тази връзка вече е използвана или е изтекла; поискайте нова чрез „Забравена парола?“ на страницата за вход

## Изпращане на имейли (mail)
invalid-mail-smtp-address-unusable = SMTP адресът „{ $url }“ не може да се използва: { $error }
invalid-mail-smtp-not-an-address = „{ $address }“ не е адрес: { $error }
invalid-mail-smtp-message-not-built = съобщението не можа да бъде съставено: { $error }
invalid-mail-smtp-not-a-content-type = „{ $content_type }“ не е тип съдържание: { $error }
invalid-mail-smtp-refused = пощенският сървър отказа: { $error }

## Списъци с организации: параметрите на адреса (organisation)
invalid-organisation-query-parameter = параметър { $name }: { $message }
invalid-organisation-query-status = „{ $value }“ не е статус; използвайте current или archived
invalid-organisation-query-direction = „{ $value }“ не е посока; използвайте asc или desc
invalid-organisation-query-sort = „{ $value }“ не е подредба; използвайте name, country, kind, employees, size_class или created

## Контакти (contact)
invalid-contact-choose-cluster-organisation = изберете организация от този клъстер
invalid-contact-choose-organisation = изберете организацията на контакта

## Изгледът на мрежата (network)
invalid-network-euro-rate = еврото е собствената валута на мрежата: курсът му е 1
invalid-network-unknown-indicator = параметър indicators: „{ $key }“ не е вграден показател
invalid-network-unknown-cluster = параметър named: „{ $slug }“ не е клъстер от мрежата
invalid-network-unnamed-cluster = Клъстер { $letters }

## Лични данни (privacy)
invalid-privacy-email-of-several-contacts = няколко контакта имат имейл { $email }; първо ги обединете

## Вероятни дубликати и обединявания (duplicate)
invalid-duplicate-employees = служители: { $employees }
invalid-duplicate-same-vat-id = същият ДДС номер { $vat_id }
invalid-duplicate-same-name-and-country = същото име, без значение от главни и малки букви, ударения и правна форма, в същата държава
invalid-duplicate-same-name-ignoring-form = същото име, без значение от главни и малки букви, ударения и правна форма
invalid-duplicate-same-email-address = същият имейл { $email }
invalid-duplicate-same-name = същото име
invalid-duplicate-organisation-into-itself = организация не може да бъде обединена сама със себе си
invalid-duplicate-organisations-archived = и двете организации трябва да са текущи; първо възстановете архивираната
invalid-duplicate-choose-membership = и двете организации имат членство: изберете кое да остане; другото приключва в деня на обединяването
invalid-duplicate-chosen-by-hand = избрано ръчно
invalid-duplicate-contact-into-itself = контакт не може да бъде обединен сам със себе си
invalid-duplicate-contacts-archived = и двата контакта трябва да са текущи; първо възстановете архивирания
invalid-duplicate-same-email = същият имейл

## Търсенето (search)
invalid-search-invoice-issued = { $customer } · издадена на { $day }
invalid-search-event-cancelled = { $moment } · отменено

## Годишният отчет (report)
invalid-report-year-parameter = параметър year: { $error }

## Данните на организациите (figures)
invalid-figures-reviewed-meanwhile = данните бяха прегледани в същия момент; вижте списъка отново

## Отваряне на базата данни (lib)
invalid-app-open-database = базата данни не може да бъде отворена: { $error }

# Анкети: публичната страница за отговори, въпросниците и кампаниите на екипа; задачи; взаимодействия и шаблони за интервюта.

## Публичната страница на анкета
survey-only-if-chosen = Само ако сте избрали „{ $option }“ на въпроса „{ $question }“.
survey-answers-sent = Отговорите Ви са изпратени. Благодарим Ви.
survey-closed-on = Анкетата е затворена на { $day }: вече не приема отговори.
survey-privacy-anonymous = Тази анкета е анонимна: отговорите Ви се съхраняват без името Ви, имейла Ви или този линк, само с вида и размерния клас на Вашата организация.
survey-privacy-named = Отговорите Ви се съхраняват с Вашето име и това на Вашата организация, за екипа на клъстера.
survey-answers-taken-until = Отговори се приемат до { $day }; въпросите, отбелязани с *, са задължителни за изпращане, но не и за запазване.
survey-progress-saved = Запазено. Върнете се чрез същия линк, за да завършите.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } отговор трябва да се поправи, преди отговорите да могат да бъдат изпратени; все още нищо не е изпратено.
       *[other] { $count } отговора трябва да се поправят, преди отговорите да могат да бъдат изпратени; все още нищо не е изпратено.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } отговор трябва да се поправи, преди отговорите да могат да бъдат запазени; все още нищо не е запазено.
       *[other] { $count } отговора трябва да се поправят, преди отговорите да могат да бъдат запазени; все още нищо не е запазено.
    }
survey-required = задължително
survey-statement = Твърдение
survey-send-my-answers = Изпрати отговорите ми
survey-save-and-finish-later = Запази и завърши по-късно

## Въпросници и кампании
survey-saved-as-version = Запазено като версия { $version }: вече дадените отговори запазват версията, на която са отговорили.
survey-saved = Запазено.
survey-kind-single-choice = Единичен избор
survey-kind-multiple-choice = Множествен избор
survey-kind-likert = Скала на Ликерт
survey-kind-matrix = Матрица от скали
survey-kind-number = Число
survey-kind-money = Сума
survey-kind-text = Текст
survey-kind-date = Дата
survey-list-subheading = Въпросници и кампаниите, които ги изпращат до сегмент чрез лични линкове, с техните резултати
survey-campaigns = Кампании
survey-campaign = Кампания
survey-sent-to = Изпратена до
survey-closes = Краен срок
survey-invited = Поканени
survey-answered = Отговорили
survey-rate = Дял
survey-title-anonymous = { $title } (анонимна)
survey-no-campaign = Все още няма изпратени кампании.
survey-questionnaires = Въпросници
survey-questionnaire = Въпросник
survey-questions = Въпроси
survey-version = Версия
survey-responses = Отговори
survey-archived = архивиран
survey-no-questionnaire = Все още няма въпросник: започнете от шаблон по-долу.
survey-send-a-campaign = Изпращане на кампания
survey-new-questionnaire = Нов въпросник
survey-make = Създай
survey-start-from = Започни от
survey-empty-questionnaire = Празен въпросник
survey-title = Заглавие
survey-title-hint = За празен въпросник; шаблонът има собствено заглавие.
survey-choose = Изберете
survey-send-to-contacts-of = Изпрати до контактите от
survey-choose-a-segment = Изберете сегмент
survey-segment-hint = Получават я само контактите, чието постоянно съгласие обхваща анкети по имейл; останалите се изброяват.
survey-title-respondents-read = Заглавие, което виждат респондентите
survey-campaign-title-hint = Заглавието на въпросника, ако е празно.
survey-answers-taken-until-label = Отговори се приемат до
survey-anonymous = Анонимна
survey-anonymous-hint = Отговорите се съхраняват без връзка с лицето, нито с вида или размера на организацията; респондентите са уведомени за това.
survey-figures-year = Година на данните
survey-figures-year-hint = За анкета за резултатите на фирмите: последната приключила година.
survey-questionnaire-made = Създаден: променете го според нуждите си.
survey-campaign-sent =
    { $count ->
        [one] Изпратено: { $count } личен линк е на път.
       *[other] Изпратено: { $count } лични линка са на път.
    }
survey-not-sent-to =
    { $count ->
        [one] Не е изпратено до { $count } лице:
       *[other] Не е изпратено до { $count } лица:
    }
survey-and-more-left-out = и още { $count } (отговорът на API ги изброява всички)
survey-kind-text-scale = Скала с { $points } точки, от { $low } до { $high }
survey-kind-text-matrix = Твърдения: { $count }, по скала с { $points } точки
survey-bounds-between = от { $min } до { $max }
survey-bounds-at-least = поне { $min }
survey-bounds-at-most = най-много { $max }
survey-number-in = Число в { $unit }
survey-question = Въпрос
survey-answer-needed = Отговорът е задължителен
survey-help-under-question = Помощен текст под въпроса
survey-options-one-a-line = Опции, по една на ред
survey-options-hint = За единичен или множествен избор.
survey-statements-one-a-line = Твърдения, по едно на ред
survey-statements-hint = За матрица: всяко се оценява по скалата.
survey-points-of-scale = Точки на скалата
survey-points-hint = От 2 до 11; 5, ако е празно. За скала или матрица.
survey-label-of-1 = Надпис на 1
survey-label-of-1-hint = Например „Много недоволен“.
survey-label-of-top = Надпис на най-високата точка
survey-label-of-top-hint = Например „Много доволен“.
survey-unit = Мерна единица
survey-unit-hint = За число: хора, продукти, %.
survey-at-least = Най-малко
survey-at-most = Най-много
survey-decimals = Знаци след десетичната запетая
survey-decimals-hint = От 0 до 3.
survey-long = Абзац, а не ред
survey-long-hint = За текст.
survey-show-only-when = Показвай само когато
survey-always-shown = Винаги се показва
survey-is-answered = … има отговор
survey-is-answered-hint = Опцията или точката от скалата (4), при която се показва този въпрос.
survey-key = Ключ
survey-key-hint = Как експортите и индикаторите наричат отговорите; образува се от въпроса, ако е празно.
survey-no-introduction = Все още няма въведение.
survey-responses-to-all-versions = Отговори на всички версии
survey-version-was-sent = Кампания е изпратила тази версия: промяна създава нова версия, а поканените запазват получената от тях.
survey-needed = задължителен
survey-shown-when = когато { $question } е { $value }
survey-up = Нагоре
survey-down = Надолу
survey-remove = Премахни
survey-remove-question-confirm = Да се премахне ли въпросът „{ $question }“?
survey-required-column = Задължителен
survey-shown = Показване
survey-no-question-in-section = В този раздел все още няма въпроси.
survey-remove-section = Премахни раздел { $number }
survey-remove-section-confirm = Да се премахне ли празният раздел „{ $section }“?
survey-section = Раздел
survey-add-a-question = Добавяне на въпрос
survey-add = Добави
survey-add-a-section = Добавяне на раздел
survey-title-and-introduction = Заглавие и въведение
survey-save = Запази
survey-introduction = Въведение, което респондентите четат първо
survey-bring-back = Върни
survey-archive-confirm = Да се архивира ли въпросникът? Няма да може да се използва в нови кампании; кампаниите и отговорите му остават.
survey-question-added = Въпросът е добавен.
survey-archived-notice = Архивирано.
survey-brought-back = Върнато.

## Резултатите от кампания
survey-n-answered =
    { $count ->
        [one] { $count } отговор
       *[other] { $count } отговора
    }
survey-mean-median = средно { $mean } · медиана { $median }
survey-answers = Отговори
survey-count = Брой
survey-filter-invalid = Филтърът е невалиден: { $error }. Показват се всички отговори.
survey-campaign-subheading = Изпратена до { $audience } · версия { $version } на въпросника · отговори се приемат до { $day }
survey-campaign-subheading-anonymous = Изпратена до { $audience } · версия { $version } на въпросника · отговори се приемат до { $day } · анонимна
survey-answers-csv = Отговори (CSV)
survey-answers-xlsx = Отговори (XLSX)
survey-import-answers = Импортиране на отговори
survey-response-rate = Дял на отговорилите
survey-responses-counted = Отговори, отчетени по-долу
survey-imported = Импортирани от друг инструмент
survey-group = Група
survey-rate-by-kind = Дял на отговорилите по вид организация
survey-rate-by-size-class = Дял на отговорилите по размерен клас
survey-nobody-invited = Никой не е поканен.
survey-answer = Отговор
survey-share = Дял
survey-mean = Средно
survey-mean-point-chart = { $question }: средна точка на всяко твърдение
survey-range-to-under = от { $low } до под { $high }
survey-by-month = по месеци
survey-month = Месец
survey-kind-of-organisation = Вид организация
survey-any = Всички
survey-size-class = Размерен клас
survey-segment = Сегмент
survey-which-responses = Кои отговори
survey-show = Покажи
survey-remind-title = Напомняне на неотговорилите
survey-send-reminders = Изпрати напомняния
survey-people-reminded =
    { $count ->
        [one] На { $count } лице е изпратено напомняне с нов линк.
       *[other] На { $count } лица е изпратено напомняне с нов линк.
    }

## Въпросниците, доставени с clusterdesk
template-member-satisfaction = Удовлетвореност на членовете
template-strategic-attitude = Стратегическа нагласа на фирмите
template-company-performance = Годишни резултати на фирмите
template-strategy-consultation = Консултация за нов стратегически план

## Задачи
task-tasks = Задачи
task-nobody-yet = още никой
task-nobody-yet-option = (още никой)
task-my-open-tasks = Моите отворени задачи
task-all-open-tasks = Всички отворени задачи
task-done = Готово
task-done-tasks = Изпълнени задачи
task-open-about-organisation = Отворени задачи за една организация
task-nothing-to-do = Няма нищо за вършене: нямате отворени задачи.
task-none-here = Тук няма задачи.
task-what-is-to-be-done = Какво трябва да се направи
task-due = Срок
task-who-does-it = Кой я изпълнява
task-new = Нова задача
task-new-about = Нова задача за { $organisation }
task-add = Добави задача
task-created = Задачата е създадена.
task-task = Задача
task-who = Кой
task-overdue = просрочена
task-open-again = Отвори отново

## Взаимодействия и шаблони за интервюта
interaction-no-date = без дата
interaction-timeline = Хронология
interaction-what = Какво
interaction-timeline-empty = Все още няма взаимодействия или задачи. Запишете среща, обаждане, посещение или интервю.
interaction-log = Запиши взаимодействие
interaction-task-done = Задача, изпълнена
interaction-task-overdue = Задача, просрочена
interaction-open-from-organisation = отворете формуляра от страницата на организация
interaction-day = Ден
interaction-subject = Тема
interaction-with = С
interaction-nobody-in-particular = (никой конкретно)
interaction-team-member = Член на екипа
interaction-none = (няма)
interaction-notes = Бележки
interaction-interview-template = Интервю: { $template }
interaction-interview-with = Интервю с { $organisation }: { $template }
interaction-log-with = Запис на взаимодействие с { $organisation }
interaction-no-templates = Интервютата следват шаблони с въпроси; клъстерът все още няма такива.
interaction-log-an-interaction = Запис на взаимодействие
interaction-logged = Взаимодействието е записано.
interaction-logged-by = Записано от
interaction-by-on = { $who } на { $day }
interaction-kind-with = { $kind } с { $organisation }
interaction-follow-up-tasks = Последващи задачи
interaction-state = Състояние
interaction-no-follow-up-tasks = Няма последващи задачи.
interaction-add-follow-up-task = Добави последваща задача
interaction-record-project-idea = Запиши идея за проект от него
interaction-templates-intro = Въпросите, които следва едно структурирано интервю. Отговорите се съхраняват по въпроси, така че интервютата да могат да се сравняват.
interaction-no-templates-yet = Все още няма шаблони.
interaction-new-template = Нов шаблон
interaction-template-name = Име
interaction-one-question-a-line = По един въпрос на ред.
interaction-add-template = Добави шаблон
survey-group-unknown = Неизвестно
survey-chart-not-rated = без оценка

# Surveys: the public answering page, the team's questionnaires and campaigns; tasks; interactions and interview templates.

## The public survey page
survey-only-if-chosen = Only if you chose “{ $option }” for “{ $question }”.
survey-answers-sent = Your answers were sent. Thank you.
survey-closed-on = The survey closed on { $day }: it takes no more answers.
survey-privacy-anonymous = This survey is anonymous: your answers are kept without your name, your email or this link, only with your organisation's kind and size class.
survey-privacy-named = Your answers are kept with your name and your organisation's, for the cluster's team.
survey-answers-taken-until = Answers are taken until { $day }; questions marked * are needed to send them, not to save them.
survey-progress-saved = Saved. Come back by the same link to finish.
survey-answers-to-fix-before-sending =
    { $count ->
        [one] { $count } answer to fix before the answers can be sent; nothing was sent yet.
       *[other] { $count } answers to fix before the answers can be sent; nothing was sent yet.
    }
survey-answers-to-fix-before-saving =
    { $count ->
        [one] { $count } answer to fix before the answers can be saved; nothing was saved yet.
       *[other] { $count } answers to fix before the answers can be saved; nothing was saved yet.
    }
survey-required = required
survey-statement = Statement
survey-send-my-answers = Send my answers
survey-save-and-finish-later = Save and finish later

## Questionnaires and campaigns
survey-saved-as-version = Saved as version { $version }: the answers given keep the version they answered.
survey-saved = Saved.
survey-kind-single-choice = Single choice
survey-kind-multiple-choice = Multiple choice
survey-kind-likert = Likert scale
survey-kind-matrix = Matrix of scales
survey-kind-number = Number
survey-kind-money = Money
survey-kind-text = Text
survey-kind-date = Date
survey-list-subheading = Questionnaires, and the campaigns that send them to a segment by personal links, with their results
survey-campaigns = Campaigns
survey-campaign = Campaign
survey-sent-to = Sent to
survey-closes = Closes
survey-invited = Invited
survey-answered = Answered
survey-rate = Rate
survey-title-anonymous = { $title } (anonymous)
survey-no-campaign = No campaign sent yet.
survey-questionnaires = Questionnaires
survey-questionnaire = Questionnaire
survey-questions = Questions
survey-version = Version
survey-responses = Responses
survey-archived = archived
survey-no-questionnaire = No questionnaire yet: start from a template below.
survey-send-a-campaign = Send a campaign
survey-new-questionnaire = New questionnaire
survey-make = Make
survey-start-from = Start from
survey-empty-questionnaire = An empty questionnaire
survey-title = Title
survey-title-hint = For an empty questionnaire; a template has its own.
survey-choose = Choose
survey-send-to-contacts-of = Send to the contacts of
survey-choose-a-segment = Choose a segment
survey-segment-hint = Only contacts whose standing consent covers surveys by email are sent it; the others are listed.
survey-title-respondents-read = Title respondents read
survey-campaign-title-hint = The questionnaire's title when empty.
survey-answers-taken-until-label = Answers taken until
survey-anonymous = Anonymous
survey-anonymous-hint = Answers are kept with no link to the person, nor the organisation's kind or size; respondents are told so.
survey-figures-year = Year of the figures
survey-figures-year-hint = For a company-performance survey: the last closed year.
survey-questionnaire-made = Made: change it as you need.
survey-campaign-sent = Sent: { $count } personal links are on their way.
survey-not-sent-to = Not sent to { $count } people:
survey-and-more-left-out = and { $count } more (the API's answer lists them all)
survey-kind-text-scale = { $points }-point scale, { $low } to { $high }
survey-kind-text-matrix = { $count } statements on a { $points }-point scale
survey-bounds-between = { $min } to { $max }
survey-bounds-at-least = at least { $min }
survey-bounds-at-most = at most { $max }
survey-number-in = Number in { $unit }
survey-question = Question
survey-answer-needed = An answer is needed
survey-help-under-question = Help under the question
survey-options-one-a-line = Options, one a line
survey-options-hint = For a single or multiple choice.
survey-statements-one-a-line = Statements, one a line
survey-statements-hint = For a matrix: each is rated on the scale.
survey-points-of-scale = Points of the scale
survey-points-hint = From 2 to 11; 5 when empty. For a scale or a matrix.
survey-label-of-1 = Label of 1
survey-label-of-1-hint = Such as “Very dissatisfied”.
survey-label-of-top = Label of the top point
survey-label-of-top-hint = Such as “Very satisfied”.
survey-unit = Unit
survey-unit-hint = For a number: people, products, %.
survey-at-least = At least
survey-at-most = At most
survey-decimals = Decimals
survey-decimals-hint = 0 to 3.
survey-long = A paragraph, not a line
survey-long-hint = For a text.
survey-show-only-when = Show only when
survey-always-shown = Always shown
survey-is-answered = … is answered
survey-is-answered-hint = The option, or the point of the scale (4), that shows this question.
survey-key = Key
survey-key-hint = How exports and indicators name the answers; made from the question when empty.
survey-no-introduction = No introduction yet.
survey-responses-to-all-versions = Responses to all versions
survey-version-was-sent = A campaign sent this version: a change makes a new version, and those invited keep the one they were sent.
survey-needed = needed
survey-shown-when = when { $question } is { $value }
survey-up = Up
survey-down = Down
survey-remove = Remove
survey-remove-question-confirm = Remove the question “{ $question }”?
survey-required-column = Required
survey-shown = Shown
survey-no-question-in-section = No question in this section yet.
survey-remove-section = Remove section { $number }
survey-remove-section-confirm = Remove the empty section “{ $section }”?
survey-section = Section
survey-add-a-question = Add a question
survey-add = Add
survey-add-a-section = Add a section
survey-title-and-introduction = Title and introduction
survey-save = Save
survey-introduction = Introduction respondents read first
survey-bring-back = Bring back
survey-archive-confirm = Archive the questionnaire? It takes no new campaigns; its campaigns and answers stay.
survey-question-added = The question is added.
survey-archived-notice = Archived.
survey-brought-back = Brought back.

## A campaign's results
survey-n-answered = { $count } answered
survey-mean-median = mean { $mean } · median { $median }
survey-answers = Answers
survey-count = Count
survey-filter-invalid = The filter is not one: { $error }. Showing every response.
survey-campaign-subheading = Sent to { $audience } · version { $version } of the questionnaire · answers taken until { $day }
survey-campaign-subheading-anonymous = Sent to { $audience } · version { $version } of the questionnaire · answers taken until { $day } · anonymous
survey-answers-csv = Answers (CSV)
survey-answers-xlsx = Answers (XLSX)
survey-import-answers = Import answers
survey-response-rate = Response rate
survey-responses-counted = Responses counted below
survey-imported = Imported from another tool
survey-group = Group
survey-rate-by-kind = Response rate by kind of organisation
survey-rate-by-size-class = Response rate by size class
survey-nobody-invited = Nobody was invited.
survey-answer = Answer
survey-share = Share
survey-mean = Mean
survey-mean-point-chart = { $question }: mean point of each statement
survey-range-to-under = { $low } to under { $high }
survey-by-month = by month
survey-month = Month
survey-kind-of-organisation = Kind of organisation
survey-any = Any
survey-size-class = Size class
survey-segment = Segment
survey-which-responses = Which responses
survey-show = Show
survey-remind-title = Remind who has not answered
survey-send-reminders = Send reminders
survey-people-reminded =
    { $count ->
        [one] { $count } person reminded with a new link.
       *[other] { $count } people reminded with a new link.
    }

## The questionnaires shipped with clusterdesk (domain::survey::templates::Template)
template-member-satisfaction = Member satisfaction
template-strategic-attitude = Strategic attitude of companies
template-company-performance = Yearly company performance
template-strategy-consultation = Consultation for a new strategic plan

## Tasks
task-tasks = Tasks
task-nobody-yet = nobody yet
task-nobody-yet-option = (nobody yet)
task-my-open-tasks = My open tasks
task-all-open-tasks = All open tasks
task-done = Done
task-done-tasks = Done tasks
task-open-about-organisation = Open tasks about one organisation
task-nothing-to-do = Nothing to do: no open task is yours.
task-none-here = No tasks here.
task-what-is-to-be-done = What is to be done
task-due = Due
task-who-does-it = Who does it
task-new = New task
task-new-about = New task about { $organisation }
task-add = Add task
task-created = The task is created.
task-task = Task
task-who = Who
task-overdue = overdue
task-open-again = Open again

## Interactions and interview templates
interaction-no-date = no date
interaction-timeline = Timeline
interaction-what = What
interaction-timeline-empty = No interactions or tasks yet. Log a meeting, call, visit or interview.
interaction-log = Log interaction
interaction-task-done = Task, done
interaction-task-overdue = Task, overdue
interaction-open-from-organisation = open the form from an organisation's page
interaction-day = Day
interaction-subject = Subject
interaction-with = With
interaction-nobody-in-particular = (nobody in particular)
interaction-team-member = Team member
interaction-none = (none)
interaction-notes = Notes
interaction-interview-template = Interview: { $template }
interaction-interview-with = Interview with { $organisation }: { $template }
interaction-log-with = Log an interaction with { $organisation }
interaction-no-templates = Interviews follow templates of questions; the cluster has none yet.
interaction-log-an-interaction = Log an interaction
interaction-logged = The interaction is logged.
interaction-logged-by = Logged by
interaction-by-on = { $who } on { $day }
interaction-kind-with = { $kind } with { $organisation }
interaction-follow-up-tasks = Follow-up tasks
interaction-state = State
interaction-no-follow-up-tasks = No follow-up tasks.
interaction-add-follow-up-task = Add follow-up task
interaction-record-project-idea = Record a project idea from it
interaction-templates-intro = The questions a structured interview follows. Answers are kept per question, so that interviews can be compared.
interaction-no-templates-yet = No templates yet.
interaction-new-template = New template
interaction-template-name = Name
interaction-one-question-a-line = One question a line.
interaction-add-template = Add template
survey-group-unknown = Not known
survey-chart-not-rated = not rated

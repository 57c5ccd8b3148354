# Messages of the application's use cases: refusals and what a page or an API answer says of the records (monitoring, invoices, surveys, events, memberships, registrations, bank statements, engagement, economics, projects, services, value chain, segments, interactions, indicator sets, what needs attention).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } event attended
       *[other] { $count } events attended
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } project
       *[other] { $count } projects
    }
invalid-app-monitoring-active = active
invalid-app-monitoring-not-active = not active
invalid-app-monitoring-sme = SME
invalid-app-monitoring-large = large
invalid-app-monitoring-size-unknown = size unknown
invalid-app-monitoring-strand-business =
    { $count ->
        [one] business ({ $count } member)
       *[other] business ({ $count } members)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] knowledge ({ $count } member)
       *[other] knowledge ({ $count } members)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] government ({ $count } member)
       *[other] government ({ $count } members)
    }
invalid-app-monitoring-memberships-began = Memberships that began in { $period }
invalid-app-monitoring-members-lost = Members at the start no longer members
invalid-app-monitoring-fee-invoices-of = Fee invoices of { $period }
invalid-app-monitoring-paid = Paid
invalid-app-monitoring-still-owed = Still owed
invalid-app-monitoring-attended = { $count } attended
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
invalid-app-monitoring-serves-a-challenge = serves a challenge
invalid-app-monitoring-serves-no-challenge = serves no challenge
invalid-app-monitoring-numerator = Numerator
invalid-app-monitoring-denominator = Denominator
invalid-app-monitoring-members = Members
invalid-app-monitoring-fte = FTE
invalid-app-monitoring-no-strategy = No strategy covers the year
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } challenge
       *[other] { $count } challenges
    }
invalid-app-monitoring-action-plan = Action plan { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } line
       *[other] { $count } lines
    }
invalid-app-monitoring-reviewed-by = Reviewed by { $name }
invalid-app-monitoring-part-of = { $part } of { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } new product
       *[other] { $count } new products
    }
invalid-app-monitoring-campaign-closed = { $title } (closed)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } answer, mean { $mean }
       *[other] { $count } answers, mean { $mean }
    }
invalid-app-monitoring-entered-by = Entered by { $name }
invalid-app-monitoring-name-required = give the indicator a name
invalid-app-monitoring-at-most-200 = at most 200 characters
invalid-app-monitoring-control-character = holds a control character
invalid-app-monitoring-at-most-2000 = at most 2000 characters
invalid-app-monitoring-own-source = the cluster's own indicators are entered by hand, formulas or survey questions
invalid-app-monitoring-not-a-key = '{ $key }' is not a key: lower-case letters, digits and _, starting with a letter, at most 40
invalid-app-monitoring-key-taken = '{ $key }' is the key of { $name } ({ $code }); choose another
invalid-app-monitoring-not-a-question-key = '{ $key }' is not a question's key
invalid-app-monitoring-question-required = name the question whose mean answer the indicator takes
invalid-app-monitoring-formula-periodicity = '{ $key }' is { $periodicity }, the formula { $own }: a formula reads indicators of its own periodicity
invalid-app-monitoring-added-meanwhile = another indicator was added with this key or code at the same moment; send again
invalid-app-monitoring-read-by-formula = the formula of { $name } ({ $code }) reads '{ $key }'; change it first
invalid-app-monitoring-give-a-year = { $name } is { $periodicity }: give a year, such as 2025
invalid-app-monitoring-give-a-quarter = { $name } is { $periodicity }: give a quarter, such as 2025-Q3
invalid-app-monitoring-not-typed = { $name } is { $source }: its values are not typed
invalid-app-monitoring-value-required = give the value
invalid-app-monitoring-at-most-1000 = at most 1,000 characters
invalid-app-monitoring-not-an-id = '{ $value }' is not an id
invalid-app-monitoring-no-such-evidence = no such item in the evidence store
invalid-app-monitoring-title-required = give it a title
invalid-app-monitoring-file-empty = the file is empty
invalid-app-monitoring-file-too-large = a file is at most { $size } MiB
invalid-app-monitoring-file-kind = the store keeps documents, sheets, pictures and texts (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = give a link or a file, not both
invalid-app-monitoring-link-or-file = give a link or choose a file
invalid-app-monitoring-no-such-indicator = '{ $key }' is no indicator of the cluster
invalid-app-monitoring-store-full = the evidence store holds { $size } MiB at most for the cluster: remove old files first
invalid-app-invoice-fee-kind = a membership fee is invoiced from its membership, priced by its type and linked to it so that no renewal bills the period again (the membership's page, or POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = '{ $value }' is not an invoice kind; use service or event
invalid-app-invoice-organisation-required = choose the organisation the invoice is for
invalid-app-invoice-line-quantity = line { $line }: the quantity '{ $value }' is not a whole number from 1 to 1,000,000
invalid-app-invoice-line-price = line { $line }: the price { $problem }
invalid-app-invoice-line-description = line { $line }: say what it is for
invalid-app-invoice-line-description-long = line { $line }: keep the description under 300 characters
invalid-app-invoice-no-line = an invoice needs at least one line
invalid-app-invoice-nothing-asked = the lines add up to nothing; an invoice must ask for an amount above zero
invalid-app-invoice-issued-already = invoice { $number } is issued already
invalid-app-invoice-draft-gone = the draft was issued or discarded meanwhile
invalid-app-invoice-issued-not-deleted = invoice { $number } is issued: it cannot be deleted; void it (if nothing was paid) or correct it with a credit note
invalid-app-invoice-void-reason = say in a few words why it is void
invalid-app-invoice-credit-reason = say in a few words what the credit corrects
invalid-app-invoice-credit-amount = credit between 0 and { $amount }, what is left of the invoice
invalid-app-invoice-payment-in-future = a payment cannot be recorded before it is received
invalid-app-invoice-payment-zero = a payment is above zero
invalid-app-invoice-overpayment = { $amount } is more than the { $owed } still owed on { $number }; confirm the overpayment to keep the { $rest } above it as the customer's credit
invalid-app-invoice-reverse-reason = say in a few words why the payment is reversed
invalid-app-invoice-credit-spent = { $kept } of this payment was kept as the customer's credit, and only { $left } of that credit is left: reverse the payments that used it first
invalid-app-invoice-nothing-outstanding = nothing is outstanding on invoice { $number }
invalid-app-invoice-no-credit-to-use = the customer has no credit to use
invalid-app-invoice-refund-note = say in a few words how the credit was paid back
invalid-app-invoice-refund-amount = refund between 0 and { $amount }, the customer's credit
invalid-app-invoice-no-credit-to-refund = the customer has no credit to refund
invalid-app-invoice-after-today = { $day } is after today
invalid-app-invoice-statement-stopped = { $problem }; nothing was recorded: import the statement again
invalid-app-invoice-payments-kept-changing = the cluster's payments kept changing while the statement was read; import it again
billing-matched-by-number = invoice number
billing-matched-by-vat = VAT id and amount
invalid-app-invoice-no-such-number = there is no invoice { $number }
invalid-app-invoice-mail-not-set-up = mail is not set up: set CLUSTERDESK_SMTP_URL (and CLUSTERDESK_MAIL_FROM) to send reminders
invalid-app-invoice-not-an-iban = is not an IBAN (two letters, then 13 to 32 letters and digits)
invalid-app-invoice-not-an-email = is not an email address
invalid-app-survey-no-such-question = the questionnaire has no question '{ $key }'
invalid-app-survey-choose-section = choose a section
invalid-app-survey-question-depended-on = '{ $question }' is shown depending on this question: change or remove it first
invalid-app-survey-no-such-section = there is no such section
invalid-app-survey-section-not-empty = the section still has questions: move or remove them first
invalid-app-survey-before-today = { $day } is before today
invalid-app-survey-questionnaire-archived = the questionnaire is archived: bring it back to send it
invalid-app-survey-questionnaire-empty = the questionnaire asks nothing yet: add a question first
invalid-app-survey-mail-not-set-up = mail is not set up: set CLUSTERDESK_SMTP_URL to send a survey
invalid-app-survey-left-out-archived = archived
invalid-app-survey-left-out-no-email = no email address
invalid-app-survey-left-out-no-consent = no standing consent to surveys by email
invalid-app-survey-nobody-to-invite = no contact of the segment { $segment } may be sent a survey ({ $count } contacts, none with a standing consent to surveys by email)
invalid-app-survey-campaign-closed = the campaign closed on { $day }: it takes no more answers
invalid-app-survey-mail-not-set-up-reminders = mail is not set up: set CLUSTERDESK_SMTP_URL to send reminders
invalid-app-survey-answers-sent = these answers were sent already; thank you
invalid-app-survey-closed = the survey closed on { $day }
invalid-app-survey-not-a-size-class = '{ $value }' is micro, small, medium or large
invalid-app-survey-anonymous-no-kind = an anonymous campaign's answers keep no kind or size class of organisation to filter by
invalid-app-survey-anonymous-no-organisation = an anonymous campaign's answers have no organisation to filter by
invalid-app-event-cancelled-already = the event is cancelled already
invalid-app-event-nobody-moves-up = the event is over or cancelled: nobody moves up any more
invalid-app-event-registration-cancelled-already = the registration is cancelled already
invalid-app-event-subject-one-line = must be one line
invalid-app-event-mail-not-set-up = mail is not set up: set CLUSTERDESK_SMTP_URL to send mail
invalid-app-event-no-address = nobody of those chosen has an email address
invalid-app-event-check-in-too-early = the event is on { $day }: attendance is recorded from that day on, at the door or afterwards
invalid-app-event-check-in-no-seat = only a person with a seat can be checked in; give them a seat first
invalid-app-membership-starts-before-applied = a membership cannot start before it was applied for
invalid-app-membership-type-not-open = the type { $type } is not open to organisations of the kind { $kind }
invalid-app-membership-one-at-a-time = the organisation already has a membership; terminate it before adding another
invalid-app-membership-not-accepted-yet = applied, not accepted yet
invalid-app-membership-starts-after-period = starts on { $day }, after the period
invalid-app-membership-joined-after-rollover = joined after the rollover day; first fee for { $period }
invalid-app-membership-terminated-before = terminated before the period
invalid-app-membership-suspended = suspended
invalid-app-membership-invoiced-already = already invoiced for this period
invalid-app-membership-cannot-be-priced = cannot be priced: { $problem }
invalid-app-membership-pro-rata = { $explanation }; pro rata from { $day }
invalid-app-membership-no-fee = no fee
invalid-app-membership-not-a-renewal-year = { $year } is not a year a cluster renews for
invalid-app-membership-no-such-year = no such year
invalid-app-membership-from-acceptance = from acceptance
invalid-app-membership-invoiced-by-another-run = invoiced by another run meanwhile
invalid-app-membership-moved-meanwhile = the membership moved to another organisation meanwhile; try again
invalid-app-membership-terminated = the membership is terminated; add a new one instead
invalid-app-membership-accepted-already = the membership is accepted already
invalid-app-membership-suspended-already = the membership is suspended already
invalid-app-membership-suspend-not-accepted = only an accepted membership can be suspended
invalid-app-membership-not-suspended = the membership is not suspended
invalid-app-membership-ends-before-applied = a membership cannot end before it was applied for
invalid-app-registration-confirmed-already = this registration is confirmed already: the mail we sent has your personal link
invalid-app-registration-declined = this registration was declined by the team
invalid-app-registration-held = the team checks this registration: it cannot be confirmed from the link
invalid-app-registration-awaiting-confirmation = this registration waits for the visitor's confirmation by mail
invalid-app-registration-contact-archived = { $name } is archived: restore the contact before registering them
invalid-app-registration-no-such-contact = no current contact of the cluster has this email: add the person to their organisation first
invalid-app-registration-closed = registration is closed: the event is over or cancelled
invalid-app-statement-too-large = the statement is over { $size } MiB; split it by month
invalid-app-statement-no-date-column = the statement has no date column; name one of its columns 'date' (found: { $found })
invalid-app-statement-no-amount-column = the statement has no amount column; name one 'amount', or two 'credit' and 'debit' (found: { $found })
invalid-app-statement-no-credit-or-debit = the line has neither a credit nor a debit
invalid-app-statement-not-utf8 = the XML statement is not UTF-8
invalid-app-statement-unreadable = the XML statement cannot be read: { $problem }
invalid-app-statement-not-camt = the XML file is not a CAMT.053 account statement (its root holds no BkToCstmrStmt, but { $found })
invalid-app-statement-not-camt-empty = the XML file is not a CAMT.053 account statement (its root holds no BkToCstmrStmt, but nothing)
invalid-app-statement-entry-no-date = the entry has no booking or value date (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = the entry has no amount (Amt)
invalid-app-statement-entry-direction = the entry's direction is { $value }; CdtDbtInd is CRDT or DBIT
invalid-app-statement-no-entries = the CAMT.053 statement holds no entries (Ntry)
invalid-app-engagement-in-group-already = the person is in the group already
invalid-app-engagement-mail-not-set-up = mail is not set up: set CLUSTERDESK_SMTP_URL to ask for feedback
invalid-app-engagement-feedback-too-early = feedback is asked for once the event is over
invalid-app-engagement-feedback-not-open = feedback is for those who came, once the event is over
invalid-app-engagement-rating = choose from 1 (poor) to 5 (excellent)
invalid-app-engagement-average = { $mean } from { $count } ratings
invalid-app-engagement-not-in-range = '{ $value }' is not a number from { $min } to { $max }
invalid-app-engagement-no-activity = choose at least one activity that counts
invalid-app-engagement-nobody-at-risk = no member is at risk in { $year }
invalid-app-economics-not-a-year = { $year } is not a year
invalid-app-economics-years-range = ask for one to { $max } years, the first before the last
invalid-app-economics-invoiced-twice = { $year }: { $stream } are both entered as lines ({ $entered }) and invoiced ({ $invoiced }); remove the lines the invoices hold.
invalid-app-economics-actual-staff-twice = { $year }: actual staff costs are both entered as lines ({ $entered }) and counted from the team ({ $team }); remove the lines the team holds.
invalid-app-economics-budget-staff-twice = { $year }: budget staff costs are both entered as lines ({ $entered }) and counted from the team ({ $team }); remove the lines the team holds.
invalid-app-economics-staff-from-team = staff costs come from the team for this year: record the people on the Team page
invalid-app-economics-from-invoices = actual { $stream } come from the invoices already: enter them there, or enter a budget line
invalid-app-economics-from-funding = actual { $stream } come from the projects' funding sources already: enter them there, or enter a budget line
invalid-app-economics-over-a-billion = is more than a billion
invalid-app-economics-no-such-day = no such day
invalid-app-strategy-unknown-segment = { $id } is not a value-chain segment of the network
invalid-app-project-weights-zero = at least one criterion must weigh something
invalid-app-project-idea-promoted-already = this idea is a project already
invalid-app-project-idea-promoted-meanwhile = this idea was taken forward meanwhile
invalid-app-project-at-stage-already = the project is at the stage { $stage } already
invalid-app-project-organisation-archived = { $name } is archived (or merged into another): restore it first
invalid-app-project-participant-one-of = a participant is one organisation of the cluster, one partner cluster, or one outside organisation
invalid-app-service-archived = the service { $name } is archived: it is no longer delivered
invalid-app-service-delivery-invoiced = the delivery is on an invoice: correct it there
invalid-app-service-choose-deliveries = choose the deliveries to invoice
invalid-app-service-too-many-deliveries = at most { $max } on one invoice
invalid-app-service-delivery-on-invoice = the delivery of { $service } on { $day } is on invoice { $number } already
invalid-app-service-different-organisations = the deliveries go to different organisations: one invoice is for one
invalid-app-service-different-tax-rates = the deliveries have different tax rates: put them on separate invoices
invalid-app-service-free = the deliveries cost nothing: a free service needs no invoice
invalid-app-service-invoiced-meanwhile = some of the deliveries were invoiced meanwhile; nothing was done
invalid-app-task-assignee = choose someone of the cluster's team who may complete tasks (staff or a cluster manager)
invalid-app-value-chain-kind = choose segment or technology
invalid-app-value-chain-term-exists = the taxonomy has this term already
invalid-app-value-chain-unknown-term = { $id } is not a term of the network's taxonomy
invalid-app-value-chain-title = is required, at most 200 characters
invalid-app-value-chain-choose-term = choose a term of the network's taxonomy
invalid-app-segment-tag-length = a tag is 1 to 60 characters
invalid-app-segment-name-taken = a segment is named “{ $name }” already; choose another name or open that one
invalid-app-interaction-organisation = choose the organisation
invalid-app-interaction-contact = choose a person of this organisation
invalid-app-interaction-staff = choose a member of the cluster's team
invalid-app-interaction-template = choose one of the cluster's interview templates
invalid-app-interaction-answers = answer at least one question
invalid-app-interaction-template-kind = a template's questions belong to an interview
invalid-app-interaction-template-name = is required, at most 120 characters
invalid-app-interaction-template-questions = write 1 to 60 questions, one a line
invalid-app-indicator-set-no-such-indicator = '{ $key }' is no indicator of the cluster's catalogue
invalid-app-indicator-set-too-many-lines = a set holds at most { $max } lines
invalid-app-indicator-set-code-twice = { $code } is in the set already
invalid-app-indicator-set-code-taken = { $code } is in the set already; give the line another code
invalid-app-indicator-set-copy-too-long = a set holds at most { $max } lines; this one has { $count }
invalid-app-indicator-set-full = the set holds { $max } lines, the most it may; remove one first
invalid-app-attention-due-today = due today
invalid-app-attention-due-tomorrow = due tomorrow
invalid-app-attention-overdue-since = overdue since { $day }
invalid-app-attention-due-on = due on { $day }
invalid-app-attention-for-someone = , for { $name }
invalid-app-attention-not-assigned = , not assigned
invalid-app-attention-seats-taken = { $count } of { $capacity } seats taken
invalid-app-attention-registered = { $count } registered
invalid-app-attention-waiting = , { $count } waiting
invalid-app-attention-applied =
    { $count ->
        [one] { $type } applied on { $day }, { $count } day ago
       *[other] { $type } applied on { $day }, { $count } days ago
    }
invalid-app-attention-request = for { $event }, sent on { $day }
invalid-app-attention-payment = paid on { $day }, reference “{ $reference }”
invalid-app-attention-owes =
    { $count ->
        [one] owes { $owed }, { $count } day overdue
       *[other] owes { $owed }, { $count } days overdue
    }
invalid-app-attention-at-risk = { $events }, { $projects } this year
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } event attended
       *[other] { $count } events attended
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } project
       *[other] { $count } projects
    }
invalid-app-attention-action-line = { $standing }, ends on { $day }

# Mail clusterdesk writes to members and visitors, in their language.
mail-reminder-subject = Reminder: invoice { $number } of { $cluster } is { $count } days overdue
mail-reminder-greeting = Dear colleagues at { $customer },
mail-reminder-overdue = our invoice { $number } of { $issued } for { $gross } was due on { $due } and is now { $count ->
        [one] { $count } day
       *[other] { $count } days
    } overdue. { $owed } of it is still open.
mail-reminder-pay-to-iban = Please transfer it to IBAN { $iban }, with the reference { $number }.
mail-reminder-pay = Please pay it with the reference { $number }.
mail-reminder-disregard = If you have paid it in the last few days, thank you, and please disregard this message.
mail-reminder-regards = Kind regards,
mail-hello-name = Hello { $name },
mail-hello = Hello,
# A visitor's registration from an event's public page.
mail-request-subject = Confirm your registration: { $title }
mail-request-asked = someone, we hope you, asked to register this address for { $title }, { $when }.
mail-request-link = To confirm, open this link and press the button there:
mail-request-ignore = If it was not you, ignore this mail: nothing is registered without the confirmation.
mail-declined-subject = Your registration: { $title }
mail-declined-text = the team could not accept your registration for { $title }, { $when }. If you think this is a mistake, please write to us.
mail-already-subject = Registered already: { $title }
mail-already-text = this address was registered for { $title }, { $when }, already: nothing changed. The confirmation we sent then has your personal link.
mail-waitlisted-subject = Waiting list: { $title }
mail-waitlisted-opening = the event is full, so you are on its waiting list. If a seat frees, it is yours, and we will write to you.
mail-registered-subject = Registered: { $title }
mail-registered-opening = you are registered. The event is in the attached calendar file.
mail-agenda = Agenda
mail-registration-cost = The registration costs { $amount }, tax included: our invoice { $number } follows. If you cancel, it is credited in full.
mail-nothing-invoiced-while-waiting = Nothing is invoiced while you wait; the invoice comes with a seat.
mail-cancel-here = If you cannot come, cancel here, so that someone else can take your seat:
mail-seat-subject = A seat is yours: { $title }
mail-seat-freed = a seat freed up and it is yours: you are registered for { $title }, { $when }.
mail-seat-invoice = Your invoice { $number } of { $amount } follows the terms of the event.
# Feedback after an event.
mail-feedback-subject = How was { $title }?
mail-feedback-ask = thank you for coming to { $title }. One minute of your time tells us what to keep and what to change:
# A survey's invitation and its reminder.
mail-survey-anonymous = The survey is anonymous: your answers are kept without your name, your email or this link.
mail-survey-named = Your answers are kept with your name and your organisation's, for the cluster's team.
mail-survey-reminder = a reminder: we have not had your answers yet. This link replaces the one in our first message; what you saved is kept.
mail-survey-asks = the cluster asks for your view.
mail-survey-reminder-subject = Reminder: { $title }
mail-survey-link-yours = The link is yours alone; answers are taken until { $closes }.
# People and their accounts.
mail-role-manager = cluster manager
mail-role-staff = staff
mail-role-board = board
mail-invitation-subject = You are invited to { $cluster } on clusterdesk
mail-invitation-text = { $who } invites you to work in { $cluster } on clusterdesk, as { $role }.
mail-invitation-link = Choose your password here to start (the link works once, for { $count } days):
mail-invitation-ignore = If you did not expect this, you can ignore this message.
mail-new-role-subject = You can now work in { $cluster } on clusterdesk
mail-new-role-text = { $who } gave you the role { $role } in { $cluster } on clusterdesk. Sign in as usual; the cluster is here:
mail-reset-subject = Reset your clusterdesk password
mail-reset-text = someone asked to reset the password of your clusterdesk account ({ $email }). Choose a new password here (the link works once, for { $count } minutes):
mail-reset-ignore = If it was not you, ignore this message: your password stays as it is.

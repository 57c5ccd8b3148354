# Messages of the use cases: imports and the files they read, accounts and sign-in, sending mail, lists, duplicates and merges.

## Reading a file (sheet)
invalid-sheet-file-too-large = the file has { $size } MiB; a file may have at most { $limit } MiB
invalid-sheet-xlsx-contradictory = the file is not a readable XLSX workbook: its parts contradict each other
invalid-sheet-too-many-columns = { $at } has { $columns } columns; a file may have at most { $limit } columns
invalid-sheet-nul-character = { $at } holds a NUL character, which no text may hold: is it a text file?
invalid-sheet-cell-too-long = { $at } holds more than { $limit } characters; a cell may hold at most { $limit }
invalid-sheet-line = line { $line }
invalid-sheet-read-as-utf16 = the file was read as UTF-16 (Unicode text) and converted
invalid-sheet-read-as-windows-1252 = the file was read as Windows-1252 and converted
invalid-sheet-header-unreadable = the header row cannot be read: { $error }
invalid-sheet-empty-file = the file is empty: the first line must name the columns
invalid-sheet-line-not-csv = line { $line }: cannot be read as CSV: { $error }
invalid-sheet-too-many-rows = the file has more than { $limit } rows
invalid-sheet-separated-by-semicolons = columns separated by semicolons
invalid-sheet-separated-by-tabs = columns separated by tabs
invalid-sheet-separated-by-commas = columns separated by commas
invalid-sheet-xlsx-unreadable = the file is not a readable XLSX workbook: { $error }
invalid-sheet-too-many-parts = the workbook is made of { $parts } parts; a workbook may have at most { $limit }
invalid-sheet-unzips-too-large = the workbook unzips to { $size } MiB; a workbook may unzip to at most { $limit } MiB
invalid-sheet-no-worksheet = the workbook has no worksheet
invalid-sheet-worksheet-unreadable = the first worksheet cannot be read: { $error }
invalid-sheet-cell = cell { $cell }
invalid-sheet-value-beyond-columns = { $at } holds a value, but a worksheet may have at most { $limit } columns (A to { $last })
invalid-sheet-rows-out-of-order = { $at } comes after row { $row }: the worksheet's rows are out of order
invalid-sheet-worksheet-too-many-rows = the worksheet has more than { $limit } rows with values
invalid-sheet-empty-worksheet = the first worksheet is empty: its first row must name the columns
invalid-sheet-read-from-first-worksheet = read from the first worksheet

## Imports: the file, its mapping and its rows (import)
invalid-import-mapping-unknown-column = the mapping names a column '{ $header }' that the file does not have
invalid-import-mapping-not-a-field = the mapping maps '{ $header }' to '{ $field }', which is not a field; the fields are { $fields }
invalid-import-values-read-by-mapping = { $values } values read as the mapping says
invalid-import-values-read-by-name = { $values } values read by their names in the network's languages
invalid-import-mapping-line = mapping line { $line }: write it as 'Column header = field'
invalid-import-field-count = has { $cells } fields where the header has { $headers }
invalid-import-required-column = no column is mapped to '{ $field }', which is required
invalid-import-invoices-customer-column = no column is mapped to 'customer' or 'vat_id'; one of them is required
invalid-import-ledger-amount-column = no column is mapped to 'amount' (or to 'hours', for contributions in kind); one of them is required
invalid-import-membership-overlaps-line = overlaps the organisation's membership of line { $line }: an organisation holds one membership at a time
invalid-import-answers-into-campaign = survey answers are imported into a campaign, from the campaign's page or `POST .../campaigns/{"{"}id{"}"}/answers/import`
invalid-import-same-membership = the same membership as line { $first } (the same organisation, type and start)
invalid-import-same-invoice = the same invoice as line { $first } (the same number, or the same membership's fee for the same period)
invalid-import-same-organisation = the same organisation as line { $first } of this file (same VAT id, or same name and country)
invalid-import-same-person = the same person as line { $first } of this file (same email, or same name at the same organisation)
invalid-import-organisation-ambiguous = several organisations are named '{ $name }'; give its VAT id instead
invalid-import-organisation-unknown = there is no organisation '{ $name }' in this cluster; import or create it first
invalid-import-records-changed = the cluster's records changed while the import of { $target } was written, { $attempts } times; nothing was imported, send the file again
invalid-import-reverted-already = this import was reverted already
invalid-import-cannot-revert = this import cannot be reverted: { $why }
invalid-import-blocked-contacts-added = { $count } contacts were added since at organisations this import created; archive those organisations instead
invalid-import-blocked-fee-invoices-issued = { $count } fee invoices were issued since for memberships this import created; terminate those memberships instead
invalid-import-blocked-memberships-changed = { $count } changes were made since to memberships this import created (accepted, suspended or terminated)
invalid-import-blocked-payments-recorded = { $count } payments were recorded since on invoices this import brought over
invalid-import-blocked-credit-notes-issued = { $count } credit notes were issued since for invoices this import brought over
invalid-import-blocked-reminders-sent = { $count } reminders were sent since for invoices this import brought over
invalid-import-blocked-invoices-voided = { $count } invoices this import brought over were voided since
invalid-import-blocked-payments-reversed = { $count } payments this import brought over were reversed since
invalid-import-blocked-records-refer-to-it = interactions, tasks, memberships, invoices, ideas, project participants or service deliveries were recorded since about what this import created
invalid-import-upload-quota = the cluster's files waiting to be imported take { $kept } of at most { $limit } MiB: import them, or wait for them to be dropped { $hours } hours after they were sent

## Imports of a campaign's answers (import/answers)
invalid-import-answers-submitted-on-label = When it was answered
invalid-import-answers-organisation-label = The respondent's organisation
invalid-import-answers-email-label = The respondent's email
invalid-import-answers-no-question-column = no column is mapped to a question of the questionnaire; map the columns that hold answers to their questions
invalid-import-answers-required-question-unmapped = no column is mapped to the required question '{ $key }': the answers leave it empty
invalid-import-answers-two-columns = { $first } and { $second }
invalid-import-answers-anonymous = the campaign is anonymous: the columns of { $columns } are not read, and nothing of who answered is kept
invalid-import-answers-dated-today = no column says when each answer was given: they are dated { $today }
invalid-import-answers-submitted-on-empty = is empty; say when it was answered
invalid-import-answers-unknown-email = no contact of the cluster has the email '{ $email }'; add the contact or leave the column out
invalid-import-answers-contact-elsewhere = is a contact of { $contact_of }, not of { $named }, the organisation the row names
invalid-import-answers-row-label = Answer of line { $line }
invalid-import-answers-no-answer = answers no question

## Imports of open invoices (import/invoices)
invalid-import-invoices-number-too-long = must be at most { $limit } characters, without control characters
invalid-import-invoices-date-required = is required (the day the invoice was issued)
invalid-import-invoices-customer-required = is required (its name or VAT id)
invalid-import-invoices-date-after-today = { $day } is after today; an invoice brought over was issued already
invalid-import-invoices-not-open = the invoice is { $state }; only open invoices are brought over
invalid-import-invoices-unknown-status = '{ $value }' is not a state of an invoice; leave it out or write open
invalid-import-invoices-gross-required = is required (the invoice's amount, tax included)
invalid-import-invoices-other-currency = the invoice is in { $code }; the cluster invoices in { $currency }, so it stays in the old system
invalid-import-invoices-credit-note = a credit note owes nothing; it stays in the old system
invalid-import-invoices-unknown-kind = '{ $value }' is not a kind; write fee, service or event
invalid-import-invoices-gross-too-large = is too large for an invoice
invalid-import-invoices-owes-nothing = { $gross } owes nothing; only what customers still owe is brought over
invalid-import-invoices-paid-in-full = the invoice is paid in full ({ $paid } of { $gross }); only open invoices are brought over
invalid-import-invoices-tax-range = must be from zero to the amount before tax (a rate of at most 100 %)
invalid-import-invoices-due-before-date = { $due } is before the invoice's date, { $issued }
invalid-import-invoices-number-taken = { $number } is the number of another invoice of this cluster
invalid-import-invoices-several-memberships = { $customer } held several memberships on { $day }; give a day of the period the fee pays for in 'period'
invalid-import-invoices-no-membership = a fee is of a membership, and { $customer } held none on { $day }; import the memberships first, or give a day of the period the fee pays for in 'period'
invalid-import-invoices-type-not-found = the membership's type is not found
invalid-import-invoices-fee-invoiced = the { $period } fee of this membership is invoiced already ({ $number })

## Imports of ledger lines (import/ledger)
invalid-import-ledger-other-which = 'other' is other income or other costs: write which
invalid-import-ledger-unknown-category = '{ $value }' is not a category; write an income stream ({ $streams }, other income) or a cost kind ({ $costs }, other costs), or map the file's values to them
invalid-import-ledger-not-a-year = '{ $value }' is neither a year nor a date: { $error }
invalid-import-ledger-project-ambiguous = two projects are called '{ $title }'; give one of them another title
invalid-import-ledger-project-unknown = there is no project '{ $title }'
invalid-import-ledger-positive-cost = the file writes costs as negative amounts, so a positive cost ({ $amount }) takes money back; enter the cost less what came back instead
invalid-import-ledger-project-not-cost = only a project cost names a project; leave the cell empty

## Imports of memberships (import/memberships)
invalid-import-memberships-unknown-type = there is no membership type '{ $name }'; the cluster's types are { $types }
invalid-import-memberships-unknown-status = '{ $value }' is not a status; write applied, active, suspended or terminated
invalid-import-memberships-start-required = is required, but for an application (status applied)
invalid-import-memberships-start-or-status-required = is required (an application not accepted yet has the status applied)
invalid-import-memberships-application-no-end = an application that was not accepted has no end; leave it empty
invalid-import-memberships-terminated-needs-end = a terminated membership needs the day it ended
invalid-import-memberships-ended-not-terminated = the membership ended on { $end }, yet its status is not terminated
invalid-import-memberships-terminated-after-today = { $end } is after today, yet the membership is terminated; give it the status active with its end
invalid-import-memberships-applied-after-start = { $applied } is after the start, { $start }
invalid-import-memberships-type-archived = the type { $type } is archived: it takes no new members
invalid-import-memberships-recorded-already = the organisation's { $type } membership from { $from } is recorded already with other dates or status; change it on its page
invalid-import-memberships-overlaps-recorded = the organisation's membership from { $from } overlaps this one; an organisation holds one membership at a time (terminate it first, or give this one other dates)

## Accounts and sign-in (auth)
invalid-auth-no-cluster-yet = there is no cluster '{ $slug }': the database has no cluster yet (run 'clusterdesk demo' for the demo)
invalid-auth-unknown-cluster = there is no cluster '{ $slug }'; the clusters are: { $clusters }
invalid-auth-not-network-admin = { $email } is not a network administrator
invalid-auth-unknown-role = '{ $value }' is not a role; use network-admin, cluster-manager, staff or board
invalid-auth-role-needs-cluster = a cluster role needs --cluster SLUG
invalid-auth-network-admin-no-cluster = network-admin holds every cluster; leave out --cluster
invalid-auth-password-too-short = must be at least { $min } characters
invalid-auth-password-guessable-because = is too easy to guess ({ $why }): use a longer phrase of unrelated words, not your name or email
invalid-auth-password-guessable = is too easy to guess: use a longer phrase of unrelated words, not your name or email
invalid-auth-password-straight-rows = straight rows of keys are easy to guess
invalid-auth-password-keyboard-patterns = short keyboard patterns are easy to guess
invalid-auth-password-repeats = repeats like "aaa" are easy to guess
invalid-auth-password-repeated-groups = repeats like "abcabcabc" are only slightly harder to guess than "abc"
invalid-auth-password-top-10 = this is a top-10 common password
invalid-auth-password-top-100 = this is a top-100 common password
invalid-auth-password-very-common = this is a very common password
invalid-auth-password-like-common = this is similar to a commonly used password
invalid-auth-password-sequences = sequences like abc or 6543 are easy to guess
invalid-auth-password-recent-years = recent years are easy to guess
invalid-auth-password-single-word = a word by itself is easy to guess
invalid-auth-password-dates = dates are often easy to guess
invalid-auth-password-names-alone = names and surnames by themselves are easy to guess
invalid-auth-password-common-names = common names and surnames are easy to guess

## People and their accounts (account)
invalid-account-email-deactivated = belongs to a deactivated account; a network administrator can reactivate it
invalid-account-email-works-here = works in this cluster already, as { $role }; change the role in the list
invalid-account-email-network-admin = belongs to a network administrator, who works in every cluster
invalid-account-own-role = you cannot change the role of yourself; another cluster manager can
invalid-account-remove-yourself = you cannot remove yourself; another cluster manager can
invalid-account-reactivate-yourself = you cannot reactivate yourself; another cluster manager can
invalid-account-deactivate-yourself = you cannot deactivate yourself; another cluster manager can
invalid-account-reactivate-network-admin = { $email } is a network administrator; only another network administrator can reactivate the account
invalid-account-deactivate-network-admin = { $email } is a network administrator; only another network administrator can deactivate the account
invalid-account-reactivate-other-clusters = { $email } works in { $clusters } other cluster(s) too: remove their role here instead, or ask a network administrator to reactivate the account
invalid-account-deactivate-other-clusters = { $email } works in { $clusters } other cluster(s) too: remove their role here instead, or ask a network administrator to deactivate the account
invalid-account-wrong-current-password = is not your current password
invalid-account-passwords-differ = is not the same as the new password
invalid-account-dead-link = this link was used already or has expired; ask for a new one with "Forgot your password?" on the login page

## Sending mail (mail)
invalid-mail-smtp-address-unusable = the SMTP address '{ $url }' is not usable: { $error }
invalid-mail-smtp-not-an-address = '{ $address }' is not an address: { $error }
invalid-mail-smtp-message-not-built = the message could not be built: { $error }
invalid-mail-smtp-not-a-content-type = '{ $content_type }' is not a content type: { $error }
invalid-mail-smtp-refused = the mail server refused: { $error }

## Lists of organisations: the parameters of the address (organisation)
invalid-organisation-query-parameter = parameter { $name }: { $message }
invalid-organisation-query-status = '{ $value }' is not a status; use current or archived
invalid-organisation-query-direction = '{ $value }' is not a direction; use asc or desc
invalid-organisation-query-sort = '{ $value }' is not a sort; use name, country, kind, employees, size_class or created

## Contacts (contact)
invalid-contact-choose-cluster-organisation = choose an organisation of this cluster
invalid-contact-choose-organisation = choose the contact's organisation

## The network's view (network)
invalid-network-euro-rate = the euro is the network's own: its rate is 1
invalid-network-unknown-indicator = parameter indicators: '{ $key }' is no built-in indicator
invalid-network-unknown-cluster = parameter named: '{ $slug }' is no cluster of the network
invalid-network-unnamed-cluster = Cluster { $letters }

## Personal data (privacy)
invalid-privacy-email-of-several-contacts = several contacts have the email { $email }; merge them first

## Likely duplicates and merges (duplicate)
invalid-duplicate-employees = { $employees } employees
invalid-duplicate-same-vat-id = same VAT id { $vat_id }
invalid-duplicate-same-name-and-country = same name, ignoring case, accents and legal form, in the same country
invalid-duplicate-same-name-ignoring-form = same name, ignoring case, accents and legal form
invalid-duplicate-same-email-address = same email { $email }
invalid-duplicate-same-name = same name
invalid-duplicate-organisation-into-itself = an organisation cannot be merged into itself
invalid-duplicate-organisations-archived = both organisations must be current; restore an archived one first
invalid-duplicate-choose-membership = both organisations hold a membership: choose the one to keep; the other ends on the day of the merge
invalid-duplicate-chosen-by-hand = chosen by hand
invalid-duplicate-contact-into-itself = a contact cannot be merged into itself
invalid-duplicate-contacts-archived = both contacts must be current; restore an archived one first
invalid-duplicate-same-email = same email

## The search box (search)
invalid-search-invoice-issued = { $customer } · issued { $day }
invalid-search-event-cancelled = { $moment } · cancelled

## The annual report (report)
invalid-report-year-parameter = parameter year: { $error }

## Organisations' figures (figures)
invalid-figures-reviewed-meanwhile = the figures were reviewed at the same moment; see the list again

## Opening the database (lib)
invalid-app-open-database = cannot open the database: { $error }

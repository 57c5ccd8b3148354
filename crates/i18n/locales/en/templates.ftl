# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Events and networking
survey-template-service-market-intelligence = Information and market intelligence
survey-template-service-collaborative-projects = Help with collaborative projects
survey-template-service-funding = Access to funding
survey-template-service-training = Training
survey-template-service-internationalisation = Internationalisation

## Member satisfaction
survey-template-member-satisfaction-title = Member satisfaction
survey-template-member-satisfaction-intro = How well does the cluster serve your organisation? Your answers shape next year's work plan; it takes about five minutes.
survey-template-section-cluster-services = The cluster's services
survey-template-services-used = Which of the cluster's services did your organisation use this year?
survey-template-service-quality = How satisfied are you with each service?
survey-template-very-dissatisfied = Very dissatisfied
survey-template-very-satisfied = Very satisfied
survey-template-section-overall = Overall
survey-template-overall-satisfaction = Overall, how satisfied are you with the cluster?
survey-template-recommend = How likely are you to recommend membership to a partner?
survey-template-not-at-all-likely = Not at all likely
survey-template-extremely-likely = Extremely likely
survey-template-renew = Will your organisation renew its membership?
survey-template-yes = Yes
survey-template-probably = Probably
survey-template-probably-not = Probably not
survey-template-no = No
survey-template-renew-why-not = What would make you stay?
survey-template-improve = What should the cluster do better or start doing?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Strategic attitude of companies
survey-template-strategic-attitude-intro = How does your company plan, cooperate and see the cluster? The answers, grouped, show how the cluster's companies change over the years.
survey-template-section-cooperation = Cooperation
survey-template-openness-to-cooperation = How open is your company to cooperating with other companies and research centres?
survey-template-not-open-at-all = Not open at all
survey-template-very-open = Very open
survey-template-cooperation-partners = With whom did you cooperate in the last three years?
survey-template-partner-regional-companies = Other companies of the region
survey-template-partner-universities = Universities
survey-template-partner-research-centres = Research and technology centres
survey-template-partner-companies-abroad = Companies abroad
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = None
survey-template-section-strategy = Strategy
survey-template-strategic-planning = How does your company plan its future?
survey-template-planning-no-written-plan = No written plan
survey-template-planning-yearly-budget = A yearly budget
survey-template-planning-multi-year-plan = A written plan for several years
survey-template-planning-reviewed-plan = A written plan, reviewed every year with indicators
survey-template-innovation-priority = How high is innovation among your company's priorities?
survey-template-low = Low
survey-template-highest = Highest
survey-template-section-the-cluster = The cluster
survey-template-perceived-value = How much value does the cluster bring to your company?
survey-template-very-much = Very much
survey-template-cluster-effects = How far do you agree?
survey-template-effect-found-partners = The cluster helped us find partners
survey-template-effect-new-markets = The cluster helped us reach new markets
survey-template-effect-visibility = The cluster made us more visible
survey-template-strongly-disagree = Strongly disagree
survey-template-strongly-agree = Strongly agree

## Yearly company performance
survey-template-company-performance-title = Yearly company performance
survey-template-company-performance-intro = The cluster reports how its companies develop, grouped and never one by one. Give the figures of your last closed financial year; leave out what you do not know.
survey-template-section-people-and-money = People and money
survey-template-employees = Employees
survey-template-unit-people = people
survey-template-employees-help = Headcount on the last day of the year
survey-template-turnover = Turnover
# The help text of the money questions (year_end).
survey-template-year-end-help = for the last closed financial year
survey-template-exports = Turnover from exports
survey-template-rd-spending = Spending on research and development
survey-template-section-innovation-and-markets = Innovation and markets
survey-template-new-products = New products or services launched in the year
survey-template-unit-products = products
survey-template-new-foreign-markets = Countries you sold to for the first time in the year
survey-template-unit-countries = countries
survey-template-digital-maturity = How digital are your company's processes?
survey-template-paper-and-email = Paper and e-mail
survey-template-fully-digital = Fully digital and data-driven

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Consultation for a new strategic plan
survey-template-strategy-consultation-intro = The cluster is preparing its strategic plan for the next years. Tell us where it should go.
survey-template-section-challenges = Challenges
survey-template-main-challenges = What are your company's main challenges in the next three years?
survey-template-challenge-skilled-people = Finding skilled people
survey-template-challenge-digitalisation = Digitalisation
survey-template-challenge-decarbonisation = Decarbonisation
survey-template-challenge-finance = Access to finance
survey-template-challenge-new-markets = New markets
survey-template-challenge-regulation = Regulation
survey-template-other-challenges = Other challenges
survey-template-section-cluster-priorities = The cluster's priorities
survey-template-priorities = How important should each field be for the cluster?
survey-template-not-important = Not important
survey-template-essential = Essential
survey-template-would-lead = Would your company lead or join a working group on one of your challenges?
survey-template-lead = Lead
survey-template-join = Join
survey-template-not-now = Not now
survey-template-ideas = Ideas for projects the cluster could start

# Kinds of organisation: the triple helix and its neighbours.
organisation-kind-company = Company
organisation-kind-university = University
organisation-kind-research-centre = Research or technology centre
organisation-kind-public-administration = Public administration
organisation-kind-association = Association
organisation-kind-investor = Investor
organisation-kind-other = Other

# The EU SME size classes (Commission Recommendation 2003/361/EC).
size-class-micro = Micro
size-class-small = Small
size-class-medium = Medium
size-class-large = Large
size-class-unknown = Size not known

# Kinds of interaction with an organisation.
interaction-kind-meeting = Meeting
interaction-kind-call = Call
interaction-kind-email = Email
interaction-kind-visit = Visit
interaction-kind-interview = Interview

# Channels a person consents to be contacted through.
channel-email = Email
channel-phone = Phone
channel-post = Post

# What was done with a person's data (GDPR log).
privacy-action-export = Data exported
privacy-action-erasure = Data erased
# The standard indicators of the monitoring system: each one's name and definition.

indicator-events-held = Events held
indicator-events-held-description = Events of the year not cancelled, by kind in the detail.

indicator-participants = Participants
indicator-participants-description = Attendances recorded at the year's events (a person at two events counts twice).

indicator-members-reached = Member organisations reached
indicator-members-reached-description = Members with at least one person attending an event of the year.

indicator-participation-rate = Participation rate
indicator-participation-rate-description = Members that took part in at least one activity (event, service, survey) or project in the year, of all members.

indicator-average-satisfaction = Average satisfaction
indicator-average-satisfaction-description = Mean answer to the satisfaction survey's overall question (1 to 5), of campaigns closing in the year.

indicator-new-members = New members
indicator-new-members-description = Memberships that began in the year.

indicator-retention-rate = Retention rate
indicator-retention-rate-description = Of the members at the year's start, the share still members at its end.

indicator-interactions-logged = Interactions logged
indicator-interactions-logged-description = Calls, meetings, visits and emails with organisations recorded in the year.

indicator-active-member-share = Active-member share
indicator-active-member-share-description = Members that are active actors by the cluster's rule (projects or activities in the year), of all members.

indicator-members = Members
indicator-members-description = Member organisations at the end of the year (or today, within it).

indicator-active-actors = Active actors
indicator-active-actors-description = Members that took part in at least one project or two activities in the year (the cluster's rule sets the numbers).

indicator-active-smes = Active SMEs
indicator-active-smes-description = Active actors that are micro, small or medium enterprises.

indicator-working-groups-met = Working groups that met
indicator-working-groups-met-description = Working groups with at least one meeting in the year.

indicator-media-mentions = Mentions in the media
indicator-media-mentions-description = Articles, broadcasts and publications about the cluster in the year, entered with their clippings as evidence.

indicator-projects-running = Projects running
indicator-projects-running-description = Projects that ran in the year, by stage in the detail.

indicator-aligned-share = Share aligned with a challenge
indicator-aligned-share-description = Of the year's projects, those serving at least one challenge of the strategy.

indicator-members-in-projects = Member organisations in projects
indicator-members-in-projects-description = Members taking part in a project of the year.

indicator-sme-share = SME share of participants
indicator-sme-share-description = Of the member organisations in the year's projects whose size is known, the SMEs.

indicator-budget-mobilised = Budget mobilised
indicator-budget-mobilised-description = The budgets of the projects that started in the year (each counted once, in its first year).

indicator-public-funding = Public funding raised
indicator-public-funding-description = Public funding secured by the funded projects that started in the year.

indicator-private-funding = Private funding raised
indicator-private-funding-description = Private funding secured by the funded projects that started in the year.

indicator-inter-cluster-projects = Inter-cluster projects
indicator-inter-cluster-projects-description = The year's projects with a partner cluster or in the inter-cluster area.

indicator-projects-approved = Projects approved
indicator-projects-approved-description = Projects that started in the year and secured their funding (funded, running or completed), inter-cluster ones included.

indicator-international-projects = International collaborations
indicator-international-projects-description = The year's projects with a participant from another country: an organisation, a partner cluster or an outside body.

indicator-fees-billed = Fees billed
indicator-fees-billed-description = Fee invoices of the year's membership period, less credit notes.

indicator-fees-collected = Fees collected
indicator-fees-collected-description = What was paid of the fees billed.

indicator-fixed-cost-coverage = Fixed-cost coverage
indicator-fixed-cost-coverage-description = Recurring structure income (fees, public structural support, recurring services) over structure costs, times (actual ledger).

indicator-private-share = Private share of income
indicator-private-share-description = Private income (fees, services, sponsorship, private contributions) over all income (actual ledger).

indicator-public-dependency = Public dependency
indicator-public-dependency-description = Public income over all income (actual ledger).

indicator-staff-fte = Staff FTE
indicator-staff-fte-description = The team's full-time equivalents at the year's end (or today).

indicator-members-per-fte = Members per FTE
indicator-members-per-fte-description = Members at the year's end over the team's FTE.

indicator-action-lines-on-track = Action-plan lines on track
indicator-action-lines-on-track-description = Lines of the year's action plan on track or done, of all its lines.

indicator-board-meetings = Board meetings held
indicator-board-meetings-description = Board meetings of the year, not cancelled.

indicator-fee-coverage = Fee coverage
indicator-fee-coverage-description = Membership fee income over structure costs, times (actual ledger).

indicator-services-share = Services share
indicator-services-share-description = Service income over all income (actual ledger).

indicator-fee-concentration = Fee concentration
indicator-fee-concentration-description = Fee income paid by the five largest payers over fee income invoiced (actual ledger).

indicator-project-leverage = Project leverage
indicator-project-leverage-description = Project funding mobilised for the participants over structure costs, times (actual ledger).

indicator-runway = Runway
indicator-runway-description = Months of structure costs the reserves cover: reserves × 12 over structure costs.

indicator-triple-helix-kinds = Triple-helix member kinds
indicator-triple-helix-kinds-description = Of business (companies, investors), knowledge (universities, research and technology centres) and public administration, how many kinds the members count.

indicator-strategy-documented = Documented strategy and action plan
indicator-strategy-documented-description = 1 when a strategy covers the year with at least one challenge and the year has an action plan of at least one line; 0 otherwise.

indicator-strategy-reviews = Strategy reviews
indicator-strategy-reviews-description = Reviews of the strategy that covers the year, and of its action plan, recorded in the year.

indicator-internet-presence = Internet presence
indicator-internet-presence-description = 1 when the cluster's website shows its current activity (news or events of the year), entered with the site's address as evidence; 0 otherwise.

indicator-turnover-growth = Turnover growth
indicator-turnover-growth-description = Change of the members' turnover over the year before, over the members with figures for both years.

indicator-employment-growth = Employment growth
indicator-employment-growth-description = Change of the members' employees over the year before, over the members with figures for both years.

indicator-export-share = Export share
indicator-export-share-description = The members' exports over their turnover, over the members with both figures.

indicator-rd-intensity = R&D intensity
indicator-rd-intensity-description = The members' R&D spending over their turnover, over the members with both figures.

indicator-innovating-share = Share of members innovating
indicator-innovating-share-description = Of the members with figures for the year, those with at least one new product.

indicator-new-foreign-markets = New foreign markets
indicator-new-foreign-markets-description = New foreign markets the members entered in the year.

indicator-digital-maturity = Digital maturity
indicator-digital-maturity-description = The members' mean digital maturity (1 to 5).

indicator-openness-to-cooperation = Openness to cooperation
indicator-openness-to-cooperation-description = Mean answer to the strategic-attitude survey's question on openness to cooperation, of campaigns closing in the year.

indicator-planning-maturity = Strategic planning maturity
indicator-planning-maturity-description = Mean level of planning in the strategic-attitude survey (1 no written plan to 4 a plan reviewed every year with indicators), of campaigns closing in the year.

indicator-perceived-value = Perceived value of the cluster
indicator-perceived-value-description = Mean answer to the strategic-attitude survey's question on the cluster's value, of campaigns closing in the year.


# The economic ratios of the cluster organisation: each one's name and formula.

ratio-fixed-cost-coverage = Fixed-cost coverage
ratio-fixed-cost-coverage-formula = recurring structure income (membership fees, public structural support and services that recur) / structure costs
ratio-fixed-cost-coverage-goal = 1.00 or more: fixed costs covered by fixed income

ratio-private-share = Private share
ratio-private-share-formula = private income (fees, services, sponsorship, private contributions in money or in kind) / total income

ratio-public-dependency = Public dependency
ratio-public-dependency-formula = public income / total income

ratio-fee-coverage = Fee coverage
ratio-fee-coverage-formula = membership fee income / structure costs

ratio-services-share = Services share
ratio-services-share-formula = service income / total income

ratio-fee-concentration = Fee concentration
ratio-fee-concentration-formula = fee income paid by the five largest payers / fee income invoiced

ratio-project-leverage = Project leverage
ratio-project-leverage-formula = project funding mobilised for the participants / structure costs

ratio-runway = Runway
ratio-runway-formula = months of structure costs the reserves cover: reserves × 12 / structure costs

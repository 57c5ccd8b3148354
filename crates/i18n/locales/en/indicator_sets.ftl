# The indicator sets shipped with clusterdesk: each set's name and description, and its lines' names.


# eccp_listing
indicator-set-eccp-listing = European Cluster Collaboration Platform: listing floor
indicator-set-eccp-listing-description = What the European Cluster Collaboration Platform asks of a cluster organisation before it lists it, and what a quality label requires first: a management team of at least 0.5 FTE, at least 15 committed members, at least two kinds of member of the triple helix, and a website that shows real activity.
indicator-set-eccp-listing-line-f1 = A management team of at least 0.5 FTE
indicator-set-eccp-listing-line-f2 = At least 15 committed members
indicator-set-eccp-listing-line-f3 = At least two kinds of member (triple helix)
indicator-set-eccp-listing-line-f4 = A website that shows real activity

# label_readiness
indicator-set-label-readiness = Cluster management excellence: label readiness
indicator-set-label-readiness-description = The label's indicator areas (structure, management and governance, financing, strategy and services, achievements and recognition) read from the cluster's records, with the evidence held for each. The label's own thresholds per indicator are not public: the thresholds here are the listing floor's where it has one. Copy the set to keep thresholds of your own.
indicator-set-label-readiness-line-1-2 = Composition of participants (triple helix)
indicator-set-label-readiness-line-1-3 = Number of committed participants
indicator-set-label-readiness-line-2-2 = Human resources of the cluster management
indicator-set-label-readiness-line-3-2 = Share of private funding
indicator-set-label-readiness-line-4-2 = Documented strategy with an action plan
indicator-set-label-readiness-line-4-5 = Review of strategy and action plan
indicator-set-label-readiness-line-4-10 = Working groups
indicator-set-label-readiness-line-4-12 = Internet presence
indicator-set-label-readiness-line-5-1 = Recognition in publications and media
indicator-set-label-readiness-line-5-2 = Success stories
indicator-set-label-readiness-line-5-3 = Member satisfaction measured

# regional_programme
indicator-set-regional-programme = Regional cluster programme: policy indicators
indicator-set-regional-programme-description = The indicators a regional cluster programme asks of the clusters it funds: active actors (members in at least one innovation project or two innovation-related activities a year) and the SMEs among them, projects approved (inter-cluster ones included), international collaborations, and the members' turnover and employment growth. The programme's targets are the cluster's targets of the same indicators.
indicator-set-regional-programme-line-p1 = Active actors
indicator-set-regional-programme-line-p2 = Active SMEs
indicator-set-regional-programme-line-p3 = Projects approved
indicator-set-regional-programme-line-p3-1 = of which inter-cluster projects
indicator-set-regional-programme-line-p4 = International collaborations
indicator-set-regional-programme-line-p5 = Turnover growth of members
indicator-set-regional-programme-line-p6 = Employment growth of members

# monitoring
indicator-set-monitoring = The monitoring system
indicator-set-monitoring-description = Every indicator of the catalogue, built in and the cluster's own, held against the targets the cluster set.

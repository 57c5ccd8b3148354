# The questionnaires shipped with clusterdesk (domain::survey::templates), built in English.
# Each distinct text once; a text used by several questions or questionnaires has one message.

## Shared: the services a cluster organisation offers (SERVICES)
survey-template-service-events-networking = Veranstaltungen und Networking
survey-template-service-market-intelligence = Informationen und Marktbeobachtung
survey-template-service-collaborative-projects = Unterstützung bei Kooperationsprojekten
survey-template-service-funding = Zugang zu Fördermitteln
survey-template-service-training = Weiterbildung
survey-template-service-internationalisation = Internationalisierung

## Member satisfaction
survey-template-member-satisfaction-title = Zufriedenheit der Mitglieder
survey-template-member-satisfaction-intro = Wie gut unterstützt der Cluster Ihre Organisation? Ihre Antworten fließen in den Arbeitsplan des nächsten Jahres ein; die Beantwortung dauert etwa fünf Minuten.
survey-template-section-cluster-services = Die Leistungen des Clusters
survey-template-services-used = Welche Leistungen des Clusters hat Ihre Organisation in diesem Jahr genutzt?
survey-template-service-quality = Wie zufrieden sind Sie mit den einzelnen Leistungen?
survey-template-very-dissatisfied = Sehr unzufrieden
survey-template-very-satisfied = Sehr zufrieden
survey-template-section-overall = Gesamteindruck
survey-template-overall-satisfaction = Wie zufrieden sind Sie insgesamt mit dem Cluster?
survey-template-recommend = Wie wahrscheinlich ist es, dass Sie die Mitgliedschaft einem Partner empfehlen?
survey-template-not-at-all-likely = Überhaupt nicht wahrscheinlich
survey-template-extremely-likely = Äußerst wahrscheinlich
survey-template-renew = Wird Ihre Organisation ihre Mitgliedschaft verlängern?
survey-template-yes = Ja
survey-template-probably = Wahrscheinlich
survey-template-probably-not = Wahrscheinlich nicht
survey-template-no = Nein
survey-template-renew-why-not = Was würde Sie zum Bleiben bewegen?
survey-template-improve = Was sollte der Cluster besser machen oder neu in Angriff nehmen?

## Strategic attitude of companies
survey-template-strategic-attitude-title = Strategische Ausrichtung der Unternehmen
survey-template-strategic-attitude-intro = Wie plant Ihr Unternehmen, wie kooperiert es und wie sieht es den Cluster? Zusammengefasst zeigen die Antworten, wie sich die Unternehmen des Clusters im Lauf der Jahre verändern.
survey-template-section-cooperation = Kooperation
survey-template-openness-to-cooperation = Wie offen ist Ihr Unternehmen für die Zusammenarbeit mit anderen Unternehmen und Forschungseinrichtungen?
survey-template-not-open-at-all = Überhaupt nicht offen
survey-template-very-open = Sehr offen
survey-template-cooperation-partners = Mit wem haben Sie in den letzten drei Jahren zusammengearbeitet?
survey-template-partner-regional-companies = Andere Unternehmen der Region
survey-template-partner-universities = Hochschulen
survey-template-partner-research-centres = Forschungs- und Technologiezentren
survey-template-partner-companies-abroad = Unternehmen im Ausland
# Both a choice (no partners) and the low label of the perceived-value scale.
survey-template-none = Keine
survey-template-section-strategy = Strategie
survey-template-strategic-planning = Wie plant Ihr Unternehmen seine Zukunft?
survey-template-planning-no-written-plan = Kein schriftlicher Plan
survey-template-planning-yearly-budget = Ein Jahresbudget
survey-template-planning-multi-year-plan = Ein schriftlicher Mehrjahresplan
survey-template-planning-reviewed-plan = Ein schriftlicher Plan, jährlich anhand von Kennzahlen überprüft
survey-template-innovation-priority = Welchen Stellenwert hat Innovation unter den Prioritäten Ihres Unternehmens?
survey-template-low = Niedrig
survey-template-highest = Oberste Priorität
survey-template-section-the-cluster = Der Cluster
survey-template-perceived-value = Wie viel Nutzen bringt der Cluster Ihrem Unternehmen?
survey-template-very-much = Sehr viel
survey-template-cluster-effects = Inwieweit stimmen Sie zu?
survey-template-effect-found-partners = Der Cluster hat uns geholfen, Partner zu finden
survey-template-effect-new-markets = Der Cluster hat uns geholfen, neue Märkte zu erschließen
survey-template-effect-visibility = Der Cluster hat uns sichtbarer gemacht
survey-template-strongly-disagree = Stimme überhaupt nicht zu
survey-template-strongly-agree = Stimme voll und ganz zu

## Yearly company performance
survey-template-company-performance-title = Jährliche Unternehmensleistung
survey-template-company-performance-intro = Der Cluster berichtet, wie sich seine Unternehmen entwickeln – zusammengefasst und nie einzeln. Bitte geben Sie die Zahlen Ihres letzten abgeschlossenen Geschäftsjahres an; lassen Sie weg, was Sie nicht wissen.
survey-template-section-people-and-money = Personal und Finanzen
survey-template-employees = Beschäftigte
survey-template-unit-people = Personen
survey-template-employees-help = Personalstand am letzten Tag des Jahres
survey-template-turnover = Umsatz
# The help text of the money questions (year_end).
survey-template-year-end-help = für das letzte abgeschlossene Geschäftsjahr
survey-template-exports = Umsatz aus Exporten
survey-template-rd-spending = Ausgaben für Forschung und Entwicklung
survey-template-section-innovation-and-markets = Innovation und Märkte
survey-template-new-products = Im Lauf des Jahres eingeführte neue Produkte oder Dienstleistungen
survey-template-unit-products = Produkte
survey-template-new-foreign-markets = Länder, in die Sie im Lauf des Jahres erstmals verkauft haben
survey-template-unit-countries = Länder
survey-template-digital-maturity = Wie digital sind die Abläufe in Ihrem Unternehmen?
survey-template-paper-and-email = Papier und E-Mail
survey-template-fully-digital = Vollständig digital und datengetrieben

## Consultation for a new strategic plan
survey-template-strategy-consultation-title = Konsultation für einen neuen Strategieplan
survey-template-strategy-consultation-intro = Der Cluster erarbeitet seinen Strategieplan für die kommenden Jahre. Sagen Sie uns, wohin er sich entwickeln soll.
survey-template-section-challenges = Herausforderungen
survey-template-main-challenges = Was sind die wichtigsten Herausforderungen Ihres Unternehmens in den nächsten drei Jahren?
survey-template-challenge-skilled-people = Fachkräfte finden
survey-template-challenge-digitalisation = Digitalisierung
survey-template-challenge-decarbonisation = Dekarbonisierung
survey-template-challenge-finance = Zugang zu Finanzierung
survey-template-challenge-new-markets = Neue Märkte
survey-template-challenge-regulation = Regulierung
survey-template-other-challenges = Weitere Herausforderungen
survey-template-section-cluster-priorities = Die Prioritäten des Clusters
survey-template-priorities = Wie wichtig sollte jedes Handlungsfeld für den Cluster sein?
survey-template-not-important = Nicht wichtig
survey-template-essential = Unverzichtbar
survey-template-would-lead = Würde Ihr Unternehmen eine Arbeitsgruppe zu einer dieser Herausforderungen leiten oder sich ihr anschließen?
survey-template-lead = Leiten
survey-template-join = Mitmachen
survey-template-not-now = Derzeit nicht
survey-template-ideas = Ideen für Projekte, die der Cluster starten könnte

# Facturation : adhésions et cotisations, factures et avoirs, paiements, relevés bancaires,
# relances, coordonnées de facturation de l’émetteur et facture imprimable.

## Libellés des énumérations (par leurs codes)
membership-status-applied = Candidature
membership-status-active = Active
membership-status-active-fee-unpaid = Active, cotisation impayée
membership-status-suspended = Suspendue
membership-status-lapsed = Expirée
membership-status-terminated = Résiliée
invoice-state-draft = Brouillon
invoice-state-issued = Émise
invoice-state-partially-paid = Partiellement payée
invoice-state-paid = Payée
invoice-state-overdue = En retard
invoice-state-credited = Annulée par avoir
invoice-state-void = Annulée
invoice-kind-fee = Cotisation
invoice-kind-service = Service
invoice-kind-event = Événement
invoice-kind-credit-note = Avoir
payment-source-manual = saisi à la main
payment-source-bank = relevé bancaire
payment-source-credit = crédit du client
credit-kind-overpayment = Trop-perçu conservé
credit-kind-applied = Imputé sur une facture
credit-kind-refund = Remboursé
credit-kind-reversal = Paiement annulé

## Adhésions
billing-new-invoice = Nouvelle facture
billing-credit-balance = Crédit : { $amount }
billing-not-a-member = Non adhérent
billing-membership = Adhésion
billing-type = Type
billing-why = Motif
billing-member-since = Adhérent depuis
billing-not-a-member-empty = Non adhérent.
billing-add-membership = Ajouter une adhésion
billing-invoices-count = Factures ({ $count })
billing-no-invoices = Aucune facture.
billing-number = Numéro
billing-issued = Émise le
billing-due = Échéance
billing-amount = Montant
billing-paid = Payé
billing-state = État
billing-draft = Brouillon
billing-membership-types = Types d’adhésion
billing-renewal = Renouvellement
billing-figures = Chiffres
billing-memberships-count = { $count ->
    [one] { $count } adhésion
   *[other] { $count } adhésions
    }
billing-show = Afficher
billing-every-status = Tous les statuts
billing-memberships = Adhésions
billing-no-memberships-yet = Aucune adhésion pour l’instant : ajoutez-en une depuis la page d’une organisation.
billing-period-fixed-rollover = l’année du cluster ; les adhérents arrivés à partir du { $day }/{ $month } commencent la suivante
billing-period-fixed = l’année du cluster
billing-period-rolling = { $months } mois à partir de l’adhésion
billing-every-kind-lower = tous types
billing-yes-lower = oui
billing-no-lower = non
billing-types-subheading = Ce que paient les adhérents, pour quelle période, et ce qu’ils obtiennent
billing-new-type = Nouveau type
billing-types = Types
billing-name = Nom
billing-fee = Cotisation
billing-period = Période
billing-tax = TVA
billing-open-to = Ouvert à
billing-vote = Vote
billing-no-types-yet = Aucun type d’adhésion pour l’instant.
billing-open-to-hint = Séparés par des virgules, parmi : { $codes }. Vide pour tous les types.
billing-yes = Oui
billing-voting-rights = Droit de vote
billing-benefits = Avantages
billing-period-option-fixed = L’année du cluster
billing-period-option-rolling = Un nombre de mois à partir de l’adhésion
billing-rollover-day = Date de bascule
billing-rollover-hint = Pour l’année du cluster : qui adhère à partir de ce jour (jour/mois, par exemple 1/10) commence l’année suivante, le reste de l’année en cours étant offert.
billing-months = Mois
billing-months-hint = Pour une période à partir de l’adhésion : combien de mois elle dure (12 pour un an).
billing-pro-rata = Au prorata
billing-pro-rata-hint = Si un adhérent qui rejoint en cours de période ne paie que les jours restants.
billing-tax-rate = Taux de TVA (%)
billing-tax-rate-hint = Vide ou 0 si les cotisations ne sont pas soumises à la TVA.
billing-fee-rule = Règle de cotisation
fee-rule-flat = Cotisation forfaitaire
fee-rule-by-employees = Par tranches d'effectif
fee-rule-by-turnover = Par tranches de chiffre d'affaires
fee-rule-turnover-share = Part du chiffre d'affaires, avec plancher et plafond
fee-rule-in-kind = En nature (heures à un taux)
billing-flat-fee = Cotisation forfaitaire ({ $currency })
billing-bands = Tranches
billing-bands-hint = Une tranche par ligne, LIMITE : COTISATION, la dernière rest: COTISATION. Par effectif : '9: 300', '49: 800', 'rest: 2000'. Par chiffre d’affaires, les limites sont des montants.
billing-share-of-turnover = Part du chiffre d’affaires (%)
billing-floor = Plancher ({ $currency })
billing-cap = Plafond ({ $currency })
billing-in-kind-hours = En nature : heures par période
billing-in-kind-rate = En nature : valeur d’une heure ({ $currency })
billing-save-type = Enregistrer le type
billing-type-form-intro = Seuls les champs de la règle de cotisation choisie sont lus.
billing-new-membership-type = Nouveau type d’adhésion
billing-type-created = Le type d’adhésion est créé.
billing-membership-type = Type d’adhésion
billing-simulate-another = Simuler une autre règle de cotisation
billing-fee-simulation = Simulation de cotisation
billing-fee-simulation-of = Simulation de cotisation : { $name }
billing-simulation-subheading = Essayez une autre règle de cotisation sur les adhérents actuels du type. Rien n’est enregistré. Actuellement : { $rule }.
billing-fee-rule-to-try = Règle de cotisation à essayer
billing-simulate = Simuler
billing-rule-cannot-be-tried = La règle ne peut pas encore être essayée : corrigez les champs signalés ci-dessous.
billing-would-pay-more = Paieraient plus
billing-would-pay-less = Paieraient moins
billing-would-pay-same = Paieraient autant
billing-income-by-type = Recettes de cotisations par période, par type
billing-now = Actuellement
billing-projected = Projeté
billing-change = Écart
billing-no-types = Aucun type.
billing-members-of = Adhérents du type { $name }
billing-member = Adhérent
billing-type-has-no-members = Le type n’a aucun adhérent actuellement.
billing-renewal-year = Renouvellement { $year }
billing-renewal-subheading = Les appels de cotisation d’une période : d’abord qui sera facturé, combien et pourquoi ; puis un clic les émet toutes. Le relancer n’émet rien deux fois.
billing-preview = Aperçu
billing-issue-n-invoices = { $count ->
    [one] Émettre { $count } facture
   *[other] Émettre { $count } factures
    }
billing-issue-the-invoices = Émettre les factures
billing-year = Année
billing-renewal-confirm = Émettre { $count ->
    [one] { $count } facture de cotisation
   *[other] { $count } factures de cotisation
    } pour { $year }, { $total } au total ? Les factures sont numérotées et ne peuvent pas être supprimées.
billing-to-invoice = À facturer
billing-total = Total
billing-left-out = Non retenues
billing-no-renewals = Aucune adhésion ne se renouvelle cette année.
billing-renewal-done = { $count ->
    [one] { $count } facture émise
   *[other] { $count } factures émises
    }, de { $first } à { $last }.
billing-renewal-nothing = Rien à émettre : chaque adhésion de la période est déjà facturée.
billing-membership-figures = Chiffres des adhésions
billing-membership-figures-of = Chiffres des adhésions { $period }
billing-as-of = Au { $day }
billing-new = Nouvelles
billing-lost = Perdues
billing-retention = Fidélisation
billing-fees-billed = Cotisations facturées
billing-fees-collected = Cotisations encaissées
billing-fees-outstanding = Cotisations restant dues
billing-five-largest = Payé par les cinq plus gros contributeurs
billing-by-type = Par type
billing-by-kind = Par nature
billing-by-size-class = Par taille
billing-no-members = Aucun adhérent.
billing-applied-on = Candidature le
billing-accepted-member-from = Acceptée, adhérent à partir du
billing-accepted-hint = Vide tant que la candidature attend le conseil d’administration.
billing-membership-of = Adhésion de { $name }
billing-membership-form-intro = Les types ouverts à cette nature d’organisation.
billing-new-membership = Nouvelle adhésion
billing-choose-membership-type = choisissez un type d’adhésion
billing-membership-recorded = L’adhésion est enregistrée.
billing-nothing-saved-because = Rien n’a été enregistré : { $error }.
billing-member-from = Adhérent à partir du
billing-suspended-from = Suspendue à partir du
billing-terminated-on = Résiliée le
billing-accept-from-day = Accepter à partir du jour
billing-suspend-from-day = Suspendre à partir du jour
billing-reinstate = Réactiver
billing-terminate-on-day = Résilier au jour
billing-day = Jour
billing-change-confirm = Appliquer ce changement à l’adhésion ? Il est inscrit dans son historique.
billing-fee-invoice-for = Facture de cotisation pour { $period } : { $amount } ({ $explanation })
billing-fee-invoice-none = Facture de cotisation : la période en cours, { $period }, n’en a aucune à émettre ({ $reason })
billing-issue-fee-invoice = Émettre la facture de cotisation
billing-day-of-period = Un jour de la période
billing-day-of-period-hint = Vide pour la période ci-dessus ; le renouvellement ne facture jamais deux fois une période déjà facturée.
billing-issue-fee-invoice-confirm = Émettre la facture de cotisation ? Elle prend le numéro de facture suivant.
billing-fee-invoices = Factures de cotisation
billing-no-fee-yet = Aucune cotisation facturée pour l’instant.
billing-history = Historique
billing-when = Quand
billing-by = Par
billing-no-changes = Aucun changement.
billing-fee-invoice-issued = Facture de cotisation { $number } émise pour { $period }.
billing-no-fee-invoice-for = aucune facture de cotisation pour { $period } : { $reason }
billing-choose-change = choisissez un changement
billing-change-recorded = Le changement est enregistré.

## Factures
billing-bank-statement = Relevé bancaire
billing-unmatched-payments = Paiements non rapprochés
billing-reminders = Relances
billing-sent-mail = Courriels envoyés
billing-billing-details = Coordonnées de facturation
billing-customer = Client
billing-invoices-n = { $count ->
    [one] { $count } facture
   *[other] { $count } factures
    }
billing-outstanding-summary = { $invoices } ; { $amount } restant dû
billing-first-500 = les 500 premières sont affichées, affinez la liste pour voir les autres
billing-find = Rechercher
billing-number-or-customer = Numéro ou client
billing-every-state = Tous les états
billing-every-kind = Tous les types
billing-no-invoices-match = Aucune facture ne correspond.
billing-invoices-csv = Factures CSV
billing-invoices-xlsx = Factures XLSX
billing-payments-csv = Paiements CSV
billing-payments-xlsx = Paiements XLSX
billing-fee-from-membership-option = Cotisation (émise depuis l’adhésion du client)
billing-kind-hint = Une cotisation vous mène à l’adhésion, qui en calcule le montant et empêche le renouvellement de la facturer deux fois.
billing-tax-rate-none-hint = Vide ou 0 pour aucune.
billing-note-on-invoice = Mention sur la facture
billing-line-what-for = Ligne { $n } : objet
billing-line-quantity = Ligne { $n } : quantité
billing-quantity-hint = 1 si vide
billing-line-price = Ligne { $n } : prix unitaire ({ $currency })
billing-save-draft = Enregistrer le brouillon
billing-draft-intro = Une facture de service ou d’événement. Elle est enregistrée comme brouillon : vérifiez-la, puis émettez-la pour lui attribuer son numéro.
billing-draft-saved = Le brouillon est enregistré : vérifiez-le, puis émettez-le.
billing-issue-from-membership = Émettez la facture de cotisation depuis l’adhésion : son type en calcule le montant, et le renouvellement ne la facturera pas à nouveau.
billing-choose-fee-customer = choisissez le client dont la cotisation doit être facturée
billing-no-accepted-membership = le client n’a aucune adhésion acceptée : ajoutez-en ou acceptez-en une, puis facturez sa cotisation depuis celle-ci
billing-invoice = Facture
billing-invoice-title = Facture { $number }
billing-printable-invoice = Facture imprimable
billing-all-invoices = Toutes les factures
billing-net = HT
billing-tax-percent = TVA ({ $rate })
billing-credited = Crédité par avoir
billing-outstanding = Restant dû
billing-corrects = Rectifie
billing-how-fee-is-made = Calcul de la cotisation
billing-note = Mention
billing-void-because = Annulée car
billing-issue = Émettre
billing-issue-the-invoice = Émettre la facture
billing-issue-ask = Émettre la facture ? Elle prend le numéro suivant de l’année et ne peut plus être modifiée ensuite, seulement rectifiée par un avoir.
billing-discard = Supprimer
billing-discard-the-draft = Supprimer le brouillon
billing-discard-confirm = Supprimer ce brouillon ? Il n’a pas encore de numéro ; rien d’autre n’est perdu.
billing-record-a-payment = Enregistrer un paiement
billing-record-payment = Enregistrer le paiement
billing-received-on = Reçu le
billing-reference = Référence
billing-keep-overpayment = Conserver comme crédit du client ce qui est payé au-delà du montant dû
billing-keep-overpayment-hint = Sans cela, un montant supérieur à ce qui est dû est refusé.
billing-customer-has-credit = Le client dispose de { $amount } de crédit
billing-use-the-credit = Utiliser le crédit
billing-use-credit-confirm = Payer { $amount } de cette facture avec le crédit du client ?
billing-issue-credit-note = Émettre l’avoir
billing-amount-to-credit = Montant de l’avoir
billing-amount-to-credit-hint = Vide pour tout ce qui n’a pas encore fait l’objet d’un avoir.
billing-what-it-corrects = Ce qu’il rectifie
billing-credit-note-confirm = Émettre un avoir ? Il prend le numéro de facture suivant et ne peut pas être supprimé.
billing-void-title = Annuler
billing-void-the-invoice = Annuler la facture
billing-void-confirm = Annuler cette facture ? Elle garde son numéro, marquée annulée, et plus rien n’est dû à son titre.
billing-lines = Lignes
billing-description = Désignation
billing-quantity = Quantité
billing-price = Prix
billing-no-lines = Aucune ligne.
billing-reversed-on = Contre-passé le { $day } : { $reason }
billing-kept-as-credit = { $amount } conservés comme crédit
billing-reverse-payment-title = Contre-passer le paiement de { $amount } reçu le { $day }
billing-reverse-payment = Contre-passer le paiement
billing-reverse-confirm = Contre-passer ce paiement ? Il reste dans l’historique, marqué contre-passé, et le montant est de nouveau dû.
billing-payments = Paiements
billing-received = Reçu le
billing-from = Origine
billing-nothing-paid-yet = Rien n’est encore payé.
billing-credit-notes = Avoirs
billing-reminders-sent = Relances envoyées
billing-to = À
billing-issued-as = Émise sous le numéro { $number }.
billing-draft-discarded = Le brouillon est supprimé.
billing-invoice-is-void = La facture est annulée.
billing-credit-note-issued = Avoir { $number } émis.

## La facture et l’avoir imprimables (document légal, dans la langue du client)
billing-print-invoice = Facture
billing-print-credit-note = Avoir
billing-print-draft-invoice = Projet de facture
billing-print-tax-rate = TVA { $rate }
billing-print-back = ← Retour à la facture
billing-print-how = Imprimez cette page, ou enregistrez-la en PDF depuis la fenêtre d’impression.
billing-print-number = N° { $number }
billing-print-void = Annulée
billing-print-paid = Payée
billing-print-draft-stamp = Brouillon, sans valeur de facture
billing-print-vat = N° TVA
billing-print-bill-to = Facturé à
billing-print-details = Informations
billing-print-date = Date
billing-print-due = Échéance
billing-print-corrects = Rectifie
billing-print-corrects-invoice = Facture { $number }
billing-print-description = Désignation
billing-print-qty = Qté
billing-print-price = Prix unitaire HT
billing-print-net = Total HT
billing-print-tax = TVA
billing-print-tax-amount = Montant TVA
billing-print-total = Total TTC
billing-print-credited = Avoirs
billing-print-to-pay = Net à payer
billing-print-tax-note = La TVA est calculée une seule fois sur le total HT de la facture ; les montants par ligne sont arrondis chacun.
billing-print-pay-to-iban = Merci de régler par virement sur l’IBAN { $iban }, avec la référence { $reference }.
billing-print-pay-reference = Merci de régler avec la référence { $reference }.

## Paiements et crédit du client
billing-payment-recorded = Le paiement est enregistré.
billing-unmatched-subheading = Sommes reçues qu’aucun numéro de facture ni numéro de TVA n’a permis d’affecter. Indiquez pour chacune la facture qu’elle règle.
billing-unmatched-payment = { $amount } le { $day } : { $reference }
billing-assign = Affecter
billing-invoice-number = Numéro de facture
billing-text = Libellé
billing-all-matched = Chaque paiement reçu est rapproché d’une facture.
billing-payment-now-pays = Le paiement règle désormais { $number }.
billing-payment-reversed = Le paiement est contre-passé ; il reste dans l’historique.
billing-credit-pays = { $amount } du crédit du client règlent la facture.
billing-customers-credit = Crédit du client
billing-credit-of = Crédit de { $name }
billing-credit-subheading = Reste { $amount }. Il provient de paiements supérieurs à ce que devait une facture ; utilisez-le sur une facture ouverte, ou enregistrez son remboursement.
billing-refund = Remboursement
billing-record-the-refund = Enregistrer le remboursement
billing-all-of-credit-hint = Vide pour tout le crédit.
billing-how-paid-back = Mode de remboursement
billing-refund-confirm = Enregistrer que ce crédit a été remboursé au client ?
billing-what = Quoi
billing-never-had-credit = Le client n’a jamais eu de crédit.
billing-refund-recorded = Le remboursement de { $amount } est enregistré.

## Relevés bancaires
billing-bank-intro = Le relevé exporté par votre banque, en CSV (virgules, points-virgules ou tabulations) ou XLSX, avec une colonne de date et une colonne de montant (intitulées en anglais, espagnol, italien, allemand ou français). Chaque paiement reçu est rapproché d’une facture grâce au numéro de facture figurant dans son libellé, ou grâce au numéro de TVA du client et au montant exact dû ; les autres sont conservés pour être affectés à la main. Vous verrez le résultat de chaque ligne avant que rien ne soit enregistré, et un relevé importé deux fois n’est enregistré qu’une fois.
billing-statement = Relevé
billing-at-most-mib = { $mib } Mio au maximum.
billing-upload-and-check = Téléverser et vérifier
billing-choose-file = Choisissez un fichier à téléverser.
billing-file-unreadable = Ce fichier ne peut pas être lu : { $message }.
billing-matched-by = { $number } ({ $customer }, par { $by })
billing-matched-by-credit = { $number } ({ $customer }, par { $by }) ; { $amount } en excédent conservés comme crédit
billing-no-invoice-found = Aucune facture trouvée : conservé comme non rapproché
billing-money-out = Sortie d’argent : ignorée
billing-other-currency = En { $currency }, pas dans la devise du cluster : laissé à comptabiliser par une personne
billing-recorded-before = Déjà enregistré
billing-bank-statement-of = Relevé bancaire { $name }
billing-statement-unreadable = Ce relevé ne peut pas être lu : { $message }.
billing-bank-preview = Ce que l’enregistrement de ce relevé fera, ligne par ligne. Rien n’est encore enregistré.
billing-matched-to-invoice = Rapprochés d’une facture
billing-unmatched-kept = Non rapprochés, conservés pour affectation à la main
billing-lines-unreadable = { $count ->
    [one] { $count } ligne ne peut
   *[other] { $count } lignes ne peuvent
    } pas être lues, donc rien ne peut être enregistré : { $errors }
billing-record = Enregistrer
billing-record-the-payments = Enregistrer les paiements
billing-line = Ligne
billing-date = Date
billing-outcome = Résultat
billing-statement-no-lines = Le relevé ne contient aucune ligne.
billing-nothing-recorded = Rien n’a été enregistré : certaines lignes ne peuvent pas être lues.
billing-bank-recorded = Paiements enregistrés sur des factures : { $matched } ; conservés comme non rapprochés : { $unmatched }.

## Relances
billing-reminders-subheading = Les factures en retard, et à qui part la relance : aux contacts du client chargés de la facturation ou des finances, ou à défaut à tous ses contacts ayant une adresse e-mail. Une facture est relancée au plus une fois tous les { $days } jours.
billing-mail-not-set-up = L’envoi de courriels n’est pas configuré, les relances ne peuvent donc pas partir : définissez CLUSTERDESK_SMTP_URL et CLUSTERDESK_MAIL_FROM.
billing-send-n-reminders = { $count ->
    [one] Envoyer { $count } relance
   *[other] Envoyer { $count } relances
    }
billing-send-reminders = Envoyer les relances
billing-send-reminders-confirm = { $count ->
    [one] Envoyer { $count } courriel de relance maintenant ?
   *[other] Envoyer { $count } courriels de relance maintenant ?
    }
billing-will-be-reminded = Sera relancée
billing-queued = En file d’envoi
billing-no-address = Aucun contact avec une adresse e-mail
billing-reminded-on = Relancée le { $day }
billing-settled-meanwhile = Payée ou soldée entre-temps
billing-overdue-invoices = Factures en retard
billing-days-overdue = Jours de retard
billing-open = Restant dû
billing-reminder = Relance
billing-none-overdue = Aucune facture n’est en retard.
billing-reminders-on-way = { $count ->
    [one] { $count } relance est en route
   *[other] { $count } relances sont en route
    } : le journal des envois indique quand chacune part.

## Coordonnées de facturation de l’émetteur
billing-legal-name = Raison sociale
billing-legal-name-hint = Telle qu’elle figure sur les factures ; le nom du cluster si vide.
billing-address = Adresse
billing-vat-id = N° TVA intracommunautaire
billing-iban = IBAN
billing-iban-hint = Là où les adhérents virent leurs cotisations ; imprimé sur les factures et les relances.
billing-billing-email = E-mail de facturation
billing-billing-email-hint = Les réponses aux relances arrivent ici.
billing-save = Enregistrer
billing-details-intro = Ce que le cluster imprime sur ses factures en tant qu’émetteur.
billing-details-saved = Coordonnées de facturation enregistrées.
billing-documents-language = Langue des documents du cluster
billing-documents-language-is = Documents en { $language }
billing-documents-language-of-country = { $language }, la langue du pays
billing-documents-language-hint = Les factures, avoirs et relances des clients sans langue propre, les courriels aux personnes qui n’en ont choisi aucune et les questionnaires créés à partir d’un modèle sont rédigés dans cette langue. Les listes d’organisations et de contacts par nom suivent son ordre alphabétique.
billing-documents-language-set = Les documents du cluster sont désormais rédigés en { $language }.

## Ce que clusterdesk écrit sur la facture et l'avoir d'un client, dans la langue du client
invoice-line-membership-fee = Cotisation { $type } { $period }
invoice-line-registration = Inscription : { $event } le { $day }
invoice-line-registration-member = Inscription : { $event } le { $day } (tarif adhérent)
invoice-line-service = { $service } le { $day }
invoice-line-service-member = { $service } le { $day } (tarif adhérent)
invoice-explanation-services =
    { $count ->
        [one] Services fournis ({ $count } prestation)
       *[other] Services fournis ({ $count } prestations)
    }
invoice-line-credit = Avoir sur la facture { $number } : { $reason }
invoice-credit-registration-cancelled = inscription de { $name } annulée : { $reason }
invoice-credit-event-cancelled = l'événement a été annulé
invoice-credit-by-the-team = par l'équipe
invoice-credit-by-the-person = par la personne inscrite

## Historique d'une adhésion
membership-history-applied = demandée le { $day }
membership-history-accepted = acceptée, à compter du { $day }
membership-history-suspended = suspendue à partir du { $day }
membership-history-terminated = résiliée le { $day }
membership-history-reinstated = rétablie
membership-history-suspended-when-imported = suspendue à l'import
membership-history-imported = importée depuis { $file } : { $what }

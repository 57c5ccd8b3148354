# Messages des cas d’usage de l’application : refus et ce qu’une page ou une réponse de l’API dit des données (suivi, factures, enquêtes, événements, adhésions, inscriptions, relevés bancaires, engagement, économie, projets, services, chaîne de valeur, segments, interactions, jeux d’indicateurs, ce qui demande de l’attention).
invalid-app-monitoring-events-attended =
    { $count ->
        [one] { $count } événement suivi
       *[other] { $count } événements suivis
    }
invalid-app-monitoring-activities =
    { $count ->
        [one] { $count } activité
       *[other] { $count } activités
    }
invalid-app-monitoring-projects =
    { $count ->
        [one] { $count } projet
       *[other] { $count } projets
    }
invalid-app-monitoring-active = actif
invalid-app-monitoring-not-active = non actif
invalid-app-monitoring-sme = PME
invalid-app-monitoring-large = grande
invalid-app-monitoring-size-unknown = taille inconnue
invalid-app-monitoring-strand-business =
    { $count ->
        [one] monde économique ({ $count } adhérent)
       *[other] monde économique ({ $count } adhérents)
    }
invalid-app-monitoring-strand-knowledge =
    { $count ->
        [one] monde académique ({ $count } adhérent)
       *[other] monde académique ({ $count } adhérents)
    }
invalid-app-monitoring-strand-government =
    { $count ->
        [one] administration publique ({ $count } adhérent)
       *[other] administration publique ({ $count } adhérents)
    }
invalid-app-monitoring-memberships-began = Adhésions commencées en { $period }
invalid-app-monitoring-members-lost = Adhérents du début qui ne le sont plus
invalid-app-monitoring-fee-invoices-of = Factures de cotisation de { $period }
invalid-app-monitoring-paid = Payé
invalid-app-monitoring-still-owed = Reste dû
invalid-app-monitoring-attended = { $count } présents
invalid-app-monitoring-meetings =
    { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }
invalid-app-monitoring-serves-a-challenge = sert un défi
invalid-app-monitoring-serves-no-challenge = ne sert aucun défi
invalid-app-monitoring-numerator = Numérateur
invalid-app-monitoring-denominator = Dénominateur
invalid-app-monitoring-members = Adhérents
invalid-app-monitoring-fte = ETP
invalid-app-monitoring-no-strategy = Aucune stratégie ne couvre l’année
invalid-app-monitoring-challenges =
    { $count ->
        [one] { $count } défi
       *[other] { $count } défis
    }
invalid-app-monitoring-action-plan = Plan d’action { $year }
invalid-app-monitoring-lines =
    { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
invalid-app-monitoring-reviewed-by = Revue par { $name }
invalid-app-monitoring-part-of = { $part } sur { $whole }
invalid-app-monitoring-new-products =
    { $count ->
        [one] { $count } nouveau produit
       *[other] { $count } nouveaux produits
    }
invalid-app-monitoring-campaign-closed = { $title } (close)
invalid-app-monitoring-answers-mean =
    { $count ->
        [one] { $count } réponse, moyenne { $mean }
       *[other] { $count } réponses, moyenne { $mean }
    }
invalid-app-monitoring-entered-by = Saisi par { $name }
invalid-app-monitoring-name-required = donnez un nom à l’indicateur
invalid-app-monitoring-at-most-200 = 200 caractères au plus
invalid-app-monitoring-control-character = contient un caractère de contrôle
invalid-app-monitoring-at-most-2000 = 2000 caractères au plus
invalid-app-monitoring-own-source = les indicateurs propres du cluster se saisissent à la main, par formule ou depuis des questions d’enquête
invalid-app-monitoring-not-a-key = « { $key } » n’est pas une clé : lettres minuscules, chiffres et _, commençant par une lettre, 40 au plus
invalid-app-monitoring-key-taken = « { $key } » est la clé de { $name } ({ $code }) ; choisissez-en une autre
invalid-app-monitoring-not-a-question-key = « { $key } » n’est pas la clé d’une question
invalid-app-monitoring-question-required = indiquez la question dont l’indicateur prend la réponse moyenne
invalid-app-monitoring-formula-periodicity = « { $key } » est { $periodicity }, la formule { $own } : une formule lit des indicateurs de sa propre périodicité
invalid-app-monitoring-added-meanwhile = un autre indicateur a été ajouté au même moment avec cette clé ou ce code ; envoyez à nouveau
invalid-app-monitoring-read-by-formula = la formule de { $name } ({ $code }) lit « { $key } » ; modifiez-la d’abord
invalid-app-monitoring-give-a-year = { $name } est { $periodicity } : indiquez une année, comme 2025
invalid-app-monitoring-give-a-quarter = { $name } est { $periodicity } : indiquez un trimestre, comme 2025-Q3
invalid-app-monitoring-not-typed = { $name } est { $source } : ses valeurs ne se saisissent pas
invalid-app-monitoring-value-required = indiquez la valeur
invalid-app-monitoring-at-most-1000 = 1 000 caractères au plus
invalid-app-monitoring-not-an-id = « { $value } » n’est pas un identifiant
invalid-app-monitoring-no-such-evidence = cet élément n’est pas dans le fonds de justificatifs
invalid-app-monitoring-title-required = donnez-lui un titre
invalid-app-monitoring-file-empty = le fichier est vide
invalid-app-monitoring-file-too-large = un fichier fait au plus { $size } Mio
invalid-app-monitoring-file-kind = le fonds conserve des documents, tableurs, images et textes (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, TXT, CSV)
invalid-app-monitoring-link-and-file = indiquez un lien ou un fichier, pas les deux
invalid-app-monitoring-link-or-file = indiquez un lien ou choisissez un fichier
invalid-app-monitoring-no-such-indicator = « { $key } » n’est pas un indicateur du cluster
invalid-app-monitoring-store-full = le fonds de justificatifs contient au plus { $size } Mio pour le cluster : supprimez d’abord d’anciens fichiers
invalid-app-invoice-fee-kind = une cotisation se facture depuis son adhésion, au prix de son type et liée à elle pour qu’aucun renouvellement ne facture de nouveau la période (la page de l’adhésion, ou POST .../memberships/{"{"}id{"}"}/fee-invoice)
invalid-app-invoice-not-a-kind = « { $value } » n’est pas un type de facture ; utilisez service ou event
invalid-app-invoice-organisation-required = choisissez l’organisation destinataire de la facture
invalid-app-invoice-line-quantity = ligne { $line } : la quantité « { $value } » n’est pas un nombre entier de 1 à 1 000 000
invalid-app-invoice-line-price = ligne { $line } : le prix { $problem }
invalid-app-invoice-line-description = ligne { $line } : dites à quoi elle correspond
invalid-app-invoice-line-description-long = ligne { $line } : la description doit faire moins de 300 caractères
invalid-app-invoice-no-line = une facture a besoin d’au moins une ligne
invalid-app-invoice-nothing-asked = les lignes ne font aucun total ; une facture doit demander un montant supérieur à zéro
invalid-app-invoice-issued-already = la facture { $number } est déjà émise
invalid-app-invoice-draft-gone = le brouillon a été émis ou supprimé entre-temps
invalid-app-invoice-issued-not-deleted = la facture { $number } est émise : elle ne peut pas être supprimée ; annulez-la (si rien n’a été payé) ou corrigez-la par un avoir
invalid-app-invoice-void-reason = dites en quelques mots pourquoi elle est annulée
invalid-app-invoice-credit-reason = dites en quelques mots ce que l’avoir corrige
invalid-app-invoice-credit-amount = un avoir entre 0 et { $amount }, ce qui reste de la facture
invalid-app-invoice-payment-in-future = un paiement ne peut pas être enregistré avant d’être reçu
invalid-app-invoice-payment-zero = un paiement est supérieur à zéro
invalid-app-invoice-overpayment = { $amount } dépasse les { $owed } encore dus sur { $number } ; confirmez le trop-perçu pour conserver les { $rest } en excédent comme crédit du client
invalid-app-invoice-reverse-reason = dites en quelques mots pourquoi le paiement est contre-passé
invalid-app-invoice-credit-spent = { $kept } de ce paiement ont été conservés comme crédit du client, et il ne reste que { $left } de ce crédit : contre-passez d’abord les paiements qui l’ont utilisé
invalid-app-invoice-nothing-outstanding = rien ne reste dû sur la facture { $number }
invalid-app-invoice-no-credit-to-use = le client n’a pas de crédit à utiliser
invalid-app-invoice-refund-note = dites en quelques mots comment le crédit a été remboursé
invalid-app-invoice-refund-amount = un remboursement entre 0 et { $amount }, le crédit du client
invalid-app-invoice-no-credit-to-refund = le client n’a pas de crédit à rembourser
invalid-app-invoice-after-today = { $day } est postérieur à aujourd’hui
invalid-app-invoice-statement-stopped = { $problem } ; rien n’a été enregistré : importez de nouveau le relevé
invalid-app-invoice-payments-kept-changing = les paiements du cluster n’ont cessé de changer pendant la lecture du relevé ; importez-le de nouveau
billing-matched-by-number = numéro de facture
billing-matched-by-vat = N° TVA et montant
invalid-app-invoice-no-such-number = il n’y a pas de facture { $number }
invalid-app-invoice-mail-not-set-up = l’e-mail n’est pas configuré : définissez CLUSTERDESK_SMTP_URL (et CLUSTERDESK_MAIL_FROM) pour envoyer des relances
invalid-app-invoice-not-an-iban = n’est pas un IBAN (deux lettres, puis 13 à 32 lettres et chiffres)
invalid-app-invoice-not-an-email = n’est pas une adresse e-mail
invalid-app-survey-no-such-question = le questionnaire n’a pas de question « { $key } »
invalid-app-survey-choose-section = choisissez une section
invalid-app-survey-question-depended-on = « { $question } » s’affiche selon cette question : modifiez-la ou supprimez-la d’abord
invalid-app-survey-no-such-section = cette section n’existe pas
invalid-app-survey-section-not-empty = la section contient encore des questions : déplacez-les ou supprimez-les d’abord
invalid-app-survey-before-today = { $day } est antérieur à aujourd’hui
invalid-app-survey-questionnaire-archived = le questionnaire est archivé : rétablissez-le pour l’envoyer
invalid-app-survey-questionnaire-empty = le questionnaire ne demande encore rien : ajoutez d’abord une question
invalid-app-survey-mail-not-set-up = l’e-mail n’est pas configuré : définissez CLUSTERDESK_SMTP_URL pour envoyer une enquête
invalid-app-survey-left-out-archived = archivé
invalid-app-survey-left-out-no-email = pas d’adresse e-mail
invalid-app-survey-left-out-no-consent = pas de consentement permanent aux enquêtes par e-mail
invalid-app-survey-nobody-to-invite = aucun contact du segment { $segment } ne peut recevoir d’enquête ({ $count } contacts, aucun avec un consentement permanent aux enquêtes par e-mail)
invalid-app-survey-campaign-closed = la campagne a fermé le { $day } : elle ne reçoit plus de réponses
invalid-app-survey-mail-not-set-up-reminders = l’e-mail n’est pas configuré : définissez CLUSTERDESK_SMTP_URL pour envoyer des relances
invalid-app-survey-answers-sent = ces réponses ont déjà été envoyées ; merci
invalid-app-survey-closed = l’enquête a fermé le { $day }
invalid-app-survey-not-a-size-class = « { $value } » doit être micro, small, medium ou large
invalid-app-survey-anonymous-no-kind = les réponses d’une campagne anonyme ne gardent ni le type ni la classe de taille de l’organisation pour filtrer
invalid-app-survey-anonymous-no-organisation = les réponses d’une campagne anonyme n’ont pas d’organisation pour filtrer
invalid-app-event-cancelled-already = l’événement est déjà annulé
invalid-app-event-nobody-moves-up = l’événement est passé ou annulé : plus personne ne quitte la liste d’attente
invalid-app-event-registration-cancelled-already = l’inscription est déjà annulée
invalid-app-event-subject-one-line = doit tenir sur une ligne
invalid-app-event-mail-not-set-up = l’e-mail n’est pas configuré : définissez CLUSTERDESK_SMTP_URL pour envoyer des e-mails
invalid-app-event-no-address = aucune des personnes choisies n’a d’adresse e-mail
invalid-app-event-check-in-too-early = l’événement a lieu le { $day } : la présence s’enregistre à partir de ce jour, à l’accueil ou après
invalid-app-event-check-in-no-seat = seule une personne qui a une place peut être enregistrée à l’accueil ; donnez-lui d’abord une place
invalid-app-membership-starts-before-applied = une adhésion ne peut pas commencer avant d’avoir été demandée
invalid-app-membership-type-not-open = le type { $type } n’est pas ouvert aux organisations du type { $kind }
invalid-app-membership-one-at-a-time = l’organisation a déjà une adhésion ; résiliez-la avant d’en ajouter une autre
invalid-app-membership-not-accepted-yet = demandée, pas encore acceptée
invalid-app-membership-starts-after-period = commence le { $day }, après la période
invalid-app-membership-joined-after-rollover = arrivée après la date de bascule ; première cotisation pour { $period }
invalid-app-membership-terminated-before = résiliée avant la période
invalid-app-membership-suspended = suspendue
invalid-app-membership-invoiced-already = déjà facturée pour cette période
invalid-app-membership-cannot-be-priced = le prix ne peut pas être calculé : { $problem }
invalid-app-membership-pro-rata = { $explanation } ; au prorata à partir du { $day }
invalid-app-membership-no-fee = pas de cotisation
invalid-app-membership-not-a-renewal-year = { $year } n’est pas une année pour laquelle un cluster renouvelle
invalid-app-membership-no-such-year = cette année n’existe pas
invalid-app-membership-from-acceptance = à partir de l’acceptation
invalid-app-membership-invoiced-by-another-run = facturée entre-temps par une autre exécution
invalid-app-membership-moved-meanwhile = l’adhésion est passée entre-temps à une autre organisation ; réessayez
invalid-app-membership-terminated = l’adhésion est résiliée ; ajoutez-en plutôt une nouvelle
invalid-app-membership-accepted-already = l’adhésion est déjà acceptée
invalid-app-membership-suspended-already = l’adhésion est déjà suspendue
invalid-app-membership-suspend-not-accepted = seule une adhésion acceptée peut être suspendue
invalid-app-membership-not-suspended = l’adhésion n’est pas suspendue
invalid-app-membership-ends-before-applied = une adhésion ne peut pas finir avant d’avoir été demandée
invalid-app-registration-confirmed-already = cette inscription est déjà confirmée : l’e-mail que nous avons envoyé contient votre lien personnel
invalid-app-registration-declined = cette inscription a été refusée par l’équipe
invalid-app-registration-held = l’équipe examine cette inscription : elle ne peut pas être confirmée depuis le lien
invalid-app-registration-awaiting-confirmation = cette inscription attend la confirmation du visiteur par e-mail
invalid-app-registration-contact-archived = { $name } est archivé : rétablissez le contact avant de l’inscrire
invalid-app-registration-no-such-contact = aucun contact actuel du cluster n’a cette adresse e-mail : ajoutez d’abord la personne à son organisation
invalid-app-registration-closed = les inscriptions sont closes : l’événement est passé ou annulé
invalid-app-statement-too-large = le relevé dépasse { $size } Mio ; découpez-le par mois
invalid-app-statement-no-date-column = le relevé n’a pas de colonne de date ; nommez l’une de ses colonnes 'date' (trouvées : { $found })
invalid-app-statement-no-amount-column = le relevé n’a pas de colonne de montant ; nommez-en une 'amount', ou deux 'credit' et 'debit' (trouvées : { $found })
invalid-app-statement-no-credit-or-debit = la ligne n’a ni crédit ni débit
invalid-app-statement-not-utf8 = le relevé XML n’est pas en UTF-8
invalid-app-statement-unreadable = le relevé XML ne peut pas être lu : { $problem }
invalid-app-statement-not-camt = le fichier XML n’est pas un relevé de compte CAMT.053 (sa racine ne contient pas de BkToCstmrStmt, mais { $found })
invalid-app-statement-not-camt-empty = le fichier XML n’est pas un relevé de compte CAMT.053 (sa racine ne contient pas de BkToCstmrStmt, mais rien)
invalid-app-statement-entry-no-date = l’écriture n’a ni date de comptabilisation ni date de valeur (BookgDt, ValDt)
invalid-app-statement-entry-no-amount = l’écriture n’a pas de montant (Amt)
invalid-app-statement-entry-direction = le sens de l’écriture est { $value } ; CdtDbtInd vaut CRDT ou DBIT
invalid-app-statement-no-entries = le relevé CAMT.053 ne contient aucune écriture (Ntry)
invalid-app-engagement-in-group-already = la personne est déjà dans le groupe
invalid-app-engagement-mail-not-set-up = l’e-mail n’est pas configuré : définissez CLUSTERDESK_SMTP_URL pour demander des avis
invalid-app-engagement-feedback-too-early = les avis se demandent une fois l’événement passé
invalid-app-engagement-feedback-not-open = les avis sont pour ceux qui sont venus, une fois l’événement passé
invalid-app-engagement-rating = choisissez de 1 (mauvais) à 5 (excellent)
invalid-app-engagement-average = { $mean } sur { $count } notes
invalid-app-engagement-not-in-range = « { $value } » n’est pas un nombre de { $min } à { $max }
invalid-app-engagement-no-activity = choisissez au moins une activité qui compte
invalid-app-engagement-nobody-at-risk = aucun adhérent n’est à risque en { $year }
invalid-app-economics-not-a-year = { $year } n’est pas une année
invalid-app-economics-years-range = demandez d’une à { $max } années, la première avant la dernière
invalid-app-economics-invoiced-twice = { $year } : { $stream } sont à la fois saisies en lignes ({ $entered }) et facturées ({ $invoiced }) ; supprimez les lignes que contiennent les factures.
invalid-app-economics-actual-staff-twice = { $year } : les frais de personnel réels sont à la fois saisis en lignes ({ $entered }) et comptés depuis l’équipe ({ $team }) ; supprimez les lignes que contient l’équipe.
invalid-app-economics-budget-staff-twice = { $year } : les frais de personnel budgétés sont à la fois saisis en lignes ({ $entered }) et comptés depuis l’équipe ({ $team }) ; supprimez les lignes que contient l’équipe.
invalid-app-economics-staff-from-team = les frais de personnel de cette année viennent de l’équipe : enregistrez les personnes sur la page Équipe
invalid-app-economics-from-invoices = { $stream } réelles viennent déjà des factures : saisissez-les là, ou saisissez une ligne de budget
invalid-app-economics-from-funding = { $stream } réelles viennent déjà des sources de financement des projets : saisissez-les là, ou saisissez une ligne de budget
invalid-app-economics-over-a-billion = dépasse un milliard
invalid-app-economics-no-such-day = ce jour n’existe pas
invalid-app-strategy-unknown-segment = { $id } n’est pas un segment de la chaîne de valeur du réseau
invalid-app-project-weights-zero = au moins un critère doit avoir un poids
invalid-app-project-idea-promoted-already = cette idée est déjà un projet
invalid-app-project-idea-promoted-meanwhile = cette idée a été concrétisée entre-temps
invalid-app-project-at-stage-already = le projet est déjà à l’étape { $stage }
invalid-app-project-organisation-archived = { $name } est archivée (ou fusionnée dans une autre) : rétablissez-la d’abord
invalid-app-project-participant-one-of = un participant est une organisation du cluster, un cluster partenaire ou une organisation extérieure
invalid-app-service-archived = le service { $name } est archivé : il n’est plus fourni
invalid-app-service-delivery-invoiced = la prestation figure sur une facture : corrigez-la là
invalid-app-service-choose-deliveries = choisissez les prestations à facturer
invalid-app-service-too-many-deliveries = { $max } au plus sur une facture
invalid-app-service-delivery-on-invoice = la prestation de { $service } du { $day } figure déjà sur la facture { $number }
invalid-app-service-different-organisations = les prestations vont à des organisations différentes : une facture est pour une seule
invalid-app-service-different-tax-rates = les prestations ont des taux de TVA différents : mettez-les sur des factures séparées
invalid-app-service-free = les prestations ne coûtent rien : un service gratuit n’a pas besoin de facture
invalid-app-service-invoiced-meanwhile = certaines prestations ont été facturées entre-temps ; rien n’a été fait
invalid-app-task-assignee = choisissez quelqu’un de l’équipe du cluster qui peut accomplir des tâches (personnel ou responsable du cluster)
invalid-app-value-chain-kind = choisissez segment ou technologie
invalid-app-value-chain-term-exists = la taxonomie a déjà ce terme
invalid-app-value-chain-unknown-term = { $id } n’est pas un terme de la taxonomie du réseau
invalid-app-value-chain-title = est obligatoire, 200 caractères au plus
invalid-app-value-chain-choose-term = choisissez un terme de la taxonomie du réseau
invalid-app-segment-tag-length = une étiquette fait de 1 à 60 caractères
invalid-app-segment-name-taken = un segment s’appelle déjà « { $name } » ; choisissez un autre nom ou ouvrez celui-là
invalid-app-interaction-organisation = choisissez l’organisation
invalid-app-interaction-contact = choisissez une personne de cette organisation
invalid-app-interaction-staff = choisissez un membre de l’équipe du cluster
invalid-app-interaction-template = choisissez l’un des modèles d’entretien du cluster
invalid-app-interaction-answers = répondez à au moins une question
invalid-app-interaction-template-kind = les questions d’un modèle sont celles d’un entretien
invalid-app-interaction-template-name = est obligatoire, 120 caractères au plus
invalid-app-interaction-template-questions = écrivez de 1 à 60 questions, une par ligne
invalid-app-indicator-set-no-such-indicator = « { $key } » n’est pas un indicateur du catalogue du cluster
invalid-app-indicator-set-too-many-lines = un jeu contient au plus { $max } lignes
invalid-app-indicator-set-code-twice = { $code } est déjà dans le jeu
invalid-app-indicator-set-code-taken = { $code } est déjà dans le jeu ; donnez un autre code à la ligne
invalid-app-indicator-set-copy-too-long = un jeu contient au plus { $max } lignes ; celui-ci en a { $count }
invalid-app-indicator-set-full = le jeu contient { $max } lignes, le maximum permis ; supprimez-en d’abord une
invalid-app-attention-due-today = échéance aujourd’hui
invalid-app-attention-due-tomorrow = échéance demain
invalid-app-attention-overdue-since = en retard depuis le { $day }
invalid-app-attention-due-on = échéance le { $day }
invalid-app-attention-for-someone = , pour { $name }
invalid-app-attention-not-assigned = , non attribuée
invalid-app-attention-seats-taken = { $count } places prises sur { $capacity }
invalid-app-attention-registered = { $count } inscrits
invalid-app-attention-waiting = , { $count } en liste d’attente
invalid-app-attention-applied =
    { $count ->
        [one] { $type } demandée le { $day }, il y a { $count } jour
       *[other] { $type } demandée le { $day }, il y a { $count } jours
    }
invalid-app-attention-request = pour { $event }, envoyée le { $day }
invalid-app-attention-payment = payé le { $day }, référence « { $reference } »
invalid-app-attention-owes =
    { $count ->
        [one] doit { $owed }, { $count } jour de retard
       *[other] doit { $owed }, { $count } jours de retard
    }
invalid-app-attention-at-risk = { $events }, { $projects } cette année
invalid-app-attention-events-attended =
    { $count ->
        [one] { $count } événement suivi
       *[other] { $count } événements suivis
    }
invalid-app-attention-projects =
    { $count ->
        [one] { $count } projet
       *[other] { $count } projets
    }
invalid-app-attention-action-line = { $standing }, se termine le { $day }

# Courriels que clusterdesk écrit aux adhérents et aux visiteurs, dans leur langue.
mail-reminder-subject = Relance : la facture { $number } de { $cluster } est échue depuis { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
mail-reminder-greeting = Chers collègues de { $customer },
mail-reminder-overdue = notre facture { $number } du { $issued } d’un montant de { $gross } était à régler le { $due } et est échue depuis { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }. Il en reste { $owed } à payer.
mail-reminder-pay-to-iban = Merci de la régler par virement sur l’IBAN { $iban }, avec la référence { $number }.
mail-reminder-pay = Merci de la régler avec la référence { $number }.
mail-reminder-disregard = Si vous l’avez réglée ces derniers jours, merci, et veuillez ne pas tenir compte de ce message.
mail-reminder-regards = Bien cordialement,
mail-hello-name = Bonjour { $name },
mail-hello = Bonjour,
# L’inscription d’un visiteur depuis la page publique d’un événement.
mail-request-subject = Confirmez votre inscription : { $title }
mail-request-asked = Quelqu’un – vous, nous l’espérons – a demandé l’inscription de cette adresse à « { $title } » ({ $when }).
mail-request-link = Pour confirmer, ouvrez ce lien et cliquez sur le bouton qui s’y trouve :
mail-request-ignore = Si ce n’était pas vous, ignorez ce message : aucune inscription n’est enregistrée sans confirmation.
mail-declined-subject = Votre inscription : { $title }
mail-declined-text = L’équipe n’a malheureusement pas pu accepter votre inscription à « { $title } » ({ $when }). Si vous pensez qu’il s’agit d’une erreur, merci de nous écrire.
mail-already-subject = Inscription déjà enregistrée : { $title }
mail-already-text = Cette adresse était déjà inscrite à « { $title } » ({ $when }) : rien n’a changé. La confirmation que nous vous avions alors envoyée contient votre lien personnel.
mail-waitlisted-subject = Liste d’attente : { $title }
mail-waitlisted-opening = L’événement est complet : vous êtes donc sur sa liste d’attente. Si une place se libère, elle vous revient et nous vous écrirons.
mail-registered-subject = Inscription confirmée : { $title }
mail-registered-opening = Votre inscription est confirmée. L’événement figure dans le fichier de calendrier joint.
mail-agenda = Programme
mail-registration-cost = L’inscription coûte { $amount } TTC : notre facture { $number } vous sera adressée. En cas d’annulation, elle est intégralement annulée par un avoir.
mail-nothing-invoiced-while-waiting = Rien n’est facturé tant que vous êtes sur liste d’attente ; la facture vous parvient lorsqu’une place vous est attribuée.
mail-cancel-here = Si vous ne pouvez pas venir, annulez votre inscription ici, afin que quelqu’un d’autre puisse prendre votre place :
mail-seat-subject = Une place vous est attribuée : { $title }
mail-seat-freed = Une place s’est libérée et elle vous revient : votre inscription à « { $title } » ({ $when }) est confirmée.
mail-seat-invoice = Votre facture { $number } d’un montant de { $amount } est établie selon les conditions de l’événement.
# L’avis après un événement.
mail-feedback-subject = Qu’avez-vous pensé de « { $title } » ?
mail-feedback-ask = Merci de votre participation à « { $title } ». Une minute de votre temps nous dira ce qu’il faut garder et ce qu’il faut changer :
# L’invitation à une enquête et sa relance.
mail-survey-anonymous = L’enquête est anonyme : vos réponses sont conservées sans votre nom, votre e-mail ni ce lien.
mail-survey-named = Vos réponses sont conservées avec votre nom et celui de votre organisation, pour l’équipe du cluster.
mail-survey-reminder = Petit rappel : nous n’avons pas encore reçu vos réponses. Ce lien remplace celui de notre premier message ; ce que vous avez enregistré est conservé.
mail-survey-asks = Le cluster souhaite connaître votre avis.
mail-survey-reminder-subject = Rappel : { $title }
mail-survey-link-yours = Ce lien vous est personnel ; les réponses sont acceptées jusqu’au { $closes }.
# Les personnes et leurs comptes.
mail-role-manager = responsable du cluster
mail-role-staff = équipe
mail-role-board = conseil d’administration
mail-invitation-subject = Invitation à rejoindre { $cluster } sur clusterdesk
mail-invitation-text = { $who } vous invite à rejoindre { $cluster } sur clusterdesk, avec le rôle « { $role } ».
mail-invitation-link = Pour commencer, choisissez ici votre mot de passe (le lien est utilisable une seule fois, pendant { $count ->
        [one] { $count } jour
        [many] { $count } jours
       *[other] { $count } jours
    }) :
mail-invitation-ignore = Si vous n’attendiez pas ce message, vous pouvez l’ignorer.
mail-new-role-subject = Vous avez désormais accès à { $cluster } sur clusterdesk
mail-new-role-text = { $who } vous a attribué le rôle « { $role } » dans { $cluster } sur clusterdesk. Connectez-vous comme d’habitude ; le cluster se trouve ici :
mail-reset-subject = Réinitialisation de votre mot de passe clusterdesk
mail-reset-text = Quelqu’un a demandé la réinitialisation du mot de passe de votre compte clusterdesk ({ $email }). Choisissez ici un nouveau mot de passe (le lien est utilisable une seule fois, pendant { $count ->
        [one] { $count } minute
        [many] { $count } minutes
       *[other] { $count } minutes
    }) :
mail-reset-ignore = Si ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.

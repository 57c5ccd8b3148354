# Mesaje pe care clusterdesk le scrie membrilor și vizitatorilor, în limba lor.
mail-reminder-subject = Reamintire: factura { $number } de la { $cluster } este restantă de { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }
mail-reminder-greeting = Stimați colegi de la { $customer },
mail-reminder-overdue = factura noastră { $number } din { $issued }, în valoare de { $gross }, era scadentă la { $due } și este restantă de { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }. Din aceasta mai sunt de plătit { $owed }.
mail-reminder-pay-to-iban = Vă rugăm să o achitați prin transfer în contul IBAN { $iban }, cu referința { $number }.
mail-reminder-pay = Vă rugăm să o achitați cu referința { $number }.
mail-reminder-disregard = Dacă ați plătit-o în ultimele zile, vă mulțumim și vă rugăm să nu luați în seamă acest mesaj.
mail-reminder-regards = Cu stimă,
mail-hello-name = Bună ziua, { $name },
mail-hello = Bună ziua,
# Înscrierea unui vizitator de pe pagina publică a unui eveniment.
mail-request-subject = Confirmați înscrierea: { $title }
mail-request-asked = Cineva – sperăm că dumneavoastră – a cerut înscrierea acestei adrese de e-mail la „{ $title }” ({ $when }).
mail-request-link = Pentru confirmare, deschideți acest link și apăsați butonul de pe pagină:
mail-request-ignore = Dacă nu ați fost dumneavoastră, ignorați acest e-mail: fără confirmare nu se înregistrează nicio înscriere.
mail-declined-subject = Înscrierea dumneavoastră: { $title }
mail-declined-text = Din păcate, echipa nu a putut accepta înscrierea dumneavoastră la „{ $title }” ({ $when }). Dacă credeți că este o greșeală, vă rugăm să ne scrieți.
mail-already-subject = Înscriere deja existentă: { $title }
mail-already-text = Această adresă era deja înscrisă la „{ $title }” ({ $when }): nu s-a schimbat nimic. Confirmarea pe care v-am trimis-o atunci conține linkul dumneavoastră personal.
mail-waitlisted-subject = Listă de așteptare: { $title }
mail-waitlisted-opening = Evenimentul este complet, așa că sunteți pe lista de așteptare. Dacă se eliberează un loc, acesta vă revine și vă vom scrie.
mail-registered-subject = Înscriere confirmată: { $title }
mail-registered-opening = Înscrierea dumneavoastră este confirmată. Evenimentul se află în fișierul de calendar atașat.
mail-agenda = Agendă
mail-registration-cost = Înscrierea costă { $amount }, cu taxe incluse; urmează factura noastră { $number }. Dacă anulați, aceasta se stornează integral.
mail-nothing-invoiced-while-waiting = Nu se emite nicio factură cât timp sunteți pe lista de așteptare; factura vine odată cu locul.
mail-cancel-here = Dacă nu puteți participa, vă rugăm să anulați înscrierea aici, pentru ca altcineva să vă poată lua locul:
mail-seat-subject = Un loc vă revine: { $title }
mail-seat-freed = S-a eliberat un loc și acesta vă revine: înscrierea dumneavoastră la „{ $title }” ({ $when }) este confirmată.
mail-seat-invoice = Factura dumneavoastră { $number }, în valoare de { $amount }, se emite conform condițiilor evenimentului.
# Părerea după un eveniment.
mail-feedback-subject = Cum a fost „{ $title }”?
mail-feedback-ask = Vă mulțumim că ați participat la „{ $title }”. Un minut din timpul dumneavoastră ne ajută să aflăm ce să păstrăm și ce să schimbăm:
# Invitația la un sondaj și reamintirea ei.
mail-survey-anonymous = Sondajul este anonim: răspunsurile dumneavoastră sunt păstrate fără numele, adresa de e-mail sau acest link.
mail-survey-named = Răspunsurile dumneavoastră sunt păstrate cu numele dumneavoastră și al organizației dumneavoastră, pentru echipa clusterului.
mail-survey-reminder = Vă reamintim că nu am primit încă răspunsurile dumneavoastră. Acest link îl înlocuiește pe cel din primul nostru mesaj; ce ați salvat se păstrează.
mail-survey-asks = Clusterul vă roagă să vă spuneți părerea.
mail-survey-reminder-subject = Reamintire: { $title }
mail-survey-link-yours = Linkul este doar al dumneavoastră; răspunsurile se primesc până la { $closes }.
# Persoanele și conturile lor.
mail-role-manager = manager de cluster
mail-role-staff = echipă
mail-role-board = consiliu director
mail-invitation-subject = Invitație în clusterdesk: { $cluster }
mail-invitation-text = { $who } vă invită să lucrați în clusterdesk pentru { $cluster }, cu rolul „{ $role }”.
mail-invitation-link = Pentru a începe, alegeți-vă parola aici (linkul este valabil o singură dată, timp de { $count ->
        [one] { $count } zi
        [few] { $count } zile
       *[other] { $count } de zile
    }):
mail-invitation-ignore = Dacă nu vă așteptați la acest mesaj, îl puteți ignora.
mail-new-role-subject = Acum puteți lucra în clusterdesk pentru { $cluster }
mail-new-role-text = { $who } v-a atribuit rolul „{ $role }” pentru { $cluster } în clusterdesk. Autentificați-vă ca de obicei; clusterul este aici:
mail-reset-subject = Resetarea parolei clusterdesk
mail-reset-text = Cineva a cerut resetarea parolei contului dumneavoastră clusterdesk ({ $email }). Alegeți aici o parolă nouă (linkul este valabil o singură dată, timp de { $count ->
        [one] { $count } minut
        [few] { $count } minute
       *[other] { $count } de minute
    }):
mail-reset-ignore = Dacă nu ați fost dumneavoastră, ignorați acest mesaj: parola rămâne neschimbată.

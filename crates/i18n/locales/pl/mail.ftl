# Wiadomości, które clusterdesk wysyła członkom i gościom, w ich języku.
mail-reminder-subject = Przypomnienie: faktura { $number } od { $cluster } jest przeterminowana (dni: { $count })
mail-reminder-greeting = Szanowni Państwo z { $customer },
mail-reminder-overdue = nasza faktura { $number } z dnia { $issued } na kwotę { $gross } była płatna { $due } i jest przeterminowana od { $count ->
        [one] { $count } dnia
       *[other] { $count } dni
    }. Do zapłaty pozostaje { $owed }.
mail-reminder-pay-to-iban = Prosimy o przelew na rachunek IBAN { $iban }, w tytule { $number }.
mail-reminder-pay = Prosimy o zapłatę, w tytule { $number }.
mail-reminder-disregard = Jeśli zapłacili Państwo w ostatnich dniach, dziękujemy i prosimy nie brać tej wiadomości pod uwagę.
mail-reminder-regards = Z poważaniem
mail-hello-name = Dzień dobry, { $name },
mail-hello = Dzień dobry,
# Rejestracja odwiedzającego przez publiczną stronę wydarzenia.
mail-request-subject = Prosimy potwierdzić rejestrację: { $title }
mail-request-asked = ktoś – mamy nadzieję, że Państwo – poprosił o zarejestrowanie tego adresu e-mail na wydarzenie „{ $title }” ({ $when }).
mail-request-link = Aby potwierdzić, prosimy otworzyć ten link i kliknąć przycisk na stronie:
mail-request-ignore = Jeśli prośba nie pochodzi od Państwa, prosimy zignorować tę wiadomość: bez potwierdzenia rejestracja nie zostanie dokonana.
mail-declined-subject = Państwa rejestracja: { $title }
mail-declined-text = niestety zespół nie mógł przyjąć Państwa rejestracji na wydarzenie „{ $title }” ({ $when }). Jeśli uważają Państwo, że to pomyłka, prosimy o wiadomość.
mail-already-subject = Rejestracja już istnieje: { $title }
mail-already-text = ten adres był już zarejestrowany na wydarzenie „{ $title }” ({ $when }): nic się nie zmieniło. Osobisty link znajduje się w potwierdzeniu, które wtedy wysłaliśmy.
mail-waitlisted-subject = Lista rezerwowa: { $title }
mail-waitlisted-opening = wszystkie miejsca są zajęte, dlatego zgłoszenie trafiło na listę rezerwową. Jeśli zwolni się miejsce, przypadnie ono Państwu, a my o tym napiszemy.
mail-registered-subject = Zarejestrowano: { $title }
mail-registered-opening = rejestracja została przyjęta. Szczegóły wydarzenia znajdą Państwo w załączonym pliku kalendarza.
mail-agenda = Program
mail-registration-cost = Opłata za rejestrację wynosi { $amount } (z podatkiem); nasza faktura { $number } zostanie przesłana osobno. W razie anulowania rejestracji wystawimy fakturę korygującą na pełną kwotę.
mail-nothing-invoiced-while-waiting = Dopóki zgłoszenie jest na liście rezerwowej, nie wystawiamy faktury; faktura przyjdzie razem z miejscem.
mail-cancel-here = Jeśli nie mogą Państwo wziąć udziału, prosimy anulować rejestrację tutaj, aby ktoś inny mógł zająć to miejsce:
mail-seat-subject = Miejsce dla Państwa: { $title }
mail-seat-freed = zwolniło się miejsce i przypadło Państwu: rejestracja na wydarzenie „{ $title }” ({ $when }) jest potwierdzona.
mail-seat-invoice = Faktura { $number } na kwotę { $amount } jest wystawiona zgodnie z warunkami wydarzenia.
# Opinie po wydarzeniu.
mail-feedback-subject = Jak oceniają Państwo wydarzenie „{ $title }”?
mail-feedback-ask = dziękujemy za udział w wydarzeniu „{ $title }”. Minuta Państwa czasu pomoże nam ustalić, co zachować, a co zmienić:
# Zaproszenie do ankiety i przypomnienie o niej.
mail-survey-anonymous = Ankieta jest anonimowa: odpowiedzi są przechowywane bez imienia i nazwiska, adresu e-mail i tego linku.
mail-survey-named = Odpowiedzi są przechowywane wraz z imieniem i nazwiskiem oraz nazwą organizacji, dla zespołu klastra.
mail-survey-reminder = uprzejmie przypominamy, że nie otrzymaliśmy jeszcze Państwa odpowiedzi. Ten link zastępuje link z naszej pierwszej wiadomości; zapisane odpowiedzi zostają zachowane.
mail-survey-asks = klaster prosi o Państwa opinię.
mail-survey-reminder-subject = Przypomnienie: { $title }
mail-survey-link-yours = Link jest przeznaczony wyłącznie dla Państwa; odpowiedzi przyjmujemy do { $closes }.
# Osoby i ich konta.
mail-role-manager = koordynator klastra
mail-role-staff = zespół
mail-role-board = zarząd
mail-invitation-subject = Zaproszenie do clusterdesk: { $cluster }
mail-invitation-text = { $who } zaprasza Państwa do pracy w clusterdesk dla klastra { $cluster }, w roli: { $role }.
mail-invitation-link = Aby rozpocząć, prosimy ustawić hasło tutaj (link działa jednorazowo przez { $count ->
        [one] { $count } dzień
        [few] { $count } dni
        [many] { $count } dni
       *[other] { $count } dni
    }):
mail-invitation-ignore = Jeśli nie spodziewali się Państwo tej wiadomości, wystarczy ją zignorować.
mail-new-role-subject = Dostęp do clusterdesk: { $cluster }
mail-new-role-text = { $who } przyznaje Państwu dostęp do klastra { $cluster } w clusterdesk, w roli: { $role }. Prosimy zalogować się jak zwykle; klaster jest dostępny tutaj:
mail-reset-subject = Resetowanie hasła do clusterdesk
mail-reset-text = ktoś poprosił o zresetowanie hasła do Państwa konta w clusterdesk ({ $email }). Nowe hasło można ustawić tutaj (link działa jednorazowo przez { $count ->
        [one] { $count } minutę
        [few] { $count } minuty
        [many] { $count } minut
       *[other] { $count } minut
    }):
mail-reset-ignore = Jeśli prośba nie pochodzi od Państwa, prosimy zignorować tę wiadomość: hasło pozostanie bez zmian.

// Handoff web chat: speaks the visitor protocol (docs/protocol.md, "Visitor endpoint") with the router
// on ws(s)://<this host>/ws/visitor and renders the conversation. Visitor, bot and agent text only ever
// reaches the page through textContent, never as HTML. Behaviour and query parameters: docs/webchat.md.
'use strict';

(function () {
    const PROTOCOL_VERSION = '1.0';
    const TOKEN_KEY = 'handoff.visitorToken';
    const VISITOR_ID_KEY = 'handoff.visitorId'; // this browser, across chats: the desk's history of anonymous visitors
    const MAX_IDENTITY_TOKEN = 8192;
    const IDENTITY_TOKEN_WAIT_MS = 5000; // the site's token function gets this long before the chat goes on without
    const OUTBOX_KEY = 'handoff.outbox';
    const MAX_TEXT = 4000;
    const MAX_SURVEY_COMMENT = 1000; // the router's limit (docs/protocol.md, survey.submit)
    const MAX_FILE_BYTES = 10 * 1024 * 1024; // the router's default attachments.maxMegabytes
    const TYPING_IDLE_MS = 3000;      // stop "typing" after this long without a keystroke
    const AGENT_TYPING_TIMEOUT_MS = 15000; // hide "is typing" if the stop event never comes
    const JOINED_FALLBACK_MS = 1500;  // wait this long for the router's own "joined" line
    // Not a router error code: what a request gets when its socket goes away before the answer.
    const DISCONNECTED = 'disconnected';
    const BACKOFF_STEPS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

    const STRINGS = {
        en: {
            title: 'Chat with us',
            connecting: 'Connecting…',
            statusBot: 'Our assistant is here to help',
            statusWaiting: 'Waiting for a person',
            statusAssigned: 'Chatting with {name}',
            statusClosed: 'Chat ended',
            statusOffline: 'Nobody is available right now',
            reconnectIn: 'Connection lost. Reconnecting in {s} s…',
            reconnecting: 'Reconnecting…',
            retryNow: 'Retry now',
            waitingTitle: 'Connecting you to a person…',
            positionNext: 'You are next in the queue.',
            position: 'You are number {n} in the queue.',
            waitUnderMinute: 'Estimated wait: less than a minute.',
            waitMinutes: 'Estimated wait: about {m} min.',
            joined: '{name} joined the chat',
            typing: '{name} is typing…',
            you: 'You',
            assistant: 'Assistant',
            agent: 'Agent',
            sending: 'Sending…',
            notSent: 'Not sent',
            retry: 'Retry',
            endChat: 'End chat',
            startNew: 'Start a new chat',
            chatEnded: 'This chat has ended.',
            youEnded: 'You ended the chat.',
            talkToPerson: 'Talk to a person',
            handoffFailed: 'Sorry, we could not reach a person just now. Please try again.',
            leaveTitle: 'Leave us a message',
            leaveNotice: 'Nobody can chat right now. Leave a message and we will answer by email.',
            leaveName: 'Your name',
            leaveEmail: 'Email',
            leaveText: 'Message',
            leaveSubmit: 'Send message',
            leaveSending: 'Sending…',
            nameRequired: 'Please tell us your name.',
            emailInvalid: 'Please enter a valid email address, like name@example.com.',
            textRequired: 'Please write a message.',
            textTooLong: 'Please keep the message under 4000 characters.',
            leaveFailed: 'Your message could not be sent. Please try again.',
            leaveThanks: 'Thank you, {name}! We received your message and will reply to {email}.',
            placeholder: 'Type your message…',
            composerLabel: 'Type your message',
            composerHint: 'Press Enter to send, Shift+Enter for a new line.',
            send: 'Send',
            conversation: 'Conversation',
            messages: 'Messages',
            tooLarge: 'This message is too long (4000 characters at most).',
            rateLimited: 'You are sending messages too quickly. Please wait a moment.',
            sendFailed: 'This message could not be delivered.',
            outdated: 'This chat page is out of date. Please reload the page.',
            surveyTitle: 'How was your chat?',
            surveyLegend: 'Your rating',
            rating1: '1 – Very poor',
            rating2: '2 – Poor',
            rating3: '3 – OK',
            rating4: '4 – Good',
            rating5: '5 – Very good',
            surveyComment: 'Anything you want to tell us? (optional)',
            surveySubmit: 'Send rating',
            surveySending: 'Sending…',
            surveyPick: 'Please choose a rating from 1 to 5.',
            surveyFailed: 'Your rating could not be sent. Please try again.',
            surveyThanks: 'Thank you for your feedback!',
            transcriptTitle: 'Keep a copy of this chat',
            transcriptText: 'Download as text',
            transcriptHtml: 'Printable page',
            transcriptFailed: 'The transcript could not be downloaded. Please try again.',
            mailOpen: 'E-mail me the transcript',
            mailLabel: 'Your email address',
            mailSubmit: 'Send the transcript',
            mailSending: 'Sending…',
            mailInvalid: 'Please enter one email address, like name@example.com.',
            mailTooMany: 'This transcript cannot be e-mailed again.',
            mailRateLimited: 'Too many e-mail requests. Please try again later.',
            mailFailed: 'The transcript could not be e-mailed. Please try again.',
            mailQueued: 'We\'ll e-mail the transcript to {email}. It should arrive in a few minutes.',
            attach: 'Attach a file',
            uploading: 'Sending {name}…',
            uploadFailed: '{name} was not sent: {reason}',
            fileTooLarge: '{name} is larger than 10 MB.',
            fileUnreadable: 'the chat is not connected.',
            openFile: 'Open {name} ({size})',
            imageAlt: 'Picture: {name}',
            signedInAs: 'Signed in as {name}',
            signedIn: 'Signed in',
        },
        de: {
            title: 'Chatten Sie mit uns',
            connecting: 'Verbinde…',
            statusBot: 'Unser Assistent hilft Ihnen gern',
            statusWaiting: 'Warten auf einen Mitarbeiter',
            statusAssigned: 'Chat mit {name}',
            statusClosed: 'Chat beendet',
            statusOffline: 'Gerade ist niemand erreichbar',
            reconnectIn: 'Verbindung unterbrochen. Neuer Versuch in {s} s…',
            reconnecting: 'Verbinde erneut…',
            retryNow: 'Jetzt versuchen',
            waitingTitle: 'Wir verbinden Sie mit einem Mitarbeiter…',
            positionNext: 'Sie sind als Nächstes an der Reihe.',
            position: 'Sie sind Nummer {n} in der Warteschlange.',
            waitUnderMinute: 'Geschätzte Wartezeit: unter einer Minute.',
            waitMinutes: 'Geschätzte Wartezeit: etwa {m} Min.',
            joined: '{name} ist dem Chat beigetreten',
            typing: '{name} schreibt…',
            you: 'Sie',
            assistant: 'Assistent',
            agent: 'Mitarbeiter',
            sending: 'Wird gesendet…',
            notSent: 'Nicht gesendet',
            retry: 'Erneut senden',
            endChat: 'Chat beenden',
            startNew: 'Neuen Chat beginnen',
            chatEnded: 'Dieser Chat ist beendet.',
            youEnded: 'Sie haben den Chat beendet.',
            talkToPerson: 'Mit einem Menschen sprechen',
            handoffFailed: 'Wir konnten gerade niemanden erreichen. Bitte versuchen Sie es erneut.',
            leaveTitle: 'Hinterlassen Sie uns eine Nachricht',
            leaveNotice: 'Gerade kann niemand chatten. Schreiben Sie uns, wir antworten per E-Mail.',
            leaveName: 'Ihr Name',
            leaveEmail: 'E-Mail',
            leaveText: 'Nachricht',
            leaveSubmit: 'Nachricht senden',
            leaveSending: 'Wird gesendet…',
            nameRequired: 'Bitte nennen Sie Ihren Namen.',
            emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.',
            textRequired: 'Bitte schreiben Sie eine Nachricht.',
            textTooLong: 'Bitte höchstens 4000 Zeichen.',
            leaveFailed: 'Ihre Nachricht konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
            leaveThanks: 'Danke, {name}! Wir haben Ihre Nachricht erhalten und antworten an {email}.',
            placeholder: 'Nachricht schreiben…',
            composerLabel: 'Nachricht schreiben',
            composerHint: 'Enter sendet, Umschalt+Enter beginnt eine neue Zeile.',
            send: 'Senden',
            conversation: 'Unterhaltung',
            messages: 'Nachrichten',
            tooLarge: 'Diese Nachricht ist zu lang (höchstens 4000 Zeichen).',
            rateLimited: 'Sie senden zu schnell. Bitte warten Sie einen Moment.',
            sendFailed: 'Diese Nachricht konnte nicht zugestellt werden.',
            outdated: 'Diese Chat-Seite ist veraltet. Bitte laden Sie die Seite neu.',
            surveyTitle: 'Wie war Ihr Chat?',
            surveyLegend: 'Ihre Bewertung',
            rating1: '1 – Sehr schlecht',
            rating2: '2 – Schlecht',
            rating3: '3 – In Ordnung',
            rating4: '4 – Gut',
            rating5: '5 – Sehr gut',
            surveyComment: 'Möchten Sie uns noch etwas sagen? (optional)',
            surveySubmit: 'Bewertung senden',
            surveySending: 'Wird gesendet…',
            surveyPick: 'Bitte wählen Sie eine Bewertung von 1 bis 5.',
            surveyFailed: 'Ihre Bewertung konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
            surveyThanks: 'Vielen Dank für Ihre Rückmeldung!',
            transcriptTitle: 'Eine Kopie dieses Chats behalten',
            transcriptText: 'Als Text herunterladen',
            transcriptHtml: 'Druckansicht',
            transcriptFailed: 'Das Protokoll konnte nicht heruntergeladen werden. Bitte versuchen Sie es erneut.',
            mailOpen: 'Protokoll per E-Mail senden',
            mailLabel: 'Ihre E-Mail-Adresse',
            mailSubmit: 'Protokoll senden',
            mailSending: 'Wird gesendet…',
            mailInvalid: 'Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.',
            mailTooMany: 'Dieses Protokoll kann nicht noch einmal gesendet werden.',
            mailRateLimited: 'Zu viele E-Mail-Anfragen. Bitte versuchen Sie es später erneut.',
            mailFailed: 'Das Protokoll konnte nicht per E-Mail gesendet werden. Bitte versuchen Sie es erneut.',
            mailQueued: 'Wir senden das Protokoll an {email}. Es sollte in wenigen Minuten ankommen.',
            attach: 'Datei anhängen',
            uploading: '{name} wird gesendet…',
            uploadFailed: '{name} wurde nicht gesendet: {reason}',
            fileTooLarge: '{name} ist größer als 10 MB.',
            fileUnreadable: 'der Chat ist nicht verbunden.',
            openFile: '{name} öffnen ({size})',
            imageAlt: 'Bild: {name}',
            signedInAs: 'Angemeldet als {name}',
            signedIn: 'Angemeldet',
        },
        fr: {
            title: 'Discutez avec nous',
            connecting: 'Connexion…',
            statusBot: 'Notre assistant est là pour vous aider',
            statusWaiting: 'En attente d\'un agent',
            statusAssigned: 'En conversation avec {name}',
            statusClosed: 'Discussion terminée',
            statusOffline: 'Personne n\'est disponible pour le moment',
            reconnectIn: 'Connexion perdue. Nouvelle tentative dans {s} s…',
            reconnecting: 'Reconnexion…',
            retryNow: 'Réessayer maintenant',
            waitingTitle: 'Nous vous mettons en relation avec un agent…',
            positionNext: 'Vous êtes le prochain dans la file d\'attente.',
            position: 'Vous êtes en position {n} dans la file d\'attente.',
            waitUnderMinute: 'Attente estimée : moins d\'une minute.',
            waitMinutes: 'Attente estimée : environ {m} min.',
            joined: '{name} a rejoint la discussion',
            typing: '{name} est en train d\'écrire…',
            you: 'Vous',
            assistant: 'Assistant',
            agent: 'Agent',
            sending: 'Envoi…',
            notSent: 'Non envoyé',
            retry: 'Renvoyer',
            endChat: 'Terminer',
            startNew: 'Nouvelle discussion',
            chatEnded: 'Cette discussion est terminée.',
            youEnded: 'Vous avez mis fin à la discussion.',
            talkToPerson: 'Parler à un agent',
            handoffFailed: 'Désolés, nous n\'avons pu joindre personne pour le moment. Veuillez réessayer.',
            leaveTitle: 'Laissez-nous un message',
            leaveNotice: 'Personne ne peut discuter pour le moment. Laissez un message, nous vous répondrons par e-mail.',
            leaveName: 'Votre nom',
            leaveEmail: 'E-mail',
            leaveText: 'Message',
            leaveSubmit: 'Envoyer le message',
            leaveSending: 'Envoi…',
            nameRequired: 'Veuillez indiquer votre nom.',
            emailInvalid: 'Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.',
            textRequired: 'Veuillez écrire un message.',
            textTooLong: 'Le message doit faire moins de 4000 caractères.',
            leaveFailed: 'Votre message n\'a pas pu être envoyé. Veuillez réessayer.',
            leaveThanks: 'Merci, {name} ! Nous avons bien reçu votre message et répondrons à {email}.',
            placeholder: 'Écrivez votre message…',
            composerLabel: 'Écrivez votre message',
            composerHint: 'Entrée pour envoyer, Maj+Entrée pour aller à la ligne.',
            send: 'Envoyer',
            conversation: 'Conversation',
            messages: 'Messages',
            tooLarge: 'Ce message est trop long (4000 caractères au maximum).',
            rateLimited: 'Vous envoyez des messages trop rapidement. Veuillez patienter un instant.',
            sendFailed: 'Ce message n\'a pas pu être remis.',
            outdated: 'Cette page de discussion n\'est plus à jour. Veuillez recharger la page.',
            surveyTitle: 'Comment s\'est passée votre discussion ?',
            surveyLegend: 'Votre note',
            rating1: '1 – Très mauvais',
            rating2: '2 – Mauvais',
            rating3: '3 – Correct',
            rating4: '4 – Bien',
            rating5: '5 – Très bien',
            surveyComment: 'Souhaitez-vous nous dire quelque chose ? (facultatif)',
            surveySubmit: 'Envoyer la note',
            surveySending: 'Envoi…',
            surveyPick: 'Veuillez choisir une note de 1 à 5.',
            surveyFailed: 'Votre note n\'a pas pu être envoyée. Veuillez réessayer.',
            surveyThanks: 'Merci pour votre avis !',
            transcriptTitle: 'Garder une copie de cette discussion',
            transcriptText: 'Télécharger en texte',
            transcriptHtml: 'Page imprimable',
            transcriptFailed: 'La transcription n\'a pas pu être téléchargée. Veuillez réessayer.',
            mailOpen: 'M\'envoyer la transcription par e-mail',
            mailLabel: 'Votre adresse e-mail',
            mailSubmit: 'Envoyer la transcription',
            mailSending: 'Envoi…',
            mailInvalid: 'Veuillez saisir une adresse e-mail, par exemple nom@example.com.',
            mailTooMany: 'Cette transcription ne peut plus être envoyée.',
            mailRateLimited: 'Trop de demandes d\'envoi. Veuillez réessayer plus tard.',
            mailFailed: 'La transcription n\'a pas pu être envoyée. Veuillez réessayer.',
            mailQueued: 'Nous envoyons la transcription à {email}. Elle devrait arriver d\'ici quelques minutes.',
            attach: 'Joindre un fichier',
            uploading: 'Envoi de {name}…',
            uploadFailed: '{name} n\'a pas été envoyé : {reason}',
            fileTooLarge: '{name} dépasse 10 Mo.',
            fileUnreadable: 'la discussion n\'est pas connectée.',
            openFile: 'Ouvrir {name} ({size})',
            imageAlt: 'Image : {name}',
            signedInAs: 'Connecté en tant que {name}',
            signedIn: 'Connecté',
        },
        es: {
            title: 'Hable con nosotros',
            connecting: 'Conectando…',
            statusBot: 'Nuestro asistente está aquí para ayudarle',
            statusWaiting: 'Esperando a un agente',
            statusAssigned: 'Conversando con {name}',
            statusClosed: 'Chat finalizado',
            statusOffline: 'No hay nadie disponible en este momento',
            reconnectIn: 'Se perdió la conexión. Reintentando en {s} s…',
            reconnecting: 'Reconectando…',
            retryNow: 'Reintentar ahora',
            waitingTitle: 'Le estamos conectando con un agente…',
            positionNext: 'Usted es el siguiente en la cola.',
            position: 'Usted ocupa el puesto {n} en la cola.',
            waitUnderMinute: 'Espera estimada: menos de un minuto.',
            waitMinutes: 'Espera estimada: unos {m} min.',
            joined: '{name} se ha unido al chat',
            typing: '{name} está escribiendo…',
            you: 'Usted',
            assistant: 'Asistente',
            agent: 'Agente',
            sending: 'Enviando…',
            notSent: 'No enviado',
            retry: 'Reintentar',
            endChat: 'Finalizar chat',
            startNew: 'Iniciar un nuevo chat',
            chatEnded: 'Este chat ha finalizado.',
            youEnded: 'Usted ha finalizado el chat.',
            talkToPerson: 'Hablar con un agente',
            handoffFailed: 'Lo sentimos, no hemos podido contactar con nadie en este momento. Inténtelo de nuevo.',
            leaveTitle: 'Déjenos un mensaje',
            leaveNotice: 'Ahora mismo nadie puede atenderle. Déjenos un mensaje y le responderemos por correo electrónico.',
            leaveName: 'Su nombre',
            leaveEmail: 'Correo electrónico',
            leaveText: 'Mensaje',
            leaveSubmit: 'Enviar mensaje',
            leaveSending: 'Enviando…',
            nameRequired: 'Indíquenos su nombre.',
            emailInvalid: 'Introduzca una dirección de correo válida, por ejemplo nombre@example.com.',
            textRequired: 'Escriba un mensaje.',
            textTooLong: 'El mensaje debe tener menos de 4000 caracteres.',
            leaveFailed: 'No se ha podido enviar su mensaje. Inténtelo de nuevo.',
            leaveThanks: '¡Gracias, {name}! Hemos recibido su mensaje y responderemos a {email}.',
            placeholder: 'Escriba su mensaje…',
            composerLabel: 'Escriba su mensaje',
            composerHint: 'Pulse Intro para enviar y Mayús+Intro para una nueva línea.',
            send: 'Enviar',
            conversation: 'Conversación',
            messages: 'Mensajes',
            tooLarge: 'Este mensaje es demasiado largo (4000 caracteres como máximo).',
            rateLimited: 'Está enviando mensajes demasiado rápido. Espere un momento.',
            sendFailed: 'No se ha podido entregar este mensaje.',
            outdated: 'Esta página de chat está desactualizada. Vuelva a cargar la página.',
            surveyTitle: '¿Qué tal ha ido el chat?',
            surveyLegend: 'Su valoración',
            rating1: '1 – Muy mal',
            rating2: '2 – Mal',
            rating3: '3 – Normal',
            rating4: '4 – Bien',
            rating5: '5 – Muy bien',
            surveyComment: '¿Quiere decirnos algo más? (opcional)',
            surveySubmit: 'Enviar valoración',
            surveySending: 'Enviando…',
            surveyPick: 'Elija una valoración del 1 al 5.',
            surveyFailed: 'No se pudo enviar su valoración. Inténtelo de nuevo.',
            surveyThanks: '¡Gracias por su opinión!',
            transcriptTitle: 'Guardar una copia de este chat',
            transcriptText: 'Descargar como texto',
            transcriptHtml: 'Página para imprimir',
            transcriptFailed: 'No se pudo descargar la transcripción. Inténtelo de nuevo.',
            mailOpen: 'Enviarme la transcripción por correo',
            mailLabel: 'Su correo electrónico',
            mailSubmit: 'Enviar la transcripción',
            mailSending: 'Enviando…',
            mailInvalid: 'Introduzca una dirección de correo, como nombre@example.com.',
            mailTooMany: 'Esta transcripción ya no se puede enviar otra vez.',
            mailRateLimited: 'Demasiadas solicitudes de envío. Inténtelo más tarde.',
            mailFailed: 'No se pudo enviar la transcripción. Inténtelo de nuevo.',
            mailQueued: 'Enviaremos la transcripción a {email}. Debería llegar en unos minutos.',
            attach: 'Adjuntar un archivo',
            uploading: 'Enviando {name}…',
            uploadFailed: '{name} no se envió: {reason}',
            fileTooLarge: '{name} supera los 10 MB.',
            fileUnreadable: 'el chat no está conectado.',
            openFile: 'Abrir {name} ({size})',
            imageAlt: 'Imagen: {name}',
            signedInAs: 'Sesión iniciada como {name}',
            signedIn: 'Sesión iniciada',
        },
        // Brazilian Portuguese, under Qt's code like the programs' translations; pickUiLanguage gives it to every
        // Portuguese browser (pt, pt-BR, pt-PT).
        pt_BR: {
            title: 'Fale com a gente',
            connecting: 'Conectando…',
            statusBot: 'Nosso assistente está aqui para ajudar',
            statusWaiting: 'Aguardando um atendente',
            statusAssigned: 'Conversando com {name}',
            statusClosed: 'Chat encerrado',
            statusOffline: 'Ninguém disponível agora',
            reconnectIn: 'Conexão perdida. Nova tentativa em {s} s…',
            reconnecting: 'Reconectando…',
            retryNow: 'Tentar agora',
            waitingTitle: 'Estamos conectando você a um atendente…',
            positionNext: 'Você é o próximo da fila.',
            position: 'Você é o número {n} da fila.',
            waitUnderMinute: 'Espera estimada: menos de um minuto.',
            waitMinutes: 'Espera estimada: cerca de {m} min.',
            joined: '{name} entrou no chat',
            typing: '{name} está digitando…',
            you: 'Você',
            assistant: 'Assistente',
            agent: 'Atendente',
            sending: 'Enviando…',
            notSent: 'Não enviada',
            retry: 'Tentar de novo',
            endChat: 'Encerrar chat',
            startNew: 'Iniciar um novo chat',
            chatEnded: 'Este chat foi encerrado.',
            youEnded: 'Você encerrou o chat.',
            talkToPerson: 'Falar com uma pessoa',
            handoffFailed: 'Desculpe, não conseguimos falar com ninguém agora. Tente de novo.',
            leaveTitle: 'Deixe uma mensagem',
            leaveNotice: 'Ninguém pode conversar agora. Deixe uma mensagem e responderemos por e-mail.',
            leaveName: 'Seu nome',
            leaveEmail: 'E-mail',
            leaveText: 'Mensagem',
            leaveSubmit: 'Enviar mensagem',
            leaveSending: 'Enviando…',
            nameRequired: 'Informe o seu nome.',
            emailInvalid: 'Digite um endereço de e-mail válido, como nome@example.com.',
            textRequired: 'Escreva uma mensagem.',
            textTooLong: 'A mensagem deve ter menos de 4000 caracteres.',
            leaveFailed: 'Não foi possível enviar a sua mensagem. Tente de novo.',
            leaveThanks: 'Obrigado, {name}! Recebemos a sua mensagem e vamos responder para {email}.',
            placeholder: 'Digite sua mensagem…',
            composerLabel: 'Digite sua mensagem',
            composerHint: 'Enter envia, Shift+Enter quebra a linha.',
            send: 'Enviar',
            conversation: 'Conversa',
            messages: 'Mensagens',
            tooLarge: 'Esta mensagem é longa demais (no máximo 4000 caracteres).',
            rateLimited: 'Você está enviando mensagens rápido demais. Aguarde um momento.',
            sendFailed: 'Não foi possível entregar esta mensagem.',
            outdated: 'Esta página de chat está desatualizada. Recarregue a página.',
            surveyTitle: 'Como foi o seu chat?',
            surveyLegend: 'Sua avaliação',
            rating1: '1 – Muito ruim',
            rating2: '2 – Ruim',
            rating3: '3 – Razoável',
            rating4: '4 – Bom',
            rating5: '5 – Muito bom',
            surveyComment: 'Quer nos dizer mais alguma coisa? (opcional)',
            surveySubmit: 'Enviar avaliação',
            surveySending: 'Enviando…',
            surveyPick: 'Escolha uma avaliação de 1 a 5.',
            surveyFailed: 'Não foi possível enviar sua avaliação. Tente novamente.',
            surveyThanks: 'Obrigado pela sua opinião!',
            transcriptTitle: 'Guardar uma cópia deste chat',
            transcriptText: 'Baixar como texto',
            transcriptHtml: 'Página para imprimir',
            transcriptFailed: 'Não foi possível baixar a transcrição. Tente novamente.',
            mailOpen: 'Enviar a transcrição por e-mail',
            mailLabel: 'Seu endereço de e-mail',
            mailSubmit: 'Enviar a transcrição',
            mailSending: 'Enviando…',
            mailInvalid: 'Digite um endereço de e-mail, como nome@example.com.',
            mailTooMany: 'Esta transcrição não pode ser enviada novamente.',
            mailRateLimited: 'Muitos pedidos de envio. Tente novamente mais tarde.',
            mailFailed: 'Não foi possível enviar a transcrição. Tente novamente.',
            mailQueued: 'Enviaremos a transcrição para {email}. Ela deve chegar em alguns minutos.',
            attach: 'Anexar um arquivo',
            uploading: 'Enviando {name}…',
            uploadFailed: '{name} não foi enviado: {reason}',
            fileTooLarge: '{name} tem mais de 10 MB.',
            fileUnreadable: 'o chat não está conectado.',
            openFile: 'Abrir {name} ({size})',
            imageAlt: 'Imagem: {name}',
            signedInAs: 'Conectado como {name}',
            signedIn: 'Conectado',
        },
        nl: {
            title: 'Chat met ons',
            connecting: 'Verbinden…',
            statusBot: 'Onze assistent helpt u graag',
            statusWaiting: 'Wachten op een medewerker',
            statusAssigned: 'In gesprek met {name}',
            statusClosed: 'Chat beëindigd',
            statusOffline: 'Nu is niemand beschikbaar',
            reconnectIn: 'Verbinding verbroken. Nieuwe poging over {s} s…',
            reconnecting: 'Opnieuw verbinden…',
            retryNow: 'Nu opnieuw proberen',
            waitingTitle: 'We verbinden u met een medewerker…',
            positionNext: 'U bent als volgende aan de beurt.',
            position: 'U bent nummer {n} in de wachtrij.',
            waitUnderMinute: 'Geschatte wachttijd: minder dan een minuut.',
            waitMinutes: 'Geschatte wachttijd: ongeveer {m} min.',
            joined: '{name} neemt deel aan de chat',
            typing: '{name} typt…',
            you: 'U',
            assistant: 'Assistent',
            agent: 'Medewerker',
            sending: 'Wordt verzonden…',
            notSent: 'Niet verzonden',
            retry: 'Opnieuw verzenden',
            endChat: 'Chat beëindigen',
            startNew: 'Nieuwe chat beginnen',
            chatEnded: 'Deze chat is beëindigd.',
            youEnded: 'U hebt de chat beëindigd.',
            talkToPerson: 'Met een medewerker praten',
            handoffFailed: 'Het is ons nu niet gelukt iemand te bereiken. Probeer het opnieuw.',
            leaveTitle: 'Laat een bericht achter',
            leaveNotice: 'Er kan nu niemand chatten. Laat een bericht achter, dan antwoorden we per e-mail.',
            leaveName: 'Uw naam',
            leaveEmail: 'E-mail',
            leaveText: 'Bericht',
            leaveSubmit: 'Bericht verzenden',
            leaveSending: 'Wordt verzonden…',
            nameRequired: 'Vul uw naam in.',
            emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@example.com.',
            textRequired: 'Schrijf een bericht.',
            textTooLong: 'Houd het bericht onder 4000 tekens.',
            leaveFailed: 'Uw bericht kon niet worden verzonden. Probeer het opnieuw.',
            leaveThanks: 'Bedankt, {name}! We hebben uw bericht ontvangen en antwoorden naar {email}.',
            placeholder: 'Typ uw bericht…',
            composerLabel: 'Typ uw bericht',
            composerHint: 'Enter verzendt, Shift+Enter voor een nieuwe regel.',
            send: 'Verzenden',
            conversation: 'Gesprek',
            messages: 'Berichten',
            tooLarge: 'Dit bericht is te lang (hoogstens 4000 tekens).',
            rateLimited: 'U verzendt te snel berichten. Wacht even.',
            sendFailed: 'Dit bericht kon niet worden bezorgd.',
            outdated: 'Deze chatpagina is verouderd. Laad de pagina opnieuw.',
            surveyTitle: 'Hoe was uw chat?',
            surveyLegend: 'Uw beoordeling',
            rating1: '1 – Zeer slecht',
            rating2: '2 – Slecht',
            rating3: '3 – Redelijk',
            rating4: '4 – Goed',
            rating5: '5 – Zeer goed',
            surveyComment: 'Wilt u ons nog iets laten weten? (optioneel)',
            surveySubmit: 'Beoordeling versturen',
            surveySending: 'Bezig met versturen…',
            surveyPick: 'Kies een beoordeling van 1 tot 5.',
            surveyFailed: 'Uw beoordeling kon niet worden verstuurd. Probeer het opnieuw.',
            surveyThanks: 'Bedankt voor uw feedback!',
            transcriptTitle: 'Een kopie van deze chat bewaren',
            transcriptText: 'Downloaden als tekst',
            transcriptHtml: 'Afdrukbare pagina',
            transcriptFailed: 'Het transcript kon niet worden gedownload. Probeer het opnieuw.',
            mailOpen: 'Transcript naar mij e-mailen',
            mailLabel: 'Uw e-mailadres',
            mailSubmit: 'Transcript versturen',
            mailSending: 'Versturen…',
            mailInvalid: 'Vul één e-mailadres in, zoals naam@example.com.',
            mailTooMany: 'Dit transcript kan niet nog een keer worden gemaild.',
            mailRateLimited: 'Te veel e-mailverzoeken. Probeer het later opnieuw.',
            mailFailed: 'Het transcript kon niet worden gemaild. Probeer het opnieuw.',
            mailQueued: 'We mailen het transcript naar {email}. Het zou binnen enkele minuten moeten aankomen.',
            attach: 'Bestand toevoegen',
            uploading: '{name} wordt verzonden…',
            uploadFailed: '{name} is niet verzonden: {reason}',
            fileTooLarge: '{name} is groter dan 10 MB.',
            fileUnreadable: 'de chat is niet verbonden.',
            openFile: '{name} openen ({size})',
            imageAlt: 'Afbeelding: {name}',
            signedInAs: 'Aangemeld als {name}',
            signedIn: 'Aangemeld',
        },
    };

    // ---- settings from the page address (see docs/webchat.md) ----
    const params = new URLSearchParams(window.location.search);
    const languageParam = cleanParam(params.get('lang'), 35);
    // The browser's languages in the visitor's order of preference; ?lang= goes before all of them.
    const browserLanguages = (Array.isArray(navigator.languages) && navigator.languages.length)
        ? Array.from(navigator.languages) : [navigator.language || 'en'];
    const visitorLanguage = languageParam || browserLanguages[0] || 'en';
    const uiLanguage = pickUiLanguage([languageParam, ...browserLanguages]);
    const text = STRINGS[uiLanguage];
    const companyName = cleanParam(params.get('company'), 80) || document.body.dataset.company || 'Chat';
    const prefillName = cleanParam(params.get('name'), 100);
    const prefillEmail = cleanParam(params.get('email'), 254);
    // ?auth=1 (embed.js with data-auth-function): the embedding site signs its signed-in customer in with an
    // ID token, which the page asks for before every hello (docs/webchat.md#signed-in-customers).
    const siteSignsIn = params.get('auth') === '1';
    const siteWindow = window.opener || (window.parent !== window ? window.parent : null);
    // Inside an iframe the interesting page is the embedding one, not this one.
    const visitorPage = cleanParam(params.get('page'), 2000)
        || (window.top !== window.self && document.referrer) || window.location.href;

    const timeFormat = new Intl.DateTimeFormat(visitorLanguage, { hour: 'numeric', minute: '2-digit' });
    const dateTimeFormat = new Intl.DateTimeFormat(visitorLanguage,
        { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

    // ---- elements ----
    const el = (id) => document.getElementById(id);
    const ui = {
        chat: el('chat'),
        statusDot: el('status-dot'),
        statusText: el('status-text'),
        endButton: el('end-button'),
        banner: el('connection-banner'),
        bannerText: el('connection-text'),
        bannerAnnouncement: el('connection-announcement'),
        identityNote: el('identity-note'),
        retryButton: el('retry-button'),
        waitingCard: el('waiting-card'),
        waitingTitle: el('waiting-title'),
        waitingDetail: el('waiting-detail'),
        body: el('chat-body'),
        log: el('message-log'),
        list: el('message-list'),
        typingRow: el('typing-row'),
        typingText: el('typing-text'),
        leaveForm: el('leave-form'),
        leaveNotice: el('leave-notice'),
        leaveName: el('leave-name'),
        leaveEmail: el('leave-email'),
        leaveText: el('leave-text'),
        leaveError: el('leave-error'),
        leaveSubmit: el('leave-submit'),
        restartCard: el('restart-card'),
        surveyForm: el('survey-form'),
        surveyComment: el('survey-comment'),
        surveyError: el('survey-error'),
        surveySubmit: el('survey-submit'),
        surveyThanks: el('survey-thanks'),
        transcriptText: el('transcript-text'),
        transcriptHtml: el('transcript-html'),
        transcriptError: el('transcript-error'),
        transcriptMailOpen: el('transcript-mail-open'),
        transcriptMailForm: el('transcript-mail-form'),
        transcriptMailAddress: el('transcript-mail-address'),
        transcriptMailSubmit: el('transcript-mail-submit'),
        transcriptMailDone: el('transcript-mail-done'),
        restartText: el('restart-text'),
        restartButton: el('restart-button'),
        quickActions: el('quick-actions'),
        humanButton: el('human-button'),
        composer: el('composer'),
        input: el('composer-input'),
        sendButton: el('send-button'),
        attachButton: el('attach-button'),
        fileInput: el('file-input'),
        attachStatus: el('attach-status'),
    };

    // ---- state ----
    const session = {
        token: storageGet(TOKEN_KEY) || '',
        conversationId: '',
        conversationState: '',
        agentName: '',
        queuePosition: 0,
        estimatedWaitSeconds: 0,
        socket: null,
        ready: false,          // hello answered on the current socket
        fatal: false,          // do not reconnect (e.g. unsupported version)
        nextRequestNumber: 1,
        requests: new Map(),   // request id -> { onOk, onError }
        messageIds: new Set(), // server ids already shown
        outbox: [],            // visitor messages not yet acknowledged, oldest first
        reconnectAttempt: 0,
        reconnectTimer: 0,
        countdownTimer: 0,
        typingSent: false,
        typingTimer: 0,
        agentTypingTimer: 0,
        offline: false,
        closedShown: false,
        survey: '',           // the post-chat survey: '' (not asked), 'ask', 'answered', 'thanked'
        transcriptMail: false, // the router e-mails transcripts of ended chats (its closed state says so)
        joinedShownFor: '',
        joinedTimer: 0,
        joiningAgent: '',     // agent.joined arrived; the router's system line for it may follow
        lastFocused: null,    // the element the visitor last had the focus on
    };

    // ---- small helpers ----
    function cleanParam(value, maxLength) {
        if (typeof value !== 'string') return '';
        return value.trim().slice(0, maxLength);
    }

    // The first of `tags` (BCP 47 such as "fr-CA", or "pt_BR") the page has texts for: the exact language and
    // region, else the language alone ("fr-CA" -> fr), else the language in another region ("pt" and "pt-PT"
    // -> pt_BR). A tag with no texts at all gives way to the next one; English when none fits.
    function pickUiLanguage(tags) {
        const normal = (tag) => String(tag || '').trim().replace(/_/g, '-').toLowerCase();
        const known = Object.keys(STRINGS);
        for (const tag of tags) {
            const wanted = normal(tag);
            if (!wanted) continue;
            const primary = wanted.split('-')[0];
            const match = known.find((key) => normal(key) === wanted)
                || known.find((key) => normal(key) === primary)
                || known.find((key) => normal(key).split('-')[0] === primary);
            if (match) return match;
        }
        return 'en';
    }

    function format(template, values) {
        return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
    }

    function storageGet(key) {
        try {
            return window.localStorage.getItem(key);
        } catch (e) {
            return null; // storage blocked (private mode, third-party iframe): the chat still works
        }
    }

    function storageSet(key, value) {
        try {
            if (value === null || value === '') window.localStorage.removeItem(key);
            else window.localStorage.setItem(key, value);
        } catch (e) {
            // storage blocked or full: only resuming after a reload is lost
        }
    }

    function randomId(prefix) {
        const bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return prefix + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    }

    function initialOf(name) {
        const trimmed = String(name || '').trim();
        return trimmed ? Array.from(trimmed)[0].toUpperCase() : '?';
    }

    function make(tag, className, content) {
        const node = document.createElement(tag);
        if (className) node.className = className;
        if (content !== undefined) node.textContent = content;
        return node;
    }

    function parseTime(iso) {
        const t = iso ? new Date(iso) : new Date();
        return Number.isNaN(t.getTime()) ? new Date() : t;
    }

    function formatTime(date) {
        const now = new Date();
        const sameDay = date.toDateString() === now.toDateString();
        return (sameDay ? timeFormat : dateTimeFormat).format(date);
    }

    function isNearBottom() {
        return ui.body.scrollHeight - ui.body.scrollTop - ui.body.clientHeight < 80;
    }

    function scrollToBottom() {
        ui.body.scrollTop = ui.body.scrollHeight;
    }

    // ---- focus ----
    // A control the page hides or disables while it has the focus (Talk to a person, End chat, the form's
    // button, the composer when the chat closes, Retry now) would drop the focus to <body>, leaving keyboard
    // and screen reader users nowhere. After every such change the focus moves on to the control that now
    // matters: "Start a new chat", else the form's first field, else the composer.
    function canTakeFocus(element) {
        return Boolean(element) && element.isConnected && !element.disabled && !element.closest('[hidden]')
            && element.getClientRects().length > 0;
    }

    // Where the focus goes after `lost` went away. Someone who was typing when the agent closed the chat
    // lands on the conversation (its closing line) rather than on "Start a new chat", which their next
    // space or Enter would press.
    function nextFocusTarget(lost) {
        const typing = lost.matches('input, textarea');
        return [typing ? null : ui.restartButton, ui.leaveForm.hidden ? null : ui.leaveName, ui.input, ui.body]
            .find(canTakeFocus);
    }

    function rescueFocus() {
        const active = document.activeElement;
        if (active && active !== document.body && canTakeFocus(active)) return;
        // Only when the page took the focus away: not on opening, nor after the visitor clicked on plain text.
        if (!session.lastFocused || canTakeFocus(session.lastFocused)) return;
        const target = nextFocusTarget(session.lastFocused);
        if (target) target.focus();
    }

    // A button that is busy keeps the focus (aria-disabled), unlike a disabled one.
    function setBusy(button, busy) {
        if (busy) button.setAttribute('aria-disabled', 'true');
        else button.removeAttribute('aria-disabled');
    }

    function isBusy(button) {
        return button.getAttribute('aria-disabled') === 'true';
    }

    // ---- static text ----
    function applyStaticText() {
        document.documentElement.lang = uiLanguage.replace(/_/g, '-');
        document.title = companyName + ' — ' + text.title;
        el('company-name').textContent = companyName;
        el('header-avatar').textContent = initialOf(companyName);
        ui.statusText.textContent = text.connecting;
        ui.endButton.textContent = text.endChat;
        ui.retryButton.textContent = text.retryNow;
        ui.waitingTitle.textContent = text.waitingTitle;
        ui.log.setAttribute('aria-label', text.conversation);
        ui.body.setAttribute('aria-label', text.messages);
        el('leave-title').textContent = text.leaveTitle;
        document.querySelector('label[for="leave-name"]').textContent = text.leaveName;
        document.querySelector('label[for="leave-email"]').textContent = text.leaveEmail;
        document.querySelector('label[for="leave-text"]').textContent = text.leaveText;
        ui.leaveSubmit.textContent = text.leaveSubmit;
        ui.restartText.textContent = text.chatEnded;
        el('survey-title').textContent = text.surveyTitle;
        el('survey-legend').textContent = text.surveyLegend;
        for (let n = 1; n <= 5; ++n) document.querySelector('label[for="rating-' + n + '"]').textContent = text['rating' + n];
        el('survey-comment-label').textContent = text.surveyComment;
        ui.surveySubmit.textContent = text.surveySubmit;
        ui.surveyThanks.textContent = text.surveyThanks;
        el('transcript-title').textContent = text.transcriptTitle;
        ui.transcriptText.textContent = text.transcriptText;
        ui.transcriptHtml.textContent = text.transcriptHtml;
        ui.transcriptMailOpen.textContent = text.mailOpen;
        el('transcript-mail-label').textContent = text.mailLabel;
        ui.transcriptMailSubmit.textContent = text.mailSubmit;
        ui.restartButton.textContent = text.startNew;
        ui.humanButton.textContent = text.talkToPerson;
        el('composer-label').textContent = text.composerLabel;
        el('composer-hint').textContent = text.composerHint;
        ui.input.placeholder = text.placeholder;
        ui.sendButton.setAttribute('aria-label', text.send);
        el('send-label').textContent = text.send;
        ui.attachButton.setAttribute('aria-label', text.attach);
        ui.attachButton.title = text.attach;
        if (prefillName) ui.leaveName.value = prefillName;
        if (prefillEmail) ui.leaveEmail.value = prefillEmail;
    }

    // ---- connection ----
    function socketUrl() {
        const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
        return scheme + '//' + window.location.host + '/ws/visitor';
    }

    function connect() {
        window.clearTimeout(session.reconnectTimer);
        window.clearInterval(session.countdownTimer);
        if (session.fatal) return;
        if (session.socket) return;
        let socket;
        try {
            socket = new WebSocket(socketUrl());
        } catch (e) {
            scheduleReconnect();
            return;
        }
        session.socket = socket;
        session.ready = false;
        if (session.reconnectAttempt > 0) showBanner(text.reconnecting, false, true);
        socket.addEventListener('open', () => {
            if (session.socket === socket) sendHello();
        });
        socket.addEventListener('message', (event) => {
            if (session.socket === socket) handleFrame(event.data);
        });
        socket.addEventListener('close', () => {
            if (session.socket !== socket) return; // replaced on purpose
            dropConnection();
            if (!session.fatal) scheduleReconnect();
        });
    }

    // Forget the current socket: requests in flight are answered DISCONNECTED so their buttons come
    // back; unacknowledged messages stay in the outbox and are sent again after the next hello.
    function dropConnection() {
        const socket = session.socket;
        session.socket = null;
        session.ready = false;
        session.typingSent = false;
        hideAgentTyping();
        const pending = Array.from(session.requests.values());
        session.requests.clear();
        for (const request of pending) request.onError({ code: DISCONNECTED, message: '' });
        for (const entry of session.outbox) entry.inFlight = false;
        if (socket && socket.readyState <= WebSocket.OPEN) {
            try {
                socket.close();
            } catch (e) {
                // already closing
            }
        }
    }

    function scheduleReconnect() {
        window.clearTimeout(session.reconnectTimer);
        window.clearInterval(session.countdownTimer);
        const step = BACKOFF_STEPS_MS[Math.min(session.reconnectAttempt, BACKOFF_STEPS_MS.length - 1)];
        const delay = Math.round(step * (0.8 + Math.random() * 0.4)); // spread reconnects after an outage
        session.reconnectAttempt += 1;
        const due = Date.now() + delay;
        const showCountdown = () => {
            const seconds = Math.max(1, Math.ceil((due - Date.now()) / 1000));
            showBanner(format(text.reconnectIn, { s: seconds }), true, true);
        };
        showCountdown();
        session.countdownTimer = window.setInterval(showCountdown, 1000);
        session.reconnectTimer = window.setTimeout(connect, delay);
    }

    // `routine`: a countdown tick or another attempt, shown but not announced again; screen readers hear
    // an outage once (and a message that is not routine, such as "out of date").
    function showBanner(message, withRetry, routine) {
        if (ui.banner.hidden || !routine) ui.bannerAnnouncement.textContent = message;
        ui.bannerText.textContent = message;
        ui.retryButton.hidden = !withRetry;
        ui.banner.hidden = false;
        ui.statusDot.dataset.state = 'offline';
    }

    function hideBanner() {
        ui.banner.hidden = true;
        ui.bannerAnnouncement.textContent = '';
    }

    function send(type, data, onOk, onError) {
        if (!session.socket || session.socket.readyState !== WebSocket.OPEN) {
            if (onError) onError({ code: DISCONNECTED, message: '' });
            return false;
        }
        const id = 'r' + session.nextRequestNumber++;
        session.requests.set(id, { onOk: onOk || (() => {}), onError: onError || (() => {}) });
        session.socket.send(JSON.stringify({ type: type, id: id, data: data }));
        return true;
    }

    // The browser's stable random id, made once and kept in localStorage (none when storage is blocked).
    function browserVisitorId() {
        let id = storageGet(VISITOR_ID_KEY);
        if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
            id = randomId('b_');
            storageSet(VISITOR_ID_KEY, id);
            if (storageGet(VISITOR_ID_KEY) !== id) return '';
        }
        return id;
    }

    // Asks the embedding site (embed.js calls its token function) for a fresh ID token; '' when it has none,
    // answers something else, or takes longer than IDENTITY_TOKEN_WAIT_MS.
    function requestIdentityToken() {
        if (!siteSignsIn || !siteWindow) return Promise.resolve('');
        return new Promise((resolve) => {
            const request = randomId('a_');
            const finish = (token) => {
                window.removeEventListener('message', onMessage);
                window.clearTimeout(timer);
                resolve(token);
            };
            const onMessage = (event) => {
                const data = event.data;
                if (event.source !== siteWindow || !data || data.type !== 'handoff.auth.token' || data.request !== request) return;
                finish(typeof data.token === 'string' && data.token.length <= MAX_IDENTITY_TOKEN ? data.token : '');
            };
            const timer = window.setTimeout(() => finish(''), IDENTITY_TOKEN_WAIT_MS);
            window.addEventListener('message', onMessage);
            siteWindow.postMessage({ type: 'handoff.auth.request', request: request }, '*');
        });
    }

    function showIdentity(identity) {
        if (!identity || typeof identity !== 'object') {
            ui.identityNote.hidden = true;
            return;
        }
        const name = typeof identity.name === 'string' ? identity.name.slice(0, 200) : '';
        ui.identityNote.textContent = identity.verified === true
            ? (name ? format(text.signedInAs, { name: name }) : text.signedIn)
            : String(identity.message || '').slice(0, 500);
        ui.identityNote.dataset.verified = String(identity.verified === true);
        ui.identityNote.hidden = !ui.identityNote.textContent;
    }

    function sendHello() {
        const socket = session.socket;
        requestIdentityToken().then((identityToken) => {
            if (session.socket !== socket) return; // the socket went meanwhile; the next one asks again
            const hello = {
                version: PROTOCOL_VERSION,
                visitorToken: session.token,
                page: visitorPage,
                language: visitorLanguage,
            };
            const visitorId = browserVisitorId();
            if (visitorId) hello.visitorId = visitorId;
            if (identityToken) hello.identityToken = identityToken;
            sendHelloFrame(hello, Boolean(identityToken));
        });
    }

    function sendHelloFrame(hello, withIdentity) {
        send('hello', hello, onHelloAccepted, (error) => {
            if (error.code === DISCONNECTED) return; // the close handler retries
            if (error.code === 'unsupported_version') {
                session.fatal = true;
                showBanner(text.outdated, false, false);
                setComposerEnabled(false);
                return;
            }
            if (error.code === 'unauthenticated' && (withIdentity || siteSignsIn || !session.token)) {
                // The site's sign-in is required and was missing or refused: say so plainly; Retry asks
                // the site for a new token.
                dropConnection();
                showBanner(String(error.message || '').slice(0, 500), true, false);
                setComposerEnabled(false);
                return;
            }
            if (session.token && (error.code === 'unauthenticated' || error.code === 'not_found')) {
                // A token the router no longer knows: start afresh rather than fail forever.
                session.token = '';
                storageSet(TOKEN_KEY, null);
            }
            dropConnection();
            scheduleReconnect();
        });
    }

    function onHelloAccepted(data) {
        const conversationId = typeof data.conversationId === 'string' ? data.conversationId : '';
        if (session.conversationId && conversationId !== session.conversationId) {
            clearConversationView(); // the router started a new conversation: old lines no longer apply
        }
        session.conversationId = conversationId;
        if (typeof data.visitorToken === 'string' && data.visitorToken) {
            session.token = data.visitorToken;
            storageSet(TOKEN_KEY, session.token);
        }
        session.ready = true;
        session.reconnectAttempt = 0;
        window.clearInterval(session.countdownTimer);
        hideBanner();
        showIdentity(data.identity);

        const stickToBottom = isNearBottom();
        const messages = Array.isArray(data.messages) ? data.messages : [];
        if (messages.length) {
            // History is not news: the log is busy while it fills, and stays so until the browser has
            // rendered it (set and cleared in one step, screen readers would never see it busy).
            ui.log.setAttribute('aria-busy', 'true');
            for (const message of messages) addServerMessage(message);
            afterRendering(() => ui.log.removeAttribute('aria-busy'));
        }
        if (stickToBottom) scrollToBottom();

        applyConversationState(typeof data.state === 'string' ? data.state : 'bot', data);
        flushOutbox();
    }

    // Runs `callback` once the browser has rendered (and updated its accessibility tree), or after half a
    // second in a background tab, which renders nothing.
    function afterRendering(callback) {
        let done = false;
        const once = () => {
            if (!done) {
                done = true;
                callback();
            }
        };
        window.requestAnimationFrame(() => window.setTimeout(once, 0));
        window.setTimeout(once, 500);
    }

    // ---- frames from the router ----
    function handleFrame(raw) {
        let frame;
        try {
            frame = JSON.parse(raw);
        } catch (e) {
            return;
        }
        if (!frame || typeof frame.type !== 'string') return;
        const data = frame.data && typeof frame.data === 'object' ? frame.data : {};
        if (frame.type === 'ok' || frame.type === 'error') {
            const request = session.requests.get(frame.re);
            if (!request) return;
            session.requests.delete(frame.re);
            if (frame.type === 'ok') request.onOk(data);
            else request.onError({ code: String(data.code || ''), message: String(data.message || '') });
            return;
        }
        switch (frame.type) {
        case 'message':
            if (data.message && typeof data.message === 'object') {
                const stick = isNearBottom();
                addServerMessage(data.message);
                if (stick) scrollToBottom();
            }
            break;
        case 'status':
            applyConversationState(String(data.state || ''), data);
            break;
        case 'agent.joined':
            onAgentJoined(String(data.agentName || '') || text.agent);
            break;
        case 'typing':
            if (data.typing) showAgentTyping(String(data.name || '') || session.agentName || text.agent);
            else hideAgentTyping();
            break;
        case 'offline':
            showLeaveForm(String(data.notice || ''));
            break;
        case 'closed':
            // The router words its line for the desk ("The visitor ended the chat."); the visitor reads "You".
            takeSurveyState(data);
            takeTranscriptMailState(data);
            onClosed(data.by === 'visitor' ? text.youEnded : String(data.text || ''));
            break;
        default:
            break; // newer routers may send more; ignoring keeps this page working
        }
    }

    // ---- conversation state ----
    function applyConversationState(state, data) {
        if (!state) return;
        if (state === 'closed') {
            takeSurveyState(data);
            takeTranscriptMailState(data);
            onClosed('');
            return;
        }
        session.conversationState = state;
        if (typeof data.agentName === 'string' && data.agentName) session.agentName = data.agentName;
        if (typeof data.position === 'number') session.queuePosition = data.position;
        if (typeof data.estimatedWaitSeconds === 'number') session.estimatedWaitSeconds = data.estimatedWaitSeconds;
        renderState();
    }

    function renderState() {
        const stick = isNearBottom(); // the waiting card takes room: keep the newest line in view
        const state = session.conversationState;
        const waiting = state === 'waiting' || state === 'offered';
        const closed = state === 'closed';
        let status = text.statusBot;
        let dot = 'online';
        if (closed) {
            status = text.statusClosed;
            dot = 'closed';
        } else if (session.offline && state !== 'assigned') {
            status = text.statusOffline;
            dot = 'away';
        } else if (waiting) {
            status = text.statusWaiting;
            dot = 'away';
        } else if (state === 'assigned') {
            status = format(text.statusAssigned, { name: session.agentName || text.agent });
        }
        if (ui.statusText.textContent !== status) ui.statusText.textContent = status;
        ui.statusDot.dataset.state = session.ready ? dot : 'offline';

        ui.waitingCard.hidden = !waiting || session.offline;
        if (waiting) {
            const parts = [];
            if (session.queuePosition === 1) parts.push(text.positionNext);
            else if (session.queuePosition > 1) parts.push(format(text.position, { n: session.queuePosition }));
            if (session.estimatedWaitSeconds > 0) {
                parts.push(session.estimatedWaitSeconds < 60
                    ? text.waitUnderMinute
                    : format(text.waitMinutes, { m: Math.ceil(session.estimatedWaitSeconds / 60) }));
            }
            const detail = parts.join(' ');
            if (ui.waitingDetail.textContent !== detail) ui.waitingDetail.textContent = detail;
        }

        ui.quickActions.hidden = state !== 'bot' || session.offline;
        ui.endButton.hidden = closed || !(waiting || state === 'assigned');
        ui.restartCard.hidden = !closed;
        ui.surveyForm.hidden = !closed || session.survey !== 'ask';
        ui.surveyThanks.hidden = !closed || session.survey !== 'thanked';
        ui.transcriptMailOpen.hidden = !closed || !session.transcriptMail;
        if (ui.transcriptMailOpen.hidden) closeTranscriptMailForm();
        setComposerEnabled(!closed && !session.fatal);
        if (stick) scrollToBottom();
    }

    function onAgentJoined(name) {
        session.agentName = name;
        session.offline = false;
        ui.leaveForm.hidden = true;
        // The router usually sends its own stored "joined" line right after this event (and has it in the
        // history after a reload); this page's line is only the fallback when no system line names the agent.
        window.clearTimeout(session.joinedTimer);
        session.joiningAgent = name;
        session.joinedTimer = window.setTimeout(() => {
            session.joiningAgent = '';
            if (session.joinedShownFor === name || systemLineMentions(name, 8)) return;
            session.joinedShownFor = name;
            addLocalLine(format(text.joined, { name: name }), 'joined');
        }, JOINED_FALLBACK_MS);
        if (session.conversationState !== 'assigned') session.conversationState = 'assigned';
        renderState();
    }

    function onClosed(closingText) {
        hideAgentTyping();
        stopTyping();
        session.conversationState = 'closed';
        if (closingText && !session.closedShown) {
            session.closedShown = true;
            addLocalLine(closingText, 'closed');
        }
        renderState();
        scrollToBottom();
    }

    function setComposerEnabled(enabled) {
        ui.input.disabled = !enabled;
        ui.sendButton.disabled = !enabled;
        ui.attachButton.disabled = !enabled;
        ui.composer.classList.toggle('is-disabled', !enabled);
    }

    function clearConversationView() {
        ui.list.replaceChildren();
        session.messageIds.clear();
        session.conversationState = '';
        session.agentName = '';
        session.queuePosition = 0;
        session.estimatedWaitSeconds = 0;
        session.offline = false;
        session.closedShown = false;
        session.survey = '';
        ui.surveyForm.reset();
        ui.surveyError.hidden = true;
        ui.transcriptError.hidden = true;
        session.transcriptMail = false;
        closeTranscriptMailForm();
        ui.transcriptMailDone.hidden = true;
        session.joinedShownFor = '';
        window.clearTimeout(session.joinedTimer);
        session.joiningAgent = '';
        ui.leaveForm.hidden = true;
        ui.restartCard.hidden = true;
        hideAgentTyping();
        // Unsent lines are re-shown so the visitor's words are not lost with the old view.
        for (const entry of session.outbox) ui.list.appendChild(entry.element);
    }

    // ---- messages ----
    function authorLabel(message) {
        if (message.author === 'visitor') return text.you;
        if (message.author === 'bot') return message.authorName || text.assistant;
        if (message.author === 'agent') return message.authorName || text.agent;
        return '';
    }

    function isValidMessage(message) {
        return message && typeof message.text === 'string'
            && ['visitor', 'bot', 'agent', 'system'].includes(message.author);
    }

    function addServerMessage(message) {
        if (!isValidMessage(message) || message.internal === true) return;
        if (message.id) {
            if (session.messageIds.has(message.id)) return;
            session.messageIds.add(message.id);
        }
        if (message.author === 'visitor' && message.clientId) {
            const entry = session.outbox.find((e) => e.clientId === message.clientId);
            if (entry) {
                acknowledge(entry, message);
                return;
            }
        }
        // This page may already have said it (e.g. "Alice joined the chat" from agent.joined).
        if (message.author === 'system' && systemLineSaid(message.text, 4, true)) return;
        if (message.author === 'agent') {
            hideAgentTyping();
            if (message.authorName) session.agentName = message.authorName; // named in the header after a reload
        }
        const element = renderMessage(message);
        if (message.author === 'system' && session.joiningAgent && message.text.includes(session.joiningAgent)) {
            element.dataset.kind = 'joined'; // the router's own "joined" line gets the same highlight
            session.joinedShownFor = session.joiningAgent;
            session.joiningAgent = '';
        }
        insertBeforeUnsent(element);
    }

    // Lines from the router go above the visitor's still-unsent ones, which keep their place at the end.
    function insertBeforeUnsent(element) {
        const firstUnsent = session.outbox.length ? session.outbox[0].element : null;
        if (firstUnsent && firstUnsent.parentNode === ui.list) ui.list.insertBefore(element, firstUnsent);
        else ui.list.appendChild(element);
        updateGrouping(element);
        if (element.nextElementSibling) updateGrouping(element.nextElementSibling);
    }

    function groupKey(element) {
        return element ? element.dataset.group || '' : '';
    }

    // Consecutive lines by the same author share one name and avatar, as in most messengers.
    function updateGrouping(element) {
        const key = groupKey(element);
        const continued = key !== '' && key !== 'system' && groupKey(element.previousElementSibling) === key;
        element.classList.toggle('is-continued', continued);
    }

    function renderMessage(message) {
        const at = parseTime(message.at);
        if (message.author === 'system') return renderSystemLine(message.text, at);

        const item = make('li', 'msg msg-' + message.author);
        const name = authorLabel(message);
        item.dataset.group = message.author + ':' + (message.authorId || message.authorName || '');
        if (message.id) item.dataset.id = message.id;
        if (message.clientId) item.dataset.clientId = message.clientId;

        if (message.author !== 'visitor') {
            const avatar = make('span', 'msg-avatar', initialOf(name));
            avatar.setAttribute('aria-hidden', 'true');
            item.appendChild(avatar);
        }
        const content = make('div', 'msg-content');
        const author = make('p', 'msg-author', name);
        if (message.author === 'visitor') author.classList.add('visually-hidden');
        content.appendChild(author);
        if (message.text || !message.attachment) content.appendChild(make('p', 'msg-bubble', message.text));
        if (message.attachment && typeof message.attachment === 'object') content.appendChild(renderAttachment(message.attachment));
        const meta = make('p', 'msg-meta');
        const time = make('time', 'msg-time', formatTime(at));
        time.dateTime = at.toISOString();
        meta.appendChild(time);
        content.appendChild(meta);
        item.appendChild(content);
        return item;
    }

    // ---- files ----
    function formatSize(bytes) {
        if (!(bytes >= 0)) return '';
        if (bytes < 1024) return bytes + ' B';
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024) + ' KB';
        return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
    }

    // A file of the router is fetched with the chat's token (an <img> or a link cannot send it).
    function fetchAttachment(id) {
        return fetch('/api/v1/attachments/' + encodeURIComponent(id), {
            headers: { Authorization: 'Bearer ' + session.token },
            credentials: 'omit',
            cache: 'no-store',
        }).then((response) => {
            if (!response.ok) throw new Error(String(response.status));
            return response.blob();
        });
    }

    // The file a line carries: a bounded thumbnail for a verified picture, a named link with its size for
    // anything else. Names only ever reach the page as text.
    function renderAttachment(attachment) {
        const box = make('div', 'msg-file');
        const name = String(attachment.name || 'file');
        const label = format(text.openFile, { name: name, size: formatSize(attachment.size) }).replace(' ()', '');
        if (attachment.url) {
            const link = make('a', 'msg-file-link', name);
            if (/^https?:\/\//i.test(String(attachment.url))) link.href = String(attachment.url);
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
            box.appendChild(link);
            return box;
        }
        const id = String(attachment.id || '');
        if (/^image\/(png|jpeg|gif|webp)$/.test(String(attachment.contentType || ''))) {
            const image = make('img');
            image.alt = format(text.imageAlt, { name: name });
            image.width = 220;
            image.height = 165;
            image.decoding = 'async';
            box.appendChild(image);
            fetchAttachment(id).then((blob) => {
                image.src = URL.createObjectURL(blob);
                image.addEventListener('load', () => {
                    image.removeAttribute('width');
                    image.removeAttribute('height');
                }, { once: true });
            }).catch(() => image.remove());
        }
        const link = make('a', 'msg-file-link', name + (attachment.size >= 0 ? ' · ' + formatSize(attachment.size) : ''));
        link.href = '#';
        link.title = label; // the visible text is the accessible name: name and size
        link.addEventListener('click', (event) => {
            event.preventDefault();
            fetchAttachment(id).then((blob) => {
                const a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = name;
                document.body.appendChild(a);
                a.click();
                a.remove();
                window.setTimeout(() => URL.revokeObjectURL(a.href), 10000);
            }).catch(() => {});
        });
        box.appendChild(link);
        return box;
    }

    function showAttachStatus(message, isError) {
        ui.attachStatus.textContent = message;
        ui.attachStatus.classList.toggle('is-error', !!isError);
        ui.attachStatus.hidden = !message;
    }

    // Upload over HTTP with the chat's own token, then the line that carries it over the socket.
    function sendFile(file) {
        if (!file) return;
        const name = file.name || 'file';
        if (file.size > MAX_FILE_BYTES) {
            showAttachStatus(format(text.fileTooLarge, { name: name }), true);
            return;
        }
        if (!session.ready || !session.token || !session.conversationId) {
            showAttachStatus(format(text.uploadFailed, { name: name, reason: text.fileUnreadable }), true);
            return;
        }
        showAttachStatus(format(text.uploading, { name: name }), false);
        const query = '?conversationId=' + encodeURIComponent(session.conversationId) + '&name=' + encodeURIComponent(name);
        fetch('/api/v1/attachments' + query, {
            method: 'POST',
            headers: { Authorization: 'Bearer ' + session.token, 'Content-Type': 'application/octet-stream' },
            body: file,
            credentials: 'omit',
        }).then((response) => response.json().catch(() => ({})).then((body) => ({ response: response, body: body })))
            .then(({ response, body }) => {
                if (!response.ok || !body.attachment) {
                    const reason = body.error && body.error.message ? body.error.message : String(response.status);
                    throw new Error(reason);
                }
                const clientId = 'v_' + Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
                send('message.send', { clientId: clientId, attachmentId: body.attachment.id }, (data) => {
                    showAttachStatus('', false);
                    if (data.message) {
                        addServerMessage(data.message);
                        scrollToBottom();
                    }
                }, (error) => {
                    showAttachStatus(format(text.uploadFailed, { name: name, reason: error.message || text.sendFailed }), true);
                });
            })
            .catch((error) => {
                showAttachStatus(format(text.uploadFailed, { name: name, reason: error.message || text.sendFailed }), true);
            });
    }

    function filesOf(dataTransfer) {
        return dataTransfer && dataTransfer.files ? Array.from(dataTransfer.files) : [];
    }

    function renderSystemLine(lineText, at, kind) {
        const item = make('li', 'msg msg-system');
        item.dataset.group = 'system';
        if (kind) item.dataset.kind = kind;
        const line = make('p', 'msg-system-text', lineText);
        const time = make('time', 'msg-time', formatTime(at));
        time.dateTime = at.toISOString();
        line.appendChild(document.createTextNode(' · '));
        line.appendChild(time);
        item.appendChild(line);
        return item;
    }

    function systemLineMentions(name, depth) {
        return Array.from(ui.list.children).slice(-depth).some((item) => item.classList.contains('msg-system')
            && item.textContent.includes(name));
    }

    // Whether one of the last `depth` lines is a system line saying lineText (ignoring a final full stop).
    function systemLineSaid(lineText, depth, onlyLocal) {
        const wanted = lineText.trim().replace(/[.!]$/, '').toLowerCase();
        const items = Array.from(ui.list.children).slice(-depth);
        return items.some((item) => {
            const candidate = item.classList.contains('msg-system') && (!onlyLocal || item.dataset.kind);
            const line = candidate ? item.querySelector('.msg-system-text') : null;
            const said = line && line.firstChild ? line.firstChild.textContent.trim().replace(/[.!]$/, '') : '';
            return said.toLowerCase() === wanted;
        });
    }

    // A line this page adds itself (agent joined, chat ended, message left); never stored by the router.
    function addLocalLine(lineText, kind) {
        if (systemLineSaid(lineText, 4, false)) return; // the router already said it as a system message
        const stick = isNearBottom();
        insertBeforeUnsent(renderSystemLine(lineText, new Date(), kind));
        if (stick) scrollToBottom();
    }

    // ---- sending ----
    function saveOutbox() {
        const unsent = session.outbox.filter((e) => !e.failedForGood)
            .map((e) => ({ clientId: e.clientId, text: e.text, at: e.at }));
        storageSet(OUTBOX_KEY, unsent.length ? JSON.stringify(unsent) : null);
    }

    function loadOutbox() {
        let saved = [];
        try {
            saved = JSON.parse(storageGet(OUTBOX_KEY) || '[]');
        } catch (e) {
            saved = [];
        }
        if (!Array.isArray(saved)) return;
        for (const item of saved) {
            if (item && typeof item.clientId === 'string' && typeof item.text === 'string') {
                queueMessage(item.text, item.clientId, item.at);
            }
        }
    }

    function queueMessage(messageText, clientId, at) {
        const entry = {
            clientId: clientId || randomId('v_'),
            text: messageText,
            at: at || new Date().toISOString(),
            inFlight: false,
            failedForGood: false,
            element: null,
        };
        entry.element = renderMessage({ author: 'visitor', text: messageText, at: entry.at, clientId: entry.clientId });
        entry.element.classList.add('is-pending');
        setEntryNote(entry, text.sending, false);
        session.outbox.push(entry);
        ui.list.appendChild(entry.element);
        updateGrouping(entry.element);
        return entry;
    }

    function setEntryNote(entry, note, withRetry) {
        const meta = entry.element.querySelector('.msg-meta');
        let noteNode = meta.querySelector('.msg-note');
        if (!noteNode) {
            noteNode = make('span', 'msg-note');
            meta.appendChild(noteNode);
        }
        noteNode.textContent = note;
        let retry = meta.querySelector('.msg-retry');
        if (withRetry && !retry) {
            retry = make('button', 'link-button msg-retry', text.retry);
            retry.type = 'button';
            retry.addEventListener('click', () => {
                entry.element.classList.remove('is-failed');
                setEntryNote(entry, text.sending, false);
                trySend(entry);
            });
            meta.appendChild(retry);
        } else if (!withRetry && retry) {
            retry.remove();
        }
    }

    function trySend(entry) {
        if (!session.ready || entry.inFlight) return; // sent again after the next hello
        entry.inFlight = true;
        send('message.send', { clientId: entry.clientId, text: entry.text },
            (data) => {
                entry.inFlight = false;
                if (data.message && typeof data.message === 'object') {
                    if (data.message.id) session.messageIds.add(data.message.id);
                    acknowledge(entry, data.message);
                } else {
                    acknowledge(entry, {});
                }
            },
            (error) => {
                entry.inFlight = false;
                if (error.code === DISCONNECTED) return; // sent again after the next hello
                const permanent = error.code === 'too_large' || error.code === 'invalid';
                const reason = error.code === 'too_large' ? text.tooLarge
                    : error.code === 'rate_limited' ? text.rateLimited : (error.message || text.sendFailed);
                entry.element.classList.add('is-failed');
                entry.failedForGood = permanent;
                setEntryNote(entry, text.notSent + ' — ' + reason, !permanent);
                saveOutbox();
            });
    }

    function acknowledge(entry, message) {
        const index = session.outbox.indexOf(entry);
        if (index >= 0) session.outbox.splice(index, 1);
        saveOutbox();
        entry.element.classList.remove('is-pending', 'is-failed');
        const meta = entry.element.querySelector('.msg-meta');
        const note = meta.querySelector('.msg-note');
        if (note) note.remove();
        const retry = meta.querySelector('.msg-retry');
        if (retry) retry.remove();
        if (message.id) entry.element.dataset.id = message.id;
        if (message.at) {
            const at = parseTime(message.at);
            const time = meta.querySelector('time');
            time.dateTime = at.toISOString();
            time.textContent = formatTime(at);
        }
    }

    function flushOutbox() {
        for (const entry of session.outbox) {
            if (!entry.failedForGood && !entry.element.classList.contains('is-failed')) trySend(entry);
        }
    }

    function submitComposer() {
        const messageText = ui.input.value.trim();
        if (!messageText || ui.input.disabled) return;
        if (messageText.length > MAX_TEXT) return; // maxlength stops this; pasted text is cut there too
        ui.input.value = '';
        autoGrow();
        stopTyping();
        const entry = queueMessage(messageText);
        saveOutbox();
        scrollToBottom();
        trySend(entry);
        ui.input.focus();
    }

    // ---- typing ----
    function typingMatters() {
        const state = session.conversationState;
        return session.ready && (state === 'assigned' || state === 'waiting' || state === 'offered');
    }

    function onComposerInput() {
        autoGrow();
        if (!typingMatters()) return;
        if (ui.input.value.trim() === '') {
            stopTyping();
            return;
        }
        if (!session.typingSent) {
            session.typingSent = true;
            send('typing', { typing: true });
        }
        window.clearTimeout(session.typingTimer);
        session.typingTimer = window.setTimeout(stopTyping, TYPING_IDLE_MS);
    }

    function stopTyping() {
        window.clearTimeout(session.typingTimer);
        if (!session.typingSent) return;
        session.typingSent = false;
        if (session.ready) send('typing', { typing: false });
    }

    function showAgentTyping(name) {
        const stick = isNearBottom();
        ui.typingText.textContent = format(text.typing, { name: name });
        ui.typingRow.hidden = false;
        if (stick) scrollToBottom();
        window.clearTimeout(session.agentTypingTimer);
        session.agentTypingTimer = window.setTimeout(hideAgentTyping, AGENT_TYPING_TIMEOUT_MS);
    }

    function hideAgentTyping() {
        window.clearTimeout(session.agentTypingTimer);
        ui.typingRow.hidden = true;
    }

    // Two heights (one line, several lines) as classes, so all sizing stays in chat.css.
    function autoGrow() {
        ui.input.classList.remove('is-multiline');
        const overflows = ui.input.scrollHeight > ui.input.clientHeight + 2;
        ui.input.classList.toggle('is-multiline', ui.input.value.includes('\n') || overflows);
    }

    // ---- talk to a person, end, restart ----
    function requestHuman() {
        if (isBusy(ui.humanButton)) return;
        setBusy(ui.humanButton, true);
        send('handoff.request', {}, () => {
            setBusy(ui.humanButton, false);
        }, (error) => {
            setBusy(ui.humanButton, false);
            if (error.code !== DISCONNECTED) addLocalLine(text.handoffFailed, 'error');
        });
    }

    function endChat() {
        if (isBusy(ui.endButton)) return;
        setBusy(ui.endButton, true);
        send('end', {}, () => {
            setBusy(ui.endButton, false);
            onClosed('');
        }, () => {
            setBusy(ui.endButton, false);
        });
    }

    function startNewChat() {
        storageSet(TOKEN_KEY, null);
        session.token = '';
        session.outbox = [];
        saveOutbox();
        session.conversationId = '';
        clearConversationView();
        session.reconnectAttempt = 0;
        dropConnection();
        renderState();
        ui.statusText.textContent = text.connecting;
        connect();
        ui.input.focus();
    }

    // ---- the end of a chat: survey and transcript ----
    function takeTranscriptMailState(data) {
        session.transcriptMail = data.transcriptMail === true;
    }

    function takeSurveyState(data) {
        // A page that has thanked the visitor keeps the thanks; otherwise the router says what to show.
        if (session.survey === 'thanked') return;
        session.survey = data.survey === 'ask' || data.survey === 'answered' ? data.survey : '';
    }

    function submitSurvey(event) {
        event.preventDefault();
        if (isBusy(ui.surveySubmit)) return;
        const chosen = ui.surveyForm.querySelector('input[name="rating"]:checked');
        if (!chosen) {
            ui.surveyError.textContent = text.surveyPick;
            ui.surveyError.hidden = false;
            el('rating-1').focus();
            return;
        }
        const comment = ui.surveyComment.value.trim().slice(0, MAX_SURVEY_COMMENT);
        ui.surveyError.hidden = true;
        setBusy(ui.surveySubmit, true);
        ui.surveySubmit.textContent = text.surveySending;
        const done = () => {
            setBusy(ui.surveySubmit, false);
            ui.surveySubmit.textContent = text.surveySubmit;
        };
        send('survey.submit', { rating: Number(chosen.value), comment: comment }, () => {
            done();
            session.survey = 'thanked';
            renderState();
        }, (error) => {
            done();
            if (error.code === 'conflict') {
                session.survey = 'answered'; // rated already (another tab), or no longer asked
                renderState();
                return;
            }
            ui.surveyError.textContent = error.code === 'invalid' && error.message ? error.message : text.surveyFailed;
            ui.surveyError.hidden = false;
        });
    }

    // Fetches the transcript with this chat's own token and hands it to the browser as a download.
    function downloadTranscript(format, button) {
        if (isBusy(button) || !session.conversationId || !session.token) return;
        setBusy(button, true);
        ui.transcriptError.hidden = true;
        const name = 'chat-' + session.conversationId + '.' + format;
        fetch('/api/v1/transcripts/' + encodeURIComponent(session.conversationId) + '.' + format, {
            headers: { Authorization: 'Bearer ' + session.token },
            cache: 'no-store',
        }).then((response) => {
            if (!response.ok) throw new Error(String(response.status));
            return response.blob();
        }).then((blob) => {
            const link = document.createElement('a');
            link.href = URL.createObjectURL(blob);
            link.download = name;
            document.body.appendChild(link);
            link.click();
            link.remove();
            window.setTimeout(() => URL.revokeObjectURL(link.href), 60000);
        }).catch(() => {
            ui.transcriptError.textContent = text.transcriptFailed;
            ui.transcriptError.hidden = false;
        }).finally(() => setBusy(button, false));
    }

    // ---- the transcript by e-mail ----
    function openTranscriptMailForm() {
        const opening = ui.transcriptMailForm.hidden;
        ui.transcriptMailForm.hidden = !opening;
        ui.transcriptMailOpen.setAttribute('aria-expanded', String(opening));
        if (!opening) return;
        ui.transcriptMailDone.hidden = true;
        setFieldError(ui.transcriptMailAddress, '');
        if (!ui.transcriptMailAddress.value && prefillEmail) ui.transcriptMailAddress.value = prefillEmail;
        ui.transcriptMailAddress.focus();
    }

    function closeTranscriptMailForm() {
        ui.transcriptMailForm.hidden = true;
        ui.transcriptMailOpen.setAttribute('aria-expanded', 'false');
    }

    // The router's own rules (docs/protocol.md, transcript.mail): one address, no commas or spaces, 254 at most.
    function validMailAddress(address) {
        return address.length <= 254 && /^[^\s@,;<>"]+@[^\s@,;<>".]+(\.[^\s@,;<>".]+)+$/.test(address);
    }

    function submitTranscriptMail(event) {
        event.preventDefault();
        if (isBusy(ui.transcriptMailSubmit)) return;
        const address = ui.transcriptMailAddress.value.trim();
        if (!setFieldError(ui.transcriptMailAddress, validMailAddress(address) ? '' : text.mailInvalid)) {
            ui.transcriptMailAddress.focus();
            return;
        }
        setBusy(ui.transcriptMailSubmit, true);
        ui.transcriptMailSubmit.textContent = text.mailSending;
        const done = () => {
            setBusy(ui.transcriptMailSubmit, false);
            ui.transcriptMailSubmit.textContent = text.mailSubmit;
        };
        send('transcript.mail', { address: address }, () => {
            done();
            closeTranscriptMailForm();
            ui.transcriptMailDone.textContent = format(text.mailQueued, { email: address });
            ui.transcriptMailDone.hidden = false;
            // The form is gone: the focus goes back to the button that opened it; the confirmation is announced.
            ui.transcriptMailOpen.focus();
        }, (error) => {
            done();
            let message = text.mailFailed;
            if (error.code === 'invalid') message = text.mailInvalid;
            else if (error.code === 'conflict') message = text.mailTooMany; // three sent already
            else if (error.code === 'rate_limited') message = text.mailRateLimited;
            setFieldError(ui.transcriptMailAddress, message);
            ui.transcriptMailAddress.focus();
        });
    }

    // ---- leave a message ----
    function showLeaveForm(notice) {
        const appearing = ui.leaveForm.hidden;
        session.offline = true;
        ui.leaveNotice.textContent = notice || text.leaveNotice;
        ui.leaveError.hidden = true;
        setBusy(ui.leaveSubmit, false);
        ui.leaveSubmit.textContent = text.leaveSubmit;
        ui.leaveForm.hidden = false;
        renderState();
        ui.leaveForm.scrollIntoView({ block: 'nearest' });
        // The visitor asked for a person and gets a form instead: they land in it. Not when a reloaded
        // page shows it again before the visitor has touched anything.
        const active = document.activeElement;
        if (appearing && session.lastFocused && (!active || active === document.body || ui.chat.contains(active))) {
            ui.leaveName.focus();
        }
    }

    function setFieldError(input, message) {
        const errorNode = el(input.id + '-error');
        errorNode.textContent = message;
        errorNode.hidden = !message;
        if (message) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        return !message;
    }

    function validateLeaveForm() {
        const name = ui.leaveName.value.trim();
        const email = ui.leaveEmail.value.trim();
        const message = ui.leaveText.value.trim();
        const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
        const checks = [
            [ui.leaveName, name ? '' : text.nameRequired],
            [ui.leaveEmail, emailPattern.test(email) ? '' : text.emailInvalid],
            [ui.leaveText, !message ? text.textRequired : message.length > MAX_TEXT ? text.textTooLong : ''],
        ];
        let firstInvalid = null;
        for (const [input, error] of checks) {
            if (!setFieldError(input, error) && !firstInvalid) firstInvalid = input;
        }
        if (firstInvalid) firstInvalid.focus();
        return firstInvalid ? null : { name: name, email: email, text: message };
    }

    function submitLeaveForm(event) {
        event.preventDefault();
        if (isBusy(ui.leaveSubmit)) return;
        const fields = validateLeaveForm();
        if (!fields) return;
        ui.leaveError.hidden = true;
        setBusy(ui.leaveSubmit, true);
        ui.leaveSubmit.textContent = text.leaveSending;
        send('leave_message', fields, () => {
            ui.leaveForm.hidden = true;
            ui.leaveText.value = '';
            addLocalLine(format(text.leaveThanks, { name: fields.name, email: fields.email }), 'thanks');
            scrollToBottom();
        }, (error) => {
            setBusy(ui.leaveSubmit, false);
            ui.leaveSubmit.textContent = text.leaveSubmit;
            ui.leaveError.textContent = error.code === 'invalid' && error.message ? error.message : text.leaveFailed;
            ui.leaveError.hidden = false;
        });
    }

    // ---- wiring ----
    function wire() {
        ui.composer.addEventListener('submit', (event) => {
            event.preventDefault();
            submitComposer();
        });
        ui.input.addEventListener('keydown', (event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                event.preventDefault();
                submitComposer();
            }
        });
        ui.input.addEventListener('input', onComposerInput);
        ui.input.addEventListener('blur', stopTyping);
        // Files: the button, a picture pasted from the clipboard, or files dropped on the chat.
        ui.attachButton.addEventListener('click', () => ui.fileInput.click());
        ui.fileInput.addEventListener('change', () => {
            for (const file of Array.from(ui.fileInput.files || [])) sendFile(file);
            ui.fileInput.value = '';
        });
        ui.input.addEventListener('paste', (event) => {
            const files = filesOf(event.clipboardData);
            if (!files.length) return;
            event.preventDefault();
            for (const file of files) sendFile(file);
        });
        ui.chat.addEventListener('dragover', (event) => {
            if (!event.dataTransfer || !Array.from(event.dataTransfer.types || []).includes('Files')) return;
            event.preventDefault();
            ui.chat.classList.add('is-drop-target');
        });
        ui.chat.addEventListener('dragleave', (event) => {
            if (!ui.chat.contains(event.relatedTarget)) ui.chat.classList.remove('is-drop-target');
        });
        ui.chat.addEventListener('drop', (event) => {
            ui.chat.classList.remove('is-drop-target');
            const files = filesOf(event.dataTransfer);
            if (!files.length) return;
            event.preventDefault();
            if (!ui.attachButton.disabled) for (const file of files) sendFile(file);
        });
        ui.humanButton.addEventListener('click', requestHuman);
        ui.endButton.addEventListener('click', endChat);
        ui.restartButton.addEventListener('click', startNewChat);
        ui.retryButton.addEventListener('click', () => {
            session.reconnectAttempt = Math.max(0, session.reconnectAttempt - 1);
            connect();
        });
        ui.leaveForm.addEventListener('submit', submitLeaveForm);
        ui.surveyForm.addEventListener('submit', submitSurvey);
        ui.surveyForm.addEventListener('change', () => {
            ui.surveyError.hidden = true;
        });
        ui.transcriptText.addEventListener('click', () => downloadTranscript('txt', ui.transcriptText));
        ui.transcriptHtml.addEventListener('click', () => downloadTranscript('html', ui.transcriptHtml));
        ui.transcriptMailOpen.addEventListener('click', openTranscriptMailForm);
        ui.transcriptMailForm.addEventListener('submit', submitTranscriptMail);
        for (const input of [ui.leaveName, ui.leaveEmail, ui.leaveText, ui.transcriptMailAddress]) {
            input.addEventListener('input', () => {
                if (input.getAttribute('aria-invalid') === 'true') setFieldError(input, '');
            });
        }
        document.addEventListener('focusin', (event) => {
            session.lastFocused = event.target;
        });
        // Whatever the page hides or disables, the focus does not fall to <body> (see rescueFocus); the
        // observer runs once the change that caused it is complete.
        new MutationObserver(rescueFocus).observe(ui.chat, {
            subtree: true, childList: true, attributes: true, attributeFilter: ['hidden', 'disabled'],
        });
        // Inside the launcher's panel (embed.js) Escape closes the panel; the launcher gets the focus back.
        if (window.parent !== window) {
            document.addEventListener('keydown', (event) => {
                if (event.key === 'Escape' && !event.isComposing && !event.defaultPrevented) {
                    window.parent.postMessage({ type: 'handoff.chat.close' }, '*');
                }
            });
        }
        window.addEventListener('online', () => {
            if (!session.socket) connect();
        });
        window.addEventListener('storage', (event) => {
            // Another tab started a new chat: follow it, so both tabs show the same conversation.
            if (event.key === TOKEN_KEY && (event.newValue || '') !== session.token && event.newValue) {
                session.token = event.newValue;
                dropConnection();
                connect();
            }
        });
    }

    applyStaticText();
    wire();
    loadOutbox();
    connect();
}());

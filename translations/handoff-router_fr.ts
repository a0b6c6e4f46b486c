<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="71"/>
        <source>no hello in time</source>
        <translation>pas de hello à temps</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="148"/>
        <source>too far behind</source>
        <translation>trop de retard</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="207"/>
        <source>too many frames</source>
        <translation>trop de trames</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="211"/>
        <location filename="../src/server/ClientConnection.cpp" line="219"/>
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Trop de trames ; ralentissez (20 par seconde).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="248"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Les trames binaires ne font pas partie du protocole.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>La trame fait %1 octets et dépasse la limite de %2 octets.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>La trame n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>La trame doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>Le champ « id » doit être une chaîne d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>Le champ « type » est absent ou n&apos;est pas une chaîne courte.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>Le champ « re » doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>Le champ « seq » doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>Le champ « data » doit être un objet.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="56"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Les pages de %1 ne peuvent pas ouvrir de discussion ici.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="192"/>
        <source>The request took too long to arrive.</source>
        <translation>La requête a mis trop de temps à arriver.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="172"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>Le champ &quot;includeHandled&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>Le champ &quot;id&quot; doit être l&apos;identifiant d&apos;un message laissé, p. ex. &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="202"/>
        <source>There is no message %1.</source>
        <translation>Il n&apos;y a pas de message %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="207"/>
        <source>Already handled by %1.</source>
        <translation>Déjà traité par %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="224"/>
        <source>The router could not store that; try again.</source>
        <translation>Le routeur n&apos;a pas pu l&apos;enregistrer ; réessayez.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="41"/>
        <source>line %1: %2: %3</source>
        <translation>ligne %1 : %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="47"/>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="56"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>champ inconnu (attendu : l&apos;un de %1)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="69"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>champ obligatoire « %1 » absent</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="75"/>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="89"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="114"/>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="121"/>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="151"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>doit être un objet avec timeZone, weekly et holidays</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="161"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>fuseau horaire inconnu « %1 » (utilisez un nom IANA comme Europe/Paris)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>doit être un objet avec les jours comme clés, p. ex. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="181"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>jour inconnu (utilisez monday … sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>doit être une liste de plages comme &quot;09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="192"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>doit être une plage &quot;HH:mm-HH:mm&quot;, p. ex. &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="195"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>doit finir après son début (une plage ne peut pas passer minuit ; répartissez-la sur deux jours)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="205"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>doit être une liste de dates &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="211"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>doit être une date &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="230"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="257"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="261"/>
        <source>the configuration must be a JSON object</source>
        <translation>la configuration doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="290"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>stratégie inconnue « %1 » (utilisez &quot;leastBusy&quot; ou &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="299"/>
        <source>must be a non-empty list of queues</source>
        <translation>doit être une liste non vide de files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="307"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="411"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="331"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>identifiant de file d&apos;attente « %1 » en double</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="356"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>doit être un objet avec &quot;queue&quot; et &quot;afterSeconds&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="369"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>champ obligatoire « afterSeconds » absent</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="383"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="398"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="434"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>file d&apos;attente inconnue « %1 »</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="387"/>
        <source>a queue cannot overflow into itself</source>
        <translation>une file d&apos;attente ne peut pas déborder vers elle-même</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="404"/>
        <source>must be a list of rules</source>
        <translation>doit être une liste de règles</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="437"/>
        <source>rule %1</source>
        <translation>règle %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="513"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>Nous sommes fermés pour le moment. Votre message est conservé et nous vous répondrons dès notre retour.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="519"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Personne n&apos;est disponible pour le moment. Laissez-nous un message, ou restez : vous gardez votre place dans la file d&apos;attente.</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="94"/>
        <source>position %1: unterminated string</source>
        <translation>position %1 : chaîne non terminée</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="107"/>
        <source>position %1: unexpected &apos;%2&apos;</source>
        <translation>position %1 : &apos;%2&apos; inattendu</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="123"/>
        <source>position %1: unexpected character &apos;%2&apos;</source>
        <translation>position %1 : caractère inattendu &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="180"/>
        <source>end of condition</source>
        <translation>fin de la condition</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="198"/>
        <source>position %1: expected &apos;and&apos;, &apos;or&apos; or end of condition, found %2</source>
        <translation>position %1 : &apos;and&apos;, &apos;or&apos; ou fin de la condition attendu, trouvé %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="292"/>
        <source>position %1: expected &apos;)&apos; to close &apos;(&apos; at position %2, found %3</source>
        <translation>position %1 : &apos;)&apos; attendu pour fermer &apos;(&apos; de la position %2, trouvé %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="300"/>
        <source>position %1: expected a field name, found %2</source>
        <translation>position %1 : nom de champ attendu, trouvé %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="321"/>
        <source>position %1: expected an operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) after &apos;%2&apos;, found %3</source>
        <translation>position %1 : opérateur (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) attendu après &apos;%2&apos;, trouvé %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="334"/>
        <source>position %1: expected &apos;[&apos; after &apos;in&apos;, found %2</source>
        <translation>position %1 : &apos;[&apos; attendu après &apos;in&apos;, trouvé %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="351"/>
        <source>position %1: expected &apos;,&apos; or &apos;]&apos; in list, found %2</source>
        <translation>position %1 : &apos;,&apos; ou &apos;]&apos; attendu dans la liste, trouvé %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="371"/>
        <source>position %1: expected a value after &apos;%2&apos;, found %3</source>
        <translation>position %1 : valeur attendue après &apos;%2&apos;, trouvé %3</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="20"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>impossible de lire la clé TLS %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="21"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>impossible de lire le certificat TLS %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="83"/>
        <source>the TLS certificate %1 holds no PEM certificate</source>
        <translation>le certificat TLS %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="93"/>
        <source>the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>la clé TLS %1 n&apos;est pas une clé privée PEM (RSA ou EC, sans phrase secrète)</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="107"/>
        <source>the TLS key %1 does not belong to the certificate %2</source>
        <translation>la clé TLS %1 ne correspond pas au certificat %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="110"/>
        <source>the TLS certificate %1 and key %2 do not work: %3</source>
        <translation>le certificat TLS %1 et la clé %2 ne fonctionnent pas : %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="64"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="75"/>
        <source>cannot set up %1: %2</source>
        <translation>impossible de préparer %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <location filename="../src/store/StoreFactory.cpp" line="40"/>
        <source>no database given</source>
        <translation>aucune base de données indiquée</translation>
    </message>
</context>
<context>
    <name>StoreNotifier</name>
    <message>
        <location filename="../src/store/StoreNotifier.cpp" line="31"/>
        <source>cannot listen for changes on %1: %2</source>
        <translation>impossible de suivre les changements de %1 : %2</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Pas de traduction pour la langue « %1 » ; l&apos;anglais est utilisé.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::BotConversation</name>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="221"/>
        <source>Let me connect you with someone who can help.</source>
        <translation>Je vous mets en relation avec quelqu&apos;un qui pourra vous aider.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="317"/>
        <source>The bot did not understand the visitor&apos;s message.</source>
        <translation>Le bot n&apos;a pas compris le message du visiteur.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="318"/>
        <source>The bot did not understand %1 messages in a row.</source>
        <translation>Le bot n&apos;a pas compris %1 messages d&apos;affilée.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="343"/>
        <location filename="../src/bot/BotConversation.cpp" line="474"/>
        <source>The visitor asked for a person.</source>
        <translation>Le visiteur a demandé à parler à un agent.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="352"/>
        <source>The visitor seemed frustrated (&quot;%1&quot;).</source>
        <translation>Le visiteur semblait frustré (« %1 »).</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="424"/>
        <source>Sorry, I didn&apos;t understand that.</source>
        <translation>Désolé, je n&apos;ai pas compris.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::DemoOrderDirectory</name>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="22"/>
        <source>Shipped on 18 November; it should arrive within 2 working days.</source>
        <translation>Expédiée le 18 novembre ; elle devrait arriver sous 2 jours ouvrés.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="26"/>
        <source>Being prepared in our warehouse; it will ship within 24 hours.</source>
        <translation>En préparation dans notre entrepôt ; elle sera expédiée sous 24 heures.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="30"/>
        <source>Delivered on 20 November.</source>
        <translation>Livrée le 20 novembre.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="33"/>
        <source>Cancelled at your request; the refund was issued on 21 November.</source>
        <translation>Annulée à votre demande ; le remboursement a été émis le 21 novembre.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="37"/>
        <source>Waiting for payment.</source>
        <translation>En attente de paiement.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="39"/>
        <source>Returned; the refund is being processed.</source>
        <translation>Retournée ; le remboursement est en cours.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::ExternalHandoff</name>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="46"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="132"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; contient un champ sans nom.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="134"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; contient un nom de champ de plus de %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="136"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; n&apos;a pas de valeur pour le champ &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="142"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Le champ &quot;%1&quot; de &quot;%2&quot; dépasse %3 caractères.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="145"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; a plus de %2 champs.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="185"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>&quot;reason&quot; est absent : dites en une phrase pourquoi la conversation a besoin d&apos;un humain.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="194"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; doit valoir &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; ou &quot;external&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="218"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; doit être un objet comme {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="227"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="245"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; doit être un objet avec une chaîne &quot;name&quot; et une &quot;value&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="253"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; doit être un objet de noms et de valeurs, ou un tableau de {&quot;name&quot;, &quot;value&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="261"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; doit être un tableau de {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="264"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; contient plus de %1 messages.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; doit être un objet.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="277"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; doit valoir &quot;user&quot; ou &quot;bot&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="280"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="283"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="288"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; doit être une heure ISO 8601 comme &quot;2026-11-25T09:30:00Z&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="311"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; ne contient aucun événement nommé &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="314"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; doit valoir &quot;event&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="316"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; doit valoir &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="320"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; doit être un objet contenant le contexte du transfert (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="341"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; dépasse %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="357"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; doit être un tableau de chaînes.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="386"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>&quot;value.va_ConversationId&quot; est absent (et l&apos;activité n&apos;a pas de &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="390"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; doit être un objet (une référence de conversation).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="398"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>Le bot Copilot Studio a transmis la conversation : « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="400"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>Le bot Copilot Studio a transmis la conversation depuis le sujet « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="402"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>Le bot Copilot Studio a transmis la conversation.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="422"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; doit être un tableau.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="431"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; du Transcript doit valoir &quot;application/json&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="439"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; doit être un tableau d&apos;activités.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="443"/>
        <source>&quot;%1.content.activities&quot; has more than %2 activities.</source>
        <translation>&quot;%1.content.activities&quot; contient plus de %2 activités.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::TopicSet</name>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="59"/>
        <source>%1 is missing.</source>
        <translation>%1 est absent.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="64"/>
        <location filename="../src/bot/TopicSet.cpp" line="71"/>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="74"/>
        <source>%1[%2] must be a non-empty string.</source>
        <translation>%1[%2] doit être une chaîne non vide.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="79"/>
        <source>%1 must be a string or an array of strings.</source>
        <translation>%1 doit être une chaîne ou un tableau de chaînes.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="87"/>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>%1 : &quot;%2&quot; est absent.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="91"/>
        <source>%1 &quot;%2&quot; must be a string.</source>
        <translation>%1 : &quot;%2&quot; doit être une chaîne.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="102"/>
        <source>%1 &quot;%2&quot; must be true or false.</source>
        <translation>%1 : &quot;%2&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 n&apos;est pas une expression régulière valide : %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="121"/>
        <source>slot &quot;%1&quot;</source>
        <translation>slot « %1 »</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="125"/>
        <source>%1: a slot name is lower-case words joined by dots, e.g. &quot;order.number&quot;.</source>
        <translation>%1 : un nom de slot est fait de mots en minuscules reliés par des points, p. ex. &quot;order.number&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="127"/>
        <location filename="../src/bot/TopicSet.cpp" line="200"/>
        <location filename="../src/bot/TopicSet.cpp" line="208"/>
        <location filename="../src/bot/TopicSet.cpp" line="234"/>
        <location filename="../src/bot/TopicSet.cpp" line="248"/>
        <location filename="../src/bot/TopicSet.cpp" line="318"/>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="139"/>
        <source>%1 &quot;rejectWords&quot;</source>
        <translation>Le champ &quot;rejectWords&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="144"/>
        <source>%1 &quot;transform&quot; must be &quot;upper&quot;, &quot;lower&quot; or &quot;title&quot;.</source>
        <translation>%1 : &quot;transform&quot; doit valoir &quot;upper&quot;, &quot;lower&quot; ou &quot;title&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="145"/>
        <source>%1 &quot;pattern&quot;</source>
        <translation>Le champ &quot;pattern&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="148"/>
        <source>%1 &quot;extract&quot;</source>
        <translation>Le champ &quot;extract&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="305"/>
        <source>%1 uses the placeholder {%2}, which no slot or action of this topic fills.</source>
        <translation>%1 utilise la variable {%2}, qu&apos;aucun slot ni aucune action de ce sujet ne remplit.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="316"/>
        <source>topics[%1]</source>
        <translation>topics[%1]</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="325"/>
        <source>%1 &quot;id&quot; must be lower-case letters, digits and dashes, e.g. &quot;order-status&quot;.</source>
        <translation>%1 : &quot;id&quot; ne doit contenir que des minuscules, des chiffres et des tirets, p. ex. &quot;order-status&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="327"/>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1 : l&apos;id &quot;%2&quot; est utilisé deux fois.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="329"/>
        <location filename="../src/bot/TopicSet.cpp" line="446"/>
        <source>topic &quot;%1&quot;</source>
        <translation>sujet « %1 »</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="336"/>
        <source>%1 &quot;triggers&quot;</source>
        <translation>Le champ &quot;triggers&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="184"/>
        <source>%1: the trigger &quot;%2&quot; has no words.</source>
        <translation>%1 : le déclencheur &quot;%2&quot; ne contient aucun mot.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="159"/>
        <source>%1 has the key &quot;%2&quot;, which a translation cannot give; it may give: %3.</source>
        <translation>%1 contient la clé &quot;%2&quot;, qu&apos;une traduction ne peut pas donner ; elle peut donner : %3.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="205"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas un code de langue comme &quot;de&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="242"/>
        <source>%1 names the slot &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 nomme le slot &quot;%2&quot;, qui n&apos;est pas défini sous &quot;slots&quot; en tête du fichier.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="340"/>
        <source>%1 &quot;intro&quot;</source>
        <translation>Le champ &quot;intro&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="341"/>
        <source>%1 &quot;again&quot;</source>
        <translation>Le champ &quot;again&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="342"/>
        <source>%1 &quot;answer&quot;</source>
        <translation>Le champ &quot;answer&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="343"/>
        <source>%1 &quot;failureAnswer&quot;</source>
        <translation>Le champ &quot;failureAnswer&quot; du %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="349"/>
        <location filename="../src/bot/TopicSet.cpp" line="352"/>
        <source>%1 &quot;slots&quot; must be an array of slot names.</source>
        <translation>%1 : &quot;slots&quot; doit être un tableau de noms de slots.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="354"/>
        <source>%1 &quot;slots&quot; names &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 : &quot;slots&quot; nomme &quot;%2&quot;, qui n&apos;est pas défini sous &quot;slots&quot; en tête du fichier.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="366"/>
        <source>%1 &quot;action&quot; must be one of: %2.</source>
        <translation>%1 : &quot;action&quot; doit valoir l&apos;une de ces valeurs : %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="368"/>
        <source>%1: the action &quot;lookupOrder&quot; needs &quot;order.number&quot; in &quot;slots&quot;.</source>
        <translation>%1 : l&apos;action &quot;lookupOrder&quot; a besoin de &quot;order.number&quot; dans &quot;slots&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="370"/>
        <source>%1 has an action, so it needs a &quot;failureAnswer&quot;.</source>
        <translation>%1 a une action, il lui faut donc une &quot;failureAnswer&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="375"/>
        <source>%1 hands off, so it needs a &quot;handoffReason&quot;.</source>
        <translation>%1 transmet à un humain, il lui faut donc un &quot;handoffReason&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="384"/>
        <source>The topic file is not valid JSON: %1 at offset %2.</source>
        <translation>Le fichier de sujets n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="388"/>
        <source>The topic file must be a JSON object.</source>
        <translation>Le fichier de sujets doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="392"/>
        <source>The topic file</source>
        <translation>Le fichier de sujets</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="394"/>
        <source>The topic file&apos;s &quot;version&quot; must be 1.</source>
        <translation>Le champ &quot;version&quot; du fichier de sujets doit valoir 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="398"/>
        <source>Handoff Assistant</source>
        <translation>Assistant Handoff</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="402"/>
        <source>The topic file&apos;s &quot;fallback&quot;</source>
        <translation>Le champ &quot;fallback&quot; du fichier de sujets</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="404"/>
        <source>The topic file&apos;s &quot;declinePhrases&quot;</source>
        <translation>Le champ &quot;declinePhrases&quot; du fichier de sujets</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="410"/>
        <source>The topic file&apos;s &quot;matchThreshold&quot; must be a number above 0 and at most 1.</source>
        <translation>Le champ &quot;matchThreshold&quot; du fichier de sujets doit être un nombre supérieur à 0 et au plus égal à 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="417"/>
        <source>The topic file&apos;s &quot;slots&quot; must be an object of slot definitions.</source>
        <translation>Le champ &quot;slots&quot; du fichier de sujets doit être un objet de définitions de slots.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="429"/>
        <source>The topic file needs a non-empty &quot;topics&quot; array.</source>
        <translation>Le fichier de sujets doit avoir un tableau &quot;topics&quot; non vide.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="453"/>
        <source>The topic file&apos;s &quot;startTopic&quot; names &quot;%1&quot;, which is not a topic.</source>
        <translation>Le champ &quot;startTopic&quot; du fichier de sujets nomme &quot;%1&quot;, qui n&apos;est pas un sujet.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="514"/>
        <source>Cannot read the topic file %1: %2.</source>
        <translation>Impossible de lire le fichier de sujets %1 : %2.</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterCommandLine</name>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="163"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>« %1 » n&apos;est pas de la forme JOURS HEURE-HEURE, p. ex. &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="177"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>le mot de passe doit faire au moins %1 caractères ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="232"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>impossible de restreindre les permissions de %1 (actuellement %2) : %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="237"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>permissions de %1 restreintes de %2 à %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Adresse et port d&apos;écoute (par défaut 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Dossier de la base de données (par défaut : les données d&apos;application de l&apos;utilisateur).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="278"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Base de données à la place de handoff.db dans le dossier de données : une URL PostgreSQL (postgres://USER:PASSWORD@HOST:PORT/DB), des mots-clés libpq (&quot;host=H dbname=D&quot;) ou sqlite:FICHIER.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve : certificat PEM (avec sa chaîne) pour servir https et wss sur le même port.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve : clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>Fichier de configuration JSON (voir docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add : agent ou supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="286"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd : le mot de passe (lu sur l&apos;entrée standard s&apos;il est absent).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>PASSWORD</source>
        <translation>MOT_DE_PASSE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>user add: the name visitors see.</source>
        <translation>user add : le nom que voient les visiteurs.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add : compétences séparées par des virgules, p. ex. billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add : chats simultanés (3 par défaut).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="317"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="323"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>queue add: the queue&apos;s name as agents see it.</source>
        <translation>queue add : le nom de la file d&apos;attente tel que le voient les agents.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add : priorité de -1000 à 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add : fuseau horaire de --hours, p. ex. Europe/Paris (UTC par défaut).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>TZ</source>
        <translation>FH</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add : horaires d&apos;ouverture, p. ex. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>HOURS</source>
        <translation>HORAIRES</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="299"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add : file d&apos;attente qui reprend les chats en attente (avec --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="300"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>QUEUE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <source>queue add: seconds of waiting before --overflow.</source>
        <translation>queue add : secondes d&apos;attente avant --overflow.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="312"/>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="304"/>
        <source>queue add/set: what visitors read when the queue is closed (empty: the built-in text).</source>
        <translation>queue add/set : ce que lisent les visiteurs quand la file d&apos;attente est fermée (vide : le texte intégré).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="305"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="308"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="307"/>
        <source>queue add/set: what visitors read when no agent is signed in (empty: the built-in text).</source>
        <translation>queue add/set : ce que lisent les visiteurs quand aucun agent n&apos;est connecté (vide : le texte intégré).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="310"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set : secondes d&apos;attente sans réponse avant que le formulaire de message soit proposé au visiteur (300 par défaut, 0 = jamais).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="313"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add : la condition, p. ex. &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="314"/>
        <source>CONDITION</source>
        <translation>CONDITION</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add : la file d&apos;attente vers laquelle la règle envoie les chats.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="316"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add : rang dans la liste des règles, à partir de 1 (par défaut : en dernier).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>webhook add: the events the endpoint gets, comma-separated (default: all).</source>
        <translation>webhook add : les événements que reçoit la destination, séparés par des virgules (par défaut : tous).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>webhook add: the signing secret (default: a new random one, printed once).</source>
        <translation>webhook add : le secret de signature (par défaut : un nouveau, aléatoire, affiché une fois).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="322"/>
        <source>webhook log: how many deliveries, newest first (default 50).</source>
        <translation>webhook log : combien d&apos;envois, les plus récents d&apos;abord (par défaut 50).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="324"/>
        <source>report: the contact-centre KPIs (see docs/supervisor.md).</source>
        <translation>report : les KPI du centre de contact (voir docs/supervisor.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <source>report: the first day, YYYY-MM-DD (default today).</source>
        <translation>report : le premier jour, YYYY-MM-DD (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="327"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="326"/>
        <source>report: the last day, YYYY-MM-DD (default the first day).</source>
        <translation>report : le dernier jour, YYYY-MM-DD (par défaut le premier).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="328"/>
        <source>report: print JSON instead of a table.</source>
        <translation>report : afficher du JSON au lieu d&apos;un tableau.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="330"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Langue des messages, p. ex. fr ou en (par défaut : la variable d&apos;environnement HANDOFF_LANGUAGE, sinon la langue du système).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="332"/>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="334"/>
        <source>Handoff router: serves the web chat, runs the bot and routes conversations to agents.

Commands:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https and wss instead of http and ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        create an API token for an external bot (printed once)
  webhook add URL [--events a,b] [--secret S]   send signed events to URL
  webhook list | remove ID | log [--limit N]
  demo                  add demo agents, canned responses and an API token
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [the options of queue add]   change a queue; only the options given change
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  validate a routing file (default: routing.json in the data directory)
  report --kpi [--from DATE] [--to DATE] [--json]   KPIs per queue and agent, days in the router&apos;s time zone
queue and rule edit routing.json in the data directory; a running router reads it again on SIGHUP.</source>
        <translation>Routeur Handoff : sert le chat web, fait tourner le bot et achemine les conversations vers les agents.

Commandes :
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https et wss au lieu de http et ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        créer un jeton d&apos;API pour un bot externe (affiché une seule fois)
  webhook add URL [--events a,b] [--secret S]   envoyer des événements signés à URL
  webhook list | remove ID | log [--limit N]
  demo                  ajouter des agents, des réponses prédéfinies et un jeton d&apos;API de démonstration
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [les options de queue add]   modifier une file d&apos;attente ; seules les options indiquées changent
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  valider un fichier de routage (par défaut : routing.json dans le dossier de données)
  report --kpi [--from DATE] [--to DATE] [--json]   KPI par file et par agent, jours dans le fuseau horaire du routeur
queue et rule modifient routing.json dans le dossier de données ; un routeur en marche le relit sur SIGHUP.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="367"/>
        <source>serve, user, token, webhook, demo, queue, rule, routing or report.</source>
        <translation>serve, user, token, webhook, demo, queue, rule, routing ou report.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="444"/>
        <source>no command given; try --help</source>
        <translation>aucune commande indiquée ; essayez --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="445"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>commande inconnue « %1 » ; essayez --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="456"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>pas de dossier de données : indiquez --data-dir DOSSIER</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="466"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>Le dossier de données %1 appartient à l&apos;utilisateur %2 ; lancez cette commande en tant que cet utilisateur : sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="475"/>
        <source>cannot create data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="483"/>
        <source>data directory %1 is not writable</source>
        <translation>le dossier de données %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="536"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>utilisation : user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="543"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>le nom d&apos;utilisateur « %1 » doit compter de 1 à 64 lettres, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="546"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="776"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role doit valoir agent ou supervisor</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="555"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="783"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity doit être un nombre de 1 à 50</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="558"/>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="566"/>
        <source>user %1 exists already</source>
        <translation>l&apos;utilisateur %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="568"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>cannot add user %1: %2</source>
        <translation>impossible d&apos;ajouter l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>Added %1 %2.</source>
        <translation>%1 %2 ajouté.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="589"/>
        <source>usage: user passwd NAME [--password P]</source>
        <translation>utilisation : user passwd NAME [--password P]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="595"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="772"/>
        <source>there is no user %1</source>
        <translation>il n&apos;y a pas d&apos;utilisateur %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>New password: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="601"/>
        <source>cannot change the password: %1</source>
        <translation>impossible de changer le mot de passe : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Mot de passe de %1 changé ; ses desks doivent se reconnecter.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>usage: token add NAME</source>
        <translation>utilisation : token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="617"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>impossible d&apos;ajouter le jeton d&apos;API %1 (le nom est-il déjà pris ?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>Jeton d&apos;API %1 créé ; il n&apos;est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="627"/>
        <source>usage: webhook add URL [--events a,b] [--secret SECRET]</source>
        <translation>usage : webhook add URL [--events a,b] [--secret SECRET]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="636"/>
        <source>there is no event %1; the events are: %2</source>
        <translation>il n&apos;y a pas d&apos;événement %1 ; les événements sont : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="643"/>
        <source>the secret must have at least 16 characters</source>
        <translation>le secret doit comporter au moins 16 caractères</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="651"/>
        <source>cannot add the webhook: %1</source>
        <translation>impossible d&apos;ajouter le webhook : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="655"/>
        <source>Signing secret (shown only this once): %1</source>
        <translation>Secret de signature (affiché cette seule fois) : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="656"/>
        <source>Webhook %1 added; running routers use it within 10 seconds.</source>
        <translation>Webhook %1 ajouté ; les routeurs en service l&apos;utilisent d&apos;ici 10 secondes.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="668"/>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="675"/>
        <source>usage: webhook remove ID</source>
        <translation>usage : webhook remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="681"/>
        <source>there is no webhook %1</source>
        <translation>il n&apos;y a pas de webhook %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="683"/>
        <source>Webhook %1 removed; deliveries already queued for it are still sent.</source>
        <translation>Webhook %1 supprimé ; les envois déjà en file pour lui partent quand même.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="693"/>
        <source>--limit must be 1 to 10000</source>
        <translation>--limit doit être compris entre 1 et 10000</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="699"/>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="700"/>
        <source>given up</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="701"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="725"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>L&apos;utilisateur %1 existe déjà ; il reste tel quel.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="732"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>%1 %2 ajouté (mot de passe « demo »).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="737"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Bonjour {visitor.name}, je suis {agent.name}. Que puis-je faire pour vous ?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Order status</source>
        <translation>État de la commande</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="739"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Je regarde la commande {order.number} tout de suite, un instant s&apos;il vous plaît.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Refund started</source>
        <translation>Remboursement lancé</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="741"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>J&apos;ai lancé le remboursement de la commande {order.number} ; vous le recevrez sous 5 jours ouvrés.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="744"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Merci d&apos;avoir discuté avec nous, {visitor.name}. Bonne journée !</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="748"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 réponses prédéfinies partagées ajoutées.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="752"/>
        <source>cannot add the demo API token: %1</source>
        <translation>impossible d&apos;ajouter le jeton d&apos;API de démonstration : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 escalades passées ajoutées pour le rapport des superviseurs.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="755"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Jeton d&apos;API de démonstration (affiché une seule fois) : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="762"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>utilisation : user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="765"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set : rien à changer ; indiquez --skills, --capacity, --role ou --display-name</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="788"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="794"/>
        <source>cannot change user %1: %2</source>
        <translation>impossible de modifier l&apos;utilisateur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>%1 %2 modifié : compétences %3, capacité %4. Ses desks verront le changement à leur prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="798"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Un routeur en marche le relit sur SIGHUP (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>always open</source>
        <translation>toujours ouverte</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="861"/>
        <source>overflow to %1 after %2 s</source>
        <translation>débordement vers %1 après %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="865"/>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="870"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 n&apos;existe pas encore ; voici les valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="877"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow et --after vont ensemble</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="888"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="1055"/>
        <source>--priority must be a whole number</source>
        <translation>--priority doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="894"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone nécessite --hours, p. ex. --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="901"/>
        <source>--hours: %1</source>
        <translation>--hours : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="914"/>
        <source>--after must be a number of seconds</source>
        <translation>--after doit être un nombre de secondes</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="930"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 dépasse 1000 caractères</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after doit être un nombre de secondes (0 = jamais)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="954"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>utilisation : queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="963"/>
        <source>queue %1 exists already</source>
        <translation>la file d&apos;attente %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="970"/>
        <source>Added queue %1 to %2.</source>
        <translation>File d&apos;attente %1 ajoutée à %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="976"/>
        <source>usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>utilisation : queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="986"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>there is no queue %1</source>
        <translation>il n&apos;y a pas de file d&apos;attente %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>Changed queue %1 in %2.</source>
        <translation>File d&apos;attente %1 modifiée dans %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="997"/>
        <source>usage: queue remove ID</source>
        <translation>utilisation : queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>Removed queue %1 from %2.</source>
        <translation>File d&apos;attente %1 retirée de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1039"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>utilisation : rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1046"/>
        <source>rule %1 exists already</source>
        <translation>la règle %1 existe déjà</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1065"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position doit être un nombre de 1 à %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1071"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Règle %1 ajoutée en position %2 sur %3.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1076"/>
        <source>usage: rule remove NAME</source>
        <translation>utilisation : rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>there is no rule %1</source>
        <translation>il n&apos;y a pas de règle %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Règle %1 retirée de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1089"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 est valide. Files d&apos;attente : %2 ; règles : %3 ; file d&apos;attente par défaut : %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>report: say which report: --kpi</source>
        <translation>report : indiquez quel rapport : --kpi</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>cannot read the report: %1</source>
        <translation>impossible de lire le rapport : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1165"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen « %1 » n&apos;est pas de la forme ADRESSE:PORT, p. ex. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1175"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert et --tls-key vont ensemble : indiquez les deux fichiers ou aucun</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1208"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>routage depuis %1 (files d&apos;attente : %2, règles : %3)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1224"/>
        <source>transcripts by e-mail through %1</source>
        <translation>transcriptions par e-mail via %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1233"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1276"/>
        <source>cannot restore open conversations: %1</source>
        <translation>impossible de rétablir les conversations ouvertes : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1287"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS : https et wss servis avec le certificat de %1, valable jusqu&apos;au %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1291"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>attention : le certificat TLS a expiré le %1 ; les navigateurs et les desks le refusent. Installez-en un nouveau et redémarrez le routeur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1295"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>attention : le certificat TLS expire le %1, dans %n jour. Installez-en un nouveau et redémarrez le routeur.</numerusform>
            <numerusform>attention : le certificat TLS expire le %1, dans %n jours. Installez-en un nouveau et redémarrez le routeur.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1302"/>
        <source>cannot watch signals: %1</source>
        <translation>impossible de surveiller les signaux : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1304"/>
        <source>shutting down</source>
        <translation>arrêt en cours</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1314"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP : configuration non rechargée, l&apos;ancienne reste en place : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1322"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP : routage non rechargé, l&apos;ancien reste en place : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1327"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP : routage rechargé</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1329"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 à l&apos;écoute sur %2, données dans %3 (schéma %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1337"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="271"/>
        <source>%1: cannot read: %2</source>
        <translation>%1 : illisible : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="277"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1 : ligne %2 : champ %3 : %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="283"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1 : ligne %2 : JSON non valide : %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="290"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1 : ligne 1 : la configuration doit être un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="211"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="302"/>
        <source>unknown field (known: %1)</source>
        <translation>champ inconnu (connus : %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="109"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>doit être un objet tel que {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="121"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>doit indiquer l&apos;émetteur des jetons (leur &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="129"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>doit indiquer l&apos;audience (&quot;aud&quot;) pour laquelle le site émet des jetons</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>doit être une adresse https (http seulement sur cette machine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="143"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>exige exactement un de &quot;keyFile&quot; et &quot;jwksUrl&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="167"/>
        <source>may name at most %1 claims</source>
        <translation>peut indiquer au plus %1 claims</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="170"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de claim</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="185"/>
        <source>must be an object such as {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</source>
        <translation>doit être un objet comme {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="217"/>
        <source>must be one line of text</source>
        <translation>doit être une ligne de texte</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="236"/>
        <source>must be an smtp:// or smtps:// address with a host</source>
        <translation>doit être une adresse smtp:// ou smtps:// avec un hôte</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="241"/>
        <source>may be false only for a server on this machine (127.0.0.1, ::1 or localhost)</source>
        <translation>ne peut être false que pour un serveur sur cette machine (127.0.0.1, ::1 ou localhost)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="246"/>
        <source>must be an e-mail address such as chat@shop.example</source>
        <translation>doit être une adresse e-mail comme chat@shop.example</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="252"/>
        <source>needs at most one of &quot;password&quot; and &quot;passwordFile&quot;</source>
        <translation>accepte au plus l&apos;un de « password » et « passwordFile »</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="308"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>doit être une chaîne comme &quot;127.0.0.1:8080&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="313"/>
        <source>must be a directory path</source>
        <translation>doit être un chemin de dossier</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>doit être une URL PostgreSQL comme &quot;postgres://handoff@db/handoff&quot; ou &quot;sqlite:FICHIER&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="329"/>
        <source>must be an object such as {&quot;maxAttempts&quot;: 12}</source>
        <translation>doit être un objet comme {&quot;maxAttempts&quot;: 12}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="346"/>
        <source>unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</source>
        <translation>champ inconnu (connus : maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="357"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>doit être un nombre de secondes de 0 à 3600</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="366"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>doit être une liste d&apos;origines comme &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="373"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>« %1 » n&apos;est pas une origine comme &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="380"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>doit être un secret d’au moins 16 caractères, sans espace</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="386"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>doit être un objet comme {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="404"/>
        <source>unknown limit</source>
        <translation>limite inconnue</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="156"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="230"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="408"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="465"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="415"/>
        <source>must be an object such as {&quot;maxMegabytes&quot;: 10}</source>
        <translation>doit être un objet tel que {&quot;maxMegabytes&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="443"/>
        <source>must be clamd&apos;s Unix socket (an absolute path) or HOST:PORT</source>
        <translation>doit être le socket Unix de clamd (un chemin absolu) ou HÔTE:PORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="449"/>
        <source>must be a directory (relative to the configuration file)</source>
        <translation>doit être un répertoire (relatif au fichier de configuration)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="161"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="223"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="455"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="462"/>
        <source>unknown setting</source>
        <translation>réglage inconnu</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="259"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="485"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="504"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>doit être un objet (la configuration du routage) ou un nom de fichier</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="518"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>doit être un objet comme {&quot;cert&quot;: &quot;FICHIER&quot;, &quot;key&quot;: &quot;FICHIER&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="522"/>
        <source>unknown field (known: cert, key)</source>
        <translation>champ inconnu (connus : cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="132"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="526"/>
        <source>must be the path of a PEM file</source>
        <translation>doit être le chemin d&apos;un fichier PEM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="534"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="540"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>champ inconnu (connus : name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="544"/>
        <source>must be a number from 1 to 20</source>
        <translation>doit être un nombre de 1 à 20</translation>
    </message>
</context>
<context>
    <name>handoff::router::RoutingFile</name>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="45"/>
        <location filename="../src/router/RoutingFile.cpp" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="58"/>
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="70"/>
        <source>not changed, the result would be invalid: %1</source>
        <translation>non modifié, le résultat serait invalide : %1</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::AttachmentService</name>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="152"/>
        <source>The file cannot be stored now: %1</source>
        <translation>Le fichier ne peut pas être enregistré pour l’instant : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="159"/>
        <source>The file took longer than %n second(s) to arrive.</source>
        <translation>
            <numerusform>Le fichier a mis plus de %n seconde à arriver.</numerusform>
            <numerusform>Le fichier a mis plus de %n secondes à arriver.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="191"/>
        <location filename="../src/server/AttachmentService.cpp" line="282"/>
        <source>The file cannot be stored: %1</source>
        <translation>Le fichier ne peut pas être enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="207"/>
        <source>&quot;%1&quot; is not a file of an accepted type (%2). The type is judged from the file&apos;s content, not its name.</source>
        <translation>« %1 » n’est pas un fichier d’un type accepté (%2). Le type est déterminé par le contenu du fichier, pas par son nom.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="215"/>
        <source>&quot;%1&quot; is named as a %2 file, but its content is %3. Send it with a name that fits.</source>
        <translation>« %1 » porte le nom d’un fichier %2, mais son contenu est %3. Envoyez-le avec un nom qui lui correspond.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="239"/>
        <source>&quot;%1&quot; was refused: the virus scanner found %2 in it.</source>
        <translation>« %1 » a été refusé : l’antivirus y a trouvé %2.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="246"/>
        <source>The file cannot be checked for viruses now (%1); send it again later.</source>
        <translation>Le fichier ne peut pas être analysé pour l’instant (%1) ; renvoyez-le plus tard.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="300"/>
        <source>The file could not be recorded; send it again.</source>
        <translation>Le fichier n’a pas pu être enregistré ; renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="367"/>
        <source>Send the chat&apos;s token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envoyez le jeton de la discussion sous la forme &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="368"/>
        <source>The token is not known or has expired.</source>
        <translation>Le jeton est inconnu ou a expiré.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="392"/>
        <source>Send the file with a Content-Length.</source>
        <translation>Envoyez le fichier avec un Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="394"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="397"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1 Mo.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="399"/>
        <source>The router is receiving too many files at once; try again shortly.</source>
        <translation>Le routeur reçoit trop de fichiers à la fois ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="402"/>
        <source>The router&apos;s disk is almost full; files cannot be received now.</source>
        <translation>Le disque du routeur est presque plein ; les fichiers ne peuvent pas être reçus pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="405"/>
        <source>Wait until the file being sent has arrived.</source>
        <translation>Attendez que le fichier en cours d’envoi soit arrivé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="413"/>
        <source>At most %n file(s) a minute may be sent in a chat.</source>
        <translation>
            <numerusform>Au plus %n fichier par minute peut être envoyé dans une discussion.</numerusform>
            <numerusform>Au plus %n fichiers par minute peuvent être envoyés dans une discussion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="416"/>
        <source>At most %n file(s) may be sent in one chat.</source>
        <translation>
            <numerusform>Au plus %n fichier peut être envoyé dans une discussion.</numerusform>
            <numerusform>Au plus %n fichiers peuvent être envoyés dans une discussion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="418"/>
        <source>The files of one chat may not exceed %1 MB together.</source>
        <translation>Les fichiers d’une discussion ne peuvent pas dépasser %1 Mo au total.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="471"/>
        <source>You may not send files into this chat.</source>
        <translation>Vous ne pouvez pas envoyer de fichiers dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use POST to send a file.</source>
        <translation>Utilisez POST pour envoyer un fichier.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="501"/>
        <source>Too many files are being fetched at once; try again shortly.</source>
        <translation>Trop de fichiers sont récupérés en même temps ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="509"/>
        <source>There is no file %1 for you.</source>
        <translation>Il n’y a pas de fichier %1 pour vous.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="555"/>
        <source>The file %1 is no longer kept.</source>
        <translation>Le fichier %1 n’est plus conservé.</translation>
    </message>
</context>
<context>
    <name>handoff::server::ClamdScanner</name>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="29"/>
        <source>the virus scanner cannot be reached: %1</source>
        <translation>l’antivirus est injoignable : %1</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="44"/>
        <source>the virus scanner did not answer in time</source>
        <translation>l’antivirus n’a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="89"/>
        <source>the virus scanner&apos;s answer is too long</source>
        <translation>la réponse de l’antivirus est trop longue</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="103"/>
        <source>the virus scanner answered: %1</source>
        <translation>l’antivirus a répondu : %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="31"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>Nous sommes fermés pour le moment. Laissez-nous un message et nous vous répondrons.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="35"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Personne n&apos;est disponible pour le moment. Laissez-nous un message, ou restez : vous gardez votre place dans la file d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="42"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Désolés, personne n&apos;a encore pu vous répondre. Laissez-nous un message et nous vous répondrons, ou continuez d&apos;attendre : vous gardez votre place dans la file d&apos;attente.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="80"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>La discussion ne peut pas commencer pour le moment ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="82"/>
        <source>store failure</source>
        <translation>erreur de stockage</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="243"/>
        <source>The visitor ended the chat.</source>
        <translation>Le visiteur a mis fin à la discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="244"/>
        <location filename="../src/server/DeskRequests.cpp" line="421"/>
        <source>%1 ended the chat.</source>
        <translation>%1 a mis fin à la discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="246"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>Le visiteur est parti avant que quelqu&apos;un puisse répondre.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="260"/>
        <source>You ended the chat.</source>
        <translation>Vous avez mis fin à la discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="82"/>
        <source>Handoff Assistant</source>
        <translation>Assistant Handoff</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="236"/>
        <location filename="../src/server/ConversationHub.cpp" line="240"/>
        <location filename="../src/server/ConversationHub.cpp" line="252"/>
        <source>The router is shutting down.</source>
        <translation>Le routeur s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello a déjà été envoyé sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="263"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>Le champ « version » doit indiquer la version du protocole, p. ex. &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="270"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Ce routeur utilise le protocole %1 ; la version %2 n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="272"/>
        <source>unsupported protocol version</source>
        <translation>version de protocole non prise en charge</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="283"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>Le routeur n&apos;envoie pas de requêtes ; « %1 » ne répond à rien.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="292"/>
        <source>Say hello and sign in first.</source>
        <translation>Envoyez d&apos;abord hello et connectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="294"/>
        <source>Say hello first.</source>
        <translation>Envoyez d&apos;abord hello.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="301"/>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="49"/>
        <location filename="../src/server/ConversationHub.cpp" line="370"/>
        <location filename="../src/server/ConversationHub.cpp" line="418"/>
        <location filename="../src/server/HubCluster.cpp" line="693"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Type de requête inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="78"/>
        <source>You have no consult on the chat %1.</source>
        <translation>Vous n’avez aucune consultation sur la discussion %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="97"/>
        <source>Consult a colleague, not yourself.</source>
        <translation>Consultez un collègue, pas vous-même.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="101"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Cette discussion a déjà une consultation ; terminez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="106"/>
        <source>%1 is not signed in.</source>
        <translation>%1 n’est pas connecté.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="148"/>
        <source>The consult has started; end it instead.</source>
        <translation>La consultation a commencé ; terminez-la plutôt.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="165"/>
        <location filename="../src/server/ConsultService.cpp" line="219"/>
        <source>The consult has not started.</source>
        <translation>La consultation n’a pas commencé.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="224"/>
        <source>%1 is a supervisor and takes no chats.</source>
        <translation>%1 est superviseur et ne prend pas de discussions.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="244"/>
        <source>%1 handed this chat over to %2.</source>
        <translation>%1 a confié cette discussion à %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="398"/>
        <source>This chat has ended.</source>
        <translation>Cette discussion est terminée.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="26"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Le champ « presence » doit valoir &quot;available&quot;, &quot;away&quot; ou &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="51"/>
        <location filename="../src/server/DeskRequests.cpp" line="61"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>La proposition du chat %1 a expiré ou est allée à quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="53"/>
        <location filename="../src/server/DeskRequests.cpp" line="121"/>
        <source>No chat %1 is offered to you.</source>
        <translation>Aucun chat %1 ne vous est proposé.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="92"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>Le routeur n&apos;a pas pu enregistrer l&apos;attribution ; le chat attend de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="702"/>
        <location filename="../src/server/DeskRequests.cpp" line="101"/>
        <source>%1 joined the chat</source>
        <translation>%1 a rejoint la discussion</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="128"/>
        <location filename="../src/server/DeskRequests.cpp" line="158"/>
        <source>The chat %1 is closed.</source>
        <translation>Le chat %1 est fermé.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="49"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>Le champ « offset » doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="87"/>
        <location filename="../src/server/CustomerRequests.cpp" line="92"/>
        <location filename="../src/server/CustomerRequests.cpp" line="180"/>
        <location filename="../src/server/DeskRequests.cpp" line="160"/>
        <location filename="../src/server/DeskRequests.cpp" line="168"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>Le chat %1 ne vous est pas attribué.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="112"/>
        <location filename="../src/server/CustomerRequests.cpp" line="198"/>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <location filename="../src/server/DeskRequests.cpp" line="273"/>
        <source>There is no chat %1.</source>
        <translation>Il n&apos;y a pas de chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="138"/>
        <source>Only supervisors can search customers.</source>
        <translation>Seuls les superviseurs peuvent rechercher des clients.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="144"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>Le champ « query » doit comporter de %1 à %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="183"/>
        <location filename="../src/server/DeskRequests.cpp" line="201"/>
        <source>The router could not store the message; send it again.</source>
        <translation>Le routeur n&apos;a pas pu enregistrer le message ; renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="243"/>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>The chat %1 is not yours.</source>
        <translation>Le chat %1 n&apos;est pas le vôtre.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="297"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Indiquez une « queueId » ou un « agentId » vers lequel transférer.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="213"/>
        <location filename="../src/server/DeskRequests.cpp" line="302"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="306"/>
        <source>There is no queue %1.</source>
        <translation>Il n&apos;y a pas de file d&apos;attente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="93"/>
        <location filename="../src/server/DeskRequests.cpp" line="314"/>
        <source>There is no agent %1.</source>
        <translation>Il n&apos;y a pas d&apos;agent %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="325"/>
        <source>Agent %1 is offline.</source>
        <translation>L&apos;agent %1 est hors ligne.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>Agent %1 is away.</source>
        <translation>L&apos;agent %1 est absent.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="381"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 a transféré cette discussion vers la file d&apos;attente %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="382"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 a transféré cette discussion à %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="402"/>
        <source>The disposition or the note is too long.</source>
        <translation>Le résultat ou la note est trop long.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="476"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>Le champ « watch » doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="43"/>
        <source>This connection is already signed in.</source>
        <translation>Cette connexion est déjà authentifiée.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="47"/>
        <source>A sign-in is already under way on this connection.</source>
        <translation>Une authentification est déjà en cours sur cette connexion.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="58"/>
        <location filename="../src/server/HubSignIn.cpp" line="69"/>
        <source>Sign in with &quot;user&quot; and &quot;password&quot;, or with &quot;token&quot;.</source>
        <translation>Connectez-vous avec « user » et « password », ou avec « token ».</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="63"/>
        <source>Too many failed sign-ins for %1; try again in a minute.</source>
        <translation>Trop d&apos;échecs de connexion pour %1 ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="85"/>
        <source>The sign-in token is unknown or expired; sign in with your password.</source>
        <translation>Le jeton de connexion est inconnu ou a expiré ; connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="86"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="89"/>
        <source>The router could not store the sign-in; try again.</source>
        <translation>Le routeur n&apos;a pas pu enregistrer la connexion ; réessayez.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="97"/>
        <source>Too many sign-ins are under way; try again in a moment.</source>
        <translation>Trop de connexions sont en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="128"/>
        <source>This session was resumed on another connection.</source>
        <translation>Cette session a été reprise sur une autre connexion.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="102"/>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Le champ « %1 » doit être une chaîne de caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="108"/>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>Le champ « %1 » doit valoir true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="114"/>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>Le champ « %1 » doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="131"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>Le champ « %1 » doit être une chaîne non vide d&apos;au plus %2 caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="142"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>Le champ « %1 » doit être un texte non vide.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="146"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Le texte fait %1 caractères ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="45"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Connectez-vous sur le site web pour discuter avec nous.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="70"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Reconnectez-vous sur le site web pour discuter avec nous.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="79"/>
        <source>You are chatting without being signed in.</source>
        <translation>Vous discutez sans être connecté.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="93"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>Le champ « visitorToken » est trop long.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="172"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Trop de nouvelles discussions depuis votre adresse ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="174"/>
        <source>too many new chats</source>
        <translation>trop de nouvelles discussions</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="385"/>
        <source>There is no ended chat to rate here.</source>
        <translation>Il n&apos;y a ici aucune discussion terminée à noter.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="389"/>
        <location filename="../src/server/VisitorRequests.cpp" line="442"/>
        <source>You have rated this chat already.</source>
        <translation>Vous avez déjà noté cette discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="396"/>
        <source>Field &quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>Le champ « rating » doit être un nombre entier de 1 à 5.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="401"/>
        <source>Field &quot;comment&quot; must be text.</source>
        <translation>Le champ « comment » doit être du texte.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="407"/>
        <source>The comment is too long (1000 characters at most).</source>
        <translation>Le commentaire est trop long (1000 caractères au plus).</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="434"/>
        <source>Your rating could not be stored; send it again.</source>
        <translation>Votre note n&apos;a pas pu être enregistrée ; envoyez-la de nouveau.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="475"/>
        <source>This site does not send transcripts by e-mail.</source>
        <translation>Ce site n&apos;envoie pas de transcriptions par e-mail.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="483"/>
        <source>There is no ended chat to send here.</source>
        <translation>Il n&apos;y a ici aucune discussion terminée à envoyer.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="488"/>
        <source>Please enter one e-mail address, such as name@example.com.</source>
        <translation>Veuillez saisir une adresse e-mail, par exemple nom@example.com.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="496"/>
        <source>Too many e-mail requests; try again later.</source>
        <translation>Trop de demandes d&apos;e-mail ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="515"/>
        <source>Your request could not be stored; send it again.</source>
        <translation>Votre demande n&apos;a pas pu être enregistrée ; envoyez-la à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="522"/>
        <source>A chat&apos;s transcript can be e-mailed at most %1 times.</source>
        <translation>La transcription d&apos;une discussion peut être envoyée par e-mail %1 fois au plus.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="56"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>impossible de rejoindre les routeurs de cette base de données : %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="508"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Cette conversation est servie par un autre serveur ; reconnexion en cours.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="510"/>
        <source>served by another router</source>
        <translation>servie par un autre routeur</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="657"/>
        <location filename="../src/server/VisitorRequests.cpp" line="24"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>Votre message n&apos;a pas pu être enregistré ; renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="305"/>
        <source>The visitor asked for a person.</source>
        <translation>Le visiteur a demandé à parler à un agent.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="325"/>
        <source>The name or e-mail address is too long.</source>
        <translation>Le nom ou l&apos;adresse e-mail est trop long.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="43"/>
        <source>Chat transcript</source>
        <translation>Transcription de la discussion</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="45"/>
        <source>Conversation: %1</source>
        <translation>Conversation : %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="47"/>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="49"/>
        <source>Ended: %1</source>
        <translation>Fin : %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="51"/>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="58"/>
        <source>(The transcript is cut here: it is too long.)</source>
        <translation>(La transcription s&apos;arrête ici : elle est trop longue.)</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="64"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="151"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="163"/>
        <source>Too many transcript downloads; try again in a minute.</source>
        <translation>Trop de téléchargements de la transcription ; réessayez dans une minute.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="34"/>
        <source>There is no transcript at %1 for this visitor token.</source>
        <translation>Il n&apos;y a pas de transcription à %1 pour ce jeton de visiteur.</translation>
    </message>
    <message>
        <location filename="../src/server/HubAttachments.cpp" line="91"/>
        <source>You have sent no file %1 in this chat.</source>
        <translation>Vous n’avez envoyé aucun fichier %1 dans cette discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="395"/>
        <source>The sign-in token is not valid.</source>
        <translation>Le jeton de connexion n&apos;est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="399"/>
        <source>The sign-in token&apos;s signature could not be verified.</source>
        <translation>La signature du jeton de connexion n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="400"/>
        <source>Your sign-in has expired.</source>
        <translation>Votre connexion a expiré.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="402"/>
        <source>The sign-in token is not valid yet.</source>
        <translation>Le jeton de connexion n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="405"/>
        <source>The sign-in token is meant for another site.</source>
        <translation>Le jeton de connexion est destiné à un autre site.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="407"/>
        <source>Your sign-in cannot be checked right now.</source>
        <translation>Votre connexion ne peut pas être vérifiée pour le moment.</translation>
    </message>
</context>
<context>
    <name>handoff::server::HandoffApi</name>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="50"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envoyez le jeton d&apos;API sous la forme &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="56"/>
        <source>The API token is not known.</source>
        <translation>Le jeton d&apos;API est inconnu.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="73"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>Aucune conversation %1 n&apos;a été transmise avec ce jeton d&apos;API.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="107"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="112"/>
        <source>Use POST.</source>
        <translation>Utilisez POST.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="125"/>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Le corps doit être du JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="132"/>
        <source>The body must be a JSON object.</source>
        <translation>Le corps doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="148"/>
        <source>The callback must be an http or https address of at most 2048 characters, without a user name or password.</source>
        <translation>L&apos;adresse de retour doit être une adresse http ou https d&apos;au plus 2048 caractères, sans nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="155"/>
        <source>The handoff could not be stored: %1</source>
        <translation>Le transfert n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::HttpRequestParser</name>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="165"/>
        <source>The request headers are larger than 16 KiB.</source>
        <translation>Les en-têtes de la requête dépassent 16 Kio.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="177"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="183"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="193"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="199"/>
        <source>The request line is not HTTP.</source>
        <translation>La ligne de requête n&apos;est pas du HTTP.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="201"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Seuls HTTP/1.0 et HTTP/1.1 sont pris en charge.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="205"/>
        <source>The request target must be a path.</source>
        <translation>La cible de la requête doit être un chemin.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="222"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="235"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="238"/>
        <source>A header line is malformed.</source>
        <translation>Une ligne d&apos;en-tête est mal formée.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="242"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="255"/>
        <source>The request must have exactly one valid Host header.</source>
        <translation>La requête doit avoir exactement un en-tête Host valide.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="259"/>
        <source>Content-Length and Transfer-Encoding must not be sent together.</source>
        <translation>Content-Length et Transfer-Encoding ne doivent pas être envoyés ensemble.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="261"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="269"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="276"/>
        <source>The Transfer-Encoding header is not valid here.</source>
        <translation>L&apos;en-tête Transfer-Encoding n&apos;est pas valide ici.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="277"/>
        <source>Chunked request bodies are not supported; send Content-Length.</source>
        <translation>Les corps de requête fragmentés (chunked) ne sont pas pris en charge ; envoyez Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="281"/>
        <source>Content-Length must be sent once.</source>
        <translation>Content-Length doit être envoyé une seule fois.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="291"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="296"/>
        <source>The request body is larger than 256 KiB.</source>
        <translation>Le corps de la requête dépasse 256 Kio.</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityService</name>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="37"/>
        <source>cannot read the identity key file %1: %2</source>
        <translation>impossible de lire le fichier de clés d&apos;identité %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="42"/>
        <source>identity key file %1: %2</source>
        <translation>fichier de clés d&apos;identité %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="106"/>
        <source>larger than %1 bytes</source>
        <translation>plus grand que %1 octets</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="113"/>
        <source>identity: cannot use the JWKS from %1: %2</source>
        <translation>identité : impossible d&apos;utiliser le JWKS de %1 : %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityTokenVerifier</name>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="210"/>
        <source>no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form</source>
        <translation>aucune clé publique RSA (2048 bits ou plus) ou EC P-256 ni certificat au format PEM</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="220"/>
        <source>not a JWKS document (a JSON object with &quot;keys&quot;)</source>
        <translation>pas un document JWKS (un objet JSON avec &quot;keys&quot;)</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="245"/>
        <source>the JWKS holds no RSA or EC P-256 signing key</source>
        <translation>le JWKS ne contient aucune clé de signature RSA ou EC P-256</translation>
    </message>
</context>
<context>
    <name>handoff::server::KpiReport</name>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="45"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as dates (YYYY-MM-DD), &quot;to&quot; not before &quot;from&quot; and at most %1 days in all.</source>
        <translation>Donnez &quot;from&quot; et &quot;to&quot; comme dates (YYYY-MM-DD), &quot;to&quot; pas avant &quot;from&quot; et au plus %1 jours en tout.</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="218"/>
        <source>KPIs from %1 to %2 (%3)</source>
        <translation>KPI du %1 au %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Offered</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>Aband. %</source>
        <translation>Aband. %</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>SL %</source>
        <translation>NS %</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="230"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="230"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="239"/>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Handled</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Declined</source>
        <translation>Refusées</translation>
    </message>
</context>
<context>
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address already in use</source>
        <translation>adresse déjà utilisée</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="72"/>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="73"/>
        <source>address not available on this machine</source>
        <translation>adresse non disponible sur cette machine</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="76"/>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="171"/>
        <location filename="../src/server/RouterServer.cpp" line="229"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Les pages de %1 ne peuvent pas appeler cette API.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="220"/>
        <source>Pages of %1 may not fetch files here.</source>
        <translation>Les pages de %1 ne peuvent pas récupérer de fichiers ici.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="197"/>
        <location filename="../src/server/RouterServer.cpp" line="250"/>
        <source>Use GET.</source>
        <translation>Utilisez GET.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="202"/>
        <source>This address speaks WebSocket only.</source>
        <translation>Cette adresse ne parle que WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="207"/>
        <source>Nothing is at %1.</source>
        <translation>Il n&apos;y a rien à %1.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="239"/>
        <source>Pages of %1 may not send files here.</source>
        <translation>Les pages de %1 ne peuvent pas envoyer de fichiers ici.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="254"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics exige le jeton des métriques.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="274"/>
        <source>The database does not answer.</source>
        <translation>La base de données ne répond pas.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="97"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Type de requête inconnu « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="129"/>
        <location filename="../src/server/SupervisorService.cpp" line="269"/>
        <source>Only supervisors may do %1.</source>
        <translation>Seuls les superviseurs peuvent faire %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="221"/>
        <source>Too many actions are on their way to other routers; try again.</source>
        <translation>Trop d&apos;actions sont en route vers d&apos;autres routeurs ; réessayez.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="227"/>
        <source>Another router serves the chat %1: a note for it may have at most %2 bytes.</source>
        <translation>Un autre routeur sert le chat %1 : une note pour lui peut compter au plus %2 octets.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="241"/>
        <source>The router serving the chat %1 did not answer; try again.</source>
        <translation>Le routeur qui sert le chat %1 n&apos;a pas répondu ; réessayez.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="303"/>
        <location filename="../src/server/SupervisorService.cpp" line="329"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Ce desk n&apos;a pas de session ; reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="592"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Indiquez la « conversationId » et exactement un « agentId » ou une « queueId ».</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="596"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="137"/>
        <location filename="../src/server/SupervisorService.cpp" line="601"/>
        <location filename="../src/server/SupervisorService.cpp" line="738"/>
        <location filename="../src/server/SupervisorService.cpp" line="756"/>
        <source>The chat %1 is closed.</source>
        <translation>Le chat %1 est fermé.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="204"/>
        <source>There is no chat %1.</source>
        <translation>Il n&apos;y a pas de chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="609"/>
        <location filename="../src/server/SupervisorService.cpp" line="912"/>
        <source>There is no agent %1.</source>
        <translation>Il n&apos;y a pas d&apos;agent %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="613"/>
        <source>The chat %1 is already with %2.</source>
        <translation>Le chat %1 est déjà chez %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="619"/>
        <source>There is no queue %1.</source>
        <translation>Il n&apos;y a pas de file d&apos;attente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="704"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 a réattribué cette discussion à %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="705"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 a déplacé cette discussion vers la file d&apos;attente %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="726"/>
        <location filename="../src/server/SupervisorService.cpp" line="874"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>Le champ « conversationId » doit désigner un chat.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="769"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>Vous n&apos;observez aucun chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="791"/>
        <source>Only a chat an agent has can be joined; %1 has no agent.</source>
        <translation>On ne peut rejoindre qu’une discussion confiée à un agent ; %1 n’en a pas.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="801"/>
        <source>Supervisor %1 joined the chat</source>
        <translation>Le superviseur %1 a rejoint la discussion</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="812"/>
        <source>You have not joined a chat %1.</source>
        <translation>Vous n’avez rejoint aucune discussion %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="819"/>
        <location filename="../src/server/SupervisorService.cpp" line="857"/>
        <source>%1 left the chat</source>
        <translation>%1 a quitté la discussion</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="878"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Le motif dépasse %1 caractères.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="883"/>
        <source>The chat %1 is already closed.</source>
        <translation>Le chat %1 est déjà fermé.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="891"/>
        <source>A supervisor</source>
        <translation>Un superviseur</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="898"/>
        <source>%1 ended the chat.</source>
        <translation>%1 a mis fin à la discussion.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="907"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Indiquez l&apos;« agentId » et une « presence » parmi &quot;available&quot;, &quot;away&quot; ou &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="989"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Indiquez « from » et « to » sous forme d&apos;heures (ISO 8601), « to » après « from » et à %1 jours d&apos;écart au plus.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1092"/>
        <source>The report cannot be read right now; try again shortly.</source>
        <translation>Le rapport ne peut pas être lu pour le moment ; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1106"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>Le champ « limit » doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1140"/>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>« limit » doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1153"/>
        <source>The delivery log cannot be read now; try again.</source>
        <translation>Le journal des envois ne peut pas être lu pour l&apos;instant ; réessayez.</translation>
    </message>
</context>
<context>
    <name>handoff::store::PostgresStore</name>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="168"/>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>URL PostgreSQL non valide : %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="188"/>
        <source>not a PostgreSQL connection string (expected key=value pairs)</source>
        <translation>pas une chaîne de connexion PostgreSQL (paires clé=valeur attendues)</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="209"/>
        <source>unsupported connection option %1</source>
        <translation>option de connexion non prise en charge %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="214"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="218"/>
        <source>schema &quot;%1&quot; must be letters, digits and underscores</source>
        <translation>le schéma « %1 » ne doit contenir que des lettres, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="248"/>
        <source>the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>le pilote PostgreSQL de Qt (QPSQL, paquet libqt6sql6-psql) n&apos;est pas installé</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="269"/>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="281"/>
        <source>cannot use schema %1: %2</source>
        <translation>impossible d&apos;utiliser le schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="300"/>
        <source>lost the connection to %1 and cannot reconnect: %2</source>
        <translation>connexion à %1 perdue, reconnexion impossible : %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="325"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>impossible de verrouiller le schéma pour la migration : %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="329"/>
        <source>cannot create schema %1: %2</source>
        <translation>impossible de créer le schéma %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="333"/>
        <source>cannot create the schema version table: %1</source>
        <translation>impossible de créer la table de version du schéma : %1</translation>
    </message>
</context>
<context>
    <name>handoff::store::SqlStore</name>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="225"/>
        <source>cannot start the migration: %1</source>
        <translation>impossible de lancer la migration : %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="238"/>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="240"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 a la version de schéma %2, plus récente que celle que connaît cette version (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="251"/>
        <source>migration %1 is missing from the build</source>
        <translation>la migration %1 manque dans cette version</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>migration %1 failed: %2</source>
        <translation>échec de la migration %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="261"/>
        <source>cannot commit the migration: %1</source>
        <translation>impossible de valider la migration : %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="323"/>
        <source>cannot hash the password</source>
        <translation>impossible de hacher le mot de passe</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="71"/>
        <source>no hello in time</source>
        <translation>geen hello op tijd</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="148"/>
        <source>too far behind</source>
        <translation>te ver achter</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="207"/>
        <source>too many frames</source>
        <translation>te veel frames</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="211"/>
        <location filename="../src/server/ClientConnection.cpp" line="219"/>
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Te veel frames; doe het rustiger aan (hoogstens 20 per seconde).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="248"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Binaire frames maken geen deel uit van het protocol.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>Het frame is %1 bytes groot en overschrijdt de limiet van %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>Het frame is geen geldige JSON: %1 op positie %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>Het frame moet een JSON-object zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>Het veld &quot;id&quot; moet een tekenreeks van hoogstens %1 tekens zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>Het veld &quot;type&quot; ontbreekt of is geen korte tekenreeks.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>Het veld &quot;re&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>Het veld &quot;seq&quot; moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>Het veld &quot;data&quot; moet een object zijn.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="56"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Pagina&apos;s van %1 mogen hier geen chats openen.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="192"/>
        <source>The request took too long to arrive.</source>
        <translation>Het verzoek deed er te lang over om binnen te komen.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="172"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>Het veld &quot;includeHandled&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>Het veld &quot;id&quot; moet de id van een achtergelaten bericht zijn, bijv. &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="202"/>
        <source>There is no message %1.</source>
        <translation>Er is geen bericht %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="207"/>
        <source>Already handled by %1.</source>
        <translation>Al afgehandeld door %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="224"/>
        <source>The router could not store that; try again.</source>
        <translation>De router kon dat niet opslaan; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="41"/>
        <source>line %1: %2: %3</source>
        <translation>regel %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="47"/>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="56"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>onbekend veld (verwacht een van: %1)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="69"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>verplicht veld &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="75"/>
        <source>must be a string</source>
        <translation>moet een tekenreeks zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="89"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="114"/>
        <source>must be a list of strings</source>
        <translation>moet een lijst van tekenreeksen zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="121"/>
        <source>must be a non-empty string</source>
        <translation>moet een niet-lege tekenreeks zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="151"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>moet een object met timeZone, weekly en holidays zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="161"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>onbekende tijdzone &quot;%1&quot; (gebruik een IANA-naam zoals Europe/Amsterdam)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>moet een object met dagen als sleutels zijn, bijv. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="181"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>onbekende dag (gebruik monday ... sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>moet een lijst van tijdvakken zoals &quot;09:00-17:00&quot; zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="192"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>moet een tijdvak &quot;HH:mm-HH:mm&quot; zijn, bijv. &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="195"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>moet eindigen nadat het begint (tijdvakken mogen niet over middernacht lopen; verdeel ze over twee dagen)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="205"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>moet een lijst van datums &quot;YYYY-MM-DD&quot; zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="211"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>moet een datum &quot;YYYY-MM-DD&quot; zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="230"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="257"/>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="261"/>
        <source>the configuration must be a JSON object</source>
        <translation>de configuratie moet een JSON-object zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="290"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>onbekende strategie &quot;%1&quot; (gebruik &quot;leastBusy&quot; of &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="299"/>
        <source>must be a non-empty list of queues</source>
        <translation>moet een niet-lege lijst van wachtrijen zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="307"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="411"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="331"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>dubbele wachtrij-id &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="356"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>moet een object met &quot;queue&quot; en &quot;afterSeconds&quot; zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="369"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>verplicht veld &quot;afterSeconds&quot; ontbreekt</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="383"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="398"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="434"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>onbekende wachtrij &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="387"/>
        <source>a queue cannot overflow into itself</source>
        <translation>een wachtrij kan niet naar zichzelf overlopen</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="404"/>
        <source>must be a list of rules</source>
        <translation>moet een lijst van regels zijn</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="437"/>
        <source>rule %1</source>
        <translation>regel %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="513"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>We zijn op dit moment gesloten. Uw bericht blijft bewaard en we antwoorden zodra we er weer zijn.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="519"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Er is op dit moment niemand beschikbaar. Laat een bericht achter of blijf wachten: u houdt uw plek in de wachtrij.</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="94"/>
        <source>position %1: unterminated string</source>
        <translation>positie %1: tekenreeks niet afgesloten</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="107"/>
        <source>position %1: unexpected &apos;%2&apos;</source>
        <translation>positie %1: onverwachte &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="123"/>
        <source>position %1: unexpected character &apos;%2&apos;</source>
        <translation>positie %1: onverwacht teken &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="180"/>
        <source>end of condition</source>
        <translation>einde van de voorwaarde</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="198"/>
        <source>position %1: expected &apos;and&apos;, &apos;or&apos; or end of condition, found %2</source>
        <translation>positie %1: &apos;and&apos;, &apos;or&apos; of einde van de voorwaarde verwacht, %2 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="292"/>
        <source>position %1: expected &apos;)&apos; to close &apos;(&apos; at position %2, found %3</source>
        <translation>positie %1: &apos;)&apos; verwacht om &apos;(&apos; op positie %2 te sluiten, %3 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="300"/>
        <source>position %1: expected a field name, found %2</source>
        <translation>positie %1: veldnaam verwacht, %2 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="321"/>
        <source>position %1: expected an operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) after &apos;%2&apos;, found %3</source>
        <translation>positie %1: operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) verwacht na &apos;%2&apos;, %3 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="334"/>
        <source>position %1: expected &apos;[&apos; after &apos;in&apos;, found %2</source>
        <translation>positie %1: &apos;[&apos; verwacht na &apos;in&apos;, %2 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="351"/>
        <source>position %1: expected &apos;,&apos; or &apos;]&apos; in list, found %2</source>
        <translation>positie %1: &apos;,&apos; of &apos;]&apos; verwacht in de lijst, %2 gevonden</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="371"/>
        <source>position %1: expected a value after &apos;%2&apos;, found %3</source>
        <translation>positie %1: waarde verwacht na &apos;%2&apos;, %3 gevonden</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="20"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>kan de TLS-sleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="21"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>kan het TLS-certificaat %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="83"/>
        <source>the TLS certificate %1 holds no PEM certificate</source>
        <translation>het TLS-certificaat %1 bevat geen PEM-certificaat</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="93"/>
        <source>the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>de TLS-sleutel %1 is geen persoonlijke PEM-sleutel (RSA of EC, zonder wachtwoordzin)</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="107"/>
        <source>the TLS key %1 does not belong to the certificate %2</source>
        <translation>de TLS-sleutel %1 hoort niet bij het certificaat %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="110"/>
        <source>the TLS certificate %1 and key %2 do not work: %3</source>
        <translation>het TLS-certificaat %1 en de sleutel %2 werken niet: %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="64"/>
        <source>cannot open %1: %2</source>
        <translation>kan %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="75"/>
        <source>cannot set up %1: %2</source>
        <translation>kan %1 niet inrichten: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <location filename="../src/store/StoreFactory.cpp" line="40"/>
        <source>no database given</source>
        <translation>geen database opgegeven</translation>
    </message>
</context>
<context>
    <name>StoreNotifier</name>
    <message>
        <location filename="../src/store/StoreNotifier.cpp" line="31"/>
        <source>cannot listen for changes on %1: %2</source>
        <translation>kan wijzigingen in %1 niet volgen: %2</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Geen vertaling voor de taal “%1”; Engels wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::BotConversation</name>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="221"/>
        <source>Let me connect you with someone who can help.</source>
        <translation>Ik breng u in contact met iemand die u verder kan helpen.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="317"/>
        <source>The bot did not understand the visitor&apos;s message.</source>
        <translation>De bot begreep het bericht van de bezoeker niet.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="318"/>
        <source>The bot did not understand %1 messages in a row.</source>
        <translation>De bot begreep %1 berichten achter elkaar niet.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="343"/>
        <location filename="../src/bot/BotConversation.cpp" line="474"/>
        <source>The visitor asked for a person.</source>
        <translation>De bezoeker vroeg om een mens.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="352"/>
        <source>The visitor seemed frustrated (&quot;%1&quot;).</source>
        <translation>De bezoeker leek gefrustreerd (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="424"/>
        <source>Sorry, I didn&apos;t understand that.</source>
        <translation>Sorry, dat heb ik niet begrepen.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::DemoOrderDirectory</name>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="22"/>
        <source>Shipped on 18 November; it should arrive within 2 working days.</source>
        <translation>Verzonden op 18 november; de bestelling zou binnen 2 werkdagen moeten aankomen.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="26"/>
        <source>Being prepared in our warehouse; it will ship within 24 hours.</source>
        <translation>Wordt in ons magazijn klaargemaakt; de bestelling wordt binnen 24 uur verzonden.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="30"/>
        <source>Delivered on 20 November.</source>
        <translation>Bezorgd op 20 november.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="33"/>
        <source>Cancelled at your request; the refund was issued on 21 November.</source>
        <translation>Op uw verzoek geannuleerd; het bedrag is op 21 november terugbetaald.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="37"/>
        <source>Waiting for payment.</source>
        <translation>Wacht op betaling.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="39"/>
        <source>Returned; the refund is being processed.</source>
        <translation>Geretourneerd; de terugbetaling wordt verwerkt.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::ExternalHandoff</name>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="46"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="132"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; heeft een veld zonder naam.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="134"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; heeft een veldnaam van meer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="136"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; heeft geen waarde voor het veld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="142"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Het veld &quot;%1&quot; in &quot;%2&quot; is langer dan %3 tekens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="145"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; heeft meer dan %2 velden.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="185"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>&quot;reason&quot; ontbreekt: zeg in één zin waarom het gesprek een mens nodig heeft.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="194"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; moet &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; of &quot;external&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="218"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; moet een object zijn zoals {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="227"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; is geen e-mailadres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="245"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; moet een object met een tekenreeks &quot;name&quot; en een &quot;value&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="253"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; moet een object van namen en waarden zijn, of een array van {&quot;name&quot;, &quot;value&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="261"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; moet een array van {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;} zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="264"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; heeft meer dan %1 berichten.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; moet een object zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="277"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; moet &quot;user&quot; of &quot;bot&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="280"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="283"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="288"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; moet een ISO 8601-tijd zijn zoals &quot;2026-11-25T09:30:00Z&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="311"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; bevat geen gebeurtenis met de naam &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="314"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; moet &quot;event&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="316"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; moet &quot;handoff.initiate&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="320"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; moet een object met de overdrachtscontext zijn (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="341"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; is langer dan %2 tekens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="357"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; moet een array van tekenreeksen zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="386"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>&quot;value.va_ConversationId&quot; ontbreekt (en de activiteit heeft geen &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="390"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; moet een object zijn (een gespreksverwijzing).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="398"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>De Copilot Studio-bot heeft overgedragen: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="400"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>De Copilot Studio-bot heeft overgedragen vanuit het onderwerp &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="402"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>De Copilot Studio-bot heeft het gesprek overgedragen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="422"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; moet een array zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="431"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; van het Transcript moet &quot;application/json&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="439"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; moet een array van activiteiten zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="443"/>
        <source>&quot;%1.content.activities&quot; has more than %2 activities.</source>
        <translation>&quot;%1.content.activities&quot; heeft meer dan %2 activiteiten.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::TopicSet</name>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="59"/>
        <source>%1 is missing.</source>
        <translation>%1 ontbreekt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="64"/>
        <location filename="../src/bot/TopicSet.cpp" line="71"/>
        <source>%1 must not be empty.</source>
        <translation>%1 mag niet leeg zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="74"/>
        <source>%1[%2] must be a non-empty string.</source>
        <translation>%1[%2] moet een niet-lege tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="79"/>
        <source>%1 must be a string or an array of strings.</source>
        <translation>%1 moet een tekenreeks of een array van tekenreeksen zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="87"/>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; ontbreekt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="91"/>
        <source>%1 &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="102"/>
        <source>%1 &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 is geen geldige reguliere expressie: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="121"/>
        <source>slot &quot;%1&quot;</source>
        <translation>slot &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="125"/>
        <source>%1: a slot name is lower-case words joined by dots, e.g. &quot;order.number&quot;.</source>
        <translation>%1: een slotnaam bestaat uit woorden in kleine letters, verbonden door punten, bijv. &quot;order.number&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="127"/>
        <location filename="../src/bot/TopicSet.cpp" line="200"/>
        <location filename="../src/bot/TopicSet.cpp" line="208"/>
        <location filename="../src/bot/TopicSet.cpp" line="234"/>
        <location filename="../src/bot/TopicSet.cpp" line="248"/>
        <location filename="../src/bot/TopicSet.cpp" line="318"/>
        <source>%1 must be an object.</source>
        <translation>%1 moet een object zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="139"/>
        <source>%1 &quot;rejectWords&quot;</source>
        <translation>Het veld &quot;rejectWords&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="144"/>
        <source>%1 &quot;transform&quot; must be &quot;upper&quot;, &quot;lower&quot; or &quot;title&quot;.</source>
        <translation>%1: &quot;transform&quot; moet &quot;upper&quot;, &quot;lower&quot; of &quot;title&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="145"/>
        <source>%1 &quot;pattern&quot;</source>
        <translation>Het veld &quot;pattern&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="148"/>
        <source>%1 &quot;extract&quot;</source>
        <translation>Het veld &quot;extract&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="305"/>
        <source>%1 uses the placeholder {%2}, which no slot or action of this topic fills.</source>
        <translation>%1 gebruikt de plaatshouder {%2}, die door geen enkel slot of geen enkele actie van dit onderwerp wordt gevuld.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="316"/>
        <source>topics[%1]</source>
        <translation>topics[%1]</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="325"/>
        <source>%1 &quot;id&quot; must be lower-case letters, digits and dashes, e.g. &quot;order-status&quot;.</source>
        <translation>%1: &quot;id&quot; mag alleen kleine letters, cijfers en streepjes bevatten, bijv. &quot;order-status&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="327"/>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1: de id &quot;%2&quot; wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="329"/>
        <location filename="../src/bot/TopicSet.cpp" line="446"/>
        <source>topic &quot;%1&quot;</source>
        <translation>onderwerp &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="336"/>
        <source>%1 &quot;triggers&quot;</source>
        <translation>Het veld &quot;triggers&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="184"/>
        <source>%1: the trigger &quot;%2&quot; has no words.</source>
        <translation>%1: de trigger &quot;%2&quot; bevat geen woorden.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="159"/>
        <source>%1 has the key &quot;%2&quot;, which a translation cannot give; it may give: %3.</source>
        <translation>%1 heeft de sleutel &quot;%2&quot;, die een vertaling niet kan geven; toegestaan zijn: %3.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="205"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>%1: &quot;%2&quot; is geen taalcode zoals &quot;de&quot; of &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="242"/>
        <source>%1 names the slot &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 noemt de slot &quot;%2&quot;, die niet onder &quot;slots&quot; bovenaan het bestand is gedefinieerd.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="340"/>
        <source>%1 &quot;intro&quot;</source>
        <translation>Het veld &quot;intro&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="341"/>
        <source>%1 &quot;again&quot;</source>
        <translation>Het veld &quot;again&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="342"/>
        <source>%1 &quot;answer&quot;</source>
        <translation>Het veld &quot;answer&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="343"/>
        <source>%1 &quot;failureAnswer&quot;</source>
        <translation>Het veld &quot;failureAnswer&quot; van %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="349"/>
        <location filename="../src/bot/TopicSet.cpp" line="352"/>
        <source>%1 &quot;slots&quot; must be an array of slot names.</source>
        <translation>%1: &quot;slots&quot; moet een array van slotnamen zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="354"/>
        <source>%1 &quot;slots&quot; names &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1: &quot;slots&quot; noemt &quot;%2&quot;, dat niet onder &quot;slots&quot; bovenaan het bestand is gedefinieerd.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="366"/>
        <source>%1 &quot;action&quot; must be one of: %2.</source>
        <translation>%1: &quot;action&quot; moet een van deze waarden zijn: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="368"/>
        <source>%1: the action &quot;lookupOrder&quot; needs &quot;order.number&quot; in &quot;slots&quot;.</source>
        <translation>%1: de actie &quot;lookupOrder&quot; heeft &quot;order.number&quot; nodig in &quot;slots&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="370"/>
        <source>%1 has an action, so it needs a &quot;failureAnswer&quot;.</source>
        <translation>%1 heeft een actie en heeft dus een &quot;failureAnswer&quot; nodig.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="375"/>
        <source>%1 hands off, so it needs a &quot;handoffReason&quot;.</source>
        <translation>%1 draagt over aan een mens en heeft dus een &quot;handoffReason&quot; nodig.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="384"/>
        <source>The topic file is not valid JSON: %1 at offset %2.</source>
        <translation>Het onderwerpenbestand is geen geldige JSON: %1 op positie %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="388"/>
        <source>The topic file must be a JSON object.</source>
        <translation>Het onderwerpenbestand moet een JSON-object zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="392"/>
        <source>The topic file</source>
        <translation>Het onderwerpenbestand</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="394"/>
        <source>The topic file&apos;s &quot;version&quot; must be 1.</source>
        <translation>Het veld &quot;version&quot; van het onderwerpenbestand moet 1 zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="398"/>
        <source>Handoff Assistant</source>
        <translation>Handoff-assistent</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="402"/>
        <source>The topic file&apos;s &quot;fallback&quot;</source>
        <translation>Het veld &quot;fallback&quot; van het onderwerpenbestand</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="404"/>
        <source>The topic file&apos;s &quot;declinePhrases&quot;</source>
        <translation>Het veld &quot;declinePhrases&quot; van het onderwerpenbestand</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="410"/>
        <source>The topic file&apos;s &quot;matchThreshold&quot; must be a number above 0 and at most 1.</source>
        <translation>Het veld &quot;matchThreshold&quot; van het onderwerpenbestand moet een getal groter dan 0 en hoogstens 1 zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="417"/>
        <source>The topic file&apos;s &quot;slots&quot; must be an object of slot definitions.</source>
        <translation>Het veld &quot;slots&quot; van het onderwerpenbestand moet een object van slotdefinities zijn.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="429"/>
        <source>The topic file needs a non-empty &quot;topics&quot; array.</source>
        <translation>Het onderwerpenbestand heeft een niet-lege array &quot;topics&quot; nodig.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="453"/>
        <source>The topic file&apos;s &quot;startTopic&quot; names &quot;%1&quot;, which is not a topic.</source>
        <translation>Het veld &quot;startTopic&quot; van het onderwerpenbestand noemt &quot;%1&quot;, dat geen onderwerp is.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="514"/>
        <source>Cannot read the topic file %1: %2.</source>
        <translation>Kan het onderwerpenbestand %1 niet lezen: %2.</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterCommandLine</name>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="163"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>&quot;%1&quot; is niet DAGEN TIJD-TIJD, bijv. &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="177"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>het wachtwoord moet minstens %1 tekens lang zijn; er is niets gewijzigd</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="232"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>kan de rechten van %1 (nu %2) niet beperken: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="237"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>rechten van %1 beperkt van %2 tot %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Adres en poort waarop de router luistert (standaard 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>ADDR:PORT</source>
        <translation>ADRES:POORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Map van de database (standaard: de toepassingsgegevens van de gebruiker).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>DIR</source>
        <translation>MAP</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="278"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Database in plaats van handoff.db in de gegevensmap: een PostgreSQL-URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq-sleutelwoorden (&quot;host=H dbname=D&quot;) of sqlite:BESTAND.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve: PEM-certificaat (met de keten) om https en wss op dezelfde poort aan te bieden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve: persoonlijke PEM-sleutel bij --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>JSON-configuratiebestand (zie docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add: agent of supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="286"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd: het wachtwoord (zonder opgave gelezen van standaardinvoer).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>PASSWORD</source>
        <translation>WACHTWOORD</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>user add: the name visitors see.</source>
        <translation>user add: de naam die bezoekers zien.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add: vaardigheden, gescheiden door komma&apos;s, bijv. billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>LIST</source>
        <translation>LIJST</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add: gelijktijdige chats (standaard 3).</translation>
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
        <translation>queue add: de naam van de wachtrij zoals medewerkers die zien.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add: prioriteit van -1000 tot 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add: tijdzone van --hours, bijv. Europe/Amsterdam (standaard UTC).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add: openingstijden, bijv. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>HOURS</source>
        <translation>TIJDEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="299"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add: wachtrij die wachtende chats overneemt (met --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="300"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>QUEUE</source>
        <translation>WACHTRIJ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <source>queue add: seconds of waiting before --overflow.</source>
        <translation>queue add: seconden wachttijd vóór --overflow.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="312"/>
        <source>SECONDS</source>
        <translation>SECONDEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="304"/>
        <source>queue add/set: what visitors read when the queue is closed (empty: the built-in text).</source>
        <translation>queue add/set: wat bezoekers lezen als de wachtrij gesloten is (leeg: de ingebouwde tekst).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="305"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="308"/>
        <source>TEXT</source>
        <translation>TEKST</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="307"/>
        <source>queue add/set: what visitors read when no agent is signed in (empty: the built-in text).</source>
        <translation>queue add/set: wat bezoekers lezen als er geen medewerker is aangemeld (leeg: de ingebouwde tekst).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="310"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set: seconden die een bezoeker onbeantwoord wacht voordat het berichtformulier wordt aangeboden (standaard 300, 0 = nooit).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="313"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add: de voorwaarde, bijv. &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="314"/>
        <source>CONDITION</source>
        <translation>VOORWAARDE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add: de wachtrij waarnaar de regel chats stuurt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="316"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add: plaats in de regellijst, geteld vanaf 1 (standaard: als laatste).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>webhook add: the events the endpoint gets, comma-separated (default: all).</source>
        <translation>webhook add: de gebeurtenissen die het eindpunt krijgt, gescheiden door komma&apos;s (standaard: alle).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>webhook add: the signing secret (default: a new random one, printed once).</source>
        <translation>webhook add: het ondertekeningsgeheim (standaard: een nieuw willekeurig, één keer getoond).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>SECRET</source>
        <translation>GEHEIM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="322"/>
        <source>webhook log: how many deliveries, newest first (default 50).</source>
        <translation>webhook log: hoeveel afleveringen, nieuwste eerst (standaard 50).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="324"/>
        <source>report: the contact-centre KPIs (see docs/supervisor.md).</source>
        <translation>report: de KPI&apos;s van het contactcenter (zie docs/supervisor.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <source>report: the first day, YYYY-MM-DD (default today).</source>
        <translation>report: de eerste dag, YYYY-MM-DD (standaard vandaag).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="327"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="326"/>
        <source>report: the last day, YYYY-MM-DD (default the first day).</source>
        <translation>report: de laatste dag, YYYY-MM-DD (standaard de eerste dag).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="328"/>
        <source>report: print JSON instead of a table.</source>
        <translation>report: JSON in plaats van een tabel afdrukken.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="330"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Taal van de meldingen, bijv. de of en (standaard: de omgevingsvariabele HANDOFF_LANGUAGE, anders de taal van het systeem).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="332"/>
        <source>LANG</source>
        <translation>TAAL</translation>
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
        <translation>Handoff-router: biedt de webchat aan, laat de bot draaien en leidt gesprekken naar medewerkers.

Opdrachten:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https en wss in plaats van http en ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        een API-token voor een externe bot aanmaken (één keer getoond)
  webhook add URL [--events a,b] [--secret S]   ondertekende gebeurtenissen naar URL sturen
  webhook list | remove ID | log [--limit N]
  demo                  demomedewerkers, standaardantwoorden en een API-token toevoegen
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [de opties van queue add]   een wachtrij wijzigen; alleen de opgegeven opties veranderen
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  een routeringsbestand controleren (standaard: routing.json in de gegevensmap)
  report --kpi [--from DATE] [--to DATE] [--json]   KPI&apos;s per wachtrij en medewerker, dagen in de tijdzone van de router
queue en rule bewerken routing.json in de gegevensmap; een draaiende router leest het opnieuw in bij SIGHUP.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="367"/>
        <source>serve, user, token, webhook, demo, queue, rule, routing or report.</source>
        <translation>serve, user, token, webhook, demo, queue, rule, routing of report.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="444"/>
        <source>no command given; try --help</source>
        <translation>geen opdracht opgegeven; probeer --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="445"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>onbekende opdracht &quot;%1&quot;; probeer --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="456"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>geen gegevensmap: geef --data-dir MAP op</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="466"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>De gegevensmap %1 is van gebruiker %2; voer deze opdracht uit als die gebruiker: sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="475"/>
        <source>cannot create data directory %1</source>
        <translation>kan de gegevensmap %1 niet aanmaken</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="483"/>
        <source>data directory %1 is not writable</source>
        <translation>de gegevensmap %1 is niet beschrijfbaar</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="536"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>gebruik: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="543"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>gebruikersnaam &quot;%1&quot; moet bestaan uit 1-64 letters, cijfers, punten, streepjes of onderstrepingstekens</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="546"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="776"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role moet agent of supervisor zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="555"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="783"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity moet een getal van 1 tot 50 zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="558"/>
        <source>Password: </source>
        <translation>Wachtwoord: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="566"/>
        <source>user %1 exists already</source>
        <translation>gebruiker %1 bestaat al</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="568"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>cannot add user %1: %2</source>
        <translation>kan gebruiker %1 niet toevoegen: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>Added %1 %2.</source>
        <translation>Gebruiker %2 toegevoegd (%1).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="589"/>
        <source>usage: user passwd NAME [--password P]</source>
        <translation>gebruik: user passwd NAME [--password P]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="595"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="772"/>
        <source>there is no user %1</source>
        <translation>er is geen gebruiker %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="601"/>
        <source>cannot change the password: %1</source>
        <translation>kan het wachtwoord niet wijzigen: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Wachtwoord van %1 gewijzigd; de desks van deze gebruiker moeten zich opnieuw aanmelden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>usage: token add NAME</source>
        <translation>gebruik: token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="617"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>kan API-token %1 niet toevoegen (is de naam al in gebruik?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>API-token %1 aangemaakt; het wordt alleen deze ene keer getoond.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="627"/>
        <source>usage: webhook add URL [--events a,b] [--secret SECRET]</source>
        <translation>gebruik: webhook add URL [--events a,b] [--secret GEHEIM]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 is geen http- of https-adres</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="636"/>
        <source>there is no event %1; the events are: %2</source>
        <translation>er is geen gebeurtenis %1; de gebeurtenissen zijn: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="643"/>
        <source>the secret must have at least 16 characters</source>
        <translation>het geheim moet minstens 16 tekens hebben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="651"/>
        <source>cannot add the webhook: %1</source>
        <translation>kan de webhook niet toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="655"/>
        <source>Signing secret (shown only this once): %1</source>
        <translation>Ondertekeningsgeheim (alleen deze keer getoond): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="656"/>
        <source>Webhook %1 added; running routers use it within 10 seconds.</source>
        <translation>Webhook %1 toegevoegd; draaiende routers gebruiken hem binnen 10 seconden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="668"/>
        <source>all events</source>
        <translation>alle gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="675"/>
        <source>usage: webhook remove ID</source>
        <translation>gebruik: webhook remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="681"/>
        <source>there is no webhook %1</source>
        <translation>er is geen webhook %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="683"/>
        <source>Webhook %1 removed; deliveries already queued for it are still sent.</source>
        <translation>Webhook %1 verwijderd; afleveringen die al klaarstaan worden nog verstuurd.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="693"/>
        <source>--limit must be 1 to 10000</source>
        <translation>--limit moet tussen 1 en 10000 liggen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="699"/>
        <source>delivered</source>
        <translation>afgeleverd</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="700"/>
        <source>given up</source>
        <translation>opgegeven</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="701"/>
        <source>pending</source>
        <translation>wacht</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="725"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>Gebruiker %1 bestaat al; ongewijzigd gelaten.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="732"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>Gebruiker %2 toegevoegd (%1, wachtwoord &quot;demo&quot;).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="737"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Hallo {visitor.name}, ik ben {agent.name}. Waarmee kan ik u helpen?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Order status</source>
        <translation>Bestelstatus</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Orders</source>
        <translation>Bestellingen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="739"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Ik bekijk bestelling {order.number} nu, een ogenblik geduld alstublieft.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Refund started</source>
        <translation>Terugbetaling gestart</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="741"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>Ik heb de terugbetaling voor bestelling {order.number} gestart; u ziet het bedrag binnen 5 werkdagen terug.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>Goodbye</source>
        <translation>Afscheid</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="744"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Bedankt voor het chatten, {visitor.name}. Nog een fijne dag!</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="748"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 gedeelde standaardantwoorden toegevoegd.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="752"/>
        <source>cannot add the demo API token: %1</source>
        <translation>kan het demo-API-token niet toevoegen: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 eerdere escalaties toegevoegd voor het rapport van de supervisors.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="755"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Demo-API-token (één keer getoond): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="762"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>gebruik: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="765"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set: niets te wijzigen; geef --skills, --capacity, --role of --display-name op</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="788"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="794"/>
        <source>cannot change user %1: %2</source>
        <translation>kan gebruiker %1 niet wijzigen: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>Gebruiker %2 (%1) gewijzigd: vaardigheden %3, capaciteit %4. De desks van deze gebruiker zien de wijziging bij de volgende aanmelding.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="798"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Een draaiende router leest het opnieuw in bij SIGHUP (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>always open</source>
        <translation>altijd open</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="861"/>
        <source>overflow to %1 after %2 s</source>
        <translation>overloop naar %1 na %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="865"/>
        <source>(default)</source>
        <translation>(standaard)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="870"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 bestaat nog niet; dit zijn de standaardwaarden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="877"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow en --after horen bij elkaar</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="888"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="1055"/>
        <source>--priority must be a whole number</source>
        <translation>--priority moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="894"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone vereist --hours, bijv. --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="901"/>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="914"/>
        <source>--after must be a number of seconds</source>
        <translation>--after moet een aantal seconden zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="930"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 is langer dan 1000 tekens</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after moet een aantal seconden zijn (0 = nooit)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="954"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>gebruik: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="963"/>
        <source>queue %1 exists already</source>
        <translation>wachtrij %1 bestaat al</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="970"/>
        <source>Added queue %1 to %2.</source>
        <translation>Wachtrij %1 toegevoegd aan %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="976"/>
        <source>usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>gebruik: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="986"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>there is no queue %1</source>
        <translation>er is geen wachtrij %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>Changed queue %1 in %2.</source>
        <translation>Wachtrij %1 gewijzigd in %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="997"/>
        <source>usage: queue remove ID</source>
        <translation>gebruik: queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>Removed queue %1 from %2.</source>
        <translation>Wachtrij %1 verwijderd uit %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1039"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>gebruik: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1046"/>
        <source>rule %1 exists already</source>
        <translation>regel %1 bestaat al</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1065"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position moet een getal van 1 tot %1 zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1071"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Regel %1 toegevoegd op positie %2 van %3.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1076"/>
        <source>usage: rule remove NAME</source>
        <translation>gebruik: rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>there is no rule %1</source>
        <translation>er is geen regel %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Regel %1 verwijderd uit %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1089"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 is geldig: %2 wachtrijen, %3 regels, standaardwachtrij %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>report: say which report: --kpi</source>
        <translation>report: zeg welk rapport: --kpi</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>cannot read the report: %1</source>
        <translation>het rapport kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1165"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen &quot;%1&quot; is niet ADRES:POORT, bijv. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1175"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert en --tls-key horen bij elkaar: geef beide bestanden op of geen van beide</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1208"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>routering uit %1: %2 wachtrijen, %3 regels</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1224"/>
        <source>transcripts by e-mail through %1</source>
        <translation>transcripten per e-mail via %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1233"/>
        <source>cannot create %1</source>
        <translation>kan %1 niet aanmaken</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1276"/>
        <source>cannot restore open conversations: %1</source>
        <translation>kan de open gesprekken niet herstellen: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1287"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS: https en wss met het certificaat voor %1, geldig tot %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1291"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>waarschuwing: het TLS-certificaat is op %1 verlopen; browsers en desks weigeren het. Installeer een nieuw certificaat en start de router opnieuw.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1295"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>waarschuwing: het TLS-certificaat verloopt op %1, over %n dag. Installeer een nieuw certificaat en start de router opnieuw.</numerusform>
            <numerusform>waarschuwing: het TLS-certificaat verloopt op %1, over %n dagen. Installeer een nieuw certificaat en start de router opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1302"/>
        <source>cannot watch signals: %1</source>
        <translation>kan signalen niet bewaken: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1304"/>
        <source>shutting down</source>
        <translation>wordt afgesloten</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1314"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: configuratie niet opnieuw geladen, de vorige blijft gelden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1322"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: routering niet opnieuw geladen, de vorige blijft gelden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1327"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP: routering opnieuw geladen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1329"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 luistert op %2, gegevens in %3 (schema %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1337"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="271"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="277"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1: regel %2: veld %3: %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="283"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1: regel %2: geen geldige JSON: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="290"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1: regel 1: de configuratie moet een JSON-object zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="211"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="302"/>
        <source>unknown field (known: %1)</source>
        <translation>onbekend veld (bekend: %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="109"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>moet een object zijn zoals {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="121"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>moet de uitgever van de tokens noemen (hun &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="129"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>moet het publiek (&quot;aud&quot;) noemen waarvoor de website tokens uitgeeft</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>moet een https-adres zijn (http alleen op deze machine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="143"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>heeft precies één van &quot;keyFile&quot; en &quot;jwksUrl&quot; nodig</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="167"/>
        <source>may name at most %1 claims</source>
        <translation>mag hoogstens %1 claims noemen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="170"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; is geen claimnaam</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="185"/>
        <source>must be an object such as {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</source>
        <translation>moet een object zijn zoals {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="217"/>
        <source>must be one line of text</source>
        <translation>moet één regel tekst zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="236"/>
        <source>must be an smtp:// or smtps:// address with a host</source>
        <translation>moet een smtp://- of smtps://-adres met een host zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="241"/>
        <source>may be false only for a server on this machine (127.0.0.1, ::1 or localhost)</source>
        <translation>mag alleen false zijn voor een server op deze machine (127.0.0.1, ::1 of localhost)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="246"/>
        <source>must be an e-mail address such as chat@shop.example</source>
        <translation>moet een e-mailadres zijn zoals chat@shop.example</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="252"/>
        <source>needs at most one of &quot;password&quot; and &quot;passwordFile&quot;</source>
        <translation>mag hoogstens één van &quot;password&quot; en &quot;passwordFile&quot; hebben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="308"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>moet een tekenreeks zijn zoals &quot;127.0.0.1:8080&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="313"/>
        <source>must be a directory path</source>
        <translation>moet een mappad zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>moet een PostgreSQL-URL zijn zoals &quot;postgres://handoff@db/handoff&quot; of &quot;sqlite:BESTAND&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="329"/>
        <source>must be an object such as {&quot;maxAttempts&quot;: 12}</source>
        <translation>moet een object zijn zoals {&quot;maxAttempts&quot;: 12}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="346"/>
        <source>unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</source>
        <translation>onbekend veld (bekend: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="357"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>moet een aantal seconden van 0 tot 3600 zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="366"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>moet een lijst van origins zijn zoals &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="373"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>&quot;%1&quot; is geen origin zoals &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="380"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>moet een geheim van minstens 16 tekens zonder spaties zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="386"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>moet een object zijn zoals {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="404"/>
        <source>unknown limit</source>
        <translation>onbekende limiet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="156"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="230"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="408"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="465"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>moet een geheel getal van %1 tot %2 zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="415"/>
        <source>must be an object such as {&quot;maxMegabytes&quot;: 10}</source>
        <translation>moet een object zijn zoals {&quot;maxMegabytes&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="443"/>
        <source>must be clamd&apos;s Unix socket (an absolute path) or HOST:PORT</source>
        <translation>moet de Unix-socket van clamd (een absoluut pad) of HOST:POORT zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="449"/>
        <source>must be a directory (relative to the configuration file)</source>
        <translation>moet een map zijn (relatief ten opzichte van het configuratiebestand)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="161"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="223"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="455"/>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="462"/>
        <source>unknown setting</source>
        <translation>onbekende instelling</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="259"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="485"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="504"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>moet een object (de routeringsconfiguratie) of een bestandsnaam zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="518"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>moet een object zijn zoals {&quot;cert&quot;: &quot;BESTAND&quot;, &quot;key&quot;: &quot;BESTAND&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="522"/>
        <source>unknown field (known: cert, key)</source>
        <translation>onbekend veld (bekend: cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="132"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="526"/>
        <source>must be the path of a PEM file</source>
        <translation>moet het pad van een PEM-bestand zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="534"/>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="540"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>onbekend veld (bekend: name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="544"/>
        <source>must be a number from 1 to 20</source>
        <translation>moet een getal van 1 tot 20 zijn</translation>
    </message>
</context>
<context>
    <name>handoff::router::RoutingFile</name>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="45"/>
        <location filename="../src/router/RoutingFile.cpp" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="58"/>
        <source>%1: not a JSON object</source>
        <translation>%1: geen JSON-object</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="70"/>
        <source>not changed, the result would be invalid: %1</source>
        <translation>niet gewijzigd, het resultaat zou ongeldig zijn: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::AttachmentService</name>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="152"/>
        <source>The file cannot be stored now: %1</source>
        <translation>Het bestand kan nu niet worden opgeslagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="159"/>
        <source>The file took longer than %n second(s) to arrive.</source>
        <translation>
            <numerusform>Het bestand deed er langer dan %n seconde over om aan te komen.</numerusform>
            <numerusform>Het bestand deed er langer dan %n seconden over om aan te komen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="191"/>
        <location filename="../src/server/AttachmentService.cpp" line="282"/>
        <source>The file cannot be stored: %1</source>
        <translation>Het bestand kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="207"/>
        <source>&quot;%1&quot; is not a file of an accepted type (%2). The type is judged from the file&apos;s content, not its name.</source>
        <translation>&quot;%1&quot; is geen bestand van een toegestaan type (%2). Het type wordt bepaald door de inhoud van het bestand, niet door de naam.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="215"/>
        <source>&quot;%1&quot; is named as a %2 file, but its content is %3. Send it with a name that fits.</source>
        <translation>&quot;%1&quot; heeft de naam van een %2-bestand, maar de inhoud is %3. Stuur het met een naam die past.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="239"/>
        <source>&quot;%1&quot; was refused: the virus scanner found %2 in it.</source>
        <translation>&quot;%1&quot; is geweigerd: de virusscanner vond er %2 in.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="246"/>
        <source>The file cannot be checked for viruses now (%1); send it again later.</source>
        <translation>Het bestand kan nu niet op virussen worden gecontroleerd (%1); stuur het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="300"/>
        <source>The file could not be recorded; send it again.</source>
        <translation>Het bestand kon niet worden vastgelegd; stuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="367"/>
        <source>Send the chat&apos;s token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Stuur het token van de chat als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="368"/>
        <source>The token is not known or has expired.</source>
        <translation>Het token is onbekend of verlopen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="392"/>
        <source>Send the file with a Content-Length.</source>
        <translation>Stuur het bestand met een Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="394"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="397"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Het bestand is groter dan %1 MB.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="399"/>
        <source>The router is receiving too many files at once; try again shortly.</source>
        <translation>De router ontvangt te veel bestanden tegelijk; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="402"/>
        <source>The router&apos;s disk is almost full; files cannot be received now.</source>
        <translation>De schijf van de router is bijna vol; er kunnen nu geen bestanden worden ontvangen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="405"/>
        <source>Wait until the file being sent has arrived.</source>
        <translation>Wacht tot het bestand dat nu wordt verzonden is aangekomen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="413"/>
        <source>At most %n file(s) a minute may be sent in a chat.</source>
        <translation>
            <numerusform>In een chat mag hoogstens %n bestand per minuut worden verzonden.</numerusform>
            <numerusform>In een chat mogen hoogstens %n bestanden per minuut worden verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="416"/>
        <source>At most %n file(s) may be sent in one chat.</source>
        <translation>
            <numerusform>In één chat mag hoogstens %n bestand worden verzonden.</numerusform>
            <numerusform>In één chat mogen hoogstens %n bestanden worden verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="418"/>
        <source>The files of one chat may not exceed %1 MB together.</source>
        <translation>De bestanden van één chat mogen samen niet groter zijn dan %1 MB.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="471"/>
        <source>You may not send files into this chat.</source>
        <translation>U mag geen bestanden in deze chat sturen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use POST to send a file.</source>
        <translation>Gebruik POST om een bestand te sturen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use GET.</source>
        <translation>Gebruik GET.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="501"/>
        <source>Too many files are being fetched at once; try again shortly.</source>
        <translation>Er worden te veel bestanden tegelijk opgehaald; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="509"/>
        <source>There is no file %1 for you.</source>
        <translation>Er is geen bestand %1 voor u.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="555"/>
        <source>The file %1 is no longer kept.</source>
        <translation>Het bestand %1 wordt niet meer bewaard.</translation>
    </message>
</context>
<context>
    <name>handoff::server::ClamdScanner</name>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="29"/>
        <source>the virus scanner cannot be reached: %1</source>
        <translation>de virusscanner is niet bereikbaar: %1</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="44"/>
        <source>the virus scanner did not answer in time</source>
        <translation>de virusscanner antwoordde niet op tijd</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="89"/>
        <source>the virus scanner&apos;s answer is too long</source>
        <translation>het antwoord van de virusscanner is te lang</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="103"/>
        <source>the virus scanner answered: %1</source>
        <translation>de virusscanner antwoordde: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="31"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>We zijn op dit moment gesloten. Laat een bericht achter, dan antwoorden we u.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="35"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Er is op dit moment niemand beschikbaar. Laat een bericht achter of blijf wachten: u houdt uw plek in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="42"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Helaas was er nog niemand vrij om te antwoorden. Laat een bericht achter, dan antwoorden we u, of blijf wachten: u houdt uw plek in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="80"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>De chat kan nu niet beginnen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="82"/>
        <source>store failure</source>
        <translation>opslagfout</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="243"/>
        <source>The visitor ended the chat.</source>
        <translation>De bezoeker heeft de chat beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="244"/>
        <location filename="../src/server/DeskRequests.cpp" line="421"/>
        <source>%1 ended the chat.</source>
        <translation>%1 heeft de chat beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="246"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>De bezoeker is vertrokken voordat iemand kon antwoorden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="260"/>
        <source>You ended the chat.</source>
        <translation>U hebt de chat beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="82"/>
        <source>Handoff Assistant</source>
        <translation>Handoff-assistent</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="236"/>
        <location filename="../src/server/ConversationHub.cpp" line="240"/>
        <location filename="../src/server/ConversationHub.cpp" line="252"/>
        <source>The router is shutting down.</source>
        <translation>De router wordt afgesloten.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello is al verzonden op deze verbinding.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="263"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>Het veld &quot;version&quot; moet de protocolversie noemen, bijv. &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="270"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Deze router gebruikt protocol %1; versie %2 wordt niet ondersteund.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="272"/>
        <source>unsupported protocol version</source>
        <translation>niet-ondersteunde protocolversie</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="283"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>De router verstuurt geen verzoeken; &quot;%1&quot; beantwoordt niets.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="292"/>
        <source>Say hello and sign in first.</source>
        <translation>Stuur eerst hello en meld u aan.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="294"/>
        <source>Say hello first.</source>
        <translation>Stuur eerst hello.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="301"/>
        <source>Sign in first.</source>
        <translation>Meld u eerst aan.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="49"/>
        <location filename="../src/server/ConversationHub.cpp" line="370"/>
        <location filename="../src/server/ConversationHub.cpp" line="418"/>
        <location filename="../src/server/HubCluster.cpp" line="693"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Onbekend verzoektype &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="78"/>
        <source>You have no consult on the chat %1.</source>
        <translation>U hebt geen overleg over de chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="97"/>
        <source>Consult a colleague, not yourself.</source>
        <translation>Overleg met een collega, niet met uzelf.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="101"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Over deze chat loopt al overleg; beëindig dat eerst.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="106"/>
        <source>%1 is not signed in.</source>
        <translation>%1 is niet aangemeld.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="148"/>
        <source>The consult has started; end it instead.</source>
        <translation>Het overleg is begonnen; beëindig het in plaats daarvan.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="165"/>
        <location filename="../src/server/ConsultService.cpp" line="219"/>
        <source>The consult has not started.</source>
        <translation>Het overleg is niet begonnen.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="224"/>
        <source>%1 is a supervisor and takes no chats.</source>
        <translation>%1 is supervisor en neemt geen chats aan.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="244"/>
        <source>%1 handed this chat over to %2.</source>
        <translation>%1 heeft deze chat overgedragen aan %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="398"/>
        <source>This chat has ended.</source>
        <translation>Deze chat is beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="26"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Het veld &quot;presence&quot; moet &quot;available&quot;, &quot;away&quot; of &quot;offline&quot; zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="51"/>
        <location filename="../src/server/DeskRequests.cpp" line="61"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>Het aanbod voor %1 is verlopen of naar iemand anders gegaan.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="53"/>
        <location filename="../src/server/DeskRequests.cpp" line="121"/>
        <source>No chat %1 is offered to you.</source>
        <translation>Er wordt u geen chat %1 aangeboden.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="92"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>De router kon de toewijzing niet opslaan; de chat wacht opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="702"/>
        <location filename="../src/server/DeskRequests.cpp" line="101"/>
        <source>%1 joined the chat</source>
        <translation>%1 neemt deel aan de chat</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="128"/>
        <location filename="../src/server/DeskRequests.cpp" line="158"/>
        <source>The chat %1 is closed.</source>
        <translation>De chat %1 is gesloten.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="49"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>Het veld ‘offset’ moet een geheel getal van 0 tot %1 zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="87"/>
        <location filename="../src/server/CustomerRequests.cpp" line="92"/>
        <location filename="../src/server/CustomerRequests.cpp" line="180"/>
        <location filename="../src/server/DeskRequests.cpp" line="160"/>
        <location filename="../src/server/DeskRequests.cpp" line="168"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>De chat %1 is niet aan u toegewezen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="112"/>
        <location filename="../src/server/CustomerRequests.cpp" line="198"/>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <location filename="../src/server/DeskRequests.cpp" line="273"/>
        <source>There is no chat %1.</source>
        <translation>Er is geen chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="138"/>
        <source>Only supervisors can search customers.</source>
        <translation>Alleen supervisors kunnen klanten zoeken.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="144"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>Het veld ‘query’ moet %1 tot %2 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="183"/>
        <location filename="../src/server/DeskRequests.cpp" line="201"/>
        <source>The router could not store the message; send it again.</source>
        <translation>De router kon het bericht niet opslaan; verzend het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="243"/>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>The chat %1 is not yours.</source>
        <translation>De chat %1 is niet van u.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="297"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Geef een &quot;queueId&quot; of een &quot;agentId&quot; op om naar door te verbinden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="213"/>
        <location filename="../src/server/DeskRequests.cpp" line="302"/>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="306"/>
        <source>There is no queue %1.</source>
        <translation>Er is geen wachtrij %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="93"/>
        <location filename="../src/server/DeskRequests.cpp" line="314"/>
        <source>There is no agent %1.</source>
        <translation>Er is geen medewerker %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="325"/>
        <source>Agent %1 is offline.</source>
        <translation>Medewerker %1 is offline.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>Agent %1 is away.</source>
        <translation>Medewerker %1 is afwezig.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="381"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 heeft deze chat doorverbonden met de wachtrij %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="382"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 heeft deze chat doorverbonden met %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="402"/>
        <source>The disposition or the note is too long.</source>
        <translation>Het resultaat of de notitie is te lang.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="476"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>Het veld &quot;watch&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="43"/>
        <source>This connection is already signed in.</source>
        <translation>Deze verbinding is al aangemeld.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="47"/>
        <source>A sign-in is already under way on this connection.</source>
        <translation>Er loopt al een aanmelding op deze verbinding.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="58"/>
        <location filename="../src/server/HubSignIn.cpp" line="69"/>
        <source>Sign in with &quot;user&quot; and &quot;password&quot;, or with &quot;token&quot;.</source>
        <translation>Meld u aan met &quot;user&quot; en &quot;password&quot;, of met &quot;token&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="63"/>
        <source>Too many failed sign-ins for %1; try again in a minute.</source>
        <translation>Te veel mislukte aanmeldingen voor %1; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="85"/>
        <source>The sign-in token is unknown or expired; sign in with your password.</source>
        <translation>Het aanmeldtoken is onbekend of verlopen; meld u aan met uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="86"/>
        <source>Wrong user name or password.</source>
        <translation>Onjuiste gebruikersnaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="89"/>
        <source>The router could not store the sign-in; try again.</source>
        <translation>De router kon de aanmelding niet opslaan; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="97"/>
        <source>Too many sign-ins are under way; try again in a moment.</source>
        <translation>Er lopen te veel aanmeldingen tegelijk; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="128"/>
        <source>This session was resumed on another connection.</source>
        <translation>Deze sessie is op een andere verbinding hervat.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="102"/>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Het veld &quot;%1&quot; moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="108"/>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>Het veld &quot;%1&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="114"/>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>Het veld &quot;%1&quot; moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="131"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>Het veld &quot;%1&quot; moet een niet-lege tekenreeks van hoogstens %2 tekens zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="142"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>Het veld &quot;%1&quot; moet niet-lege tekst zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="146"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>De tekst heeft %1 tekens; hoogstens %2 zijn toegestaan.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="45"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Meld u aan op de website om met ons te chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="70"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Meld u opnieuw aan op de website om met ons te chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="79"/>
        <source>You are chatting without being signed in.</source>
        <translation>U chat zonder aangemeld te zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="93"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>Het veld &quot;visitorToken&quot; is te lang.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="172"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Te veel nieuwe chats vanaf uw adres; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="174"/>
        <source>too many new chats</source>
        <translation>te veel nieuwe chats</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="385"/>
        <source>There is no ended chat to rate here.</source>
        <translation>Er is hier geen beëindigde chat om te beoordelen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="389"/>
        <location filename="../src/server/VisitorRequests.cpp" line="442"/>
        <source>You have rated this chat already.</source>
        <translation>U hebt deze chat al beoordeeld.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="396"/>
        <source>Field &quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>Het veld &quot;rating&quot; moet een geheel getal van 1 tot 5 zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="401"/>
        <source>Field &quot;comment&quot; must be text.</source>
        <translation>Het veld &quot;comment&quot; moet tekst zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="407"/>
        <source>The comment is too long (1000 characters at most).</source>
        <translation>De opmerking is te lang (hoogstens 1000 tekens).</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="434"/>
        <source>Your rating could not be stored; send it again.</source>
        <translation>Uw beoordeling kon niet worden opgeslagen; verstuur hem opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="475"/>
        <source>This site does not send transcripts by e-mail.</source>
        <translation>Deze site verstuurt geen transcripten per e-mail.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="483"/>
        <source>There is no ended chat to send here.</source>
        <translation>Er is hier geen beëindigde chat om te versturen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="488"/>
        <source>Please enter one e-mail address, such as name@example.com.</source>
        <translation>Vul één e-mailadres in, zoals naam@example.com.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="496"/>
        <source>Too many e-mail requests; try again later.</source>
        <translation>Te veel e-mailverzoeken; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="515"/>
        <source>Your request could not be stored; send it again.</source>
        <translation>Uw verzoek kon niet worden opgeslagen; verstuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="522"/>
        <source>A chat&apos;s transcript can be e-mailed at most %1 times.</source>
        <translation>Het transcript van een chat kan hoogstens %1 keer worden gemaild.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="56"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>kan niet aansluiten bij de routers van deze database: %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="508"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Deze chat wordt door een andere server bediend; opnieuw verbinden.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="510"/>
        <source>served by another router</source>
        <translation>bediend door een andere router</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="657"/>
        <location filename="../src/server/VisitorRequests.cpp" line="24"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>Uw bericht kon niet worden opgeslagen; verzend het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="305"/>
        <source>The visitor asked for a person.</source>
        <translation>De bezoeker vroeg om een mens.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="325"/>
        <source>The name or e-mail address is too long.</source>
        <translation>De naam of het e-mailadres is te lang.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="43"/>
        <source>Chat transcript</source>
        <translation>Transcript van de chat</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="45"/>
        <source>Conversation: %1</source>
        <translation>Gesprek: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="47"/>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="49"/>
        <source>Ended: %1</source>
        <translation>Beëindigd: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="51"/>
        <source>Agent: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="58"/>
        <source>(The transcript is cut here: it is too long.)</source>
        <translation>(Het transcript houdt hier op: het is te lang.)</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="64"/>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="151"/>
        <source>Use GET.</source>
        <translation>Gebruik GET.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="163"/>
        <source>Too many transcript downloads; try again in a minute.</source>
        <translation>Te veel downloads van het transcript; probeer het over een minuut opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="34"/>
        <source>There is no transcript at %1 for this visitor token.</source>
        <translation>Er is geen transcript op %1 voor dit bezoekerstoken.</translation>
    </message>
    <message>
        <location filename="../src/server/HubAttachments.cpp" line="91"/>
        <source>You have sent no file %1 in this chat.</source>
        <translation>U hebt in deze chat geen bestand %1 verzonden.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="395"/>
        <source>The sign-in token is not valid.</source>
        <translation>Het aanmeldtoken is ongeldig.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="399"/>
        <source>The sign-in token&apos;s signature could not be verified.</source>
        <translation>De handtekening van het aanmeldtoken kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="400"/>
        <source>Your sign-in has expired.</source>
        <translation>Uw aanmelding is verlopen.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="402"/>
        <source>The sign-in token is not valid yet.</source>
        <translation>Het aanmeldtoken is nog niet geldig.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="405"/>
        <source>The sign-in token is meant for another site.</source>
        <translation>Het aanmeldtoken is bedoeld voor een andere website.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="407"/>
        <source>Your sign-in cannot be checked right now.</source>
        <translation>Uw aanmelding kan nu niet worden gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>handoff::server::HandoffApi</name>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="50"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Stuur het API-token als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="56"/>
        <source>The API token is not known.</source>
        <translation>Het API-token is onbekend.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="73"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>Er is geen gesprek %1 dat met dit API-token is overgedragen.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="107"/>
        <source>Use GET.</source>
        <translation>Gebruik GET.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="112"/>
        <source>Use POST.</source>
        <translation>Gebruik POST.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="125"/>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>De body moet JSON zijn (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>De body is geen geldige JSON: %1 op positie %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="132"/>
        <source>The body must be a JSON object.</source>
        <translation>De body moet een JSON-object zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="148"/>
        <source>The callback must be an http or https address of at most 2048 characters, without a user name or password.</source>
        <translation>Het terugmeldadres moet een http- of https-adres van hoogstens 2048 tekens zijn, zonder gebruikersnaam of wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="155"/>
        <source>The handoff could not be stored: %1</source>
        <translation>De overdracht kon niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::HttpRequestParser</name>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="165"/>
        <source>The request headers are larger than 16 KiB.</source>
        <translation>De headers van het verzoek zijn groter dan 16 KiB.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="177"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="183"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="193"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="199"/>
        <source>The request line is not HTTP.</source>
        <translation>De verzoekregel is geen HTTP.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="201"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Alleen HTTP/1.0 en HTTP/1.1 worden ondersteund.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="205"/>
        <source>The request target must be a path.</source>
        <translation>Het doel van het verzoek moet een pad zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="222"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="235"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="238"/>
        <source>A header line is malformed.</source>
        <translation>Een headerregel is onjuist opgebouwd.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="242"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="255"/>
        <source>The request must have exactly one valid Host header.</source>
        <translation>Het verzoek moet precies één geldige Host-header hebben.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="259"/>
        <source>Content-Length and Transfer-Encoding must not be sent together.</source>
        <translation>Content-Length en Transfer-Encoding mogen niet samen worden verzonden.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="261"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="269"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="276"/>
        <source>The Transfer-Encoding header is not valid here.</source>
        <translation>De Transfer-Encoding-header is hier niet geldig.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="277"/>
        <source>Chunked request bodies are not supported; send Content-Length.</source>
        <translation>Chunked bodies worden niet ondersteund; stuur Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="281"/>
        <source>Content-Length must be sent once.</source>
        <translation>Content-Length mag maar één keer worden verzonden.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="291"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length is geen getal.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="296"/>
        <source>The request body is larger than 256 KiB.</source>
        <translation>De body van het verzoek is groter dan 256 KiB.</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityService</name>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="37"/>
        <source>cannot read the identity key file %1: %2</source>
        <translation>kan het identiteitssleutelbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="42"/>
        <source>identity key file %1: %2</source>
        <translation>identiteitssleutelbestand %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="106"/>
        <source>larger than %1 bytes</source>
        <translation>groter dan %1 bytes</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="113"/>
        <source>identity: cannot use the JWKS from %1: %2</source>
        <translation>identiteit: de JWKS van %1 is niet bruikbaar: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityTokenVerifier</name>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="210"/>
        <source>no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form</source>
        <translation>geen openbare RSA-sleutel (2048 bits of meer) of EC P-256-sleutel of certificaat in PEM-vorm</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="220"/>
        <source>not a JWKS document (a JSON object with &quot;keys&quot;)</source>
        <translation>geen JWKS-document (een JSON-object met &quot;keys&quot;)</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="245"/>
        <source>the JWKS holds no RSA or EC P-256 signing key</source>
        <translation>de JWKS bevat geen RSA- of EC P-256-ondertekeningssleutel</translation>
    </message>
</context>
<context>
    <name>handoff::server::KpiReport</name>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="45"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as dates (YYYY-MM-DD), &quot;to&quot; not before &quot;from&quot; and at most %1 days in all.</source>
        <translation>Geef &quot;from&quot; en &quot;to&quot; als datum (YYYY-MM-DD), &quot;to&quot; niet vóór &quot;from&quot; en hoogstens %1 dagen in totaal.</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="218"/>
        <source>KPIs from %1 to %2 (%3)</source>
        <translation>KPI&apos;s van %1 tot en met %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>Aband. %</source>
        <translation>Afgeh. %</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>SL %</source>
        <translation>SN %</translation>
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
        <translation>Gemist</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="230"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Transfers</source>
        <translation>Doorverbindingen</translation>
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
        <translation>Alle wachtrijen</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
</context>
<context>
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address already in use</source>
        <translation>adres al in gebruik</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="72"/>
        <source>permission denied</source>
        <translation>toegang geweigerd</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="73"/>
        <source>address not available on this machine</source>
        <translation>adres niet beschikbaar op deze machine</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="76"/>
        <source>cannot listen on %1: %2</source>
        <translation>kan niet luisteren op %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="171"/>
        <location filename="../src/server/RouterServer.cpp" line="229"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Pagina&apos;s van %1 mogen deze API niet aanroepen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="220"/>
        <source>Pages of %1 may not fetch files here.</source>
        <translation>Pagina’s van %1 mogen hier geen bestanden ophalen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="197"/>
        <location filename="../src/server/RouterServer.cpp" line="250"/>
        <source>Use GET.</source>
        <translation>Gebruik GET.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="202"/>
        <source>This address speaks WebSocket only.</source>
        <translation>Dit adres spreekt alleen WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="207"/>
        <source>Nothing is at %1.</source>
        <translation>Er is niets op %1.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="239"/>
        <source>Pages of %1 may not send files here.</source>
        <translation>Pagina’s van %1 mogen hier geen bestanden sturen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="254"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics vereist het metrics-token.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="274"/>
        <source>The database does not answer.</source>
        <translation>De database antwoordt niet.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="97"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Onbekend verzoektype &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="129"/>
        <location filename="../src/server/SupervisorService.cpp" line="269"/>
        <source>Only supervisors may do %1.</source>
        <translation>Alleen supervisors mogen %1 uitvoeren.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="221"/>
        <source>Too many actions are on their way to other routers; try again.</source>
        <translation>Te veel acties zijn onderweg naar andere routers; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="227"/>
        <source>Another router serves the chat %1: a note for it may have at most %2 bytes.</source>
        <translation>Een andere router bedient de chat %1: een notitie daarvoor mag hoogstens %2 bytes hebben.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="241"/>
        <source>The router serving the chat %1 did not answer; try again.</source>
        <translation>De router die de chat %1 bedient, antwoordde niet; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="303"/>
        <location filename="../src/server/SupervisorService.cpp" line="329"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Deze desk heeft geen sessie; meld u opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="592"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Geef de &quot;conversationId&quot; op en precies één van &quot;agentId&quot; en &quot;queueId&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="596"/>
        <source>The note is longer than %1 characters.</source>
        <translation>De notitie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="137"/>
        <location filename="../src/server/SupervisorService.cpp" line="601"/>
        <location filename="../src/server/SupervisorService.cpp" line="738"/>
        <location filename="../src/server/SupervisorService.cpp" line="756"/>
        <source>The chat %1 is closed.</source>
        <translation>De chat %1 is gesloten.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="204"/>
        <source>There is no chat %1.</source>
        <translation>Er is geen chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="609"/>
        <location filename="../src/server/SupervisorService.cpp" line="912"/>
        <source>There is no agent %1.</source>
        <translation>Er is geen medewerker %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="613"/>
        <source>The chat %1 is already with %2.</source>
        <translation>De chat %1 is al bij %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="619"/>
        <source>There is no queue %1.</source>
        <translation>Er is geen wachtrij %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="704"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 heeft deze chat toegewezen aan %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="705"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 heeft deze chat verplaatst naar de wachtrij %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="726"/>
        <location filename="../src/server/SupervisorService.cpp" line="874"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>Het veld &quot;conversationId&quot; moet een chat noemen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="769"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>U kijkt niet mee met een chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="791"/>
        <source>Only a chat an agent has can be joined; %1 has no agent.</source>
        <translation>Alleen een chat met een agent kun je bijwonen; %1 heeft geen agent.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="801"/>
        <source>Supervisor %1 joined the chat</source>
        <translation>Supervisor %1 neemt deel aan de chat</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="812"/>
        <source>You have not joined a chat %1.</source>
        <translation>U neemt niet deel aan een chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="819"/>
        <location filename="../src/server/SupervisorService.cpp" line="857"/>
        <source>%1 left the chat</source>
        <translation>%1 heeft de chat verlaten</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="878"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>De reden is langer dan %1 tekens.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="883"/>
        <source>The chat %1 is already closed.</source>
        <translation>De chat %1 is al gesloten.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="891"/>
        <source>A supervisor</source>
        <translation>Een supervisor</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="898"/>
        <source>%1 ended the chat.</source>
        <translation>%1 heeft de chat beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="907"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Geef de &quot;agentId&quot; op en een &quot;presence&quot; van &quot;available&quot;, &quot;away&quot; of &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="989"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Geef &quot;from&quot; en &quot;to&quot; op als tijdstippen (ISO 8601), &quot;to&quot; na &quot;from&quot; en hoogstens %1 dagen uit elkaar.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1092"/>
        <source>The report cannot be read right now; try again shortly.</source>
        <translation>Het rapport kan nu niet worden gelezen; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1106"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>Het veld &quot;limit&quot; moet een getal van 1 tot %1 zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1140"/>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>&quot;limit&quot; moet een getal van 1 tot %1 zijn.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1153"/>
        <source>The delivery log cannot be read now; try again.</source>
        <translation>Het afleverlogboek kan nu niet gelezen worden; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>handoff::store::PostgresStore</name>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="168"/>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>geen geldige PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="188"/>
        <source>not a PostgreSQL connection string (expected key=value pairs)</source>
        <translation>geen PostgreSQL-verbindingsreeks (verwacht paren key=value)</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="209"/>
        <source>unsupported connection option %1</source>
        <translation>niet-ondersteunde verbindingsoptie %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="214"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>de poort moet een getal van 1 tot 65535 zijn</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="218"/>
        <source>schema &quot;%1&quot; must be letters, digits and underscores</source>
        <translation>schema &quot;%1&quot; mag alleen letters, cijfers en onderstrepingstekens bevatten</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="248"/>
        <source>the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>het PostgreSQL-stuurprogramma voor Qt (QPSQL, pakket libqt6sql6-psql) is niet geïnstalleerd</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="269"/>
        <source>cannot connect to %1: %2</source>
        <translation>kan geen verbinding maken met %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="281"/>
        <source>cannot use schema %1: %2</source>
        <translation>kan schema %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="300"/>
        <source>lost the connection to %1 and cannot reconnect: %2</source>
        <translation>verbinding met %1 verbroken en opnieuw verbinden lukt niet: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="325"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>kan het schema niet vergrendelen voor de migratie: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="329"/>
        <source>cannot create schema %1: %2</source>
        <translation>kan schema %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="333"/>
        <source>cannot create the schema version table: %1</source>
        <translation>kan de tabel met de schemaversie niet aanmaken: %1</translation>
    </message>
</context>
<context>
    <name>handoff::store::SqlStore</name>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="225"/>
        <source>cannot start the migration: %1</source>
        <translation>kan de migratie niet starten: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="238"/>
        <source>cannot read the schema version: %1</source>
        <translation>kan de schemaversie niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="240"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 heeft schemaversie %2, nieuwer dan deze versie kent (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="251"/>
        <source>migration %1 is missing from the build</source>
        <translation>migratie %1 ontbreekt in deze versie</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>migration %1 failed: %2</source>
        <translation>migratie %1 is mislukt: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="261"/>
        <source>cannot commit the migration: %1</source>
        <translation>kan de migratie niet vastleggen: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="323"/>
        <source>cannot hash the password</source>
        <translation>kan het wachtwoord niet hashen</translation>
    </message>
</context>
</TS>

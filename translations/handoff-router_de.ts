<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="71"/>
        <source>no hello in time</source>
        <translation>kein hello rechtzeitig</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="148"/>
        <source>too far behind</source>
        <translation>zu weit im Rückstand</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="207"/>
        <source>too many frames</source>
        <translation>zu viele Frames</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="211"/>
        <location filename="../src/server/ClientConnection.cpp" line="219"/>
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Zu viele Frames; bitte langsamer (höchstens 20 pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="248"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Binäre Frames sind nicht Teil des Protokolls.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>Der Frame ist %1 Bytes groß und überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>Der Frame ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>Der Frame muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>Das Feld „id“ muss eine Zeichenkette mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>Das Feld „type“ fehlt oder ist keine kurze Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>Das Feld „re“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>Das Feld „seq“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>Das Feld „data“ muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="56"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Seiten von %1 dürfen hier keine Chats öffnen.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="192"/>
        <source>The request took too long to arrive.</source>
        <translation>Die Anfrage kam zu langsam an.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="172"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>Das Feld &quot;includeHandled&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>Das Feld &quot;id&quot; muss die Kennung einer hinterlassenen Nachricht sein, z. B. &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="202"/>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="207"/>
        <source>Already handled by %1.</source>
        <translation>Bereits erledigt von %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="224"/>
        <source>The router could not store that; try again.</source>
        <translation>Der Router konnte das nicht speichern; bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="41"/>
        <source>line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="47"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="56"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet wird eines von: %1)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="69"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="75"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="89"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="114"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="121"/>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="151"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>muss ein Objekt mit timeZone, weekly und holidays sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="161"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>muss ein Objekt mit Tagen als Schlüsseln sein, z. B. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="181"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>unbekannter Tag (verwenden Sie monday … sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>muss eine Liste von Zeiträumen wie &quot;09:00-17:00&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="192"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>muss ein Zeitraum &quot;HH:mm-HH:mm&quot; sein, z. B. &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="195"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>muss nach seinem Beginn enden (Zeiträume dürfen nicht über Mitternacht gehen; teilen Sie sie auf zwei Tage auf)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="205"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>muss eine Liste von Daten &quot;YYYY-MM-DD&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="211"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>muss ein Datum &quot;YYYY-MM-DD&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="230"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="257"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="261"/>
        <source>the configuration must be a JSON object</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="290"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>unbekannte Strategie „%1“ (verwenden Sie &quot;leastBusy&quot; oder &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="299"/>
        <source>must be a non-empty list of queues</source>
        <translation>muss eine nicht leere Liste von Warteschlangen sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="307"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="411"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="331"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>doppelte Warteschlangen-ID „%1“</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="356"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>muss ein Objekt mit &quot;queue&quot; und &quot;afterSeconds&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="369"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>Pflichtfeld „afterSeconds“ fehlt</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="383"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="398"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="434"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>unbekannte Warteschlange „%1“</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="387"/>
        <source>a queue cannot overflow into itself</source>
        <translation>eine Warteschlange kann nicht in sich selbst überlaufen</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="404"/>
        <source>must be a list of rules</source>
        <translation>muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="437"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="513"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>Wir sind gerade nicht erreichbar. Ihre Nachricht bleibt erhalten, und wir antworten, sobald wir wieder da sind.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="519"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Gerade ist niemand frei. Hinterlassen Sie uns eine Nachricht oder bleiben Sie dran – Ihr Platz in der Warteschlange bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="94"/>
        <source>position %1: unterminated string</source>
        <translation>Position %1: Zeichenkette nicht abgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="107"/>
        <source>position %1: unexpected &apos;%2&apos;</source>
        <translation>Position %1: unerwartetes &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="123"/>
        <source>position %1: unexpected character &apos;%2&apos;</source>
        <translation>Position %1: unerwartetes Zeichen &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="180"/>
        <source>end of condition</source>
        <translation>Ende der Bedingung</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="198"/>
        <source>position %1: expected &apos;and&apos;, &apos;or&apos; or end of condition, found %2</source>
        <translation>Position %1: &apos;and&apos;, &apos;or&apos; oder Ende der Bedingung erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="292"/>
        <source>position %1: expected &apos;)&apos; to close &apos;(&apos; at position %2, found %3</source>
        <translation>Position %1: &apos;)&apos; erwartet, um &apos;(&apos; an Position %2 zu schließen, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="300"/>
        <source>position %1: expected a field name, found %2</source>
        <translation>Position %1: Feldname erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="321"/>
        <source>position %1: expected an operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) after &apos;%2&apos;, found %3</source>
        <translation>Position %1: Operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) nach &apos;%2&apos; erwartet, gefunden: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="334"/>
        <source>position %1: expected &apos;[&apos; after &apos;in&apos;, found %2</source>
        <translation>Position %1: &apos;[&apos; nach &apos;in&apos; erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="351"/>
        <source>position %1: expected &apos;,&apos; or &apos;]&apos; in list, found %2</source>
        <translation>Position %1: &apos;,&apos; oder &apos;]&apos; in der Liste erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="371"/>
        <source>position %1: expected a value after &apos;%2&apos;, found %3</source>
        <translation>Position %1: Wert nach &apos;%2&apos; erwartet, gefunden: %3</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="20"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>TLS-Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="21"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>TLS-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="83"/>
        <source>the TLS certificate %1 holds no PEM certificate</source>
        <translation>das TLS-Zertifikat %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="93"/>
        <source>the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>der TLS-Schlüssel %1 ist kein privater PEM-Schlüssel (RSA oder EC, ohne Passphrase)</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="107"/>
        <source>the TLS key %1 does not belong to the certificate %2</source>
        <translation>der TLS-Schlüssel %1 gehört nicht zum Zertifikat %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="110"/>
        <source>the TLS certificate %1 and key %2 do not work: %3</source>
        <translation>TLS-Zertifikat %1 und Schlüssel %2 funktionieren nicht: %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="64"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="75"/>
        <source>cannot set up %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <location filename="../src/store/StoreFactory.cpp" line="40"/>
        <source>no database given</source>
        <translation>keine Datenbank angegeben</translation>
    </message>
</context>
<context>
    <name>StoreNotifier</name>
    <message>
        <location filename="../src/store/StoreNotifier.cpp" line="31"/>
        <source>cannot listen for changes on %1: %2</source>
        <translation>Änderungen an %1 können nicht verfolgt werden: %2</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Keine Übersetzung für die Sprache „%1“; es wird Englisch verwendet.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::BotConversation</name>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="343"/>
        <location filename="../src/bot/BotConversation.cpp" line="474"/>
        <source>The visitor asked for a person.</source>
        <translation>Der Besucher wollte einen Menschen sprechen.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="221"/>
        <source>Let me connect you with someone who can help.</source>
        <translation>Ich verbinde Sie mit jemandem, der Ihnen weiterhelfen kann.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="317"/>
        <source>The bot did not understand the visitor&apos;s message.</source>
        <translation>Der Bot hat die Nachricht des Besuchers nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="318"/>
        <source>The bot did not understand %1 messages in a row.</source>
        <translation>Der Bot hat %1 Nachrichten hintereinander nicht verstanden.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="352"/>
        <source>The visitor seemed frustrated (&quot;%1&quot;).</source>
        <translation>Der Besucher wirkte frustriert („%1“).</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="424"/>
        <source>Sorry, I didn&apos;t understand that.</source>
        <translation>Entschuldigung, das habe ich nicht verstanden.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::DemoOrderDirectory</name>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="22"/>
        <source>Shipped on 18 November; it should arrive within 2 working days.</source>
        <translation>Am 18. November versandt; sie sollte innerhalb von 2 Werktagen ankommen.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="26"/>
        <source>Being prepared in our warehouse; it will ship within 24 hours.</source>
        <translation>Wird in unserem Lager vorbereitet; der Versand erfolgt innerhalb von 24 Stunden.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="30"/>
        <source>Delivered on 20 November.</source>
        <translation>Am 20. November zugestellt.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="33"/>
        <source>Cancelled at your request; the refund was issued on 21 November.</source>
        <translation>Auf Ihren Wunsch storniert; die Erstattung wurde am 21. November veranlasst.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="37"/>
        <source>Waiting for payment.</source>
        <translation>Wartet auf Zahlung.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="39"/>
        <source>Returned; the refund is being processed.</source>
        <translation>Zurückgesendet; die Erstattung wird bearbeitet.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::ExternalHandoff</name>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="46"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="132"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; enthält ein Feld ohne Namen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="134"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; enthält einen Feldnamen mit mehr als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="136"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; hat keinen Wert für das Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="142"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Das Feld &quot;%1&quot; in &quot;%2&quot; ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="145"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="185"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>&quot;reason&quot; fehlt: Sagen Sie in einem Satz, warum das Gespräch einen Menschen braucht.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="194"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; muss &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; oder &quot;external&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="218"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; muss ein Objekt wie {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="227"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="245"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; muss ein Objekt mit einer Zeichenkette &quot;name&quot; und einem &quot;value&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="253"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; muss ein Objekt aus Namen und Werten oder ein Array aus {&quot;name&quot;, &quot;value&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="261"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; muss ein Array aus {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="264"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; enthält mehr als %1 Nachrichten.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="277"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; muss &quot;user&quot; oder &quot;bot&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="280"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="283"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="288"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; muss eine ISO-8601-Zeitangabe wie &quot;2026-11-25T09:30:00Z&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="311"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; enthält kein Ereignis namens &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="314"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; muss &quot;event&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="316"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; muss &quot;handoff.initiate&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="320"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; muss ein Objekt mit dem Übergabekontext sein (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="341"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="357"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; muss ein Array aus Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="386"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>&quot;value.va_ConversationId&quot; fehlt (und die Aktivität hat keine &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="390"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; muss ein Objekt sein (eine Gesprächsreferenz).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="398"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>Der Copilot-Studio-Bot hat übergeben: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="400"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>Der Copilot-Studio-Bot hat aus dem Thema „%1“ übergeben.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="402"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>Der Copilot-Studio-Bot hat das Gespräch übergeben.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="422"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="431"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; des Transcripts muss &quot;application/json&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="439"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; muss ein Array aus Aktivitäten sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="443"/>
        <source>&quot;%1.content.activities&quot; has more than %2 activities.</source>
        <translation>&quot;%1.content.activities&quot; enthält mehr als %2 Aktivitäten.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::TopicSet</name>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="514"/>
        <source>Cannot read the topic file %1: %2.</source>
        <translation>Die Themendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="59"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="64"/>
        <location filename="../src/bot/TopicSet.cpp" line="71"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="74"/>
        <source>%1[%2] must be a non-empty string.</source>
        <translation>%1[%2] muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="79"/>
        <source>%1 must be a string or an array of strings.</source>
        <translation>%1 muss eine Zeichenkette oder ein Array aus Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="87"/>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>%1: &quot;%2&quot; fehlt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="91"/>
        <source>%1 &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="102"/>
        <source>%1 &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 ist kein gültiger regulärer Ausdruck: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="121"/>
        <source>slot &quot;%1&quot;</source>
        <translation>Slot „%1“</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="125"/>
        <source>%1: a slot name is lower-case words joined by dots, e.g. &quot;order.number&quot;.</source>
        <translation>%1: Ein Slot-Name besteht aus kleingeschriebenen Wörtern, die durch Punkte verbunden sind, z. B. &quot;order.number&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="127"/>
        <location filename="../src/bot/TopicSet.cpp" line="200"/>
        <location filename="../src/bot/TopicSet.cpp" line="208"/>
        <location filename="../src/bot/TopicSet.cpp" line="234"/>
        <location filename="../src/bot/TopicSet.cpp" line="248"/>
        <location filename="../src/bot/TopicSet.cpp" line="318"/>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="139"/>
        <source>%1 &quot;rejectWords&quot;</source>
        <translation>Feld &quot;rejectWords&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="144"/>
        <source>%1 &quot;transform&quot; must be &quot;upper&quot;, &quot;lower&quot; or &quot;title&quot;.</source>
        <translation>%1: &quot;transform&quot; muss &quot;upper&quot;, &quot;lower&quot; oder &quot;title&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="145"/>
        <source>%1 &quot;pattern&quot;</source>
        <translation>Feld &quot;pattern&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="148"/>
        <source>%1 &quot;extract&quot;</source>
        <translation>Feld &quot;extract&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="305"/>
        <source>%1 uses the placeholder {%2}, which no slot or action of this topic fills.</source>
        <translation>%1 verwendet den Platzhalter {%2}, den weder ein Slot noch eine Aktion dieses Themas füllt.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="316"/>
        <source>topics[%1]</source>
        <translation>topics[%1]</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="325"/>
        <source>%1 &quot;id&quot; must be lower-case letters, digits and dashes, e.g. &quot;order-status&quot;.</source>
        <translation>%1: &quot;id&quot; darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, z. B. &quot;order-status&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="327"/>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1: Die ID &quot;%2&quot; wird zweimal verwendet.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="329"/>
        <location filename="../src/bot/TopicSet.cpp" line="446"/>
        <source>topic &quot;%1&quot;</source>
        <translation>Thema „%1“</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="336"/>
        <source>%1 &quot;triggers&quot;</source>
        <translation>Feld &quot;triggers&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="184"/>
        <source>%1: the trigger &quot;%2&quot; has no words.</source>
        <translation>%1: Der Auslöser &quot;%2&quot; enthält keine Wörter.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="159"/>
        <source>%1 has the key &quot;%2&quot;, which a translation cannot give; it may give: %3.</source>
        <translation>%1 enthält den Schlüssel &quot;%2&quot;, den eine Übersetzung nicht angeben kann; erlaubt sind: %3.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="205"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>%1: &quot;%2&quot; ist kein Sprachcode wie &quot;de&quot; oder &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="242"/>
        <source>%1 names the slot &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 nennt den Slot &quot;%2&quot;, der nicht unter &quot;slots&quot; am Anfang der Datei definiert ist.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="340"/>
        <source>%1 &quot;intro&quot;</source>
        <translation>Feld &quot;intro&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="341"/>
        <source>%1 &quot;again&quot;</source>
        <translation>Feld &quot;again&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="342"/>
        <source>%1 &quot;answer&quot;</source>
        <translation>Feld &quot;answer&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="343"/>
        <source>%1 &quot;failureAnswer&quot;</source>
        <translation>Feld &quot;failureAnswer&quot; von %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="349"/>
        <location filename="../src/bot/TopicSet.cpp" line="352"/>
        <source>%1 &quot;slots&quot; must be an array of slot names.</source>
        <translation>%1: &quot;slots&quot; muss ein Array aus Slot-Namen sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="354"/>
        <source>%1 &quot;slots&quot; names &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1: &quot;slots&quot; nennt &quot;%2&quot;, das nicht unter &quot;slots&quot; am Anfang der Datei definiert ist.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="366"/>
        <source>%1 &quot;action&quot; must be one of: %2.</source>
        <translation>%1: &quot;action&quot; muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="368"/>
        <source>%1: the action &quot;lookupOrder&quot; needs &quot;order.number&quot; in &quot;slots&quot;.</source>
        <translation>%1: Die Aktion &quot;lookupOrder&quot; braucht &quot;order.number&quot; in &quot;slots&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="370"/>
        <source>%1 has an action, so it needs a &quot;failureAnswer&quot;.</source>
        <translation>%1 hat eine Aktion und braucht daher eine &quot;failureAnswer&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="375"/>
        <source>%1 hands off, so it needs a &quot;handoffReason&quot;.</source>
        <translation>%1 übergibt an einen Menschen und braucht daher einen &quot;handoffReason&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="384"/>
        <source>The topic file is not valid JSON: %1 at offset %2.</source>
        <translation>Die Themendatei ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="388"/>
        <source>The topic file must be a JSON object.</source>
        <translation>Die Themendatei muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="392"/>
        <source>The topic file</source>
        <translation>Die Themendatei</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="394"/>
        <source>The topic file&apos;s &quot;version&quot; must be 1.</source>
        <translation>Das Feld &quot;version&quot; der Themendatei muss 1 sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="398"/>
        <source>Handoff Assistant</source>
        <translation>Handoff-Assistent</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="402"/>
        <source>The topic file&apos;s &quot;fallback&quot;</source>
        <translation>Das Feld &quot;fallback&quot; der Themendatei</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="404"/>
        <source>The topic file&apos;s &quot;declinePhrases&quot;</source>
        <translation>Das Feld &quot;declinePhrases&quot; der Themendatei</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="410"/>
        <source>The topic file&apos;s &quot;matchThreshold&quot; must be a number above 0 and at most 1.</source>
        <translation>Das Feld &quot;matchThreshold&quot; der Themendatei muss eine Zahl größer als 0 und höchstens 1 sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="417"/>
        <source>The topic file&apos;s &quot;slots&quot; must be an object of slot definitions.</source>
        <translation>Das Feld &quot;slots&quot; der Themendatei muss ein Objekt aus Slot-Definitionen sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="429"/>
        <source>The topic file needs a non-empty &quot;topics&quot; array.</source>
        <translation>Die Themendatei braucht ein nicht leeres Array &quot;topics&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="453"/>
        <source>The topic file&apos;s &quot;startTopic&quot; names &quot;%1&quot;, which is not a topic.</source>
        <translation>Das Feld &quot;startTopic&quot; der Themendatei nennt &quot;%1&quot;, das kein Thema ist.</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterCommandLine</name>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="163"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>„%1“ ist nicht TAGE ZEIT-ZEIT, z. B. &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="177"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>das Passwort muss mindestens %1 Zeichen lang sein; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Adresse und Port, auf denen der Router lauscht (Standard 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Verzeichnis der Datenbank (Standard: die Anwendungsdaten des Benutzers).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="278"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Datenbank statt handoff.db im Datenverzeichnis: eine PostgreSQL-URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq-Schlüsselwörter (&quot;host=H dbname=D&quot;) oder sqlite:DATEI.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>JSON-Konfigurationsdatei (siehe docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="232"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>die Zugriffsrechte von %1 (jetzt %2) können nicht eingeschränkt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="237"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>Zugriffsrechte von %1 von %2 auf %3 eingeschränkt</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve: PEM-Zertifikat (mit seiner Kette), um https und wss auf demselben Port anzubieten.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve: privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add: agent oder supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="286"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd: das Passwort (ohne Angabe von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>user add: the name visitors see.</source>
        <translation>user add: der Name, den Besucher sehen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add: Fähigkeiten, durch Kommas getrennt, z. B. billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add: gleichzeitige Chats (Standard 3).</translation>
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
        <translation>queue add: der Name der Warteschlange, wie Agenten ihn sehen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add: Priorität von -1000 bis 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add: Zeitzone von --hours, z. B. Europe/Berlin (Standard UTC).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add: Öffnungszeiten, z. B. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>HOURS</source>
        <translation>ZEITEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="299"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add: Warteschlange, die wartende Chats übernimmt (mit --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="300"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <source>queue add: seconds of waiting before --overflow.</source>
        <translation>queue add: Sekunden Wartezeit vor --overflow.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="312"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="304"/>
        <source>queue add/set: what visitors read when the queue is closed (empty: the built-in text).</source>
        <translation>queue add/set: was Besucher lesen, wenn die Warteschlange geschlossen ist (leer: der eingebaute Text).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="305"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="308"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="307"/>
        <source>queue add/set: what visitors read when no agent is signed in (empty: the built-in text).</source>
        <translation>queue add/set: was Besucher lesen, wenn kein Agent angemeldet ist (leer: der eingebaute Text).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="310"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set: Sekunden, die ein Besucher unbeantwortet wartet, bevor das Nachrichtenformular angeboten wird (Standard 300, 0 = nie).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="313"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add: die Bedingung, z. B. &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="314"/>
        <source>CONDITION</source>
        <translation>BEDINGUNG</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add: die Warteschlange, an die die Regel Chats schickt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="316"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add: Platz in der Regelliste, ab 1 gezählt (Standard: zuletzt).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>webhook add: the events the endpoint gets, comma-separated (default: all).</source>
        <translation>webhook add: die Ereignisse, die der Endpunkt erhält, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>webhook add: the signing secret (default: a new random one, printed once).</source>
        <translation>webhook add: das Signaturgeheimnis (Standard: ein neues zufälliges, einmal ausgegeben).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="322"/>
        <source>webhook log: how many deliveries, newest first (default 50).</source>
        <translation>webhook log: wie viele Zustellungen, neueste zuerst (Standard 50).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="324"/>
        <source>report: the contact-centre KPIs (see docs/supervisor.md).</source>
        <translation>report: die Kennzahlen des Contact-Centers (siehe docs/supervisor.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <source>report: the first day, YYYY-MM-DD (default today).</source>
        <translation>report: der erste Tag, YYYY-MM-DD (Standard heute).</translation>
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
        <translation>report: der letzte Tag, YYYY-MM-DD (Standard der erste Tag).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="328"/>
        <source>report: print JSON instead of a table.</source>
        <translation>report: JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="330"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Sprache der Meldungen, z. B. de oder en (Standard: die Umgebungsvariable HANDOFF_LANGUAGE, sonst die Sprache des Systems).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="332"/>
        <source>LANG</source>
        <translation>LANG</translation>
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
        <translation>Handoff-Router: stellt den Web-Chat bereit, betreibt den Bot und leitet Gespräche an Agenten weiter.

Befehle:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https und wss statt http und ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        API-Token für einen externen Bot anlegen (wird einmal ausgegeben)
  webhook add URL [--events a,b] [--secret S]   signierte Ereignisse an URL senden
  webhook list | remove ID | log [--limit N]
  demo                  Demo-Agenten, Textbausteine und ein API-Token anlegen
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [die Optionen von queue add]   eine Warteschlange ändern; nur die angegebenen Optionen ändern sich
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  eine Routing-Datei prüfen (Standard: routing.json im Datenverzeichnis)
  report --kpi [--from DATE] [--to DATE] [--json]   Kennzahlen je Warteschlange und Agent, Tage in der Zeitzone des Routers
queue und rule bearbeiten routing.json im Datenverzeichnis; ein laufender Router liest sie bei SIGHUP neu ein.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="367"/>
        <source>serve, user, token, webhook, demo, queue, rule, routing or report.</source>
        <translation>serve, user, token, webhook, demo, queue, rule, routing oder report.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="444"/>
        <source>no command given; try --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="445"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="456"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>kein Datenverzeichnis: --data-dir VERZ angeben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="466"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>Das Datenverzeichnis %1 gehört dem Benutzer %2; führen Sie diesen Befehl als dieser Benutzer aus: sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="475"/>
        <source>cannot create data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="483"/>
        <source>data directory %1 is not writable</source>
        <translation>Datenverzeichnis %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="536"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>Aufruf: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="543"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>der Benutzername „%1“ muss aus 1–64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="546"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="776"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role muss agent oder supervisor sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="555"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="783"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity muss eine Zahl von 1 bis 50 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="558"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="566"/>
        <source>user %1 exists already</source>
        <translation>Benutzer %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="568"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>cannot add user %1: %2</source>
        <translation>Benutzer %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>Added %1 %2.</source>
        <translation>%1 %2 angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="589"/>
        <source>usage: user passwd NAME [--password P]</source>
        <translation>Aufruf: user passwd NAME [--password P]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="595"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="772"/>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="601"/>
        <source>cannot change the password: %1</source>
        <translation>das Passwort kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Passwort von %1 geändert; die zugehörigen Desks müssen sich neu anmelden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>usage: token add NAME</source>
        <translation>Aufruf: token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="617"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>API-Token %1 kann nicht angelegt werden (ist der Name schon vergeben?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>API-Token %1 angelegt; es wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="627"/>
        <source>usage: webhook add URL [--events a,b] [--secret SECRET]</source>
        <translation>Aufruf: webhook add URL [--events a,b] [--secret GEHEIMNIS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="636"/>
        <source>there is no event %1; the events are: %2</source>
        <translation>es gibt kein Ereignis %1; die Ereignisse sind: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="643"/>
        <source>the secret must have at least 16 characters</source>
        <translation>das Geheimnis muss mindestens 16 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="651"/>
        <source>cannot add the webhook: %1</source>
        <translation>der Webhook kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="655"/>
        <source>Signing secret (shown only this once): %1</source>
        <translation>Signaturgeheimnis (wird nur dieses eine Mal angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="656"/>
        <source>Webhook %1 added; running routers use it within 10 seconds.</source>
        <translation>Webhook %1 hinzugefügt; laufende Router verwenden ihn innerhalb von 10 Sekunden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="668"/>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="675"/>
        <source>usage: webhook remove ID</source>
        <translation>Aufruf: webhook remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="681"/>
        <source>there is no webhook %1</source>
        <translation>es gibt keinen Webhook %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="683"/>
        <source>Webhook %1 removed; deliveries already queued for it are still sent.</source>
        <translation>Webhook %1 entfernt; bereits eingereihte Zustellungen werden noch gesendet.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="693"/>
        <source>--limit must be 1 to 10000</source>
        <translation>--limit muss zwischen 1 und 10000 liegen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="699"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="700"/>
        <source>given up</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="701"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="725"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>Benutzer %1 existiert bereits; bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="732"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>%1 %2 angelegt (Passwort „demo“).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="737"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Hallo {visitor.name}, ich bin {agent.name}. Wie kann ich Ihnen helfen?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="739"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Ich sehe mir die Bestellung {order.number} gerade an, einen Moment bitte.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Refund started</source>
        <translation>Erstattung eingeleitet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="741"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>Ich habe die Erstattung für die Bestellung {order.number} eingeleitet; Sie erhalten sie innerhalb von 5 Werktagen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="744"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Danke für Ihre Nachricht, {visitor.name}. Einen schönen Tag noch!</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="748"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 gemeinsame Textbausteine angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="752"/>
        <source>cannot add the demo API token: %1</source>
        <translation>das Demo-API-Token kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 vergangene Eskalationen für den Bericht der Supervisoren angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="755"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Demo-API-Token (wird einmal angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="762"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>Aufruf: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="765"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set: nichts zu ändern; --skills, --capacity, --role oder --display-name angeben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="788"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="794"/>
        <source>cannot change user %1: %2</source>
        <translation>Benutzer %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>%1 %2 geändert: Fähigkeiten %3, Kapazität %4. Die zugehörigen Desks sehen die Änderung nach der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="798"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>always open</source>
        <translation>immer geöffnet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="861"/>
        <source>overflow to %1 after %2 s</source>
        <translation>Überlauf zu %1 nach %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="865"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="870"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 existiert noch nicht; dies sind die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="877"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow und --after gehören zusammen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="963"/>
        <source>queue %1 exists already</source>
        <translation>Warteschlange %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="888"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="1055"/>
        <source>--priority must be a whole number</source>
        <translation>--priority muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="894"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone braucht --hours, z. B. --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="901"/>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="914"/>
        <source>--after must be a number of seconds</source>
        <translation>--after muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="970"/>
        <source>Added queue %1 to %2.</source>
        <translation>Warteschlange %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Ein laufender Router liest sie bei SIGHUP neu ein (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="997"/>
        <source>usage: queue remove ID</source>
        <translation>Aufruf: queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="986"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>there is no queue %1</source>
        <translation>es gibt keine Warteschlange %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="930"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 ist länger als 1000 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after muss eine Anzahl Sekunden sein (0 = nie)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="954"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>Aufruf: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="976"/>
        <source>usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>Aufruf: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>Changed queue %1 in %2.</source>
        <translation>Warteschlange %1 in %2 geändert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>Removed queue %1 from %2.</source>
        <translation>Warteschlange %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1039"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>Aufruf: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1046"/>
        <source>rule %1 exists already</source>
        <translation>Regel %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1065"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1071"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Regel %1 an Position %2 von %3 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1076"/>
        <source>usage: rule remove NAME</source>
        <translation>Aufruf: rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>there is no rule %1</source>
        <translation>es gibt keine Regel %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Regel %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1089"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 ist gültig: %2 Warteschlangen, %3 Regeln, Standard-Warteschlange %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>report: say which report: --kpi</source>
        <translation>report: welcher Bericht? --kpi</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>cannot read the report: %1</source>
        <translation>der Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1165"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen „%1“ ist nicht ADRESSE:PORT, z. B. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1175"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert und --tls-key gehören zusammen: geben Sie beide Dateien an oder keine</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1208"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>Routing aus %1: %2 Warteschlangen, %3 Regeln</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1224"/>
        <source>transcripts by e-mail through %1</source>
        <translation>Protokolle per E-Mail über %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1233"/>
        <source>cannot create %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1276"/>
        <source>cannot restore open conversations: %1</source>
        <translation>offene Gespräche können nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1287"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS: https und wss mit dem Zertifikat für %1, gültig bis %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1291"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>Warnung: das TLS-Zertifikat ist am %1 abgelaufen; Browser und Desks lehnen es ab. Installieren Sie ein neues und starten Sie den Router neu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1295"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>Warnung: das TLS-Zertifikat läuft am %1 ab, in %n Tag. Installieren Sie ein neues und starten Sie den Router neu.</numerusform>
            <numerusform>Warnung: das TLS-Zertifikat läuft am %1 ab, in %n Tagen. Installieren Sie ein neues und starten Sie den Router neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1302"/>
        <source>cannot watch signals: %1</source>
        <translation>Signale können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1304"/>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1314"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: Konfiguration nicht neu geladen, die bisherige bleibt: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1322"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: Routing nicht neu geladen, das bisherige bleibt: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1327"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP: Routing neu geladen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1329"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 lauscht auf %2, Daten in %3 (Schema %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1337"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="271"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="277"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1: Zeile %2: Feld %3: %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="283"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1: Zeile %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="290"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1: Zeile 1: die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="211"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="302"/>
        <source>unknown field (known: %1)</source>
        <translation>unbekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="109"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>muss ein Objekt sein, etwa {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="121"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>muss den Aussteller der Tokens nennen (ihr &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="129"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>muss die Zielgruppe (&quot;aud&quot;) nennen, für die die Website Tokens ausstellt</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>muss eine https-Adresse sein (http nur auf diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="143"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>braucht genau eines von &quot;keyFile&quot; und &quot;jwksUrl&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="167"/>
        <source>may name at most %1 claims</source>
        <translation>darf höchstens %1 Claims nennen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="170"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; ist kein Claim-Name</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="185"/>
        <source>must be an object such as {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</source>
        <translation>muss ein Objekt sein, etwa {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="217"/>
        <source>must be one line of text</source>
        <translation>muss eine Textzeile sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="236"/>
        <source>must be an smtp:// or smtps:// address with a host</source>
        <translation>muss eine smtp://- oder smtps://-Adresse mit Host sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="241"/>
        <source>may be false only for a server on this machine (127.0.0.1, ::1 or localhost)</source>
        <translation>darf nur für einen Server auf diesem Rechner false sein (127.0.0.1, ::1 oder localhost)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="246"/>
        <source>must be an e-mail address such as chat@shop.example</source>
        <translation>muss eine E-Mail-Adresse sein, etwa chat@shop.example</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="252"/>
        <source>needs at most one of &quot;password&quot; and &quot;passwordFile&quot;</source>
        <translation>erlaubt höchstens eines von „password“ und „passwordFile“</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="308"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>muss eine Zeichenkette wie &quot;127.0.0.1:8080&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="313"/>
        <source>must be a directory path</source>
        <translation>muss ein Verzeichnispfad sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>muss eine PostgreSQL-URL wie &quot;postgres://handoff@db/handoff&quot; oder &quot;sqlite:DATEI&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="329"/>
        <source>must be an object such as {&quot;maxAttempts&quot;: 12}</source>
        <translation>muss ein Objekt sein, etwa {&quot;maxAttempts&quot;: 12}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="346"/>
        <source>unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</source>
        <translation>unbekanntes Feld (bekannt: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="357"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>muss eine Anzahl Sekunden von 0 bis 3600 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="366"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>muss eine Liste von Origins wie &quot;https://shop.example&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="373"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>„%1“ ist kein Origin wie &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="380"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>muss ein Geheimnis aus mindestens 16 Zeichen ohne Leerzeichen sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="386"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>muss ein Objekt sein, etwa {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="404"/>
        <source>unknown limit</source>
        <translation>unbekannte Grenze</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="156"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="230"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="408"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="465"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="415"/>
        <source>must be an object such as {&quot;maxMegabytes&quot;: 10}</source>
        <translation>muss ein Objekt sein, etwa {&quot;maxMegabytes&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="443"/>
        <source>must be clamd&apos;s Unix socket (an absolute path) or HOST:PORT</source>
        <translation>muss der Unix-Socket von clamd (ein absoluter Pfad) oder HOST:PORT sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="449"/>
        <source>must be a directory (relative to the configuration file)</source>
        <translation>muss ein Verzeichnis sein (relativ zur Konfigurationsdatei)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="161"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="223"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="455"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="462"/>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="259"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="485"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="504"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>muss ein Objekt (die Routing-Konfiguration) oder ein Dateiname sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="518"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>muss ein Objekt sein, z. B. {&quot;cert&quot;: &quot;DATEI&quot;, &quot;key&quot;: &quot;DATEI&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="522"/>
        <source>unknown field (known: cert, key)</source>
        <translation>unbekanntes Feld (bekannt: cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="132"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="526"/>
        <source>must be the path of a PEM file</source>
        <translation>muss der Pfad einer PEM-Datei sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="534"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="540"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>unbekanntes Feld (bekannt: name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="544"/>
        <source>must be a number from 1 to 20</source>
        <translation>muss eine Zahl von 1 bis 20 sein</translation>
    </message>
</context>
<context>
    <name>handoff::router::RoutingFile</name>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="45"/>
        <location filename="../src/router/RoutingFile.cpp" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="58"/>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="70"/>
        <source>not changed, the result would be invalid: %1</source>
        <translation>nicht geändert, das Ergebnis wäre ungültig: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::AttachmentService</name>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="152"/>
        <source>The file cannot be stored now: %1</source>
        <translation>Die Datei kann gerade nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="159"/>
        <source>The file took longer than %n second(s) to arrive.</source>
        <translation>
            <numerusform>Die Datei brauchte länger als %n Sekunde, um anzukommen.</numerusform>
            <numerusform>Die Datei brauchte länger als %n Sekunden, um anzukommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="191"/>
        <location filename="../src/server/AttachmentService.cpp" line="282"/>
        <source>The file cannot be stored: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="207"/>
        <source>&quot;%1&quot; is not a file of an accepted type (%2). The type is judged from the file&apos;s content, not its name.</source>
        <translation>„%1“ ist keine Datei eines erlaubten Typs (%2). Der Typ ergibt sich aus dem Inhalt der Datei, nicht aus ihrem Namen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="215"/>
        <source>&quot;%1&quot; is named as a %2 file, but its content is %3. Send it with a name that fits.</source>
        <translation>„%1“ ist als %2-Datei benannt, sein Inhalt ist aber %3. Senden Sie sie mit einem passenden Namen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="239"/>
        <source>&quot;%1&quot; was refused: the virus scanner found %2 in it.</source>
        <translation>„%1“ wurde abgelehnt: Der Virenscanner hat darin %2 gefunden.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="246"/>
        <source>The file cannot be checked for viruses now (%1); send it again later.</source>
        <translation>Die Datei kann gerade nicht auf Viren geprüft werden (%1); senden Sie sie später noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="300"/>
        <source>The file could not be recorded; send it again.</source>
        <translation>Die Datei konnte nicht erfasst werden; senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="367"/>
        <source>Send the chat&apos;s token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Senden Sie das Token des Chats als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="368"/>
        <source>The token is not known or has expired.</source>
        <translation>Das Token ist unbekannt oder abgelaufen.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="392"/>
        <source>Send the file with a Content-Length.</source>
        <translation>Senden Sie die Datei mit einer Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="394"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="397"/>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="399"/>
        <source>The router is receiving too many files at once; try again shortly.</source>
        <translation>Der Router empfängt gerade zu viele Dateien gleichzeitig; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="402"/>
        <source>The router&apos;s disk is almost full; files cannot be received now.</source>
        <translation>Die Festplatte des Routers ist fast voll; Dateien können gerade nicht empfangen werden.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="405"/>
        <source>Wait until the file being sent has arrived.</source>
        <translation>Warten Sie, bis die Datei, die gerade gesendet wird, angekommen ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="413"/>
        <source>At most %n file(s) a minute may be sent in a chat.</source>
        <translation>
            <numerusform>In einem Chat darf höchstens %n Datei pro Minute gesendet werden.</numerusform>
            <numerusform>In einem Chat dürfen höchstens %n Dateien pro Minute gesendet werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="416"/>
        <source>At most %n file(s) may be sent in one chat.</source>
        <translation>
            <numerusform>In einem Chat darf höchstens %n Datei gesendet werden.</numerusform>
            <numerusform>In einem Chat dürfen höchstens %n Dateien gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="418"/>
        <source>The files of one chat may not exceed %1 MB together.</source>
        <translation>Die Dateien eines Chats dürfen zusammen höchstens %1 MB groß sein.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="471"/>
        <source>You may not send files into this chat.</source>
        <translation>Sie dürfen in diesen Chat keine Dateien senden.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use POST to send a file.</source>
        <translation>Verwenden Sie POST, um eine Datei zu senden.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="501"/>
        <source>Too many files are being fetched at once; try again shortly.</source>
        <translation>Zu viele Dateien werden gerade abgerufen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="509"/>
        <source>There is no file %1 for you.</source>
        <translation>Es gibt keine Datei %1 für Sie.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="555"/>
        <source>The file %1 is no longer kept.</source>
        <translation>Die Datei %1 wird nicht mehr aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>handoff::server::ClamdScanner</name>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="29"/>
        <source>the virus scanner cannot be reached: %1</source>
        <translation>der Virenscanner ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="44"/>
        <source>the virus scanner did not answer in time</source>
        <translation>der Virenscanner hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="89"/>
        <source>the virus scanner&apos;s answer is too long</source>
        <translation>die Antwort des Virenscanners ist zu lang</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="103"/>
        <source>the virus scanner answered: %1</source>
        <translation>der Virenscanner antwortete: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="102"/>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>Das Feld „%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="108"/>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>Das Feld „%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="114"/>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>Das Feld „%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="131"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>Das Feld „%1“ muss eine nicht leere Zeichenkette mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="142"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>Das Feld „%1“ muss nicht leerer Text sein.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="146"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="31"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>Wir sind gerade nicht erreichbar. Hinterlassen Sie uns eine Nachricht, wir antworten Ihnen.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="35"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Gerade ist niemand frei. Hinterlassen Sie uns eine Nachricht oder bleiben Sie dran – Ihr Platz in der Warteschlange bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="42"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Leider war noch niemand frei, um zu antworten. Hinterlassen Sie uns eine Nachricht, wir melden uns, oder warten Sie weiter: Sie behalten Ihren Platz in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="82"/>
        <source>store failure</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="82"/>
        <source>Handoff Assistant</source>
        <translation>Handoff-Assistent</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="236"/>
        <location filename="../src/server/ConversationHub.cpp" line="240"/>
        <location filename="../src/server/ConversationHub.cpp" line="252"/>
        <source>The router is shutting down.</source>
        <translation>Der Router wird beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello wurde auf dieser Verbindung bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="263"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>Das Feld „version“ muss die Protokollversion nennen, z. B. &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="270"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Dieser Router verwendet Protokoll %1; Version %2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="272"/>
        <source>unsupported protocol version</source>
        <translation>nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="283"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>Der Router sendet keine Anfragen; „%1“ beantwortet nichts.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="292"/>
        <source>Say hello and sign in first.</source>
        <translation>Zuerst hello senden und anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="294"/>
        <source>Say hello first.</source>
        <translation>Zuerst hello senden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="301"/>
        <source>Sign in first.</source>
        <translation>Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="43"/>
        <source>This connection is already signed in.</source>
        <translation>Diese Verbindung ist bereits angemeldet.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="47"/>
        <source>A sign-in is already under way on this connection.</source>
        <translation>Auf dieser Verbindung läuft bereits eine Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="58"/>
        <location filename="../src/server/HubSignIn.cpp" line="69"/>
        <source>Sign in with &quot;user&quot; and &quot;password&quot;, or with &quot;token&quot;.</source>
        <translation>Mit „user“ und „password“ oder mit „token“ anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="63"/>
        <source>Too many failed sign-ins for %1; try again in a minute.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen für %1; bitte in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="86"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="89"/>
        <source>The router could not store the sign-in; try again.</source>
        <translation>Der Router konnte die Anmeldung nicht speichern; bitte erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="85"/>
        <source>The sign-in token is unknown or expired; sign in with your password.</source>
        <translation>Das Anmelde-Token ist unbekannt oder abgelaufen; bitte mit Ihrem Passwort anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="97"/>
        <source>Too many sign-ins are under way; try again in a moment.</source>
        <translation>Zu viele Anmeldungen laufen gerade; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="128"/>
        <source>This session was resumed on another connection.</source>
        <translation>Diese Sitzung wurde auf einer anderen Verbindung fortgesetzt.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="49"/>
        <location filename="../src/server/ConversationHub.cpp" line="370"/>
        <location filename="../src/server/ConversationHub.cpp" line="418"/>
        <location filename="../src/server/HubCluster.cpp" line="693"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Unbekannter Anfragetyp „%1“.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="78"/>
        <source>You have no consult on the chat %1.</source>
        <translation>Sie haben keine Rücksprache zum Chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="97"/>
        <source>Consult a colleague, not yourself.</source>
        <translation>Fragen Sie eine Kollegin oder einen Kollegen, nicht sich selbst.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="101"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Zu diesem Chat läuft schon eine Rücksprache; beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="106"/>
        <source>%1 is not signed in.</source>
        <translation>%1 ist nicht angemeldet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="148"/>
        <source>The consult has started; end it instead.</source>
        <translation>Die Rücksprache hat begonnen; beenden Sie sie stattdessen.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="165"/>
        <location filename="../src/server/ConsultService.cpp" line="219"/>
        <source>The consult has not started.</source>
        <translation>Die Rücksprache hat nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="224"/>
        <source>%1 is a supervisor and takes no chats.</source>
        <translation>%1 ist Supervisor und übernimmt keine Chats.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="244"/>
        <source>%1 handed this chat over to %2.</source>
        <translation>%1 hat diesen Chat an %2 übergeben.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="26"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Das Feld „presence“ muss &quot;available&quot;, &quot;away&quot; oder &quot;offline&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="51"/>
        <location filename="../src/server/DeskRequests.cpp" line="61"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>Das Angebot für %1 ist abgelaufen oder ging an jemand anderen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="53"/>
        <location filename="../src/server/DeskRequests.cpp" line="121"/>
        <source>No chat %1 is offered to you.</source>
        <translation>Ihnen wird kein Chat %1 angeboten.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="92"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>Der Router konnte die Zuweisung nicht speichern; der Chat wartet wieder.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="702"/>
        <location filename="../src/server/DeskRequests.cpp" line="101"/>
        <source>%1 joined the chat</source>
        <translation>%1 ist dem Chat beigetreten</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="128"/>
        <location filename="../src/server/DeskRequests.cpp" line="158"/>
        <source>The chat %1 is closed.</source>
        <translation>Der Chat %1 ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="49"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>Das Feld „offset“ muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="87"/>
        <location filename="../src/server/CustomerRequests.cpp" line="92"/>
        <location filename="../src/server/CustomerRequests.cpp" line="180"/>
        <location filename="../src/server/DeskRequests.cpp" line="160"/>
        <location filename="../src/server/DeskRequests.cpp" line="168"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>Der Chat %1 ist Ihnen nicht zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="112"/>
        <location filename="../src/server/CustomerRequests.cpp" line="198"/>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <location filename="../src/server/DeskRequests.cpp" line="273"/>
        <source>There is no chat %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="138"/>
        <source>Only supervisors can search customers.</source>
        <translation>Nur Teamleitungen können Kunden suchen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="144"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>Das Feld „query“ muss %1 bis %2 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="183"/>
        <location filename="../src/server/DeskRequests.cpp" line="201"/>
        <source>The router could not store the message; send it again.</source>
        <translation>Der Router konnte die Nachricht nicht speichern; bitte erneut senden.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="243"/>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>The chat %1 is not yours.</source>
        <translation>Der Chat %1 gehört nicht Ihnen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="297"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Geben Sie eine „queueId“ oder eine „agentId“ als Ziel der Weiterleitung an.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="213"/>
        <location filename="../src/server/DeskRequests.cpp" line="302"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="306"/>
        <source>There is no queue %1.</source>
        <translation>Es gibt keine Warteschlange %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="93"/>
        <location filename="../src/server/DeskRequests.cpp" line="314"/>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="325"/>
        <source>Agent %1 is offline.</source>
        <translation>Agent %1 ist offline.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>Agent %1 is away.</source>
        <translation>Agent %1 ist abwesend.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="381"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 hat diesen Chat an die Warteschlange %2 weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="382"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 hat diesen Chat an %2 weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="402"/>
        <source>The disposition or the note is too long.</source>
        <translation>Das Ergebnis oder die Notiz ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="476"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>Das Feld „watch“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="244"/>
        <location filename="../src/server/DeskRequests.cpp" line="421"/>
        <source>%1 ended the chat.</source>
        <translation>%1 hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="93"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>Das Feld „visitorToken“ ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="80"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>Der Chat kann gerade nicht beginnen; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="398"/>
        <source>This chat has ended.</source>
        <translation>Dieser Chat ist beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="45"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Melden Sie sich auf der Website an, um mit uns zu chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="70"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Melden Sie sich erneut auf der Website an, um mit uns zu chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="79"/>
        <source>You are chatting without being signed in.</source>
        <translation>Sie chatten ohne Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="172"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Zu viele neue Chats von Ihrer Adresse; bitte in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="174"/>
        <source>too many new chats</source>
        <translation>zu viele neue Chats</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="385"/>
        <source>There is no ended chat to rate here.</source>
        <translation>Hier gibt es keinen beendeten Chat zu bewerten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="389"/>
        <location filename="../src/server/VisitorRequests.cpp" line="442"/>
        <source>You have rated this chat already.</source>
        <translation>Sie haben diesen Chat bereits bewertet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="396"/>
        <source>Field &quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>Das Feld „rating“ muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="401"/>
        <source>Field &quot;comment&quot; must be text.</source>
        <translation>Das Feld „comment“ muss Text sein.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="407"/>
        <source>The comment is too long (1000 characters at most).</source>
        <translation>Der Kommentar ist zu lang (höchstens 1000 Zeichen).</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="434"/>
        <source>Your rating could not be stored; send it again.</source>
        <translation>Ihre Bewertung konnte nicht gespeichert werden; bitte senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="475"/>
        <source>This site does not send transcripts by e-mail.</source>
        <translation>Diese Website versendet keine Protokolle per E-Mail.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="483"/>
        <source>There is no ended chat to send here.</source>
        <translation>Hier gibt es keinen beendeten Chat zum Senden.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="488"/>
        <source>Please enter one e-mail address, such as name@example.com.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="496"/>
        <source>Too many e-mail requests; try again later.</source>
        <translation>Zu viele E-Mail-Anfragen; bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="515"/>
        <source>Your request could not be stored; send it again.</source>
        <translation>Ihre Anfrage konnte nicht gespeichert werden; senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="522"/>
        <source>A chat&apos;s transcript can be e-mailed at most %1 times.</source>
        <translation>Das Protokoll eines Chats kann höchstens %1-mal per E-Mail gesendet werden.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="56"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>kann sich den Routern dieser Datenbank nicht anschließen: %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="508"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Dieser Chat wird von einem anderen Server betreut; neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="510"/>
        <source>served by another router</source>
        <translation>von einem anderen Router betreut</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="657"/>
        <location filename="../src/server/VisitorRequests.cpp" line="24"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden; bitte senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="305"/>
        <source>The visitor asked for a person.</source>
        <translation>Der Besucher wollte einen Menschen sprechen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="325"/>
        <source>The name or e-mail address is too long.</source>
        <translation>Der Name oder die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="243"/>
        <source>The visitor ended the chat.</source>
        <translation>Der Besucher hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="246"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>Der Besucher ist gegangen, bevor jemand antworten konnte.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="260"/>
        <source>You ended the chat.</source>
        <translation>Sie haben den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="43"/>
        <source>Chat transcript</source>
        <translation>Chatverlauf</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="45"/>
        <source>Conversation: %1</source>
        <translation>Gespräch: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="47"/>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="49"/>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="51"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="58"/>
        <source>(The transcript is cut here: it is too long.)</source>
        <translation>(Der Verlauf endet hier: er ist zu lang.)</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="64"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="151"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="163"/>
        <source>Too many transcript downloads; try again in a minute.</source>
        <translation>Zu viele Downloads des Verlaufs; bitte in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="34"/>
        <source>There is no transcript at %1 for this visitor token.</source>
        <translation>Unter %1 gibt es keinen Verlauf für dieses Besucher-Token.</translation>
    </message>
    <message>
        <location filename="../src/server/HubAttachments.cpp" line="91"/>
        <source>You have sent no file %1 in this chat.</source>
        <translation>Sie haben in diesem Chat keine Datei %1 gesendet.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="395"/>
        <source>The sign-in token is not valid.</source>
        <translation>Das Anmelde-Token ist ungültig.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="399"/>
        <source>The sign-in token&apos;s signature could not be verified.</source>
        <translation>Die Signatur des Anmelde-Tokens konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="400"/>
        <source>Your sign-in has expired.</source>
        <translation>Ihre Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="402"/>
        <source>The sign-in token is not valid yet.</source>
        <translation>Das Anmelde-Token ist noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="405"/>
        <source>The sign-in token is meant for another site.</source>
        <translation>Das Anmelde-Token ist für eine andere Website bestimmt.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="407"/>
        <source>Your sign-in cannot be checked right now.</source>
        <translation>Ihre Anmeldung kann gerade nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>handoff::server::HandoffApi</name>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="112"/>
        <source>Use POST.</source>
        <translation>Verwenden Sie POST.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="50"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Senden Sie das API-Token als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="56"/>
        <source>The API token is not known.</source>
        <translation>Das API-Token ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="73"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>Es gibt kein Gespräch %1, das mit diesem API-Token übergeben wurde.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="107"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="125"/>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Der Inhalt muss JSON sein (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="132"/>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="148"/>
        <source>The callback must be an http or https address of at most 2048 characters, without a user name or password.</source>
        <translation>Die Rückmeldeadresse muss eine http- oder https-Adresse mit höchstens 2048 Zeichen sein, ohne Benutzername oder Passwort.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="155"/>
        <source>The handoff could not be stored: %1</source>
        <translation>Die Übergabe konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::HttpRequestParser</name>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="165"/>
        <source>The request headers are larger than 16 KiB.</source>
        <translation>Die Header der Anfrage sind größer als 16 KiB.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="177"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="183"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="193"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="199"/>
        <source>The request line is not HTTP.</source>
        <translation>Die Anfragezeile ist kein HTTP.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="201"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Nur HTTP/1.0 und HTTP/1.1 werden unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="205"/>
        <source>The request target must be a path.</source>
        <translation>Das Ziel der Anfrage muss ein Pfad sein.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="222"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="235"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="238"/>
        <source>A header line is malformed.</source>
        <translation>Eine Header-Zeile ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="277"/>
        <source>Chunked request bodies are not supported; send Content-Length.</source>
        <translation>Chunked-Inhalte werden nicht unterstützt; senden Sie Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="291"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="296"/>
        <source>The request body is larger than 256 KiB.</source>
        <translation>Der Inhalt der Anfrage ist größer als 256 KiB.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="242"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="255"/>
        <source>The request must have exactly one valid Host header.</source>
        <translation>Die Anfrage muss genau einen gültigen Host-Header haben.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="259"/>
        <source>Content-Length and Transfer-Encoding must not be sent together.</source>
        <translation>Content-Length und Transfer-Encoding dürfen nicht zusammen gesendet werden.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="261"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="269"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="276"/>
        <source>The Transfer-Encoding header is not valid here.</source>
        <translation>Der Transfer-Encoding-Header ist hier nicht gültig.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="281"/>
        <source>Content-Length must be sent once.</source>
        <translation>Content-Length darf nur einmal gesendet werden.</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityService</name>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="37"/>
        <source>cannot read the identity key file %1: %2</source>
        <translation>kann die Identitäts-Schlüsseldatei %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="42"/>
        <source>identity key file %1: %2</source>
        <translation>Identitäts-Schlüsseldatei %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="106"/>
        <source>larger than %1 bytes</source>
        <translation>größer als %1 Bytes</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="113"/>
        <source>identity: cannot use the JWKS from %1: %2</source>
        <translation>Identität: das JWKS von %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityTokenVerifier</name>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="210"/>
        <source>no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form</source>
        <translation>kein öffentlicher RSA-Schlüssel (2048 Bit oder mehr) oder EC-P-256-Schlüssel oder Zertifikat im PEM-Format</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="220"/>
        <source>not a JWKS document (a JSON object with &quot;keys&quot;)</source>
        <translation>kein JWKS-Dokument (ein JSON-Objekt mit &quot;keys&quot;)</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="245"/>
        <source>the JWKS holds no RSA or EC P-256 signing key</source>
        <translation>das JWKS enthält keinen RSA- oder EC-P-256-Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>handoff::server::KpiReport</name>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="45"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as dates (YYYY-MM-DD), &quot;to&quot; not before &quot;from&quot; and at most %1 days in all.</source>
        <translation>Geben Sie &quot;from&quot; und &quot;to&quot; als Datum an (YYYY-MM-DD), &quot;to&quot; nicht vor &quot;from&quot; und höchstens %1 Tage insgesamt.</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="218"/>
        <source>KPIs from %1 to %2 (%3)</source>
        <translation>Kennzahlen vom %1 bis %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>Aband. %</source>
        <translation>Abbr. %</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="229"/>
        <source>SL %</source>
        <translation>SL %</translation>
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
        <translation>Verpasst</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="230"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
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
        <translation>Alle Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address already in use</source>
        <translation>Adresse bereits belegt</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="72"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="73"/>
        <source>address not available on this machine</source>
        <translation>Adresse auf diesem Rechner nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="76"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="171"/>
        <location filename="../src/server/RouterServer.cpp" line="229"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Seiten von %1 dürfen diese API nicht aufrufen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="220"/>
        <source>Pages of %1 may not fetch files here.</source>
        <translation>Seiten von %1 dürfen hier keine Dateien abrufen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="197"/>
        <location filename="../src/server/RouterServer.cpp" line="250"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="202"/>
        <source>This address speaks WebSocket only.</source>
        <translation>Diese Adresse spricht nur WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="207"/>
        <source>Nothing is at %1.</source>
        <translation>Unter %1 gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="239"/>
        <source>Pages of %1 may not send files here.</source>
        <translation>Seiten von %1 dürfen hier keine Dateien senden.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="254"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics braucht das Metrik-Token.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="274"/>
        <source>The database does not answer.</source>
        <translation>Die Datenbank antwortet nicht.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="97"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Unbekannter Anfragetyp „%1“.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="129"/>
        <location filename="../src/server/SupervisorService.cpp" line="269"/>
        <source>Only supervisors may do %1.</source>
        <translation>Nur Supervisoren dürfen %1 ausführen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="221"/>
        <source>Too many actions are on their way to other routers; try again.</source>
        <translation>Zu viele Aktionen sind auf dem Weg zu anderen Routern; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="227"/>
        <source>Another router serves the chat %1: a note for it may have at most %2 bytes.</source>
        <translation>Ein anderer Router bedient den Chat %1: eine Notiz dafür darf höchstens %2 Bytes haben.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="241"/>
        <source>The router serving the chat %1 did not answer; try again.</source>
        <translation>Der Router, der den Chat %1 bedient, hat nicht geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="303"/>
        <location filename="../src/server/SupervisorService.cpp" line="329"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Dieser Desk hat keine Sitzung; bitte neu anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="592"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Geben Sie die „conversationId“ und genau eines von „agentId“ und „queueId“ an.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="596"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="137"/>
        <location filename="../src/server/SupervisorService.cpp" line="601"/>
        <location filename="../src/server/SupervisorService.cpp" line="738"/>
        <location filename="../src/server/SupervisorService.cpp" line="756"/>
        <source>The chat %1 is closed.</source>
        <translation>Der Chat %1 ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="204"/>
        <source>There is no chat %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="609"/>
        <location filename="../src/server/SupervisorService.cpp" line="912"/>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="613"/>
        <source>The chat %1 is already with %2.</source>
        <translation>Der Chat %1 ist bereits bei %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="619"/>
        <source>There is no queue %1.</source>
        <translation>Es gibt keine Warteschlange %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="704"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 hat diesen Chat %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="705"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 hat diesen Chat in die Warteschlange %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="726"/>
        <location filename="../src/server/SupervisorService.cpp" line="874"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>Das Feld „conversationId“ muss einen Chat nennen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="769"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>Sie hören keinen Chat %1 mit.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="791"/>
        <source>Only a chat an agent has can be joined; %1 has no agent.</source>
        <translation>Nur einem Chat mit Agent kann man beitreten; %1 hat keinen Agenten.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="801"/>
        <source>Supervisor %1 joined the chat</source>
        <translation>Supervisor %1 ist dem Chat beigetreten</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="812"/>
        <source>You have not joined a chat %1.</source>
        <translation>Sie sind keinem Chat %1 beigetreten.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="819"/>
        <location filename="../src/server/SupervisorService.cpp" line="857"/>
        <source>%1 left the chat</source>
        <translation>%1 hat den Chat verlassen</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="878"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Der Grund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="883"/>
        <source>The chat %1 is already closed.</source>
        <translation>Der Chat %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="891"/>
        <source>A supervisor</source>
        <translation>Ein Supervisor</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="898"/>
        <source>%1 ended the chat.</source>
        <translation>%1 hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="907"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Geben Sie die „agentId“ und eine „presence“ von &quot;available&quot;, &quot;away&quot; oder &quot;offline&quot; an.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="989"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Geben Sie „from“ und „to“ als Zeitpunkte an (ISO 8601), „to“ nach „from“ und höchstens %1 Tage auseinander.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1092"/>
        <source>The report cannot be read right now; try again shortly.</source>
        <translation>Der Bericht kann gerade nicht gelesen werden; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1106"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>Das Feld „limit“ muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1140"/>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>„limit“ muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1153"/>
        <source>The delivery log cannot be read now; try again.</source>
        <translation>Das Zustellprotokoll kann gerade nicht gelesen werden; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>handoff::store::PostgresStore</name>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="168"/>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>keine gültige PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="188"/>
        <source>not a PostgreSQL connection string (expected key=value pairs)</source>
        <translation>keine PostgreSQL-Verbindungszeichenkette (erwartet: Paare key=value)</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="209"/>
        <source>unsupported connection option %1</source>
        <translation>nicht unterstützte Verbindungsoption %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="214"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="218"/>
        <source>schema &quot;%1&quot; must be letters, digits and underscores</source>
        <translation>das Schema „%1“ darf nur Buchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="248"/>
        <source>the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>der PostgreSQL-Treiber für Qt (QPSQL, Paket libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="269"/>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="281"/>
        <source>cannot use schema %1: %2</source>
        <translation>Schema %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="300"/>
        <source>lost the connection to %1 and cannot reconnect: %2</source>
        <translation>Verbindung zu %1 verloren, erneutes Verbinden nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="325"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>das Schema kann für die Migration nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="329"/>
        <source>cannot create schema %1: %2</source>
        <translation>Schema %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="333"/>
        <source>cannot create the schema version table: %1</source>
        <translation>die Tabelle der Schemaversion kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>handoff::store::SqlStore</name>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="225"/>
        <source>cannot start the migration: %1</source>
        <translation>die Migration kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="238"/>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="240"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als diese Version kennt (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="251"/>
        <source>migration %1 is missing from the build</source>
        <translation>Migration %1 fehlt in dieser Version</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="261"/>
        <source>cannot commit the migration: %1</source>
        <translation>die Migration kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="323"/>
        <source>cannot hash the password</source>
        <translation>das Passwort kann nicht gehasht werden</translation>
    </message>
</context>
</TS>

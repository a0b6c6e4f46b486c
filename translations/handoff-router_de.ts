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
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Zu viele Frames; bitte langsamer (höchstens 20 pro Sekunde).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="224"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Binäre Frames sind nicht Teil des Protokolls.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="85"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>Der Frame ist %1 Bytes groß und überschreitet die Grenze von %2 Bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="91"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>Der Frame ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="95"/>
        <source>Frame must be a JSON object.</source>
        <translation>Der Frame muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="102"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>Das Feld „id“ muss eine Zeichenkette mit höchstens %1 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="109"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>Das Feld „type“ fehlt oder ist keine kurze Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="112"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>Das Feld „re“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="120"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>Das Feld „seq“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="124"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>Das Feld „data“ muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="54"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Seiten von %1 dürfen hier keine Chats öffnen.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="114"/>
        <source>The request took too long to arrive.</source>
        <translation>Die Anfrage kam zu langsam an.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="139"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>Das Feld &quot;includeHandled&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="158"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>Das Feld &quot;id&quot; muss die Kennung einer hinterlassenen Nachricht sein, z. B. &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="169"/>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="174"/>
        <source>Already handled by %1.</source>
        <translation>Bereits erledigt von %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
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
        <location filename="../src/routing/RoutingConfig.cpp" line="102"/>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="109"/>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="139"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>muss ein Objekt mit timeZone, weekly und holidays sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="149"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="157"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>muss ein Objekt mit Tagen als Schlüsseln sein, z. B. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>unbekannter Tag (verwenden Sie monday … sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="171"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>muss eine Liste von Zeiträumen wie &quot;09:00-17:00&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="180"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>muss ein Zeitraum &quot;HH:mm-HH:mm&quot; sein, z. B. &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>muss nach seinem Beginn enden (Zeiträume dürfen nicht über Mitternacht gehen; teilen Sie sie auf zwei Tage auf)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="193"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>muss eine Liste von Daten &quot;YYYY-MM-DD&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="199"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>muss ein Datum &quot;YYYY-MM-DD&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="218"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="245"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="249"/>
        <source>the configuration must be a JSON object</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="275"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>unbekannte Strategie „%1“ (verwenden Sie &quot;leastBusy&quot; oder &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="284"/>
        <source>must be a non-empty list of queues</source>
        <translation>muss eine nicht leere Liste von Warteschlangen sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="292"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="391"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="313"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="318"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>doppelte Warteschlangen-ID „%1“</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>muss ein Objekt mit &quot;queue&quot; und &quot;afterSeconds&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="349"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>Pflichtfeld „afterSeconds“ fehlt</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="363"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="378"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="414"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>unbekannte Warteschlange „%1“</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="367"/>
        <source>a queue cannot overflow into itself</source>
        <translation>eine Warteschlange kann nicht in sich selbst überlaufen</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="384"/>
        <source>must be a list of rules</source>
        <translation>muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="417"/>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="512"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>Wir sind gerade nicht erreichbar. Ihre Nachricht bleibt erhalten, und wir antworten, sobald wir wieder da sind.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="518"/>
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
        <location filename="../src/bot/ExternalHandoff.cpp" line="42"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="88"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; enthält ein Feld ohne Namen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="90"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; enthält einen Feldnamen mit mehr als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="92"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; hat keinen Wert für das Feld &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="98"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>Das Feld &quot;%1&quot; in &quot;%2&quot; ist länger als %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="101"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; hat mehr als %2 Felder.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="141"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>&quot;reason&quot; fehlt: Sagen Sie in einem Satz, warum das Gespräch einen Menschen braucht.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="150"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; muss &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; oder &quot;external&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="171"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; muss ein Objekt wie {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="180"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="198"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; muss ein Objekt mit einer Zeichenkette &quot;name&quot; und einem &quot;value&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="206"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; muss ein Objekt aus Namen und Werten oder ein Array aus {&quot;name&quot;, &quot;value&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="214"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; muss ein Array aus {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;} sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="217"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; enthält mehr als %1 Nachrichten.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="221"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="230"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; muss &quot;user&quot; oder &quot;bot&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="232"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="235"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="240"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; muss eine ISO-8601-Zeitangabe wie &quot;2026-11-25T09:30:00Z&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="263"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; enthält kein Ereignis namens &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="266"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; muss &quot;event&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; muss &quot;handoff.initiate&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="272"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; muss ein Objekt mit dem Übergabekontext sein (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="290"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="293"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="306"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="309"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; muss ein Array aus Zeichenketten sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>&quot;value.va_ConversationId&quot; fehlt (und die Aktivität hat keine &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="342"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; muss ein Objekt sein (eine Gesprächsreferenz).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="350"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>Der Copilot-Studio-Bot hat übergeben: „%1“.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="352"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>Der Copilot-Studio-Bot hat aus dem Thema „%1“ übergeben.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>Der Copilot-Studio-Bot hat das Gespräch übergeben.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="374"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="383"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; des Transcripts muss &quot;application/json&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="391"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; muss ein Array aus Aktivitäten sein.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="395"/>
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
        <location filename="../src/router/RouterCommandLine.cpp" line="138"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>„%1“ ist nicht TAGE ZEIT-ZEIT, z. B. &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="152"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>das Passwort muss mindestens %1 Zeichen lang sein; nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="248"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Adresse und Port, auf denen der Router lauscht (Standard 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="249"/>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="251"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Verzeichnis der Datenbank (Standard: die Anwendungsdaten des Benutzers).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="251"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="253"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Datenbank statt handoff.db im Datenverzeichnis: eine PostgreSQL-URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq-Schlüsselwörter (&quot;host=H dbname=D&quot;) oder sqlite:DATEI.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="255"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="259"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>JSON-Konfigurationsdatei (siehe docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="257"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="258"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="259"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="207"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>die Zugriffsrechte von %1 (jetzt %2) können nicht eingeschränkt werden: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="212"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>Zugriffsrechte von %1 von %2 auf %3 eingeschränkt</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="257"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve: PEM-Zertifikat (mit seiner Kette), um https und wss auf demselben Port anzubieten.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="258"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve: privater PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="260"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add: agent oder supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="260"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="261"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd: das Passwort (ohne Angabe von der Standardeingabe gelesen).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="262"/>
        <source>PASSWORD</source>
        <translation>PASSWORT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="263"/>
        <source>user add: the name visitors see.</source>
        <translation>user add: der Name, den Besucher sehen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="263"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="267"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="264"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add: Fähigkeiten, durch Kommas getrennt, z. B. billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="265"/>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="266"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add: gleichzeitige Chats (Standard 3).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="266"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="267"/>
        <source>queue add: the queue&apos;s name as agents see it.</source>
        <translation>queue add: der Name der Warteschlange, wie Agenten ihn sehen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="269"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add: Priorität von -1000 bis 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="269"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="271"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add: Zeitzone von --hours, z. B. Europe/Berlin (Standard UTC).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="271"/>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add: Öffnungszeiten, z. B. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>HOURS</source>
        <translation>ZEITEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add: Warteschlange, die wartende Chats übernimmt (mit --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="275"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>QUEUE</source>
        <translation>WARTESCHLANGE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="277"/>
        <source>queue add: seconds of waiting before --overflow.</source>
        <translation>queue add: Sekunden Wartezeit vor --overflow.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="277"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="279"/>
        <source>queue add/set: what visitors read when the queue is closed (empty: the built-in text).</source>
        <translation>queue add/set: was Besucher lesen, wenn die Warteschlange geschlossen ist (leer: der eingebaute Text).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>queue add/set: what visitors read when no agent is signed in (empty: the built-in text).</source>
        <translation>queue add/set: was Besucher lesen, wenn kein Agent angemeldet ist (leer: der eingebaute Text).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set: Sekunden, die ein Besucher unbeantwortet wartet, bevor das Nachrichtenformular angeboten wird (Standard 300, 0 = nie).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add: die Bedingung, z. B. &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>CONDITION</source>
        <translation>BEDINGUNG</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add: die Warteschlange, an die die Regel Chats schickt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add: Platz in der Regelliste, ab 1 gezählt (Standard: zuletzt).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Sprache der Meldungen, z. B. de oder en (Standard: die Umgebungsvariable HANDOFF_LANGUAGE, sonst die Sprache des Systems).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>Handoff router: serves the web chat, runs the bot and routes conversations to agents.

Commands:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https and wss instead of http and ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        create an API token for an external bot (printed once)
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
queue und rule bearbeiten routing.json im Datenverzeichnis; ein laufender Router liest sie bei SIGHUP neu ein.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="327"/>
        <source>serve, user, token, demo, queue, rule or routing.</source>
        <translation>serve, user, token, demo, queue, rule oder routing.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="394"/>
        <source>no command given; try --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="395"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>unbekannter Befehl „%1“; siehe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="406"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>kein Datenverzeichnis: --data-dir VERZ angeben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="416"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>Das Datenverzeichnis %1 gehört dem Benutzer %2; führen Sie diesen Befehl als dieser Benutzer aus: sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="425"/>
        <source>cannot create data directory %1</source>
        <translation>Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="433"/>
        <source>data directory %1 is not writable</source>
        <translation>Datenverzeichnis %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="486"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>Aufruf: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="493"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>der Benutzername „%1“ muss aus 1–64 Buchstaben, Ziffern, Punkten, Binde- oder Unterstrichen bestehen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="496"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="642"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role muss agent oder supervisor sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="505"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="649"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity muss eine Zahl von 1 bis 50 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="508"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="516"/>
        <source>user %1 exists already</source>
        <translation>Benutzer %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="518"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>cannot add user %1: %2</source>
        <translation>Benutzer %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="520"/>
        <source>Added %1 %2.</source>
        <translation>%1 %2 angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="539"/>
        <source>usage: user passwd NAME [--password P]</source>
        <translation>Aufruf: user passwd NAME [--password P]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="545"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="638"/>
        <source>there is no user %1</source>
        <translation>es gibt keinen Benutzer %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="547"/>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="551"/>
        <source>cannot change the password: %1</source>
        <translation>das Passwort kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="553"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Passwort von %1 geändert; die zugehörigen Desks müssen sich neu anmelden.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="560"/>
        <source>usage: token add NAME</source>
        <translation>Aufruf: token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="567"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>API-Token %1 kann nicht angelegt werden (ist der Name schon vergeben?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>API-Token %1 angelegt; es wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="591"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>Benutzer %1 existiert bereits; bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="598"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>%1 %2 angelegt (Passwort „demo“).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="602"/>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="602"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="609"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Hallo {visitor.name}, ich bin {agent.name}. Wie kann ich Ihnen helfen?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="604"/>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="604"/>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="605"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Ich sehe mir die Bestellung {order.number} gerade an, einen Moment bitte.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="606"/>
        <source>Refund started</source>
        <translation>Erstattung eingeleitet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="606"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="607"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>Ich habe die Erstattung für die Bestellung {order.number} eingeleitet; Sie erhalten sie innerhalb von 5 Werktagen.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="609"/>
        <source>Goodbye</source>
        <translation>Verabschiedung</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Danke für Ihre Nachricht, {visitor.name}. Einen schönen Tag noch!</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="614"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 gemeinsame Textbausteine angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="618"/>
        <source>cannot add the demo API token: %1</source>
        <translation>das Demo-API-Token kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 vergangene Eskalationen für den Bericht der Supervisoren angelegt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="621"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Demo-API-Token (wird einmal angezeigt): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="628"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>Aufruf: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set: nichts zu ändern; --skills, --capacity, --role oder --display-name angeben</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="654"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="660"/>
        <source>cannot change user %1: %2</source>
        <translation>Benutzer %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="662"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>%1 %2 geändert: Fähigkeiten %3, Kapazität %4. Die zugehörigen Desks sehen die Änderung nach der nächsten Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="664"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="724"/>
        <source>always open</source>
        <translation>immer geöffnet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="727"/>
        <source>overflow to %1 after %2 s</source>
        <translation>Überlauf zu %1 nach %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 existiert noch nicht; dies sind die Standardwerte.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow und --after gehören zusammen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>queue %1 exists already</source>
        <translation>Warteschlange %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="921"/>
        <source>--priority must be a whole number</source>
        <translation>--priority muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="760"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone braucht --hours, z. B. --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="767"/>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="780"/>
        <source>--after must be a number of seconds</source>
        <translation>--after muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="836"/>
        <source>Added queue %1 to %2.</source>
        <translation>Warteschlange %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="695"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Ein laufender Router liest sie bei SIGHUP neu ein (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="863"/>
        <source>usage: queue remove ID</source>
        <translation>Aufruf: queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="852"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="864"/>
        <source>there is no queue %1</source>
        <translation>es gibt keine Warteschlange %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 ist länger als 1000 Zeichen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="808"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after muss eine Anzahl Sekunden sein (0 = nie)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="820"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>Aufruf: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="842"/>
        <source>usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>Aufruf: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>Changed queue %1 in %2.</source>
        <translation>Warteschlange %1 in %2 geändert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="864"/>
        <source>Removed queue %1 from %2.</source>
        <translation>Warteschlange %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="905"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>Aufruf: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="912"/>
        <source>rule %1 exists already</source>
        <translation>Regel %1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="931"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position muss eine Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="937"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Regel %1 an Position %2 von %3 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>usage: rule remove NAME</source>
        <translation>Aufruf: rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="943"/>
        <source>there is no rule %1</source>
        <translation>es gibt keine Regel %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="943"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Regel %1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="955"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 ist gültig: %2 Warteschlangen, %3 Regeln, Standard-Warteschlange %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="982"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen „%1“ ist nicht ADRESSE:PORT, z. B. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert und --tls-key gehören zusammen: geben Sie beide Dateien an oder keine</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1025"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>Routing aus %1: %2 Warteschlangen, %3 Regeln</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1075"/>
        <source>cannot restore open conversations: %1</source>
        <translation>offene Gespräche können nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1086"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS: https und wss mit dem Zertifikat für %1, gültig bis %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1090"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>Warnung: das TLS-Zertifikat ist am %1 abgelaufen; Browser und Desks lehnen es ab. Installieren Sie ein neues und starten Sie den Router neu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1094"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>Warnung: das TLS-Zertifikat läuft am %1 ab, in %n Tag. Installieren Sie ein neues und starten Sie den Router neu.</numerusform>
            <numerusform>Warnung: das TLS-Zertifikat läuft am %1 ab, in %n Tagen. Installieren Sie ein neues und starten Sie den Router neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>cannot watch signals: %1</source>
        <translation>Signale können nicht überwacht werden: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1103"/>
        <source>shutting down</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1113"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: Konfiguration nicht neu geladen, die bisherige bleibt: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1121"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: Routing nicht neu geladen, das bisherige bleibt: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1126"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP: Routing neu geladen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1128"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 lauscht auf %2, Daten in %3 (Schema %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="178"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="184"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1: Zeile %2: Feld %3: %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="190"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1: Zeile %2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="197"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1: Zeile 1: die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="113"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="208"/>
        <source>unknown field (known: %1)</source>
        <translation>unbekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="105"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>muss ein Objekt sein, etwa {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>muss den Aussteller der Tokens nennen (ihr &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="125"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>muss die Zielgruppe (&quot;aud&quot;) nennen, für die die Website Tokens ausstellt</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="135"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>muss eine https-Adresse sein (http nur auf diesem Rechner)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>braucht genau eines von &quot;keyFile&quot; und &quot;jwksUrl&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="157"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="163"/>
        <source>may name at most %1 claims</source>
        <translation>darf höchstens %1 Claims nennen</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="166"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; ist kein Claim-Name</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="214"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>muss eine Zeichenkette wie &quot;127.0.0.1:8080&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="219"/>
        <source>must be a directory path</source>
        <translation>muss ein Verzeichnispfad sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="226"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>muss eine PostgreSQL-URL wie &quot;postgres://handoff@db/handoff&quot; oder &quot;sqlite:DATEI&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="235"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>muss eine Anzahl Sekunden von 0 bis 3600 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="244"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>muss eine Liste von Origins wie &quot;https://shop.example&quot; sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="251"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>„%1“ ist kein Origin wie &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="258"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>muss ein Geheimnis aus mindestens 16 Zeichen ohne Leerzeichen sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="264"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>muss ein Objekt sein, etwa {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="282"/>
        <source>unknown limit</source>
        <translation>unbekannte Grenze</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="152"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="286"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="301"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>muss ein Objekt (die Routing-Konfiguration) oder ein Dateiname sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="334"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>muss ein Objekt sein, z. B. {&quot;cert&quot;: &quot;DATEI&quot;, &quot;key&quot;: &quot;DATEI&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="338"/>
        <source>unknown field (known: cert, key)</source>
        <translation>unbekanntes Feld (bekannt: cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="128"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="342"/>
        <source>must be the path of a PEM file</source>
        <translation>muss der Pfad einer PEM-Datei sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="356"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>unbekanntes Feld (bekannt: name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="360"/>
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
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/HubSupport.cpp" line="32"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>Das Feld „%1“ muss eine nicht leere Zeichenkette mit höchstens %2 Zeichen sein.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSupport.cpp" line="49"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>Das Feld „%1“ muss nicht leerer Text sein.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSupport.cpp" line="56"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>Der Text hat %1 Zeichen; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="28"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>Wir sind gerade nicht erreichbar. Hinterlassen Sie uns eine Nachricht, wir antworten Ihnen.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="32"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Gerade ist niemand frei. Hinterlassen Sie uns eine Nachricht oder bleiben Sie dran – Ihr Platz in der Warteschlange bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="39"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Leider war noch niemand frei, um zu antworten. Hinterlassen Sie uns eine Nachricht, wir melden uns, oder warten Sie weiter: Sie behalten Ihren Platz in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="79"/>
        <source>store failure</source>
        <translation>Speicherfehler</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="55"/>
        <source>Handoff Assistant</source>
        <translation>Handoff-Assistent</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="194"/>
        <location filename="../src/server/ConversationHub.cpp" line="198"/>
        <location filename="../src/server/ConversationHub.cpp" line="210"/>
        <source>The router is shutting down.</source>
        <translation>Der Router wird beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="215"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello wurde auf dieser Verbindung bereits gesendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="221"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>Das Feld „version“ muss die Protokollversion nennen, z. B. &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="228"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Dieser Router verwendet Protokoll %1; Version %2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="230"/>
        <source>unsupported protocol version</source>
        <translation>nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="241"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>Der Router sendet keine Anfragen; „%1“ beantwortet nichts.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="246"/>
        <source>Say hello and sign in first.</source>
        <translation>Zuerst hello senden und anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="248"/>
        <source>Say hello first.</source>
        <translation>Zuerst hello senden.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
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
        <location filename="../src/server/ConversationHub.cpp" line="317"/>
        <location filename="../src/server/ConversationHub.cpp" line="355"/>
        <location filename="../src/server/HubCluster.cpp" line="584"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Unbekannter Anfragetyp „%1“.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="25"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Das Feld „presence“ muss &quot;available&quot;, &quot;away&quot; oder &quot;offline&quot; sein.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="50"/>
        <location filename="../src/server/DeskRequests.cpp" line="60"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>Das Angebot für %1 ist abgelaufen oder ging an jemand anderen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="52"/>
        <location filename="../src/server/DeskRequests.cpp" line="115"/>
        <source>No chat %1 is offered to you.</source>
        <translation>Ihnen wird kein Chat %1 angeboten.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="86"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>Der Router konnte die Zuweisung nicht speichern; der Chat wartet wieder.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="95"/>
        <location filename="../src/server/SupervisorService.cpp" line="511"/>
        <source>%1 joined the chat</source>
        <translation>%1 ist dem Chat beigetreten</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="139"/>
        <source>The chat %1 is closed.</source>
        <translation>Der Chat %1 ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="48"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>Das Feld „offset“ muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="74"/>
        <location filename="../src/server/CustomerRequests.cpp" line="79"/>
        <location filename="../src/server/CustomerRequests.cpp" line="161"/>
        <location filename="../src/server/DeskRequests.cpp" line="141"/>
        <location filename="../src/server/DeskRequests.cpp" line="148"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>Der Chat %1 ist Ihnen nicht zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="96"/>
        <location filename="../src/server/CustomerRequests.cpp" line="179"/>
        <location filename="../src/server/DeskRequests.cpp" line="143"/>
        <location filename="../src/server/DeskRequests.cpp" line="229"/>
        <source>There is no chat %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="119"/>
        <source>Only supervisors can search customers.</source>
        <translation>Nur Teamleitungen können Kunden suchen.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="125"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>Das Feld „query“ muss %1 bis %2 Zeichen haben.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <source>Field &quot;internal&quot; must be true or false.</source>
        <translation>Das Feld „internal“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="181"/>
        <source>The router could not store the message; send it again.</source>
        <translation>Der Router konnte die Nachricht nicht speichern; bitte erneut senden.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="220"/>
        <location filename="../src/server/DeskRequests.cpp" line="233"/>
        <source>The chat %1 is not yours.</source>
        <translation>Der Chat %1 gehört nicht Ihnen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="249"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Geben Sie eine „queueId“ oder eine „agentId“ als Ziel der Weiterleitung an.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="254"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="258"/>
        <source>There is no queue %1.</source>
        <translation>Es gibt keine Warteschlange %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="266"/>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>Agent %1 is offline.</source>
        <translation>Agent %1 ist offline.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="281"/>
        <source>Agent %1 is away.</source>
        <translation>Agent %1 ist abwesend.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="328"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 hat diesen Chat an die Warteschlange %2 weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 hat diesen Chat an %2 weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="349"/>
        <source>The disposition or the note is too long.</source>
        <translation>Das Ergebnis oder die Notiz ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="399"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>Das Feld „watch“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="229"/>
        <location filename="../src/server/DeskRequests.cpp" line="368"/>
        <source>%1 ended the chat.</source>
        <translation>%1 hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="91"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>Das Feld „visitorToken“ ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="77"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>Der Chat kann gerade nicht beginnen; bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="333"/>
        <source>This chat has ended.</source>
        <translation>Dieser Chat ist beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="43"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Melden Sie sich auf der Website an, um mit uns zu chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="68"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Melden Sie sich erneut auf der Website an, um mit uns zu chatten.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="77"/>
        <source>You are chatting without being signed in.</source>
        <translation>Sie chatten ohne Anmeldung.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="151"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Zu viele neue Chats von Ihrer Adresse; bitte in einer Minute erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="153"/>
        <source>too many new chats</source>
        <translation>zu viele neue Chats</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="55"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>kann sich den Routern dieser Datenbank nicht anschließen: %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="460"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Dieser Chat wird von einem anderen Server betreut; neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="462"/>
        <source>served by another router</source>
        <translation>von einem anderen Router betreut</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="550"/>
        <location filename="../src/server/VisitorRequests.cpp" line="22"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>Ihre Nachricht konnte nicht gespeichert werden; bitte senden Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="284"/>
        <source>The visitor asked for a person.</source>
        <translation>Der Besucher wollte einen Menschen sprechen.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="304"/>
        <source>The name or e-mail address is too long.</source>
        <translation>Der Name oder die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="228"/>
        <source>The visitor ended the chat.</source>
        <translation>Der Besucher hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="231"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>Der Besucher ist gegangen, bevor jemand antworten konnte.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="245"/>
        <source>You ended the chat.</source>
        <translation>Sie haben den Chat beendet.</translation>
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
        <location filename="../src/server/HandoffApi.cpp" line="111"/>
        <source>Use POST.</source>
        <translation>Verwenden Sie POST.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="49"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Senden Sie das API-Token als &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="55"/>
        <source>The API token is not known.</source>
        <translation>Das API-Token ist unbekannt.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="72"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>Es gibt kein Gespräch %1, das mit diesem API-Token übergeben wurde.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="106"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="124"/>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>Der Inhalt muss JSON sein (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="130"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="141"/>
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
        <location filename="../src/server/HttpRequestParser.cpp" line="285"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length ist keine Zahl.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="293"/>
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
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="69"/>
        <source>address already in use</source>
        <translation>Adresse bereits belegt</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="70"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address not available on this machine</source>
        <translation>Adresse auf diesem Rechner nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="74"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="169"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Seiten von %1 dürfen diese API nicht aufrufen.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="195"/>
        <location filename="../src/server/RouterServer.cpp" line="211"/>
        <source>Use GET.</source>
        <translation>Verwenden Sie GET.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="200"/>
        <source>This address speaks WebSocket only.</source>
        <translation>Diese Adresse spricht nur WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="205"/>
        <source>Nothing is at %1.</source>
        <translation>Unter %1 gibt es nichts.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="215"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics braucht das Metrik-Token.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="235"/>
        <source>The database does not answer.</source>
        <translation>Die Datenbank antwortet nicht.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="86"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Unbekannter Anfragetyp „%1“.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="114"/>
        <source>Only supervisors may do %1.</source>
        <translation>Nur Supervisoren dürfen %1 ausführen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="153"/>
        <location filename="../src/server/SupervisorService.cpp" line="179"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Dieser Desk hat keine Sitzung; bitte neu anmelden.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="410"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Geben Sie die „conversationId“ und genau eines von „agentId“ und „queueId“ an.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="414"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="420"/>
        <location filename="../src/server/SupervisorService.cpp" line="535"/>
        <source>The chat %1 is closed.</source>
        <translation>Der Chat %1 ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="422"/>
        <location filename="../src/server/SupervisorService.cpp" line="537"/>
        <location filename="../src/server/SupervisorService.cpp" line="579"/>
        <source>There is no chat %1.</source>
        <translation>Es gibt keinen Chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="430"/>
        <location filename="../src/server/SupervisorService.cpp" line="608"/>
        <source>There is no agent %1.</source>
        <translation>Es gibt keinen Agenten %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="434"/>
        <source>The chat %1 is already with %2.</source>
        <translation>Der Chat %1 ist bereits bei %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="440"/>
        <source>There is no queue %1.</source>
        <translation>Es gibt keine Warteschlange %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="500"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 hat diesen Chat %2 zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="501"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 hat diesen Chat in die Warteschlange %2 verschoben.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="529"/>
        <location filename="../src/server/SupervisorService.cpp" line="567"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>Das Feld „conversationId“ muss einen Chat nennen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="550"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>Sie hören keinen Chat %1 mit.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="571"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>Der Grund ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="577"/>
        <source>The chat %1 is already closed.</source>
        <translation>Der Chat %1 ist bereits geschlossen.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="587"/>
        <source>A supervisor</source>
        <translation>Ein Supervisor</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="594"/>
        <source>%1 ended the chat.</source>
        <translation>%1 hat den Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="603"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Geben Sie die „agentId“ und eine „presence“ von &quot;available&quot;, &quot;away&quot; oder &quot;offline&quot; an.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="635"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Geben Sie „from“ und „to“ als Zeitpunkte an (ISO 8601), „to“ nach „from“ und höchstens %1 Tage auseinander.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="696"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>Das Feld „limit“ muss eine Zahl von 1 bis %1 sein.</translation>
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
        <location filename="../src/store/SqlStore.cpp" line="221"/>
        <source>cannot start the migration: %1</source>
        <translation>die Migration kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="234"/>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="236"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als diese Version kennt (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="247"/>
        <source>migration %1 is missing from the build</source>
        <translation>Migration %1 fehlt in dieser Version</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="253"/>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>cannot commit the migration: %1</source>
        <translation>die Migration kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="319"/>
        <source>cannot hash the password</source>
        <translation>das Passwort kann nicht gehasht werden</translation>
    </message>
</context>
</TS>

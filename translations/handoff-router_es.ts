<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="71"/>
        <source>no hello in time</source>
        <translation>no llegó el hello a tiempo</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="148"/>
        <source>too far behind</source>
        <translation>demasiado retraso</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="207"/>
        <source>too many frames</source>
        <translation>demasiadas tramas</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="211"/>
        <location filename="../src/server/ClientConnection.cpp" line="219"/>
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Demasiadas tramas; vaya más despacio (20 por segundo).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="248"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Las tramas binarias no forman parte del protocolo.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>La trama ocupa %1 bytes y supera el límite de %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>La trama no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>La trama debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>El campo «id» debe ser una cadena de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>El campo «type» falta o no es una cadena corta.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>El campo «re» debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>El campo «seq» debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>El campo «data» debe ser un objeto.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="56"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Las páginas de %1 no pueden abrir chats aquí.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="192"/>
        <source>The request took too long to arrive.</source>
        <translation>La solicitud tardó demasiado en llegar.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="172"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>El campo &quot;includeHandled&quot; debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>El campo &quot;id&quot; debe ser el identificador de un mensaje dejado, p. ej. &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="202"/>
        <source>There is no message %1.</source>
        <translation>No existe el mensaje %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="207"/>
        <source>Already handled by %1.</source>
        <translation>Ya atendido por %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="224"/>
        <source>The router could not store that; try again.</source>
        <translation>El router no ha podido guardarlo; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="41"/>
        <source>line %1: %2: %3</source>
        <translation>línea %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="47"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="56"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconocido (se esperaba uno de: %1)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="69"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>falta el campo obligatorio «%1»</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="75"/>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="89"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="114"/>
        <source>must be a list of strings</source>
        <translation>debe ser una lista de cadenas</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="121"/>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="151"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>debe ser un objeto con timeZone, weekly y holidays</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="161"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>zona horaria desconocida «%1» (use un nombre IANA como Europe/Madrid)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>debe ser un objeto con los días como claves, p. ej. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="181"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>día desconocido (use monday … sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>debe ser una lista de franjas como &quot;09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="192"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>debe ser una franja &quot;HH:mm-HH:mm&quot;, p. ej. &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="195"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>debe terminar después de empezar (una franja no puede pasar de medianoche; repártala en dos días)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="205"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>debe ser una lista de fechas &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="211"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>debe ser una fecha &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="230"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="257"/>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="261"/>
        <source>the configuration must be a JSON object</source>
        <translation>la configuración debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="290"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>estrategia desconocida «%1» (use &quot;leastBusy&quot; o &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="299"/>
        <source>must be a non-empty list of queues</source>
        <translation>debe ser una lista no vacía de colas</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="307"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="411"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="331"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>identificador de cola «%1» duplicado</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="356"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>debe ser un objeto con &quot;queue&quot; y &quot;afterSeconds&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="369"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>falta el campo obligatorio «afterSeconds»</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="383"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="398"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="434"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>cola desconocida «%1»</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="387"/>
        <source>a queue cannot overflow into itself</source>
        <translation>una cola no puede desbordarse hacia sí misma</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="404"/>
        <source>must be a list of rules</source>
        <translation>debe ser una lista de reglas</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="437"/>
        <source>rule %1</source>
        <translation>regla %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="513"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>Ahora mismo estamos cerrados. Su mensaje se guarda y le responderemos en cuanto volvamos.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="519"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Ahora mismo no hay nadie disponible. Déjenos un mensaje o espere: conserva su puesto en la cola.</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="94"/>
        <source>position %1: unterminated string</source>
        <translation>posición %1: cadena sin cerrar</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="107"/>
        <source>position %1: unexpected &apos;%2&apos;</source>
        <translation>posición %1: &apos;%2&apos; inesperado</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="123"/>
        <source>position %1: unexpected character &apos;%2&apos;</source>
        <translation>posición %1: carácter inesperado &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="180"/>
        <source>end of condition</source>
        <translation>fin de la condición</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="198"/>
        <source>position %1: expected &apos;and&apos;, &apos;or&apos; or end of condition, found %2</source>
        <translation>posición %1: se esperaba &apos;and&apos;, &apos;or&apos; o el fin de la condición y se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="292"/>
        <source>position %1: expected &apos;)&apos; to close &apos;(&apos; at position %2, found %3</source>
        <translation>posición %1: se esperaba &apos;)&apos; para cerrar el &apos;(&apos; de la posición %2 y se encontró %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="300"/>
        <source>position %1: expected a field name, found %2</source>
        <translation>posición %1: se esperaba un nombre de campo y se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="321"/>
        <source>position %1: expected an operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) after &apos;%2&apos;, found %3</source>
        <translation>posición %1: se esperaba un operador (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) después de &apos;%2&apos; y se encontró %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="334"/>
        <source>position %1: expected &apos;[&apos; after &apos;in&apos;, found %2</source>
        <translation>posición %1: se esperaba &apos;[&apos; después de &apos;in&apos; y se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="351"/>
        <source>position %1: expected &apos;,&apos; or &apos;]&apos; in list, found %2</source>
        <translation>posición %1: se esperaba &apos;,&apos; o &apos;]&apos; en la lista y se encontró %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="371"/>
        <source>position %1: expected a value after &apos;%2&apos;, found %3</source>
        <translation>posición %1: se esperaba un valor después de &apos;%2&apos; y se encontró %3</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="20"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>no se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="21"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>no se puede leer el certificado TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="83"/>
        <source>the TLS certificate %1 holds no PEM certificate</source>
        <translation>el certificado TLS %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="93"/>
        <source>the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>la clave TLS %1 no es una clave privada PEM (RSA o EC, sin frase de contraseña)</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="107"/>
        <source>the TLS key %1 does not belong to the certificate %2</source>
        <translation>la clave TLS %1 no corresponde al certificado %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="110"/>
        <source>the TLS certificate %1 and key %2 do not work: %3</source>
        <translation>el certificado TLS %1 y la clave %2 no funcionan: %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="64"/>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="75"/>
        <source>cannot set up %1: %2</source>
        <translation>no se puede preparar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <location filename="../src/store/StoreFactory.cpp" line="40"/>
        <source>no database given</source>
        <translation>no se ha indicado ninguna base de datos</translation>
    </message>
</context>
<context>
    <name>StoreNotifier</name>
    <message>
        <location filename="../src/store/StoreNotifier.cpp" line="31"/>
        <source>cannot listen for changes on %1: %2</source>
        <translation>no se pueden seguir los cambios de %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>No hay traducción para el idioma «%1»; se usa el inglés.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::BotConversation</name>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="221"/>
        <source>Let me connect you with someone who can help.</source>
        <translation>Le paso con alguien que pueda ayudarle.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="317"/>
        <source>The bot did not understand the visitor&apos;s message.</source>
        <translation>El bot no entendió el mensaje del visitante.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="318"/>
        <source>The bot did not understand %1 messages in a row.</source>
        <translation>El bot no entendió %1 mensajes seguidos.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="343"/>
        <location filename="../src/bot/BotConversation.cpp" line="474"/>
        <source>The visitor asked for a person.</source>
        <translation>El visitante pidió hablar con una persona.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="352"/>
        <source>The visitor seemed frustrated (&quot;%1&quot;).</source>
        <translation>El visitante parecía frustrado («%1»).</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="424"/>
        <source>Sorry, I didn&apos;t understand that.</source>
        <translation>Lo siento, no lo he entendido.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::DemoOrderDirectory</name>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="22"/>
        <source>Shipped on 18 November; it should arrive within 2 working days.</source>
        <translation>Enviado el 18 de noviembre; debería llegar en 2 días laborables.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="26"/>
        <source>Being prepared in our warehouse; it will ship within 24 hours.</source>
        <translation>En preparación en nuestro almacén; se enviará en 24 horas.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="30"/>
        <source>Delivered on 20 November.</source>
        <translation>Entregado el 20 de noviembre.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="33"/>
        <source>Cancelled at your request; the refund was issued on 21 November.</source>
        <translation>Cancelado a petición suya; el reembolso se emitió el 21 de noviembre.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="37"/>
        <source>Waiting for payment.</source>
        <translation>Pendiente de pago.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="39"/>
        <source>Returned; the refund is being processed.</source>
        <translation>Devuelto; el reembolso se está tramitando.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::ExternalHandoff</name>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="46"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="132"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; tiene un campo sin nombre.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="134"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; tiene un nombre de campo de más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="136"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; no tiene valor para el campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="142"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>El campo &quot;%1&quot; de &quot;%2&quot; tiene más de %3 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="145"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; tiene más de %2 campos.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="185"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>Falta &quot;reason&quot;: explique en una frase por qué la conversación necesita a una persona.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="194"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; debe ser &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; o &quot;external&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="218"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; debe ser un objeto como {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="227"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="245"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; debe ser un objeto con una cadena &quot;name&quot; y un &quot;value&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="253"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; debe ser un objeto de nombres y valores, o un array de {&quot;name&quot;, &quot;value&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="261"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; debe ser un array de {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="264"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; tiene más de %1 mensajes.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="277"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; debe ser &quot;user&quot; o &quot;bot&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="280"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="283"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="288"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; debe ser una hora ISO 8601 como &quot;2026-11-25T09:30:00Z&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="311"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; no contiene ningún evento llamado &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="314"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; debe ser &quot;event&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="316"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; debe ser &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="320"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; debe ser un objeto con el contexto del traspaso (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="341"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="357"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; debe ser un array de cadenas.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="386"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>Falta &quot;value.va_ConversationId&quot; (y la actividad no tiene &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="390"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; debe ser un objeto (una referencia de conversación).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="398"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>El bot de Copilot Studio traspasó la conversación: «%1».</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="400"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>El bot de Copilot Studio traspasó la conversación desde el tema «%1».</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="402"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>El bot de Copilot Studio traspasó la conversación.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="422"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; debe ser un array.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="431"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; del Transcript debe ser &quot;application/json&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="439"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; debe ser un array de actividades.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="443"/>
        <source>&quot;%1.content.activities&quot; has more than %2 activities.</source>
        <translation>&quot;%1.content.activities&quot; tiene más de %2 actividades.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::TopicSet</name>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="59"/>
        <source>%1 is missing.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="64"/>
        <location filename="../src/bot/TopicSet.cpp" line="71"/>
        <source>%1 must not be empty.</source>
        <translation>%1 no debe estar vacío.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="74"/>
        <source>%1[%2] must be a non-empty string.</source>
        <translation>%1[%2] debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="79"/>
        <source>%1 must be a string or an array of strings.</source>
        <translation>%1 debe ser una cadena o un array de cadenas.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="87"/>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>%1: falta &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="91"/>
        <source>%1 &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; debe ser una cadena.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="102"/>
        <source>%1 &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 no es una expresión regular válida: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="121"/>
        <source>slot &quot;%1&quot;</source>
        <translation>slot «%1»</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="125"/>
        <source>%1: a slot name is lower-case words joined by dots, e.g. &quot;order.number&quot;.</source>
        <translation>%1: un nombre de slot son palabras en minúsculas unidas por puntos, p. ej. &quot;order.number&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="127"/>
        <location filename="../src/bot/TopicSet.cpp" line="200"/>
        <location filename="../src/bot/TopicSet.cpp" line="208"/>
        <location filename="../src/bot/TopicSet.cpp" line="234"/>
        <location filename="../src/bot/TopicSet.cpp" line="248"/>
        <location filename="../src/bot/TopicSet.cpp" line="318"/>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="139"/>
        <source>%1 &quot;rejectWords&quot;</source>
        <translation>El campo &quot;rejectWords&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="144"/>
        <source>%1 &quot;transform&quot; must be &quot;upper&quot;, &quot;lower&quot; or &quot;title&quot;.</source>
        <translation>%1: &quot;transform&quot; debe ser &quot;upper&quot;, &quot;lower&quot; o &quot;title&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="145"/>
        <source>%1 &quot;pattern&quot;</source>
        <translation>El campo &quot;pattern&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="148"/>
        <source>%1 &quot;extract&quot;</source>
        <translation>El campo &quot;extract&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="305"/>
        <source>%1 uses the placeholder {%2}, which no slot or action of this topic fills.</source>
        <translation>%1 usa el marcador {%2}, que no rellena ningún slot ni ninguna acción de este tema.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="316"/>
        <source>topics[%1]</source>
        <translation>topics[%1]</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="325"/>
        <source>%1 &quot;id&quot; must be lower-case letters, digits and dashes, e.g. &quot;order-status&quot;.</source>
        <translation>%1: &quot;id&quot; solo puede tener minúsculas, dígitos y guiones, p. ej. &quot;order-status&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="327"/>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1: el id &quot;%2&quot; se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="329"/>
        <location filename="../src/bot/TopicSet.cpp" line="446"/>
        <source>topic &quot;%1&quot;</source>
        <translation>tema «%1»</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="336"/>
        <source>%1 &quot;triggers&quot;</source>
        <translation>El campo &quot;triggers&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="184"/>
        <source>%1: the trigger &quot;%2&quot; has no words.</source>
        <translation>%1: el disparador &quot;%2&quot; no tiene palabras.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="159"/>
        <source>%1 has the key &quot;%2&quot;, which a translation cannot give; it may give: %3.</source>
        <translation>%1 tiene la clave &quot;%2&quot;, que una traducción no puede dar; puede dar: %3.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="205"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>%1: &quot;%2&quot; no es un código de idioma como &quot;de&quot; o &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="242"/>
        <source>%1 names the slot &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 nombra el slot &quot;%2&quot;, que no está definido en &quot;slots&quot; al principio del archivo.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="340"/>
        <source>%1 &quot;intro&quot;</source>
        <translation>El campo &quot;intro&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="341"/>
        <source>%1 &quot;again&quot;</source>
        <translation>El campo &quot;again&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="342"/>
        <source>%1 &quot;answer&quot;</source>
        <translation>El campo &quot;answer&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="343"/>
        <source>%1 &quot;failureAnswer&quot;</source>
        <translation>El campo &quot;failureAnswer&quot; del %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="349"/>
        <location filename="../src/bot/TopicSet.cpp" line="352"/>
        <source>%1 &quot;slots&quot; must be an array of slot names.</source>
        <translation>%1: &quot;slots&quot; debe ser un array de nombres de slot.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="354"/>
        <source>%1 &quot;slots&quot; names &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1: &quot;slots&quot; nombra &quot;%2&quot;, que no está definido en &quot;slots&quot; al principio del archivo.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="366"/>
        <source>%1 &quot;action&quot; must be one of: %2.</source>
        <translation>%1: &quot;action&quot; debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="368"/>
        <source>%1: the action &quot;lookupOrder&quot; needs &quot;order.number&quot; in &quot;slots&quot;.</source>
        <translation>%1: la acción &quot;lookupOrder&quot; necesita &quot;order.number&quot; en &quot;slots&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="370"/>
        <source>%1 has an action, so it needs a &quot;failureAnswer&quot;.</source>
        <translation>%1 tiene una acción, así que necesita un &quot;failureAnswer&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="375"/>
        <source>%1 hands off, so it needs a &quot;handoffReason&quot;.</source>
        <translation>%1 traspasa a una persona, así que necesita un &quot;handoffReason&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="384"/>
        <source>The topic file is not valid JSON: %1 at offset %2.</source>
        <translation>El archivo de temas no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="388"/>
        <source>The topic file must be a JSON object.</source>
        <translation>El archivo de temas debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="392"/>
        <source>The topic file</source>
        <translation>El archivo de temas</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="394"/>
        <source>The topic file&apos;s &quot;version&quot; must be 1.</source>
        <translation>El campo &quot;version&quot; del archivo de temas debe ser 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="398"/>
        <source>Handoff Assistant</source>
        <translation>Asistente de Handoff</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="402"/>
        <source>The topic file&apos;s &quot;fallback&quot;</source>
        <translation>El campo &quot;fallback&quot; del archivo de temas</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="404"/>
        <source>The topic file&apos;s &quot;declinePhrases&quot;</source>
        <translation>El campo &quot;declinePhrases&quot; del archivo de temas</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="410"/>
        <source>The topic file&apos;s &quot;matchThreshold&quot; must be a number above 0 and at most 1.</source>
        <translation>El campo &quot;matchThreshold&quot; del archivo de temas debe ser un número mayor que 0 y como máximo 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="417"/>
        <source>The topic file&apos;s &quot;slots&quot; must be an object of slot definitions.</source>
        <translation>El campo &quot;slots&quot; del archivo de temas debe ser un objeto de definiciones de slot.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="429"/>
        <source>The topic file needs a non-empty &quot;topics&quot; array.</source>
        <translation>El archivo de temas necesita un array &quot;topics&quot; no vacío.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="453"/>
        <source>The topic file&apos;s &quot;startTopic&quot; names &quot;%1&quot;, which is not a topic.</source>
        <translation>El campo &quot;startTopic&quot; del archivo de temas nombra &quot;%1&quot;, que no es un tema.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="514"/>
        <source>Cannot read the topic file %1: %2.</source>
        <translation>No se puede leer el archivo de temas %1: %2.</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterCommandLine</name>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="163"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>«%1» no tiene la forma DÍAS HORA-HORA, p. ej. &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="177"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>la contraseña debe tener al menos %1 caracteres; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="232"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>no se pueden restringir los permisos de %1 (ahora %2): %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="237"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>permisos de %1 restringidos de %2 a %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Dirección y puerto en los que escuchar (por defecto 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>ADDR:PORT</source>
        <translation>DIRECCIÓN:PUERTO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Directorio de la base de datos (por defecto: los datos de aplicación del usuario).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="278"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Base de datos en lugar de handoff.db en el directorio de datos: una URL de PostgreSQL (postgres://USER:PASSWORD@HOST:PORT/DB), palabras clave de libpq (&quot;host=H dbname=D&quot;) o sqlite:ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve: certificado PEM (con su cadena) para servir https y wss en el mismo puerto.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve: clave privada PEM de --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>Archivo de configuración JSON (véase docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add: agent o supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="286"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd: la contraseña (se lee de la entrada estándar si falta).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>PASSWORD</source>
        <translation>CONTRASEÑA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>user add: the name visitors see.</source>
        <translation>user add: el nombre que ven los visitantes.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add: habilidades separadas por comas, p. ej. billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add: chats simultáneos (3 por defecto).</translation>
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
        <translation>queue add: el nombre de la cola tal como lo ven los agentes.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add: prioridad de -1000 a 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add: zona horaria de --hours, p. ej. Europe/Madrid (UTC por defecto).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>TZ</source>
        <translation>ZH</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add: horario de apertura, p. ej. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>HOURS</source>
        <translation>HORARIO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="299"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add: cola que recibe los chats en espera (con --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="300"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>QUEUE</source>
        <translation>COLA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <source>queue add: seconds of waiting before --overflow.</source>
        <translation>queue add: segundos de espera antes de --overflow.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="302"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="312"/>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="304"/>
        <source>queue add/set: what visitors read when the queue is closed (empty: the built-in text).</source>
        <translation>queue add/set: lo que leen los visitantes cuando la cola está cerrada (vacío: el texto integrado).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="305"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="308"/>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="307"/>
        <source>queue add/set: what visitors read when no agent is signed in (empty: the built-in text).</source>
        <translation>queue add/set: lo que leen los visitantes cuando no hay ningún agente conectado (vacío: el texto integrado).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="310"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set: segundos que un visitante espera sin respuesta antes de que se le ofrezca el formulario de mensaje (300 por defecto, 0 = nunca).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="313"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add: la condición, p. ej. &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="314"/>
        <source>CONDITION</source>
        <translation>CONDICIÓN</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add: la cola a la que la regla envía los chats.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="316"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add: posición en la lista de reglas, contando desde 1 (por defecto: la última).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>webhook add: the events the endpoint gets, comma-separated (default: all).</source>
        <translation>webhook add: los eventos que recibe el destino, separados por comas (por defecto: todos).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>webhook add: the signing secret (default: a new random one, printed once).</source>
        <translation>webhook add: el secreto de firma (por defecto: uno nuevo aleatorio, mostrado una vez).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="322"/>
        <source>webhook log: how many deliveries, newest first (default 50).</source>
        <translation>webhook log: cuántas entregas, las más recientes primero (por defecto 50).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="324"/>
        <source>report: the contact-centre KPIs (see docs/supervisor.md).</source>
        <translation>report: los KPI del centro de contacto (véase docs/supervisor.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <source>report: the first day, YYYY-MM-DD (default today).</source>
        <translation>report: el primer día, YYYY-MM-DD (por defecto hoy).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="327"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="326"/>
        <source>report: the last day, YYYY-MM-DD (default the first day).</source>
        <translation>report: el último día, YYYY-MM-DD (por defecto el primero).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="328"/>
        <source>report: print JSON instead of a table.</source>
        <translation>report: imprimir JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="330"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Idioma de los mensajes, p. ej. es o en (por defecto: la variable de entorno HANDOFF_LANGUAGE o, si no, el idioma del sistema).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="332"/>
        <source>LANG</source>
        <translation>IDIOMA</translation>
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
        <translation>Router de Handoff: sirve el chat web, ejecuta el bot y dirige las conversaciones a los agentes.

Comandos:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https y wss en lugar de http y ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        crear un token de API para un bot externo (se muestra una sola vez)
  webhook add URL [--events a,b] [--secret S]   enviar eventos firmados a URL
  webhook list | remove ID | log [--limit N]
  demo                  añadir agentes, respuestas predefinidas y un token de API de demostración
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [las opciones de queue add]   cambiar una cola; solo cambian las opciones indicadas
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  validar un archivo de enrutamiento (por defecto: routing.json en el directorio de datos)
  report --kpi [--from DATE] [--to DATE] [--json]   KPI por cola y agente, días en la zona horaria del router
queue y rule editan routing.json en el directorio de datos; un router en marcha lo vuelve a leer con SIGHUP.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="367"/>
        <source>serve, user, token, webhook, demo, queue, rule, routing or report.</source>
        <translation>serve, user, token, webhook, demo, queue, rule, routing o report.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="444"/>
        <source>no command given; try --help</source>
        <translation>no se ha indicado ningún comando; pruebe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="445"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>comando desconocido «%1»; pruebe --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="456"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>no hay directorio de datos: indique --data-dir DIR</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="466"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>El directorio de datos %1 pertenece al usuario %2; ejecute este comando como ese usuario: sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="475"/>
        <source>cannot create data directory %1</source>
        <translation>no se puede crear el directorio de datos %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="483"/>
        <source>data directory %1 is not writable</source>
        <translation>el directorio de datos %1 no admite escritura</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="536"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>uso: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="543"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>el nombre de usuario «%1» debe tener de 1 a 64 letras, dígitos, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="546"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="776"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role debe ser agent o supervisor</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="555"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="783"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity debe ser un número de 1 a 50</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="558"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="566"/>
        <source>user %1 exists already</source>
        <translation>el usuario %1 ya existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="568"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>cannot add user %1: %2</source>
        <translation>no se puede añadir el usuario %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>Added %1 %2.</source>
        <translation>%1 %2 añadido.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="589"/>
        <source>usage: user passwd NAME [--password P]</source>
        <translation>uso: user passwd NAME [--password P]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="595"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="772"/>
        <source>there is no user %1</source>
        <translation>no existe el usuario %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>New password: </source>
        <translation>Contraseña nueva: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="601"/>
        <source>cannot change the password: %1</source>
        <translation>no se puede cambiar la contraseña: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Contraseña de %1 cambiada; sus desks deben volver a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>usage: token add NAME</source>
        <translation>uso: token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="617"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>no se puede añadir el token de API %1 (¿ya existe ese nombre?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>Token de API %1 creado; solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="627"/>
        <source>usage: webhook add URL [--events a,b] [--secret SECRET]</source>
        <translation>uso: webhook add URL [--events a,b] [--secret SECRETO]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 no es una dirección http o https</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="636"/>
        <source>there is no event %1; the events are: %2</source>
        <translation>no existe el evento %1; los eventos son: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="643"/>
        <source>the secret must have at least 16 characters</source>
        <translation>el secreto debe tener al menos 16 caracteres</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="651"/>
        <source>cannot add the webhook: %1</source>
        <translation>no se puede añadir el webhook: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="655"/>
        <source>Signing secret (shown only this once): %1</source>
        <translation>Secreto de firma (solo se muestra esta vez): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="656"/>
        <source>Webhook %1 added; running routers use it within 10 seconds.</source>
        <translation>Webhook %1 añadido; los routers en marcha lo usan en menos de 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="668"/>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="675"/>
        <source>usage: webhook remove ID</source>
        <translation>uso: webhook remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="681"/>
        <source>there is no webhook %1</source>
        <translation>no existe el webhook %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="683"/>
        <source>Webhook %1 removed; deliveries already queued for it are still sent.</source>
        <translation>Webhook %1 eliminado; las entregas ya en cola para él se envían igualmente.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="693"/>
        <source>--limit must be 1 to 10000</source>
        <translation>--limit debe estar entre 1 y 10000</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="699"/>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="700"/>
        <source>given up</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="701"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="725"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>El usuario %1 ya existe; se deja como está.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="732"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>%1 %2 añadido (contraseña «demo»).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="737"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Hola, {visitor.name}, soy {agent.name}. ¿En qué puedo ayudarle?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="739"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Estoy revisando el pedido {order.number}, un momento, por favor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Refund started</source>
        <translation>Reembolso iniciado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="741"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>He iniciado el reembolso del pedido {order.number}; lo recibirá en 5 días laborables.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>Goodbye</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="744"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Gracias por hablar con nosotros, {visitor.name}. ¡Que tenga un buen día!</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="748"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 respuestas predefinidas compartidas añadidas.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="752"/>
        <source>cannot add the demo API token: %1</source>
        <translation>no se puede añadir el token de API de demostración: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 escalados pasados añadidos para el informe de los supervisores.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="755"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Token de API de demostración (se muestra una sola vez): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="762"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>uso: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="765"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set: nada que cambiar; indique --skills, --capacity, --role o --display-name</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="788"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name no debe estar vacío</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="794"/>
        <source>cannot change user %1: %2</source>
        <translation>no se puede cambiar el usuario %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>%1 %2 cambiado: habilidades %3, capacidad %4. Sus desks verán el cambio cuando vuelvan a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="798"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Un router en marcha lo vuelve a leer con SIGHUP (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>always open</source>
        <translation>siempre abierta</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="861"/>
        <source>overflow to %1 after %2 s</source>
        <translation>desbordamiento a %1 tras %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="865"/>
        <source>(default)</source>
        <translation>(predeterminada)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="870"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 aún no existe; estos son los valores predeterminados.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="877"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow y --after van juntos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="888"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="1055"/>
        <source>--priority must be a whole number</source>
        <translation>--priority debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="894"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone necesita --hours, p. ej. --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="901"/>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="914"/>
        <source>--after must be a number of seconds</source>
        <translation>--after debe ser un número de segundos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="930"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 tiene más de 1000 caracteres</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after debe ser un número de segundos (0 = nunca)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="954"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>uso: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="963"/>
        <source>queue %1 exists already</source>
        <translation>la cola %1 ya existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="970"/>
        <source>Added queue %1 to %2.</source>
        <translation>Cola %1 añadida a %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="976"/>
        <source>usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>uso: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="986"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>there is no queue %1</source>
        <translation>no existe la cola %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>Changed queue %1 in %2.</source>
        <translation>Cola %1 cambiada en %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="997"/>
        <source>usage: queue remove ID</source>
        <translation>uso: queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>Removed queue %1 from %2.</source>
        <translation>Cola %1 eliminada de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1039"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>uso: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1046"/>
        <source>rule %1 exists already</source>
        <translation>la regla %1 ya existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1065"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position debe ser un número de 1 a %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1071"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Regla %1 añadida en la posición %2 de %3.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1076"/>
        <source>usage: rule remove NAME</source>
        <translation>uso: rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>there is no rule %1</source>
        <translation>no existe la regla %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Regla %1 eliminada de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1089"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 es válido. Colas: %2; reglas: %3; cola predeterminada: %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>report: say which report: --kpi</source>
        <translation>report: indique qué informe: --kpi</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>cannot read the report: %1</source>
        <translation>no se puede leer el informe: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1165"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen «%1» no tiene la forma DIRECCIÓN:PUERTO, p. ej. 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1175"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert y --tls-key van juntos: indique los dos archivos o ninguno</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1208"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>enrutamiento desde %1 (colas: %2, reglas: %3)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1224"/>
        <source>transcripts by e-mail through %1</source>
        <translation>transcripciones por correo a través de %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1233"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1276"/>
        <source>cannot restore open conversations: %1</source>
        <translation>no se pueden restaurar las conversaciones abiertas: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1287"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS: https y wss con el certificado para %1, válido hasta el %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1291"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>aviso: el certificado TLS caducó el %1; los navegadores y los desks lo rechazan. Instale uno nuevo y reinicie el router.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1295"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>aviso: el certificado TLS caduca el %1, dentro de %n día. Instale uno nuevo y reinicie el router.</numerusform>
            <numerusform>aviso: el certificado TLS caduca el %1, dentro de %n días. Instale uno nuevo y reinicie el router.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1302"/>
        <source>cannot watch signals: %1</source>
        <translation>no se pueden vigilar las señales: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1304"/>
        <source>shutting down</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1314"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: configuración no recargada, se mantiene la anterior: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1322"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: enrutamiento no recargado, se mantiene el anterior: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1327"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP: enrutamiento recargado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1329"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 escuchando en %2, datos en %3 (esquema %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1337"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="271"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="277"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1: línea %2: campo %3: %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="283"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1: línea %2: JSON no válido: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="290"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1: línea 1: la configuración debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="211"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="302"/>
        <source>unknown field (known: %1)</source>
        <translation>campo desconocido (conocidos: %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="109"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>debe ser un objeto como {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="121"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>debe indicar el emisor de los tokens (su &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="129"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>debe indicar la audiencia (&quot;aud&quot;) para la que el sitio emite tokens</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>debe ser una dirección https (http solo en esta máquina)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="143"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>necesita exactamente uno de &quot;keyFile&quot; y &quot;jwksUrl&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="167"/>
        <source>may name at most %1 claims</source>
        <translation>puede indicar como máximo %1 claims</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="170"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; no es un nombre de claim</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="185"/>
        <source>must be an object such as {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</source>
        <translation>debe ser un objeto como {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="217"/>
        <source>must be one line of text</source>
        <translation>debe ser una línea de texto</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="236"/>
        <source>must be an smtp:// or smtps:// address with a host</source>
        <translation>debe ser una dirección smtp:// o smtps:// con un host</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="241"/>
        <source>may be false only for a server on this machine (127.0.0.1, ::1 or localhost)</source>
        <translation>solo puede ser false para un servidor en esta máquina (127.0.0.1, ::1 o localhost)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="246"/>
        <source>must be an e-mail address such as chat@shop.example</source>
        <translation>debe ser una dirección de correo como chat@shop.example</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="252"/>
        <source>needs at most one of &quot;password&quot; and &quot;passwordFile&quot;</source>
        <translation>admite como máximo uno de &quot;password&quot; y &quot;passwordFile&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="308"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>debe ser una cadena como &quot;127.0.0.1:8080&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="313"/>
        <source>must be a directory path</source>
        <translation>debe ser una ruta de directorio</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>debe ser una URL de PostgreSQL como &quot;postgres://handoff@db/handoff&quot; o &quot;sqlite:ARCHIVO&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="329"/>
        <source>must be an object such as {&quot;maxAttempts&quot;: 12}</source>
        <translation>debe ser un objeto como {&quot;maxAttempts&quot;: 12}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="346"/>
        <source>unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</source>
        <translation>campo desconocido (conocidos: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="357"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>debe ser un número de segundos de 0 a 3600</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="366"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>debe ser una lista de orígenes como &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="373"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>«%1» no es un origen como &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="380"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>debe ser un secreto de al menos 16 caracteres sin espacios</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="386"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>debe ser un objeto como {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="404"/>
        <source>unknown limit</source>
        <translation>límite desconocido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="156"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="230"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="408"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="465"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="415"/>
        <source>must be an object such as {&quot;maxMegabytes&quot;: 10}</source>
        <translation>debe ser un objeto como {&quot;maxMegabytes&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="443"/>
        <source>must be clamd&apos;s Unix socket (an absolute path) or HOST:PORT</source>
        <translation>debe ser el socket Unix de clamd (una ruta absoluta) o HOST:PUERTO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="449"/>
        <source>must be a directory (relative to the configuration file)</source>
        <translation>debe ser un directorio (relativo al archivo de configuración)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="161"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="223"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="455"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="462"/>
        <source>unknown setting</source>
        <translation>ajuste desconocido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="259"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="485"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="504"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>debe ser un objeto (la configuración de enrutamiento) o un nombre de archivo</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="518"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>debe ser un objeto como {&quot;cert&quot;: &quot;ARCHIVO&quot;, &quot;key&quot;: &quot;ARCHIVO&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="522"/>
        <source>unknown field (known: cert, key)</source>
        <translation>campo desconocido (conocidos: cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="132"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="526"/>
        <source>must be the path of a PEM file</source>
        <translation>debe ser la ruta de un archivo PEM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="534"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="540"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>campo desconocido (conocidos: name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="544"/>
        <source>must be a number from 1 to 20</source>
        <translation>debe ser un número de 1 a 20</translation>
    </message>
</context>
<context>
    <name>handoff::router::RoutingFile</name>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="45"/>
        <location filename="../src/router/RoutingFile.cpp" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="58"/>
        <source>%1: not a JSON object</source>
        <translation>%1: no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="70"/>
        <source>not changed, the result would be invalid: %1</source>
        <translation>no se ha cambiado, el resultado no sería válido: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::AttachmentService</name>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="152"/>
        <source>The file cannot be stored now: %1</source>
        <translation>El archivo no se puede guardar ahora: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="159"/>
        <source>The file took longer than %n second(s) to arrive.</source>
        <translation>
            <numerusform>El archivo tardó más de %n segundo en llegar.</numerusform>
            <numerusform>El archivo tardó más de %n segundos en llegar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="191"/>
        <location filename="../src/server/AttachmentService.cpp" line="282"/>
        <source>The file cannot be stored: %1</source>
        <translation>El archivo no se puede guardar: %1</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="207"/>
        <source>&quot;%1&quot; is not a file of an accepted type (%2). The type is judged from the file&apos;s content, not its name.</source>
        <translation>«%1» no es un archivo de un tipo aceptado (%2). El tipo se determina por el contenido del archivo, no por su nombre.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="215"/>
        <source>&quot;%1&quot; is named as a %2 file, but its content is %3. Send it with a name that fits.</source>
        <translation>«%1» tiene nombre de archivo %2, pero su contenido es %3. Envíelo con un nombre que corresponda.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="239"/>
        <source>&quot;%1&quot; was refused: the virus scanner found %2 in it.</source>
        <translation>«%1» fue rechazado: el antivirus encontró %2 en él.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="246"/>
        <source>The file cannot be checked for viruses now (%1); send it again later.</source>
        <translation>El archivo no se puede analizar en busca de virus ahora (%1); envíelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="300"/>
        <source>The file could not be recorded; send it again.</source>
        <translation>No se pudo registrar el archivo; envíelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="367"/>
        <source>Send the chat&apos;s token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envíe el token del chat como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="368"/>
        <source>The token is not known or has expired.</source>
        <translation>El token es desconocido o ha caducado.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="392"/>
        <source>Send the file with a Content-Length.</source>
        <translation>Envíe el archivo con un Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="394"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="397"/>
        <source>The file is larger than %1 MB.</source>
        <translation>El archivo supera los %1 MB.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="399"/>
        <source>The router is receiving too many files at once; try again shortly.</source>
        <translation>El router está recibiendo demasiados archivos a la vez; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="402"/>
        <source>The router&apos;s disk is almost full; files cannot be received now.</source>
        <translation>El disco del router está casi lleno; ahora no se pueden recibir archivos.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="405"/>
        <source>Wait until the file being sent has arrived.</source>
        <translation>Espere a que llegue el archivo que se está enviando.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="413"/>
        <source>At most %n file(s) a minute may be sent in a chat.</source>
        <translation>
            <numerusform>Se puede enviar como máximo %n archivo por minuto en un chat.</numerusform>
            <numerusform>Se pueden enviar como máximo %n archivos por minuto en un chat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="416"/>
        <source>At most %n file(s) may be sent in one chat.</source>
        <translation>
            <numerusform>Se puede enviar como máximo %n archivo en un chat.</numerusform>
            <numerusform>Se pueden enviar como máximo %n archivos en un chat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="418"/>
        <source>The files of one chat may not exceed %1 MB together.</source>
        <translation>Los archivos de un chat no pueden superar los %1 MB en total.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="471"/>
        <source>You may not send files into this chat.</source>
        <translation>No puede enviar archivos a este chat.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use POST to send a file.</source>
        <translation>Use POST para enviar un archivo.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="501"/>
        <source>Too many files are being fetched at once; try again shortly.</source>
        <translation>Se están descargando demasiados archivos a la vez; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="509"/>
        <source>There is no file %1 for you.</source>
        <translation>No hay ningún archivo %1 para usted.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="555"/>
        <source>The file %1 is no longer kept.</source>
        <translation>El archivo %1 ya no se conserva.</translation>
    </message>
</context>
<context>
    <name>handoff::server::ClamdScanner</name>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="29"/>
        <source>the virus scanner cannot be reached: %1</source>
        <translation>no se puede contactar con el antivirus: %1</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="44"/>
        <source>the virus scanner did not answer in time</source>
        <translation>el antivirus no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="89"/>
        <source>the virus scanner&apos;s answer is too long</source>
        <translation>la respuesta del antivirus es demasiado larga</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="103"/>
        <source>the virus scanner answered: %1</source>
        <translation>el antivirus respondió: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="31"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>Ahora mismo estamos cerrados. Déjenos un mensaje y le responderemos.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="35"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Ahora mismo no hay nadie disponible. Déjenos un mensaje o espere: conserva su puesto en la cola.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="42"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Lo sentimos, todavía nadie ha podido atenderle. Déjenos un mensaje y le responderemos, o siga esperando: conserva su puesto en la cola.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="80"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>El chat no puede empezar ahora mismo; inténtelo de nuevo en breve.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="82"/>
        <source>store failure</source>
        <translation>error de almacenamiento</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="243"/>
        <source>The visitor ended the chat.</source>
        <translation>El visitante ha finalizado el chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="244"/>
        <location filename="../src/server/DeskRequests.cpp" line="421"/>
        <source>%1 ended the chat.</source>
        <translation>%1 ha finalizado el chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="246"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>El visitante se fue antes de que alguien pudiera responder.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="260"/>
        <source>You ended the chat.</source>
        <translation>Usted ha finalizado el chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="82"/>
        <source>Handoff Assistant</source>
        <translation>Asistente de Handoff</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="236"/>
        <location filename="../src/server/ConversationHub.cpp" line="240"/>
        <location filename="../src/server/ConversationHub.cpp" line="252"/>
        <source>The router is shutting down.</source>
        <translation>El router se está deteniendo.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello ya se envió en esta conexión.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="263"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>El campo «version» debe indicar la versión del protocolo, p. ej. &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="270"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Este router usa el protocolo %1; la versión %2 no es compatible.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="272"/>
        <source>unsupported protocol version</source>
        <translation>versión de protocolo no compatible</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="283"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>El router no envía solicitudes; «%1» no responde a nada.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="292"/>
        <source>Say hello and sign in first.</source>
        <translation>Envíe primero hello e inicie sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="294"/>
        <source>Say hello first.</source>
        <translation>Envíe primero hello.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="301"/>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="49"/>
        <location filename="../src/server/ConversationHub.cpp" line="370"/>
        <location filename="../src/server/ConversationHub.cpp" line="418"/>
        <location filename="../src/server/HubCluster.cpp" line="693"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Tipo de solicitud desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="78"/>
        <source>You have no consult on the chat %1.</source>
        <translation>No tiene ninguna consulta sobre el chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="97"/>
        <source>Consult a colleague, not yourself.</source>
        <translation>Consulte a un compañero, no a sí mismo.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="101"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Este chat ya tiene una consulta; termínela primero.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="106"/>
        <source>%1 is not signed in.</source>
        <translation>%1 no ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="148"/>
        <source>The consult has started; end it instead.</source>
        <translation>La consulta ya ha empezado; termínela.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="165"/>
        <location filename="../src/server/ConsultService.cpp" line="219"/>
        <source>The consult has not started.</source>
        <translation>La consulta no ha empezado.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="224"/>
        <source>%1 is a supervisor and takes no chats.</source>
        <translation>%1 es supervisor y no atiende chats.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="244"/>
        <source>%1 handed this chat over to %2.</source>
        <translation>%1 ha pasado este chat a %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="398"/>
        <source>This chat has ended.</source>
        <translation>Este chat ha finalizado.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="26"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>El campo «presence» debe ser &quot;available&quot;, &quot;away&quot; u &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="51"/>
        <location filename="../src/server/DeskRequests.cpp" line="61"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>La oferta del chat %1 caducó o fue para otra persona.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="53"/>
        <location filename="../src/server/DeskRequests.cpp" line="121"/>
        <source>No chat %1 is offered to you.</source>
        <translation>No se le ofrece ningún chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="92"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>El router no ha podido guardar la asignación; el chat vuelve a esperar.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="702"/>
        <location filename="../src/server/DeskRequests.cpp" line="101"/>
        <source>%1 joined the chat</source>
        <translation>%1 se ha unido al chat</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="128"/>
        <location filename="../src/server/DeskRequests.cpp" line="158"/>
        <source>The chat %1 is closed.</source>
        <translation>El chat %1 está cerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="49"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>El campo «offset» debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="87"/>
        <location filename="../src/server/CustomerRequests.cpp" line="92"/>
        <location filename="../src/server/CustomerRequests.cpp" line="180"/>
        <location filename="../src/server/DeskRequests.cpp" line="160"/>
        <location filename="../src/server/DeskRequests.cpp" line="168"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>El chat %1 no está asignado a usted.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="112"/>
        <location filename="../src/server/CustomerRequests.cpp" line="198"/>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <location filename="../src/server/DeskRequests.cpp" line="273"/>
        <source>There is no chat %1.</source>
        <translation>No existe el chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="138"/>
        <source>Only supervisors can search customers.</source>
        <translation>Solo los supervisores pueden buscar clientes.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="144"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>El campo «query» debe tener de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="183"/>
        <location filename="../src/server/DeskRequests.cpp" line="201"/>
        <source>The router could not store the message; send it again.</source>
        <translation>El router no ha podido guardar el mensaje; envíelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="243"/>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>The chat %1 is not yours.</source>
        <translation>El chat %1 no es suyo.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="297"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Indique una «queueId» o un «agentId» al que transferir.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="213"/>
        <location filename="../src/server/DeskRequests.cpp" line="302"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="306"/>
        <source>There is no queue %1.</source>
        <translation>No existe la cola %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="93"/>
        <location filename="../src/server/DeskRequests.cpp" line="314"/>
        <source>There is no agent %1.</source>
        <translation>No existe el agente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="325"/>
        <source>Agent %1 is offline.</source>
        <translation>El agente %1 está desconectado.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>Agent %1 is away.</source>
        <translation>El agente %1 está ausente.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="381"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 ha transferido este chat a la cola %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="382"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 ha transferido este chat a %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="402"/>
        <source>The disposition or the note is too long.</source>
        <translation>El resultado o la nota es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="476"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>El campo «watch» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="43"/>
        <source>This connection is already signed in.</source>
        <translation>Esta conexión ya ha iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="47"/>
        <source>A sign-in is already under way on this connection.</source>
        <translation>Ya hay un inicio de sesión en curso en esta conexión.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="58"/>
        <location filename="../src/server/HubSignIn.cpp" line="69"/>
        <source>Sign in with &quot;user&quot; and &quot;password&quot;, or with &quot;token&quot;.</source>
        <translation>Inicie sesión con «user» y «password», o con «token».</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="63"/>
        <source>Too many failed sign-ins for %1; try again in a minute.</source>
        <translation>Demasiados inicios de sesión fallidos para %1; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="85"/>
        <source>The sign-in token is unknown or expired; sign in with your password.</source>
        <translation>El token de sesión es desconocido o ha caducado; inicie sesión con su contraseña.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="86"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="89"/>
        <source>The router could not store the sign-in; try again.</source>
        <translation>El router no ha podido guardar el inicio de sesión; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="97"/>
        <source>Too many sign-ins are under way; try again in a moment.</source>
        <translation>Hay demasiados inicios de sesión en curso; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="128"/>
        <source>This session was resumed on another connection.</source>
        <translation>Esta sesión se ha reanudado en otra conexión.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="102"/>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>El campo «%1» debe ser una cadena de texto.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="108"/>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>El campo «%1» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="114"/>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>El campo «%1» debe ser un número entero.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="131"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>El campo «%1» debe ser una cadena no vacía de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="142"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>El campo «%1» debe ser un texto no vacío.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="146"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>El texto tiene %1 caracteres; se permiten %2 como máximo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="45"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Inicie sesión en el sitio web para chatear con nosotros.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="70"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Vuelva a iniciar sesión en el sitio web para chatear con nosotros.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="79"/>
        <source>You are chatting without being signed in.</source>
        <translation>Está chateando sin haber iniciado sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="93"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>El campo «visitorToken» es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="172"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Demasiados chats nuevos desde su dirección; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="174"/>
        <source>too many new chats</source>
        <translation>demasiados chats nuevos</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="385"/>
        <source>There is no ended chat to rate here.</source>
        <translation>Aquí no hay ningún chat finalizado que valorar.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="389"/>
        <location filename="../src/server/VisitorRequests.cpp" line="442"/>
        <source>You have rated this chat already.</source>
        <translation>Ya ha valorado este chat.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="396"/>
        <source>Field &quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>El campo «rating» debe ser un número entero del 1 al 5.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="401"/>
        <source>Field &quot;comment&quot; must be text.</source>
        <translation>El campo «comment» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="407"/>
        <source>The comment is too long (1000 characters at most).</source>
        <translation>El comentario es demasiado largo (1000 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="434"/>
        <source>Your rating could not be stored; send it again.</source>
        <translation>No se pudo guardar su valoración; envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="475"/>
        <source>This site does not send transcripts by e-mail.</source>
        <translation>Este sitio no envía transcripciones por correo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="483"/>
        <source>There is no ended chat to send here.</source>
        <translation>Aquí no hay ningún chat terminado que enviar.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="488"/>
        <source>Please enter one e-mail address, such as name@example.com.</source>
        <translation>Introduzca una dirección de correo, como nombre@example.com.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="496"/>
        <source>Too many e-mail requests; try again later.</source>
        <translation>Demasiadas solicitudes de correo; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="515"/>
        <source>Your request could not be stored; send it again.</source>
        <translation>No se pudo guardar su solicitud; envíela de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="522"/>
        <source>A chat&apos;s transcript can be e-mailed at most %1 times.</source>
        <translation>La transcripción de un chat se puede enviar por correo como máximo %1 veces.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="56"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>no se puede unir a los routers de esta base de datos: %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="508"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Este chat lo atiende otro servidor; reconectando.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="510"/>
        <source>served by another router</source>
        <translation>atendido por otro router</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="657"/>
        <location filename="../src/server/VisitorRequests.cpp" line="24"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>No se ha podido guardar su mensaje; envíelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="305"/>
        <source>The visitor asked for a person.</source>
        <translation>El visitante pidió hablar con una persona.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="325"/>
        <source>The name or e-mail address is too long.</source>
        <translation>El nombre o la dirección de correo electrónico es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="43"/>
        <source>Chat transcript</source>
        <translation>Transcripción del chat</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="45"/>
        <source>Conversation: %1</source>
        <translation>Conversación: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="47"/>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="49"/>
        <source>Ended: %1</source>
        <translation>Fin: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="51"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="58"/>
        <source>(The transcript is cut here: it is too long.)</source>
        <translation>(La transcripción se corta aquí: es demasiado larga.)</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="64"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="151"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="163"/>
        <source>Too many transcript downloads; try again in a minute.</source>
        <translation>Demasiadas descargas de la transcripción; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="34"/>
        <source>There is no transcript at %1 for this visitor token.</source>
        <translation>No hay ninguna transcripción en %1 para este token de visitante.</translation>
    </message>
    <message>
        <location filename="../src/server/HubAttachments.cpp" line="91"/>
        <source>You have sent no file %1 in this chat.</source>
        <translation>No ha enviado ningún archivo %1 en este chat.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="395"/>
        <source>The sign-in token is not valid.</source>
        <translation>El token de inicio de sesión no es válido.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="399"/>
        <source>The sign-in token&apos;s signature could not be verified.</source>
        <translation>No se pudo verificar la firma del token de inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="400"/>
        <source>Your sign-in has expired.</source>
        <translation>Su inicio de sesión ha caducado.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="402"/>
        <source>The sign-in token is not valid yet.</source>
        <translation>El token de inicio de sesión aún no es válido.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="405"/>
        <source>The sign-in token is meant for another site.</source>
        <translation>El token de inicio de sesión es para otro sitio.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="407"/>
        <source>Your sign-in cannot be checked right now.</source>
        <translation>Ahora mismo no se puede comprobar su inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>handoff::server::HandoffApi</name>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="50"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envíe el token de API como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="56"/>
        <source>The API token is not known.</source>
        <translation>El token de API es desconocido.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="73"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>No hay ninguna conversación %1 traspasada con este token de API.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="107"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="112"/>
        <source>Use POST.</source>
        <translation>Use POST.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="125"/>
        <source>The body must be JSON (Content-Type: application/json).</source>
        <translation>El cuerpo debe ser JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="132"/>
        <source>The body must be a JSON object.</source>
        <translation>El cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="148"/>
        <source>The callback must be an http or https address of at most 2048 characters, without a user name or password.</source>
        <translation>La dirección de aviso debe ser http o https, de 2048 caracteres como máximo, sin usuario ni contraseña.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="155"/>
        <source>The handoff could not be stored: %1</source>
        <translation>No se ha podido guardar el traspaso: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::HttpRequestParser</name>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="165"/>
        <source>The request headers are larger than 16 KiB.</source>
        <translation>Las cabeceras de la solicitud superan los 16 KiB.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="177"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="183"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="193"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="199"/>
        <source>The request line is not HTTP.</source>
        <translation>La línea de solicitud no es HTTP.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="201"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Solo se admiten HTTP/1.0 y HTTP/1.1.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="205"/>
        <source>The request target must be a path.</source>
        <translation>El destino de la solicitud debe ser una ruta.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="222"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="235"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="238"/>
        <source>A header line is malformed.</source>
        <translation>Una línea de cabecera está mal formada.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="242"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="255"/>
        <source>The request must have exactly one valid Host header.</source>
        <translation>La solicitud debe tener exactamente una cabecera Host válida.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="259"/>
        <source>Content-Length and Transfer-Encoding must not be sent together.</source>
        <translation>Content-Length y Transfer-Encoding no deben enviarse juntos.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="261"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="269"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="276"/>
        <source>The Transfer-Encoding header is not valid here.</source>
        <translation>La cabecera Transfer-Encoding no es válida aquí.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="277"/>
        <source>Chunked request bodies are not supported; send Content-Length.</source>
        <translation>No se admiten cuerpos de solicitud fragmentados (chunked); envíe Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="281"/>
        <source>Content-Length must be sent once.</source>
        <translation>Content-Length debe enviarse una sola vez.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="291"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length no es un número.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="296"/>
        <source>The request body is larger than 256 KiB.</source>
        <translation>El cuerpo de la solicitud supera los 256 KiB.</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityService</name>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="37"/>
        <source>cannot read the identity key file %1: %2</source>
        <translation>no se puede leer el archivo de claves de identidad %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="42"/>
        <source>identity key file %1: %2</source>
        <translation>archivo de claves de identidad %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="106"/>
        <source>larger than %1 bytes</source>
        <translation>mayor que %1 bytes</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="113"/>
        <source>identity: cannot use the JWKS from %1: %2</source>
        <translation>identidad: no se puede usar el JWKS de %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityTokenVerifier</name>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="210"/>
        <source>no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form</source>
        <translation>ninguna clave pública RSA (2048 bits o más) o EC P-256 ni certificado en formato PEM</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="220"/>
        <source>not a JWKS document (a JSON object with &quot;keys&quot;)</source>
        <translation>no es un documento JWKS (un objeto JSON con &quot;keys&quot;)</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="245"/>
        <source>the JWKS holds no RSA or EC P-256 signing key</source>
        <translation>el JWKS no contiene ninguna clave de firma RSA o EC P-256</translation>
    </message>
</context>
<context>
    <name>handoff::server::KpiReport</name>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="45"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as dates (YYYY-MM-DD), &quot;to&quot; not before &quot;from&quot; and at most %1 days in all.</source>
        <translation>Indique &quot;from&quot; y &quot;to&quot; como fechas (YYYY-MM-DD), &quot;to&quot; no anterior a &quot;from&quot; y como máximo %1 días en total.</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="218"/>
        <source>KPIs from %1 to %2 (%3)</source>
        <translation>KPI del %1 al %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Offered</source>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Answered</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
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
        <translation>Perdidas</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="230"/>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Transfers</source>
        <translation>Transferencias</translation>
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
        <translation>Todas las colas</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Handled</source>
        <translation>Gestionados</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
</context>
<context>
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address already in use</source>
        <translation>dirección en uso</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="72"/>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="73"/>
        <source>address not available on this machine</source>
        <translation>dirección no disponible en esta máquina</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="76"/>
        <source>cannot listen on %1: %2</source>
        <translation>no se puede escuchar en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="171"/>
        <location filename="../src/server/RouterServer.cpp" line="229"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Las páginas de %1 no pueden llamar a esta API.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="220"/>
        <source>Pages of %1 may not fetch files here.</source>
        <translation>Las páginas de %1 no pueden obtener archivos aquí.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="197"/>
        <location filename="../src/server/RouterServer.cpp" line="250"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="202"/>
        <source>This address speaks WebSocket only.</source>
        <translation>Esta dirección solo habla WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="207"/>
        <source>Nothing is at %1.</source>
        <translation>No hay nada en %1.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="239"/>
        <source>Pages of %1 may not send files here.</source>
        <translation>Las páginas de %1 no pueden enviar archivos aquí.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="254"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics necesita el token de métricas.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="274"/>
        <source>The database does not answer.</source>
        <translation>La base de datos no responde.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="97"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Tipo de solicitud desconocido «%1».</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="129"/>
        <location filename="../src/server/SupervisorService.cpp" line="269"/>
        <source>Only supervisors may do %1.</source>
        <translation>Solo los supervisores pueden hacer %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="221"/>
        <source>Too many actions are on their way to other routers; try again.</source>
        <translation>Hay demasiadas acciones en camino a otros routers; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="227"/>
        <source>Another router serves the chat %1: a note for it may have at most %2 bytes.</source>
        <translation>Otro router atiende el chat %1: una nota para él puede tener como máximo %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="241"/>
        <source>The router serving the chat %1 did not answer; try again.</source>
        <translation>El router que atiende el chat %1 no respondió; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="303"/>
        <location filename="../src/server/SupervisorService.cpp" line="329"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Este desk no tiene sesión; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="592"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Indique la «conversationId» y exactamente uno de «agentId» y «queueId».</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="596"/>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="137"/>
        <location filename="../src/server/SupervisorService.cpp" line="601"/>
        <location filename="../src/server/SupervisorService.cpp" line="738"/>
        <location filename="../src/server/SupervisorService.cpp" line="756"/>
        <source>The chat %1 is closed.</source>
        <translation>El chat %1 está cerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="204"/>
        <source>There is no chat %1.</source>
        <translation>No existe el chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="609"/>
        <location filename="../src/server/SupervisorService.cpp" line="912"/>
        <source>There is no agent %1.</source>
        <translation>No existe el agente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="613"/>
        <source>The chat %1 is already with %2.</source>
        <translation>El chat %1 ya lo tiene %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="619"/>
        <source>There is no queue %1.</source>
        <translation>No existe la cola %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="704"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 ha reasignado este chat a %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="705"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 ha movido este chat a la cola %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="726"/>
        <location filename="../src/server/SupervisorService.cpp" line="874"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>El campo «conversationId» debe indicar un chat.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="769"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>No está monitorizando ningún chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="791"/>
        <source>Only a chat an agent has can be joined; %1 has no agent.</source>
        <translation>Solo se puede unir a un chat que tiene un agente; %1 no tiene agente.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="801"/>
        <source>Supervisor %1 joined the chat</source>
        <translation>El supervisor %1 se ha unido al chat</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="812"/>
        <source>You have not joined a chat %1.</source>
        <translation>No se ha unido a ningún chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="819"/>
        <location filename="../src/server/SupervisorService.cpp" line="857"/>
        <source>%1 left the chat</source>
        <translation>%1 ha salido del chat</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="878"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>El motivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="883"/>
        <source>The chat %1 is already closed.</source>
        <translation>El chat %1 ya está cerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="891"/>
        <source>A supervisor</source>
        <translation>Un supervisor</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="898"/>
        <source>%1 ended the chat.</source>
        <translation>%1 ha finalizado el chat.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="907"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Indique el «agentId» y una «presence» entre &quot;available&quot;, &quot;away&quot; u &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="989"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Indique «from» y «to» como horas (ISO 8601), «to» posterior a «from» y con %1 días de diferencia como máximo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1092"/>
        <source>The report cannot be read right now; try again shortly.</source>
        <translation>El informe no se puede leer ahora; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1106"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>El campo «limit» debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1140"/>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>«limit» debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1153"/>
        <source>The delivery log cannot be read now; try again.</source>
        <translation>El registro de entregas no se puede leer ahora; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>handoff::store::PostgresStore</name>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="168"/>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>URL de PostgreSQL no válida: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="188"/>
        <source>not a PostgreSQL connection string (expected key=value pairs)</source>
        <translation>no es una cadena de conexión de PostgreSQL (se esperaban pares clave=valor)</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="209"/>
        <source>unsupported connection option %1</source>
        <translation>opción de conexión no compatible %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="214"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>el puerto debe ser un número de 1 a 65535</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="218"/>
        <source>schema &quot;%1&quot; must be letters, digits and underscores</source>
        <translation>el esquema «%1» solo puede tener letras, dígitos y guiones bajos</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="248"/>
        <source>the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>el controlador de PostgreSQL para Qt (QPSQL, paquete libqt6sql6-psql) no está instalado</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="269"/>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="281"/>
        <source>cannot use schema %1: %2</source>
        <translation>no se puede usar el esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="300"/>
        <source>lost the connection to %1 and cannot reconnect: %2</source>
        <translation>se perdió la conexión con %1 y no se puede reconectar: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="325"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>no se puede bloquear el esquema para la migración: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="329"/>
        <source>cannot create schema %1: %2</source>
        <translation>no se puede crear el esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="333"/>
        <source>cannot create the schema version table: %1</source>
        <translation>no se puede crear la tabla de versión del esquema: %1</translation>
    </message>
</context>
<context>
    <name>handoff::store::SqlStore</name>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="225"/>
        <source>cannot start the migration: %1</source>
        <translation>no se puede iniciar la migración: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="238"/>
        <source>cannot read the schema version: %1</source>
        <translation>no se puede leer la versión del esquema: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="240"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 tiene la versión de esquema %2, más reciente que la que conoce esta versión (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="251"/>
        <source>migration %1 is missing from the build</source>
        <translation>falta la migración %1 en esta versión</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>migration %1 failed: %2</source>
        <translation>falló la migración %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="261"/>
        <source>cannot commit the migration: %1</source>
        <translation>no se puede confirmar la migración: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="323"/>
        <source>cannot hash the password</source>
        <translation>no se puede calcular el hash de la contraseña</translation>
    </message>
</context>
</TS>

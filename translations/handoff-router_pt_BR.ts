<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ClientConnection</name>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="71"/>
        <source>no hello in time</source>
        <translation>nenhum hello a tempo</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="148"/>
        <source>too far behind</source>
        <translation>atrasado demais</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="207"/>
        <source>too many frames</source>
        <translation>frames demais</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="211"/>
        <location filename="../src/server/ClientConnection.cpp" line="219"/>
        <source>Too many frames; slow down (20 per second).</source>
        <translation>Frames demais; vá mais devagar (no máximo 20 por segundo).</translation>
    </message>
    <message>
        <location filename="../src/server/ClientConnection.cpp" line="248"/>
        <source>Binary frames are not part of the protocol.</source>
        <translation>Frames binários não fazem parte do protocolo.</translation>
    </message>
</context>
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>O frame tem %1 bytes e ultrapassa o limite de %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>O frame não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>O frame deve ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>O campo &quot;id&quot; deve ser um texto de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>O campo &quot;type&quot; está ausente ou não é um texto curto.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>O campo &quot;re&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>O campo &quot;seq&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>O campo &quot;data&quot; deve ser um objeto.</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="56"/>
        <source>Pages of %1 may not open chats here.</source>
        <translation>Páginas de %1 não podem abrir chats aqui.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpConnection.cpp" line="192"/>
        <source>The request took too long to arrive.</source>
        <translation>A requisição demorou demais para chegar.</translation>
    </message>
</context>
<context>
    <name>OfflineMessageService</name>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="172"/>
        <source>Field &quot;includeHandled&quot; must be true or false.</source>
        <translation>O campo &quot;includeHandled&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="191"/>
        <source>Field &quot;id&quot; must be the id of a left message, e.g. &quot;17&quot;.</source>
        <translation>O campo &quot;id&quot; deve ser o id de uma mensagem deixada, ex.: &quot;17&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="202"/>
        <source>There is no message %1.</source>
        <translation>Não existe a mensagem %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="207"/>
        <source>Already handled by %1.</source>
        <translation>Já resolvida por %1.</translation>
    </message>
    <message>
        <location filename="../src/server/OfflineMessageService.cpp" line="224"/>
        <source>The router could not store that; try again.</source>
        <translation>O roteador não conseguiu salvar isso; tente de novo.</translation>
    </message>
</context>
<context>
    <name>RoutingConfig</name>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="41"/>
        <source>line %1: %2: %3</source>
        <translation>linha %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="47"/>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="56"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>campo desconhecido (esperado um destes: %1)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="69"/>
        <source>missing required field &quot;%1&quot;</source>
        <translation>falta o campo obrigatório &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="75"/>
        <source>must be a string</source>
        <translation>deve ser um texto</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="89"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="101"/>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="114"/>
        <source>must be a list of strings</source>
        <translation>deve ser uma lista de textos</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="121"/>
        <source>must be a non-empty string</source>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="151"/>
        <source>must be an object with timeZone, weekly and holidays</source>
        <translation>deve ser um objeto com timeZone, weekly e holidays</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="161"/>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as Europe/Berlin)</source>
        <translation>fuso horário desconhecido &quot;%1&quot; (use um nome IANA como America/Sao_Paulo)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="169"/>
        <source>must be an object with days as keys, e.g. &quot;monday&quot;: [&quot;09:00-17:00&quot;]</source>
        <translation>deve ser um objeto com os dias como chaves, ex.: &quot;monday&quot;: [&quot;09:00-17:00&quot;]</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="181"/>
        <source>unknown day (use monday ... sunday)</source>
        <translation>dia desconhecido (use monday ... sunday)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="183"/>
        <source>must be a list of ranges such as &quot;09:00-17:00&quot;</source>
        <translation>deve ser uma lista de intervalos como &quot;09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="192"/>
        <source>must be a range &quot;HH:mm-HH:mm&quot;, e.g. &quot;09:00-17:30&quot;</source>
        <translation>deve ser um intervalo &quot;HH:mm-HH:mm&quot;, ex.: &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="195"/>
        <source>must end after it starts (ranges cannot cross midnight; split them over two days)</source>
        <translation>deve terminar depois de começar (intervalos não podem passar da meia-noite; divida-os em dois dias)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="205"/>
        <source>must be a list of dates &quot;YYYY-MM-DD&quot;</source>
        <translation>deve ser uma lista de datas &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="211"/>
        <source>must be a date &quot;YYYY-MM-DD&quot;</source>
        <translation>deve ser uma data &quot;YYYY-MM-DD&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="230"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="257"/>
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="261"/>
        <source>the configuration must be a JSON object</source>
        <translation>a configuração deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="290"/>
        <source>unknown strategy &quot;%1&quot; (use &quot;leastBusy&quot; or &quot;roundRobin&quot;)</source>
        <translation>estratégia desconhecida &quot;%1&quot; (use &quot;leastBusy&quot; ou &quot;roundRobin&quot;)</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="299"/>
        <source>must be a non-empty list of queues</source>
        <translation>deve ser uma lista não vazia de filas</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="307"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="411"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="331"/>
        <source>must not be empty</source>
        <translation>não pode estar vazio</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="336"/>
        <source>duplicate queue id &quot;%1&quot;</source>
        <translation>id de fila repetido &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="356"/>
        <source>must be an object with &quot;queue&quot; and &quot;afterSeconds&quot;</source>
        <translation>deve ser um objeto com &quot;queue&quot; e &quot;afterSeconds&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="369"/>
        <source>missing required field &quot;afterSeconds&quot;</source>
        <translation>falta o campo obrigatório &quot;afterSeconds&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="383"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="398"/>
        <location filename="../src/routing/RoutingConfig.cpp" line="434"/>
        <source>unknown queue &quot;%1&quot;</source>
        <translation>fila desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="387"/>
        <source>a queue cannot overflow into itself</source>
        <translation>uma fila não pode transbordar para ela mesma</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="404"/>
        <source>must be a list of rules</source>
        <translation>deve ser uma lista de regras</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingConfig.cpp" line="437"/>
        <source>rule %1</source>
        <translation>regra %1</translation>
    </message>
</context>
<context>
    <name>RoutingEngine</name>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="513"/>
        <source>We are closed right now. Your message is kept and we will reply when we are back.</source>
        <translation>Estamos fechados agora. Sua mensagem fica guardada e responderemos quando voltarmos.</translation>
    </message>
    <message>
        <location filename="../src/routing/RoutingEngine.cpp" line="519"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Ninguém está disponível agora. Deixe uma mensagem ou fique por aqui: você mantém o seu lugar na fila.</translation>
    </message>
</context>
<context>
    <name>RuleExpression</name>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="94"/>
        <source>position %1: unterminated string</source>
        <translation>posição %1: texto sem aspas de fechamento</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="107"/>
        <source>position %1: unexpected &apos;%2&apos;</source>
        <translation>posição %1: &apos;%2&apos; inesperado</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="123"/>
        <source>position %1: unexpected character &apos;%2&apos;</source>
        <translation>posição %1: caractere inesperado &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="180"/>
        <source>end of condition</source>
        <translation>fim da condição</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="198"/>
        <source>position %1: expected &apos;and&apos;, &apos;or&apos; or end of condition, found %2</source>
        <translation>posição %1: esperado &apos;and&apos;, &apos;or&apos; ou fim da condição, encontrado %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="292"/>
        <source>position %1: expected &apos;)&apos; to close &apos;(&apos; at position %2, found %3</source>
        <translation>posição %1: esperado &apos;)&apos; para fechar o &apos;(&apos; da posição %2, encontrado %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="300"/>
        <source>position %1: expected a field name, found %2</source>
        <translation>posição %1: esperado um nome de campo, encontrado %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="321"/>
        <source>position %1: expected an operator (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) after &apos;%2&apos;, found %3</source>
        <translation>posição %1: esperado um operador (==, !=, &gt;, &gt;=, &lt;, &lt;=, contains, startsWith, endsWith, in) depois de &apos;%2&apos;, encontrado %3</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="334"/>
        <source>position %1: expected &apos;[&apos; after &apos;in&apos;, found %2</source>
        <translation>posição %1: esperado &apos;[&apos; depois de &apos;in&apos;, encontrado %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="351"/>
        <source>position %1: expected &apos;,&apos; or &apos;]&apos; in list, found %2</source>
        <translation>posição %1: esperado &apos;,&apos; ou &apos;]&apos; na lista, encontrado %2</translation>
    </message>
    <message>
        <location filename="../src/routing/RuleExpression.cpp" line="371"/>
        <source>position %1: expected a value after &apos;%2&apos;, found %3</source>
        <translation>posição %1: esperado um valor depois de &apos;%2&apos;, encontrado %3</translation>
    </message>
</context>
<context>
    <name>ServerTls</name>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="20"/>
        <source>cannot read the TLS key %1: %2</source>
        <translation>não foi possível ler a chave TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="21"/>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>não foi possível ler o certificado TLS %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="83"/>
        <source>the TLS certificate %1 holds no PEM certificate</source>
        <translation>o certificado TLS %1 não contém nenhum certificado PEM</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="93"/>
        <source>the TLS key %1 is not a PEM private key (RSA or EC, without a passphrase)</source>
        <translation>a chave TLS %1 não é uma chave privada PEM (RSA ou EC, sem senha)</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="107"/>
        <source>the TLS key %1 does not belong to the certificate %2</source>
        <translation>a chave TLS %1 não pertence ao certificado %2</translation>
    </message>
    <message>
        <location filename="../src/server/ServerTls.cpp" line="110"/>
        <source>the TLS certificate %1 and key %2 do not work: %3</source>
        <translation>o certificado TLS %1 e a chave %2 não funcionam: %3</translation>
    </message>
</context>
<context>
    <name>SqliteStore</name>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="64"/>
        <source>cannot open %1: %2</source>
        <translation>não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="75"/>
        <source>cannot set up %1: %2</source>
        <translation>não foi possível preparar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqliteStore.cpp" line="82"/>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <location filename="../src/store/StoreFactory.cpp" line="40"/>
        <source>no database given</source>
        <translation>nenhum banco de dados informado</translation>
    </message>
</context>
<context>
    <name>StoreNotifier</name>
    <message>
        <location filename="../src/store/StoreNotifier.cpp" line="31"/>
        <source>cannot listen for changes on %1: %2</source>
        <translation>não foi possível acompanhar as alterações em %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Não há tradução para o idioma “%1”; usando inglês.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::BotConversation</name>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="221"/>
        <source>Let me connect you with someone who can help.</source>
        <translation>Vou conectar você com alguém que pode ajudar.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="317"/>
        <source>The bot did not understand the visitor&apos;s message.</source>
        <translation>O bot não entendeu a mensagem do visitante.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="318"/>
        <source>The bot did not understand %1 messages in a row.</source>
        <translation>O bot não entendeu %1 mensagens seguidas.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="343"/>
        <location filename="../src/bot/BotConversation.cpp" line="474"/>
        <source>The visitor asked for a person.</source>
        <translation>O visitante pediu para falar com uma pessoa.</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="352"/>
        <source>The visitor seemed frustrated (&quot;%1&quot;).</source>
        <translation>O visitante parecia frustrado (&quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/BotConversation.cpp" line="424"/>
        <source>Sorry, I didn&apos;t understand that.</source>
        <translation>Desculpe, não entendi.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::DemoOrderDirectory</name>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="22"/>
        <source>Shipped on 18 November; it should arrive within 2 working days.</source>
        <translation>Enviado em 18 de novembro; deve chegar em até 2 dias úteis.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="26"/>
        <source>Being prepared in our warehouse; it will ship within 24 hours.</source>
        <translation>Em preparação no nosso depósito; será enviado em até 24 horas.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="30"/>
        <source>Delivered on 20 November.</source>
        <translation>Entregue em 20 de novembro.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="33"/>
        <source>Cancelled at your request; the refund was issued on 21 November.</source>
        <translation>Cancelado a seu pedido; o reembolso foi emitido em 21 de novembro.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="37"/>
        <source>Waiting for payment.</source>
        <translation>Aguardando pagamento.</translation>
    </message>
    <message>
        <location filename="../src/bot/DemoOrderDirectory.cpp" line="39"/>
        <source>Returned; the refund is being processed.</source>
        <translation>Devolvido; o reembolso está sendo processado.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::ExternalHandoff</name>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="44"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="46"/>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>&quot;%1&quot; tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="132"/>
        <source>&quot;%1&quot; has a field without a name.</source>
        <translation>&quot;%1&quot; tem um campo sem nome.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="134"/>
        <source>&quot;%1&quot; has a field name longer than %2 characters.</source>
        <translation>&quot;%1&quot; tem um nome de campo com mais de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="136"/>
        <source>&quot;%1&quot; has no value for the field &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; não tem valor para o campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="142"/>
        <source>The field &quot;%1&quot; in &quot;%2&quot; is longer than %3 characters.</source>
        <translation>O campo &quot;%1&quot; em &quot;%2&quot; tem mais de %3 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="145"/>
        <source>&quot;%1&quot; has more than %2 fields.</source>
        <translation>&quot;%1&quot; tem mais de %2 campos.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="185"/>
        <source>&quot;reason&quot; is missing: say in one sentence why the conversation needs a person.</source>
        <translation>Falta &quot;reason&quot;: diga em uma frase por que a conversa precisa de uma pessoa.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="194"/>
        <source>&quot;trigger&quot; must be one of &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; or &quot;external&quot;.</source>
        <translation>&quot;trigger&quot; deve ser &quot;explicit&quot;, &quot;unrecognised&quot;, &quot;frustration&quot;, &quot;topic&quot; ou &quot;external&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="218"/>
        <source>&quot;visitor&quot; must be an object such as {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</source>
        <translation>&quot;visitor&quot; deve ser um objeto como {&quot;name&quot;: &quot;Anna&quot;, &quot;email&quot;: &quot;anna@example.com&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="227"/>
        <source>&quot;visitor.email&quot; is not an email address.</source>
        <translation>&quot;visitor.email&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="245"/>
        <source>&quot;%1&quot; must be an object with a &quot;name&quot; string and a &quot;value&quot;.</source>
        <translation>&quot;%1&quot; deve ser um objeto com um texto &quot;name&quot; e um &quot;value&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="253"/>
        <source>&quot;fields&quot; must be an object of names and values, or an array of {&quot;name&quot;, &quot;value&quot;}.</source>
        <translation>&quot;fields&quot; deve ser um objeto de nomes e valores, ou um array de {&quot;name&quot;, &quot;value&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="261"/>
        <source>&quot;transcript&quot; must be an array of {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</source>
        <translation>&quot;transcript&quot; deve ser um array de {&quot;role&quot;, &quot;text&quot;, &quot;timestamp&quot;}.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="264"/>
        <source>&quot;transcript&quot; has more than %1 messages.</source>
        <translation>&quot;transcript&quot; tem mais de %1 mensagens.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="268"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; deve ser um objeto.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="277"/>
        <source>&quot;%1.role&quot; must be &quot;user&quot; or &quot;bot&quot;.</source>
        <translation>&quot;%1.role&quot; deve ser &quot;user&quot; ou &quot;bot&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="280"/>
        <source>&quot;%1.text&quot; must be a string.</source>
        <translation>&quot;%1.text&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="283"/>
        <source>&quot;%1.text&quot; is longer than %2 characters.</source>
        <translation>&quot;%1.text&quot; tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="288"/>
        <source>&quot;%1.timestamp&quot; must be an ISO 8601 time such as &quot;2026-11-25T09:30:00Z&quot;.</source>
        <translation>&quot;%1.timestamp&quot; deve ser um horário ISO 8601 como &quot;2026-11-25T09:30:00Z&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="311"/>
        <source>&quot;activities&quot; holds no event named &quot;handoff.initiate&quot;.</source>
        <translation>&quot;activities&quot; não contém nenhum evento chamado &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="314"/>
        <source>&quot;type&quot; must be &quot;event&quot;.</source>
        <translation>&quot;type&quot; deve ser &quot;event&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="316"/>
        <source>&quot;name&quot; must be &quot;handoff.initiate&quot;.</source>
        <translation>&quot;name&quot; deve ser &quot;handoff.initiate&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="320"/>
        <source>&quot;value&quot; must be an object holding the handoff context (va_LastTopic, va_ConversationId, …).</source>
        <translation>&quot;value&quot; deve ser um objeto com o contexto do transbordo (va_LastTopic, va_ConversationId, …).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="338"/>
        <source>&quot;value.%1&quot; must be a string.</source>
        <translation>&quot;value.%1&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="341"/>
        <source>&quot;value.%1&quot; is longer than %2 characters.</source>
        <translation>&quot;value.%1&quot; tem mais de %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="354"/>
        <location filename="../src/bot/ExternalHandoff.cpp" line="357"/>
        <source>&quot;value.%1&quot; must be an array of strings.</source>
        <translation>&quot;value.%1&quot; deve ser um array de textos.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="386"/>
        <source>&quot;value.va_ConversationId&quot; is missing (and the activity has no &quot;conversation.id&quot;).</source>
        <translation>Falta &quot;value.va_ConversationId&quot; (e a atividade não tem &quot;conversation.id&quot;).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="390"/>
        <source>&quot;relatesTo&quot; must be an object (a conversation reference).</source>
        <translation>&quot;relatesTo&quot; deve ser um objeto (uma referência de conversa).</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="398"/>
        <source>The Copilot Studio bot handed over: &quot;%1&quot;.</source>
        <translation>O bot do Copilot Studio transferiu a conversa: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="400"/>
        <source>The Copilot Studio bot handed over from the topic &quot;%1&quot;.</source>
        <translation>O bot do Copilot Studio transferiu a conversa a partir do tópico &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="402"/>
        <source>The Copilot Studio bot handed over the conversation.</source>
        <translation>O bot do Copilot Studio transferiu a conversa.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="422"/>
        <source>&quot;attachments&quot; must be an array.</source>
        <translation>&quot;attachments&quot; deve ser um array.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="431"/>
        <source>&quot;%1.contentType&quot; of the Transcript must be &quot;application/json&quot;.</source>
        <translation>&quot;%1.contentType&quot; do Transcript deve ser &quot;application/json&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="439"/>
        <source>&quot;%1.content.activities&quot; must be an array of activities.</source>
        <translation>&quot;%1.content.activities&quot; deve ser um array de atividades.</translation>
    </message>
    <message>
        <location filename="../src/bot/ExternalHandoff.cpp" line="443"/>
        <source>&quot;%1.content.activities&quot; has more than %2 activities.</source>
        <translation>&quot;%1.content.activities&quot; tem mais de %2 atividades.</translation>
    </message>
</context>
<context>
    <name>handoff::bot::TopicSet</name>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="59"/>
        <source>%1 is missing.</source>
        <translation>%1 está faltando.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="64"/>
        <location filename="../src/bot/TopicSet.cpp" line="71"/>
        <source>%1 must not be empty.</source>
        <translation>%1 não pode estar vazio.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="74"/>
        <source>%1[%2] must be a non-empty string.</source>
        <translation>%1[%2] deve ser um texto não vazio.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="79"/>
        <source>%1 must be a string or an array of strings.</source>
        <translation>%1 deve ser um texto ou um array de textos.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="87"/>
        <source>%1 &quot;%2&quot; is missing.</source>
        <translation>%1: falta &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="91"/>
        <source>%1 &quot;%2&quot; must be a string.</source>
        <translation>%1: &quot;%2&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="102"/>
        <source>%1 &quot;%2&quot; must be true or false.</source>
        <translation>%1: &quot;%2&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="112"/>
        <source>%1 is not a valid regular expression: %2.</source>
        <translation>%1 não é uma expressão regular válida: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="121"/>
        <source>slot &quot;%1&quot;</source>
        <translation>slot &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="125"/>
        <source>%1: a slot name is lower-case words joined by dots, e.g. &quot;order.number&quot;.</source>
        <translation>%1: um nome de slot são palavras minúsculas unidas por pontos, ex.: &quot;order.number&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="127"/>
        <location filename="../src/bot/TopicSet.cpp" line="200"/>
        <location filename="../src/bot/TopicSet.cpp" line="208"/>
        <location filename="../src/bot/TopicSet.cpp" line="234"/>
        <location filename="../src/bot/TopicSet.cpp" line="248"/>
        <location filename="../src/bot/TopicSet.cpp" line="318"/>
        <source>%1 must be an object.</source>
        <translation>%1 deve ser um objeto.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="139"/>
        <source>%1 &quot;rejectWords&quot;</source>
        <translation>O campo &quot;rejectWords&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="144"/>
        <source>%1 &quot;transform&quot; must be &quot;upper&quot;, &quot;lower&quot; or &quot;title&quot;.</source>
        <translation>%1: &quot;transform&quot; deve ser &quot;upper&quot;, &quot;lower&quot; ou &quot;title&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="145"/>
        <source>%1 &quot;pattern&quot;</source>
        <translation>O campo &quot;pattern&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="148"/>
        <source>%1 &quot;extract&quot;</source>
        <translation>O campo &quot;extract&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="305"/>
        <source>%1 uses the placeholder {%2}, which no slot or action of this topic fills.</source>
        <translation>%1 usa o marcador {%2}, que nenhum slot ou ação deste assunto preenche.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="316"/>
        <source>topics[%1]</source>
        <translation>topics[%1]</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="325"/>
        <source>%1 &quot;id&quot; must be lower-case letters, digits and dashes, e.g. &quot;order-status&quot;.</source>
        <translation>%1: &quot;id&quot; deve ter só letras minúsculas, dígitos e hifens, ex.: &quot;order-status&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="327"/>
        <source>%1: the id &quot;%2&quot; is used twice.</source>
        <translation>%1: o id &quot;%2&quot; é usado duas vezes.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="329"/>
        <location filename="../src/bot/TopicSet.cpp" line="446"/>
        <source>topic &quot;%1&quot;</source>
        <translation>assunto &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="336"/>
        <source>%1 &quot;triggers&quot;</source>
        <translation>O campo &quot;triggers&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="184"/>
        <source>%1: the trigger &quot;%2&quot; has no words.</source>
        <translation>%1: o gatilho &quot;%2&quot; não tem palavras.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="159"/>
        <source>%1 has the key &quot;%2&quot;, which a translation cannot give; it may give: %3.</source>
        <translation>%1 tem a chave &quot;%2&quot;, que uma tradução não pode dar; ela pode dar: %3.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="205"/>
        <source>%1: &quot;%2&quot; is not a language code such as &quot;de&quot; or &quot;pt_BR&quot;.</source>
        <translation>%1: &quot;%2&quot; não é um código de idioma como &quot;de&quot; ou &quot;pt_BR&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="242"/>
        <source>%1 names the slot &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1 cita o slot &quot;%2&quot;, que não está definido em &quot;slots&quot; no início do arquivo.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="340"/>
        <source>%1 &quot;intro&quot;</source>
        <translation>O campo &quot;intro&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="341"/>
        <source>%1 &quot;again&quot;</source>
        <translation>O campo &quot;again&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="342"/>
        <source>%1 &quot;answer&quot;</source>
        <translation>O campo &quot;answer&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="343"/>
        <source>%1 &quot;failureAnswer&quot;</source>
        <translation>O campo &quot;failureAnswer&quot; do %1</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="349"/>
        <location filename="../src/bot/TopicSet.cpp" line="352"/>
        <source>%1 &quot;slots&quot; must be an array of slot names.</source>
        <translation>%1: &quot;slots&quot; deve ser um array de nomes de slot.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="354"/>
        <source>%1 &quot;slots&quot; names &quot;%2&quot;, which is not defined under &quot;slots&quot; at the top of the file.</source>
        <translation>%1: &quot;slots&quot; cita &quot;%2&quot;, que não está definido em &quot;slots&quot; no início do arquivo.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="366"/>
        <source>%1 &quot;action&quot; must be one of: %2.</source>
        <translation>%1: &quot;action&quot; deve ser um destes valores: %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="368"/>
        <source>%1: the action &quot;lookupOrder&quot; needs &quot;order.number&quot; in &quot;slots&quot;.</source>
        <translation>%1: a ação &quot;lookupOrder&quot; precisa de &quot;order.number&quot; em &quot;slots&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="370"/>
        <source>%1 has an action, so it needs a &quot;failureAnswer&quot;.</source>
        <translation>%1 tem uma ação, então precisa de um &quot;failureAnswer&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="375"/>
        <source>%1 hands off, so it needs a &quot;handoffReason&quot;.</source>
        <translation>%1 transfere para uma pessoa, então precisa de um &quot;handoffReason&quot;.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="384"/>
        <source>The topic file is not valid JSON: %1 at offset %2.</source>
        <translation>O arquivo de assuntos não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="388"/>
        <source>The topic file must be a JSON object.</source>
        <translation>O arquivo de assuntos deve ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="392"/>
        <source>The topic file</source>
        <translation>O arquivo de assuntos</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="394"/>
        <source>The topic file&apos;s &quot;version&quot; must be 1.</source>
        <translation>O campo &quot;version&quot; do arquivo de assuntos deve ser 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="398"/>
        <source>Handoff Assistant</source>
        <translation>Assistente Handoff</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="402"/>
        <source>The topic file&apos;s &quot;fallback&quot;</source>
        <translation>O campo &quot;fallback&quot; do arquivo de assuntos</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="404"/>
        <source>The topic file&apos;s &quot;declinePhrases&quot;</source>
        <translation>O campo &quot;declinePhrases&quot; do arquivo de assuntos</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="410"/>
        <source>The topic file&apos;s &quot;matchThreshold&quot; must be a number above 0 and at most 1.</source>
        <translation>O campo &quot;matchThreshold&quot; do arquivo de assuntos deve ser um número maior que 0 e no máximo 1.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="417"/>
        <source>The topic file&apos;s &quot;slots&quot; must be an object of slot definitions.</source>
        <translation>O campo &quot;slots&quot; do arquivo de assuntos deve ser um objeto de definições de slot.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="429"/>
        <source>The topic file needs a non-empty &quot;topics&quot; array.</source>
        <translation>O arquivo de assuntos precisa de um array &quot;topics&quot; não vazio.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="453"/>
        <source>The topic file&apos;s &quot;startTopic&quot; names &quot;%1&quot;, which is not a topic.</source>
        <translation>O campo &quot;startTopic&quot; do arquivo de assuntos cita &quot;%1&quot;, que não é um assunto.</translation>
    </message>
    <message>
        <location filename="../src/bot/TopicSet.cpp" line="514"/>
        <source>Cannot read the topic file %1: %2.</source>
        <translation>Não foi possível ler o arquivo de assuntos %1: %2.</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterCommandLine</name>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="163"/>
        <source>&quot;%1&quot; is not DAYS TIME-TIME, e.g. &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>&quot;%1&quot; não está no formato DIAS HORA-HORA, ex.: &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="177"/>
        <source>the password must be at least %1 characters long; nothing was changed</source>
        <translation>a senha deve ter pelo menos %1 caracteres; nada foi alterado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="232"/>
        <source>cannot restrict the permissions of %1 (now %2): %3</source>
        <translation>não foi possível restringir as permissões de %1 (agora %2): %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="237"/>
        <source>permissions of %1 restricted from %2 to %3</source>
        <translation>permissões de %1 restringidas de %2 para %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="273"/>
        <source>Address and port to serve on (default 127.0.0.1:8080).</source>
        <translation>Endereço e porta em que o roteador escuta (padrão 127.0.0.1:8080).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="274"/>
        <source>ADDR:PORT</source>
        <translation>ENDEREÇO:PORTA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>Directory of the database (default: the user&apos;s application data).</source>
        <translation>Diretório do banco de dados (padrão: os dados de aplicativo do usuário).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="276"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="278"/>
        <source>Database instead of handoff.db in the data directory: a PostgreSQL URL (postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (&quot;host=H dbname=D&quot;) or sqlite:FILE.</source>
        <translation>Banco de dados em vez de handoff.db no diretório de dados: uma URL do PostgreSQL (postgres://USER:PASSWORD@HOST:PORT/DB), palavras-chave da libpq (&quot;host=H dbname=D&quot;) ou sqlite:ARQUIVO.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="280"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <source>serve: PEM certificate (with its chain) to serve https and wss on the same port.</source>
        <translation>serve: certificado PEM (com a cadeia) para servir https e wss na mesma porta.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="282"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="283"/>
        <source>serve: PEM private key of --tls-cert.</source>
        <translation>serve: chave privada PEM do --tls-cert.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="284"/>
        <source>JSON configuration file (see docs/router.md).</source>
        <translation>Arquivo de configuração JSON (veja docs/router.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>user add: agent or supervisor.</source>
        <translation>user add: agent ou supervisor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="285"/>
        <source>ROLE</source>
        <translation>FUNÇÃO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="286"/>
        <source>user add/passwd: the password (read from stdin when absent).</source>
        <translation>user add/passwd: a senha (lida da entrada padrão quando ausente).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="287"/>
        <source>PASSWORD</source>
        <translation>SENHA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <source>user add: the name visitors see.</source>
        <translation>user add: o nome que os visitantes veem.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="288"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="292"/>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="289"/>
        <source>user add: comma-separated skills, e.g. billing,orders.</source>
        <translation>user add: habilidades separadas por vírgula, ex.: billing,orders.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="290"/>
        <source>LIST</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="291"/>
        <source>user add: concurrent chats (default 3).</source>
        <translation>user add: chats simultâneos (padrão 3).</translation>
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
        <translation>queue add: o nome da fila como os atendentes o veem.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>queue add, rule add: priority from -1000 to 1000.</source>
        <translation>queue add, rule add: prioridade de -1000 a 1000.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="294"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>queue add: time zone of --hours, e.g. Europe/Berlin (default UTC).</source>
        <translation>queue add: fuso horário de --hours, ex.: America/Sao_Paulo (padrão UTC).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="296"/>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>queue add: opening hours, e.g. &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</source>
        <translation>queue add: horário de atendimento, ex.: &quot;mon-fri 09:00-17:00, sat 10:00-14:00&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="298"/>
        <source>HOURS</source>
        <translation>HORÁRIO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="299"/>
        <source>queue add: queue that takes waiting chats over (with --after).</source>
        <translation>queue add: fila que assume os chats em espera (com --after).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="300"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>QUEUE</source>
        <translation>FILA</translation>
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
        <translation>queue add/set: o que os visitantes leem quando a fila está fechada (vazio: o texto embutido).</translation>
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
        <translation>queue add/set: o que os visitantes leem quando nenhum atendente está conectado (vazio: o texto embutido).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="310"/>
        <source>queue add/set: seconds a visitor waits unanswered before the message form is offered (default 300, 0 = never).</source>
        <translation>queue add/set: segundos que um visitante espera sem resposta antes de o formulário de mensagem ser oferecido (padrão 300, 0 = nunca).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="313"/>
        <source>rule add: the condition, e.g. &quot;topic == billing-dispute&quot;.</source>
        <translation>rule add: a condição, ex.: &quot;topic == billing-dispute&quot;.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="314"/>
        <source>CONDITION</source>
        <translation>CONDIÇÃO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="315"/>
        <source>rule add: the queue the rule sends chats to.</source>
        <translation>rule add: a fila para a qual a regra envia os chats.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="316"/>
        <source>rule add: 1-based place in the rule list (default: last).</source>
        <translation>rule add: posição na lista de regras, contando a partir de 1 (padrão: a última).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>webhook add: the events the endpoint gets, comma-separated (default: all).</source>
        <translation>webhook add: os eventos que o destino recebe, separados por vírgulas (padrão: todos).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="319"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>webhook add: the signing secret (default: a new random one, printed once).</source>
        <translation>webhook add: o segredo de assinatura (padrão: um novo aleatório, exibido uma vez).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="321"/>
        <source>SECRET</source>
        <translation>SEGREDO</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="322"/>
        <source>webhook log: how many deliveries, newest first (default 50).</source>
        <translation>webhook log: quantas entregas, as mais recentes primeiro (padrão 50).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="324"/>
        <source>report: the contact-centre KPIs (see docs/supervisor.md).</source>
        <translation>report: os KPIs da central de atendimento (veja docs/supervisor.md).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <source>report: the first day, YYYY-MM-DD (default today).</source>
        <translation>report: o primeiro dia, YYYY-MM-DD (padrão hoje).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="325"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="327"/>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="326"/>
        <source>report: the last day, YYYY-MM-DD (default the first day).</source>
        <translation>report: o último dia, YYYY-MM-DD (padrão o primeiro dia).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="328"/>
        <source>report: print JSON instead of a table.</source>
        <translation>report: imprimir JSON em vez de uma tabela.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="330"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Idioma das mensagens, ex.: de ou en (padrão: a variável de ambiente HANDOFF_LANGUAGE, senão o idioma do sistema).</translation>
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
        <translation>Roteador do Handoff: serve o chat web, executa o bot e encaminha conversas para os atendentes.

Comandos:
  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]
        [--tls-cert FILE --tls-key FILE]   https e wss em vez de http e ws
  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]
  user list
  user passwd NAME [--password P]
  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]
  token add NAME        cria um token de API para um bot externo (mostrado uma vez)
  webhook add URL [--events a,b] [--secret S]   enviar eventos assinados para URL
  webhook list | remove ID | log [--limit N]
  demo                  adiciona atendentes de demonstração, respostas prontas e um token de API
  queue list
  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;]
            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]
            [--offer-form-after SECONDS]
  queue set ID [--name N] [as opções de queue add]   altera uma fila; só mudam as opções informadas
  queue remove ID
  rule list
  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]
  rule remove NAME
  routing check [FILE]  valida um arquivo de roteamento (padrão: routing.json no diretório de dados)
  report --kpi [--from DATE] [--to DATE] [--json]   KPIs por fila e atendente, dias no fuso horário do roteador
queue e rule editam routing.json no diretório de dados; um roteador em execução o relê ao receber SIGHUP.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="367"/>
        <source>serve, user, token, webhook, demo, queue, rule, routing or report.</source>
        <translation>serve, user, token, webhook, demo, queue, rule, routing ou report.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="444"/>
        <source>no command given; try --help</source>
        <translation>nenhum comando informado; tente --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="445"/>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation>comando desconhecido &quot;%1&quot;; tente --help</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="456"/>
        <source>no data directory: pass --data-dir DIR</source>
        <translation>nenhum diretório de dados: informe --data-dir DIR</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="466"/>
        <source>The data directory %1 belongs to user %2; run this command as that user: sudo -u %2 handoff-router %3</source>
        <translation>O diretório de dados %1 pertence ao usuário %2; execute este comando como esse usuário: sudo -u %2 handoff-router %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="475"/>
        <source>cannot create data directory %1</source>
        <translation>não foi possível criar o diretório de dados %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="483"/>
        <source>data directory %1 is not writable</source>
        <translation>o diretório de dados %1 não permite gravação</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="536"/>
        <source>usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</source>
        <translation>uso: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="543"/>
        <source>user name &quot;%1&quot; must be 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>o nome de usuário &quot;%1&quot; deve ter de 1 a 64 letras, dígitos, pontos, hifens ou sublinhados</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="546"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="776"/>
        <source>--role must be agent or supervisor</source>
        <translation>--role deve ser agent ou supervisor</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="555"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="783"/>
        <source>--capacity must be a number from 1 to 50</source>
        <translation>--capacity deve ser um número de 1 a 50</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="558"/>
        <source>Password: </source>
        <translation>Senha: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="566"/>
        <source>user %1 exists already</source>
        <translation>o usuário %1 já existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="568"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="731"/>
        <source>cannot add user %1: %2</source>
        <translation>não foi possível adicionar o usuário %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="570"/>
        <source>Added %1 %2.</source>
        <translation>Usuário %2 adicionado (%1).</translation>
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
        <translation>não existe o usuário %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="597"/>
        <source>New password: </source>
        <translation>Nova senha: </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="601"/>
        <source>cannot change the password: %1</source>
        <translation>não foi possível alterar a senha: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="603"/>
        <source>Password of %1 changed; its desks must sign in again.</source>
        <translation>Senha de %1 alterada; os desks desse usuário precisam entrar de novo.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="610"/>
        <source>usage: token add NAME</source>
        <translation>uso: token add NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="617"/>
        <source>cannot add API token %1 (is the name taken?)</source>
        <translation>não foi possível adicionar o token de API %1 (o nome já está em uso?)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="620"/>
        <source>API token %1 created; it is shown only this once.</source>
        <translation>Token de API %1 criado; ele é mostrado só desta vez.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="627"/>
        <source>usage: webhook add URL [--events a,b] [--secret SECRET]</source>
        <translation>uso: webhook add URL [--events a,b] [--secret SEGREDO]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="631"/>
        <source>%1 is not an http or https address</source>
        <translation>%1 não é um endereço http ou https</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="636"/>
        <source>there is no event %1; the events are: %2</source>
        <translation>não existe o evento %1; os eventos são: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="643"/>
        <source>the secret must have at least 16 characters</source>
        <translation>o segredo deve ter pelo menos 16 caracteres</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="651"/>
        <source>cannot add the webhook: %1</source>
        <translation>não foi possível adicionar o webhook: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="655"/>
        <source>Signing secret (shown only this once): %1</source>
        <translation>Segredo de assinatura (exibido só desta vez): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="656"/>
        <source>Webhook %1 added; running routers use it within 10 seconds.</source>
        <translation>Webhook %1 adicionado; os roteadores em execução passam a usá-lo em até 10 segundos.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="668"/>
        <source>all events</source>
        <translation>todos os eventos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="675"/>
        <source>usage: webhook remove ID</source>
        <translation>uso: webhook remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="681"/>
        <source>there is no webhook %1</source>
        <translation>não existe o webhook %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="683"/>
        <source>Webhook %1 removed; deliveries already queued for it are still sent.</source>
        <translation>Webhook %1 removido; as entregas já na fila para ele ainda são enviadas.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="693"/>
        <source>--limit must be 1 to 10000</source>
        <translation>--limit deve estar entre 1 e 10000</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="699"/>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="700"/>
        <source>given up</source>
        <translation>desistido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="701"/>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="725"/>
        <source>User %1 exists already; left as it is.</source>
        <translation>O usuário %1 já existe; ficou como estava.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="732"/>
        <source>Added %1 %2 (password &quot;demo&quot;).</source>
        <translation>Usuário %2 adicionado (%1, senha &quot;demo&quot;).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <source>Greeting</source>
        <translation>Saudação</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="736"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="737"/>
        <source>Hello {visitor.name}, I&apos;m {agent.name}. How can I help?</source>
        <translation>Olá, {visitor.name}, eu sou {agent.name}. Como posso ajudar?</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Order status</source>
        <translation>Status do pedido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="738"/>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="739"/>
        <source>I&apos;m looking at order {order.number} now, one moment please.</source>
        <translation>Estou verificando o pedido {order.number} agora, um momento, por favor.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Refund started</source>
        <translation>Reembolso iniciado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="740"/>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="741"/>
        <source>I&apos;ve started the refund for order {order.number}; you&apos;ll see it within 5 working days.</source>
        <translation>Iniciei o reembolso do pedido {order.number}; ele aparece para você em até 5 dias úteis.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="743"/>
        <source>Goodbye</source>
        <translation>Despedida</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="744"/>
        <source>Thank you for chatting with us, {visitor.name}. Have a nice day!</source>
        <translation>Obrigado por conversar com a gente, {visitor.name}. Tenha um ótimo dia!</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="748"/>
        <source>Added %1 shared canned responses.</source>
        <translation>%1 respostas prontas compartilhadas adicionadas.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="752"/>
        <source>cannot add the demo API token: %1</source>
        <translation>não foi possível adicionar o token de API de demonstração: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="754"/>
        <source>Added %1 past escalations for the supervisors&apos; report.</source>
        <translation>%1 escalonamentos anteriores adicionados para o relatório dos supervisores.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="755"/>
        <source>Demo API token (shown once): %1</source>
        <translation>Token de API de demonstração (mostrado uma vez): %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="762"/>
        <source>usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</source>
        <translation>uso: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="765"/>
        <source>user set: nothing to change; give --skills, --capacity, --role or --display-name</source>
        <translation>user set: nada a alterar; informe --skills, --capacity, --role ou --display-name</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="788"/>
        <source>--display-name must not be empty</source>
        <translation>--display-name não pode estar vazio</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="794"/>
        <source>cannot change user %1: %2</source>
        <translation>não foi possível alterar o usuário %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="796"/>
        <source>Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.</source>
        <translation>Usuário %2 (%1) alterado: habilidades %3, capacidade %4. Os desks desse usuário veem a alteração quando entrarem de novo.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="798"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="829"/>
        <source>A running router reads it again on SIGHUP (kill -HUP PID).</source>
        <translation>Um roteador em execução o relê ao receber SIGHUP (kill -HUP PID).</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="858"/>
        <source>always open</source>
        <translation>sempre aberta</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="861"/>
        <source>overflow to %1 after %2 s</source>
        <translation>transborda para %1 após %2 s</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="865"/>
        <source>(default)</source>
        <translation>(padrão)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="870"/>
        <source>%1 does not exist yet; these are the defaults.</source>
        <translation>%1 ainda não existe; estes são os valores padrão.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="877"/>
        <source>--overflow and --after go together</source>
        <translation>--overflow e --after andam juntos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="888"/>
        <location filename="../src/router/RouterCommandLine.cpp" line="1055"/>
        <source>--priority must be a whole number</source>
        <translation>--priority deve ser um número inteiro</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="894"/>
        <source>--time-zone needs --hours, e.g. --hours &quot;mon-fri 09:00-17:00&quot;</source>
        <translation>--time-zone precisa de --hours, ex.: --hours &quot;mon-fri 09:00-17:00&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="901"/>
        <source>--hours: %1</source>
        <translation>--hours: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="914"/>
        <source>--after must be a number of seconds</source>
        <translation>--after deve ser um número de segundos</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="930"/>
        <source>--%1 is longer than 1000 characters</source>
        <translation>--%1 tem mais de 1000 caracteres</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="942"/>
        <source>--offer-form-after must be a number of seconds (0 = never)</source>
        <translation>--offer-form-after deve ser um número de segundos (0 = nunca)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="954"/>
        <source>usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</source>
        <translation>uso: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours &quot;mon-fri 09:00-17:00&quot;] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] [--offer-form-after SECONDS]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="963"/>
        <source>queue %1 exists already</source>
        <translation>a fila %1 já existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="970"/>
        <source>Added queue %1 to %2.</source>
        <translation>Fila %1 adicionada a %2.</translation>
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
        <translation>não existe a fila %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="992"/>
        <source>Changed queue %1 in %2.</source>
        <translation>Fila %1 alterada em %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="997"/>
        <source>usage: queue remove ID</source>
        <translation>uso: queue remove ID</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="998"/>
        <source>Removed queue %1 from %2.</source>
        <translation>Fila %1 removida de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1039"/>
        <source>usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</source>
        <translation>uso: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1046"/>
        <source>rule %1 exists already</source>
        <translation>a regra %1 já existe</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1065"/>
        <source>--position must be a number from 1 to %1</source>
        <translation>--position deve ser um número de 1 a %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1071"/>
        <source>Added rule %1 at position %2 of %3.</source>
        <translation>Regra %1 adicionada na posição %2 de %3.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1076"/>
        <source>usage: rule remove NAME</source>
        <translation>uso: rule remove NAME</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>there is no rule %1</source>
        <translation>não existe a regra %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1077"/>
        <source>Removed rule %1 from %2.</source>
        <translation>Regra %1 removida de %2.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1089"/>
        <source>%1 is valid: %2 queues, %3 rules, default queue %4.</source>
        <translation>%1 é válido: %2 filas, %3 regras, fila padrão %4.</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1101"/>
        <source>report: say which report: --kpi</source>
        <translation>report: diga qual relatório: --kpi</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1136"/>
        <source>cannot read the report: %1</source>
        <translation>não é possível ler o relatório: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1165"/>
        <source>--listen &quot;%1&quot; is not ADDR:PORT, e.g. 127.0.0.1:8080</source>
        <translation>--listen &quot;%1&quot; não está no formato ENDEREÇO:PORTA, ex.: 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1175"/>
        <source>--tls-cert and --tls-key go together: give both files or neither</source>
        <translation>--tls-cert e --tls-key andam juntos: informe os dois arquivos ou nenhum</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1208"/>
        <source>routing from %1: %2 queues, %3 rules</source>
        <translation>roteamento de %1: %2 filas, %3 regras</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1224"/>
        <source>transcripts by e-mail through %1</source>
        <translation>transcrições por e-mail via %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1233"/>
        <source>cannot create %1</source>
        <translation>não é possível criar %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1276"/>
        <source>cannot restore open conversations: %1</source>
        <translation>não foi possível restaurar as conversas abertas: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1287"/>
        <source>TLS: serving https and wss with the certificate for %1, valid until %2</source>
        <translation>TLS: servindo https e wss com o certificado de %1, válido até %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1291"/>
        <source>warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new one and restart the router.</source>
        <translation>aviso: o certificado TLS expirou em %1; navegadores e desks o recusam. Instale um novo e reinicie o roteador.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/router/RouterCommandLine.cpp" line="1295"/>
        <source>warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart the router.</source>
        <translation>
            <numerusform>aviso: o certificado TLS expira em %1, daqui a %n dia. Instale um novo e reinicie o roteador.</numerusform>
            <numerusform>aviso: o certificado TLS expira em %1, daqui a %n dias. Instale um novo e reinicie o roteador.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1302"/>
        <source>cannot watch signals: %1</source>
        <translation>não foi possível observar os sinais: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1304"/>
        <source>shutting down</source>
        <translation>encerrando</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1314"/>
        <source>SIGHUP: configuration not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: configuração não recarregada, a anterior continua valendo: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1322"/>
        <source>SIGHUP: routing not reloaded, the old one stays: %1</source>
        <translation>SIGHUP: roteamento não recarregado, o anterior continua valendo: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1327"/>
        <source>SIGHUP: routing reloaded</source>
        <translation>SIGHUP: roteamento recarregado</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1329"/>
        <source>handoff-router %1 listening on %2, data in %3 (schema %4)</source>
        <translation>handoff-router %1 escutando em %2, dados em %3 (esquema %4)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterCommandLine.cpp" line="1337"/>
        <source>stopped</source>
        <translation>encerrado</translation>
    </message>
</context>
<context>
    <name>handoff::router::RouterConfigFile</name>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="271"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: não foi possível ler: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="277"/>
        <source>%1: line %2: field %3: %4</source>
        <translation>%1: linha %2: campo %3: %4</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="283"/>
        <source>%1: line %2: not valid JSON: %3</source>
        <translation>%1: linha %2: JSON inválido: %3</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="290"/>
        <source>%1: line 1: the configuration must be a JSON object</source>
        <translation>%1: linha 1: a configuração deve ser um objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="117"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="211"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="302"/>
        <source>unknown field (known: %1)</source>
        <translation>campo desconhecido (conhecidos: %1)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="109"/>
        <source>must be an object such as {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</source>
        <translation>deve ser um objeto como {&quot;issuer&quot;: &quot;https://shop.example&quot;, &quot;keyFile&quot;: &quot;site.pem&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="121"/>
        <source>must name the tokens&apos; issuer (their &quot;iss&quot;)</source>
        <translation>deve indicar o emissor dos tokens (seu &quot;iss&quot;)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="129"/>
        <source>must name the audience (&quot;aud&quot;) the site issues tokens for</source>
        <translation>deve indicar o público (&quot;aud&quot;) para o qual o site emite tokens</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="139"/>
        <source>must be an https address (http only on this machine)</source>
        <translation>deve ser um endereço https (http só nesta máquina)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="143"/>
        <source>needs exactly one of &quot;keyFile&quot; and &quot;jwksUrl&quot;</source>
        <translation>precisa de exatamente um de &quot;keyFile&quot; e &quot;jwksUrl&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="167"/>
        <source>may name at most %1 claims</source>
        <translation>pode indicar no máximo %1 claims</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="170"/>
        <source>&quot;%1&quot; is not a claim name</source>
        <translation>&quot;%1&quot; não é um nome de claim</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="185"/>
        <source>must be an object such as {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</source>
        <translation>deve ser um objeto como {&quot;url&quot;: &quot;smtp://mail.example:587&quot;, &quot;from&quot;: &quot;chat@shop.example&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="217"/>
        <source>must be one line of text</source>
        <translation>deve ser uma linha de texto</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="236"/>
        <source>must be an smtp:// or smtps:// address with a host</source>
        <translation>deve ser um endereço smtp:// ou smtps:// com um host</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="241"/>
        <source>may be false only for a server on this machine (127.0.0.1, ::1 or localhost)</source>
        <translation>só pode ser false para um servidor nesta máquina (127.0.0.1, ::1 ou localhost)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="246"/>
        <source>must be an e-mail address such as chat@shop.example</source>
        <translation>deve ser um endereço de e-mail como chat@shop.example</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="252"/>
        <source>needs at most one of &quot;password&quot; and &quot;passwordFile&quot;</source>
        <translation>aceita no máximo um de &quot;password&quot; e &quot;passwordFile&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="308"/>
        <source>must be a string such as &quot;127.0.0.1:8080&quot;</source>
        <translation>deve ser um texto como &quot;127.0.0.1:8080&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="313"/>
        <source>must be a directory path</source>
        <translation>deve ser o caminho de um diretório</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="320"/>
        <source>must be a PostgreSQL URL such as &quot;postgres://handoff@db/handoff&quot; or &quot;sqlite:FILE&quot;</source>
        <translation>deve ser uma URL do PostgreSQL como &quot;postgres://handoff@db/handoff&quot; ou &quot;sqlite:ARQUIVO&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="329"/>
        <source>must be an object such as {&quot;maxAttempts&quot;: 12}</source>
        <translation>deve ser um objeto como {&quot;maxAttempts&quot;: 12}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="346"/>
        <source>unknown field (known: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</source>
        <translation>campo desconhecido (conhecidos: maxAttempts, firstRetrySeconds, maxRetrySeconds, timeoutSeconds)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="357"/>
        <source>must be a number of seconds from 0 to 3600</source>
        <translation>deve ser um número de segundos de 0 a 3600</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="366"/>
        <source>must be a list of origins such as &quot;https://shop.example&quot;</source>
        <translation>deve ser uma lista de origens como &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="373"/>
        <source>&quot;%1&quot; is not an origin such as &quot;https://shop.example&quot;</source>
        <translation>&quot;%1&quot; não é uma origem como &quot;https://shop.example&quot;</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="380"/>
        <source>must be a secret of at least 16 characters without spaces</source>
        <translation>deve ser um segredo de pelo menos 16 caracteres, sem espaços</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="386"/>
        <source>must be an object such as {&quot;helloTimeoutSeconds&quot;: 10}</source>
        <translation>deve ser um objeto como {&quot;helloTimeoutSeconds&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="404"/>
        <source>unknown limit</source>
        <translation>limite desconhecido</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="156"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="230"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="350"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="408"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="465"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>deve ser um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="415"/>
        <source>must be an object such as {&quot;maxMegabytes&quot;: 10}</source>
        <translation>deve ser um objeto como {&quot;maxMegabytes&quot;: 10}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="443"/>
        <source>must be clamd&apos;s Unix socket (an absolute path) or HOST:PORT</source>
        <translation>deve ser o socket Unix do clamd (um caminho absoluto) ou HOST:PORTA</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="449"/>
        <source>must be a directory (relative to the configuration file)</source>
        <translation>deve ser um diretório (relativo ao arquivo de configuração)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="161"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="223"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="455"/>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="462"/>
        <source>unknown setting</source>
        <translation>configuração desconhecida</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="259"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="485"/>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="504"/>
        <source>must be an object (the routing configuration) or a file name</source>
        <translation>deve ser um objeto (a configuração de roteamento) ou um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="518"/>
        <source>must be an object such as {&quot;cert&quot;: &quot;FILE&quot;, &quot;key&quot;: &quot;FILE&quot;}</source>
        <translation>deve ser um objeto como {&quot;cert&quot;: &quot;ARQUIVO&quot;, &quot;key&quot;: &quot;ARQUIVO&quot;}</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="522"/>
        <source>unknown field (known: cert, key)</source>
        <translation>campo desconhecido (conhecidos: cert, key)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="132"/>
        <location filename="../src/router/RouterConfigFile.cpp" line="526"/>
        <source>must be the path of a PEM file</source>
        <translation>deve ser o caminho de um arquivo PEM</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="534"/>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="540"/>
        <source>unknown field (known: name, maxUnrecognisedTurns, handoffLine)</source>
        <translation>campo desconhecido (conhecidos: name, maxUnrecognisedTurns, handoffLine)</translation>
    </message>
    <message>
        <location filename="../src/router/RouterConfigFile.cpp" line="544"/>
        <source>must be a number from 1 to 20</source>
        <translation>deve ser um número de 1 a 20</translation>
    </message>
</context>
<context>
    <name>handoff::router::RoutingFile</name>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="45"/>
        <location filename="../src/router/RoutingFile.cpp" line="85"/>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="58"/>
        <source>%1: not a JSON object</source>
        <translation>%1: não é um objeto JSON</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="70"/>
        <source>not changed, the result would be invalid: %1</source>
        <translation>não alterado, o resultado seria inválido: %1</translation>
    </message>
    <message>
        <location filename="../src/router/RoutingFile.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::AttachmentService</name>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="152"/>
        <source>The file cannot be stored now: %1</source>
        <translation>O arquivo não pode ser salvo agora: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="159"/>
        <source>The file took longer than %n second(s) to arrive.</source>
        <translation>
            <numerusform>O arquivo levou mais de %n segundo para chegar.</numerusform>
            <numerusform>O arquivo levou mais de %n segundos para chegar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="191"/>
        <location filename="../src/server/AttachmentService.cpp" line="282"/>
        <source>The file cannot be stored: %1</source>
        <translation>O arquivo não pode ser salvo: %1</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="207"/>
        <source>&quot;%1&quot; is not a file of an accepted type (%2). The type is judged from the file&apos;s content, not its name.</source>
        <translation>&quot;%1&quot; não é um arquivo de um tipo aceito (%2). O tipo é determinado pelo conteúdo do arquivo, não pelo nome.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="215"/>
        <source>&quot;%1&quot; is named as a %2 file, but its content is %3. Send it with a name that fits.</source>
        <translation>&quot;%1&quot; tem nome de arquivo %2, mas o conteúdo é %3. Envie-o com um nome adequado.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="239"/>
        <source>&quot;%1&quot; was refused: the virus scanner found %2 in it.</source>
        <translation>&quot;%1&quot; foi recusado: o antivírus encontrou %2 nele.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="246"/>
        <source>The file cannot be checked for viruses now (%1); send it again later.</source>
        <translation>O arquivo não pode ser verificado contra vírus agora (%1); envie-o novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="300"/>
        <source>The file could not be recorded; send it again.</source>
        <translation>Não foi possível registrar o arquivo; envie-o novamente.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="367"/>
        <source>Send the chat&apos;s token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envie o token do chat como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="368"/>
        <source>The token is not known or has expired.</source>
        <translation>O token é desconhecido ou expirou.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="392"/>
        <source>Send the file with a Content-Length.</source>
        <translation>Envie o arquivo com um Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="394"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="397"/>
        <source>The file is larger than %1 MB.</source>
        <translation>O arquivo tem mais de %1 MB.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="399"/>
        <source>The router is receiving too many files at once; try again shortly.</source>
        <translation>O roteador está recebendo arquivos demais ao mesmo tempo; tente novamente em instantes.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="402"/>
        <source>The router&apos;s disk is almost full; files cannot be received now.</source>
        <translation>O disco do roteador está quase cheio; não é possível receber arquivos agora.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="405"/>
        <source>Wait until the file being sent has arrived.</source>
        <translation>Aguarde até que o arquivo em envio chegue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="413"/>
        <source>At most %n file(s) a minute may be sent in a chat.</source>
        <translation>
            <numerusform>No máximo %n arquivo por minuto pode ser enviado em um chat.</numerusform>
            <numerusform>No máximo %n arquivos por minuto podem ser enviados em um chat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/server/AttachmentService.cpp" line="416"/>
        <source>At most %n file(s) may be sent in one chat.</source>
        <translation>
            <numerusform>No máximo %n arquivo pode ser enviado em um chat.</numerusform>
            <numerusform>No máximo %n arquivos podem ser enviados em um chat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="418"/>
        <source>The files of one chat may not exceed %1 MB together.</source>
        <translation>Os arquivos de um chat não podem passar de %1 MB no total.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="471"/>
        <source>You may not send files into this chat.</source>
        <translation>Você não pode enviar arquivos para este chat.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use POST to send a file.</source>
        <translation>Use POST para enviar um arquivo.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="485"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="501"/>
        <source>Too many files are being fetched at once; try again shortly.</source>
        <translation>Muitos arquivos estão sendo baixados ao mesmo tempo; tente novamente em instantes.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="509"/>
        <source>There is no file %1 for you.</source>
        <translation>Não há nenhum arquivo %1 para você.</translation>
    </message>
    <message>
        <location filename="../src/server/AttachmentService.cpp" line="555"/>
        <source>The file %1 is no longer kept.</source>
        <translation>O arquivo %1 não é mais mantido.</translation>
    </message>
</context>
<context>
    <name>handoff::server::ClamdScanner</name>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="29"/>
        <source>the virus scanner cannot be reached: %1</source>
        <translation>não é possível contatar o antivírus: %1</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="44"/>
        <source>the virus scanner did not answer in time</source>
        <translation>o antivírus não respondeu a tempo</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="89"/>
        <source>the virus scanner&apos;s answer is too long</source>
        <translation>a resposta do antivírus é longa demais</translation>
    </message>
    <message>
        <location filename="../src/server/ClamdScanner.cpp" line="103"/>
        <source>the virus scanner answered: %1</source>
        <translation>o antivírus respondeu: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::ConversationHub</name>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="31"/>
        <source>We are closed right now. Leave us a message and we will reply.</source>
        <translation>Estamos fechados agora. Deixe uma mensagem e responderemos.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="35"/>
        <source>No one is available right now. Leave us a message, or stay: you keep your place in the queue.</source>
        <translation>Ninguém está disponível agora. Deixe uma mensagem ou fique por aqui: você mantém o seu lugar na fila.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="42"/>
        <source>Sorry, nobody has been free to answer yet. Leave us a message and we will reply, or keep waiting: you keep your place in the queue.</source>
        <translation>Desculpe, ainda não houve ninguém livre para responder. Deixe uma mensagem e responderemos, ou continue esperando: você mantém o seu lugar na fila.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="80"/>
        <source>The chat cannot start right now; try again shortly.</source>
        <translation>O chat não pode começar agora; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="82"/>
        <source>store failure</source>
        <translation>falha no armazenamento</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="243"/>
        <source>The visitor ended the chat.</source>
        <translation>O visitante encerrou o chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="244"/>
        <location filename="../src/server/DeskRequests.cpp" line="421"/>
        <source>%1 ended the chat.</source>
        <translation>%1 encerrou o chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="246"/>
        <source>The visitor left before anyone could answer.</source>
        <translation>O visitante saiu antes que alguém pudesse responder.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="260"/>
        <source>You ended the chat.</source>
        <translation>Você encerrou o chat.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="82"/>
        <source>Handoff Assistant</source>
        <translation>Assistente Handoff</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="236"/>
        <location filename="../src/server/ConversationHub.cpp" line="240"/>
        <location filename="../src/server/ConversationHub.cpp" line="252"/>
        <source>The router is shutting down.</source>
        <translation>O roteador está sendo encerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="257"/>
        <source>hello was already sent on this connection.</source>
        <translation>hello já foi enviado nesta conexão.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="263"/>
        <source>Field &quot;version&quot; must name the protocol version, e.g. &quot;1.0&quot;.</source>
        <translation>O campo &quot;version&quot; deve indicar a versão do protocolo, ex.: &quot;1.0&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="270"/>
        <source>This router speaks protocol %1; version %2 is not supported.</source>
        <translation>Este roteador usa o protocolo %1; a versão %2 não é suportada.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="272"/>
        <source>unsupported protocol version</source>
        <translation>versão de protocolo não suportada</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="283"/>
        <source>The router sends no requests; &quot;%1&quot; answers nothing.</source>
        <translation>O roteador não envia requisições; &quot;%1&quot; não responde a nada.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="292"/>
        <source>Say hello and sign in first.</source>
        <translation>Envie hello e entre primeiro.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="294"/>
        <source>Say hello first.</source>
        <translation>Envie hello primeiro.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="301"/>
        <source>Sign in first.</source>
        <translation>Entre primeiro.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="49"/>
        <location filename="../src/server/ConversationHub.cpp" line="370"/>
        <location filename="../src/server/ConversationHub.cpp" line="418"/>
        <location filename="../src/server/HubCluster.cpp" line="693"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Tipo de requisição desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="78"/>
        <source>You have no consult on the chat %1.</source>
        <translation>Você não tem nenhuma consulta sobre o chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="97"/>
        <source>Consult a colleague, not yourself.</source>
        <translation>Consulte um colega, não você mesmo.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="101"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Este chat já tem uma consulta; encerre-a primeiro.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="106"/>
        <source>%1 is not signed in.</source>
        <translation>%1 não está conectado.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="148"/>
        <source>The consult has started; end it instead.</source>
        <translation>A consulta já começou; encerre-a.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="165"/>
        <location filename="../src/server/ConsultService.cpp" line="219"/>
        <source>The consult has not started.</source>
        <translation>A consulta não começou.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="224"/>
        <source>%1 is a supervisor and takes no chats.</source>
        <translation>%1 é supervisor e não atende chats.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="244"/>
        <source>%1 handed this chat over to %2.</source>
        <translation>%1 passou este chat para %2.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationHub.cpp" line="398"/>
        <source>This chat has ended.</source>
        <translation>Este chat foi encerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="26"/>
        <source>Field &quot;presence&quot; must be &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>O campo &quot;presence&quot; deve ser &quot;available&quot;, &quot;away&quot; ou &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="51"/>
        <location filename="../src/server/DeskRequests.cpp" line="61"/>
        <source>The offer of %1 expired or went to someone else.</source>
        <translation>A oferta de %1 expirou ou foi para outra pessoa.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="53"/>
        <location filename="../src/server/DeskRequests.cpp" line="121"/>
        <source>No chat %1 is offered to you.</source>
        <translation>Nenhum chat %1 está sendo oferecido a você.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="92"/>
        <source>The router could not store the assignment; the chat waits again.</source>
        <translation>O roteador não conseguiu salvar a atribuição; o chat volta a aguardar.</translation>
    </message>
    <message>
        <location filename="../src/server/ConversationFlow.cpp" line="702"/>
        <location filename="../src/server/DeskRequests.cpp" line="101"/>
        <source>%1 joined the chat</source>
        <translation>%1 entrou no chat</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="128"/>
        <location filename="../src/server/DeskRequests.cpp" line="158"/>
        <source>The chat %1 is closed.</source>
        <translation>O chat %1 está encerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="49"/>
        <source>Field &quot;offset&quot; must be a whole number from 0 to %1.</source>
        <translation>O campo “offset” deve ser um número inteiro de 0 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="87"/>
        <location filename="../src/server/CustomerRequests.cpp" line="92"/>
        <location filename="../src/server/CustomerRequests.cpp" line="180"/>
        <location filename="../src/server/DeskRequests.cpp" line="160"/>
        <location filename="../src/server/DeskRequests.cpp" line="168"/>
        <source>The chat %1 is not assigned to you.</source>
        <translation>O chat %1 não está atribuído a você.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="112"/>
        <location filename="../src/server/CustomerRequests.cpp" line="198"/>
        <location filename="../src/server/DeskRequests.cpp" line="162"/>
        <location filename="../src/server/DeskRequests.cpp" line="273"/>
        <source>There is no chat %1.</source>
        <translation>Não existe o chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="138"/>
        <source>Only supervisors can search customers.</source>
        <translation>Apenas supervisores podem pesquisar clientes.</translation>
    </message>
    <message>
        <location filename="../src/server/CustomerRequests.cpp" line="144"/>
        <source>Field &quot;query&quot; must have %1 to %2 characters.</source>
        <translation>O campo “query” deve ter de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="183"/>
        <location filename="../src/server/DeskRequests.cpp" line="201"/>
        <source>The router could not store the message; send it again.</source>
        <translation>O roteador não conseguiu salvar a mensagem; envie-a de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="243"/>
        <location filename="../src/server/DeskRequests.cpp" line="277"/>
        <source>The chat %1 is not yours.</source>
        <translation>O chat %1 não é seu.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="297"/>
        <source>Name a &quot;queueId&quot; or an &quot;agentId&quot; to transfer to.</source>
        <translation>Informe um &quot;queueId&quot; ou um &quot;agentId&quot; como destino da transferência.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="213"/>
        <location filename="../src/server/DeskRequests.cpp" line="302"/>
        <source>The note is longer than %1 characters.</source>
        <translation>A nota tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="306"/>
        <source>There is no queue %1.</source>
        <translation>Não existe a fila %1.</translation>
    </message>
    <message>
        <location filename="../src/server/ConsultService.cpp" line="93"/>
        <location filename="../src/server/DeskRequests.cpp" line="314"/>
        <source>There is no agent %1.</source>
        <translation>Não existe o atendente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="325"/>
        <source>Agent %1 is offline.</source>
        <translation>O atendente %1 está offline.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="329"/>
        <source>Agent %1 is away.</source>
        <translation>O atendente %1 está ausente.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="381"/>
        <source>%1 transferred this chat to the queue %2.</source>
        <translation>%1 transferiu este chat para a fila %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="382"/>
        <source>%1 transferred this chat to %2.</source>
        <translation>%1 transferiu este chat para %2.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="402"/>
        <source>The disposition or the note is too long.</source>
        <translation>O resultado ou a nota é longo demais.</translation>
    </message>
    <message>
        <location filename="../src/server/DeskRequests.cpp" line="476"/>
        <source>Field &quot;watch&quot; must be true or false.</source>
        <translation>O campo &quot;watch&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="43"/>
        <source>This connection is already signed in.</source>
        <translation>Esta conexão já está autenticada.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="47"/>
        <source>A sign-in is already under way on this connection.</source>
        <translation>Já há um login em andamento nesta conexão.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="58"/>
        <location filename="../src/server/HubSignIn.cpp" line="69"/>
        <source>Sign in with &quot;user&quot; and &quot;password&quot;, or with &quot;token&quot;.</source>
        <translation>Entre com &quot;user&quot; e &quot;password&quot;, ou com &quot;token&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="63"/>
        <source>Too many failed sign-ins for %1; try again in a minute.</source>
        <translation>Tentativas de login com falha demais para %1; tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="85"/>
        <source>The sign-in token is unknown or expired; sign in with your password.</source>
        <translation>O token de login é desconhecido ou expirou; entre com a sua senha.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="86"/>
        <source>Wrong user name or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="89"/>
        <source>The router could not store the sign-in; try again.</source>
        <translation>O roteador não conseguiu salvar o login; tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="97"/>
        <source>Too many sign-ins are under way; try again in a moment.</source>
        <translation>Há logins demais em andamento; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../src/server/HubSignIn.cpp" line="128"/>
        <source>This session was resumed on another connection.</source>
        <translation>Esta sessão foi retomada em outra conexão.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="102"/>
        <source>Field &quot;%1&quot; must be a string.</source>
        <translation>O campo &quot;%1&quot; deve ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="108"/>
        <source>Field &quot;%1&quot; must be true or false.</source>
        <translation>O campo &quot;%1&quot; deve ser true ou false.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="114"/>
        <source>Field &quot;%1&quot; must be a whole number.</source>
        <translation>O campo &quot;%1&quot; deve ser um número inteiro.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="131"/>
        <source>Field &quot;%1&quot; must be a non-empty string of at most %2 characters.</source>
        <translation>O campo &quot;%1&quot; deve ser um texto não vazio de no máximo %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="142"/>
        <source>Field &quot;%1&quot; must be non-empty text.</source>
        <translation>O campo &quot;%1&quot; deve ser um texto não vazio.</translation>
    </message>
    <message>
        <location filename="../src/server/RequestShape.cpp" line="146"/>
        <source>The text has %1 characters; at most %2 are allowed.</source>
        <translation>O texto tem %1 caracteres; o máximo permitido é %2.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="45"/>
        <source>Sign in on the website to chat with us.</source>
        <translation>Entre no site para conversar conosco.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="70"/>
        <source>Sign in on the website again to chat with us.</source>
        <translation>Entre novamente no site para conversar conosco.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="79"/>
        <source>You are chatting without being signed in.</source>
        <translation>Você está conversando sem estar conectado.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="93"/>
        <source>Field &quot;visitorToken&quot; is too long.</source>
        <translation>O campo &quot;visitorToken&quot; é longo demais.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="172"/>
        <source>Too many new chats from your address; try again in a minute.</source>
        <translation>Chats novos demais a partir do seu endereço; tente de novo daqui a um minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="174"/>
        <source>too many new chats</source>
        <translation>chats novos demais</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="385"/>
        <source>There is no ended chat to rate here.</source>
        <translation>Não há nenhum chat encerrado para avaliar aqui.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="389"/>
        <location filename="../src/server/VisitorRequests.cpp" line="442"/>
        <source>You have rated this chat already.</source>
        <translation>Você já avaliou este chat.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="396"/>
        <source>Field &quot;rating&quot; must be a whole number from 1 to 5.</source>
        <translation>O campo &quot;rating&quot; deve ser um número inteiro de 1 a 5.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="401"/>
        <source>Field &quot;comment&quot; must be text.</source>
        <translation>O campo &quot;comment&quot; deve ser texto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="407"/>
        <source>The comment is too long (1000 characters at most).</source>
        <translation>O comentário é longo demais (no máximo 1000 caracteres).</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="434"/>
        <source>Your rating could not be stored; send it again.</source>
        <translation>Não foi possível salvar sua avaliação; envie-a novamente.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="475"/>
        <source>This site does not send transcripts by e-mail.</source>
        <translation>Este site não envia transcrições por e-mail.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="483"/>
        <source>There is no ended chat to send here.</source>
        <translation>Não há nenhum chat encerrado para enviar aqui.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="488"/>
        <source>Please enter one e-mail address, such as name@example.com.</source>
        <translation>Digite um endereço de e-mail, como nome@example.com.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="496"/>
        <source>Too many e-mail requests; try again later.</source>
        <translation>Muitos pedidos de e-mail; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="515"/>
        <source>Your request could not be stored; send it again.</source>
        <translation>Não foi possível salvar seu pedido; envie-o novamente.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="522"/>
        <source>A chat&apos;s transcript can be e-mailed at most %1 times.</source>
        <translation>A transcrição de um chat pode ser enviada por e-mail no máximo %1 vezes.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="56"/>
        <source>cannot join the routers on this database: %1</source>
        <translation>não foi possível juntar-se aos roteadores deste banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="508"/>
        <source>This chat is served by another server; reconnecting.</source>
        <translation>Este chat é atendido por outro servidor; reconectando.</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="510"/>
        <source>served by another router</source>
        <translation>atendido por outro roteador</translation>
    </message>
    <message>
        <location filename="../src/server/HubCluster.cpp" line="657"/>
        <location filename="../src/server/VisitorRequests.cpp" line="24"/>
        <source>Your message could not be stored; send it again.</source>
        <translation>Não foi possível salvar a sua mensagem; envie-a de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="305"/>
        <source>The visitor asked for a person.</source>
        <translation>O visitante pediu para falar com uma pessoa.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorRequests.cpp" line="325"/>
        <source>The name or e-mail address is too long.</source>
        <translation>O nome ou o endereço de e-mail é longo demais.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="43"/>
        <source>Chat transcript</source>
        <translation>Transcrição do chat</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="45"/>
        <source>Conversation: %1</source>
        <translation>Conversa: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="47"/>
        <source>Started: %1</source>
        <translation>Início: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="49"/>
        <source>Ended: %1</source>
        <translation>Fim: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="51"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="58"/>
        <source>(The transcript is cut here: it is too long.)</source>
        <translation>(A transcrição termina aqui: é longa demais.)</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="64"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="151"/>
        <source>Use GET.</source>
        <translation>Use GET.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="163"/>
        <source>Too many transcript downloads; try again in a minute.</source>
        <translation>Downloads da transcrição demais; tente novamente em um minuto.</translation>
    </message>
    <message>
        <location filename="../src/server/VisitorTranscripts.cpp" line="34"/>
        <source>There is no transcript at %1 for this visitor token.</source>
        <translation>Não há transcrição em %1 para este token de visitante.</translation>
    </message>
    <message>
        <location filename="../src/server/HubAttachments.cpp" line="91"/>
        <source>You have sent no file %1 in this chat.</source>
        <translation>Você não enviou nenhum arquivo %1 neste chat.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="395"/>
        <source>The sign-in token is not valid.</source>
        <translation>O token de login não é válido.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="399"/>
        <source>The sign-in token&apos;s signature could not be verified.</source>
        <translation>A assinatura do token de login não pôde ser verificada.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="400"/>
        <source>Your sign-in has expired.</source>
        <translation>Seu login expirou.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="402"/>
        <source>The sign-in token is not valid yet.</source>
        <translation>O token de login ainda não é válido.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="405"/>
        <source>The sign-in token is meant for another site.</source>
        <translation>O token de login é destinado a outro site.</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="407"/>
        <source>Your sign-in cannot be checked right now.</source>
        <translation>Seu login não pode ser verificado agora.</translation>
    </message>
</context>
<context>
    <name>handoff::server::HandoffApi</name>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="50"/>
        <source>Send the API token as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Envie o token de API como &quot;Authorization: Bearer TOKEN&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="56"/>
        <source>The API token is not known.</source>
        <translation>O token de API não é conhecido.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="73"/>
        <source>There is no conversation %1 handed over with this API token.</source>
        <translation>Não existe a conversa %1 transferida com este token de API.</translation>
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
        <translation>O corpo deve ser JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="131"/>
        <source>The body is not valid JSON: %1 at offset %2.</source>
        <translation>O corpo não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="132"/>
        <source>The body must be a JSON object.</source>
        <translation>O corpo deve ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="148"/>
        <source>The callback must be an http or https address of at most 2048 characters, without a user name or password.</source>
        <translation>O endereço de retorno deve ser http ou https, com no máximo 2048 caracteres, sem nome de usuário nem senha.</translation>
    </message>
    <message>
        <location filename="../src/server/HandoffApi.cpp" line="155"/>
        <source>The handoff could not be stored: %1</source>
        <translation>Não foi possível salvar o transbordo: %1</translation>
    </message>
</context>
<context>
    <name>handoff::server::HttpRequestParser</name>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="165"/>
        <source>The request headers are larger than 16 KiB.</source>
        <translation>Os cabeçalhos da requisição ultrapassam 16 KiB.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="177"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="183"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="193"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="199"/>
        <source>The request line is not HTTP.</source>
        <translation>A linha da requisição não é HTTP.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="201"/>
        <source>Only HTTP/1.0 and HTTP/1.1 are supported.</source>
        <translation>Só HTTP/1.0 e HTTP/1.1 são suportados.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="205"/>
        <source>The request target must be a path.</source>
        <translation>O alvo da requisição deve ser um caminho.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="222"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="235"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="238"/>
        <source>A header line is malformed.</source>
        <translation>Uma linha de cabeçalho está malformada.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="242"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="255"/>
        <source>The request must have exactly one valid Host header.</source>
        <translation>A requisição deve ter exatamente um cabeçalho Host válido.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="259"/>
        <source>Content-Length and Transfer-Encoding must not be sent together.</source>
        <translation>Content-Length e Transfer-Encoding não podem ser enviados juntos.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="261"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="269"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="276"/>
        <source>The Transfer-Encoding header is not valid here.</source>
        <translation>O cabeçalho Transfer-Encoding não é válido aqui.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="277"/>
        <source>Chunked request bodies are not supported; send Content-Length.</source>
        <translation>Corpos de requisição chunked não são suportados; envie Content-Length.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="281"/>
        <source>Content-Length must be sent once.</source>
        <translation>Content-Length deve ser enviado uma única vez.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="288"/>
        <location filename="../src/server/HttpRequestParser.cpp" line="291"/>
        <source>Content-Length is not a number.</source>
        <translation>Content-Length não é um número.</translation>
    </message>
    <message>
        <location filename="../src/server/HttpRequestParser.cpp" line="296"/>
        <source>The request body is larger than 256 KiB.</source>
        <translation>O corpo da requisição ultrapassa 256 KiB.</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityService</name>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="37"/>
        <source>cannot read the identity key file %1: %2</source>
        <translation>não é possível ler o arquivo de chaves de identidade %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="42"/>
        <source>identity key file %1: %2</source>
        <translation>arquivo de chaves de identidade %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="106"/>
        <source>larger than %1 bytes</source>
        <translation>maior que %1 bytes</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityService.cpp" line="113"/>
        <source>identity: cannot use the JWKS from %1: %2</source>
        <translation>identidade: não é possível usar o JWKS de %1: %2</translation>
    </message>
</context>
<context>
    <name>handoff::server::IdentityTokenVerifier</name>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="210"/>
        <source>no RSA (2048 bits or more) or EC P-256 public key or certificate in PEM form</source>
        <translation>nenhuma chave pública RSA (2048 bits ou mais) ou EC P-256 nem certificado em formato PEM</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="220"/>
        <source>not a JWKS document (a JSON object with &quot;keys&quot;)</source>
        <translation>não é um documento JWKS (um objeto JSON com &quot;keys&quot;)</translation>
    </message>
    <message>
        <location filename="../src/server/IdentityToken.cpp" line="245"/>
        <source>the JWKS holds no RSA or EC P-256 signing key</source>
        <translation>o JWKS não contém nenhuma chave de assinatura RSA ou EC P-256</translation>
    </message>
</context>
<context>
    <name>handoff::server::KpiReport</name>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="45"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as dates (YYYY-MM-DD), &quot;to&quot; not before &quot;from&quot; and at most %1 days in all.</source>
        <translation>Informe &quot;from&quot; e &quot;to&quot; como datas (YYYY-MM-DD), &quot;to&quot; não antes de &quot;from&quot; e no máximo %1 dias no total.</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="218"/>
        <source>KPIs from %1 to %2 (%3)</source>
        <translation>KPIs de %1 a %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="228"/>
        <source>Offered</source>
        <translation>Oferecidos</translation>
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
        <translation>Transferências</translation>
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
        <translation>Todas as filas</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="241"/>
        <source>Handled</source>
        <translation>Atendidos até o fim</translation>
    </message>
    <message>
        <location filename="../src/server/KpiReport.cpp" line="242"/>
        <source>Declined</source>
        <translation>Recusadas</translation>
    </message>
</context>
<context>
    <name>handoff::server::RouterServer</name>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="71"/>
        <source>address already in use</source>
        <translation>endereço já em uso</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="72"/>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="73"/>
        <source>address not available on this machine</source>
        <translation>endereço não disponível nesta máquina</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="76"/>
        <source>cannot listen on %1: %2</source>
        <translation>não foi possível escutar em %1: %2</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="171"/>
        <location filename="../src/server/RouterServer.cpp" line="229"/>
        <source>Pages of %1 may not call this API.</source>
        <translation>Páginas de %1 não podem chamar esta API.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="220"/>
        <source>Pages of %1 may not fetch files here.</source>
        <translation>Páginas de %1 não podem obter arquivos aqui.</translation>
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
        <translation>Este endereço só fala WebSocket.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="207"/>
        <source>Nothing is at %1.</source>
        <translation>Não há nada em %1.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="239"/>
        <source>Pages of %1 may not send files here.</source>
        <translation>Páginas de %1 não podem enviar arquivos aqui.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="254"/>
        <source>/metrics needs the metrics token.</source>
        <translation>/metrics exige o token de métricas.</translation>
    </message>
    <message>
        <location filename="../src/server/RouterServer.cpp" line="274"/>
        <source>The database does not answer.</source>
        <translation>O banco de dados não responde.</translation>
    </message>
</context>
<context>
    <name>handoff::server::SupervisorService</name>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="97"/>
        <source>Unknown request type &quot;%1&quot;.</source>
        <translation>Tipo de requisição desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="129"/>
        <location filename="../src/server/SupervisorService.cpp" line="269"/>
        <source>Only supervisors may do %1.</source>
        <translation>Só supervisores podem fazer %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="221"/>
        <source>Too many actions are on their way to other routers; try again.</source>
        <translation>Há ações demais a caminho de outros roteadores; tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="227"/>
        <source>Another router serves the chat %1: a note for it may have at most %2 bytes.</source>
        <translation>Outro roteador atende o chat %1: uma nota para ele pode ter no máximo %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="241"/>
        <source>The router serving the chat %1 did not answer; try again.</source>
        <translation>O roteador que atende o chat %1 não respondeu; tente de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="303"/>
        <location filename="../src/server/SupervisorService.cpp" line="329"/>
        <source>This desk has no session; sign in again.</source>
        <translation>Este desk não tem sessão; entre de novo.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="592"/>
        <source>Name the &quot;conversationId&quot; and exactly one of &quot;agentId&quot; and &quot;queueId&quot;.</source>
        <translation>Informe o &quot;conversationId&quot; e exatamente um entre &quot;agentId&quot; e &quot;queueId&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="596"/>
        <source>The note is longer than %1 characters.</source>
        <translation>A nota tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="137"/>
        <location filename="../src/server/SupervisorService.cpp" line="601"/>
        <location filename="../src/server/SupervisorService.cpp" line="738"/>
        <location filename="../src/server/SupervisorService.cpp" line="756"/>
        <source>The chat %1 is closed.</source>
        <translation>O chat %1 está encerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="204"/>
        <source>There is no chat %1.</source>
        <translation>Não existe o chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="609"/>
        <location filename="../src/server/SupervisorService.cpp" line="912"/>
        <source>There is no agent %1.</source>
        <translation>Não existe o atendente %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="613"/>
        <source>The chat %1 is already with %2.</source>
        <translation>O chat %1 já está com %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="619"/>
        <source>There is no queue %1.</source>
        <translation>Não existe a fila %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="704"/>
        <source>%1 reassigned this chat to %2.</source>
        <translation>%1 reatribuiu este chat a %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="705"/>
        <source>%1 moved this chat to the queue %2.</source>
        <translation>%1 moveu este chat para a fila %2.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="726"/>
        <location filename="../src/server/SupervisorService.cpp" line="874"/>
        <source>Field &quot;conversationId&quot; must name a chat.</source>
        <translation>O campo &quot;conversationId&quot; deve indicar um chat.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="769"/>
        <source>You are not monitoring a chat %1.</source>
        <translation>Você não está monitorando um chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="791"/>
        <source>Only a chat an agent has can be joined; %1 has no agent.</source>
        <translation>Só é possível entrar em um chat que tem agente; %1 não tem agente.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="801"/>
        <source>Supervisor %1 joined the chat</source>
        <translation>O supervisor %1 entrou no chat</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="812"/>
        <source>You have not joined a chat %1.</source>
        <translation>Você não entrou em nenhum chat %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="819"/>
        <location filename="../src/server/SupervisorService.cpp" line="857"/>
        <source>%1 left the chat</source>
        <translation>%1 saiu do chat</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="878"/>
        <source>The reason is longer than %1 characters.</source>
        <translation>O motivo tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="883"/>
        <source>The chat %1 is already closed.</source>
        <translation>O chat %1 já está encerrado.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="891"/>
        <source>A supervisor</source>
        <translation>Um supervisor</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="898"/>
        <source>%1 ended the chat.</source>
        <translation>%1 encerrou o chat.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="907"/>
        <source>Name the &quot;agentId&quot; and a &quot;presence&quot; of &quot;available&quot;, &quot;away&quot; or &quot;offline&quot;.</source>
        <translation>Informe o &quot;agentId&quot; e um &quot;presence&quot; entre &quot;available&quot;, &quot;away&quot; ou &quot;offline&quot;.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="989"/>
        <source>Give &quot;from&quot; and &quot;to&quot; as times (ISO 8601), &quot;to&quot; after &quot;from&quot; and at most %1 days apart.</source>
        <translation>Informe &quot;from&quot; e &quot;to&quot; como horários (ISO 8601), com &quot;to&quot; depois de &quot;from&quot; e no máximo %1 dias de diferença.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1092"/>
        <source>The report cannot be read right now; try again shortly.</source>
        <translation>O relatório não pode ser lido agora; tente novamente em instantes.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1106"/>
        <source>Field &quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>O campo &quot;limit&quot; deve ser um número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1140"/>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>&quot;limit&quot; deve ser um número de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../src/server/SupervisorService.cpp" line="1153"/>
        <source>The delivery log cannot be read now; try again.</source>
        <translation>O registro de entregas não pode ser lido agora; tente de novo.</translation>
    </message>
</context>
<context>
    <name>handoff::store::PostgresStore</name>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="168"/>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>URL do PostgreSQL inválida: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="188"/>
        <source>not a PostgreSQL connection string (expected key=value pairs)</source>
        <translation>não é uma string de conexão do PostgreSQL (esperados pares chave=valor)</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="209"/>
        <source>unsupported connection option %1</source>
        <translation>opção de conexão não suportada %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="214"/>
        <source>the port must be a number from 1 to 65535</source>
        <translation>a porta deve ser um número de 1 a 65535</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="218"/>
        <source>schema &quot;%1&quot; must be letters, digits and underscores</source>
        <translation>o esquema &quot;%1&quot; deve ter só letras, dígitos e sublinhados</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="248"/>
        <source>the PostgreSQL driver for Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>o driver PostgreSQL do Qt (QPSQL, pacote libqt6sql6-psql) não está instalado</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="269"/>
        <source>cannot connect to %1: %2</source>
        <translation>não foi possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="281"/>
        <source>cannot use schema %1: %2</source>
        <translation>não foi possível usar o esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="300"/>
        <source>lost the connection to %1 and cannot reconnect: %2</source>
        <translation>a conexão com %1 caiu e não foi possível reconectar: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="325"/>
        <source>cannot lock the schema for migration: %1</source>
        <translation>não foi possível bloquear o esquema para a migração: %1</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="329"/>
        <source>cannot create schema %1: %2</source>
        <translation>não foi possível criar o esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../src/store/PostgresStore.cpp" line="333"/>
        <source>cannot create the schema version table: %1</source>
        <translation>não foi possível criar a tabela de versão do esquema: %1</translation>
    </message>
</context>
<context>
    <name>handoff::store::SqlStore</name>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="225"/>
        <source>cannot start the migration: %1</source>
        <translation>não foi possível iniciar a migração: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="238"/>
        <source>cannot read the schema version: %1</source>
        <translation>não foi possível ler a versão do esquema: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="240"/>
        <source>%1 has schema version %2, newer than this build knows (%3)</source>
        <translation>%1 tem a versão de esquema %2, mais nova do que esta versão conhece (%3)</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="251"/>
        <source>migration %1 is missing from the build</source>
        <translation>a migração %1 não está nesta versão</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="257"/>
        <source>migration %1 failed: %2</source>
        <translation>a migração %1 falhou: %2</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="261"/>
        <source>cannot commit the migration: %1</source>
        <translation>não foi possível confirmar a migração: %1</translation>
    </message>
    <message>
        <location filename="../src/store/SqlStore.cpp" line="323"/>
        <source>cannot hash the password</source>
        <translation>não foi possível gerar o hash da senha</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
    <name>LoginDialog</name>
    <message>
        <location filename="../forms/LoginDialog.ui" line="6"/>
        <source>Sign in to Handoff</source>
        <translation>Entrar no Handoff</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="10"/>
        <source>Sign in with the user name and password your supervisor gave you.</source>
        <translation>Entre com o usuário e a senha que você recebeu do seu supervisor.</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="17"/>
        <source>&amp;Router:</source>
        <translation>&amp;Roteador:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="18"/>
        <source>chat.example.org:8080</source>
        <translation>chat.example.org:8080</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="20"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="24"/>
        <source>Re&amp;member me on this computer</source>
        <translation>&amp;Lembrar de mim neste computador</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="6"/>
        <source>Handoff Desk</source>
        <translation>Handoff Desk</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="23"/>
        <source>I am &amp;back — set Available</source>
        <translation>&amp;Já voltei — ficar Disponível</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="23"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="24"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="40"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="42"/>
        <source>Offers</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="46"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="47"/>
        <source>Dec&amp;line</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="52"/>
        <source>My chats</source>
        <translation>Meus chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="57"/>
        <source>Which of my chats to show</source>
        <translation>Quais dos meus chats mostrar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>Order of my chats</source>
        <translation>Ordem dos meus chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="62"/>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="67"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="69"/>
        <source>Left by visitors while nobody could chat</source>
        <translation>Deixadas por visitantes quando ninguém podia atender</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Sh&amp;ow handled</source>
        <translation>&amp;Mostrar resolvidas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Also list the messages handled in the last 30 days</source>
        <translation>Listar também as mensagens resolvidas nos últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="85"/>
        <source>T&amp;ransfer…</source>
        <translation>Trans&amp;ferir…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="86"/>
        <source>&amp;End chat…</source>
        <translation>&amp;Encerrar chat…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="97"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Nota interna</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="99"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="100"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="110"/>
        <source>Collected by the bot</source>
        <translation>Coletado pelo bot</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="112"/>
        <source>Cop&amp;y value</source>
        <translation>Co&amp;piar valor</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="113"/>
        <source>Earlier chats</source>
        <translation>Chats anteriores</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="115"/>
        <source>Sho&amp;w older chats</source>
        <translation>&amp;Ver conversas anteriores</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="116"/>
        <source>Canned responses</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="120"/>
        <source>Search responses</source>
        <translation>Buscar respostas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="124"/>
        <source>I&amp;nsert into message</source>
        <translation>Inserir na mensa&amp;gem</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Não foi possível abrir o cache local %1: %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="6"/>
        <source>Reassign chat</source>
        <translation>Reatribuir chat</translation>
    </message>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="10"/>
        <source>&amp;Note for the agent who takes it (optional, not shown to the visitor):</source>
        <translation>&amp;Nota para o atendente que assumir (opcional, não aparece para o visitante):</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../forms/SearchDialog.ui" line="6"/>
        <source>Search transcripts</source>
        <translation>Buscar nos históricos</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="8"/>
        <source>Searches every transcript kept on this computer, also while the router is unreachable.</source>
        <translation>Busca em todos os históricos guardados neste computador, mesmo quando o roteador está inacessível.</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="12"/>
        <source>Words to find</source>
        <translation>Palavras a buscar</translation>
    </message>
</context>
<context>
    <name>SupervisorBoardWidget</name>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="15"/>
        <source>&amp;Live</source>
        <translation>&amp;Ao vivo</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="30"/>
        <source>&amp;Queues</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="31"/>
        <source>Filter queues</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="43"/>
        <source>&amp;Agents</source>
        <translation>A&amp;tendentes</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="44"/>
        <source>Filter agents</source>
        <translation>Filtrar atendentes</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="57"/>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversas</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="58"/>
        <source>Filter by visitor, state, queue, agent, topic or trigger</source>
        <translation>Filtrar por visitante, estado, fila, atendente, assunto ou motivo</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="62"/>
        <source>Drag a conversation onto an agent or a queue to reassign it, or open its menu (right click, Menu key or Shift+F10).</source>
        <translation>Arraste uma conversa até um atendente ou uma fila para reatribuí-la, ou abra o menu dela (clique direito, tecla Menu ou Shift+F10).</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../forms/TransferDialog.ui" line="6"/>
        <source>Transfer chat</source>
        <translation>Transferir chat</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="8"/>
        <source>To a &amp;queue:</source>
        <translation>Para uma &amp;fila:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="10"/>
        <source>To an &amp;agent:</source>
        <translation>Para um &amp;atendente:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="11"/>
        <source>Type to find a colleague by name</source>
        <translation>Digite para encontrar um colega pelo nome</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="14"/>
        <source>&amp;Note for the next agent (not shown to the visitor):</source>
        <translation>&amp;Nota para o próximo atendente (não aparece para o visitante):</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="6"/>
        <source>End chat</source>
        <translation>Encerrar chat</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="8"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="10"/>
        <source>&amp;Wrap-up note (for the team, not the visitor):</source>
        <translation>&amp;Nota de encerramento (para a equipe, não para o visitante):</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentDownloads</name>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="44"/>
        <source>Not downloaded yet: waiting for the router</source>
        <translation>Ainda não baixado: aguardando o roteador</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="46"/>
        <source>Downloading…</source>
        <translation>Baixando…</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="48"/>
        <source>Not available (404)</source>
        <translation>Não disponível (404)</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="50"/>
        <source>Blocked by the scanner</source>
        <translation>Bloqueado pelo antivírus</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="52"/>
        <source>Too large to show</source>
        <translation>Grande demais para mostrar</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="54"/>
        <source>Download failed; tried again when the router is back</source>
        <translation>O download falhou; será tentado de novo quando o roteador voltar</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="55"/>
        <source>Download failed: %1</source>
        <translation>O download falhou: %1</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="157"/>
        <source>the file could not be kept in the cache</source>
        <translation>não foi possível guardar o arquivo no cache</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentPreviews</name>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="68"/>
        <source>Preparing the picture…</source>
        <translation>Preparando a imagem…</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="86"/>
        <source>Not shown: %1</source>
        <translation>Não exibido: %1</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentThumbnail</name>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="26"/>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="38"/>
        <source>The picture cannot be read: %1</source>
        <translation>Não é possível ler a imagem: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="30"/>
        <source>The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.</source>
        <translation>A imagem tem %1 × %2 pixels; imagens com mais de 40 megapixels não são exibidas.</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogModel</name>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="66"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="68"/>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="70"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="72"/>
        <source>On</source>
        <translation>Alvo</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="74"/>
        <source>Detail</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="76"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="78"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogWidget</name>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="30"/>
        <source>Filter by person, action, chat or desk</source>
        <translation>Filtrar por pessoa, ação, chat ou desk</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="31"/>
        <source>Filter by event, address, state or chat</source>
        <translation>Filtrar por evento, endereço, estado ou chat</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Audit log</source>
        <translation>Registro de auditoria</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="42"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="56"/>
        <source>Entries: %1</source>
        <translation>Entradas: %1</translation>
    </message>
</context>
<context>
    <name>handoff::BoardAgentModel</name>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="14"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="16"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="18"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="22"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="37"/>
        <source>Signed in</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="66"/>
        <source>%1 — skills: %2</source>
        <translation>%1 — habilidades: %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="68"/>
        <source>Chose %1</source>
        <translation>Status escolhido: %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="81"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="83"/>
        <source>Presence</source>
        <translation>Presença</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="85"/>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="87"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="89"/>
        <source>In state for</source>
        <translation>Tempo no estado</translation>
    </message>
</context>
<context>
    <name>handoff::BoardConversationModel</name>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="20"/>
        <source>With the bot</source>
        <translation>Com o bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="22"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="114"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="24"/>
        <source>Offered</source>
        <translation>Oferecida</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="26"/>
        <source>With an agent</source>
        <translation>Com um atendente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="30"/>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="36"/>
        <source>Asked for a person</source>
        <translation>Pediu uma pessoa</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="38"/>
        <source>Not understood</source>
        <translation>Não entendido</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="40"/>
        <source>Frustration</source>
        <translation>Frustração</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="42"/>
        <source>Always-human topic</source>
        <translation>Assunto só para pessoas</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="44"/>
        <source>External bot</source>
        <translation>Bot externo</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="53"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="72"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="106"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="91"/>
        <source>%1 — monitored by %2</source>
        <translation>%1 — monitorado por %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="93"/>
        <source>Queue %1 (id %2)</source>
        <translation>Fila %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="95"/>
        <source>Offered to %1</source>
        <translation>Oferecida a %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="108"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="110"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="112"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="116"/>
        <source>Handling</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="118"/>
        <source>Topic</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="120"/>
        <source>Trigger</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>handoff::BoardQueueModel</name>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="69"/>
        <source>Longest wait</source>
        <translation>Maior espera</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="71"/>
        <source>Available</source>
        <translation>Disponíveis</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="73"/>
        <source>Signed in</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="75"/>
        <source>Hours</source>
        <translation>Horário</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseActions</name>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="18"/>
        <source>Ne&amp;w…</source>
        <translation>No&amp;va…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="19"/>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="20"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="25"/>
        <source>Add a personal canned response (Ctrl+Shift+N)</source>
        <translation>Adicionar uma resposta pronta pessoal (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="58"/>
        <source>Shared responses are managed on the router.</source>
        <translation>As respostas compartilhadas são gerenciadas no roteador.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="59"/>
        <source>Change the selected personal response (F2)</source>
        <translation>Alterar a resposta pessoal selecionada (F2)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="60"/>
        <source>Delete the selected personal response (Delete)</source>
        <translation>Excluir a resposta pessoal selecionada (Delete)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="72"/>
        <source>Canned responses</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="73"/>
        <source>Could not save /%1 in the local cache: %2</source>
        <translation>Não foi possível salvar /%1 no cache local: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="76"/>
        <source>Saved /%1.</source>
        <translation>/%1 salva.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="90"/>
        <source>Only your personal responses can be changed here.</source>
        <translation>Aqui só é possível alterar as suas respostas pessoais.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="102"/>
        <source>Only your personal responses can be deleted here.</source>
        <translation>Aqui só é possível excluir as suas respostas pessoais.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="106"/>
        <source>Delete canned response</source>
        <translation>Excluir resposta pronta</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="107"/>
        <source>Delete /%1 (%2)?</source>
        <translation>Excluir /%1 (%2)?</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="115"/>
        <source>Deleted /%1.</source>
        <translation>/%1 excluída.</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseDialog</name>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="41"/>
        <source>New canned response</source>
        <translation>Nova resposta pronta</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="50"/>
        <source>e.g. thanks (typed as /thanks)</source>
        <translation>ex.: obrigado (digitado como /obrigado)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="52"/>
        <source>What the list shows</source>
        <translation>O que a lista mostra</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="56"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="57"/>
        <source>Personal</source>
        <translation>Pessoais</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="58"/>
        <source>Hello {visitor.name|there}, …</source>
        <translation>Olá, {visitor.name|visitante}, …</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="74"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atalho:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="76"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="77"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="78"/>
        <source>Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, {conversation.topic}, {agent.name}; {name|fallback} when it may be unknown.</source>
        <translation>Marcadores: {visitor.name}, {order.number} ou qualquer campo coletado pelo bot, {page}, {conversation.topic}, {agent.name}; {nome|alternativa} quando o valor pode ser desconhecido.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="84"/>
        <source>Preview with the open chat:</source>
        <translation>Prévia com o chat aberto:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="107"/>
        <source>Edit canned response</source>
        <translation>Editar resposta pronta</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="136"/>
        <source>Give it a shortcut.</source>
        <translation>Dê um atalho a ela.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="138"/>
        <source>A shortcut is one word of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32).</source>
        <translation>Um atalho é uma palavra de letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (até 32).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="141"/>
        <source>You already have /%1.</source>
        <translation>Você já tem /%1.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="142"/>
        <source>/%1 is a shared response; choose another shortcut.</source>
        <translation>/%1 é uma resposta compartilhada; escolha outro atalho.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="144"/>
        <source>Write the text.</source>
        <translation>Escreva o texto.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="146"/>
        <source>The text is too long (at most 4000 characters).</source>
        <translation>O texto é longo demais (no máximo 4000 caracteres).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="154"/>
        <source>The text, filled in, shows here.</source>
        <translation>O texto preenchido aparece aqui.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="172"/>
        <source>Not known in this chat: %1</source>
        <translation>Desconhecido neste chat: %1</translation>
    </message>
</context>
<context>
    <name>handoff::ChatListDelegate</name>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="53"/>
        <source>waited %1 · %2</source>
        <translation>esperou %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="55"/>
        <location filename="../src/desk/ChatListDelegate.cpp" line="65"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="63"/>
        <source>%1 asks for your advice</source>
        <translation>%1 pede sua opinião</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="71"/>
        <source>(visitor left) %1</source>
        <translation>(visitante saiu) %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="74"/>
        <source>Consulting for %1 · %2</source>
        <translation>Consultando para %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="85"/>
        <source>waiting %1 since %2</source>
        <translation>esperando %1 desde %2</translation>
    </message>
</context>
<context>
    <name>handoff::ColleagueModel</name>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="46"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="48"/>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="53"/>
        <source>no free chat</source>
        <translation>sem vaga</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="67"/>
        <source>%1 of %2 chats</source>
        <translation>%1 de %2 chats</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>signed in</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="72"/>
        <source>%1 — supervisor, %2</source>
        <translation>%1 — supervisor, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="73"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="76"/>
        <source>%1 — available, %2</source>
        <translation>%1 — disponível, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="78"/>
        <source>%1 — cannot be chosen: %2, %3</source>
        <translation>%1 — não selecionável: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="70"/>
        <location filename="../src/client/ColleagueModel.cpp" line="79"/>
        <source>%1 — cannot be chosen: %2</source>
        <translation>%1 — não selecionável: %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="93"/>
        <source>%1; serves %2</source>
        <translation>%1; atende %2</translation>
    </message>
</context>
<context>
    <name>handoff::ComposerEdit</name>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Digite uma mensagem — Enter envia, Shift+Enter quebra a linha, / para respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="46"/>
        <source>screenshot-%1.png</source>
        <translation>captura-de-tela-%1.png</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultModel</name>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="50"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="80"/>
        <source>%1 asks you about %2&apos;s chat</source>
        <translation>%1 pergunta sobre o chat de %2</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="81"/>
        <source>%1 asks you about %2&apos;s chat (%3)</source>
        <translation>%1 pergunta sobre o chat de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, 1 second left to answer</source>
        <translation>%1, resta 1 segundo para responder</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, %2 seconds left to answer</source>
        <translation>%1, restam %2 segundos para responder</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultPanel</name>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="29"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="70"/>
        <source>Send to colleague</source>
        <translation>Enviar ao colega</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="30"/>
        <source>Cancel invitation</source>
        <translation>Retirar o convite</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="32"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="72"/>
        <source>End consult</source>
        <translation>Encerrar a consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="33"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="66"/>
        <source>Consult thread</source>
        <translation>Conversa da consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="67"/>
        <source>Lines only you and the colleague consulted see, oldest first.</source>
        <translation>Linhas que só você e o colega consultado veem, a mais antiga primeiro.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="68"/>
        <source>Message to the colleague consulted</source>
        <translation>Mensagem ao colega consultado</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="69"/>
        <source>Enter sends it into the consult thread; the visitor never sees it.</source>
        <translation>Enter envia para a conversa da consulta; o visitante nunca vê.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="71"/>
        <source>Cancel the consult invitation</source>
        <translation>Retirar o convite para a consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="73"/>
        <source>Dismiss the consult&apos;s outcome</source>
        <translation>Dispensar o resultado da consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="146"/>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="147"/>
        <source>Consult with %1</source>
        <translation>Consulta com %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="148"/>
        <source>Consult for %1</source>
        <translation>Consulta para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="149"/>
        <source>Only you and %1 see this; the visitor never does.</source>
        <translation>Só você e %1 veem isto; o visitante nunca.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="154"/>
        <source>Waiting for %1 to accept… (%2 s)</source>
        <translation>Aguardando %1 aceitar… (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="166"/>
        <source>Message to %1 — only %1 sees it; Enter sends</source>
        <translation>Mensagem para %1 — só %1 vê; Enter envia</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="169"/>
        <source>Hand over to %1…</source>
        <translation>Passar para %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="202"/>
        <source>Not sent to your colleague: %1</source>
        <translation>Não enviado ao seu colega: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="211"/>
        <source>Could not end the consult: %1</source>
        <translation>Não foi possível encerrar a consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="224"/>
        <source>Hand over to %1</source>
        <translation>Passar para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="225"/>
        <source>&amp;Note for %1 (read first; the visitor does not see it):</source>
        <translation>&amp;Nota para %1 (lida primeiro; o visitante não a vê):</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="231"/>
        <source>Note for %1</source>
        <translation>Nota para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="235"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Passar</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="236"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="248"/>
        <source>The chat is %1&apos;s now.</source>
        <translation>O chat agora é de %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="249"/>
        <source>Could not hand the chat over: %1</source>
        <translation>Não foi possível passar o chat: %1</translation>
    </message>
</context>
<context>
    <name>handoff::CustomerHistoryModel</name>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="41"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="60"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="69"/>
        <source>still open</source>
        <translation>ainda aberto</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="43"/>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="45"/>
        <source>the visitor left</source>
        <translation>o visitante saiu</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="47"/>
        <source>left before an answer</source>
        <translation>saiu antes de uma resposta</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="59"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="68"/>
        <source>no agent</source>
        <translation>nenhum agente</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="62"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="70"/>
        <source>Chat on %1 in %2 with %3: %4</source>
        <translation>Chat em %1 em %2 com %3: %4</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="74"/>
        <source>rated %1 of 5</source>
        <translation>avaliado com %1 de 5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="76"/>
        <source>commenting: %1</source>
        <translation>com o comentário: %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="85"/>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="99"/>
        <source>Opened %1</source>
        <translation>Aberto em %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="160"/>
        <source>Earlier chats of this customer (verified)</source>
        <translation>Chats anteriores deste cliente (verificado)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="161"/>
        <source>Earlier chats of %1 (verified)</source>
        <translation>Chats anteriores de %1 (verificado)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="163"/>
        <source>Earlier chats from this browser (not verified)</source>
        <translation>Chats anteriores deste navegador (não verificado)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="167"/>
        <source>Earlier chats</source>
        <translation>Chats anteriores</translation>
    </message>
</context>
<context>
    <name>handoff::DeskAccessibility</name>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>A visitor left a message.</source>
        <translation>Um visitante deixou uma mensagem.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>%1 left a message.</source>
        <translation>%1 deixou uma mensagem.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="117"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="118"/>
        <source>Chats and messages</source>
        <translation>Chats e mensagens</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="121"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="122"/>
        <source>Chats and supervisor board</source>
        <translation>Chats e painel do supervisor</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="125"/>
        <source>Board views</source>
        <translation>Visões do painel</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="126"/>
        <source>Filter conversations</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="127"/>
        <source>Filter agents</source>
        <translation>Filtrar atendentes</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="128"/>
        <source>Filter queues</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="129"/>
        <source>Offers</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="130"/>
        <source>Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it.</source>
        <translation>Chats oferecidos a você. Ctrl+Shift+A aceita a oferta selecionada, Ctrl+Shift+D a recusa.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>My chats</source>
        <translation>Meus chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat.</source>
        <translation>Ctrl+Tab e Ctrl+Shift+Tab vão para o chat seguinte e o anterior.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>Show chats</source>
        <translation>Mostrar chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>All, only those waiting for your reply, unread or idle ones.</source>
        <translation>Todos, só os que aguardam sua resposta, os não lidos ou os inativos.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="133"/>
        <source>Order of my chats</source>
        <translation>Ordem dos meus chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Visitors waiting in each queue.</source>
        <translation>Visitantes aguardando em cada fila.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="135"/>
        <source>Messages left by visitors</source>
        <translation>Mensagens deixadas por visitantes</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>Transcript</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>The open chat&apos;s lines, oldest first.</source>
        <translation>As linhas do chat aberto, das mais antigas para as mais novas.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="137"/>
        <source>Canned response suggestions</source>
        <translation>Sugestões de respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="138"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="139"/>
        <source>Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an internal note.</source>
        <translation>Enter envia, Shift+Enter quebra a linha, / sugere respostas prontas, Ctrl+Shift+I a transforma em nota interna.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Only agents and supervisors see an internal note.</source>
        <translation>Só atendentes e supervisores veem uma nota interna.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Fields the bot collected</source>
        <translation>Campos coletados pelo bot</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Double-click or Copy puts a value on the clipboard.</source>
        <translation>Clique duplo ou Copiar coloca um valor na área de transferência.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="143"/>
        <source>Earlier chats of this customer</source>
        <translation>Chats anteriores deste cliente</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="144"/>
        <source>Enter or a double-click opens the chat&apos;s transcript and fields, read-only.</source>
        <translation>Enter ou um clique duplo abre a transcrição e os campos do chat, somente leitura.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="145"/>
        <source>Canned response category</source>
        <translation>Categoria das respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Search canned responses</source>
        <translation>Buscar respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Enter inserts the selected response.</source>
        <translation>Enter insere a resposta selecionada.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="147"/>
        <source>Canned responses</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Your status</source>
        <translation>Seu status</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Only Available agents are offered new chats.</source>
        <translation>Só atendentes Disponíveis recebem novos chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="149"/>
        <source>Left message</source>
        <translation>Mensagem deixada</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="172"/>
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="173"/>
        <source>New message from %1 in another chat.</source>
        <translation>Nova mensagem de %1 em outro chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered. %1</source>
        <translation>Novo chat oferecido. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered.</source>
        <translation>Novo chat oferecido.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="191"/>
        <source>Your status is Available.</source>
        <translation>Seu status é Disponível.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="194"/>
        <source>You have as many chats as you can take; no new offers until one ends.</source>
        <translation>Você está com o máximo de chats que pode atender; nenhuma oferta nova até que um termine.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="197"/>
        <source>Your status is Away.</source>
        <translation>Seu status é Ausente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="198"/>
        <source>Your status was set to Away.</source>
        <translation>Seu status foi alterado para Ausente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="201"/>
        <source>Your status is Offline.</source>
        <translation>Seu status é Offline.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Peça o arquivo da CA à TI e defina tlsCaFile.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>O certificado do roteador não é válido para %1 (ele indica %2). Use o endereço que o certificado indica ou peça à TI um certificado que inclua %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>nenhum host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>O certificado do roteador para %1 expirou em %2. Peça à TI que o renove.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>O certificado do roteador para %1 só é válido a partir de %2. Verifique a data e a hora deste computador.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>O certificado do roteador para %1 não é confiável (autoassinado ou de autoridade desconhecida). %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="149"/>
        <source>The router&apos;s certificate for %1 was refused: %2</source>
        <translation>O certificado do roteador para %1 foi recusado: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="150"/>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="206"/>
        <location filename="../src/client/DeskConnection.cpp" line="230"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>“%1” não é um endereço de roteador. Use host:porta, por exemplo chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="268"/>
        <source>The desk went offline before the router answered.</source>
        <translation>O desk ficou offline antes de o roteador responder.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="329"/>
        <source>The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.</source>
        <translation>O arquivo da CA %1 (tlsCaFile) não pode ser lido ou não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="358"/>
        <source>This desk speaks protocol %1, which the router does not support (%2). Please update the desk.</source>
        <translation>Este desk usa o protocolo %1, que o roteador não suporta (%2). Atualize o desk.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="366"/>
        <source>The router did not accept this desk: %1</source>
        <translation>O roteador não aceitou este desk: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="373"/>
        <source>The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT to update the router.</source>
        <translation>O roteador usa o protocolo %1, mas este desk usa o %2. Atualize o desk ou peça à TI que atualize o roteador.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Usuário ou senha incorretos.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Seu login expirou ou foi revogado. Entre de novo com a sua senha.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>O roteador não conseguiu fazer o seu login: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>A conexão com o roteador caiu antes da resposta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>a conexão foi fechada</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="493"/>
        <source>Cannot reach the router at %1: %2.</source>
        <translation>Não foi possível alcançar o roteador em %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="580"/>
        <source>Not connected to the router; nothing was sent.</source>
        <translation>Sem conexão com o roteador; nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="597"/>
        <source>The router did not answer within %1 seconds.</source>
        <translation>O roteador não respondeu em %1 segundos.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSession</name>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="464"/>
        <source>Type a message first.</source>
        <translation>Digite uma mensagem primeiro.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="466"/>
        <source>The message is %1 characters long; the limit is %2. Please shorten it.</source>
        <translation>A mensagem tem %1 caracteres; o limite é %2. Encurte-a.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="483"/>
        <location filename="../src/client/DeskSession.cpp" line="510"/>
        <source>This chat is not assigned to you any more.</source>
        <translation>Este chat não está mais atribuído a você.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="485"/>
        <location filename="../src/client/DeskSession.cpp" line="512"/>
        <source>You are consulting on %1&apos;s chat: only %1 writes to the visitor.</source>
        <translation>Você está sendo consultado no chat de %1: só %1 escreve ao visitante.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="487"/>
        <source>The local cache is not open; nothing was sent.</source>
        <translation>O cache local não está aberto; nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="514"/>
        <source>Files can only be sent while the router is reachable.</source>
        <translation>Arquivos só podem ser enviados enquanto o roteador estiver acessível.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="516"/>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="518"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 tem mais de 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="535"/>
        <location filename="../src/client/DeskSession.cpp" line="544"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 não foi enviado: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="776"/>
        <source>Already handled by %1.</source>
        <translation>Já resolvida por %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Outra pessoa já resolveu esta mensagem.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Esta mensagem não existe mais.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>%1 declined.</source>
        <translation>%1 recusou.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>You declined.</source>
        <translation>Você recusou.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="142"/>
        <source>The invitation lapsed: %1 did not answer within a minute.</source>
        <translation>O convite expirou: %1 não respondeu em um minuto.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="143"/>
        <source>The invitation from %1 lapsed.</source>
        <translation>O convite de %1 expirou.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="145"/>
        <source>%1 handed the chat to you.</source>
        <translation>%1 passou o chat para você.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="146"/>
        <source>%1 handed the chat to you: %2</source>
        <translation>%1 passou o chat para você: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="148"/>
        <source>The chat ended, and with it the consult.</source>
        <translation>O chat terminou e, com ele, a consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="150"/>
        <source>The chat went to another agent; the consult ended.</source>
        <translation>O chat foi para outro agente; a consulta terminou.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You withdrew the invitation.</source>
        <translation>Você retirou o convite.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You ended the consult.</source>
        <translation>Você encerrou a consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="154"/>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 retirou o convite.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="156"/>
        <source>%1 ended the consult.</source>
        <translation>%1 encerrou a consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="224"/>
        <source>The consult has not started.</source>
        <translation>A consulta não começou.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="262"/>
        <source>You handed the chat to %1.</source>
        <translation>Você passou o chat para %1.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSettings</name>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="68"/>
        <source>Set by your IT department</source>
        <translation>Definido pela equipe de TI</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="73"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (definido pela equipe de TI)</translation>
    </message>
</context>
<context>
    <name>handoff::EarlierChatDialog</name>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="22"/>
        <source>Earlier chat of %1</source>
        <translation>Chat anterior de %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="28"/>
        <source>%1 in %2 with %3: %4</source>
        <translation>%1 em %2 com %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="30"/>
        <source>no agent</source>
        <translation>nenhum agente</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="32"/>
        <source>rated %1 of 5</source>
        <translation>avaliado com %1 de 5</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="33"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="36"/>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="47"/>
        <source>Fields of the earlier chat</source>
        <translation>Campos do chat anterior</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="52"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcrição</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="57"/>
        <source>Transcript of the earlier chat</source>
        <translation>Transcrição do chat anterior</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="75"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="76"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="77"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="78"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="81"/>
        <source>sent a file %1</source>
        <translation>enviou um arquivo %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="82"/>
        <source>sent a file %1: %2</source>
        <translation>enviou um arquivo %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="83"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="85"/>
        <source>(internal note) %1</source>
        <translation>(nota interna) %1</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationChart</name>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="31"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="53"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalonamentos por assunto e motivo</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="199"/>
        <source>No escalations in this period.</source>
        <translation>Nenhum escalonamento neste período.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="275"/>
        <source>%1: %2 escalations</source>
        <translation>%1: %2 escalonamentos</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="276"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationReportModel</name>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="52"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="70"/>
        <source>Topic</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="72"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationReportWidget</name>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Custom dates</source>
        <translation>Outro período</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="45"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalonamentos por assunto e motivo</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="72"/>
        <source>The report could not be made: %1</source>
        <translation>Não foi possível gerar o relatório: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="113"/>
        <source>Choose at most 366 days.</source>
        <translation>Escolha no máximo 366 dias.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="118"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="135"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="144"/>
        <source>No escalations to people %1.</source>
        <translation>Nenhum escalonamento para pessoas %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="147"/>
        <source>Escalations to people %1: %2.</source>
        <translation>Escalonamentos para pessoas %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="150"/>
        <source>Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.</source>
        <translation>Mais frequente: %1 (%2). Os assuntos que sempre chegam a uma pessoa são os que vale a pena ensinar ao bot.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="151"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="163"/>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="159"/>
        <source>No visitor ratings %1.</source>
        <translation>Nenhuma avaliação de visitantes %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="162"/>
        <source>%1: %2 of 5, %3 % satisfied (%n rating(s))</source>
        <translation>
            <numerusform>%1: %2 de 5, %3 % satisfeitos (%n avaliação)</numerusform>
            <numerusform>%1: %2 de 5, %3 % satisfeitos (%n avaliações)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="171"/>
        <source>Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).</source>
        <translation>
            <numerusform>Avaliações de visitantes %1: %n, média %2 de 5, %3 % satisfeitos (4 ou 5).</numerusform>
            <numerusform>Avaliações de visitantes %1: %n, média %2 de 5, %3 % satisfeitos (4 ou 5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="174"/>
        <source>By queue: %1.</source>
        <translation>Por fila: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="175"/>
        <source>By agent: %1.</source>
        <translation>Por agente: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="186"/>
        <source>escalations-%1-%2.csv</source>
        <translation>escalonamentos-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="190"/>
        <source>Export escalation report</source>
        <translation>Exportar relatório de escalonamentos</translation>
    </message>
</context>
<context>
    <name>handoff::FieldsModel</name>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="31"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="38"/>
        <source>%1, verified</source>
        <translation>%1, verificado</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="39"/>
        <source>%1, verified by the website&apos;s sign-in</source>
        <translation>%1, verificado pelo login do site</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="41"/>
        <source>%1
Verified by the website&apos;s sign-in</source>
        <translation>%1
Verificado pelo login do site</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="68"/>
        <source>customer id</source>
        <translation>id do cliente</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="78"/>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="80"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
</context>
<context>
    <name>handoff::KpiChart</name>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="38"/>
        <source>Offered, answered and abandoned chats by queue</source>
        <translation>Chats oferecidos, atendidos e abandonados por fila</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="39"/>
        <source>Service level and average speed of answer by queue</source>
        <translation>Nível de serviço e tempo médio de atendimento por fila</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="40"/>
        <source>The same figures are in the table of queues below.</source>
        <translation>Os mesmos números estão na tabela de filas abaixo.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Offered</source>
        <translation>Oferecidos</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Answered</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="66"/>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="81"/>
        <source>%1 % in %2 s</source>
        <translation>%1 % em %2 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="82"/>
        <source>no answers</source>
        <translation>sem atendimentos</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="84"/>
        <source>ASA %1 s</source>
        <translation>ASA %1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="166"/>
        <source>No chats in this period.</source>
        <translation>Nenhum chat neste período.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="176"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="233"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportModel</name>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="85"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Offered</source>
        <translation>Oferecidos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Chats that entered the queue, short abandons left out</source>
        <translation>Chats que entraram na fila, sem os abandonos curtos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Answered</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <source>Chats an agent accepted from the queue</source>
        <translation>Chats que um atendente aceitou da fila</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Visitors who left while waiting, before an agent answered</source>
        <translation>Visitantes que saíram enquanto esperavam, antes de um atendente responder</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandon rate</source>
        <translation>Taxa de abandono</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandoned ÷ offered</source>
        <translation>Abandonados ÷ oferecidos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="92"/>
        <source>Service level</source>
        <translation>Nível de serviço</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="93"/>
        <source>Answered within the queue&apos;s threshold ÷ (answered + abandoned)</source>
        <translation>Atendidos dentro do limite da fila ÷ (atendidos + abandonados)</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="94"/>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>ASA</source>
        <translation>ASA</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="94"/>
        <source>Average speed of answer: from entering the queue to an accept</source>
        <translation>Tempo médio de atendimento: da entrada na fila até a aceitação</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="96"/>
        <location filename="../src/client/KpiReportModel.cpp" line="110"/>
        <source>AHT</source>
        <translation>AHT</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="96"/>
        <location filename="../src/client/KpiReportModel.cpp" line="110"/>
        <source>Average handle time: from accept to close or transfer</source>
        <translation>Tempo médio de atendimento: da aceitação ao encerramento ou à transferência</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Missed offers</source>
        <translation>Ofertas perdidas</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Offers that timed out or were declined</source>
        <translation>Ofertas que expiraram ou foram recusadas</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Chats sent on to another queue or agent</source>
        <translation>Chats enviados para outra fila ou outro atendente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="101"/>
        <location filename="../src/client/KpiReportModel.cpp" line="116"/>
        <source>Satisfied</source>
        <translation>Satisfeitos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="102"/>
        <location filename="../src/client/KpiReportModel.cpp" line="117"/>
        <source>Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period</source>
        <translation>Pesquisa pós-chat: avaliações 4 ou 5 ÷ avaliações dadas no período</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="105"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Chats the agent accepted</source>
        <translation>Chats que o atendente aceitou</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>Average speed of answer of the chats the agent accepted</source>
        <translation>Tempo médio de atendimento dos chats que o atendente aceitou</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Handled</source>
        <translation>Atendidos até o fim</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Chats the agent closed or transferred</source>
        <translation>Chats que o atendente encerrou ou transferiu</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Declined</source>
        <translation>Recusadas</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Missed offers the agent declined</source>
        <translation>Ofertas perdidas que o atendente recusou</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="144"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="147"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="183"/>
        <source>Answered within %1 s</source>
        <translation>Atendidos em até %1 s</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportWidget</name>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="40"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="42"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="43"/>
        <source>Custom dates</source>
        <translation>Outro período</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="82"/>
        <source>By &amp;queue</source>
        <translation>Por fi&amp;la</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="83"/>
        <source>By a&amp;gent</source>
        <translation>Por aten&amp;dente</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="107"/>
        <source>The report could not be made: %1</source>
        <translation>Não foi possível gerar o relatório: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="148"/>
        <source>Choose at most %1 days.</source>
        <translation>Escolha no máximo %1 dias.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="153"/>
        <location filename="../src/desk/KpiReportWidget.cpp" line="174"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="185"/>
        <source>All queues %1 (days of the router&apos;s time zone, %2): %3 offered, %4 answered, %5 abandoned (%6); service level %7, ASA %8, AHT %9.</source>
        <translation>Todas as filas %1 (dias no fuso horário do roteador, %2): %3 oferecidos, %4 atendidos, %5 abandonados (%6); nível de serviço %7, ASA %8, AHT %9.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="192"/>
        <source>Visitors who left within %1 s are not counted.</source>
        <translation>Visitantes que saíram em até %1 s não são contados.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="204"/>
        <source>kpi-%1-%2.csv</source>
        <translation>kpi-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="206"/>
        <source>Export KPI report</source>
        <translation>Exportar relatório de KPIs</translation>
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
    <name>handoff::LoginDialog</name>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="19"/>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="117"/>
        <source>No system keychain is available: your password will not be remembered.</source>
        <translation>Nenhum chaveiro do sistema disponível: sua senha não será lembrada.</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="260"/>
        <source>Unread first</source>
        <translation>Não lidos primeiro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="259"/>
        <source>Waiting first</source>
        <translation>Sem resposta primeiro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="191"/>
        <source>Consult request. %1</source>
        <translation>Pedido de consulta. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="261"/>
        <source>Quietest first</source>
        <translation>Mais inativos primeiro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="262"/>
        <source>As accepted</source>
        <translation>Na ordem de aceite</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="272"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="273"/>
        <source>Waiting for me</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="274"/>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="275"/>
        <source>Idle (%1 min)</source>
        <translation>Inativos (%1 min)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="381"/>
        <source>To send with the next Send: %1</source>
        <translation>Será enviado com o próximo Enviar: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="398"/>
        <source>Select a field to copy.</source>
        <translation>Selecione um campo para copiar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="402"/>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="409"/>
        <source>%1: none</source>
        <translation>%1: nenhum</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="410"/>
        <source>%1: the latest %2</source>
        <translation>%1: os últimos %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="470"/>
        <source>New personal canned response</source>
        <translation>Nova resposta pronta pessoal</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="484"/>
        <location filename="../src/desk/MainWindow.cpp" line="706"/>
        <source>Could not change your status: %1</source>
        <translation>Não foi possível alterar seu status: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="489"/>
        <source>Local cache</source>
        <translation>Cache local</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="537"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="538"/>
        <source>&amp;Search transcripts…</source>
        <translation>&amp;Buscar nos históricos…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="540"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Encerrar sessão</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="541"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="543"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="544"/>
        <source>&amp;Accept offer</source>
        <translation>&amp;Aceitar chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="546"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Recusar chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="548"/>
        <source>&amp;Next chat</source>
        <translation>&amp;Próximo chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="549"/>
        <source>&amp;Previous chat</source>
        <translation>Chat an&amp;terior</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="550"/>
        <source>Next chat waiting for a rep&amp;ly</source>
        <translation>Próximo chat a&amp;guardando resposta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="552"/>
        <source>&amp;Write a message</source>
        <translation>Escre&amp;ver mensagem</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="553"/>
        <source>Attach a &amp;file…</source>
        <translation>Anexar um arq&amp;uivo…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="555"/>
        <source>Toggle &amp;internal note</source>
        <translation>Ativar/desativar nota &amp;interna</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="558"/>
        <source>&amp;Transfer…</source>
        <translation>Trans&amp;ferir…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="560"/>
        <source>&amp;Consult a colleague…</source>
        <translation>&amp;Consultar um colega…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="562"/>
        <source>&amp;End chat…</source>
        <translation>&amp;Encerrar chat…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="563"/>
        <source>E&amp;xport the chat as PDF…</source>
        <translation>E&amp;xportar o chat como PDF…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="565"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="566"/>
        <source>&amp;Offers</source>
        <translation>&amp;Recebidos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="570"/>
        <source>&amp;My chats</source>
        <translation>&amp;Meus chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="574"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="578"/>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="582"/>
        <source>&amp;Canned responses</source>
        <translation>Res&amp;postas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="587"/>
        <source>M&amp;essages left by visitors</source>
        <translation>Mensagens &amp;deixadas por visitantes</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="593"/>
        <source>&amp;Reply to the left message by email</source>
        <translation>Resp&amp;onder por e-mail à mensagem deixada</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="597"/>
        <source>Copy the visitor&apos;s e&amp;mail address</source>
        <translation>Copiar o e-&amp;mail do visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="601"/>
        <source>Mark the left message &amp;handled</source>
        <translation>Marcar a mensagem &amp;deixada como resolvida</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="604"/>
        <source>&amp;Show handled messages</source>
        <translation>Mostrar mensagens re&amp;solvidas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="608"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="609"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponível</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="611"/>
        <source>A&amp;way</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="612"/>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="615"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="616"/>
        <source>Supervisor &amp;board</source>
        <translation>Painel do &amp;supervisor</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="621"/>
        <source>&amp;Light theme</source>
        <translation>Tema &amp;claro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="622"/>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;escuro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="631"/>
        <source>&amp;Sound on new offers</source>
        <translation>&amp;Tocar som em novos chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="639"/>
        <source>Desktop &amp;notifications on new offers and messages</source>
        <translation>&amp;Notificações na área de trabalho para novos chats e mensagens</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="671"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="672"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="674"/>
        <source>&amp;Find an action…</source>
        <translation>&amp;Buscar uma ação…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="693"/>
        <source>Your status: only Available agents are offered new chats</source>
        <translation>Seu status: só atendentes Disponíveis recebem novos chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="694"/>
        <source>● Available</source>
        <translation>● Disponível</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="695"/>
        <source>◐ Away</source>
        <translation>◐ Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="696"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="718"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="720"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="722"/>
        <source>Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.</source>
        <translation>Roteador inacessível — nova tentativa em %1 s. Suas mensagens são guardadas e enviadas quando ele voltar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="725"/>
        <source>Signed out. %1</source>
        <translation>Sessão encerrada. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="748"/>
        <source>Connection to the router lost — reconnecting… Lines you send are kept and go out when it is back.</source>
        <translation>Conexão com o roteador perdida — reconectando… O que você enviar fica guardado e sai quando ele voltar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="781"/>
        <source>Load %1 / %2 (full)</source>
        <translation>Carga %1 / %2 (cheia)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="782"/>
        <source>Load %1 / %2</source>
        <translation>Carga %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="790"/>
        <source>You were set to Away after missed offers. Set yourself Available when you are back.</source>
        <translation>Você ficou Ausente depois de ofertas perdidas. Fique Disponível quando voltar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="794"/>
        <source>You are Away</source>
        <translation>Você está Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers (%1)</source>
        <translation>Recebidos (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers</source>
        <translation>Recebidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <source>Chats (%n offered)</source>
        <translation>
            <numerusform>Chats (%n oferecido)</numerusform>
            <numerusform>Chats (%n oferecidos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <location filename="../src/desk/MainWindow.cpp" line="1592"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages (%1)</source>
        <translation>Mensagens (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="834"/>
        <source>Messages visitors left while nobody could chat (Alt+5)</source>
        <translation>Mensagens que visitantes deixaram quando ninguém podia atender (Alt+5)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="864"/>
        <source>Choose a message on the left.</source>
        <translation>Escolha uma mensagem à esquerda.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="865"/>
        <source>No messages are waiting. Visitors leave one when nobody can chat with them; it appears here at once.</source>
        <translation>Nenhuma mensagem aguardando. Os visitantes deixam uma quando ninguém pode atendê-los; ela aparece aqui na hora.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="877"/>
        <source>Choose a message under Messages (Alt+5) first.</source>
        <translation>Escolha primeiro uma mensagem em Mensagens (Alt+5).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="885"/>
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="891"/>
        <source>The message from %1 is marked handled.</source>
        <translation>A mensagem de %1 foi marcada como resolvida.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="892"/>
        <source>Could not mark the message handled: %1</source>
        <translation>Não foi possível marcar a mensagem como resolvida: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="904"/>
        <source>%1 (%2 unread) — %3</source>
        <translation>%1 (%2 não lidas) — %3</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="905"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="910"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 exibidos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="911"/>
        <source>My chats (%1, %2 waiting for a reply)</source>
        <translation>Meus chats (%1, %2 sem resposta)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="912"/>
        <source>My chats (%1)</source>
        <translation>Meus chats (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="966"/>
        <source>Needs the connection to the router</source>
        <translation>Precisa da conexão com o roteador</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="973"/>
        <source>No chat open</source>
        <translation>Nenhum chat aberto</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="975"/>
        <source>Choose a chat on the left (Ctrl+Tab goes to the next one).</source>
        <translation>Escolha um chat à esquerda (Ctrl+Tab vai para o próximo).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="976"/>
        <source>New chats appear under Offers. Accept one with Ctrl+Shift+A.</source>
        <translation>Novos chats aparecem em Recebidos. Aceite um com Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="980"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — ended</source>
        <translation> — encerrado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="988"/>
        <source> — consulting for %1</source>
        <translation> — consultando para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="990"/>
        <source> — offered to you, accept to answer</source>
        <translation> — oferecido a você, aceite para responder</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="994"/>
        <source>Read-only: %1 answers the visitor. Write to %1 in the consult panel.</source>
        <translation>Somente leitura: %1 responde ao visitante. Escreva para %1 no painel da consulta.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1086"/>
        <source>Files go to the visitor: switch off the internal note to send them.</source>
        <translation>Arquivos vão para o visitante: desligue a nota interna para enviá-los.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1095"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 tem mais de 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1099"/>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1278"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Este chat já tem uma consulta; encerre-a primeiro.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1286"/>
        <source>Could not ask the colleague: %1</source>
        <translation>Não foi possível consultar o colega: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1315"/>
        <source>Consult requests</source>
        <translation>Pedidos de consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1317"/>
        <source>Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D declines it.</source>
        <translation>Colegas consultando você sobre seus chats. Ctrl+Shift+A aceita o pedido selecionado, Ctrl+Shift+D o recusa.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1320"/>
        <source>Accept consult</source>
        <translation>Aceitar consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1322"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1323"/>
        <source>Decline consult</source>
        <translation>Recusar consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1325"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1346"/>
        <source>Consult requests (%1)</source>
        <translation>Pedidos de consulta (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1379"/>
        <source>Could not accept the consult: %1</source>
        <translation>Não foi possível aceitar a consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1396"/>
        <source>Could not decline the consult: %1</source>
        <translation>Não foi possível recusar a consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1447"/>
        <source>Open one of your chats to send a file.</source>
        <translation>Abra um dos seus chats para enviar um arquivo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1450"/>
        <source>Attach a file</source>
        <translation>Anexar um arquivo</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1472"/>
        <source>File %1</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1475"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1476"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1482"/>
        <source>Save the file</source>
        <translation>Salvar o arquivo</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1490"/>
        <source>%1 cannot be saved: %2</source>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1495"/>
        <source>%1 cannot be saved as %2.</source>
        <translation>Não é possível salvar %1 como %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1498"/>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1510"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1522"/>
        <source>%1 cannot be opened.</source>
        <translation>Não é possível abrir %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1527"/>
        <source>No program to show %1 was found.</source>
        <translation>Nenhum programa para mostrar %1 foi encontrado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1779"/>
        <source>The earlier chat cannot be shown: %1</source>
        <translation>O chat anterior não pode ser exibido: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — the visitor left</source>
        <translation> — o visitante saiu</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="998"/>
        <source>Queue: %1.</source>
        <translation>Fila: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1002"/>
        <source>%1 is typing…</source>
        <translation>%1 está digitando…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1033"/>
        <source>No chat is offered to you right now.</source>
        <translation>Nenhum chat está sendo oferecido a você agora.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1040"/>
        <source>Could not accept the chat: %1</source>
        <translation>Não foi possível aceitar o chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1065"/>
        <source>Could not decline the chat: %1</source>
        <translation>Não foi possível recusar o chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1077"/>
        <source>Fill in %1 before sending.</source>
        <translation>Preencha %1 antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1135"/>
        <source>Internal note — only agents and supervisors see it</source>
        <translation>Nota interna — só atendentes e supervisores a veem</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1136"/>
        <source>Message to the visitor — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Mensagem para o visitante — Enter envia, Shift+Enter quebra a linha, / para respostas prontas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1161"/>
        <source>Adds the note to the chat; the visitor does not see it</source>
        <translation>Adiciona a nota ao chat; o visitante não a vê</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1162"/>
        <source>Sends the message to the visitor</source>
        <translation>Envia a mensagem ao visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1178"/>
        <source>Not known: %1 — replace the marked text before sending.</source>
        <translation>Desconhecido: %1 — substitua o texto marcado antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1181"/>
        <source>Internal note: the visitor will not see this.</source>
        <translation>Nota interna: o visitante não verá isto.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1183"/>
        <source>To the visitor.</source>
        <translation>Para o visitante.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1214"/>
        <source>No chat is waiting for your reply.</source>
        <translation>Nenhum chat está aguardando a sua resposta.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1232"/>
        <source>Not connected to the router: this waits until the connection is back.</source>
        <translation>Sem conexão com o roteador: isto espera até a conexão voltar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1245"/>
        <source>Chat transferred.</source>
        <translation>Chat transferido.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1246"/>
        <source>Could not transfer the chat: %1</source>
        <translation>Não foi possível transferir o chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1412"/>
        <source>The router is not reachable.</source>
        <translation>O roteador está inacessível.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Chat ended.</source>
        <translation>Chat encerrado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Could not end the chat: %1</source>
        <translation>Não foi possível encerrar o chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1535"/>
        <source>Open a chat to export it.</source>
        <translation>Abra um chat para exportá-lo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1538"/>
        <location filename="../src/desk/MainWindow.cpp" line="1560"/>
        <source>Export the chat as PDF</source>
        <translation>Exportar o chat como PDF</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1539"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1563"/>
        <source>Saved %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1593"/>
        <source>Board</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1661"/>
        <source>Not known: %1</source>
        <translation>Desconhecido: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1662"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (Enter or Tab inserts, Esc closes):</source>
        <translation>&lt;b&gt;Prévia&lt;/b&gt; (Enter ou Tab insere, Esc fecha):</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1692"/>
        <source>Open one of your chats first.</source>
        <translation>Abra primeiro um dos seus chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1727"/>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
</context>
<context>
    <name>handoff::MonitorView</name>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="25"/>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Parar de monitorar</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="26"/>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Join conversation</source>
        <translation>&amp;Entrar na conversa</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="28"/>
        <source>Se&amp;nd</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="46"/>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Monitored transcript (read-only)</source>
        <translation>Histórico monitorado (somente leitura)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="49"/>
        <source>Take part visibly: the visitor and the agent see that you joined and read your lines. The agent keeps the chat.</source>
        <translation>Participar de forma visível: o visitante e o agente veem que você entrou e leem suas mensagens. O agente continua com o chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="52"/>
        <source>Your line to the visitor and the agent</source>
        <translation>Sua mensagem para o visitante e o agente</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="53"/>
        <source>Write to the visitor and the agent…</source>
        <translation>Escreva para o visitante e o agente…</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="56"/>
        <source>Send your line</source>
        <translation>Enviar sua mensagem</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="131"/>
        <source>The chat has ended; monitoring stopped.</source>
        <translation>O chat terminou; o monitoramento parou.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="132"/>
        <source>Monitoring stopped.</source>
        <translation>Monitoramento encerrado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Leave conversation</source>
        <translation>&amp;Sair da conversa</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Transcript of the chat you joined</source>
        <translation>Transcrição do chat em que você entrou</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="202"/>
        <location filename="../src/desk/MonitorView.cpp" line="222"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="203"/>
        <source>%1 (ended)</source>
        <translation>%1 (encerrado)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="223"/>
        <source>Monitoring %1</source>
        <translation>Monitorando %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="229"/>
        <source>%1 · %2 — you joined: the visitor and the agent see your lines.</source>
        <translation>%1 · %2 — você entrou: o visitante e o agente veem suas mensagens.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="232"/>
        <source>%1 · %2 — read-only: the visitor and the agent do not see you.</source>
        <translation>%1 · %2 — somente leitura: o visitante e o atendente não veem você.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>No agent</source>
        <translation>Nenhum atendente</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>Agent: %1</source>
        <translation>Atendente: %1</translation>
    </message>
</context>
<context>
    <name>handoff::MyChatsModel</name>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="31"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="95"/>
        <source>consulting for %1</source>
        <translation>consultando para %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/client/MyChatsModel.cpp" line="97"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="99"/>
        <source>the visitor left</source>
        <translation>o visitante saiu</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="103"/>
        <source>waiting for your reply for 1 minute</source>
        <translation>aguardando sua resposta há 1 minuto</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="104"/>
        <source>waiting for your reply for %1 minutes</source>
        <translation>aguardando sua resposta há %1 minutos</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="106"/>
        <source>waiting for your reply</source>
        <translation>aguardando sua resposta</translation>
    </message>
</context>
<context>
    <name>handoff::OfferModel</name>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="45"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>%1 · %2 · %3 s left</source>
        <translation>%1 · %2 · faltam %3 s</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>no topic</source>
        <translation>sem assunto</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="81"/>
        <source>Offer: %1</source>
        <translation>Oferta: %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="84"/>
        <source>topic %1</source>
        <translation>assunto %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="88"/>
        <source>queue %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>1 second left to accept</source>
        <translation>falta 1 segundo para aceitar</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>%1 seconds left to accept</source>
        <translation>faltam %1 segundos para aceitar</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting 1 minute</source>
        <translation>esperando há 1 minuto</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting %1 minutes</source>
        <translation>esperando há %1 minutos</translation>
    </message>
</context>
<context>
    <name>handoff::OfferNotifier</name>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="88"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="146"/>
        <source>A visitor</source>
        <translation>Um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="90"/>
        <source>%1 is waiting for you.</source>
        <translation>%1 está esperando por você.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="91"/>
        <source>%1 is waiting for you (%2).</source>
        <translation>%1 está esperando por você (%2).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="98"/>
        <source>New chat offered</source>
        <translation>Novo chat oferecido</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="100"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="131"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="155"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="162"/>
        <source>Open Handoff Desk</source>
        <translation>Abrir o Handoff Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="123"/>
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="125"/>
        <source>%1 asks you about the chat with %2.</source>
        <translation>%1 consulta você sobre o chat com %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="126"/>
        <source>%1 asks you about the chat with %2 (%3).</source>
        <translation>%1 consulta você sobre o chat com %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="129"/>
        <source>Consult request</source>
        <translation>Pedido de consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message.</source>
        <translation>%1 deixou uma mensagem.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message in %2.</source>
        <translation>%1 deixou uma mensagem em %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="154"/>
        <source>New message left</source>
        <translation>Nova mensagem deixada</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk — %n unread</source>
        <translation>
            <numerusform>Handoff Desk — %n não lida</numerusform>
            <numerusform>Handoff Desk — %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk</source>
        <translation>Handoff Desk</translation>
    </message>
</context>
<context>
    <name>handoff::OfflineMessageDelegate</name>
    <message>
        <location filename="../src/desk/OfflineMessageDelegate.cpp" line="26"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageDelegate.cpp" line="54"/>
        <source>✓ %1 · %2</source>
        <translation>✓ %1 · %2</translation>
    </message>
</context>
<context>
    <name>handoff::OfflineMessageModel</name>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="91"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="96"/>
        <source>Handled by %1</source>
        <translation>Resolvida por %1</translation>
    </message>
</context>
<context>
    <name>handoff::OfflineMessageView</name>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="53"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="83"/>
        <source>&amp;Reply by email</source>
        <translation>&amp;Responder por e-mail</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="85"/>
        <source>Cop&amp;y email</source>
        <translation>Copiar e-mai&amp;l</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="87"/>
        <source>Mark &amp;handled</source>
        <translation>Marcar como resol&amp;vida</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="89"/>
        <source>Mark handled (Ctrl+Shift+H): the message leaves every agent&apos;s list</source>
        <translation>Marcar como resolvida (Ctrl+Shift+H): a mensagem sai da lista de todos os atendentes</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="101"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="102"/>
        <source>Left:</source>
        <translation>Deixada:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="103"/>
        <source>Queue:</source>
        <translation>Fila:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="104"/>
        <source>Topic:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="105"/>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="110"/>
        <source>Collected by the bot</source>
        <translation>Coletado pelo bot</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="119"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="153"/>
        <source>Re: your message</source>
        <translation>Re: sua mensagem</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="167"/>
        <source>Choose a message on the left.</source>
        <translation>Escolha uma mensagem à esquerda.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="172"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="173"/>
        <source>(none given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="182"/>
        <source>Handled by %1 on %2.</source>
        <translation>Resolvida por %1 em %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="193"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="212"/>
        <location filename="../src/desk/OfflineMessageView.cpp" line="240"/>
        <source>The visitor gave no e-mail address a reply could go to.</source>
        <translation>O visitante não deixou um endereço de e-mail para o qual responder.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="244"/>
        <source>No e-mail program could be opened. Copy the address with Copy email instead.</source>
        <translation>Não foi possível abrir um programa de e-mail. Copie o endereço com Copiar e-mail.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="252"/>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
</context>
<context>
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Não foi possível salvar a mensagem neste computador (%1); ela não foi enviada.</translation>
    </message>
</context>
<context>
    <name>handoff::QueueOverviewModel</name>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="23"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="25"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="26"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="37"/>
        <source>%1 (closed)</source>
        <translation>%1 (fechada)</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="51"/>
        <source>%1: %2 waiting, longest %3, %4 agents available</source>
        <translation>%1: %2 aguardando, maior espera %3, %4 atendentes disponíveis</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Em espera</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="69"/>
        <source>Longest</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="71"/>
        <source>Agents free</source>
        <translation>Disponíveis</translation>
    </message>
</context>
<context>
    <name>handoff::ReassignDialog</name>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="20"/>
        <source>the visitor</source>
        <translation>o visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="23"/>
        <source>Reassign chat to %1</source>
        <translation>Reatribuir chat a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="25"/>
        <source>Give the chat with %1 to %2?</source>
        <translation>Passar o chat com %1 para %2?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="26"/>
        <source>Move the chat with %1 from %2 to %3?</source>
        <translation>Mover o chat com %1 de %2 para %3?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="28"/>
        <source>%1 gets the whole history and the bot&apos;s fields; %2 sees the new agent join.</source>
        <translation>%1 recebe todo o histórico e os campos do bot; %2 vê o novo atendente entrar.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="29"/>
        <location filename="../src/desk/ReassignDialog.cpp" line="36"/>
        <source>The chat leaves %1&apos;s desk at once.</source>
        <translation>O chat sai do desk de %1 na hora.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="30"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Reatribuir</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="32"/>
        <source>Move chat to queue %1</source>
        <translation>Mover chat para a fila %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="33"/>
        <source>Move the chat with %1 to the queue %2?</source>
        <translation>Mover o chat com %1 para a fila %2?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="35"/>
        <source>It waits there with its original place in line and is offered to the next free agent.</source>
        <translation>Ele aguarda lá com o lugar original na fila e é oferecido ao próximo atendente livre.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="37"/>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="45"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>handoff::ReportControls</name>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="22"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation>Exp&amp;ortar CSV…</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="50"/>
        <source>&amp;to</source>
        <translation>a&amp;té</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="116"/>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
</context>
<context>
    <name>handoff::SearchDialog</name>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="24"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="51"/>
        <source>Signed-in &amp;customers (every chat, from the router):</source>
        <translation>&amp;Clientes conectados (todos os chats, do roteador):</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="57"/>
        <source>Conversations of signed-in customers</source>
        <translation>Conversas de clientes conectados</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="89"/>
        <source>%1 &lt;%2&gt; · %3
%4</source>
        <translation>%1 &lt;%2&gt; · %3
%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="92"/>
        <source>%1, %2, customer %3: %4</source>
        <translation>%1, %2, cliente %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="103"/>
        <source>No signed-in customer matches “%1”.</source>
        <translation>Nenhum cliente conectado corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="105"/>
        <source>The latest %1 chats; refine the search to see others.</source>
        <translation>Os últimos %1 chats; refine a pesquisa para ver outros.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="106"/>
        <source>Chats found: %1. Enter opens one, read-only.</source>
        <translation>Chats encontrados: %1. Enter abre um, somente leitura.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="158"/>
        <source>Chat with %1 · %2
%3</source>
        <translation>Chat com %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="159"/>
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="169"/>
        <source>No transcript on this computer contains “%1”.</source>
        <translation>Nenhum histórico neste computador contém “%1”.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="172"/>
        <source>Lines found: %1. Down goes to the list, Enter opens the chat.</source>
        <translation>Linhas encontradas: %1. Seta para baixo vai para a lista, Enter abre o chat.</translation>
    </message>
</context>
<context>
    <name>handoff::ShortcutOverview</name>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="59"/>
        <source>Find an action</source>
        <translation>Buscar uma ação</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="57"/>
        <source>Part of an action&apos;s name or its keys, e.g. chat or Ctrl+J</source>
        <translation>Parte do nome de uma ação ou das suas teclas, ex.: chat ou Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="60"/>
        <source>Up and Down choose an action, Enter runs it.</source>
        <translation>As setas para cima e para baixo escolhem uma ação, Enter a executa.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="78"/>
        <source>Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new line in the message; Alt and an underlined letter go to that field or button.</source>
        <translation>Enter executa a ação escolhida. Além disso: na mensagem, Enter envia e Shift+Enter quebra a linha; Alt e uma letra sublinhada levam ao campo ou botão correspondente.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="132"/>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="143"/>
        <source>%1 (not possible now)</source>
        <translation>%1 (não é possível agora)</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="149"/>
        <source>%1, no key, in %2</source>
        <translation>%1, sem tecla, em %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="150"/>
        <source>%1, %2, in %3</source>
        <translation>%1, %2, em %3</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoard</name>
    <message>
        <location filename="../src/client/SupervisorBoard.cpp" line="166"/>
        <source>Not connected to the router.</source>
        <translation>Sem conexão com o roteador.</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoardWidget</name>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="31"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="33"/>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="35"/>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="37"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="71"/>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="72"/>
        <source>Agents</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="73"/>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="105"/>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalonamentos</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="108"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="111"/>
        <source>Au&amp;dit log</source>
        <translation>&amp;Registro de auditoria</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="114"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="201"/>
        <source>the visitor</source>
        <translation>o visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="213"/>
        <source>Reassigning the chat with %1 to %2…</source>
        <translation>Reatribuindo o chat com %1 a %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="216"/>
        <source>Moving the chat with %1 to %2…</source>
        <translation>Movendo o chat com %1 para %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="227"/>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="241"/>
        <source>That chat has ended or is no longer on the board.</source>
        <translation>Esse chat terminou ou não está mais no painel.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="231"/>
        <source>%1 already has the chat with %2.</source>
        <translation>%1 já está com o chat com %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="267"/>
        <source>Read-only view of a live chat</source>
        <translation>Visão somente leitura de um chat em andamento</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="294"/>
        <source>Force close chat</source>
        <translation>Forçar encerramento do chat</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="295"/>
        <source>End the chat with %1 now? The visitor reads “A supervisor ended the chat.”
Reason for the audit log (optional):</source>
        <translation>Encerrar agora o chat com %1? O visitante lê “Um supervisor encerrou o chat.”
Motivo para o registro de auditoria (opcional):</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="301"/>
        <source>&amp;Force close</source>
        <translation>&amp;Forçar encerramento</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="303"/>
        <source>Closing the chat with %1…</source>
        <translation>Encerrando o chat com %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="311"/>
        <source>Setting %1 to %2…</source>
        <translation>Definindo %1 como %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="322"/>
        <source>Reassign to &amp;agent</source>
        <translation>Reatribuir a um &amp;atendente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="326"/>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="332"/>
        <source>Move to &amp;queue</source>
        <translation>Mover para a &amp;fila</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="334"/>
        <source>%1 (closed)</source>
        <translation>%1 (fechada)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="339"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitorar</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="341"/>
        <source>&amp;Force close…</source>
        <translation>Forçar &amp;encerramento…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="352"/>
        <source>Set &amp;presence</source>
        <translation>Definir &amp;presença</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="358"/>
        <source>Show their &amp;chats</source>
        <translation>Mostrar os &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="371"/>
        <source>Show its &amp;chats</source>
        <translation>Mostrar os &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="385"/>
        <source>Could not do that: %1</source>
        <translation>Não foi possível fazer isso: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="389"/>
        <source>Reassigned the chat with %1.</source>
        <translation>Chat com %1 reatribuído.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="391"/>
        <source>Closed the chat.</source>
        <translation>Chat encerrado.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="393"/>
        <source>Presence of %1 changed.</source>
        <translation>Presença de %1 alterada.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues (%1 waiting)</source>
        <translation>&amp;Filas (%1 aguardando)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="448"/>
        <source>&amp;Agents (%1 signed in)</source>
        <translation>A&amp;tendentes (%1 conectados)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="451"/>
        <source>&amp;Conversations (%1)</source>
        <translation>&amp;Conversas (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="452"/>
        <source>&amp;Conversations (%1 of %2)</source>
        <translation>&amp;Conversas (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptDelegate</name>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="67"/>
        <source>Handoff · %1</source>
        <translation>Transbordo · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="72"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="76"/>
        <source>%1 (bot)</source>
        <translation>%1 (bot)</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="82"/>
        <source>Internal note · %1</source>
        <translation>Nota interna · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="86"/>
        <source> · waiting to send</source>
        <translation> · aguardando envio</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="89"/>
        <source> · sent ✓</source>
        <translation> · enviada ✓</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="92"/>
        <source> · not sent: %1</source>
        <translation> · não enviada: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="103"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptModel</name>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="142"/>
        <location filename="../src/client/TranscriptModel.cpp" line="192"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="156"/>
        <source>sent a file %1</source>
        <translation>enviou um arquivo %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="194"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="196"/>
        <source>Agent</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="200"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="138"/>
        <location filename="../src/client/TranscriptModel.cpp" line="253"/>
        <source>Handoff</source>
        <translation>Transbordo</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="96"/>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="99"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="100"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="101"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="140"/>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="142"/>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="146"/>
        <source>Consult, %1</source>
        <translation>Consulta, %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="148"/>
        <source>%1 (internal note)</source>
        <translation>%1 (nota interna)</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="157"/>
        <location filename="../src/client/TranscriptModel.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="162"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="164"/>
        <source>%1 — sending</source>
        <translation>%1 — enviando</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="166"/>
        <source>%1 — not sent</source>
        <translation>%1 — não enviada</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="167"/>
        <source>%1 — not sent: %2</source>
        <translation>%1 — não enviada: %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="207"/>
        <source>the visitor asked for a person</source>
        <translation>o visitante pediu para falar com uma pessoa</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="209"/>
        <source>the bot did not understand the visitor</source>
        <translation>o bot não entendeu o visitante</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="211"/>
        <source>the visitor seemed frustrated</source>
        <translation>o visitante parecia frustrado</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="213"/>
        <source>a topic that always goes to a person</source>
        <translation>um assunto que sempre vai para uma pessoa</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="215"/>
        <source>handed over by an external bot</source>
        <translation>transferido por um bot externo</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="242"/>
        <source>Handed over to a person: %1.</source>
        <translation>Transbordo para uma pessoa: %1.</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="243"/>
        <source>Handed over to a person: %1 (%2).</source>
        <translation>Transbordo para uma pessoa: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptPdf</name>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5</source>
        <translation>Avaliado com %1/5</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5: %2</source>
        <translation>Avaliado com %1/5: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>Chat with %1</source>
        <translation>Chat com %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="38"/>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="39"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="40"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="41"/>
        <source>Topic</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="42"/>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="43"/>
        <source>Ended</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="45"/>
        <source>Handoff reason</source>
        <translation>Motivo da transferência</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="50"/>
        <source>Visitor&apos;s rating</source>
        <translation>Avaliação do visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="55"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="59"/>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="79"/>
        <source>Chat %1</source>
        <translation>Chat %1</translation>
    </message>
</context>
<context>
    <name>handoff::TransferDialog</name>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="24"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferir</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="28"/>
        <source>%1 — %2 waiting, %3 free</source>
        <translation>%1 — %2 aguardando, %3 livres</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="32"/>
        <source>General (default)</source>
        <translation>Geral (padrão)</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="39"/>
        <source>Find an agent</source>
        <translation>Buscar um atendente</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="41"/>
        <source>Type part of a name; Up and Down choose among the colleagues who can take the chat.</source>
        <translation>Digite parte de um nome; as setas para cima e para baixo escolhem entre os colegas que podem assumir o chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="42"/>
        <source>Agents</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="44"/>
        <source>Colleagues with their status and chats; offline, away and full ones cannot be chosen.</source>
        <translation>Colegas com seu status e seus chats; quem está offline, ausente ou sem vaga não pode ser escolhido.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="45"/>
        <source>Asking the router who is available…</source>
        <translation>Perguntando ao roteador quem está disponível…</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="67"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="75"/>
        <source>Consult a colleague</source>
        <translation>Consultar um colega</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="81"/>
        <source>&amp;Ask</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="82"/>
        <source>Colleagues</source>
        <translation>Colegas</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="84"/>
        <source>Agents and supervisors with their status; offline ones cannot be chosen.</source>
        <translation>Agentes e supervisores com seu status; os offline não podem ser escolhidos.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="103"/>
        <source>User name, e.g. bob</source>
        <translation>Usuário, ex.: bob</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="105"/>
        <source>Could not ask the router who is available: %1 Type the colleague&apos;s user name instead.</source>
        <translation>Não foi possível perguntar ao roteador quem está disponível: %1 Em vez disso, digite o usuário do colega.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="142"/>
        <source>There is no other agent.</source>
        <translation>Não há nenhum outro atendente.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="144"/>
        <source>Nobody else is signed in now.</source>
        <translation>Ninguém mais está conectado agora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="145"/>
        <source>Colleagues signed in now: %n.</source>
        <translation>
            <numerusform>Colegas conectados agora: %n.</numerusform>
            <numerusform>Colegas conectados agora: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="147"/>
        <source>No colleague matches “%1”.</source>
        <translation>Nenhum colega corresponde a “%1”.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="149"/>
        <source>Nobody here can take a chat now; transfer to a queue instead.</source>
        <translation>Ninguém aqui pode assumir um chat agora; transfira para uma fila.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="151"/>
        <source>Colleagues who can take the chat now: %n.</source>
        <translation>
            <numerusform>%n colega pode assumir o chat agora.</numerusform>
            <numerusform>%n colegas podem assumir o chat agora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handoff::WebhookDeliveryModel</name>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="40"/>
        <source>%1 (bot callback)</source>
        <translation>%1 (retorno ao bot)</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="43"/>
        <source>Delivered %1</source>
        <translation>Entregue %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="45"/>
        <source>Given up</source>
        <translation>Desistido</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="46"/>
        <source>Pending, next attempt %1</source>
        <translation>Pendente, próxima tentativa %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="68"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="70"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="72"/>
        <source>Sent to</source>
        <translation>Enviado para</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="74"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="76"/>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="78"/>
        <source>Last answer</source>
        <translation>Última resposta</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="80"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
</context>
<context>
    <name>handoff::WrapUpDialog</name>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="16"/>
        <source>&amp;End chat</source>
        <translation>&amp;Encerrar chat</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="17"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="18"/>
        <source>Not resolved</source>
        <translation>Não resolvido</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="19"/>
        <source>Needs follow-up</source>
        <translation>Precisa de retorno</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="20"/>
        <source>Visitor did not respond</source>
        <translation>O visitante não respondeu</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="24"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="56"/>
        <source>The chat could not be ended: %1 Your note is kept; try again.</source>
        <translation>Não foi possível encerrar o chat: %1 Sua nota foi mantida; tente de novo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/desk/main.cpp" line="28"/>
        <source>Handoff Desk: answer the chats a bot hands over.</source>
        <translation>Handoff Desk: responda aos chats que um bot transfere.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="30"/>
        <source>Environment:
  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and
                         scripts only: it is not remembered, and other programs of the same
                         user can read it. Needs --user (or the user name of the last sign-in).
                         A wrong password opens the login dialog with the error.</source>
        <translation>Ambiente:
  HANDOFF_DESK_PASSWORD  Entra com esta senha, sem a janela de login. Só para demonstrações e
                         scripts: ela não é lembrada, e outros programas do mesmo
                         usuário podem lê-la. Precisa de --user (ou do usuário do último login).
                         Uma senha errada abre a janela de login com o erro.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="39"/>
        <source>Router address, e.g. chat.example.org:8080.</source>
        <translation>Endereço do roteador, ex.: chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="41"/>
        <source>User name.</source>
        <translation>Nome de usuário.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="43"/>
        <source>Language of the desk, e.g. de or en (default: the system&apos;s).</source>
        <translation>Idioma do desk, ex.: de ou en (padrão: o do sistema).</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
    <name>LoginDialog</name>
    <message>
        <location filename="../forms/LoginDialog.ui" line="6"/>
        <source>Sign in to Handoff</source>
        <translation>Iniciar sesión en Handoff</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="10"/>
        <source>Sign in with the user name and password your supervisor gave you.</source>
        <translation>Inicie sesión con el nombre de usuario y la contraseña que le dio su supervisor.</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="17"/>
        <source>&amp;Router:</source>
        <translation>&amp;Router:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="18"/>
        <source>chat.example.org:8080</source>
        <translation>chat.example.org:8080</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="20"/>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="24"/>
        <source>Re&amp;member me on this computer</source>
        <translation>Recordar&amp;me en este equipo</translation>
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
        <translation>He vuelto — &amp;ponerme Disponible</translation>
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
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="46"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="47"/>
        <source>Dec&amp;line</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="52"/>
        <source>My chats</source>
        <translation>Mis chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="57"/>
        <source>Which of my chats to show</source>
        <translation>Cuáles de mis chats mostrar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>Order of my chats</source>
        <translation>Orden de mis chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="62"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="67"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="69"/>
        <source>Left by visitors while nobody could chat</source>
        <translation>Dejados por visitantes cuando nadie podía atenderles</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Sh&amp;ow handled</source>
        <translation>&amp;Mostrar atendidos</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Also list the messages handled in the last 30 days</source>
        <translation>Mostrar también los mensajes atendidos en los últimos 30 días</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="85"/>
        <source>T&amp;ransfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="86"/>
        <source>&amp;End chat…</source>
        <translation>Fi&amp;nalizar chat…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="97"/>
        <source>&amp;Internal note</source>
        <translation>Nota int&amp;erna</translation>
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
        <translation>Recogido por el bot</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="112"/>
        <source>Cop&amp;y value</source>
        <translation>Copiar va&amp;lor</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="113"/>
        <source>Earlier chats</source>
        <translation>Chats anteriores</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="115"/>
        <source>Sho&amp;w older chats</source>
        <translation>&amp;Ver chats anteriores</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="116"/>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="120"/>
        <source>Search responses</source>
        <translation>Buscar respuestas</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="124"/>
        <source>I&amp;nsert into message</source>
        <translation>&amp;Usar en el mensaje</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="6"/>
        <source>Reassign chat</source>
        <translation>Reasignar chat</translation>
    </message>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="10"/>
        <source>&amp;Note for the agent who takes it (optional, not shown to the visitor):</source>
        <translation>&amp;Nota para el agente que lo reciba (opcional, el visitante no la ve):</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../forms/SearchDialog.ui" line="6"/>
        <source>Search transcripts</source>
        <translation>Buscar en las transcripciones</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="8"/>
        <source>Searches every transcript kept on this computer, also while the router is unreachable.</source>
        <translation>Busca en todas las transcripciones guardadas en este equipo, también cuando el router no está disponible.</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="12"/>
        <source>Words to find</source>
        <translation>Palabras que buscar</translation>
    </message>
</context>
<context>
    <name>SupervisorBoardWidget</name>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="15"/>
        <source>&amp;Live</source>
        <translation>En di&amp;recto</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="30"/>
        <source>&amp;Queues</source>
        <translation>C&amp;olas</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="31"/>
        <source>Filter queues</source>
        <translation>Filtrar colas</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="43"/>
        <source>&amp;Agents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="44"/>
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="57"/>
        <source>&amp;Conversations</source>
        <translation>Co&amp;nversaciones</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="58"/>
        <source>Filter by visitor, state, queue, agent, topic or trigger</source>
        <translation>Filtrar por visitante, estado, cola, agente, tema o motivo</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="62"/>
        <source>Drag a conversation onto an agent or a queue to reassign it, or open its menu (right click, Menu key or Shift+F10).</source>
        <translation>Arrastre una conversación a un agente o a una cola para reasignarla, o abra su menú (clic derecho, tecla Menú o Mayús+F10).</translation>
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
        <translation>A una &amp;cola:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="10"/>
        <source>To an &amp;agent:</source>
        <translation>A un &amp;agente:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="11"/>
        <source>Type to find a colleague by name</source>
        <translation>Escriba para buscar a un compañero por su nombre</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="14"/>
        <source>&amp;Note for the next agent (not shown to the visitor):</source>
        <translation>&amp;Nota para el siguiente agente (el visitante no la ve):</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="6"/>
        <source>End chat</source>
        <translation>Finalizar chat</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="8"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="10"/>
        <source>&amp;Wrap-up note (for the team, not the visitor):</source>
        <translation>&amp;Nota de cierre (para el equipo, no para el visitante):</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentDownloads</name>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="44"/>
        <source>Not downloaded yet: waiting for the router</source>
        <translation>Aún no descargado: esperando al router</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="46"/>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="48"/>
        <source>Not available (404)</source>
        <translation>No disponible (404)</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="50"/>
        <source>Blocked by the scanner</source>
        <translation>Bloqueado por el antivirus</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="52"/>
        <source>Too large to show</source>
        <translation>Demasiado grande para mostrarlo</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="54"/>
        <source>Download failed; tried again when the router is back</source>
        <translation>La descarga falló; se reintentará cuando vuelva el router</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="55"/>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="157"/>
        <source>the file could not be kept in the cache</source>
        <translation>no se pudo guardar el archivo en la caché</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentPreviews</name>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="68"/>
        <source>Preparing the picture…</source>
        <translation>Preparando la imagen…</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="86"/>
        <source>Not shown: %1</source>
        <translation>No se muestra: %1</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentThumbnail</name>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="26"/>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="38"/>
        <source>The picture cannot be read: %1</source>
        <translation>No se puede leer la imagen: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="30"/>
        <source>The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.</source>
        <translation>La imagen tiene %1 × %2 píxeles; las imágenes de más de 40 megapíxeles no se muestran.</translation>
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
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="66"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="68"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="70"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="72"/>
        <source>On</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="74"/>
        <source>Detail</source>
        <translation>Detalle</translation>
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
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="30"/>
        <source>Filter by person, action, chat or desk</source>
        <translation>Filtrar por persona, acción, chat o desk</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="31"/>
        <source>Filter by event, address, state or chat</source>
        <translation>Filtrar por evento, dirección, estado o chat</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="42"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
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
        <translation>Disponible</translation>
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
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="37"/>
        <source>Signed in</source>
        <translation>Con sesión iniciada</translation>
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
        <translation>Elegido: %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="81"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="83"/>
        <source>Presence</source>
        <translation>Presencia</translation>
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
        <translation>Tiempo en el estado</translation>
    </message>
</context>
<context>
    <name>handoff::BoardConversationModel</name>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="20"/>
        <source>With the bot</source>
        <translation>Con el bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="22"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="114"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="24"/>
        <source>Offered</source>
        <translation>Ofrecido</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="26"/>
        <source>With an agent</source>
        <translation>Con un agente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="30"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="36"/>
        <source>Asked for a person</source>
        <translation>Pidió a alguien</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="38"/>
        <source>Not understood</source>
        <translation>No entendido</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="40"/>
        <source>Frustration</source>
        <translation>Frustración</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="42"/>
        <source>Always-human topic</source>
        <translation>Tema solo para personas</translation>
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
        <translation>%1 — monitorizado por %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="93"/>
        <source>Queue %1 (id %2)</source>
        <translation>Cola %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="95"/>
        <source>Offered to %1</source>
        <translation>Ofrecido a %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="108"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="110"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="112"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="116"/>
        <source>Handling</source>
        <translation>Atendido por</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="118"/>
        <source>Topic</source>
        <translation>Tema</translation>
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
        <translation>Abierta</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="69"/>
        <source>Longest wait</source>
        <translation>Mayor espera</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="71"/>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="73"/>
        <source>Signed in</source>
        <translation>Conectados</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="75"/>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseActions</name>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="18"/>
        <source>Ne&amp;w…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="19"/>
        <source>Edi&amp;t…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="20"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="25"/>
        <source>Add a personal canned response (Ctrl+Shift+N)</source>
        <translation>Agregar una respuesta predefinida personal (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="58"/>
        <source>Shared responses are managed on the router.</source>
        <translation>Las respuestas compartidas se gestionan en el router.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="59"/>
        <source>Change the selected personal response (F2)</source>
        <translation>Cambiar la respuesta personal seleccionada (F2)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="60"/>
        <source>Delete the selected personal response (Delete)</source>
        <translation>Eliminar la respuesta personal seleccionada (Supr)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="72"/>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="73"/>
        <source>Could not save /%1 in the local cache: %2</source>
        <translation>No se ha podido guardar /%1 en la caché local: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="76"/>
        <source>Saved /%1.</source>
        <translation>/%1 guardada.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="90"/>
        <source>Only your personal responses can be changed here.</source>
        <translation>Aquí solo se pueden cambiar sus respuestas personales.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="102"/>
        <source>Only your personal responses can be deleted here.</source>
        <translation>Aquí solo se pueden eliminar sus respuestas personales.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="106"/>
        <source>Delete canned response</source>
        <translation>Eliminar respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="107"/>
        <source>Delete /%1 (%2)?</source>
        <translation>¿Eliminar /%1 (%2)?</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="115"/>
        <source>Deleted /%1.</source>
        <translation>/%1 eliminada.</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseDialog</name>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="41"/>
        <source>New canned response</source>
        <translation>Nueva respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="50"/>
        <source>e.g. thanks (typed as /thanks)</source>
        <translation>p. ej. gracias (se escribe /gracias)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="52"/>
        <source>What the list shows</source>
        <translation>Lo que muestra la lista</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="56"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="57"/>
        <source>Personal</source>
        <translation>Personales</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="58"/>
        <source>Hello {visitor.name|there}, …</source>
        <translation>Hola, {visitor.name|estimado cliente}, …</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="74"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Atajo:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="76"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="77"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="78"/>
        <source>Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, {conversation.topic}, {agent.name}; {name|fallback} when it may be unknown.</source>
        <translation>Marcadores: {visitor.name}, {order.number} o cualquier campo que haya recogido el bot, {page}, {conversation.topic}, {agent.name}; {nombre|alternativa} cuando el valor pueda ser desconocido.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="84"/>
        <source>Preview with the open chat:</source>
        <translation>Vista previa con el chat abierto:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="107"/>
        <source>Edit canned response</source>
        <translation>Cambiar respuesta predefinida</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="136"/>
        <source>Give it a shortcut.</source>
        <translation>Asígnele un atajo.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="138"/>
        <source>A shortcut is one word of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32).</source>
        <translation>Un atajo es una palabra de letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (hasta 32).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="141"/>
        <source>You already have /%1.</source>
        <translation>Ya tiene /%1.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="142"/>
        <source>/%1 is a shared response; choose another shortcut.</source>
        <translation>/%1 es una respuesta compartida; elija otro atajo.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="144"/>
        <source>Write the text.</source>
        <translation>Escriba el texto.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="146"/>
        <source>The text is too long (at most 4000 characters).</source>
        <translation>El texto es demasiado largo (4000 caracteres como máximo).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="154"/>
        <source>The text, filled in, shows here.</source>
        <translation>Aquí se muestra el texto completado.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="172"/>
        <source>Not known in this chat: %1</source>
        <translation>Desconocido en este chat: %1</translation>
    </message>
</context>
<context>
    <name>handoff::ChatListDelegate</name>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="53"/>
        <source>waited %1 · %2</source>
        <translation>esperó %1 · %2</translation>
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
        <translation>%1 pide tu consejo</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="71"/>
        <source>(visitor left) %1</source>
        <translation>(el visitante se fue) %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="74"/>
        <source>Consulting for %1 · %2</source>
        <translation>Consultando para %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="85"/>
        <source>waiting %1 since %2</source>
        <translation>espera %1 desde %2</translation>
    </message>
</context>
<context>
    <name>handoff::ColleagueModel</name>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="46"/>
        <source>offline</source>
        <translation>desconectado</translation>
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
        <translation>sin plazas libres</translation>
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
        <translation>%1 — disponible, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="78"/>
        <source>%1 — cannot be chosen: %2, %3</source>
        <translation>%1 — no seleccionable: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="70"/>
        <location filename="../src/client/ColleagueModel.cpp" line="79"/>
        <source>%1 — cannot be chosen: %2</source>
        <translation>%1 — no seleccionable: %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="93"/>
        <source>%1; serves %2</source>
        <translation>%1; atiende %2</translation>
    </message>
</context>
<context>
    <name>handoff::ComposerEdit</name>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Escriba un mensaje: Intro envía, Mayús+Intro para una línea nueva, / para respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="46"/>
        <source>screenshot-%1.png</source>
        <translation>captura-%1.png</translation>
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
        <translation>%1 te pregunta por el chat de %2</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="81"/>
        <source>%1 asks you about %2&apos;s chat (%3)</source>
        <translation>%1 te pregunta por el chat de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, 1 second left to answer</source>
        <translation>%1, queda 1 segundo para responder</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, %2 seconds left to answer</source>
        <translation>%1, quedan %2 segundos para responder</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultPanel</name>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="29"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="70"/>
        <source>Send to colleague</source>
        <translation>Enviar al colega</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="30"/>
        <source>Cancel invitation</source>
        <translation>Retirar la invitación</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="32"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="72"/>
        <source>End consult</source>
        <translation>Finalizar la consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="33"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="66"/>
        <source>Consult thread</source>
        <translation>Hilo de la consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="67"/>
        <source>Lines only you and the colleague consulted see, oldest first.</source>
        <translation>Líneas que solo ves tú y el colega consultado, la más antigua primero.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="68"/>
        <source>Message to the colleague consulted</source>
        <translation>Mensaje al colega consultado</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="69"/>
        <source>Enter sends it into the consult thread; the visitor never sees it.</source>
        <translation>Intro la envía al hilo de la consulta; el visitante nunca la ve.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="71"/>
        <source>Cancel the consult invitation</source>
        <translation>Retirar la invitación a la consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="73"/>
        <source>Dismiss the consult&apos;s outcome</source>
        <translation>Descartar el resultado de la consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="146"/>
        <source>Consult</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="147"/>
        <source>Consult with %1</source>
        <translation>Consulta con %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="148"/>
        <source>Consult for %1</source>
        <translation>Consulta para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="149"/>
        <source>Only you and %1 see this; the visitor never does.</source>
        <translation>Solo tú y %1 veis esto; el visitante nunca.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="154"/>
        <source>Waiting for %1 to accept… (%2 s)</source>
        <translation>Esperando a que %1 acepte… (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="166"/>
        <source>Message to %1 — only %1 sees it; Enter sends</source>
        <translation>Mensaje a %1 — solo %1 lo ve; Intro envía</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="169"/>
        <source>Hand over to %1…</source>
        <translation>Pasar a %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="202"/>
        <source>Not sent to your colleague: %1</source>
        <translation>No enviado a tu colega: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="211"/>
        <source>Could not end the consult: %1</source>
        <translation>No se pudo finalizar la consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="224"/>
        <source>Hand over to %1</source>
        <translation>Pasar a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="225"/>
        <source>&amp;Note for %1 (read first; the visitor does not see it):</source>
        <translation>&amp;Nota para %1 (la lee primero; el visitante no la ve):</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="231"/>
        <source>Note for %1</source>
        <translation>Nota para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="235"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Pasar</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="236"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="248"/>
        <source>The chat is %1&apos;s now.</source>
        <translation>El chat es ahora de %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="249"/>
        <source>Could not hand the chat over: %1</source>
        <translation>No se pudo pasar el chat: %1</translation>
    </message>
</context>
<context>
    <name>handoff::CustomerHistoryModel</name>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="41"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="60"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="69"/>
        <source>still open</source>
        <translation>aún abierto</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="43"/>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="45"/>
        <source>the visitor left</source>
        <translation>el visitante se fue</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="47"/>
        <source>left before an answer</source>
        <translation>se fue antes de una respuesta</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="59"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="68"/>
        <source>no agent</source>
        <translation>ningún agente</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="62"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="70"/>
        <source>Chat on %1 in %2 with %3: %4</source>
        <translation>Chat del %1 en %2 con %3: %4</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="74"/>
        <source>rated %1 of 5</source>
        <translation>valorado con %1 de 5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="76"/>
        <source>commenting: %1</source>
        <translation>con el comentario: %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="85"/>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="99"/>
        <source>Opened %1</source>
        <translation>Iniciado el %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="160"/>
        <source>Earlier chats of this customer (verified)</source>
        <translation>Chats anteriores de este cliente (verificado)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="161"/>
        <source>Earlier chats of %1 (verified)</source>
        <translation>Chats anteriores de %1 (verificado)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="163"/>
        <source>Earlier chats from this browser (not verified)</source>
        <translation>Chats anteriores desde este navegador (no verificado)</translation>
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
        <translation>Un visitante ha dejado un mensaje.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>%1 left a message.</source>
        <translation>%1 ha dejado un mensaje.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="117"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="118"/>
        <source>Chats and messages</source>
        <translation>Chats y mensajes</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="121"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="122"/>
        <source>Chats and supervisor board</source>
        <translation>Chats y panel de supervisión</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="125"/>
        <source>Board views</source>
        <translation>Vistas del panel</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="126"/>
        <source>Filter conversations</source>
        <translation>Filtrar conversaciones</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="127"/>
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="128"/>
        <source>Filter queues</source>
        <translation>Filtrar colas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="129"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="130"/>
        <source>Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it.</source>
        <translation>Chats que se le ofrecen. Ctrl+Mayús+A acepta la oferta seleccionada y Ctrl+Mayús+D la rechaza.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>My chats</source>
        <translation>Mis chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat.</source>
        <translation>Ctrl+Tab y Ctrl+Mayús+Tab pasan al chat siguiente y al anterior.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>Show chats</source>
        <translation>Mostrar chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>All, only those waiting for your reply, unread or idle ones.</source>
        <translation>Todos, solo los que esperan su respuesta, los no leídos o los inactivos.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="133"/>
        <source>Order of my chats</source>
        <translation>Orden de mis chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Visitors waiting in each queue.</source>
        <translation>Visitantes en espera en cada cola.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="135"/>
        <source>Messages left by visitors</source>
        <translation>Mensajes dejados por visitantes</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>The open chat&apos;s lines, oldest first.</source>
        <translation>Las líneas del chat abierto, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="137"/>
        <source>Canned response suggestions</source>
        <translation>Sugerencias de respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="138"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="139"/>
        <source>Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an internal note.</source>
        <translation>Intro envía, Mayús+Intro empieza una línea nueva, / sugiere respuestas predefinidas y Ctrl+Mayús+I lo convierte en nota interna.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Only agents and supervisors see an internal note.</source>
        <translation>Solo los agentes y los supervisores ven una nota interna.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Fields the bot collected</source>
        <translation>Campos recogidos por el bot</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Double-click or Copy puts a value on the clipboard.</source>
        <translation>Doble clic o Copiar pone un valor en el portapapeles.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="143"/>
        <source>Earlier chats of this customer</source>
        <translation>Chats anteriores de este cliente</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="144"/>
        <source>Enter or a double-click opens the chat&apos;s transcript and fields, read-only.</source>
        <translation>Intro o un doble clic abre la transcripción y los campos del chat, solo lectura.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="145"/>
        <source>Canned response category</source>
        <translation>Categoría de respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Search canned responses</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Enter inserts the selected response.</source>
        <translation>Intro inserta la respuesta seleccionada.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="147"/>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Your status</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Only Available agents are offered new chats.</source>
        <translation>Solo a los agentes Disponibles se les ofrecen chats nuevos.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="149"/>
        <source>Left message</source>
        <translation>Mensaje dejado</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="172"/>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="173"/>
        <source>New message from %1 in another chat.</source>
        <translation>Mensaje nuevo de %1 en otro chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered. %1</source>
        <translation>Nuevo chat ofrecido. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered.</source>
        <translation>Nuevo chat ofrecido.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="191"/>
        <source>Your status is Available.</source>
        <translation>Su estado es Disponible.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="194"/>
        <source>You have as many chats as you can take; no new offers until one ends.</source>
        <translation>Tiene tantos chats como puede atender; no recibirá ofertas nuevas hasta que termine uno.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="197"/>
        <source>Your status is Away.</source>
        <translation>Su estado es Ausente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="198"/>
        <source>Your status was set to Away.</source>
        <translation>Su estado ha cambiado a Ausente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="201"/>
        <source>Your status is Offline.</source>
        <translation>Su estado es Desconectado.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Pida el archivo de la CA al departamento de TI y configure tlsCaFile.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>El certificado del router no es válido para %1 (indica %2). Use la dirección que indica el certificado o pida a TI un certificado que incluya %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>ningún host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>El certificado del router para %1 caducó el %2. Pida a TI que lo renueve.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>El certificado del router para %1 no es válido antes del %2. Compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>El certificado del router para %1 no es de confianza (autofirmado o de una autoridad desconocida). %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="149"/>
        <source>The router&apos;s certificate for %1 was refused: %2</source>
        <translation>Se ha rechazado el certificado del router para %1: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="150"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="206"/>
        <location filename="../src/client/DeskConnection.cpp" line="230"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>«%1» no es una dirección de router. Use host:puerto, por ejemplo chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="268"/>
        <source>The desk went offline before the router answered.</source>
        <translation>El desk se desconectó antes de que respondiera el router.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="329"/>
        <source>The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.</source>
        <translation>El archivo de CA %1 (tlsCaFile) no se puede leer o no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="358"/>
        <source>This desk speaks protocol %1, which the router does not support (%2). Please update the desk.</source>
        <translation>Este desk usa el protocolo %1, que el router no admite (%2). Actualice el desk.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="366"/>
        <source>The router did not accept this desk: %1</source>
        <translation>El router no ha aceptado este desk: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="373"/>
        <source>The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT to update the router.</source>
        <translation>El router usa el protocolo %1, pero este desk usa el %2. Actualice el desk o pida a TI que actualice el router.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Su sesión ha caducado o se ha revocado. Vuelva a iniciar sesión con su contraseña.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>El router no ha podido iniciar su sesión: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>Se perdió la conexión con el router antes de que respondiera.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="493"/>
        <source>Cannot reach the router at %1: %2.</source>
        <translation>No se puede contactar con el router en %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="580"/>
        <source>Not connected to the router; nothing was sent.</source>
        <translation>Sin conexión con el router; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="597"/>
        <source>The router did not answer within %1 seconds.</source>
        <translation>El router no ha respondido en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSession</name>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="464"/>
        <source>Type a message first.</source>
        <translation>Escriba primero un mensaje.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="466"/>
        <source>The message is %1 characters long; the limit is %2. Please shorten it.</source>
        <translation>El mensaje tiene %1 caracteres; el límite es %2. Acórtelo.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="483"/>
        <location filename="../src/client/DeskSession.cpp" line="510"/>
        <source>This chat is not assigned to you any more.</source>
        <translation>Este chat ya no está asignado a usted.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="485"/>
        <location filename="../src/client/DeskSession.cpp" line="512"/>
        <source>You are consulting on %1&apos;s chat: only %1 writes to the visitor.</source>
        <translation>Estás consultando en el chat de %1: solo %1 escribe al visitante.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="487"/>
        <source>The local cache is not open; nothing was sent.</source>
        <translation>La caché local no está abierta; no se ha enviado nada.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="514"/>
        <source>Files can only be sent while the router is reachable.</source>
        <translation>Los archivos solo se pueden enviar mientras el router esté accesible.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="516"/>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="518"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 supera los 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="535"/>
        <location filename="../src/client/DeskSession.cpp" line="544"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="776"/>
        <source>Already handled by %1.</source>
        <translation>Ya atendido por %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Otra persona ya ha atendido este mensaje.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Este mensaje ya no existe.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>%1 declined.</source>
        <translation>%1 ha rechazado.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>You declined.</source>
        <translation>Has rechazado.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="142"/>
        <source>The invitation lapsed: %1 did not answer within a minute.</source>
        <translation>La invitación caducó: %1 no respondió en un minuto.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="143"/>
        <source>The invitation from %1 lapsed.</source>
        <translation>La invitación de %1 caducó.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="145"/>
        <source>%1 handed the chat to you.</source>
        <translation>%1 te ha pasado el chat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="146"/>
        <source>%1 handed the chat to you: %2</source>
        <translation>%1 te ha pasado el chat: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="148"/>
        <source>The chat ended, and with it the consult.</source>
        <translation>El chat terminó y con él la consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="150"/>
        <source>The chat went to another agent; the consult ended.</source>
        <translation>El chat pasó a otro agente; la consulta terminó.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You withdrew the invitation.</source>
        <translation>Has retirado la invitación.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You ended the consult.</source>
        <translation>Has finalizado la consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="154"/>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 ha retirado la invitación.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="156"/>
        <source>%1 ended the consult.</source>
        <translation>%1 ha finalizado la consulta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="224"/>
        <source>The consult has not started.</source>
        <translation>La consulta no ha empezado.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="262"/>
        <source>You handed the chat to %1.</source>
        <translation>Has pasado el chat a %1.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSettings</name>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="68"/>
        <source>Set by your IT department</source>
        <translation>Establecido por su departamento de TI</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="73"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (establecido por su departamento de TI)</translation>
    </message>
</context>
<context>
    <name>handoff::EarlierChatDialog</name>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="22"/>
        <source>Earlier chat of %1</source>
        <translation>Chat anterior del %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="28"/>
        <source>%1 in %2 with %3: %4</source>
        <translation>%1 en %2 con %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="30"/>
        <source>no agent</source>
        <translation>ningún agente</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="32"/>
        <source>rated %1 of 5</source>
        <translation>valorado con %1 de 5</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="33"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="36"/>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="47"/>
        <source>Fields of the earlier chat</source>
        <translation>Campos del chat anterior</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="52"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="57"/>
        <source>Transcript of the earlier chat</source>
        <translation>Transcripción del chat anterior</translation>
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
        <translation>envió un archivo %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="82"/>
        <source>sent a file %1: %2</source>
        <translation>envió un archivo %1: %2</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="53"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalados por tema y motivo</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="199"/>
        <source>No escalations in this period.</source>
        <translation>No hay escalados en este periodo.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="275"/>
        <source>%1: %2 escalations</source>
        <translation>%1 — escalados: %2</translation>
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
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="70"/>
        <source>Topic</source>
        <translation>Tema</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="45"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalados por tema y motivo</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="72"/>
        <source>The report could not be made: %1</source>
        <translation>No se ha podido generar el informe: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="113"/>
        <source>Choose at most 366 days.</source>
        <translation>Elija 366 días como máximo.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="118"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="135"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="144"/>
        <source>No escalations to people %1.</source>
        <translation>Ningún escalado a una persona %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="147"/>
        <source>Escalations to people %1: %2.</source>
        <translation>Escalados a una persona %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="150"/>
        <source>Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.</source>
        <translation>Lo más frecuente: %1 (%2). Los temas que siempre llegan a una persona son los que hay que enseñar al bot.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="151"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="163"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="159"/>
        <source>No visitor ratings %1.</source>
        <translation>Ninguna valoración de visitantes %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="162"/>
        <source>%1: %2 of 5, %3 % satisfied (%n rating(s))</source>
        <translation>
            <numerusform>%1: %2 de 5, %3 % satisfechos (%n valoración)</numerusform>
            <numerusform>%1: %2 de 5, %3 % satisfechos (%n valoraciones)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="171"/>
        <source>Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).</source>
        <translation>
            <numerusform>Valoraciones de visitantes %1: %n, media %2 de 5, %3 % satisfechos (4 o 5).</numerusform>
            <numerusform>Valoraciones de visitantes %1: %n, media %2 de 5, %3 % satisfechos (4 o 5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="174"/>
        <source>By queue: %1.</source>
        <translation>Por cola: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="175"/>
        <source>By agent: %1.</source>
        <translation>Por agente: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="186"/>
        <source>escalations-%1-%2.csv</source>
        <translation>escalados-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="190"/>
        <source>Export escalation report</source>
        <translation>Exportar informe de escalados</translation>
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
        <translation>%1, verificado por el inicio de sesión del sitio web</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="41"/>
        <source>%1
Verified by the website&apos;s sign-in</source>
        <translation>%1
Verificado por el inicio de sesión del sitio web</translation>
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
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="68"/>
        <source>customer id</source>
        <translation>id de cliente</translation>
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
        <translation>Chats ofrecidos, atendidos y abandonados por cola</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="39"/>
        <source>Service level and average speed of answer by queue</source>
        <translation>Nivel de servicio y velocidad media de respuesta por cola</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="40"/>
        <source>The same figures are in the table of queues below.</source>
        <translation>Las mismas cifras están en la tabla de colas de abajo.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Offered</source>
        <translation>Ofrecidos</translation>
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
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="81"/>
        <source>%1 % in %2 s</source>
        <translation>%1 % en %2 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="82"/>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="84"/>
        <source>ASA %1 s</source>
        <translation>ASA %1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="166"/>
        <source>No chats in this period.</source>
        <translation>No hay chats en este período.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="176"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Offered</source>
        <translation>Ofrecidos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Chats that entered the queue, short abandons left out</source>
        <translation>Chats que entraron en la cola, sin los abandonos cortos</translation>
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
        <translation>Chats que un agente aceptó de la cola</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Abandoned</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Visitors who left while waiting, before an agent answered</source>
        <translation>Visitantes que se fueron mientras esperaban, antes de que respondiera un agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandon rate</source>
        <translation>Tasa de abandono</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandoned ÷ offered</source>
        <translation>Abandonados ÷ ofrecidos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="92"/>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="93"/>
        <source>Answered within the queue&apos;s threshold ÷ (answered + abandoned)</source>
        <translation>Atendidos dentro del umbral de la cola ÷ (atendidos + abandonados)</translation>
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
        <translation>Velocidad media de respuesta: desde la entrada en la cola hasta la aceptación</translation>
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
        <translation>Tiempo medio de gestión: desde la aceptación hasta el cierre o la transferencia</translation>
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
        <translation>Ofertas que caducaron o se rechazaron</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Chats sent on to another queue or agent</source>
        <translation>Chats enviados a otra cola u otro agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="101"/>
        <location filename="../src/client/KpiReportModel.cpp" line="116"/>
        <source>Satisfied</source>
        <translation>Satisfechos</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="102"/>
        <location filename="../src/client/KpiReportModel.cpp" line="117"/>
        <source>Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period</source>
        <translation>Encuesta tras el chat: valoraciones de 4 o 5 ÷ valoraciones dadas en el periodo</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="105"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Chats the agent accepted</source>
        <translation>Chats que aceptó el agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>Average speed of answer of the chats the agent accepted</source>
        <translation>Velocidad media de respuesta de los chats que aceptó el agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Handled</source>
        <translation>Gestionados</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Chats the agent closed or transferred</source>
        <translation>Chats que el agente cerró o transfirió</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Declined</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Missed offers the agent declined</source>
        <translation>Ofertas perdidas que rechazó el agente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="144"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="147"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="183"/>
        <source>Answered within %1 s</source>
        <translation>Atendidos en %1 s</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportWidget</name>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="40"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="42"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="43"/>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="82"/>
        <source>By &amp;queue</source>
        <translation>Por &amp;cola</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="83"/>
        <source>By a&amp;gent</source>
        <translation>Por a&amp;gente</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="107"/>
        <source>The report could not be made: %1</source>
        <translation>No se ha podido generar el informe: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="148"/>
        <source>Choose at most %1 days.</source>
        <translation>Elija como máximo %1 días.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="153"/>
        <location filename="../src/desk/KpiReportWidget.cpp" line="174"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="185"/>
        <source>All queues %1 (days of the router&apos;s time zone, %2): %3 offered, %4 answered, %5 abandoned (%6); service level %7, ASA %8, AHT %9.</source>
        <translation>Todas las colas %1 (días en la zona horaria del router, %2): %3 ofrecidos, %4 atendidos, %5 abandonados (%6); nivel de servicio %7, ASA %8, AHT %9.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="192"/>
        <source>Visitors who left within %1 s are not counted.</source>
        <translation>No se cuentan los visitantes que se fueron en %1 s.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="204"/>
        <source>kpi-%1-%2.csv</source>
        <translation>kpi-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="206"/>
        <source>Export KPI report</source>
        <translation>Exportar informe de KPI</translation>
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
    <name>handoff::LoginDialog</name>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="19"/>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="117"/>
        <source>No system keychain is available: your password will not be remembered.</source>
        <translation>No hay ningún llavero del sistema disponible: su contraseña no se recordará.</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="260"/>
        <source>Unread first</source>
        <translation>No leídos primero</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="259"/>
        <source>Waiting first</source>
        <translation>Sin respuesta primero</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="191"/>
        <source>Consult request. %1</source>
        <translation>Solicitud de consulta. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="261"/>
        <source>Quietest first</source>
        <translation>Más inactivos primero</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="262"/>
        <source>As accepted</source>
        <translation>Orden de aceptación</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="272"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="273"/>
        <source>Waiting for me</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="274"/>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="275"/>
        <source>Idle (%1 min)</source>
        <translation>Inactivos (%1 min)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="381"/>
        <source>To send with the next Send: %1</source>
        <translation>Se enviará con el próximo Enviar: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="398"/>
        <source>Select a field to copy.</source>
        <translation>Seleccione un campo para copiar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="402"/>
        <source>Copied %1.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="409"/>
        <source>%1: none</source>
        <translation>%1: ninguno</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="410"/>
        <source>%1: the latest %2</source>
        <translation>%1: los últimos %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="470"/>
        <source>New personal canned response</source>
        <translation>Nueva respuesta predefinida personal</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="484"/>
        <location filename="../src/desk/MainWindow.cpp" line="706"/>
        <source>Could not change your status: %1</source>
        <translation>No se ha podido cambiar su estado: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="489"/>
        <source>Local cache</source>
        <translation>Caché local</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="537"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="538"/>
        <source>&amp;Search transcripts…</source>
        <translation>&amp;Buscar en las transcripciones…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="540"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="541"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="543"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="544"/>
        <source>&amp;Accept offer</source>
        <translation>&amp;Aceptar oferta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="546"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Rechazar oferta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="548"/>
        <source>&amp;Next chat</source>
        <translation>Chat &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="549"/>
        <source>&amp;Previous chat</source>
        <translation>Chat a&amp;nterior</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="550"/>
        <source>Next chat waiting for a rep&amp;ly</source>
        <translation>Siguiente chat &amp;esperando respuesta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="552"/>
        <source>&amp;Write a message</source>
        <translation>Escri&amp;bir un mensaje</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="553"/>
        <source>Attach a &amp;file…</source>
        <translation>Ad&amp;juntar un archivo…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="555"/>
        <source>Toggle &amp;internal note</source>
        <translation>Alternar nota &amp;interna</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="558"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="560"/>
        <source>&amp;Consult a colleague…</source>
        <translation>&amp;Consultar a un colega…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="562"/>
        <source>&amp;End chat…</source>
        <translation>&amp;Finalizar chat…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="563"/>
        <source>E&amp;xport the chat as PDF…</source>
        <translation>E&amp;xportar el chat como PDF…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="565"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="566"/>
        <source>&amp;Offers</source>
        <translation>&amp;Ofertas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="570"/>
        <source>&amp;My chats</source>
        <translation>&amp;Mis chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="574"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="578"/>
        <source>&amp;Fields</source>
        <translation>&amp;Campos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="582"/>
        <source>&amp;Canned responses</source>
        <translation>&amp;Respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="587"/>
        <source>M&amp;essages left by visitors</source>
        <translation>M&amp;ensajes de visitantes</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="593"/>
        <source>&amp;Reply to the left message by email</source>
        <translation>Res&amp;ponder por correo al mensaje dejado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="597"/>
        <source>Copy the visitor&apos;s e&amp;mail address</source>
        <translation>Copiar el c&amp;orreo del visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="601"/>
        <source>Mark the left message &amp;handled</source>
        <translation>&amp;Marcar el mensaje dejado como atendido</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="604"/>
        <source>&amp;Show handled messages</source>
        <translation>Mostrar mensajes aten&amp;didos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="608"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="609"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="611"/>
        <source>A&amp;way</source>
        <translation>&amp;Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="612"/>
        <source>&amp;Offline</source>
        <translation>Desco&amp;nectado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="615"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="616"/>
        <source>Supervisor &amp;board</source>
        <translation>Panel de &amp;supervisión</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="621"/>
        <source>&amp;Light theme</source>
        <translation>Tema &amp;claro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="622"/>
        <source>&amp;Dark theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="631"/>
        <source>&amp;Sound on new offers</source>
        <translation>So&amp;nido con ofertas nuevas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="639"/>
        <source>Desktop &amp;notifications on new offers and messages</source>
        <translation>Notificaciones del &amp;escritorio con ofertas y mensajes nuevos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="671"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="672"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="674"/>
        <source>&amp;Find an action…</source>
        <translation>&amp;Buscar una acción…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="693"/>
        <source>Your status: only Available agents are offered new chats</source>
        <translation>Su estado: solo a los agentes Disponibles se les ofrecen chats nuevos</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="694"/>
        <source>● Available</source>
        <translation>● Disponible</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="695"/>
        <source>◐ Away</source>
        <translation>◐ Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="696"/>
        <source>○ Offline</source>
        <translation>○ Desconectado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="718"/>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="720"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="722"/>
        <source>Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.</source>
        <translation>Router no disponible: nuevo intento en %1 s. Sus mensajes se guardan y se enviarán cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="725"/>
        <source>Signed out. %1</source>
        <translation>Sesión cerrada. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline: %1</source>
        <translation>Desconectado: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="748"/>
        <source>Connection to the router lost — reconnecting… Lines you send are kept and go out when it is back.</source>
        <translation>Se perdió la conexión con el router; reconectando… Lo que envíe se guarda y saldrá cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="781"/>
        <source>Load %1 / %2 (full)</source>
        <translation>Carga %1 / %2 (completo)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="782"/>
        <source>Load %1 / %2</source>
        <translation>Carga %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="790"/>
        <source>You were set to Away after missed offers. Set yourself Available when you are back.</source>
        <translation>Su estado ha pasado a Ausente tras varias ofertas perdidas. Póngase Disponible cuando vuelva.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="794"/>
        <source>You are Away</source>
        <translation>Está Ausente</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers (%1)</source>
        <translation>Ofertas (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers</source>
        <translation>Ofertas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <source>Chats (%n offered)</source>
        <translation>
            <numerusform>Chats (%n ofrecido)</numerusform>
            <numerusform>Chats (%n ofrecidos)</numerusform>
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
        <translation>Mensajes (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="834"/>
        <source>Messages visitors left while nobody could chat (Alt+5)</source>
        <translation>Mensajes que dejaron visitantes cuando nadie podía atenderles (Alt+5)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="864"/>
        <source>Choose a message on the left.</source>
        <translation>Elija un mensaje a la izquierda.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="865"/>
        <source>No messages are waiting. Visitors leave one when nobody can chat with them; it appears here at once.</source>
        <translation>No hay mensajes pendientes. Los visitantes dejan uno cuando nadie puede atenderles; aparece aquí al instante.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="877"/>
        <source>Choose a message under Messages (Alt+5) first.</source>
        <translation>Elija primero un mensaje en Mensajes (Alt+5).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="885"/>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="891"/>
        <source>The message from %1 is marked handled.</source>
        <translation>El mensaje de %1 está marcado como atendido.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="892"/>
        <source>Could not mark the message handled: %1</source>
        <translation>No se ha podido marcar el mensaje como atendido: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="904"/>
        <source>%1 (%2 unread) — %3</source>
        <translation>%1 (%2 sin leer) — %3</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="905"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="910"/>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="911"/>
        <source>My chats (%1, %2 waiting for a reply)</source>
        <translation>Mis chats (%1, %2 sin respuesta)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="912"/>
        <source>My chats (%1)</source>
        <translation>Mis chats (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="966"/>
        <source>Needs the connection to the router</source>
        <translation>Necesita la conexión con el router</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="973"/>
        <source>No chat open</source>
        <translation>Ningún chat abierto</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="975"/>
        <source>Choose a chat on the left (Ctrl+Tab goes to the next one).</source>
        <translation>Elija un chat a la izquierda (Ctrl+Tab pasa al siguiente).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="976"/>
        <source>New chats appear under Offers. Accept one with Ctrl+Shift+A.</source>
        <translation>Los chats nuevos aparecen en Ofertas. Acepte uno con Ctrl+Mayús+A.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="980"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — ended</source>
        <translation> — finalizado</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="988"/>
        <source> — consulting for %1</source>
        <translation> — consultando para %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="990"/>
        <source> — offered to you, accept to answer</source>
        <translation> — se le ofrece; acéptelo para responder</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="994"/>
        <source>Read-only: %1 answers the visitor. Write to %1 in the consult panel.</source>
        <translation>Solo lectura: %1 responde al visitante. Escribe a %1 en el panel de consulta.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1086"/>
        <source>Files go to the visitor: switch off the internal note to send them.</source>
        <translation>Los archivos van al visitante: desactive la nota interna para enviarlos.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1095"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 supera los 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1099"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1278"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Este chat ya tiene una consulta; finalízala primero.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1286"/>
        <source>Could not ask the colleague: %1</source>
        <translation>No se pudo consultar al colega: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1315"/>
        <source>Consult requests</source>
        <translation>Solicitudes de consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1317"/>
        <source>Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D declines it.</source>
        <translation>Colegas que te consultan sobre sus chats. Ctrl+Mayús+A acepta la solicitud seleccionada, Ctrl+Mayús+D la rechaza.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1320"/>
        <source>Accept consult</source>
        <translation>Aceptar consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1322"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Mayús+A</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1323"/>
        <source>Decline consult</source>
        <translation>Rechazar consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1325"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Mayús+D</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1346"/>
        <source>Consult requests (%1)</source>
        <translation>Solicitudes de consulta (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1379"/>
        <source>Could not accept the consult: %1</source>
        <translation>No se pudo aceptar la consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1396"/>
        <source>Could not decline the consult: %1</source>
        <translation>No se pudo rechazar la consulta: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1447"/>
        <source>Open one of your chats to send a file.</source>
        <translation>Abra uno de sus chats para enviar un archivo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1450"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1472"/>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1475"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1476"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1482"/>
        <source>Save the file</source>
        <translation>Guardar el archivo</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1490"/>
        <source>%1 cannot be saved: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1495"/>
        <source>%1 cannot be saved as %2.</source>
        <translation>No se puede guardar %1 como %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1498"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1510"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1522"/>
        <source>%1 cannot be opened.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1527"/>
        <source>No program to show %1 was found.</source>
        <translation>No se encontró ningún programa para mostrar %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1779"/>
        <source>The earlier chat cannot be shown: %1</source>
        <translation>No se puede mostrar el chat anterior: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — the visitor left</source>
        <translation> — el visitante se ha ido</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="998"/>
        <source>Queue: %1.</source>
        <translation>Cola: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1002"/>
        <source>%1 is typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1033"/>
        <source>No chat is offered to you right now.</source>
        <translation>Ahora mismo no se le ofrece ningún chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1040"/>
        <source>Could not accept the chat: %1</source>
        <translation>No se ha podido aceptar el chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1065"/>
        <source>Could not decline the chat: %1</source>
        <translation>No se ha podido rechazar el chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1077"/>
        <source>Fill in %1 before sending.</source>
        <translation>Complete %1 antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1135"/>
        <source>Internal note — only agents and supervisors see it</source>
        <translation>Nota interna: solo la ven agentes y supervisores</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1136"/>
        <source>Message to the visitor — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Mensaje al visitante: Intro envía, Mayús+Intro para una línea nueva, / para respuestas predefinidas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1161"/>
        <source>Adds the note to the chat; the visitor does not see it</source>
        <translation>Añade la nota al chat; el visitante no la ve</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1162"/>
        <source>Sends the message to the visitor</source>
        <translation>Envía el mensaje al visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1178"/>
        <source>Not known: %1 — replace the marked text before sending.</source>
        <translation>Desconocido: %1; sustituya el texto marcado antes de enviar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1181"/>
        <source>Internal note: the visitor will not see this.</source>
        <translation>Nota interna: el visitante no la verá.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1183"/>
        <source>To the visitor.</source>
        <translation>Al visitante.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1214"/>
        <source>No chat is waiting for your reply.</source>
        <translation>Ningún chat espera su respuesta.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1232"/>
        <source>Not connected to the router: this waits until the connection is back.</source>
        <translation>Sin conexión con el router: esto espera a que vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1245"/>
        <source>Chat transferred.</source>
        <translation>Chat transferido.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1246"/>
        <source>Could not transfer the chat: %1</source>
        <translation>No se ha podido transferir el chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1412"/>
        <source>The router is not reachable.</source>
        <translation>El router no está disponible.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Chat ended.</source>
        <translation>Chat finalizado.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Could not end the chat: %1</source>
        <translation>No se ha podido finalizar el chat: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1535"/>
        <source>Open a chat to export it.</source>
        <translation>Abra un chat para exportarlo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1538"/>
        <location filename="../src/desk/MainWindow.cpp" line="1560"/>
        <source>Export the chat as PDF</source>
        <translation>Exportar el chat como PDF</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1539"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1563"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1593"/>
        <source>Board</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1661"/>
        <source>Not known: %1</source>
        <translation>Desconocido: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1662"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (Enter or Tab inserts, Esc closes):</source>
        <translation>&lt;b&gt;Vista previa&lt;/b&gt; (Intro o Tab inserta, Esc cierra):</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1692"/>
        <source>Open one of your chats first.</source>
        <translation>Abra primero uno de sus chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1727"/>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
</context>
<context>
    <name>handoff::MonitorView</name>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="25"/>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Dejar de monitorizar</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="26"/>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Join conversation</source>
        <translation>&amp;Unirse a la conversación</translation>
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
        <translation>Transcripción monitorizada (solo lectura)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="49"/>
        <source>Take part visibly: the visitor and the agent see that you joined and read your lines. The agent keeps the chat.</source>
        <translation>Participar de forma visible: el visitante y el agente ven que se ha unido y leen sus líneas. El agente conserva el chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="52"/>
        <source>Your line to the visitor and the agent</source>
        <translation>Su línea para el visitante y el agente</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="53"/>
        <source>Write to the visitor and the agent…</source>
        <translation>Escriba al visitante y al agente…</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="56"/>
        <source>Send your line</source>
        <translation>Enviar su línea</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="131"/>
        <source>The chat has ended; monitoring stopped.</source>
        <translation>El chat ha finalizado; la monitorización se ha detenido.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="132"/>
        <source>Monitoring stopped.</source>
        <translation>Monitorización detenida.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Leave conversation</source>
        <translation>&amp;Salir de la conversación</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Transcript of the chat you joined</source>
        <translation>Transcripción del chat al que se ha unido</translation>
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
        <translation>%1 (finalizado)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="223"/>
        <source>Monitoring %1</source>
        <translation>Monitorizando a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="229"/>
        <source>%1 · %2 — you joined: the visitor and the agent see your lines.</source>
        <translation>%1 · %2 — se ha unido: el visitante y el agente ven sus líneas.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="232"/>
        <source>%1 · %2 — read-only: the visitor and the agent do not see you.</source>
        <translation>%1 · %2 — solo lectura: ni el visitante ni el agente le ven.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>No agent</source>
        <translation>Ningún agente</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>Agent: %1</source>
        <translation>Agente: %1</translation>
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
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="99"/>
        <source>the visitor left</source>
        <translation>el visitante se ha ido</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="103"/>
        <source>waiting for your reply for 1 minute</source>
        <translation>espera su respuesta desde hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="104"/>
        <source>waiting for your reply for %1 minutes</source>
        <translation>espera su respuesta desde hace %1 minutos</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="106"/>
        <source>waiting for your reply</source>
        <translation>espera su respuesta</translation>
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
        <translation>%1 · %2 · quedan %3 s</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>no topic</source>
        <translation>sin tema</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="81"/>
        <source>Offer: %1</source>
        <translation>Oferta: %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="84"/>
        <source>topic %1</source>
        <translation>tema %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="88"/>
        <source>queue %1</source>
        <translation>cola %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>1 second left to accept</source>
        <translation>queda 1 segundo para aceptar</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>%1 seconds left to accept</source>
        <translation>quedan %1 segundos para aceptar</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting 1 minute</source>
        <translation>espera desde hace 1 minuto</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting %1 minutes</source>
        <translation>espera desde hace %1 minutos</translation>
    </message>
</context>
<context>
    <name>handoff::OfferNotifier</name>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="88"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="146"/>
        <source>A visitor</source>
        <translation>Un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="90"/>
        <source>%1 is waiting for you.</source>
        <translation>%1 le espera.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="91"/>
        <source>%1 is waiting for you (%2).</source>
        <translation>%1 le espera (%2).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="98"/>
        <source>New chat offered</source>
        <translation>Nuevo chat ofrecido</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="100"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="131"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="155"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="162"/>
        <source>Open Handoff Desk</source>
        <translation>Abrir Handoff Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="123"/>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="125"/>
        <source>%1 asks you about the chat with %2.</source>
        <translation>%1 te consulta sobre el chat con %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="126"/>
        <source>%1 asks you about the chat with %2 (%3).</source>
        <translation>%1 te consulta sobre el chat con %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="129"/>
        <source>Consult request</source>
        <translation>Solicitud de consulta</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message.</source>
        <translation>%1 ha dejado un mensaje.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message in %2.</source>
        <translation>%1 ha dejado un mensaje en %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="154"/>
        <source>New message left</source>
        <translation>Nuevo mensaje dejado</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk — %n unread</source>
        <translation>
            <numerusform>Handoff Desk — %n sin leer</numerusform>
            <numerusform>Handoff Desk — %n sin leer</numerusform>
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
        <translation>Atendido por %1</translation>
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
        <translation>Res&amp;ponder por correo</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="85"/>
        <source>Cop&amp;y email</source>
        <translation>Copiar co&amp;rreo</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="87"/>
        <source>Mark &amp;handled</source>
        <translation>Marcar como a&amp;tendido</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="89"/>
        <source>Mark handled (Ctrl+Shift+H): the message leaves every agent&apos;s list</source>
        <translation>Marcar como atendido (Ctrl+Mayús+H): el mensaje desaparece de la lista de todos los agentes</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="101"/>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="102"/>
        <source>Left:</source>
        <translation>Dejado:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="103"/>
        <source>Queue:</source>
        <translation>Cola:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="104"/>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="105"/>
        <source>Page:</source>
        <translation>Página:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="110"/>
        <source>Collected by the bot</source>
        <translation>Recogido por el bot</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="119"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="153"/>
        <source>Re: your message</source>
        <translation>Re: su mensaje</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="167"/>
        <source>Choose a message on the left.</source>
        <translation>Elija un mensaje a la izquierda.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="172"/>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="173"/>
        <source>(none given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="182"/>
        <source>Handled by %1 on %2.</source>
        <translation>Atendido por %1 el %2.</translation>
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
        <translation>El visitante no indicó ninguna dirección de correo a la que responder.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="244"/>
        <source>No e-mail program could be opened. Copy the address with Copy email instead.</source>
        <translation>No se ha podido abrir ningún programa de correo. Copie la dirección con Copiar correo.</translation>
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
        <translation>No se ha podido guardar el mensaje en este equipo (%1); no se ha enviado.</translation>
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
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="51"/>
        <source>%1: %2 waiting, longest %3, %4 agents available</source>
        <translation>%1: %2 en espera, mayor espera %3, agentes disponibles: %4</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="69"/>
        <source>Longest</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="71"/>
        <source>Agents free</source>
        <translation>Agentes libres</translation>
    </message>
</context>
<context>
    <name>handoff::ReassignDialog</name>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="20"/>
        <source>the visitor</source>
        <translation>el visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="23"/>
        <source>Reassign chat to %1</source>
        <translation>Reasignar el chat a %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="25"/>
        <source>Give the chat with %1 to %2?</source>
        <translation>¿Pasar el chat con %1 a %2?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="26"/>
        <source>Move the chat with %1 from %2 to %3?</source>
        <translation>¿Mover el chat con %1 de %2 a %3?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="28"/>
        <source>%1 gets the whole history and the bot&apos;s fields; %2 sees the new agent join.</source>
        <translation>%1 recibe toda la transcripción y los campos del bot; %2 ve que se une el nuevo agente.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="29"/>
        <location filename="../src/desk/ReassignDialog.cpp" line="36"/>
        <source>The chat leaves %1&apos;s desk at once.</source>
        <translation>El chat sale al instante del desk de %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="30"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Reasignar</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="32"/>
        <source>Move chat to queue %1</source>
        <translation>Mover el chat a la cola %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="33"/>
        <source>Move the chat with %1 to the queue %2?</source>
        <translation>¿Mover el chat con %1 a la cola %2?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="35"/>
        <source>It waits there with its original place in line and is offered to the next free agent.</source>
        <translation>Allí conserva su puesto original y se ofrece al siguiente agente libre.</translation>
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
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="50"/>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="116"/>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
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
        <translation>&amp;Clientes con sesión iniciada (todos los chats, del router):</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="57"/>
        <source>Conversations of signed-in customers</source>
        <translation>Conversaciones de clientes con sesión iniciada</translation>
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
        <translation>Ningún cliente con sesión iniciada coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="105"/>
        <source>The latest %1 chats; refine the search to see others.</source>
        <translation>Los últimos %1 chats; afine la búsqueda para ver otros.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="106"/>
        <source>Chats found: %1. Enter opens one, read-only.</source>
        <translation>Chats encontrados: %1. Intro abre uno, solo lectura.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="158"/>
        <source>Chat with %1 · %2
%3</source>
        <translation>Chat con %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="159"/>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="169"/>
        <source>No transcript on this computer contains “%1”.</source>
        <translation>Ninguna transcripción de este equipo contiene «%1».</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="172"/>
        <source>Lines found: %1. Down goes to the list, Enter opens the chat.</source>
        <translation>Líneas encontradas: %1. Flecha abajo va a la lista, Intro abre el chat.</translation>
    </message>
</context>
<context>
    <name>handoff::ShortcutOverview</name>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="59"/>
        <source>Find an action</source>
        <translation>Buscar una acción</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="57"/>
        <source>Part of an action&apos;s name or its keys, e.g. chat or Ctrl+J</source>
        <translation>Parte del nombre de una acción o de sus teclas, p. ej. chat o Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="60"/>
        <source>Up and Down choose an action, Enter runs it.</source>
        <translation>Las flechas arriba y abajo eligen una acción; Intro la ejecuta.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="78"/>
        <source>Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new line in the message; Alt and an underlined letter go to that field or button.</source>
        <translation>Intro ejecuta la acción elegida. Además: en el mensaje, Intro envía y Mayús+Intro empieza una línea nueva; Alt y una letra subrayada llevan al campo o botón correspondiente.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="132"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="143"/>
        <source>%1 (not possible now)</source>
        <translation>%1 (no es posible ahora)</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="149"/>
        <source>%1, no key, in %2</source>
        <translation>%1, sin tecla, en %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="150"/>
        <source>%1, %2, in %3</source>
        <translation>%1, %2, en %3</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoard</name>
    <message>
        <location filename="../src/client/SupervisorBoard.cpp" line="166"/>
        <source>Not connected to the router.</source>
        <translation>Sin conexión con el router.</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoardWidget</name>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="31"/>
        <source>Available</source>
        <translation>Disponible</translation>
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
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="71"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="72"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="73"/>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="105"/>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalados</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="108"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="111"/>
        <source>Au&amp;dit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="114"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="201"/>
        <source>the visitor</source>
        <translation>el visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="213"/>
        <source>Reassigning the chat with %1 to %2…</source>
        <translation>Reasignando el chat con %1 a %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="216"/>
        <source>Moving the chat with %1 to %2…</source>
        <translation>Moviendo el chat con %1 a %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="227"/>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="241"/>
        <source>That chat has ended or is no longer on the board.</source>
        <translation>Ese chat ha finalizado o ya no está en el panel.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="231"/>
        <source>%1 already has the chat with %2.</source>
        <translation>%1 ya tiene el chat con %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="267"/>
        <source>Read-only view of a live chat</source>
        <translation>Vista de solo lectura de un chat en curso</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="294"/>
        <source>Force close chat</source>
        <translation>Forzar el cierre del chat</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="295"/>
        <source>End the chat with %1 now? The visitor reads “A supervisor ended the chat.”
Reason for the audit log (optional):</source>
        <translation>¿Finalizar ahora el chat con %1? El visitante leerá «Un supervisor ha finalizado el chat.»
Motivo para el registro de auditoría (opcional):</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="301"/>
        <source>&amp;Force close</source>
        <translation>&amp;Forzar cierre</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="303"/>
        <source>Closing the chat with %1…</source>
        <translation>Cerrando el chat con %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="311"/>
        <source>Setting %1 to %2…</source>
        <translation>Cambiando %1 a %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="322"/>
        <source>Reassign to &amp;agent</source>
        <translation>Reasignar a un &amp;agente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="326"/>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="332"/>
        <source>Move to &amp;queue</source>
        <translation>Mover a una &amp;cola</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="334"/>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="339"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitorizar</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="341"/>
        <source>&amp;Force close…</source>
        <translation>&amp;Forzar cierre…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="352"/>
        <source>Set &amp;presence</source>
        <translation>Cambiar &amp;presencia</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="358"/>
        <source>Show their &amp;chats</source>
        <translation>Ver sus &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="371"/>
        <source>Show its &amp;chats</source>
        <translation>Ver sus &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="385"/>
        <source>Could not do that: %1</source>
        <translation>No se ha podido: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="389"/>
        <source>Reassigned the chat with %1.</source>
        <translation>Chat con %1 reasignado.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="391"/>
        <source>Closed the chat.</source>
        <translation>Chat cerrado.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="393"/>
        <source>Presence of %1 changed.</source>
        <translation>Presencia de %1 cambiada.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues (%1 waiting)</source>
        <translation>C&amp;olas (%1 en espera)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues</source>
        <translation>C&amp;olas</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="448"/>
        <source>&amp;Agents (%1 signed in)</source>
        <translation>A&amp;gentes (conectados: %1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="451"/>
        <source>&amp;Conversations (%1)</source>
        <translation>Co&amp;nversaciones (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="452"/>
        <source>&amp;Conversations (%1 of %2)</source>
        <translation>Co&amp;nversaciones (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptDelegate</name>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="67"/>
        <source>Handoff · %1</source>
        <translation>Traspaso · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="72"/>
        <source>You</source>
        <translation>Usted</translation>
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
        <translation> · pendiente de envío</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="89"/>
        <source> · sent ✓</source>
        <translation> · enviado ✓</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="92"/>
        <source> · not sent: %1</source>
        <translation> · no enviado: %1</translation>
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
        <translation>envió un archivo %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="194"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="196"/>
        <source>Agent</source>
        <translation>Agente</translation>
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
        <translation>Traspaso</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="96"/>
        <source>file</source>
        <translation>archivo</translation>
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
        <translation>Usted</translation>
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
        <translation>%1 — no enviado</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="167"/>
        <source>%1 — not sent: %2</source>
        <translation>%1 — no enviado: %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="207"/>
        <source>the visitor asked for a person</source>
        <translation>el visitante pidió hablar con alguien</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="209"/>
        <source>the bot did not understand the visitor</source>
        <translation>el bot no entendió al visitante</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="211"/>
        <source>the visitor seemed frustrated</source>
        <translation>el visitante parecía frustrado</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="213"/>
        <source>a topic that always goes to a person</source>
        <translation>un tema que siempre va a una persona</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="215"/>
        <source>handed over by an external bot</source>
        <translation>traspasado por un bot externo</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="242"/>
        <source>Handed over to a person: %1.</source>
        <translation>Traspasado a un agente: %1.</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="243"/>
        <source>Handed over to a person: %1 (%2).</source>
        <translation>Traspasado a un agente: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptPdf</name>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5</source>
        <translation>Valoración: %1/5</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5: %2</source>
        <translation>Valoración: %1/5: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>Chat with %1</source>
        <translation>Chat con %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>a visitor</source>
        <translation>un visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="38"/>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="39"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="40"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="41"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="42"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="43"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="45"/>
        <source>Handoff reason</source>
        <translation>Motivo del traspaso</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="50"/>
        <source>Visitor&apos;s rating</source>
        <translation>Valoración del visitante</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="55"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="59"/>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>%1 — %2 en espera, agentes libres: %3</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="32"/>
        <source>General (default)</source>
        <translation>General (predeterminada)</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="39"/>
        <source>Find an agent</source>
        <translation>Buscar un agente</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="41"/>
        <source>Type part of a name; Up and Down choose among the colleagues who can take the chat.</source>
        <translation>Escriba parte de un nombre; las flechas arriba y abajo eligen entre los compañeros que pueden hacerse cargo del chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="42"/>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="44"/>
        <source>Colleagues with their status and chats; offline, away and full ones cannot be chosen.</source>
        <translation>Compañeros con su estado y sus chats; no se puede elegir a los desconectados, a los ausentes ni a los que no tienen plazas libres.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="45"/>
        <source>Asking the router who is available…</source>
        <translation>Preguntando al router quién está disponible…</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="67"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="75"/>
        <source>Consult a colleague</source>
        <translation>Consultar a un colega</translation>
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
        <translation>Agentes y supervisores con su estado; los desconectados no se pueden elegir.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="103"/>
        <source>User name, e.g. bob</source>
        <translation>Nombre de usuario, p. ej. bob</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="105"/>
        <source>Could not ask the router who is available: %1 Type the colleague&apos;s user name instead.</source>
        <translation>No se pudo preguntar al router quién está disponible: %1 Escriba en su lugar el nombre de usuario del compañero.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="142"/>
        <source>There is no other agent.</source>
        <translation>No hay ningún otro agente.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="144"/>
        <source>Nobody else is signed in now.</source>
        <translation>Ahora no hay nadie más conectado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="145"/>
        <source>Colleagues signed in now: %n.</source>
        <translation>
            <numerusform>Colegas conectados ahora: %n.</numerusform>
            <numerusform>Colegas conectados ahora: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="147"/>
        <source>No colleague matches “%1”.</source>
        <translation>Ningún compañero coincide con «%1».</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="149"/>
        <source>Nobody here can take a chat now; transfer to a queue instead.</source>
        <translation>Ahora nadie aquí puede hacerse cargo de un chat; transfiéralo a una cola.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="151"/>
        <source>Colleagues who can take the chat now: %n.</source>
        <translation>
            <numerusform>%n compañero puede hacerse cargo del chat ahora.</numerusform>
            <numerusform>%n compañeros pueden hacerse cargo del chat ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handoff::WebhookDeliveryModel</name>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="40"/>
        <source>%1 (bot callback)</source>
        <translation>%1 (aviso al bot)</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="43"/>
        <source>Delivered %1</source>
        <translation>Entregado %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="45"/>
        <source>Given up</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="46"/>
        <source>Pending, next attempt %1</source>
        <translation>Pendiente, próximo intento %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="68"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="70"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="72"/>
        <source>Sent to</source>
        <translation>Enviado a</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="74"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="76"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="78"/>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
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
        <translation>&amp;Finalizar chat</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="17"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="18"/>
        <source>Not resolved</source>
        <translation>No resuelto</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="19"/>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="20"/>
        <source>Visitor did not respond</source>
        <translation>El visitante no respondió</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="24"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="56"/>
        <source>The chat could not be ended: %1 Your note is kept; try again.</source>
        <translation>No se ha podido finalizar el chat: %1 Su nota se conserva; inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/desk/main.cpp" line="28"/>
        <source>Handoff Desk: answer the chats a bot hands over.</source>
        <translation>Handoff Desk: atienda los chats que le traspasa un bot.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="30"/>
        <source>Environment:
  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and
                         scripts only: it is not remembered, and other programs of the same
                         user can read it. Needs --user (or the user name of the last sign-in).
                         A wrong password opens the login dialog with the error.</source>
        <translation>Entorno:
  HANDOFF_DESK_PASSWORD  Iniciar sesión con esta contraseña, sin el diálogo de inicio de sesión.
                         Solo para demostraciones y scripts: no se recuerda, y otros programas
                         del mismo usuario pueden leerla. Necesita --user (o el nombre de usuario
                         del último inicio de sesión). Una contraseña incorrecta abre el
                         diálogo de inicio de sesión con el error.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="39"/>
        <source>Router address, e.g. chat.example.org:8080.</source>
        <translation>Dirección del router, p. ej. chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="41"/>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="43"/>
        <source>Language of the desk, e.g. de or en (default: the system&apos;s).</source>
        <translation>Idioma del desk, p. ej. es o en (por defecto: el del sistema).</translation>
    </message>
</context>
</TS>

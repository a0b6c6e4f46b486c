<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>LoginDialog</name>
    <message>
        <location filename="../forms/LoginDialog.ui" line="6"/>
        <source>Sign in to Handoff</source>
        <translation>Bei Handoff anmelden</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="10"/>
        <source>Sign in with the user name and password your supervisor gave you.</source>
        <translation>Melden Sie sich mit dem Benutzernamen und Passwort an, die Sie von Ihrer Teamleitung erhalten haben.</translation>
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
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="24"/>
        <source>Re&amp;member me on this computer</source>
        <translation>Auf diesem Computer a&amp;ngemeldet bleiben</translation>
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
        <translation>Ich bin &amp;zurück — auf Verfügbar setzen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="23"/>
        <source>Ctrl+Alt+1</source>
        <translation>Strg+Alt+1</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="24"/>
        <source>Dis&amp;miss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="40"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="42"/>
        <source>Offers</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="46"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="47"/>
        <source>Dec&amp;line</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="85"/>
        <source>T&amp;ransfer…</source>
        <translation>&amp;Weiterleiten…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="112"/>
        <source>Cop&amp;y value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="52"/>
        <source>My chats</source>
        <translation>Meine Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="57"/>
        <source>Which of my chats to show</source>
        <translation>Welche meiner Chats angezeigt werden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>Order of my chats</source>
        <translation>Reihenfolge meiner Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="62"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="67"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="69"/>
        <source>Left by visitors while nobody could chat</source>
        <translation>Von Besuchern hinterlassen, als niemand chatten konnte</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Sh&amp;ow handled</source>
        <translation>&amp;Erledigte zeigen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Also list the messages handled in the last 30 days</source>
        <translation>Auch die in den letzten 30 Tagen erledigten Nachrichten auflisten</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="86"/>
        <source>&amp;End chat…</source>
        <translation>Chat &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="97"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Interne Notiz</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="99"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="100"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="110"/>
        <source>Collected by the bot</source>
        <translation>Vom Bot erfasst</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="113"/>
        <source>Earlier chats</source>
        <translation>Frühere Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="115"/>
        <source>Sho&amp;w older chats</source>
        <translation>Ält&amp;ere Chats zeigen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="116"/>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="120"/>
        <source>Search responses</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="124"/>
        <source>I&amp;nsert into message</source>
        <translation>In Nachricht &amp;einfügen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Zwischenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="6"/>
        <source>Reassign chat</source>
        <translation>Chat neu zuweisen</translation>
    </message>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="10"/>
        <source>&amp;Note for the agent who takes it (optional, not shown to the visitor):</source>
        <translation>&amp;Notiz für den übernehmenden Agenten (optional, für den Besucher nicht sichtbar):</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../forms/SearchDialog.ui" line="6"/>
        <source>Search transcripts</source>
        <translation>Verläufe durchsuchen</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="8"/>
        <source>Searches every transcript kept on this computer, also while the router is unreachable.</source>
        <translation>Durchsucht alle auf diesem Computer gespeicherten Verläufe – auch wenn der Router nicht erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="12"/>
        <source>Words to find</source>
        <translation>Suchbegriffe</translation>
    </message>
</context>
<context>
    <name>SupervisorBoardWidget</name>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="15"/>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="30"/>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="31"/>
        <source>Filter queues</source>
        <translation>Warteschlangen filtern</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="43"/>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="44"/>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="57"/>
        <source>&amp;Conversations</source>
        <translation>Gesp&amp;räche</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="58"/>
        <source>Filter by visitor, state, queue, agent, topic or trigger</source>
        <translation>Nach Besucher, Status, Warteschlange, Agent, Thema oder Auslöser filtern</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="62"/>
        <source>Drag a conversation onto an agent or a queue to reassign it, or open its menu (right click, Menu key or Shift+F10).</source>
        <translation>Ziehen Sie ein Gespräch auf einen Agenten oder eine Warteschlange, um es neu zuzuweisen, oder öffnen Sie sein Menü (Rechtsklick, Menütaste oder Umschalt+F10).</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../forms/TransferDialog.ui" line="6"/>
        <source>Transfer chat</source>
        <translation>Chat weiterleiten</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="8"/>
        <source>To a &amp;queue:</source>
        <translation>An eine &amp;Warteschlange:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="10"/>
        <source>To an &amp;agent:</source>
        <translation>An einen &amp;Agenten:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="11"/>
        <source>Type to find a colleague by name</source>
        <translation>Tippen, um einen Kollegen nach Namen zu finden</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="14"/>
        <source>&amp;Note for the next agent (not shown to the visitor):</source>
        <translation>Übergabe&amp;notiz für den nächsten Agenten (für den Besucher nicht sichtbar):</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="6"/>
        <source>End chat</source>
        <translation>Chat beenden</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="8"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="10"/>
        <source>&amp;Wrap-up note (for the team, not the visitor):</source>
        <translation>&amp;Nachbereitungsnotiz (für das Team, nicht für den Besucher):</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentDownloads</name>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="44"/>
        <source>Not downloaded yet: waiting for the router</source>
        <translation>Noch nicht heruntergeladen: wartet auf den Router</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="46"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="48"/>
        <source>Not available (404)</source>
        <translation>Nicht verfügbar (404)</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="50"/>
        <source>Blocked by the scanner</source>
        <translation>Vom Virenscanner blockiert</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="52"/>
        <source>Too large to show</source>
        <translation>Zu groß zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="54"/>
        <source>Download failed; tried again when the router is back</source>
        <translation>Download fehlgeschlagen; neuer Versuch, sobald der Router wieder da ist</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="55"/>
        <source>Download failed: %1</source>
        <translation>Download fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="157"/>
        <source>the file could not be kept in the cache</source>
        <translation>die Datei konnte nicht im Cache abgelegt werden</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentPreviews</name>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="68"/>
        <source>Preparing the picture…</source>
        <translation>Bild wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="86"/>
        <source>Not shown: %1</source>
        <translation>Nicht angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentThumbnail</name>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="26"/>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="38"/>
        <source>The picture cannot be read: %1</source>
        <translation>Das Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="30"/>
        <source>The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.</source>
        <translation>Das Bild hat %1 × %2 Pixel; Bilder über 40 Megapixel werden nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogModel</name>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="66"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="68"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="70"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="72"/>
        <source>On</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="74"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="76"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="78"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogWidget</name>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="30"/>
        <source>Filter by person, action, chat or desk</source>
        <translation>Nach Person, Aktion, Chat oder Desk filtern</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="31"/>
        <source>Filter by event, address, state or chat</source>
        <translation>Nach Ereignis, Adresse, Status oder Chat filtern</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="42"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="56"/>
        <source>Entries: %1</source>
        <translation>Einträge: %1</translation>
    </message>
</context>
<context>
    <name>handoff::BoardAgentModel</name>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="14"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="16"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="18"/>
        <source>Away</source>
        <translation>Abwesend</translation>
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
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="37"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="66"/>
        <source>%1 — skills: %2</source>
        <translation>%1 – Fähigkeiten: %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="68"/>
        <source>Chose %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="81"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="83"/>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="85"/>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="87"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="89"/>
        <source>In state for</source>
        <translation>Im Status seit</translation>
    </message>
</context>
<context>
    <name>handoff::BoardConversationModel</name>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="20"/>
        <source>With the bot</source>
        <translation>Beim Bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="22"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="114"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="24"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="26"/>
        <source>With an agent</source>
        <translation>Bei einem Agenten</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="30"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="36"/>
        <source>Asked for a person</source>
        <translation>Wollte einen Menschen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="38"/>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="40"/>
        <source>Frustration</source>
        <translation>Frust</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="42"/>
        <source>Always-human topic</source>
        <translation>Thema nur für Menschen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="44"/>
        <source>External bot</source>
        <translation>Externer Bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="53"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="72"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="106"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="91"/>
        <source>%1 — monitored by %2</source>
        <translation>%1 – mitgehört von %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="93"/>
        <source>Queue %1 (id %2)</source>
        <translation>Warteschlange %1 (ID %2)</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="95"/>
        <source>Offered to %1</source>
        <translation>Angeboten an %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="108"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="110"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="112"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="116"/>
        <source>Handling</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="118"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="120"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
</context>
<context>
    <name>handoff::BoardQueueModel</name>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="69"/>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="71"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="73"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="75"/>
        <source>Hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseActions</name>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="18"/>
        <source>Ne&amp;w…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="19"/>
        <source>Edi&amp;t…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="20"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="25"/>
        <source>Add a personal canned response (Ctrl+Shift+N)</source>
        <translation>Eigenen Textbaustein anlegen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="58"/>
        <source>Shared responses are managed on the router.</source>
        <translation>Gemeinsame Textbausteine werden auf dem Router verwaltet.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="59"/>
        <source>Change the selected personal response (F2)</source>
        <translation>Ausgewählten eigenen Textbaustein ändern (F2)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="60"/>
        <source>Delete the selected personal response (Delete)</source>
        <translation>Ausgewählten eigenen Textbaustein löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="72"/>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="73"/>
        <source>Could not save /%1 in the local cache: %2</source>
        <translation>/%1 konnte nicht im lokalen Zwischenspeicher gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="76"/>
        <source>Saved /%1.</source>
        <translation>/%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="90"/>
        <source>Only your personal responses can be changed here.</source>
        <translation>Hier lassen sich nur Ihre eigenen Textbausteine ändern.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="102"/>
        <source>Only your personal responses can be deleted here.</source>
        <translation>Hier lassen sich nur Ihre eigenen Textbausteine löschen.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="106"/>
        <source>Delete canned response</source>
        <translation>Textbaustein löschen</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="107"/>
        <source>Delete /%1 (%2)?</source>
        <translation>/%1 (%2) löschen?</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="115"/>
        <source>Deleted /%1.</source>
        <translation>/%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseDialog</name>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="41"/>
        <source>New canned response</source>
        <translation>Neuer Textbaustein</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="50"/>
        <source>e.g. thanks (typed as /thanks)</source>
        <translation>z. B. danke (eingegeben als /danke)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="52"/>
        <source>What the list shows</source>
        <translation>Was die Liste anzeigt</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="56"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="57"/>
        <source>Personal</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="58"/>
        <source>Hello {visitor.name|there}, …</source>
        <translation>Hallo {visitor.name|zusammen}, …</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="74"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="76"/>
        <source>&amp;Category:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="77"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="78"/>
        <source>Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, {conversation.topic}, {agent.name}; {name|fallback} when it may be unknown.</source>
        <translation>Platzhalter: {visitor.name}, {order.number} oder jedes vom Bot erfasste Feld, {page}, {conversation.topic}, {agent.name}; {name|Ersatz}, wenn der Wert unbekannt sein kann.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="84"/>
        <source>Preview with the open chat:</source>
        <translation>Vorschau mit dem geöffneten Chat:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="107"/>
        <source>Edit canned response</source>
        <translation>Textbaustein bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="136"/>
        <source>Give it a shortcut.</source>
        <translation>Geben Sie ein Kürzel an.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="138"/>
        <source>A shortcut is one word of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32).</source>
        <translation>Ein Kürzel ist ein Wort aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (bis zu 32 Zeichen).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="141"/>
        <source>You already have /%1.</source>
        <translation>Sie haben bereits /%1.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="142"/>
        <source>/%1 is a shared response; choose another shortcut.</source>
        <translation>/%1 ist ein gemeinsamer Textbaustein; wählen Sie ein anderes Kürzel.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="144"/>
        <source>Write the text.</source>
        <translation>Schreiben Sie den Text.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="146"/>
        <source>The text is too long (at most 4000 characters).</source>
        <translation>Der Text ist zu lang (höchstens 4000 Zeichen).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="154"/>
        <source>The text, filled in, shows here.</source>
        <translation>Hier erscheint der ausgefüllte Text.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="172"/>
        <source>Not known in this chat: %1</source>
        <translation>In diesem Chat unbekannt: %1</translation>
    </message>
</context>
<context>
    <name>handoff::ChatListDelegate</name>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="53"/>
        <source>waited %1 · %2</source>
        <translation>wartete %1 · %2</translation>
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
        <translation>%1 bittet um Ihren Rat</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="71"/>
        <source>(visitor left) %1</source>
        <translation>(Besucher gegangen) %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="74"/>
        <source>Consulting for %1 · %2</source>
        <translation>Rückfrage für %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="85"/>
        <source>waiting %1 since %2</source>
        <translation>wartet %1 seit %2</translation>
    </message>
</context>
<context>
    <name>handoff::ColleagueModel</name>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="46"/>
        <source>offline</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="48"/>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="53"/>
        <source>no free chat</source>
        <translation>kein Chat frei</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="67"/>
        <source>%1 of %2 chats</source>
        <translation>%1 von %2 Chats</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>signed in</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="72"/>
        <source>%1 — supervisor, %2</source>
        <translation>%1 – Supervisor, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="73"/>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="76"/>
        <source>%1 — available, %2</source>
        <translation>%1 — verfügbar, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="78"/>
        <source>%1 — cannot be chosen: %2, %3</source>
        <translation>%1 — nicht wählbar: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="70"/>
        <location filename="../src/client/ColleagueModel.cpp" line="79"/>
        <source>%1 — cannot be chosen: %2</source>
        <translation>%1 — nicht wählbar: %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="93"/>
        <source>%1; serves %2</source>
        <translation>%1; bedient %2</translation>
    </message>
</context>
<context>
    <name>handoff::ComposerEdit</name>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Nachricht eingeben – Eingabe sendet, Umschalt+Eingabe für neue Zeile, / für Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="46"/>
        <source>screenshot-%1.png</source>
        <translation>bildschirmfoto-%1.png</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultModel</name>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="50"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="80"/>
        <source>%1 asks you about %2&apos;s chat</source>
        <translation>%1 fragt Sie zum Chat mit %2</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="81"/>
        <source>%1 asks you about %2&apos;s chat (%3)</source>
        <translation>%1 fragt Sie zum Chat mit %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, 1 second left to answer</source>
        <translation>%1, noch 1 Sekunde zum Antworten</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, %2 seconds left to answer</source>
        <translation>%1, noch %2 Sekunden zum Antworten</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultPanel</name>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="29"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="70"/>
        <source>Send to colleague</source>
        <translation>An Kollegen senden</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="30"/>
        <source>Cancel invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="32"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="72"/>
        <source>End consult</source>
        <translation>Rückfrage beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="33"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="66"/>
        <source>Consult thread</source>
        <translation>Rückfrage-Verlauf</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="67"/>
        <source>Lines only you and the colleague consulted see, oldest first.</source>
        <translation>Zeilen, die nur Sie und der gefragte Kollege sehen, älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="68"/>
        <source>Message to the colleague consulted</source>
        <translation>Nachricht an den gefragten Kollegen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="69"/>
        <source>Enter sends it into the consult thread; the visitor never sees it.</source>
        <translation>Eingabe sendet sie in den Rückfrage-Verlauf; der Besucher sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="71"/>
        <source>Cancel the consult invitation</source>
        <translation>Einladung zur Rückfrage zurückziehen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="73"/>
        <source>Dismiss the consult&apos;s outcome</source>
        <translation>Ergebnis der Rückfrage ausblenden</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="146"/>
        <source>Consult</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="147"/>
        <source>Consult with %1</source>
        <translation>Rückfrage bei %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="148"/>
        <source>Consult for %1</source>
        <translation>Rückfrage für %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="149"/>
        <source>Only you and %1 see this; the visitor never does.</source>
        <translation>Nur Sie und %1 sehen das; der Besucher nie.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="154"/>
        <source>Waiting for %1 to accept… (%2 s)</source>
        <translation>Warten, bis %1 annimmt … (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="166"/>
        <source>Message to %1 — only %1 sees it; Enter sends</source>
        <translation>Nachricht an %1 – nur %1 sieht sie; Eingabe sendet</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="169"/>
        <source>Hand over to %1…</source>
        <translation>An %1 übergeben …</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="202"/>
        <source>Not sent to your colleague: %1</source>
        <translation>Nicht an Ihren Kollegen gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="211"/>
        <source>Could not end the consult: %1</source>
        <translation>Die Rückfrage konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="224"/>
        <source>Hand over to %1</source>
        <translation>An %1 übergeben</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="225"/>
        <source>&amp;Note for %1 (read first; the visitor does not see it):</source>
        <translation>&amp;Notiz für %1 (wird zuerst gelesen; der Besucher sieht sie nicht):</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="231"/>
        <source>Note for %1</source>
        <translation>Notiz für %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="235"/>
        <source>&amp;Hand over</source>
        <translation>Ü&amp;bergeben</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="236"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="248"/>
        <source>The chat is %1&apos;s now.</source>
        <translation>Der Chat gehört jetzt %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="249"/>
        <source>Could not hand the chat over: %1</source>
        <translation>Der Chat konnte nicht übergeben werden: %1</translation>
    </message>
</context>
<context>
    <name>handoff::CustomerHistoryModel</name>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="41"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="60"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="69"/>
        <source>still open</source>
        <translation>noch offen</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="43"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="45"/>
        <source>the visitor left</source>
        <translation>der Besucher ist gegangen</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="47"/>
        <source>left before an answer</source>
        <translation>vor einer Antwort gegangen</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="59"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="68"/>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="62"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="70"/>
        <source>Chat on %1 in %2 with %3: %4</source>
        <translation>Chat am %1 in %2 mit %3: %4</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="74"/>
        <source>rated %1 of 5</source>
        <translation>bewertet mit %1 von 5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="76"/>
        <source>commenting: %1</source>
        <translation>mit dem Kommentar: %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="85"/>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="99"/>
        <source>Opened %1</source>
        <translation>Begonnen am %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="160"/>
        <source>Earlier chats of this customer (verified)</source>
        <translation>Frühere Chats dieses Kunden (verifiziert)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="161"/>
        <source>Earlier chats of %1 (verified)</source>
        <translation>Frühere Chats von %1 (verifiziert)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="163"/>
        <source>Earlier chats from this browser (not verified)</source>
        <translation>Frühere Chats aus diesem Browser (nicht verifiziert)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="167"/>
        <source>Earlier chats</source>
        <translation>Frühere Chats</translation>
    </message>
</context>
<context>
    <name>handoff::DeskAccessibility</name>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>A visitor left a message.</source>
        <translation>Ein Besucher hat eine Nachricht hinterlassen.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>%1 left a message.</source>
        <translation>%1 hat eine Nachricht hinterlassen.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="117"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="118"/>
        <source>Chats and messages</source>
        <translation>Chats und Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="121"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="122"/>
        <source>Chats and supervisor board</source>
        <translation>Chats und Supervisor-Übersicht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="125"/>
        <source>Board views</source>
        <translation>Ansichten der Übersicht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="126"/>
        <source>Filter conversations</source>
        <translation>Gespräche filtern</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="127"/>
        <source>Filter agents</source>
        <translation>Agenten filtern</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="128"/>
        <source>Filter queues</source>
        <translation>Warteschlangen filtern</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="129"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="130"/>
        <source>Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it.</source>
        <translation>Ihnen angebotene Chats. Strg+Umschalt+A nimmt das gewählte Angebot an, Strg+Umschalt+D lehnt es ab.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>My chats</source>
        <translation>Meine Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat.</source>
        <translation>Strg+Tab und Strg+Umschalt+Tab wechseln zum nächsten und vorigen Chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>Show chats</source>
        <translation>Chats anzeigen</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>All, only those waiting for your reply, unread or idle ones.</source>
        <translation>Alle, nur die auf Ihre Antwort wartenden, ungelesene oder ruhige.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="133"/>
        <source>Order of my chats</source>
        <translation>Reihenfolge meiner Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Visitors waiting in each queue.</source>
        <translation>Wartende Besucher je Warteschlange.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="135"/>
        <source>Messages left by visitors</source>
        <translation>Von Besuchern hinterlassene Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>The open chat&apos;s lines, oldest first.</source>
        <translation>Die Zeilen des offenen Chats, älteste zuerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="137"/>
        <source>Canned response suggestions</source>
        <translation>Vorschläge für Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="138"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="139"/>
        <source>Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an internal note.</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile, / schlägt Textbausteine vor, Strg+Umschalt+I macht daraus eine interne Notiz.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Only agents and supervisors see an internal note.</source>
        <translation>Nur Agenten und Supervisoren sehen eine interne Notiz.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Fields the bot collected</source>
        <translation>Vom Bot erfasste Felder</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Double-click or Copy puts a value on the clipboard.</source>
        <translation>Doppelklick oder Kopieren legt einen Wert in die Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="143"/>
        <source>Earlier chats of this customer</source>
        <translation>Frühere Chats dieses Kunden</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="144"/>
        <source>Enter or a double-click opens the chat&apos;s transcript and fields, read-only.</source>
        <translation>Eingabe oder Doppelklick öffnet Verlauf und Felder des Chats, nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="145"/>
        <source>Canned response category</source>
        <translation>Kategorie der Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Search canned responses</source>
        <translation>Textbausteine suchen</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Enter inserts the selected response.</source>
        <translation>Eingabe fügt den gewählten Textbaustein ein.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="147"/>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Your status</source>
        <translation>Ihr Status</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Only Available agents are offered new chats.</source>
        <translation>Nur verfügbaren Agenten werden neue Chats angeboten.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="149"/>
        <source>Left message</source>
        <translation>Hinterlassene Nachricht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="172"/>
        <source>a visitor</source>
        <translation>ein Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="173"/>
        <source>New message from %1 in another chat.</source>
        <translation>Neue Nachricht von %1 in einem anderen Chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered. %1</source>
        <translation>Neuer Chat angeboten. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered.</source>
        <translation>Neuer Chat angeboten.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="191"/>
        <source>Your status is Available.</source>
        <translation>Ihr Status ist Verfügbar.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="194"/>
        <source>You have as many chats as you can take; no new offers until one ends.</source>
        <translation>Sie haben so viele Chats, wie Sie übernehmen können; keine neuen Angebote, bis einer endet.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="197"/>
        <source>Your status is Away.</source>
        <translation>Ihr Status ist Abwesend.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="198"/>
        <source>Your status was set to Away.</source>
        <translation>Ihr Status wurde auf Abwesend gesetzt.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="201"/>
        <source>Your status is Offline.</source>
        <translation>Ihr Status ist Offline.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Fragen Sie die IT nach der CA-Datei und setzen Sie tlsCaFile.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>Das Zertifikat des Routers gilt nicht für %1 (es nennt %2). Verwenden Sie die Adresse, die das Zertifikat nennt, oder fragen Sie die IT nach einem Zertifikat, das %1 enthält.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>keinen Host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>Das Zertifikat des Routers für %1 ist am %2 abgelaufen. Bitten Sie die IT, es zu erneuern.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>Das Zertifikat des Routers für %1 gilt erst ab %2. Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>Dem Zertifikat des Routers für %1 wird nicht vertraut (selbst signiert oder unbekannte Zertifizierungsstelle). %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="149"/>
        <source>The router&apos;s certificate for %1 was refused: %2</source>
        <translation>Das Zertifikat des Routers für %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="150"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="206"/>
        <location filename="../src/client/DeskConnection.cpp" line="230"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>„%1“ ist keine Router-Adresse. Verwenden Sie Host:Port, zum Beispiel chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="268"/>
        <source>The desk went offline before the router answered.</source>
        <translation>Der Desk ging offline, bevor der Router antwortete.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="329"/>
        <source>The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 (tlsCaFile) kann nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="358"/>
        <source>This desk speaks protocol %1, which the router does not support (%2). Please update the desk.</source>
        <translation>Dieser Desk verwendet Protokoll %1, das der Router nicht unterstützt (%2). Bitte aktualisieren Sie den Desk.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="366"/>
        <source>The router did not accept this desk: %1</source>
        <translation>Der Router hat diesen Desk nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="373"/>
        <source>The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT to update the router.</source>
        <translation>Der Router verwendet Protokoll %1, dieser Desk aber %2. Bitte aktualisieren Sie den Desk oder bitten Sie Ihre IT, den Router zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut mit Ihrem Passwort an.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>Der Router konnte Sie nicht anmelden: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>Die Verbindung zum Router brach ab, bevor er antwortete.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="493"/>
        <source>Cannot reach the router at %1: %2.</source>
        <translation>Der Router unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="580"/>
        <source>Not connected to the router; nothing was sent.</source>
        <translation>Keine Verbindung zum Router; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="597"/>
        <source>The router did not answer within %1 seconds.</source>
        <translation>Der Router hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSession</name>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="464"/>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="466"/>
        <source>The message is %1 characters long; the limit is %2. Please shorten it.</source>
        <translation>Die Nachricht ist %1 Zeichen lang; erlaubt sind %2. Bitte kürzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="483"/>
        <location filename="../src/client/DeskSession.cpp" line="510"/>
        <source>This chat is not assigned to you any more.</source>
        <translation>Dieser Chat ist Ihnen nicht mehr zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="485"/>
        <location filename="../src/client/DeskSession.cpp" line="512"/>
        <source>You are consulting on %1&apos;s chat: only %1 writes to the visitor.</source>
        <translation>Sie beraten im Chat von %1: Nur %1 schreibt dem Besucher.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="487"/>
        <source>The local cache is not open; nothing was sent.</source>
        <translation>Der lokale Zwischenspeicher ist nicht geöffnet; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="514"/>
        <source>Files can only be sent while the router is reachable.</source>
        <translation>Dateien können nur gesendet werden, während der Router erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="516"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="518"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 ist größer als 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="535"/>
        <location filename="../src/client/DeskSession.cpp" line="544"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="776"/>
        <source>Already handled by %1.</source>
        <translation>Bereits erledigt von %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Jemand anderes hat diese Nachricht bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>%1 declined.</source>
        <translation>%1 hat abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>You declined.</source>
        <translation>Sie haben abgelehnt.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="142"/>
        <source>The invitation lapsed: %1 did not answer within a minute.</source>
        <translation>Die Einladung ist verfallen: %1 hat nicht innerhalb einer Minute geantwortet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="143"/>
        <source>The invitation from %1 lapsed.</source>
        <translation>Die Einladung von %1 ist verfallen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="145"/>
        <source>%1 handed the chat to you.</source>
        <translation>%1 hat Ihnen den Chat übergeben.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="146"/>
        <source>%1 handed the chat to you: %2</source>
        <translation>%1 hat Ihnen den Chat übergeben: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="148"/>
        <source>The chat ended, and with it the consult.</source>
        <translation>Der Chat ist beendet und damit auch die Rückfrage.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="150"/>
        <source>The chat went to another agent; the consult ended.</source>
        <translation>Der Chat ging an einen anderen Agenten; die Rückfrage ist beendet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You withdrew the invitation.</source>
        <translation>Sie haben die Einladung zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You ended the consult.</source>
        <translation>Sie haben die Rückfrage beendet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="154"/>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 hat die Einladung zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="156"/>
        <source>%1 ended the consult.</source>
        <translation>%1 hat die Rückfrage beendet.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="224"/>
        <source>The consult has not started.</source>
        <translation>Die Rückfrage hat noch nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="262"/>
        <source>You handed the chat to %1.</source>
        <translation>Sie haben den Chat an %1 übergeben.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSettings</name>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="68"/>
        <source>Set by your IT department</source>
        <translation>Von Ihrer IT-Abteilung festgelegt</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="73"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (von Ihrer IT-Abteilung festgelegt)</translation>
    </message>
</context>
<context>
    <name>handoff::EarlierChatDialog</name>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="22"/>
        <source>Earlier chat of %1</source>
        <translation>Früherer Chat vom %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="28"/>
        <source>%1 in %2 with %3: %4</source>
        <translation>%1 in %2 mit %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="30"/>
        <source>no agent</source>
        <translation>kein Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="32"/>
        <source>rated %1 of 5</source>
        <translation>bewertet mit %1 von 5</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="33"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="36"/>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="47"/>
        <source>Fields of the earlier chat</source>
        <translation>Felder des früheren Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="52"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="57"/>
        <source>Transcript of the earlier chat</source>
        <translation>Verlauf des früheren Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="75"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="76"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="77"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="78"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="81"/>
        <source>sent a file %1</source>
        <translation>hat eine Datei gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="82"/>
        <source>sent a file %1: %2</source>
        <translation>hat eine Datei gesendet: %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="83"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="85"/>
        <source>(internal note) %1</source>
        <translation>(interne Notiz) %1</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationChart</name>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="31"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="53"/>
        <source>Escalations by topic and trigger</source>
        <translation>Eskalationen nach Thema und Auslöser</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="199"/>
        <source>No escalations in this period.</source>
        <translation>Keine Eskalationen in diesem Zeitraum.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="275"/>
        <source>%1: %2 escalations</source>
        <translation>%1: %2 Eskalationen</translation>
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
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="70"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="72"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationReportWidget</name>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="45"/>
        <source>Escalations by topic and trigger</source>
        <translation>Eskalationen nach Thema und Auslöser</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="72"/>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="113"/>
        <source>Choose at most 366 days.</source>
        <translation>Wählen Sie höchstens 366 Tage.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="118"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="135"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="144"/>
        <source>No escalations to people %1.</source>
        <translation>Keine Übergaben an Menschen %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="147"/>
        <source>Escalations to people %1: %2.</source>
        <translation>Übergaben an Menschen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="150"/>
        <source>Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.</source>
        <translation>Am häufigsten: %1 (%2). Themen, die immer bei einem Menschen landen, sollte der Bot als Nächstes lernen.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="151"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="163"/>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="159"/>
        <source>No visitor ratings %1.</source>
        <translation>Keine Bewertungen von Besuchern %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="162"/>
        <source>%1: %2 of 5, %3 % satisfied (%n rating(s))</source>
        <translation>
            <numerusform>%1: %2 von 5, %3 % zufrieden (%n Bewertung)</numerusform>
            <numerusform>%1: %2 von 5, %3 % zufrieden (%n Bewertungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="171"/>
        <source>Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).</source>
        <translation>
            <numerusform>Bewertungen von Besuchern %1: %n, Durchschnitt %2 von 5, %3 % zufrieden (4 oder 5).</numerusform>
            <numerusform>Bewertungen von Besuchern %1: %n, Durchschnitt %2 von 5, %3 % zufrieden (4 oder 5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="174"/>
        <source>By queue: %1.</source>
        <translation>Nach Warteschlange: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="175"/>
        <source>By agent: %1.</source>
        <translation>Nach Agent: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="186"/>
        <source>escalations-%1-%2.csv</source>
        <translation>eskalationen-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="190"/>
        <source>Export escalation report</source>
        <translation>Eskalationsbericht exportieren</translation>
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
        <translation>%1, verifiziert</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="39"/>
        <source>%1, verified by the website&apos;s sign-in</source>
        <translation>%1, verifiziert durch die Anmeldung auf der Website</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="41"/>
        <source>%1
Verified by the website&apos;s sign-in</source>
        <translation>%1
Verifiziert durch die Anmeldung auf der Website</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="68"/>
        <source>customer id</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="78"/>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="80"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>handoff::KpiChart</name>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="38"/>
        <source>Offered, answered and abandoned chats by queue</source>
        <translation>Angebotene, beantwortete und abgebrochene Chats nach Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="39"/>
        <source>Service level and average speed of answer by queue</source>
        <translation>Servicelevel und durchschnittliche Annahmezeit nach Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="40"/>
        <source>The same figures are in the table of queues below.</source>
        <translation>Dieselben Zahlen stehen in der Tabelle der Warteschlangen darunter.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="66"/>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="81"/>
        <source>%1 % in %2 s</source>
        <translation>%1 % in %2 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="82"/>
        <source>no answers</source>
        <translation>keine Annahmen</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="84"/>
        <source>ASA %1 s</source>
        <translation>ASA %1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="166"/>
        <source>No chats in this period.</source>
        <translation>Keine Chats in diesem Zeitraum.</translation>
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
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Chats that entered the queue, short abandons left out</source>
        <translation>Chats, die in die Warteschlange kamen, ohne kurze Abbrüche</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <source>Chats an agent accepted from the queue</source>
        <translation>Chats, die ein Agent aus der Warteschlange angenommen hat</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Visitors who left while waiting, before an agent answered</source>
        <translation>Besucher, die während des Wartens gingen, bevor ein Agent antwortete</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandon rate</source>
        <translation>Abbruchquote</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandoned ÷ offered</source>
        <translation>Abgebrochen ÷ angeboten</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="92"/>
        <source>Service level</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="93"/>
        <source>Answered within the queue&apos;s threshold ÷ (answered + abandoned)</source>
        <translation>Innerhalb der Schwelle der Warteschlange beantwortet ÷ (beantwortet + abgebrochen)</translation>
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
        <translation>Durchschnittliche Annahmezeit: vom Eintritt in die Warteschlange bis zur Annahme</translation>
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
        <translation>Durchschnittliche Bearbeitungszeit: von der Annahme bis zum Schließen oder Weiterleiten</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Missed offers</source>
        <translation>Verpasste Angebote</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Offers that timed out or were declined</source>
        <translation>Angebote, die abliefen oder abgelehnt wurden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Chats sent on to another queue or agent</source>
        <translation>Chats, die an eine andere Warteschlange oder einen anderen Agenten gingen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="101"/>
        <location filename="../src/client/KpiReportModel.cpp" line="116"/>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="102"/>
        <location filename="../src/client/KpiReportModel.cpp" line="117"/>
        <source>Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period</source>
        <translation>Umfrage nach dem Chat: Bewertungen mit 4 oder 5 ÷ im Zeitraum abgegebene Bewertungen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="105"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Chats the agent accepted</source>
        <translation>Chats, die der Agent angenommen hat</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>Average speed of answer of the chats the agent accepted</source>
        <translation>Durchschnittliche Annahmezeit der Chats, die der Agent angenommen hat</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Chats the agent closed or transferred</source>
        <translation>Chats, die der Agent geschlossen oder weitergeleitet hat</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Missed offers the agent declined</source>
        <translation>Verpasste Angebote, die der Agent abgelehnt hat</translation>
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
        <translation>Innerhalb von %1 s beantwortet</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportWidget</name>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="40"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="42"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="43"/>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="82"/>
        <source>By &amp;queue</source>
        <translation>Nach &amp;Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="83"/>
        <source>By a&amp;gent</source>
        <translation>Nach A&amp;gent</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="107"/>
        <source>The report could not be made: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="148"/>
        <source>Choose at most %1 days.</source>
        <translation>Wählen Sie höchstens %1 Tage.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="153"/>
        <location filename="../src/desk/KpiReportWidget.cpp" line="174"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>from %1 to %2</source>
        <translation>vom %1 bis %2</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="185"/>
        <source>All queues %1 (days of the router&apos;s time zone, %2): %3 offered, %4 answered, %5 abandoned (%6); service level %7, ASA %8, AHT %9.</source>
        <translation>Alle Warteschlangen %1 (Tage in der Zeitzone des Routers, %2): %3 angeboten, %4 beantwortet, %5 abgebrochen (%6); Servicelevel %7, ASA %8, AHT %9.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="192"/>
        <source>Visitors who left within %1 s are not counted.</source>
        <translation>Besucher, die innerhalb von %1 s gingen, werden nicht gezählt.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="204"/>
        <source>kpi-%1-%2.csv</source>
        <translation>kpi-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="206"/>
        <source>Export KPI report</source>
        <translation>KPI-Bericht exportieren</translation>
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
    <name>handoff::LoginDialog</name>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="19"/>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="117"/>
        <source>No system keychain is available: your password will not be remembered.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Ihr Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1135"/>
        <source>Internal note — only agents and supervisors see it</source>
        <translation>Interne Notiz – nur für Agenten und Supervisoren sichtbar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="398"/>
        <source>Select a field to copy.</source>
        <translation>Wählen Sie ein Feld zum Kopieren.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="191"/>
        <source>Consult request. %1</source>
        <translation>Anfrage zur Rückfrage. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="259"/>
        <source>Waiting first</source>
        <translation>Wartende zuerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="261"/>
        <source>Quietest first</source>
        <translation>Ruhigste zuerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="381"/>
        <source>To send with the next Send: %1</source>
        <translation>Wird mit dem nächsten Senden verschickt: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="402"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="409"/>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="410"/>
        <source>%1: the latest %2</source>
        <translation>%1: die letzten %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="489"/>
        <source>Local cache</source>
        <translation>Lokaler Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="537"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="538"/>
        <source>&amp;Search transcripts…</source>
        <translation>Verläufe &amp;durchsuchen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="540"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="541"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="543"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="544"/>
        <source>&amp;Accept offer</source>
        <translation>Chat &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="546"/>
        <source>&amp;Decline offer</source>
        <translation>Chat ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="548"/>
        <source>&amp;Next chat</source>
        <translation>&amp;Nächster Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="549"/>
        <source>&amp;Previous chat</source>
        <translation>&amp;Vorheriger Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="550"/>
        <source>Next chat waiting for a rep&amp;ly</source>
        <translation>Nächster auf Antwo&amp;rt wartender Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="552"/>
        <source>&amp;Write a message</source>
        <translation>Nachricht &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="553"/>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Datei anhängen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="555"/>
        <source>Toggle &amp;internal note</source>
        <translation>&amp;Interne Notiz ein/aus</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="558"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Weiterleiten…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="560"/>
        <source>&amp;Consult a colleague…</source>
        <translation>&amp;Kollegen fragen …</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="562"/>
        <source>&amp;End chat…</source>
        <translation>Chat &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="563"/>
        <source>E&amp;xport the chat as PDF…</source>
        <translation>Chat als PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="565"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="566"/>
        <source>&amp;Offers</source>
        <translation>&amp;Eingehend</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="570"/>
        <source>&amp;My chats</source>
        <translation>&amp;Meine Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="574"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="578"/>
        <source>&amp;Fields</source>
        <translation>&amp;Felder</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="582"/>
        <source>&amp;Canned responses</source>
        <translation>&amp;Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="587"/>
        <source>M&amp;essages left by visitors</source>
        <translation>&amp;Nachrichten von Besuchern</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="593"/>
        <source>&amp;Reply to the left message by email</source>
        <translation>&amp;Per E-Mail auf die hinterlassene Nachricht antworten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="597"/>
        <source>Copy the visitor&apos;s e&amp;mail address</source>
        <translation>E-&amp;Mail-Adresse des Besuchers kopieren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="601"/>
        <source>Mark the left message &amp;handled</source>
        <translation>Hinterlassene Nachricht als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="604"/>
        <source>&amp;Show handled messages</source>
        <translation>Erledigte Nachrichten &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="608"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="609"/>
        <source>&amp;Available</source>
        <translation>&amp;Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="611"/>
        <source>A&amp;way</source>
        <translation>A&amp;bwesend</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="612"/>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="615"/>
        <source>&amp;View</source>
        <translation>Ansic&amp;ht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="616"/>
        <source>Supervisor &amp;board</source>
        <translation>Supervisor-&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="621"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="622"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="631"/>
        <source>&amp;Sound on new offers</source>
        <translation>&amp;Ton bei neuen Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="693"/>
        <source>Your status: only Available agents are offered new chats</source>
        <translation>Ihr Status: Nur verfügbare Agenten erhalten neue Chats angeboten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="694"/>
        <source>● Available</source>
        <translation>● Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="695"/>
        <source>◐ Away</source>
        <translation>◐ Abwesend</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="696"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="988"/>
        <source> — consulting for %1</source>
        <translation> – Rückfrage für %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="994"/>
        <source>Read-only: %1 answers the visitor. Write to %1 in the consult panel.</source>
        <translation>Nur lesen: %1 antwortet dem Besucher. Schreiben Sie %1 im Rückfrage-Bereich.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1086"/>
        <source>Files go to the visitor: switch off the internal note to send them.</source>
        <translation>Dateien gehen an den Besucher: Schalten Sie die interne Notiz aus, um sie zu senden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1095"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 ist größer als 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1099"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1278"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Zu diesem Chat läuft schon eine Rückfrage; beenden Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1286"/>
        <source>Could not ask the colleague: %1</source>
        <translation>Der Kollege konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1315"/>
        <source>Consult requests</source>
        <translation>Rückfragen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1317"/>
        <source>Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D declines it.</source>
        <translation>Kollegen, die Sie zu ihren Chats fragen. Strg+Umschalt+A nimmt die gewählte Anfrage an, Strg+Umschalt+D lehnt sie ab.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1320"/>
        <source>Accept consult</source>
        <translation>Rückfrage annehmen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1322"/>
        <source>Ctrl+Shift+A</source>
        <translation>Strg+Umschalt+A</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1323"/>
        <source>Decline consult</source>
        <translation>Rückfrage ablehnen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1325"/>
        <source>Ctrl+Shift+D</source>
        <translation>Strg+Umschalt+D</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1346"/>
        <source>Consult requests (%1)</source>
        <translation>Rückfragen (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1379"/>
        <source>Could not accept the consult: %1</source>
        <translation>Die Rückfrage konnte nicht angenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1396"/>
        <source>Could not decline the consult: %1</source>
        <translation>Die Rückfrage konnte nicht abgelehnt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1447"/>
        <source>Open one of your chats to send a file.</source>
        <translation>Öffnen Sie einen Ihrer Chats, um eine Datei zu senden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1450"/>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1472"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1475"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1476"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1482"/>
        <source>Save the file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1490"/>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1495"/>
        <source>%1 cannot be saved as %2.</source>
        <translation>%1 kann nicht als %2 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1498"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1510"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1522"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1527"/>
        <source>No program to show %1 was found.</source>
        <translation>Es wurde kein Programm gefunden, das %1 anzeigen kann.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1779"/>
        <source>The earlier chat cannot be shown: %1</source>
        <translation>Der frühere Chat kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="484"/>
        <location filename="../src/desk/MainWindow.cpp" line="706"/>
        <source>Could not change your status: %1</source>
        <translation>Ihr Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="260"/>
        <source>Unread first</source>
        <translation>Ungelesene zuerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="262"/>
        <source>As accepted</source>
        <translation>Wie angenommen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="272"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="273"/>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="274"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="275"/>
        <source>Idle (%1 min)</source>
        <translation>Ruhig (%1 min)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="470"/>
        <source>New personal canned response</source>
        <translation>Neuer persönlicher Textbaustein</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="671"/>
        <source>&amp;Help</source>
        <translation>Hil&amp;fe</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="672"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="674"/>
        <source>&amp;Find an action…</source>
        <translation>&amp;Aktion suchen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="718"/>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="720"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="722"/>
        <source>Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.</source>
        <translation>Router nicht erreichbar – neuer Versuch in %1 s. Ihre Nachrichten bleiben erhalten und werden danach gesendet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="725"/>
        <source>Signed out. %1</source>
        <translation>Abgemeldet. %1</translation>
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
        <translation>Verbindung zum Router verloren — neuer Verbindungsversuch… Was Sie senden, wird aufbewahrt und verschickt, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="781"/>
        <source>Load %1 / %2 (full)</source>
        <translation>Auslastung %1 / %2 (voll)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="782"/>
        <source>Load %1 / %2</source>
        <translation>Auslastung %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="790"/>
        <source>You were set to Away after missed offers. Set yourself Available when you are back.</source>
        <translation>Sie wurden nach verpassten Angeboten auf Abwesend gesetzt. Setzen Sie sich auf Verfügbar, wenn Sie zurück sind.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="794"/>
        <source>You are Away</source>
        <translation>Sie sind abwesend</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers (%1)</source>
        <translation>Eingehend (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers</source>
        <translation>Eingehend</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <source>Chats (%n offered)</source>
        <translation>
            <numerusform>Chats (%n angeboten)</numerusform>
            <numerusform>Chats (%n angeboten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="834"/>
        <source>Messages visitors left while nobody could chat (Alt+5)</source>
        <translation>Nachrichten, die Besucher hinterlassen haben, als niemand chatten konnte (Alt+5)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="864"/>
        <source>Choose a message on the left.</source>
        <translation>Wählen Sie links eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="865"/>
        <source>No messages are waiting. Visitors leave one when nobody can chat with them; it appears here at once.</source>
        <translation>Keine Nachrichten offen. Besucher hinterlassen eine, wenn niemand mit ihnen chatten kann; sie erscheint dann sofort hier.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="877"/>
        <source>Choose a message under Messages (Alt+5) first.</source>
        <translation>Wählen Sie zuerst eine Nachricht unter Nachrichten (Alt+5).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="885"/>
        <source>a visitor</source>
        <translation>ein Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="891"/>
        <source>The message from %1 is marked handled.</source>
        <translation>Die Nachricht von %1 ist als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="892"/>
        <source>Could not mark the message handled: %1</source>
        <translation>Die Nachricht konnte nicht als erledigt markiert werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="910"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="911"/>
        <source>My chats (%1, %2 waiting for a reply)</source>
        <translation>Meine Chats (%1, %2 warten auf Antwort)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="912"/>
        <source>My chats (%1)</source>
        <translation>Meine Chats (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="966"/>
        <source>Needs the connection to the router</source>
        <translation>Braucht die Verbindung zum Router</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="973"/>
        <source>No chat open</source>
        <translation>Kein Chat geöffnet</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="975"/>
        <source>Choose a chat on the left (Ctrl+Tab goes to the next one).</source>
        <translation>Wählen Sie links einen Chat (Strg+Tab wechselt zum nächsten).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="976"/>
        <source>New chats appear under Offers. Accept one with Ctrl+Shift+A.</source>
        <translation>Neue Chats erscheinen unter „Eingehend“. Mit Strg+Umschalt+A nehmen Sie einen an.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="980"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — ended</source>
        <translation> – beendet</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="990"/>
        <source> — offered to you, accept to answer</source>
        <translation> – Ihnen angeboten; zum Antworten annehmen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — the visitor left</source>
        <translation> – der Besucher ist gegangen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="998"/>
        <source>Queue: %1.</source>
        <translation>Warteschlange: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1002"/>
        <source>%1 is typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1033"/>
        <source>No chat is offered to you right now.</source>
        <translation>Ihnen wird gerade kein Chat angeboten.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1040"/>
        <source>Could not accept the chat: %1</source>
        <translation>Der Chat konnte nicht angenommen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1065"/>
        <source>Could not decline the chat: %1</source>
        <translation>Der Chat konnte nicht abgelehnt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1077"/>
        <source>Fill in %1 before sending.</source>
        <translation>Füllen Sie vor dem Senden %1 aus.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1136"/>
        <source>Message to the visitor — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Nachricht an den Besucher – Eingabe sendet, Umschalt+Eingabe für neue Zeile, / für Textbausteine</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1161"/>
        <source>Adds the note to the chat; the visitor does not see it</source>
        <translation>Fügt die Notiz dem Chat hinzu; der Besucher sieht sie nicht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1162"/>
        <source>Sends the message to the visitor</source>
        <translation>Sendet die Nachricht an den Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1178"/>
        <source>Not known: %1 — replace the marked text before sending.</source>
        <translation>Unbekannt: %1 – ersetzen Sie den markierten Text vor dem Senden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1181"/>
        <source>Internal note: the visitor will not see this.</source>
        <translation>Interne Notiz: Der Besucher sieht sie nicht.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1183"/>
        <source>To the visitor.</source>
        <translation>An den Besucher.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1214"/>
        <source>No chat is waiting for your reply.</source>
        <translation>Kein Chat wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1232"/>
        <source>Not connected to the router: this waits until the connection is back.</source>
        <translation>Keine Verbindung zum Router: das geht erst wieder, wenn die Verbindung zurück ist.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1245"/>
        <source>Chat transferred.</source>
        <translation>Chat weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1246"/>
        <source>Could not transfer the chat: %1</source>
        <translation>Der Chat konnte nicht weitergeleitet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1412"/>
        <source>The router is not reachable.</source>
        <translation>Der Router ist nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Chat ended.</source>
        <translation>Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Could not end the chat: %1</source>
        <translation>Der Chat konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <location filename="../src/desk/MainWindow.cpp" line="1592"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="639"/>
        <source>Desktop &amp;notifications on new offers and messages</source>
        <translation>Desktop-&amp;Benachrichtigung bei neuen Chats und Nachrichten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="904"/>
        <source>%1 (%2 unread) — %3</source>
        <translation>%1 (%2 ungelesen) — %3</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="905"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1535"/>
        <source>Open a chat to export it.</source>
        <translation>Öffnen Sie einen Chat, um ihn zu exportieren.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1538"/>
        <location filename="../src/desk/MainWindow.cpp" line="1560"/>
        <source>Export the chat as PDF</source>
        <translation>Chat als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1539"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1563"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1593"/>
        <source>Board</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1661"/>
        <source>Not known: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1662"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (Enter or Tab inserts, Esc closes):</source>
        <translation>&lt;b&gt;Vorschau&lt;/b&gt; (Eingabe oder Tab fügt ein, Esc schließt):</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1692"/>
        <source>Open one of your chats first.</source>
        <translation>Öffnen Sie zuerst einen Ihrer Chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1727"/>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
</context>
<context>
    <name>handoff::MonitorView</name>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="25"/>
        <source>&amp;Stop monitoring</source>
        <translation>Mithören &amp;beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="26"/>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Join conversation</source>
        <translation>Dem Gespräch &amp;beitreten</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="28"/>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nden</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="46"/>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Monitored transcript (read-only)</source>
        <translation>Mitgehörter Verlauf (nur lesen)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="49"/>
        <source>Take part visibly: the visitor and the agent see that you joined and read your lines. The agent keeps the chat.</source>
        <translation>Sichtbar teilnehmen: Besucher und Agent sehen, dass Sie beigetreten sind, und lesen Ihre Zeilen. Der Agent behält den Chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="52"/>
        <source>Your line to the visitor and the agent</source>
        <translation>Ihre Zeile an Besucher und Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="53"/>
        <source>Write to the visitor and the agent…</source>
        <translation>An Besucher und Agent schreiben…</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="56"/>
        <source>Send your line</source>
        <translation>Ihre Zeile senden</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="131"/>
        <source>The chat has ended; monitoring stopped.</source>
        <translation>Der Chat ist beendet; das Mithören wurde beendet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="132"/>
        <source>Monitoring stopped.</source>
        <translation>Mithören beendet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Leave conversation</source>
        <translation>Gespräch &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Transcript of the chat you joined</source>
        <translation>Verlauf des Chats, dem Sie beigetreten sind</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="202"/>
        <location filename="../src/desk/MonitorView.cpp" line="222"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="203"/>
        <source>%1 (ended)</source>
        <translation>%1 (beendet)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="223"/>
        <source>Monitoring %1</source>
        <translation>Mithören: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="229"/>
        <source>%1 · %2 — you joined: the visitor and the agent see your lines.</source>
        <translation>%1 · %2 — Sie sind beigetreten: Besucher und Agent sehen Ihre Zeilen.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="232"/>
        <source>%1 · %2 — read-only: the visitor and the agent do not see you.</source>
        <translation>%1 · %2 – nur lesen: Besucher und Agent sehen Sie nicht.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
</context>
<context>
    <name>handoff::MyChatsModel</name>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="31"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="95"/>
        <source>consulting for %1</source>
        <translation>Rückfrage für %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/client/MyChatsModel.cpp" line="97"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="99"/>
        <source>the visitor left</source>
        <translation>der Besucher ist gegangen</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="103"/>
        <source>waiting for your reply for 1 minute</source>
        <translation>wartet seit 1 Minute auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="104"/>
        <source>waiting for your reply for %1 minutes</source>
        <translation>wartet seit %1 Minuten auf Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="106"/>
        <source>waiting for your reply</source>
        <translation>wartet auf Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>handoff::OfferModel</name>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="45"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>%1 · %2 · %3 s left</source>
        <translation>%1 · %2 · noch %3 s</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>no topic</source>
        <translation>kein Thema</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="81"/>
        <source>Offer: %1</source>
        <translation>Angebot: %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="84"/>
        <source>topic %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="88"/>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>1 second left to accept</source>
        <translation>noch 1 Sekunde zum Annehmen</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>%1 seconds left to accept</source>
        <translation>noch %1 Sekunden zum Annehmen</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting 1 minute</source>
        <translation>wartet seit 1 Minute</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting %1 minutes</source>
        <translation>wartet seit %1 Minuten</translation>
    </message>
</context>
<context>
    <name>handoff::OfferNotifier</name>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk</source>
        <translation>Handoff Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="88"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="146"/>
        <source>A visitor</source>
        <translation>Ein Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="90"/>
        <source>%1 is waiting for you.</source>
        <translation>%1 wartet auf Sie.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="91"/>
        <source>%1 is waiting for you (%2).</source>
        <translation>%1 wartet auf Sie (%2).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="98"/>
        <source>New chat offered</source>
        <translation>Neuer Chat angeboten</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="100"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="131"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="155"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="162"/>
        <source>Open Handoff Desk</source>
        <translation>Handoff Desk öffnen</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="123"/>
        <source>a visitor</source>
        <translation>einem Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="125"/>
        <source>%1 asks you about the chat with %2.</source>
        <translation>%1 fragt Sie zum Chat mit %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="126"/>
        <source>%1 asks you about the chat with %2 (%3).</source>
        <translation>%1 fragt Sie zum Chat mit %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="129"/>
        <source>Consult request</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message.</source>
        <translation>%1 hat eine Nachricht hinterlassen.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message in %2.</source>
        <translation>%1 hat eine Nachricht in %2 hinterlassen.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="154"/>
        <source>New message left</source>
        <translation>Neue Nachricht hinterlassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk — %n unread</source>
        <translation>
            <numerusform>Handoff Desk – %n ungelesen</numerusform>
            <numerusform>Handoff Desk – %n ungelesen</numerusform>
        </translation>
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
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="96"/>
        <source>Handled by %1</source>
        <translation>Erledigt von %1</translation>
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
        <translation>Per E-Mail &amp;antworten</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="85"/>
        <source>Cop&amp;y email</source>
        <translation>E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="87"/>
        <source>Mark &amp;handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="89"/>
        <source>Mark handled (Ctrl+Shift+H): the message leaves every agent&apos;s list</source>
        <translation>Als erledigt markieren (Strg+Umschalt+H): die Nachricht verschwindet aus der Liste aller Agenten</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="101"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="102"/>
        <source>Left:</source>
        <translation>Hinterlassen:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="103"/>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="104"/>
        <source>Topic:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="105"/>
        <source>Page:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="110"/>
        <source>Collected by the bot</source>
        <translation>Vom Bot erfasst</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="119"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="153"/>
        <source>Re: your message</source>
        <translation>Re: Ihre Nachricht</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="167"/>
        <source>Choose a message on the left.</source>
        <translation>Wählen Sie links eine Nachricht.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="172"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="173"/>
        <source>(none given)</source>
        <translation>(keine angegeben)</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="182"/>
        <source>Handled by %1 on %2.</source>
        <translation>Erledigt von %1 am %2.</translation>
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
        <translation>Der Besucher hat keine E-Mail-Adresse angegeben, an die eine Antwort gehen könnte.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="244"/>
        <source>No e-mail program could be opened. Copy the address with Copy email instead.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Kopieren Sie die Adresse stattdessen mit „E-Mail kopieren“.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="252"/>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Die Nachricht konnte auf diesem Computer nicht gespeichert werden (%1); sie wurde nicht gesendet.</translation>
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
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="51"/>
        <source>%1: %2 waiting, longest %3, %4 agents available</source>
        <translation>%1: %2 wartend, längste Wartezeit %3, %4 Agenten verfügbar</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="69"/>
        <source>Longest</source>
        <translation>Längste</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="71"/>
        <source>Agents free</source>
        <translation>Agenten frei</translation>
    </message>
</context>
<context>
    <name>handoff::ReassignDialog</name>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="20"/>
        <source>the visitor</source>
        <translation>dem Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="23"/>
        <source>Reassign chat to %1</source>
        <translation>Chat %1 zuweisen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="25"/>
        <source>Give the chat with %1 to %2?</source>
        <translation>Den Chat mit %1 an %2 übergeben?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="26"/>
        <source>Move the chat with %1 from %2 to %3?</source>
        <translation>Den Chat mit %1 von %2 an %3 übergeben?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="28"/>
        <source>%1 gets the whole history and the bot&apos;s fields; %2 sees the new agent join.</source>
        <translation>%1 erhält den gesamten Verlauf und die vom Bot erfassten Felder; %2 wird angezeigt, dass ein neuer Agent hinzukommt.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="29"/>
        <location filename="../src/desk/ReassignDialog.cpp" line="36"/>
        <source>The chat leaves %1&apos;s desk at once.</source>
        <translation>Der Chat verschwindet sofort vom Desk von %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="30"/>
        <source>&amp;Reassign</source>
        <translation>Neu &amp;zuweisen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="32"/>
        <source>Move chat to queue %1</source>
        <translation>Chat in Warteschlange %1 verschieben</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="33"/>
        <source>Move the chat with %1 to the queue %2?</source>
        <translation>Den Chat mit %1 in die Warteschlange %2 verschieben?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="35"/>
        <source>It waits there with its original place in line and is offered to the next free agent.</source>
        <translation>Er behält dort seinen ursprünglichen Platz und wird dem nächsten freien Agenten angeboten.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="37"/>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="45"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
</context>
<context>
    <name>handoff::ReportControls</name>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="22"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="50"/>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="116"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>handoff::SearchDialog</name>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="24"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="51"/>
        <source>Signed-in &amp;customers (every chat, from the router):</source>
        <translation>Angemeldete &amp;Kunden (alle Chats, vom Router):</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="57"/>
        <source>Conversations of signed-in customers</source>
        <translation>Gespräche angemeldeter Kunden</translation>
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
        <translation>%1, %2, Kunde %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="103"/>
        <source>No signed-in customer matches “%1”.</source>
        <translation>Kein angemeldeter Kunde passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="105"/>
        <source>The latest %1 chats; refine the search to see others.</source>
        <translation>Die letzten %1 Chats; verfeinern Sie die Suche, um weitere zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="106"/>
        <source>Chats found: %1. Enter opens one, read-only.</source>
        <translation>Gefundene Chats: %1. Eingabe öffnet einen, nur zum Lesen.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="158"/>
        <source>Chat with %1 · %2
%3</source>
        <translation>Chat mit %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="159"/>
        <source>a visitor</source>
        <translation>ein Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="169"/>
        <source>No transcript on this computer contains “%1”.</source>
        <translation>Kein Verlauf auf diesem Computer enthält „%1“.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="172"/>
        <source>Lines found: %1. Down goes to the list, Enter opens the chat.</source>
        <translation>Gefundene Zeilen: %1. Pfeil nach unten führt zur Liste, Eingabe öffnet den Chat.</translation>
    </message>
</context>
<context>
    <name>handoff::ShortcutOverview</name>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="59"/>
        <source>Find an action</source>
        <translation>Aktion suchen</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="57"/>
        <source>Part of an action&apos;s name or its keys, e.g. chat or Ctrl+J</source>
        <translation>Teil des Namens einer Aktion oder ihre Tasten, z. B. Chat oder Strg+J</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="60"/>
        <source>Up and Down choose an action, Enter runs it.</source>
        <translation>Auf und Ab wählen eine Aktion, Eingabe führt sie aus.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="78"/>
        <source>Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new line in the message; Alt and an underlined letter go to that field or button.</source>
        <translation>Eingabe führt die gewählte Aktion aus. Außerdem: Eingabe sendet und Umschalt+Eingabe beginnt eine neue Zeile in der Nachricht; Alt und ein unterstrichener Buchstabe gehen zu diesem Feld oder Knopf.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="132"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="143"/>
        <source>%1 (not possible now)</source>
        <translation>%1 (jetzt nicht möglich)</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="149"/>
        <source>%1, no key, in %2</source>
        <translation>%1, keine Taste, in %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="150"/>
        <source>%1, %2, in %3</source>
        <translation>%1, %2, in %3</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoard</name>
    <message>
        <location filename="../src/client/SupervisorBoard.cpp" line="166"/>
        <source>Not connected to the router.</source>
        <translation>Keine Verbindung zum Router.</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoardWidget</name>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="31"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="33"/>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="35"/>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="37"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="71"/>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="72"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="73"/>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="105"/>
        <source>&amp;Escalations</source>
        <translation>&amp;Eskalationen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="108"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPIs</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="111"/>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;dit-Protokoll</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="114"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="201"/>
        <source>the visitor</source>
        <translation>dem Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="213"/>
        <source>Reassigning the chat with %1 to %2…</source>
        <translation>Chat mit %1 wird %2 zugewiesen…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="216"/>
        <source>Moving the chat with %1 to %2…</source>
        <translation>Chat mit %1 wird nach %2 verschoben…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="227"/>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="241"/>
        <source>That chat has ended or is no longer on the board.</source>
        <translation>Dieser Chat ist beendet oder nicht mehr in der Übersicht.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="231"/>
        <source>%1 already has the chat with %2.</source>
        <translation>%1 hat den Chat mit %2 bereits.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="267"/>
        <source>Read-only view of a live chat</source>
        <translation>Laufender Chat, nur lesen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="294"/>
        <source>Force close chat</source>
        <translation>Chat zwangsweise beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="295"/>
        <source>End the chat with %1 now? The visitor reads “A supervisor ended the chat.”
Reason for the audit log (optional):</source>
        <translation>Den Chat mit %1 jetzt beenden? Der Besucher liest „Ein Supervisor hat den Chat beendet.“
Grund für das Audit-Protokoll (optional):</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="301"/>
        <source>&amp;Force close</source>
        <translation>&amp;Zwangsweise beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="303"/>
        <source>Closing the chat with %1…</source>
        <translation>Chat mit %1 wird beendet…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="311"/>
        <source>Setting %1 to %2…</source>
        <translation>%1 wird auf %2 gesetzt…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="322"/>
        <source>Reassign to &amp;agent</source>
        <translation>Einem &amp;Agenten zuweisen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="326"/>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 – %2, %3/%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="332"/>
        <source>Move to &amp;queue</source>
        <translation>In &amp;Warteschlange verschieben</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="334"/>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="339"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Mithören</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="341"/>
        <source>&amp;Force close…</source>
        <translation>&amp;Zwangsweise beenden…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="352"/>
        <source>Set &amp;presence</source>
        <translation>&amp;Anwesenheit setzen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="358"/>
        <source>Show their &amp;chats</source>
        <translation>&amp;Chats anzeigen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="371"/>
        <source>Show its &amp;chats</source>
        <translation>&amp;Chats anzeigen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="385"/>
        <source>Could not do that: %1</source>
        <translation>Das ging nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="389"/>
        <source>Reassigned the chat with %1.</source>
        <translation>Der Chat mit %1 wurde neu zugewiesen.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="391"/>
        <source>Closed the chat.</source>
        <translation>Chat beendet.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="393"/>
        <source>Presence of %1 changed.</source>
        <translation>Anwesenheit von %1 geändert.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues</source>
        <translation>&amp;Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues (%1 waiting)</source>
        <translation>&amp;Warteschlangen (%1 wartend)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="448"/>
        <source>&amp;Agents (%1 signed in)</source>
        <translation>&amp;Agenten (%1 angemeldet)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="451"/>
        <source>&amp;Conversations (%1)</source>
        <translation>Gesp&amp;räche (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="452"/>
        <source>&amp;Conversations (%1 of %2)</source>
        <translation>Gesp&amp;räche (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptDelegate</name>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="67"/>
        <source>Handoff · %1</source>
        <translation>Übergabe · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="72"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Visitor</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="76"/>
        <source>%1 (bot)</source>
        <translation>%1 (Bot)</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="82"/>
        <source>Internal note · %1</source>
        <translation>Interne Notiz · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="86"/>
        <source> · waiting to send</source>
        <translation> · wartet auf Versand</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="89"/>
        <source> · sent ✓</source>
        <translation> · gesendet ✓</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="92"/>
        <source> · not sent: %1</source>
        <translation> · nicht gesendet: %1</translation>
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
        <translation>Besucher</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="156"/>
        <source>sent a file %1</source>
        <translation>hat eine Datei gesendet: %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="194"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="196"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="200"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="140"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="96"/>
        <source>file</source>
        <translation>Datei</translation>
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
        <location filename="../src/client/TranscriptModel.cpp" line="142"/>
        <source>Visitor %1</source>
        <translation>Besucher %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="146"/>
        <source>Consult, %1</source>
        <translation>Rückfrage, %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="148"/>
        <source>%1 (internal note)</source>
        <translation>%1 (interne Notiz)</translation>
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
        <translation>%1 — wird gesendet</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="166"/>
        <source>%1 — not sent</source>
        <translation>%1 — nicht gesendet</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="167"/>
        <source>%1 — not sent: %2</source>
        <translation>%1 — nicht gesendet: %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="207"/>
        <source>the visitor asked for a person</source>
        <translation>der Besucher wollte einen Menschen sprechen</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="209"/>
        <source>the bot did not understand the visitor</source>
        <translation>der Bot hat den Besucher nicht verstanden</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="211"/>
        <source>the visitor seemed frustrated</source>
        <translation>der Besucher wirkte frustriert</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="213"/>
        <source>a topic that always goes to a person</source>
        <translation>ein Thema, das immer an einen Menschen geht</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="215"/>
        <source>handed over by an external bot</source>
        <translation>von einem externen Bot übergeben</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="242"/>
        <source>Handed over to a person: %1.</source>
        <translation>An einen Menschen übergeben: %1.</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="243"/>
        <source>Handed over to a person: %1 (%2).</source>
        <translation>An einen Menschen übergeben: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="138"/>
        <location filename="../src/client/TranscriptModel.cpp" line="253"/>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptPdf</name>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5</source>
        <translation>Bewertet mit %1/5</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5: %2</source>
        <translation>Bewertet mit %1/5: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>Chat with %1</source>
        <translation>Chat mit %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>a visitor</source>
        <translation>einem Besucher</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="38"/>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="39"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="40"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="41"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="42"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="43"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="45"/>
        <source>Handoff reason</source>
        <translation>Grund der Übergabe</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="50"/>
        <source>Visitor&apos;s rating</source>
        <translation>Bewertung des Besuchers</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="55"/>
        <source>Transcript</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="59"/>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
        <translation>Weiter&amp;leiten</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="28"/>
        <source>%1 — %2 waiting, %3 free</source>
        <translation>%1 – %2 wartend, %3 frei</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="32"/>
        <source>General (default)</source>
        <translation>Allgemein (Standard)</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="39"/>
        <source>Find an agent</source>
        <translation>Agenten suchen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="41"/>
        <source>Type part of a name; Up and Down choose among the colleagues who can take the chat.</source>
        <translation>Teil eines Namens eingeben; Auf und Ab wählen unter den Kollegen, die den Chat übernehmen können.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="42"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="44"/>
        <source>Colleagues with their status and chats; offline, away and full ones cannot be chosen.</source>
        <translation>Kollegen mit Status und Chats; abgemeldete, abwesende und volle sind nicht wählbar.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="45"/>
        <source>Asking the router who is available…</source>
        <translation>Der Router wird gefragt, wer verfügbar ist…</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="67"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="75"/>
        <source>Consult a colleague</source>
        <translation>Kollegen fragen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="81"/>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="82"/>
        <source>Colleagues</source>
        <translation>Kollegen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="84"/>
        <source>Agents and supervisors with their status; offline ones cannot be chosen.</source>
        <translation>Agenten und Supervisoren mit ihrem Status; abgemeldete können nicht gewählt werden.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="103"/>
        <source>User name, e.g. bob</source>
        <translation>Benutzername, z. B. bob</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="105"/>
        <source>Could not ask the router who is available: %1 Type the colleague&apos;s user name instead.</source>
        <translation>Der Router konnte nicht gefragt werden, wer verfügbar ist: %1 Geben Sie stattdessen den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="142"/>
        <source>There is no other agent.</source>
        <translation>Es gibt keinen anderen Agenten.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="144"/>
        <source>Nobody else is signed in now.</source>
        <translation>Gerade ist sonst niemand angemeldet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="145"/>
        <source>Colleagues signed in now: %n.</source>
        <translation>
            <numerusform>Angemeldete Kollegen: %n.</numerusform>
            <numerusform>Angemeldete Kollegen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="147"/>
        <source>No colleague matches “%1”.</source>
        <translation>Kein Kollege passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="149"/>
        <source>Nobody here can take a chat now; transfer to a queue instead.</source>
        <translation>Niemand hier kann jetzt einen Chat übernehmen; leiten Sie an eine Warteschlange weiter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="151"/>
        <source>Colleagues who can take the chat now: %n.</source>
        <translation>
            <numerusform>Kollegen, die den Chat jetzt übernehmen können: %n.</numerusform>
            <numerusform>Kollegen, die den Chat jetzt übernehmen können: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handoff::WebhookDeliveryModel</name>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="40"/>
        <source>%1 (bot callback)</source>
        <translation>%1 (Rückmeldung an den Bot)</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="43"/>
        <source>Delivered %1</source>
        <translation>Zugestellt %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="45"/>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="46"/>
        <source>Pending, next attempt %1</source>
        <translation>Ausstehend, nächster Versuch %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="68"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="70"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="72"/>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="74"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="76"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="78"/>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
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
        <translation>Chat &amp;beenden</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="17"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="18"/>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="19"/>
        <source>Needs follow-up</source>
        <translation>Wiedervorlage nötig</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="20"/>
        <source>Visitor did not respond</source>
        <translation>Besucher hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="24"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="56"/>
        <source>The chat could not be ended: %1 Your note is kept; try again.</source>
        <translation>Der Chat konnte nicht beendet werden: %1 Ihre Notiz bleibt erhalten; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/desk/main.cpp" line="28"/>
        <source>Handoff Desk: answer the chats a bot hands over.</source>
        <translation>Handoff Desk: Chats beantworten, die ein Bot übergibt.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="30"/>
        <source>Environment:
  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and
                         scripts only: it is not remembered, and other programs of the same
                         user can read it. Needs --user (or the user name of the last sign-in).
                         A wrong password opens the login dialog with the error.</source>
        <translation>Umgebung:
  HANDOFF_DESK_PASSWORD  Mit diesem Passwort anmelden, ohne den Anmeldedialog. Nur für Demos und
                         Skripte: es wird nicht gespeichert, und andere Programme desselben
                         Benutzers können es lesen. Braucht --user (oder den Benutzernamen der letzten Anmeldung).
                         Ein falsches Passwort öffnet den Anmeldedialog mit dem Fehler.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="39"/>
        <source>Router address, e.g. chat.example.org:8080.</source>
        <translation>Adresse des Routers, z. B. chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="41"/>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="43"/>
        <source>Language of the desk, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache des Desks, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
</context>
</TS>

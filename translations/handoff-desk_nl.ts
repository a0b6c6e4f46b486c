<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>LoginDialog</name>
    <message>
        <location filename="../forms/LoginDialog.ui" line="6"/>
        <source>Sign in to Handoff</source>
        <translation>Aanmelden bij Handoff</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="10"/>
        <source>Sign in with the user name and password your supervisor gave you.</source>
        <translation>Meld u aan met de gebruikersnaam en het wachtwoord die u van uw supervisor hebt gekregen.</translation>
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
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="24"/>
        <source>Re&amp;member me on this computer</source>
        <translation>Aangemeld &amp;blijven op deze computer</translation>
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
        <translation>Ik ben &amp;terug — zet op Beschikbaar</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="23"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="24"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="40"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="42"/>
        <source>Offers</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="46"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepteren</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="47"/>
        <source>Dec&amp;line</source>
        <translation>&amp;Weigeren</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="52"/>
        <source>My chats</source>
        <translation>Mijn chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="57"/>
        <source>Which of my chats to show</source>
        <translation>Welke van mijn chats worden getoond</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>Order of my chats</source>
        <translation>Volgorde van mijn chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="62"/>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="67"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="69"/>
        <source>Left by visitors while nobody could chat</source>
        <translation>Achtergelaten door bezoekers toen niemand kon chatten</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Sh&amp;ow handled</source>
        <translation>Afge&amp;handelde tonen</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Also list the messages handled in the last 30 days</source>
        <translation>Ook de berichten tonen die in de afgelopen 30 dagen zijn afgehandeld</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="85"/>
        <source>T&amp;ransfer…</source>
        <translation>D&amp;oorverbinden…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="86"/>
        <source>&amp;End chat…</source>
        <translation>Chat b&amp;eëindigen…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="97"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Interne notitie</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="99"/>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="100"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="110"/>
        <source>Collected by the bot</source>
        <translation>Verzameld door de bot</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="112"/>
        <source>Cop&amp;y value</source>
        <translation>Waarde &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="113"/>
        <source>Earlier chats</source>
        <translation>Eerdere chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="115"/>
        <source>Sho&amp;w older chats</source>
        <translation>Oudere chats &amp;weergeven</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="116"/>
        <source>Canned responses</source>
        <translation>Standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="120"/>
        <source>Search responses</source>
        <translation>Antwoorden zoeken</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="124"/>
        <source>I&amp;nsert into message</source>
        <translation>I&amp;n bericht invoegen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Kan de lokale cache %1 niet openen: %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="6"/>
        <source>Reassign chat</source>
        <translation>Chat opnieuw toewijzen</translation>
    </message>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="10"/>
        <source>&amp;Note for the agent who takes it (optional, not shown to the visitor):</source>
        <translation>&amp;Notitie voor de medewerker die de chat overneemt (optioneel, niet zichtbaar voor de bezoeker):</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../forms/SearchDialog.ui" line="6"/>
        <source>Search transcripts</source>
        <translation>Gesprekken doorzoeken</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="8"/>
        <source>Searches every transcript kept on this computer, also while the router is unreachable.</source>
        <translation>Doorzoekt alle gesprekken die op deze computer zijn bewaard, ook als de router onbereikbaar is.</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="12"/>
        <source>Words to find</source>
        <translation>Zoekwoorden</translation>
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
        <translation>&amp;Wachtrijen</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="31"/>
        <source>Filter queues</source>
        <translation>Wachtrijen filteren</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="43"/>
        <source>&amp;Agents</source>
        <translation>&amp;Medewerkers</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="44"/>
        <source>Filter agents</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="57"/>
        <source>&amp;Conversations</source>
        <translation>&amp;Gesprekken</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="58"/>
        <source>Filter by visitor, state, queue, agent, topic or trigger</source>
        <translation>Filteren op bezoeker, status, wachtrij, medewerker, onderwerp of aanleiding</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="62"/>
        <source>Drag a conversation onto an agent or a queue to reassign it, or open its menu (right click, Menu key or Shift+F10).</source>
        <translation>Sleep een gesprek naar een medewerker of een wachtrij om het opnieuw toe te wijzen, of open het menu ervan (rechtsklik, Menu-toets of Shift+F10).</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../forms/TransferDialog.ui" line="6"/>
        <source>Transfer chat</source>
        <translation>Chat doorverbinden</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="8"/>
        <source>To a &amp;queue:</source>
        <translation>Naar een &amp;wachtrij:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="10"/>
        <source>To an &amp;agent:</source>
        <translation>Naar een &amp;medewerker:</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="11"/>
        <source>Type to find a colleague by name</source>
        <translation>Typ om een collega op naam te zoeken</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="14"/>
        <source>&amp;Note for the next agent (not shown to the visitor):</source>
        <translation>&amp;Notitie voor de volgende medewerker (niet zichtbaar voor de bezoeker):</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="6"/>
        <source>End chat</source>
        <translation>Chat beëindigen</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="8"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultaat:</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="10"/>
        <source>&amp;Wrap-up note (for the team, not the visitor):</source>
        <translation>&amp;Afrondingsnotitie (voor het team, niet voor de bezoeker):</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentDownloads</name>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="44"/>
        <source>Not downloaded yet: waiting for the router</source>
        <translation>Nog niet gedownload: wacht op de router</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="46"/>
        <source>Downloading…</source>
        <translation>Bezig met downloaden…</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="48"/>
        <source>Not available (404)</source>
        <translation>Niet beschikbaar (404)</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="50"/>
        <source>Blocked by the scanner</source>
        <translation>Geblokkeerd door de virusscanner</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="52"/>
        <source>Too large to show</source>
        <translation>Te groot om te tonen</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="54"/>
        <source>Download failed; tried again when the router is back</source>
        <translation>Downloaden mislukt; opnieuw geprobeerd zodra de router terug is</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="55"/>
        <source>Download failed: %1</source>
        <translation>Downloaden mislukt: %1</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="157"/>
        <source>the file could not be kept in the cache</source>
        <translation>het bestand kon niet in de cache worden bewaard</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentPreviews</name>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="68"/>
        <source>Preparing the picture…</source>
        <translation>Afbeelding wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="86"/>
        <source>Not shown: %1</source>
        <translation>Niet getoond: %1</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentThumbnail</name>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="26"/>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="38"/>
        <source>The picture cannot be read: %1</source>
        <translation>De afbeelding kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="30"/>
        <source>The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.</source>
        <translation>De afbeelding is %1 × %2 pixels; afbeeldingen boven 40 megapixel worden niet getoond.</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogModel</name>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Allowed</source>
        <translation>Toegestaan</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="66"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="68"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="70"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="72"/>
        <source>On</source>
        <translation>Betreft</translation>
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
        <translation>Resultaat</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogWidget</name>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="30"/>
        <source>Filter by person, action, chat or desk</source>
        <translation>Filteren op persoon, actie, chat of desk</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="31"/>
        <source>Filter by event, address, state or chat</source>
        <translation>Filteren op gebeurtenis, adres, status of chat</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Audit log</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-afleveringen</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="42"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="56"/>
        <source>Entries: %1</source>
        <translation>Vermeldingen: %1</translation>
    </message>
</context>
<context>
    <name>handoff::BoardAgentModel</name>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="14"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="16"/>
        <source>Busy</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="18"/>
        <source>Away</source>
        <translation>Afwezig</translation>
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
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="37"/>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="66"/>
        <source>%1 — skills: %2</source>
        <translation>%1 — vaardigheden: %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="68"/>
        <source>Chose %1</source>
        <translation>Gekozen: %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="81"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="83"/>
        <source>Presence</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="85"/>
        <source>Load</source>
        <translation>Belasting</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="87"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="89"/>
        <source>In state for</source>
        <translation>Tijd in status</translation>
    </message>
</context>
<context>
    <name>handoff::BoardConversationModel</name>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="20"/>
        <source>With the bot</source>
        <translation>Bij de bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="22"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="114"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="24"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="26"/>
        <source>With an agent</source>
        <translation>Bij een medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="30"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="36"/>
        <source>Asked for a person</source>
        <translation>Vroeg om een mens</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="38"/>
        <source>Not understood</source>
        <translation>Niet begrepen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="40"/>
        <source>Frustration</source>
        <translation>Frustratie</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="42"/>
        <source>Always-human topic</source>
        <translation>Onderwerp alleen voor mensen</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="44"/>
        <source>External bot</source>
        <translation>Externe bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="53"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="72"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="106"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="91"/>
        <source>%1 — monitored by %2</source>
        <translation>%1 — meegekeken door %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="93"/>
        <source>Queue %1 (id %2)</source>
        <translation>Wachtrij %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="95"/>
        <source>Offered to %1</source>
        <translation>Aangeboden aan %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="108"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="110"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="112"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="116"/>
        <source>Handling</source>
        <translation>Behandeld door</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="118"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="120"/>
        <source>Trigger</source>
        <translation>Aanleiding</translation>
    </message>
</context>
<context>
    <name>handoff::BoardQueueModel</name>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="69"/>
        <source>Longest wait</source>
        <translation>Langste wachttijd</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="71"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="73"/>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="75"/>
        <source>Hours</source>
        <translation>Openingstijden</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseActions</name>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="18"/>
        <source>Ne&amp;w…</source>
        <translation>Nie&amp;uw…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="19"/>
        <source>Edi&amp;t…</source>
        <translation>Bewe&amp;rken…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="20"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="25"/>
        <source>Add a personal canned response (Ctrl+Shift+N)</source>
        <translation>Een eigen standaardantwoord toevoegen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="58"/>
        <source>Shared responses are managed on the router.</source>
        <translation>Gedeelde antwoorden worden op de router beheerd.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="59"/>
        <source>Change the selected personal response (F2)</source>
        <translation>Het geselecteerde eigen antwoord wijzigen (F2)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="60"/>
        <source>Delete the selected personal response (Delete)</source>
        <translation>Het geselecteerde eigen antwoord verwijderen (Delete)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="72"/>
        <source>Canned responses</source>
        <translation>Standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="73"/>
        <source>Could not save /%1 in the local cache: %2</source>
        <translation>Kan /%1 niet opslaan in de lokale cache: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="76"/>
        <source>Saved /%1.</source>
        <translation>/%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="90"/>
        <source>Only your personal responses can be changed here.</source>
        <translation>Hier kunt u alleen uw eigen antwoorden wijzigen.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="102"/>
        <source>Only your personal responses can be deleted here.</source>
        <translation>Hier kunt u alleen uw eigen antwoorden verwijderen.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="106"/>
        <source>Delete canned response</source>
        <translation>Standaardantwoord verwijderen</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="107"/>
        <source>Delete /%1 (%2)?</source>
        <translation>/%1 (%2) verwijderen?</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="115"/>
        <source>Deleted /%1.</source>
        <translation>/%1 verwijderd.</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseDialog</name>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="41"/>
        <source>New canned response</source>
        <translation>Nieuw standaardantwoord</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="50"/>
        <source>e.g. thanks (typed as /thanks)</source>
        <translation>bijv. bedankt (getypt als /bedankt)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="52"/>
        <source>What the list shows</source>
        <translation>Wat de lijst toont</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="56"/>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="57"/>
        <source>Personal</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="58"/>
        <source>Hello {visitor.name|there}, …</source>
        <translation>Hallo {visitor.name|bezoeker}, …</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="74"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Afkorting:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="76"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="77"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="78"/>
        <source>Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, {conversation.topic}, {agent.name}; {name|fallback} when it may be unknown.</source>
        <translation>Plaatshouders: {visitor.name}, {order.number} of elk veld dat de bot heeft verzameld, {page}, {conversation.topic}, {agent.name}; {naam|alternatief} als de waarde onbekend kan zijn.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="84"/>
        <source>Preview with the open chat:</source>
        <translation>Voorbeeld met de geopende chat:</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="107"/>
        <source>Edit canned response</source>
        <translation>Standaardantwoord bewerken</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="136"/>
        <source>Give it a shortcut.</source>
        <translation>Geef een afkorting op.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="138"/>
        <source>A shortcut is one word of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32).</source>
        <translation>Een afkorting is één woord van letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos; (hoogstens 32).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="141"/>
        <source>You already have /%1.</source>
        <translation>U hebt al /%1.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="142"/>
        <source>/%1 is a shared response; choose another shortcut.</source>
        <translation>/%1 is een gedeeld antwoord; kies een andere afkorting.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="144"/>
        <source>Write the text.</source>
        <translation>Schrijf de tekst.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="146"/>
        <source>The text is too long (at most 4000 characters).</source>
        <translation>De tekst is te lang (hoogstens 4000 tekens).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="154"/>
        <source>The text, filled in, shows here.</source>
        <translation>Hier verschijnt de ingevulde tekst.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="172"/>
        <source>Not known in this chat: %1</source>
        <translation>Onbekend in deze chat: %1</translation>
    </message>
</context>
<context>
    <name>handoff::ChatListDelegate</name>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="53"/>
        <source>waited %1 · %2</source>
        <translation>wachtte %1 · %2</translation>
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
        <translation>%1 vraagt je advies</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="71"/>
        <source>(visitor left) %1</source>
        <translation>(bezoeker vertrokken) %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="74"/>
        <source>Consulting for %1 · %2</source>
        <translation>Overleg voor %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="85"/>
        <source>waiting %1 since %2</source>
        <translation>wacht %1 sinds %2</translation>
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
        <translation>afwezig</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="53"/>
        <source>no free chat</source>
        <translation>geen plek vrij</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="67"/>
        <source>%1 of %2 chats</source>
        <translation>%1 van %2 chats</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>signed in</source>
        <translation>aangemeld</translation>
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
        <translation>%1 — beschikbaar, %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="78"/>
        <source>%1 — cannot be chosen: %2, %3</source>
        <translation>%1 — niet te kiezen: %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="70"/>
        <location filename="../src/client/ColleagueModel.cpp" line="79"/>
        <source>%1 — cannot be chosen: %2</source>
        <translation>%1 — niet te kiezen: %2</translation>
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
        <translation>Typ een bericht — Enter verzendt, Shift+Enter voor een nieuwe regel, / voor standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="46"/>
        <source>screenshot-%1.png</source>
        <translation>schermafbeelding-%1.png</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultModel</name>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="50"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="80"/>
        <source>%1 asks you about %2&apos;s chat</source>
        <translation>%1 vraagt je over de chat van %2</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="81"/>
        <source>%1 asks you about %2&apos;s chat (%3)</source>
        <translation>%1 vraagt je over de chat van %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, 1 second left to answer</source>
        <translation>%1, nog 1 seconde om te antwoorden</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, %2 seconds left to answer</source>
        <translation>%1, nog %2 seconden om te antwoorden</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultPanel</name>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="29"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="70"/>
        <source>Send to colleague</source>
        <translation>Naar collega sturen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="30"/>
        <source>Cancel invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="32"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="72"/>
        <source>End consult</source>
        <translation>Overleg beëindigen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="33"/>
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="66"/>
        <source>Consult thread</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="67"/>
        <source>Lines only you and the colleague consulted see, oldest first.</source>
        <translation>Regels die alleen jij en de geraadpleegde collega zien, oudste eerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="68"/>
        <source>Message to the colleague consulted</source>
        <translation>Bericht aan de geraadpleegde collega</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="69"/>
        <source>Enter sends it into the consult thread; the visitor never sees it.</source>
        <translation>Enter stuurt het naar het overleg; de bezoeker ziet het nooit.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="71"/>
        <source>Cancel the consult invitation</source>
        <translation>Uitnodiging voor overleg intrekken</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="73"/>
        <source>Dismiss the consult&apos;s outcome</source>
        <translation>Uitkomst van het overleg verbergen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="146"/>
        <source>Consult</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="147"/>
        <source>Consult with %1</source>
        <translation>Overleg met %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="148"/>
        <source>Consult for %1</source>
        <translation>Overleg voor %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="149"/>
        <source>Only you and %1 see this; the visitor never does.</source>
        <translation>Alleen jij en %1 zien dit; de bezoeker nooit.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="154"/>
        <source>Waiting for %1 to accept… (%2 s)</source>
        <translation>Wachten tot %1 accepteert… (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="166"/>
        <source>Message to %1 — only %1 sees it; Enter sends</source>
        <translation>Bericht aan %1 — alleen %1 ziet het; Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="169"/>
        <source>Hand over to %1…</source>
        <translation>Overdragen aan %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="202"/>
        <source>Not sent to your colleague: %1</source>
        <translation>Niet naar je collega gestuurd: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="211"/>
        <source>Could not end the consult: %1</source>
        <translation>Het overleg kon niet worden beëindigd: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="224"/>
        <source>Hand over to %1</source>
        <translation>Overdragen aan %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="225"/>
        <source>&amp;Note for %1 (read first; the visitor does not see it):</source>
        <translation>&amp;Notitie voor %1 (wordt eerst gelezen; de bezoeker ziet die niet):</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="231"/>
        <source>Note for %1</source>
        <translation>Notitie voor %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="235"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Overdragen</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="236"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="248"/>
        <source>The chat is %1&apos;s now.</source>
        <translation>De chat is nu van %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="249"/>
        <source>Could not hand the chat over: %1</source>
        <translation>De chat kon niet worden overgedragen: %1</translation>
    </message>
</context>
<context>
    <name>handoff::CustomerHistoryModel</name>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="41"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="60"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="69"/>
        <source>still open</source>
        <translation>nog open</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="43"/>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="45"/>
        <source>the visitor left</source>
        <translation>de bezoeker is weggegaan</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="47"/>
        <source>left before an answer</source>
        <translation>weggegaan voor een antwoord</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="59"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="68"/>
        <source>no agent</source>
        <translation>geen agent</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="62"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="70"/>
        <source>Chat on %1 in %2 with %3: %4</source>
        <translation>Chat op %1 in %2 met %3: %4</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="74"/>
        <source>rated %1 of 5</source>
        <translation>beoordeeld met %1 van 5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="76"/>
        <source>commenting: %1</source>
        <translation>met als opmerking: %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="85"/>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="99"/>
        <source>Opened %1</source>
        <translation>Geopend op %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="160"/>
        <source>Earlier chats of this customer (verified)</source>
        <translation>Eerdere chats van deze klant (geverifieerd)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="161"/>
        <source>Earlier chats of %1 (verified)</source>
        <translation>Eerdere chats van %1 (geverifieerd)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="163"/>
        <source>Earlier chats from this browser (not verified)</source>
        <translation>Eerdere chats vanuit deze browser (niet geverifieerd)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="167"/>
        <source>Earlier chats</source>
        <translation>Eerdere chats</translation>
    </message>
</context>
<context>
    <name>handoff::DeskAccessibility</name>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>A visitor left a message.</source>
        <translation>Een bezoeker heeft een bericht achtergelaten.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>%1 left a message.</source>
        <translation>%1 heeft een bericht achtergelaten.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="117"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="118"/>
        <source>Chats and messages</source>
        <translation>Chats en berichten</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="121"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="122"/>
        <source>Chats and supervisor board</source>
        <translation>Chats en supervisoroverzicht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="125"/>
        <source>Board views</source>
        <translation>Weergaven van het overzicht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="126"/>
        <source>Filter conversations</source>
        <translation>Gesprekken filteren</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="127"/>
        <source>Filter agents</source>
        <translation>Medewerkers filteren</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="128"/>
        <source>Filter queues</source>
        <translation>Wachtrijen filteren</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="129"/>
        <source>Offers</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="130"/>
        <source>Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it.</source>
        <translation>Chats die u worden aangeboden. Ctrl+Shift+A accepteert het geselecteerde aanbod, Ctrl+Shift+D weigert het.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>My chats</source>
        <translation>Mijn chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat.</source>
        <translation>Ctrl+Tab en Ctrl+Shift+Tab gaan naar de volgende en de vorige chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>Show chats</source>
        <translation>Chats tonen</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>All, only those waiting for your reply, unread or idle ones.</source>
        <translation>Alle, alleen die op uw antwoord wachten, de ongelezen of de inactieve.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="133"/>
        <source>Order of my chats</source>
        <translation>Volgorde van mijn chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Visitors waiting in each queue.</source>
        <translation>Wachtende bezoekers per wachtrij.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="135"/>
        <source>Messages left by visitors</source>
        <translation>Berichten die bezoekers hebben achtergelaten</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>Transcript</source>
        <translation>Gespreksverloop</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>The open chat&apos;s lines, oldest first.</source>
        <translation>De regels van de geopende chat, oudste eerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="137"/>
        <source>Canned response suggestions</source>
        <translation>Voorgestelde standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="138"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="139"/>
        <source>Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an internal note.</source>
        <translation>Enter verzendt, Shift+Enter begint een nieuwe regel, / stelt standaardantwoorden voor, Ctrl+Shift+I maakt er een interne notitie van.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Internal note</source>
        <translation>Interne notitie</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Only agents and supervisors see an internal note.</source>
        <translation>Alleen medewerkers en supervisors zien een interne notitie.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Fields the bot collected</source>
        <translation>Velden die de bot heeft verzameld</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Double-click or Copy puts a value on the clipboard.</source>
        <translation>Dubbelklikken of Kopiëren zet een waarde op het klembord.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="143"/>
        <source>Earlier chats of this customer</source>
        <translation>Eerdere chats van deze klant</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="144"/>
        <source>Enter or a double-click opens the chat&apos;s transcript and fields, read-only.</source>
        <translation>Enter of dubbelklikken opent het gespreksverloop en de velden van de chat, alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="145"/>
        <source>Canned response category</source>
        <translation>Categorie van de standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Search canned responses</source>
        <translation>Standaardantwoorden zoeken</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Enter inserts the selected response.</source>
        <translation>Enter voegt het geselecteerde antwoord in.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="147"/>
        <source>Canned responses</source>
        <translation>Standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Your status</source>
        <translation>Uw status</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Only Available agents are offered new chats.</source>
        <translation>Alleen beschikbare medewerkers krijgen nieuwe chats aangeboden.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="149"/>
        <source>Left message</source>
        <translation>Achtergelaten bericht</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="172"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="173"/>
        <source>New message from %1 in another chat.</source>
        <translation>Nieuw bericht van %1 in een andere chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered. %1</source>
        <translation>Nieuwe chat aangeboden. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered.</source>
        <translation>Nieuwe chat aangeboden.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="191"/>
        <source>Your status is Available.</source>
        <translation>Uw status is Beschikbaar.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="194"/>
        <source>You have as many chats as you can take; no new offers until one ends.</source>
        <translation>U hebt zoveel chats als u aankunt; geen nieuwe aanbiedingen tot er een is afgerond.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="197"/>
        <source>Your status is Away.</source>
        <translation>Uw status is Afwezig.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="198"/>
        <source>Your status was set to Away.</source>
        <translation>Uw status is op Afwezig gezet.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="201"/>
        <source>Your status is Offline.</source>
        <translation>Uw status is Offline.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Vraag de IT-afdeling om het CA-bestand en stel tlsCaFile in.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>Het certificaat van de router is niet geldig voor %1 (het noemt %2). Gebruik het adres dat in het certificaat staat, of vraag de IT-afdeling om een certificaat dat %1 bevat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>geen host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>Het certificaat van de router voor %1 is op %2 verlopen. Vraag de IT-afdeling het te vernieuwen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>Het certificaat van de router voor %1 is pas geldig vanaf %2. Controleer de datum en tijd van deze computer.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>Het certificaat van de router voor %1 wordt niet vertrouwd (zelfondertekend of onbekende certificeringsinstantie). %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="149"/>
        <source>The router&apos;s certificate for %1 was refused: %2</source>
        <translation>Het certificaat van de router voor %1 is geweigerd: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="150"/>
        <source>unknown error</source>
        <translation>onbekende fout</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="206"/>
        <location filename="../src/client/DeskConnection.cpp" line="230"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>“%1” is geen routeradres. Gebruik host:poort, bijvoorbeeld chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="268"/>
        <source>The desk went offline before the router answered.</source>
        <translation>De desk ging offline voordat de router antwoordde.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="329"/>
        <source>The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.</source>
        <translation>Het CA-bestand %1 (tlsCaFile) kan niet worden gelezen of bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="358"/>
        <source>This desk speaks protocol %1, which the router does not support (%2). Please update the desk.</source>
        <translation>Deze desk gebruikt protocol %1, dat de router niet ondersteunt (%2). Werk de desk bij.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="366"/>
        <source>The router did not accept this desk: %1</source>
        <translation>De router heeft deze desk niet geaccepteerd: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="373"/>
        <source>The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT to update the router.</source>
        <translation>De router gebruikt protocol %1, maar deze desk %2. Werk de desk bij of vraag uw IT-afdeling de router bij te werken.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Onjuiste gebruikersnaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Uw aanmelding is verlopen of ingetrokken. Meld u opnieuw aan met uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>De router kon u niet aanmelden: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>De verbinding met de router is verbroken voordat hij antwoordde.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>de verbinding is gesloten</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="493"/>
        <source>Cannot reach the router at %1: %2.</source>
        <translation>De router op %1 is niet bereikbaar: %2.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="580"/>
        <source>Not connected to the router; nothing was sent.</source>
        <translation>Geen verbinding met de router; er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="597"/>
        <source>The router did not answer within %1 seconds.</source>
        <translation>De router heeft niet binnen %1 seconden geantwoord.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSession</name>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="464"/>
        <source>Type a message first.</source>
        <translation>Typ eerst een bericht.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="466"/>
        <source>The message is %1 characters long; the limit is %2. Please shorten it.</source>
        <translation>Het bericht is %1 tekens lang; de limiet is %2. Maak het korter.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="483"/>
        <location filename="../src/client/DeskSession.cpp" line="510"/>
        <source>This chat is not assigned to you any more.</source>
        <translation>Deze chat is niet meer aan u toegewezen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="485"/>
        <location filename="../src/client/DeskSession.cpp" line="512"/>
        <source>You are consulting on %1&apos;s chat: only %1 writes to the visitor.</source>
        <translation>Je overlegt over de chat van %1: alleen %1 schrijft de bezoeker.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="487"/>
        <source>The local cache is not open; nothing was sent.</source>
        <translation>De lokale cache is niet geopend; er is niets verzonden.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="514"/>
        <source>Files can only be sent while the router is reachable.</source>
        <translation>Bestanden kunnen alleen worden verstuurd zolang de router bereikbaar is.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="516"/>
        <source>%1 is empty.</source>
        <translation>%1 is leeg.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="518"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 is groter dan 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="535"/>
        <location filename="../src/client/DeskSession.cpp" line="544"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 is niet verstuurd: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="776"/>
        <source>Already handled by %1.</source>
        <translation>Al afgehandeld door %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Iemand anders heeft dit bericht al afgehandeld.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Dit bericht bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>%1 declined.</source>
        <translation>%1 heeft geweigerd.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>You declined.</source>
        <translation>Je hebt geweigerd.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="142"/>
        <source>The invitation lapsed: %1 did not answer within a minute.</source>
        <translation>De uitnodiging is verlopen: %1 antwoordde niet binnen een minuut.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="143"/>
        <source>The invitation from %1 lapsed.</source>
        <translation>De uitnodiging van %1 is verlopen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="145"/>
        <source>%1 handed the chat to you.</source>
        <translation>%1 heeft de chat aan jou overgedragen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="146"/>
        <source>%1 handed the chat to you: %2</source>
        <translation>%1 heeft de chat aan jou overgedragen: %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="148"/>
        <source>The chat ended, and with it the consult.</source>
        <translation>De chat is beëindigd, en daarmee het overleg.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="150"/>
        <source>The chat went to another agent; the consult ended.</source>
        <translation>De chat ging naar een andere agent; het overleg is beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You withdrew the invitation.</source>
        <translation>Je hebt de uitnodiging ingetrokken.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You ended the consult.</source>
        <translation>Je hebt het overleg beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="154"/>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 heeft de uitnodiging ingetrokken.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="156"/>
        <source>%1 ended the consult.</source>
        <translation>%1 heeft het overleg beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="224"/>
        <source>The consult has not started.</source>
        <translation>Het overleg is nog niet begonnen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="262"/>
        <source>You handed the chat to %1.</source>
        <translation>Je hebt de chat aan %1 overgedragen.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSettings</name>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="68"/>
        <source>Set by your IT department</source>
        <translation>Ingesteld door uw IT-afdeling</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="73"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (ingesteld door uw IT-afdeling)</translation>
    </message>
</context>
<context>
    <name>handoff::EarlierChatDialog</name>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="22"/>
        <source>Earlier chat of %1</source>
        <translation>Eerdere chat van %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="28"/>
        <source>%1 in %2 with %3: %4</source>
        <translation>%1 in %2 met %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="30"/>
        <source>no agent</source>
        <translation>geen agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="32"/>
        <source>rated %1 of 5</source>
        <translation>beoordeeld met %1 van 5</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="33"/>
        <source>“%1”</source>
        <translation>‘%1’</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="36"/>
        <source>&amp;Fields</source>
        <translation>&amp;Velden</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="47"/>
        <source>Fields of the earlier chat</source>
        <translation>Velden van de eerdere chat</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="52"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Gespreksverloop</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="57"/>
        <source>Transcript of the earlier chat</source>
        <translation>Gespreksverloop van de eerdere chat</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="75"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="76"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="77"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="78"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="81"/>
        <source>sent a file %1</source>
        <translation>stuurde een bestand %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="82"/>
        <source>sent a file %1: %2</source>
        <translation>stuurde een bestand %1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="83"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="85"/>
        <source>(internal note) %1</source>
        <translation>(interne notitie) %1</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationChart</name>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="31"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="53"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalaties per onderwerp en aanleiding</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="199"/>
        <source>No escalations in this period.</source>
        <translation>Geen escalaties in deze periode.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="275"/>
        <source>%1: %2 escalations</source>
        <translation>%1: %2 escalaties</translation>
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
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="70"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="72"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationReportWidget</name>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Custom dates</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="45"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalaties per onderwerp en aanleiding</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="72"/>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="113"/>
        <source>Choose at most 366 days.</source>
        <translation>Kies hoogstens 366 dagen.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="118"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="135"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="144"/>
        <source>No escalations to people %1.</source>
        <translation>Geen escalaties naar mensen %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="147"/>
        <source>Escalations to people %1: %2.</source>
        <translation>Escalaties naar mensen %1: %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="150"/>
        <source>Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.</source>
        <translation>Meest voorkomend: %1 (%2). Onderwerpen die altijd bij een mens belanden, zijn de onderwerpen die de bot als eerste moet leren.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="151"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="163"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="159"/>
        <source>No visitor ratings %1.</source>
        <translation>Geen beoordelingen van bezoekers %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="162"/>
        <source>%1: %2 of 5, %3 % satisfied (%n rating(s))</source>
        <translation>
            <numerusform>%1: %2 van 5, %3 % tevreden (%n beoordeling)</numerusform>
            <numerusform>%1: %2 van 5, %3 % tevreden (%n beoordelingen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="171"/>
        <source>Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).</source>
        <translation>
            <numerusform>Beoordelingen van bezoekers %1: %n, gemiddeld %2 van 5, %3 % tevreden (4 of 5).</numerusform>
            <numerusform>Beoordelingen van bezoekers %1: %n, gemiddeld %2 van 5, %3 % tevreden (4 of 5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="174"/>
        <source>By queue: %1.</source>
        <translation>Per wachtrij: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="175"/>
        <source>By agent: %1.</source>
        <translation>Per medewerker: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="186"/>
        <source>escalations-%1-%2.csv</source>
        <translation>escalaties-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="190"/>
        <source>Export escalation report</source>
        <translation>Escalatierapport exporteren</translation>
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
        <translation>%1, geverifieerd</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="39"/>
        <source>%1, verified by the website&apos;s sign-in</source>
        <translation>%1, geverifieerd door de aanmelding op de website</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="41"/>
        <source>%1
Verified by the website&apos;s sign-in</source>
        <translation>%1
Geverifieerd door de aanmelding op de website</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="68"/>
        <source>customer id</source>
        <translation>klant-id</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="78"/>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="80"/>
        <source>language</source>
        <translation>taal</translation>
    </message>
</context>
<context>
    <name>handoff::KpiChart</name>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="38"/>
        <source>Offered, answered and abandoned chats by queue</source>
        <translation>Aangeboden, beantwoorde en afgehaakte chats per wachtrij</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="39"/>
        <source>Service level and average speed of answer by queue</source>
        <translation>Serviceniveau en gemiddelde antwoordsnelheid per wachtrij</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="40"/>
        <source>The same figures are in the table of queues below.</source>
        <translation>Dezelfde cijfers staan in de tabel met wachtrijen hieronder.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="66"/>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="81"/>
        <source>%1 % in %2 s</source>
        <translation>%1 % binnen %2 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="82"/>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="84"/>
        <source>ASA %1 s</source>
        <translation>ASA %1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="166"/>
        <source>No chats in this period.</source>
        <translation>Geen chats in deze periode.</translation>
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
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Offered</source>
        <translation>Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Chats that entered the queue, short abandons left out</source>
        <translation>Chats die de wachtrij binnenkwamen, zonder korte afhakers</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <source>Chats an agent accepted from the queue</source>
        <translation>Chats die een medewerker uit de wachtrij aannam</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Abandoned</source>
        <translation>Afgehaakt</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Visitors who left while waiting, before an agent answered</source>
        <translation>Bezoekers die tijdens het wachten weggingen, voordat een medewerker antwoordde</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandon rate</source>
        <translation>Afhaakpercentage</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandoned ÷ offered</source>
        <translation>Afgehaakt ÷ aangeboden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="92"/>
        <source>Service level</source>
        <translation>Serviceniveau</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="93"/>
        <source>Answered within the queue&apos;s threshold ÷ (answered + abandoned)</source>
        <translation>Beantwoord binnen de drempel van de wachtrij ÷ (beantwoord + afgehaakt)</translation>
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
        <translation>Gemiddelde antwoordsnelheid: van binnenkomst in de wachtrij tot aannemen</translation>
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
        <translation>Gemiddelde afhandeltijd: van aannemen tot sluiten of doorverbinden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Missed offers</source>
        <translation>Gemiste aanbiedingen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Offers that timed out or were declined</source>
        <translation>Aanbiedingen die verliepen of werden afgewezen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Transfers</source>
        <translation>Doorverbindingen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Chats sent on to another queue or agent</source>
        <translation>Chats doorgestuurd naar een andere wachtrij of medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="101"/>
        <location filename="../src/client/KpiReportModel.cpp" line="116"/>
        <source>Satisfied</source>
        <translation>Tevreden</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="102"/>
        <location filename="../src/client/KpiReportModel.cpp" line="117"/>
        <source>Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period</source>
        <translation>Enquête na de chat: beoordelingen van 4 of 5 ÷ beoordelingen gegeven in de periode</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="105"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Chats the agent accepted</source>
        <translation>Chats die de medewerker aannam</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>Average speed of answer of the chats the agent accepted</source>
        <translation>Gemiddelde antwoordsnelheid van de chats die de medewerker aannam</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Handled</source>
        <translation>Afgehandeld</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Chats the agent closed or transferred</source>
        <translation>Chats die de medewerker sloot of doorverbond</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Declined</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Missed offers the agent declined</source>
        <translation>Gemiste aanbiedingen die de medewerker afwees</translation>
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
        <translation>Beantwoord binnen %1 s</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportWidget</name>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="40"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="42"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="43"/>
        <source>Custom dates</source>
        <translation>Eigen periode</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="82"/>
        <source>By &amp;queue</source>
        <translation>Per &amp;wachtrij</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="83"/>
        <source>By a&amp;gent</source>
        <translation>Per &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="107"/>
        <source>The report could not be made: %1</source>
        <translation>Het rapport kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="148"/>
        <source>Choose at most %1 days.</source>
        <translation>Kies hoogstens %1 dagen.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="153"/>
        <location filename="../src/desk/KpiReportWidget.cpp" line="174"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>on %1</source>
        <translation>op %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="185"/>
        <source>All queues %1 (days of the router&apos;s time zone, %2): %3 offered, %4 answered, %5 abandoned (%6); service level %7, ASA %8, AHT %9.</source>
        <translation>Alle wachtrijen %1 (dagen in de tijdzone van de router, %2): %3 aangeboden, %4 beantwoord, %5 afgehaakt (%6); serviceniveau %7, ASA %8, AHT %9.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="192"/>
        <source>Visitors who left within %1 s are not counted.</source>
        <translation>Bezoekers die binnen %1 s weggingen, tellen niet mee.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="204"/>
        <source>kpi-%1-%2.csv</source>
        <translation>kpi-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="206"/>
        <source>Export KPI report</source>
        <translation>KPI-rapport exporteren</translation>
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
    <name>handoff::LoginDialog</name>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="19"/>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="117"/>
        <source>No system keychain is available: your password will not be remembered.</source>
        <translation>Geen sleutelbos van het systeem beschikbaar: uw wachtwoord wordt niet onthouden.</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="260"/>
        <source>Unread first</source>
        <translation>Ongelezen eerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="259"/>
        <source>Waiting first</source>
        <translation>Onbeantwoord eerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="191"/>
        <source>Consult request. %1</source>
        <translation>Verzoek om overleg. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="261"/>
        <source>Quietest first</source>
        <translation>Langst inactief eerst</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="262"/>
        <source>As accepted</source>
        <translation>Zoals geaccepteerd</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="272"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="273"/>
        <source>Waiting for me</source>
        <translation>Onbeantwoord</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="274"/>
        <source>Unread</source>
        <translation>Ongelezen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="275"/>
        <source>Idle (%1 min)</source>
        <translation>Inactief (%1 min)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="381"/>
        <source>To send with the next Send: %1</source>
        <translation>Gaat mee met de volgende Verstuur: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="398"/>
        <source>Select a field to copy.</source>
        <translation>Selecteer een veld om te kopiëren.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="402"/>
        <source>Copied %1.</source>
        <translation>%1 gekopieerd.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="409"/>
        <source>%1: none</source>
        <translation>%1: geen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="410"/>
        <source>%1: the latest %2</source>
        <translation>%1: de laatste %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="470"/>
        <source>New personal canned response</source>
        <translation>Nieuw eigen standaardantwoord</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="484"/>
        <location filename="../src/desk/MainWindow.cpp" line="706"/>
        <source>Could not change your status: %1</source>
        <translation>Kan uw status niet wijzigen: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="489"/>
        <source>Local cache</source>
        <translation>Lokale cache</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="537"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="538"/>
        <source>&amp;Search transcripts…</source>
        <translation>&amp;Gesprekken doorzoeken…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="540"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="541"/>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="543"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="544"/>
        <source>&amp;Accept offer</source>
        <translation>Chat &amp;accepteren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="546"/>
        <source>&amp;Decline offer</source>
        <translation>Chat &amp;weigeren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="548"/>
        <source>&amp;Next chat</source>
        <translation>&amp;Volgende chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="549"/>
        <source>&amp;Previous chat</source>
        <translation>Vo&amp;rige chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="550"/>
        <source>Next chat waiting for a rep&amp;ly</source>
        <translation>Volgende chat die op antw&amp;oord wacht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="552"/>
        <source>&amp;Write a message</source>
        <translation>&amp;Bericht schrijven</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="553"/>
        <source>Attach a &amp;file…</source>
        <translation>Bestand bi&amp;jvoegen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="555"/>
        <source>Toggle &amp;internal note</source>
        <translation>&amp;Interne notitie aan/uit</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="558"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Doorverbinden…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="560"/>
        <source>&amp;Consult a colleague…</source>
        <translation>&amp;Collega raadplegen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="562"/>
        <source>&amp;End chat…</source>
        <translation>Chat b&amp;eëindigen…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="563"/>
        <source>E&amp;xport the chat as PDF…</source>
        <translation>Chat e&amp;xporteren als pdf…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="565"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="566"/>
        <source>&amp;Offers</source>
        <translation>&amp;Aangeboden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="570"/>
        <source>&amp;My chats</source>
        <translation>&amp;Mijn chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="574"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Gespreksverloop</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="578"/>
        <source>&amp;Fields</source>
        <translation>&amp;Velden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="582"/>
        <source>&amp;Canned responses</source>
        <translation>&amp;Standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="587"/>
        <source>M&amp;essages left by visitors</source>
        <translation>&amp;Berichten van bezoekers</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="593"/>
        <source>&amp;Reply to the left message by email</source>
        <translation>&amp;Per e-mail antwoorden op het achtergelaten bericht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="597"/>
        <source>Copy the visitor&apos;s e&amp;mail address</source>
        <translation>E-&amp;mailadres van de bezoeker kopiëren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="601"/>
        <source>Mark the left message &amp;handled</source>
        <translation>Achtergelaten bericht als a&amp;fgehandeld markeren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="604"/>
        <source>&amp;Show handled messages</source>
        <translation>Afgehandelde berichten &amp;tonen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="608"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="609"/>
        <source>&amp;Available</source>
        <translation>&amp;Beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="611"/>
        <source>A&amp;way</source>
        <translation>A&amp;fwezig</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="612"/>
        <source>&amp;Offline</source>
        <translation>&amp;Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="615"/>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="616"/>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Supervisoroverzicht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="621"/>
        <source>&amp;Light theme</source>
        <translation>&amp;Licht thema</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="622"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Donker thema</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="631"/>
        <source>&amp;Sound on new offers</source>
        <translation>&amp;Geluid bij nieuwe chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="639"/>
        <source>Desktop &amp;notifications on new offers and messages</source>
        <translation>Bureaublad&amp;meldingen bij nieuwe chats en berichten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="671"/>
        <source>&amp;Help</source>
        <translation>Hel&amp;p</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="672"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="674"/>
        <source>&amp;Find an action…</source>
        <translation>&amp;Actie zoeken…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="693"/>
        <source>Your status: only Available agents are offered new chats</source>
        <translation>Uw status: alleen beschikbare medewerkers krijgen nieuwe chats aangeboden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="694"/>
        <source>● Available</source>
        <translation>● Beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="695"/>
        <source>◐ Away</source>
        <translation>◐ Afwezig</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="696"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="718"/>
        <source>Connected to %1</source>
        <translation>Verbonden met %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="720"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="722"/>
        <source>Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.</source>
        <translation>Router onbereikbaar — nieuwe poging over %1 s. Uw berichten blijven bewaard en worden verzonden zodra hij terug is.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="725"/>
        <source>Signed out. %1</source>
        <translation>Afgemeld. %1</translation>
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
        <translation>Verbinding met de router verbroken — opnieuw verbinden… Wat u verzendt, blijft bewaard en gaat weg zodra hij terug is.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="781"/>
        <source>Load %1 / %2 (full)</source>
        <translation>Belasting %1 / %2 (vol)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="782"/>
        <source>Load %1 / %2</source>
        <translation>Belasting %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="790"/>
        <source>You were set to Away after missed offers. Set yourself Available when you are back.</source>
        <translation>U bent na gemiste aanbiedingen op Afwezig gezet. Zet uzelf op Beschikbaar wanneer u terug bent.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="794"/>
        <source>You are Away</source>
        <translation>U bent afwezig</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers (%1)</source>
        <translation>Aangeboden (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers</source>
        <translation>Aangeboden</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <source>Chats (%n offered)</source>
        <translation>
            <numerusform>Chats (%n aangeboden)</numerusform>
            <numerusform>Chats (%n aangeboden)</numerusform>
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
        <translation>Berichten (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="834"/>
        <source>Messages visitors left while nobody could chat (Alt+5)</source>
        <translation>Berichten die bezoekers achterlieten toen niemand kon chatten (Alt+5)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="864"/>
        <source>Choose a message on the left.</source>
        <translation>Kies links een bericht.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="865"/>
        <source>No messages are waiting. Visitors leave one when nobody can chat with them; it appears here at once.</source>
        <translation>Er wachten geen berichten. Bezoekers laten er een achter als niemand met hen kan chatten; het verschijnt dan meteen hier.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="877"/>
        <source>Choose a message under Messages (Alt+5) first.</source>
        <translation>Kies eerst een bericht onder Berichten (Alt+5).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="885"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="891"/>
        <source>The message from %1 is marked handled.</source>
        <translation>Het bericht van %1 is als afgehandeld gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="892"/>
        <source>Could not mark the message handled: %1</source>
        <translation>Kan het bericht niet als afgehandeld markeren: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="904"/>
        <source>%1 (%2 unread) — %3</source>
        <translation>%1 (%2 ongelezen) — %3</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="905"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="910"/>
        <source>%1 of %2 shown</source>
        <translation>%1 van %2 getoond</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="911"/>
        <source>My chats (%1, %2 waiting for a reply)</source>
        <translation>Mijn chats (%1, %2 onbeantwoord)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="912"/>
        <source>My chats (%1)</source>
        <translation>Mijn chats (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="966"/>
        <source>Needs the connection to the router</source>
        <translation>Vereist de verbinding met de router</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="973"/>
        <source>No chat open</source>
        <translation>Geen chat geopend</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="975"/>
        <source>Choose a chat on the left (Ctrl+Tab goes to the next one).</source>
        <translation>Kies links een chat (Ctrl+Tab gaat naar de volgende).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="976"/>
        <source>New chats appear under Offers. Accept one with Ctrl+Shift+A.</source>
        <translation>Nieuwe chats verschijnen onder Aangeboden. Accepteer er een met Ctrl+Shift+A.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="980"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — ended</source>
        <translation> — beëindigd</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="988"/>
        <source> — consulting for %1</source>
        <translation> — overleg voor %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="990"/>
        <source> — offered to you, accept to answer</source>
        <translation> — aan u aangeboden, accepteer om te antwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="994"/>
        <source>Read-only: %1 answers the visitor. Write to %1 in the consult panel.</source>
        <translation>Alleen lezen: %1 antwoordt de bezoeker. Schrijf %1 in het overlegpaneel.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1086"/>
        <source>Files go to the visitor: switch off the internal note to send them.</source>
        <translation>Bestanden gaan naar de bezoeker: zet de interne notitie uit om ze te versturen.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1095"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 is groter dan 10 MB.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1099"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet gelezen worden: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1278"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Deze chat heeft al een overleg; beëindig dat eerst.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1286"/>
        <source>Could not ask the colleague: %1</source>
        <translation>De collega kon niet worden geraadpleegd: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1315"/>
        <source>Consult requests</source>
        <translation>Verzoeken om overleg</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1317"/>
        <source>Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D declines it.</source>
        <translation>Collega’s die je over hun chats raadplegen. Ctrl+Shift+A accepteert het gekozen verzoek, Ctrl+Shift+D weigert het.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1320"/>
        <source>Accept consult</source>
        <translation>Overleg accepteren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1322"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1323"/>
        <source>Decline consult</source>
        <translation>Overleg weigeren</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1325"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1346"/>
        <source>Consult requests (%1)</source>
        <translation>Verzoeken om overleg (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1379"/>
        <source>Could not accept the consult: %1</source>
        <translation>Het overleg kon niet worden geaccepteerd: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1396"/>
        <source>Could not decline the consult: %1</source>
        <translation>Het overleg kon niet worden geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1447"/>
        <source>Open one of your chats to send a file.</source>
        <translation>Open een van uw chats om een bestand te versturen.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1450"/>
        <source>Attach a file</source>
        <translation>Bestand bijvoegen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1472"/>
        <source>File %1</source>
        <translation>Bestand %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1475"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1476"/>
        <source>&amp;Save as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1482"/>
        <source>Save the file</source>
        <translation>Bestand opslaan</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1490"/>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1495"/>
        <source>%1 cannot be saved as %2.</source>
        <translation>%1 kan niet worden opgeslagen als %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1498"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1510"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1522"/>
        <source>%1 cannot be opened.</source>
        <translation>%1 kan niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1527"/>
        <source>No program to show %1 was found.</source>
        <translation>Er is geen programma gevonden om %1 te tonen.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1779"/>
        <source>The earlier chat cannot be shown: %1</source>
        <translation>De eerdere chat kan niet worden getoond: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — the visitor left</source>
        <translation> — de bezoeker is vertrokken</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="998"/>
        <source>Queue: %1.</source>
        <translation>Wachtrij: %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1002"/>
        <source>%1 is typing…</source>
        <translation>%1 typt…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1033"/>
        <source>No chat is offered to you right now.</source>
        <translation>Er wordt u op dit moment geen chat aangeboden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1040"/>
        <source>Could not accept the chat: %1</source>
        <translation>Kan de chat niet accepteren: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1065"/>
        <source>Could not decline the chat: %1</source>
        <translation>Kan de chat niet weigeren: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1077"/>
        <source>Fill in %1 before sending.</source>
        <translation>Vul %1 in voordat u verzendt.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1135"/>
        <source>Internal note — only agents and supervisors see it</source>
        <translation>Interne notitie — alleen medewerkers en supervisors zien deze</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1136"/>
        <source>Message to the visitor — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Bericht aan de bezoeker — Enter verzendt, Shift+Enter voor een nieuwe regel, / voor standaardantwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Send</source>
        <translation>Verzenden</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1161"/>
        <source>Adds the note to the chat; the visitor does not see it</source>
        <translation>Voegt de notitie toe aan de chat; de bezoeker ziet deze niet</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1162"/>
        <source>Sends the message to the visitor</source>
        <translation>Verzendt het bericht naar de bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1178"/>
        <source>Not known: %1 — replace the marked text before sending.</source>
        <translation>Onbekend: %1 — vervang de gemarkeerde tekst voordat u verzendt.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1181"/>
        <source>Internal note: the visitor will not see this.</source>
        <translation>Interne notitie: de bezoeker ziet dit niet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1183"/>
        <source>To the visitor.</source>
        <translation>Aan de bezoeker.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1214"/>
        <source>No chat is waiting for your reply.</source>
        <translation>Er wacht geen chat op uw antwoord.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1232"/>
        <source>Not connected to the router: this waits until the connection is back.</source>
        <translation>Geen verbinding met de router: dit wacht tot de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1245"/>
        <source>Chat transferred.</source>
        <translation>Chat doorverbonden.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1246"/>
        <source>Could not transfer the chat: %1</source>
        <translation>Kan de chat niet doorverbinden: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1412"/>
        <source>The router is not reachable.</source>
        <translation>De router is niet bereikbaar.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Chat ended.</source>
        <translation>Chat beëindigd.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Could not end the chat: %1</source>
        <translation>Kan de chat niet beëindigen: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1535"/>
        <source>Open a chat to export it.</source>
        <translation>Open een chat om hem te exporteren.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1538"/>
        <location filename="../src/desk/MainWindow.cpp" line="1560"/>
        <source>Export the chat as PDF</source>
        <translation>Chat exporteren als pdf</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1539"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1563"/>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1593"/>
        <source>Board</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1661"/>
        <source>Not known: %1</source>
        <translation>Onbekend: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1662"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (Enter or Tab inserts, Esc closes):</source>
        <translation>&lt;b&gt;Voorbeeld&lt;/b&gt; (Enter of Tab voegt in, Esc sluit):</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1692"/>
        <source>Open one of your chats first.</source>
        <translation>Open eerst een van uw chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1727"/>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
</context>
<context>
    <name>handoff::MonitorView</name>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="25"/>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Stoppen met meekijken</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="26"/>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Join conversation</source>
        <translation>Aan gesprek &amp;deelnemen</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="28"/>
        <source>Se&amp;nd</source>
        <translation>Verze&amp;nden</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="46"/>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Monitored transcript (read-only)</source>
        <translation>Meegekeken gespreksverloop (alleen lezen)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="49"/>
        <source>Take part visibly: the visitor and the agent see that you joined and read your lines. The agent keeps the chat.</source>
        <translation>Zichtbaar deelnemen: de bezoeker en de agent zien dat u deelneemt en lezen uw regels. De agent houdt de chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="52"/>
        <source>Your line to the visitor and the agent</source>
        <translation>Uw regel aan de bezoeker en de agent</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="53"/>
        <source>Write to the visitor and the agent…</source>
        <translation>Schrijf aan de bezoeker en de agent…</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="56"/>
        <source>Send your line</source>
        <translation>Uw regel verzenden</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="131"/>
        <source>The chat has ended; monitoring stopped.</source>
        <translation>De chat is beëindigd; het meekijken is gestopt.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="132"/>
        <source>Monitoring stopped.</source>
        <translation>Meekijken gestopt.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Leave conversation</source>
        <translation>Gesprek &amp;verlaten</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Transcript of the chat you joined</source>
        <translation>Verloop van de chat waaraan u deelneemt</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="202"/>
        <location filename="../src/desk/MonitorView.cpp" line="222"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="203"/>
        <source>%1 (ended)</source>
        <translation>%1 (beëindigd)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="223"/>
        <source>Monitoring %1</source>
        <translation>Meekijken: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="229"/>
        <source>%1 · %2 — you joined: the visitor and the agent see your lines.</source>
        <translation>%1 · %2 — u neemt deel: de bezoeker en de agent zien uw regels.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="232"/>
        <source>%1 · %2 — read-only: the visitor and the agent do not see you.</source>
        <translation>%1 · %2 — alleen lezen: de bezoeker en de medewerker zien u niet.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>No agent</source>
        <translation>Geen medewerker</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>Agent: %1</source>
        <translation>Medewerker: %1</translation>
    </message>
</context>
<context>
    <name>handoff::MyChatsModel</name>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="31"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="95"/>
        <source>consulting for %1</source>
        <translation>overleg voor %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/client/MyChatsModel.cpp" line="97"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="99"/>
        <source>the visitor left</source>
        <translation>de bezoeker is vertrokken</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="103"/>
        <source>waiting for your reply for 1 minute</source>
        <translation>wacht al 1 minuut op uw antwoord</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="104"/>
        <source>waiting for your reply for %1 minutes</source>
        <translation>wacht al %1 minuten op uw antwoord</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="106"/>
        <source>waiting for your reply</source>
        <translation>wacht op uw antwoord</translation>
    </message>
</context>
<context>
    <name>handoff::OfferModel</name>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="45"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>%1 · %2 · %3 s left</source>
        <translation>%1 · %2 · nog %3 s</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>no topic</source>
        <translation>geen onderwerp</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="81"/>
        <source>Offer: %1</source>
        <translation>Aanbod: %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="84"/>
        <source>topic %1</source>
        <translation>onderwerp %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="88"/>
        <source>queue %1</source>
        <translation>wachtrij %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>1 second left to accept</source>
        <translation>nog 1 seconde om te accepteren</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>%1 seconds left to accept</source>
        <translation>nog %1 seconden om te accepteren</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting 1 minute</source>
        <translation>wacht al 1 minuut</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting %1 minutes</source>
        <translation>wacht al %1 minuten</translation>
    </message>
</context>
<context>
    <name>handoff::OfferNotifier</name>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="88"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="146"/>
        <source>A visitor</source>
        <translation>Een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="90"/>
        <source>%1 is waiting for you.</source>
        <translation>%1 wacht op u.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="91"/>
        <source>%1 is waiting for you (%2).</source>
        <translation>%1 wacht op u (%2).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="98"/>
        <source>New chat offered</source>
        <translation>Nieuwe chat aangeboden</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Decline</source>
        <translation>Weigeren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="100"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="131"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="155"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="162"/>
        <source>Open Handoff Desk</source>
        <translation>Handoff Desk openen</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="123"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="125"/>
        <source>%1 asks you about the chat with %2.</source>
        <translation>%1 raadpleegt je over de chat met %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="126"/>
        <source>%1 asks you about the chat with %2 (%3).</source>
        <translation>%1 raadpleegt je over de chat met %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="129"/>
        <source>Consult request</source>
        <translation>Verzoek om overleg</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message.</source>
        <translation>%1 heeft een bericht achtergelaten.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message in %2.</source>
        <translation>%1 heeft een bericht achtergelaten in %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="154"/>
        <source>New message left</source>
        <translation>Nieuw bericht achtergelaten</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk — %n unread</source>
        <translation>
            <numerusform>Handoff Desk — %n ongelezen</numerusform>
            <numerusform>Handoff Desk — %n ongelezen</numerusform>
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
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="96"/>
        <source>Handled by %1</source>
        <translation>Afgehandeld door %1</translation>
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
        <translation>Per e-mail &amp;antwoorden</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="85"/>
        <source>Cop&amp;y email</source>
        <translation>E-mail &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="87"/>
        <source>Mark &amp;handled</source>
        <translation>Als afgehandeld &amp;markeren</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="89"/>
        <source>Mark handled (Ctrl+Shift+H): the message leaves every agent&apos;s list</source>
        <translation>Als afgehandeld markeren (Ctrl+Shift+H): het bericht verdwijnt uit de lijst van alle medewerkers</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="101"/>
        <source>Email:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="102"/>
        <source>Left:</source>
        <translation>Achtergelaten:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="103"/>
        <source>Queue:</source>
        <translation>Wachtrij:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="104"/>
        <source>Topic:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="105"/>
        <source>Page:</source>
        <translation>Pagina:</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="110"/>
        <source>Collected by the bot</source>
        <translation>Verzameld door de bot</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="119"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="153"/>
        <source>Re: your message</source>
        <translation>Re: uw bericht</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="167"/>
        <source>Choose a message on the left.</source>
        <translation>Kies links een bericht.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="172"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="173"/>
        <source>(none given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="182"/>
        <source>Handled by %1 on %2.</source>
        <translation>Afgehandeld door %1 op %2.</translation>
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
        <translation>De bezoeker heeft geen e-mailadres opgegeven waar een antwoord naartoe kan.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="244"/>
        <source>No e-mail program could be opened. Copy the address with Copy email instead.</source>
        <translation>Er kon geen e-mailprogramma worden geopend. Kopieer het adres in plaats daarvan met E-mail kopiëren.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="252"/>
        <source>Copied %1.</source>
        <translation>%1 gekopieerd.</translation>
    </message>
</context>
<context>
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Het bericht kon niet op deze computer worden opgeslagen (%1); het is niet verzonden.</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="37"/>
        <source>%1 (closed)</source>
        <translation>%1 (gesloten)</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="51"/>
        <source>%1: %2 waiting, longest %3, %4 agents available</source>
        <translation>%1: %2 wachtend, langste wachttijd %3, %4 medewerkers beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="69"/>
        <source>Longest</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="71"/>
        <source>Agents free</source>
        <translation>Beschikbaar</translation>
    </message>
</context>
<context>
    <name>handoff::ReassignDialog</name>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="20"/>
        <source>the visitor</source>
        <translation>de bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="23"/>
        <source>Reassign chat to %1</source>
        <translation>Chat toewijzen aan %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="25"/>
        <source>Give the chat with %1 to %2?</source>
        <translation>De chat met %1 aan %2 geven?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="26"/>
        <source>Move the chat with %1 from %2 to %3?</source>
        <translation>De chat met %1 van %2 naar %3 verplaatsen?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="28"/>
        <source>%1 gets the whole history and the bot&apos;s fields; %2 sees the new agent join.</source>
        <translation>%1 krijgt het volledige gespreksverloop en de velden van de bot; %2 ziet de nieuwe medewerker binnenkomen.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="29"/>
        <location filename="../src/desk/ReassignDialog.cpp" line="36"/>
        <source>The chat leaves %1&apos;s desk at once.</source>
        <translation>De chat verdwijnt meteen van de desk van %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="30"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Opnieuw toewijzen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="32"/>
        <source>Move chat to queue %1</source>
        <translation>Chat naar wachtrij %1 verplaatsen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="33"/>
        <source>Move the chat with %1 to the queue %2?</source>
        <translation>De chat met %1 naar de wachtrij %2 verplaatsen?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="35"/>
        <source>It waits there with its original place in line and is offered to the next free agent.</source>
        <translation>De chat wacht daar op zijn oorspronkelijke plek in de rij en wordt aan de volgende vrije medewerker aangeboden.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="37"/>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
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
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="50"/>
        <source>&amp;to</source>
        <translation>t&amp;ot</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="116"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
</context>
<context>
    <name>handoff::SearchDialog</name>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="24"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="51"/>
        <source>Signed-in &amp;customers (every chat, from the router):</source>
        <translation>Aangemelde &amp;klanten (alle chats, van de router):</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="57"/>
        <source>Conversations of signed-in customers</source>
        <translation>Gesprekken van aangemelde klanten</translation>
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
        <translation>%1, %2, klant %3: %4</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="103"/>
        <source>No signed-in customer matches “%1”.</source>
        <translation>Geen aangemelde klant komt overeen met ‘%1’.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="105"/>
        <source>The latest %1 chats; refine the search to see others.</source>
        <translation>De laatste %1 chats; verfijn de zoekopdracht om andere te zien.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="106"/>
        <source>Chats found: %1. Enter opens one, read-only.</source>
        <translation>Gevonden chats: %1. Enter opent er een, alleen-lezen.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="158"/>
        <source>Chat with %1 · %2
%3</source>
        <translation>Chat met %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="159"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="169"/>
        <source>No transcript on this computer contains “%1”.</source>
        <translation>Geen enkel gesprek op deze computer bevat “%1”.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="172"/>
        <source>Lines found: %1. Down goes to the list, Enter opens the chat.</source>
        <translation>Gevonden regels: %1. Pijl omlaag gaat naar de lijst, Enter opent de chat.</translation>
    </message>
</context>
<context>
    <name>handoff::ShortcutOverview</name>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="59"/>
        <source>Find an action</source>
        <translation>Actie zoeken</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="57"/>
        <source>Part of an action&apos;s name or its keys, e.g. chat or Ctrl+J</source>
        <translation>Deel van de naam van een actie of van de toetsen, bijv. chat of Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="60"/>
        <source>Up and Down choose an action, Enter runs it.</source>
        <translation>Pijl-omhoog en pijl-omlaag kiezen een actie, Enter voert die uit.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="78"/>
        <source>Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new line in the message; Alt and an underlined letter go to that field or button.</source>
        <translation>Enter voert de gekozen actie uit. Verder: in het bericht verzendt Enter en begint Shift+Enter een nieuwe regel; Alt en een onderstreepte letter gaan naar het bijbehorende veld of de bijbehorende knop.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="132"/>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="143"/>
        <source>%1 (not possible now)</source>
        <translation>%1 (nu niet mogelijk)</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="149"/>
        <source>%1, no key, in %2</source>
        <translation>%1, geen toets, in %2</translation>
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
        <translation>Geen verbinding met de router.</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoardWidget</name>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="31"/>
        <source>Available</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="33"/>
        <source>Busy</source>
        <translation>Bezet</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="35"/>
        <source>Away</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="37"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="71"/>
        <source>Queues</source>
        <translation>Wachtrijen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="72"/>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="73"/>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="105"/>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalaties</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="108"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI&apos;s</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="111"/>
        <source>Au&amp;dit log</source>
        <translation>Au&amp;ditlog</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="114"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="201"/>
        <source>the visitor</source>
        <translation>de bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="213"/>
        <source>Reassigning the chat with %1 to %2…</source>
        <translation>De chat met %1 wordt toegewezen aan %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="216"/>
        <source>Moving the chat with %1 to %2…</source>
        <translation>De chat met %1 wordt verplaatst naar %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="227"/>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="241"/>
        <source>That chat has ended or is no longer on the board.</source>
        <translation>Die chat is beëindigd of staat niet meer in het overzicht.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="231"/>
        <source>%1 already has the chat with %2.</source>
        <translation>%1 heeft de chat met %2 al.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="267"/>
        <source>Read-only view of a live chat</source>
        <translation>Alleen-lezenweergave van een lopende chat</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="294"/>
        <source>Force close chat</source>
        <translation>Chat geforceerd sluiten</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="295"/>
        <source>End the chat with %1 now? The visitor reads “A supervisor ended the chat.”
Reason for the audit log (optional):</source>
        <translation>De chat met %1 nu beëindigen? De bezoeker leest “Een supervisor heeft de chat beëindigd.”
Reden voor het auditlog (optioneel):</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="301"/>
        <source>&amp;Force close</source>
        <translation>&amp;Geforceerd sluiten</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="303"/>
        <source>Closing the chat with %1…</source>
        <translation>De chat met %1 wordt gesloten…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="311"/>
        <source>Setting %1 to %2…</source>
        <translation>%1 wordt op %2 gezet…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="322"/>
        <source>Reassign to &amp;agent</source>
        <translation>Toewijzen aan &amp;medewerker</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="326"/>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="332"/>
        <source>Move to &amp;queue</source>
        <translation>Naar &amp;wachtrij verplaatsen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="334"/>
        <source>%1 (closed)</source>
        <translation>%1 (gesloten)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="339"/>
        <source>&amp;Monitor</source>
        <translation>Mee&amp;kijken</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="341"/>
        <source>&amp;Force close…</source>
        <translation>&amp;Geforceerd sluiten…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="352"/>
        <source>Set &amp;presence</source>
        <translation>&amp;Aanwezigheid instellen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="358"/>
        <source>Show their &amp;chats</source>
        <translation>&amp;Chats tonen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="371"/>
        <source>Show its &amp;chats</source>
        <translation>&amp;Chats tonen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="385"/>
        <source>Could not do that: %1</source>
        <translation>Dat is niet gelukt: %1</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="389"/>
        <source>Reassigned the chat with %1.</source>
        <translation>De chat met %1 is opnieuw toegewezen.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="391"/>
        <source>Closed the chat.</source>
        <translation>Chat gesloten.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="393"/>
        <source>Presence of %1 changed.</source>
        <translation>Aanwezigheid van %1 gewijzigd.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues (%1 waiting)</source>
        <translation>&amp;Wachtrijen (%1 wachtend)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues</source>
        <translation>&amp;Wachtrijen</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="448"/>
        <source>&amp;Agents (%1 signed in)</source>
        <translation>&amp;Medewerkers (%1 aangemeld)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="451"/>
        <source>&amp;Conversations (%1)</source>
        <translation>&amp;Gesprekken (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="452"/>
        <source>&amp;Conversations (%1 of %2)</source>
        <translation>&amp;Gesprekken (%1 van %2)</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptDelegate</name>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="67"/>
        <source>Handoff · %1</source>
        <translation>Overdracht · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="72"/>
        <source>You</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="76"/>
        <source>%1 (bot)</source>
        <translation>%1 (bot)</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="82"/>
        <source>Internal note · %1</source>
        <translation>Interne notitie · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="86"/>
        <source> · waiting to send</source>
        <translation> · wacht op verzending</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="89"/>
        <source> · sent ✓</source>
        <translation> · verzonden ✓</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="92"/>
        <source> · not sent: %1</source>
        <translation> · niet verzonden: %1</translation>
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
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="156"/>
        <source>sent a file %1</source>
        <translation>stuurde een bestand %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="194"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="196"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="200"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="138"/>
        <location filename="../src/client/TranscriptModel.cpp" line="253"/>
        <source>Handoff</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="96"/>
        <source>file</source>
        <translation>bestand</translation>
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
        <translation>U</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="142"/>
        <source>Visitor %1</source>
        <translation>Bezoeker %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="146"/>
        <source>Consult, %1</source>
        <translation>Overleg, %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="148"/>
        <source>%1 (internal note)</source>
        <translation>%1 (interne notitie)</translation>
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
        <translation>%1 — wordt verzonden</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="166"/>
        <source>%1 — not sent</source>
        <translation>%1 — niet verzonden</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="167"/>
        <source>%1 — not sent: %2</source>
        <translation>%1 — niet verzonden: %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="207"/>
        <source>the visitor asked for a person</source>
        <translation>de bezoeker vroeg om een mens</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="209"/>
        <source>the bot did not understand the visitor</source>
        <translation>de bot begreep de bezoeker niet</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="211"/>
        <source>the visitor seemed frustrated</source>
        <translation>de bezoeker leek gefrustreerd</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="213"/>
        <source>a topic that always goes to a person</source>
        <translation>een onderwerp dat altijd naar een mens gaat</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="215"/>
        <source>handed over by an external bot</source>
        <translation>overgedragen door een externe bot</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="242"/>
        <source>Handed over to a person: %1.</source>
        <translation>Overgedragen aan een mens: %1.</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="243"/>
        <source>Handed over to a person: %1 (%2).</source>
        <translation>Overgedragen aan een mens: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptPdf</name>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5</source>
        <translation>Beoordeeld met %1/5</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5: %2</source>
        <translation>Beoordeeld met %1/5: %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>Chat with %1</source>
        <translation>Chat met %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>a visitor</source>
        <translation>een bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="38"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="39"/>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="40"/>
        <source>Agent</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="41"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="42"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="43"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="45"/>
        <source>Handoff reason</source>
        <translation>Reden van overdracht</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="50"/>
        <source>Visitor&apos;s rating</source>
        <translation>Beoordeling van de bezoeker</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="55"/>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="59"/>
        <source>internal note</source>
        <translation>interne notitie</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
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
        <translation>&amp;Doorverbinden</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="28"/>
        <source>%1 — %2 waiting, %3 free</source>
        <translation>%1 — %2 wachtend, %3 vrij</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="32"/>
        <source>General (default)</source>
        <translation>Algemeen (standaard)</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="39"/>
        <source>Find an agent</source>
        <translation>Medewerker zoeken</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="41"/>
        <source>Type part of a name; Up and Down choose among the colleagues who can take the chat.</source>
        <translation>Typ een deel van een naam; pijl-omhoog en pijl-omlaag kiezen uit de collega&apos;s die de chat kunnen overnemen.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="42"/>
        <source>Agents</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="44"/>
        <source>Colleagues with their status and chats; offline, away and full ones cannot be chosen.</source>
        <translation>Collega&apos;s met hun status en chats; wie offline, afwezig of vol is, kan niet worden gekozen.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="45"/>
        <source>Asking the router who is available…</source>
        <translation>De router wordt gevraagd wie beschikbaar is…</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="67"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="75"/>
        <source>Consult a colleague</source>
        <translation>Collega raadplegen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="81"/>
        <source>&amp;Ask</source>
        <translation>&amp;Vragen</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="82"/>
        <source>Colleagues</source>
        <translation>Collega’s</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="84"/>
        <source>Agents and supervisors with their status; offline ones cannot be chosen.</source>
        <translation>Agents en supervisors met hun status; offline collega’s kunnen niet worden gekozen.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="103"/>
        <source>User name, e.g. bob</source>
        <translation>Gebruikersnaam, bijv. bob</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="105"/>
        <source>Could not ask the router who is available: %1 Type the colleague&apos;s user name instead.</source>
        <translation>Kan de router niet vragen wie beschikbaar is: %1 Typ in plaats daarvan de gebruikersnaam van de collega.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="142"/>
        <source>There is no other agent.</source>
        <translation>Er is geen andere medewerker.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="144"/>
        <source>Nobody else is signed in now.</source>
        <translation>Er is nu niemand anders aangemeld.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="145"/>
        <source>Colleagues signed in now: %n.</source>
        <translation>
            <numerusform>Collega’s nu aangemeld: %n.</numerusform>
            <numerusform>Collega’s nu aangemeld: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="147"/>
        <source>No colleague matches “%1”.</source>
        <translation>Geen collega komt overeen met “%1”.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="149"/>
        <source>Nobody here can take a chat now; transfer to a queue instead.</source>
        <translation>Niemand hier kan nu een chat overnemen; verbind in plaats daarvan door naar een wachtrij.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="151"/>
        <source>Colleagues who can take the chat now: %n.</source>
        <translation>
            <numerusform>%n collega kan de chat nu overnemen.</numerusform>
            <numerusform>%n collega&apos;s kunnen de chat nu overnemen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handoff::WebhookDeliveryModel</name>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="40"/>
        <source>%1 (bot callback)</source>
        <translation>%1 (terugmelding aan de bot)</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="43"/>
        <source>Delivered %1</source>
        <translation>Afgeleverd %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="45"/>
        <source>Given up</source>
        <translation>Opgegeven</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="46"/>
        <source>Pending, next attempt %1</source>
        <translation>Wacht, volgende poging %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="68"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="70"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="72"/>
        <source>Sent to</source>
        <translation>Verstuurd naar</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="74"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="76"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="78"/>
        <source>Last answer</source>
        <translation>Laatste antwoord</translation>
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
        <translation>Chat &amp;beëindigen</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="17"/>
        <source>Resolved</source>
        <translation>Opgelost</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="18"/>
        <source>Not resolved</source>
        <translation>Niet opgelost</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="19"/>
        <source>Needs follow-up</source>
        <translation>Opvolging nodig</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="20"/>
        <source>Visitor did not respond</source>
        <translation>Bezoeker reageerde niet</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="24"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="56"/>
        <source>The chat could not be ended: %1 Your note is kept; try again.</source>
        <translation>De chat kon niet worden beëindigd: %1 Uw notitie blijft bewaard; probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/desk/main.cpp" line="28"/>
        <source>Handoff Desk: answer the chats a bot hands over.</source>
        <translation>Handoff Desk: beantwoord de chats die een bot overdraagt.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="30"/>
        <source>Environment:
  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and
                         scripts only: it is not remembered, and other programs of the same
                         user can read it. Needs --user (or the user name of the last sign-in).
                         A wrong password opens the login dialog with the error.</source>
        <translation>Omgeving:
  HANDOFF_DESK_PASSWORD  Met dit wachtwoord aanmelden, zonder het aanmeldvenster. Alleen voor demo&apos;s en
                         scripts: het wordt niet onthouden, en andere programma&apos;s van dezelfde
                         gebruiker kunnen het lezen. Vereist --user (of de gebruikersnaam van de laatste aanmelding).
                         Een onjuist wachtwoord opent het aanmeldvenster met de foutmelding.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="39"/>
        <source>Router address, e.g. chat.example.org:8080.</source>
        <translation>Adres van de router, bijv. chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="41"/>
        <source>User name.</source>
        <translation>Gebruikersnaam.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="43"/>
        <source>Language of the desk, e.g. de or en (default: the system&apos;s).</source>
        <translation>Taal van de desk, bijv. de of en (standaard: die van het systeem).</translation>
    </message>
</context>
</TS>

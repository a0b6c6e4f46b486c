<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
    <name>LoginDialog</name>
    <message>
        <location filename="../forms/LoginDialog.ui" line="6"/>
        <source>Sign in to Handoff</source>
        <translation>Connexion à Handoff</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="10"/>
        <source>Sign in with the user name and password your supervisor gave you.</source>
        <translation>Connectez-vous avec le nom d&apos;utilisateur et le mot de passe fournis par votre superviseur.</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="17"/>
        <source>&amp;Router:</source>
        <translation>&amp;Routeur :</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="18"/>
        <source>chat.example.org:8080</source>
        <translation>chat.example.org:8080</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="20"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="22"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location filename="../forms/LoginDialog.ui" line="24"/>
        <source>Re&amp;member me on this computer</source>
        <translation>Rester &amp;connecté sur cet ordinateur</translation>
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
        <translation>Je suis de retour — passer Disponi&amp;ble</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="23"/>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="24"/>
        <source>Dis&amp;miss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="40"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="42"/>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="46"/>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="47"/>
        <source>Dec&amp;line</source>
        <translation>Re&amp;fuser</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="52"/>
        <source>My chats</source>
        <translation>Mes chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="57"/>
        <source>Which of my chats to show</source>
        <translation>Quels chats afficher</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="58"/>
        <source>Order of my chats</source>
        <translation>Ordre de mes chats</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="62"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="67"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="69"/>
        <source>Left by visitors while nobody could chat</source>
        <translation>Laissés par des visiteurs quand personne ne pouvait discuter</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Sh&amp;ow handled</source>
        <translation>&amp;Voir les traités</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="71"/>
        <source>Also list the messages handled in the last 30 days</source>
        <translation>Lister aussi les messages traités ces 30 derniers jours</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="85"/>
        <source>T&amp;ransfer…</source>
        <translation>T&amp;ransférer…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="86"/>
        <source>&amp;End chat…</source>
        <translation>&amp;Terminer le chat…</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="97"/>
        <source>&amp;Internal note</source>
        <translation>&amp;Note interne</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="99"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="100"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="110"/>
        <source>Collected by the bot</source>
        <translation>Recueilli par le bot</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="112"/>
        <source>Cop&amp;y value</source>
        <translation>C&amp;opier la valeur</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="113"/>
        <source>Earlier chats</source>
        <translation>Discussions précédentes</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="115"/>
        <source>Sho&amp;w older chats</source>
        <translation>&amp;Voir les chats plus anciens</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="116"/>
        <source>Canned responses</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="120"/>
        <source>Search responses</source>
        <translation>Rechercher une réponse</translation>
    </message>
    <message>
        <location filename="../forms/MainWindow.ui" line="124"/>
        <source>I&amp;nsert into message</source>
        <translation>Insérer dans le &amp;message</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache local %1 : %2</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="6"/>
        <source>Reassign chat</source>
        <translation>Réattribuer le chat</translation>
    </message>
    <message>
        <location filename="../forms/ReassignDialog.ui" line="10"/>
        <source>&amp;Note for the agent who takes it (optional, not shown to the visitor):</source>
        <translation>&amp;Note pour l&apos;agent qui le reprend (facultative, invisible pour le visiteur) :</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../forms/SearchDialog.ui" line="6"/>
        <source>Search transcripts</source>
        <translation>Rechercher dans les historiques</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="8"/>
        <source>Searches every transcript kept on this computer, also while the router is unreachable.</source>
        <translation>Recherche dans tous les historiques enregistrés sur cet ordinateur, même quand le routeur est injoignable.</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../forms/SearchDialog.ui" line="12"/>
        <source>Words to find</source>
        <translation>Mots à rechercher</translation>
    </message>
</context>
<context>
    <name>SupervisorBoardWidget</name>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="15"/>
        <source>&amp;Live</source>
        <translation>Temps &amp;réel</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="30"/>
        <source>&amp;Queues</source>
        <translation>&amp;Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="31"/>
        <source>Filter queues</source>
        <translation>Filtrer les files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="43"/>
        <source>&amp;Agents</source>
        <translation>Age&amp;nts</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="44"/>
        <source>Filter agents</source>
        <translation>Filtrer les agents</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="57"/>
        <source>&amp;Conversations</source>
        <translation>Con&amp;versations</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="58"/>
        <source>Filter by visitor, state, queue, agent, topic or trigger</source>
        <translation>Filtrer par visiteur, état, file d&apos;attente, agent, sujet ou déclencheur</translation>
    </message>
    <message>
        <location filename="../forms/SupervisorBoard.ui" line="62"/>
        <source>Drag a conversation onto an agent or a queue to reassign it, or open its menu (right click, Menu key or Shift+F10).</source>
        <translation>Faites glisser une conversation sur un agent ou une file d&apos;attente pour la réattribuer, ou ouvrez son menu (clic droit, touche Menu ou Maj+F10).</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../forms/TransferDialog.ui" line="6"/>
        <source>Transfer chat</source>
        <translation>Transférer le chat</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="8"/>
        <source>To a &amp;queue:</source>
        <translation>Vers une &amp;file d&apos;attente :</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="10"/>
        <source>To an &amp;agent:</source>
        <translation>Vers un &amp;agent :</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="11"/>
        <source>Type to find a colleague by name</source>
        <translation>Saisissez un nom pour trouver un collègue</translation>
    </message>
    <message>
        <location filename="../forms/TransferDialog.ui" line="14"/>
        <source>&amp;Note for the next agent (not shown to the visitor):</source>
        <translation>&amp;Note pour le prochain agent (invisible pour le visiteur) :</translation>
    </message>
</context>
<context>
    <name>WrapUpDialog</name>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="6"/>
        <source>End chat</source>
        <translation>Terminer le chat</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="8"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <location filename="../forms/WrapUpDialog.ui" line="10"/>
        <source>&amp;Wrap-up note (for the team, not the visitor):</source>
        <translation>&amp;Note de clôture (pour l&apos;équipe, pas pour le visiteur) :</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentDownloads</name>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="44"/>
        <source>Not downloaded yet: waiting for the router</source>
        <translation>Pas encore téléchargé : en attente du routeur</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="46"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="48"/>
        <source>Not available (404)</source>
        <translation>Non disponible (404)</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="50"/>
        <source>Blocked by the scanner</source>
        <translation>Bloqué par l&apos;antivirus</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="52"/>
        <source>Too large to show</source>
        <translation>Trop volumineux pour être affiché</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="54"/>
        <source>Download failed; tried again when the router is back</source>
        <translation>Échec du téléchargement ; nouvel essai au retour du routeur</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="55"/>
        <source>Download failed: %1</source>
        <translation>Échec du téléchargement : %1</translation>
    </message>
    <message>
        <location filename="../src/client/AttachmentDownloads.cpp" line="157"/>
        <source>the file could not be kept in the cache</source>
        <translation>le fichier n&apos;a pas pu être gardé dans le cache</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentPreviews</name>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="68"/>
        <source>Preparing the picture…</source>
        <translation>Préparation de l&apos;image…</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentPreviews.cpp" line="86"/>
        <source>Not shown: %1</source>
        <translation>Non affiché : %1</translation>
    </message>
</context>
<context>
    <name>handoff::AttachmentThumbnail</name>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="26"/>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="38"/>
        <source>The picture cannot be read: %1</source>
        <translation>L’image ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/AttachmentThumbnail.cpp" line="30"/>
        <source>The picture is %1 × %2 pixels; pictures over 40 megapixels are not shown.</source>
        <translation>L’image fait %1 × %2 pixels ; les images de plus de 40 mégapixels ne sont pas affichées.</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogModel</name>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="52"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="66"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="68"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="70"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="72"/>
        <source>On</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="74"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="76"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../src/client/AuditLogModel.cpp" line="78"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>handoff::AuditLogWidget</name>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="30"/>
        <source>Filter by person, action, chat or desk</source>
        <translation>Filtrer par personne, action, chat ou desk</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="31"/>
        <source>Filter by event, address, state or chat</source>
        <translation>Filtrer par événement, adresse, état ou chat</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="37"/>
        <source>Webhook deliveries</source>
        <translation>Envois des webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="42"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <location filename="../src/desk/AuditLogWidget.cpp" line="56"/>
        <source>Entries: %1</source>
        <translation>Entrées : %1</translation>
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
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="18"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="22"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="33"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="37"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="40"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="66"/>
        <source>%1 — skills: %2</source>
        <translation>%1 — compétences : %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="68"/>
        <source>Chose %1</source>
        <translation>Choix : %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="79"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="81"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="83"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="85"/>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="87"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../src/client/BoardAgentModel.cpp" line="89"/>
        <source>In state for</source>
        <translation>Durée dans l&apos;état</translation>
    </message>
</context>
<context>
    <name>handoff::BoardConversationModel</name>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="20"/>
        <source>With the bot</source>
        <translation>Avec le bot</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="22"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="114"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="24"/>
        <source>Offered</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="26"/>
        <source>With an agent</source>
        <translation>Avec un agent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="30"/>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="36"/>
        <source>Asked for a person</source>
        <translation>A demandé quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="38"/>
        <source>Not understood</source>
        <translation>Pas compris</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="40"/>
        <source>Frustration</source>
        <translation>Frustration</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="42"/>
        <source>Always-human topic</source>
        <translation>Sujet toujours humain</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="44"/>
        <source>External bot</source>
        <translation>Bot externe</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="53"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="72"/>
        <location filename="../src/client/BoardConversationModel.cpp" line="106"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="91"/>
        <source>%1 — monitored by %2</source>
        <translation>%1 — observé par %2</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="93"/>
        <source>Queue %1 (id %2)</source>
        <translation>File d&apos;attente %1 (id %2)</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="95"/>
        <source>Offered to %1</source>
        <translation>Proposé à %1</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="108"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="110"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="112"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="116"/>
        <source>Handling</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="118"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../src/client/BoardConversationModel.cpp" line="120"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
</context>
<context>
    <name>handoff::BoardQueueModel</name>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="34"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="69"/>
        <source>Longest wait</source>
        <translation>Attente max.</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="71"/>
        <source>Available</source>
        <translation>Disponibles</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="73"/>
        <source>Signed in</source>
        <translation>Connectés</translation>
    </message>
    <message>
        <location filename="../src/client/BoardQueueModel.cpp" line="75"/>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseActions</name>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="18"/>
        <source>Ne&amp;w…</source>
        <translation>Ajo&amp;uter…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="19"/>
        <source>Edi&amp;t…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="20"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="25"/>
        <source>Add a personal canned response (Ctrl+Shift+N)</source>
        <translation>Ajouter une réponse prédéfinie personnelle (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="58"/>
        <source>Shared responses are managed on the router.</source>
        <translation>Les réponses partagées sont gérées sur le routeur.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="59"/>
        <source>Change the selected personal response (F2)</source>
        <translation>Modifier la réponse personnelle sélectionnée (F2)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="60"/>
        <source>Delete the selected personal response (Delete)</source>
        <translation>Supprimer la réponse personnelle sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="72"/>
        <source>Canned responses</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="73"/>
        <source>Could not save /%1 in the local cache: %2</source>
        <translation>Impossible d&apos;enregistrer /%1 dans le cache local : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="76"/>
        <source>Saved /%1.</source>
        <translation>/%1 enregistrée.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="90"/>
        <source>Only your personal responses can be changed here.</source>
        <translation>Seules vos réponses personnelles peuvent être modifiées ici.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="102"/>
        <source>Only your personal responses can be deleted here.</source>
        <translation>Seules vos réponses personnelles peuvent être supprimées ici.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="106"/>
        <source>Delete canned response</source>
        <translation>Supprimer la réponse prédéfinie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="107"/>
        <source>Delete /%1 (%2)?</source>
        <translation>Supprimer /%1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseActions.cpp" line="115"/>
        <source>Deleted /%1.</source>
        <translation>/%1 supprimée.</translation>
    </message>
</context>
<context>
    <name>handoff::CannedResponseDialog</name>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="41"/>
        <source>New canned response</source>
        <translation>Nouvelle réponse prédéfinie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="50"/>
        <source>e.g. thanks (typed as /thanks)</source>
        <translation>p. ex. merci (saisi sous la forme /merci)</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="52"/>
        <source>What the list shows</source>
        <translation>Ce qu&apos;affiche la liste</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="56"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="57"/>
        <source>Personal</source>
        <translation>Personnelles</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="58"/>
        <source>Hello {visitor.name|there}, …</source>
        <translation>Bonjour {visitor.name|à vous}, …</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="74"/>
        <source>&amp;Shortcut:</source>
        <translation>&amp;Raccourci :</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="75"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="76"/>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="77"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="78"/>
        <source>Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, {conversation.topic}, {agent.name}; {name|fallback} when it may be unknown.</source>
        <translation>Variables : {visitor.name}, {order.number} ou tout champ recueilli par le bot, {page}, {conversation.topic}, {agent.name} ; {nom|remplacement} quand la valeur peut être inconnue.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="84"/>
        <source>Preview with the open chat:</source>
        <translation>Aperçu avec le chat ouvert :</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="97"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="107"/>
        <source>Edit canned response</source>
        <translation>Modifier la réponse prédéfinie</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="136"/>
        <source>Give it a shortcut.</source>
        <translation>Donnez-lui un raccourci.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="138"/>
        <source>A shortcut is one word of letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (up to 32).</source>
        <translation>Un raccourci est un mot fait de lettres, de chiffres, de &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (32 au maximum).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="141"/>
        <source>You already have /%1.</source>
        <translation>Vous avez déjà /%1.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="142"/>
        <source>/%1 is a shared response; choose another shortcut.</source>
        <translation>/%1 est une réponse partagée ; choisissez un autre raccourci.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="144"/>
        <source>Write the text.</source>
        <translation>Écrivez le texte.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="146"/>
        <source>The text is too long (at most 4000 characters).</source>
        <translation>Le texte est trop long (4000 caractères au maximum).</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="154"/>
        <source>The text, filled in, shows here.</source>
        <translation>Le texte complété s&apos;affiche ici.</translation>
    </message>
    <message>
        <location filename="../src/desk/CannedResponseDialog.cpp" line="172"/>
        <source>Not known in this chat: %1</source>
        <translation>Inconnu dans ce chat : %1</translation>
    </message>
</context>
<context>
    <name>handoff::ChatListDelegate</name>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="53"/>
        <source>waited %1 · %2</source>
        <translation>a attendu %1 · %2</translation>
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
        <translation>%1 demande votre avis</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="71"/>
        <source>(visitor left) %1</source>
        <translation>(visiteur parti) %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="74"/>
        <source>Consulting for %1 · %2</source>
        <translation>Consultation pour %1 · %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ChatListDelegate.cpp" line="85"/>
        <source>waiting %1 since %2</source>
        <translation>attend %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>handoff::ColleagueModel</name>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="46"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="48"/>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="53"/>
        <source>no free chat</source>
        <translation>aucune place libre</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="66"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="67"/>
        <source>%1 of %2 chats</source>
        <translation>chats : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="71"/>
        <source>signed in</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="72"/>
        <source>%1 — supervisor, %2</source>
        <translation>%1 — superviseur, %2</translation>
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
        <translation>%1 — non sélectionnable : %2, %3</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="70"/>
        <location filename="../src/client/ColleagueModel.cpp" line="79"/>
        <source>%1 — cannot be chosen: %2</source>
        <translation>%1 — non sélectionnable : %2</translation>
    </message>
    <message>
        <location filename="../src/client/ColleagueModel.cpp" line="93"/>
        <source>%1; serves %2</source>
        <translation>%1 ; files d&apos;attente : %2</translation>
    </message>
</context>
<context>
    <name>handoff::ComposerEdit</name>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="19"/>
        <source>Type a message — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Saisissez un message — Entrée envoie, Maj+Entrée pour une nouvelle ligne, / pour les réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/ComposerEdit.cpp" line="46"/>
        <source>screenshot-%1.png</source>
        <translation>capture-%1.png</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultModel</name>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="50"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="80"/>
        <source>%1 asks you about %2&apos;s chat</source>
        <translation>%1 vous demande à propos du chat de %2</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="81"/>
        <source>%1 asks you about %2&apos;s chat (%3)</source>
        <translation>%1 vous demande à propos du chat de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, 1 second left to answer</source>
        <translation>%1, 1 seconde restante pour répondre</translation>
    </message>
    <message>
        <location filename="../src/client/ConsultModel.cpp" line="83"/>
        <source>%1, %2 seconds left to answer</source>
        <translation>%1, %2 secondes restantes pour répondre</translation>
    </message>
</context>
<context>
    <name>handoff::ConsultPanel</name>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="29"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="70"/>
        <source>Send to colleague</source>
        <translation>Envoyer au collègue</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="30"/>
        <source>Cancel invitation</source>
        <translation>Retirer l’invitation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="32"/>
        <location filename="../src/desk/ConsultPanel.cpp" line="72"/>
        <source>End consult</source>
        <translation>Terminer la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="33"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="66"/>
        <source>Consult thread</source>
        <translation>Fil de la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="67"/>
        <source>Lines only you and the colleague consulted see, oldest first.</source>
        <translation>Lignes que seuls vous et le collègue consulté voyez, les plus anciennes d’abord.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="68"/>
        <source>Message to the colleague consulted</source>
        <translation>Message au collègue consulté</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="69"/>
        <source>Enter sends it into the consult thread; the visitor never sees it.</source>
        <translation>Entrée l’envoie dans le fil de la consultation ; le visiteur ne la voit jamais.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="71"/>
        <source>Cancel the consult invitation</source>
        <translation>Retirer l’invitation à la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="73"/>
        <source>Dismiss the consult&apos;s outcome</source>
        <translation>Masquer l’issue de la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="146"/>
        <source>Consult</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="147"/>
        <source>Consult with %1</source>
        <translation>Consultation avec %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="148"/>
        <source>Consult for %1</source>
        <translation>Consultation pour %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="149"/>
        <source>Only you and %1 see this; the visitor never does.</source>
        <translation>Seuls vous et %1 voyez ceci ; jamais le visiteur.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="154"/>
        <source>Waiting for %1 to accept… (%2 s)</source>
        <translation>En attente de l’acceptation de %1… (%2 s)</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="166"/>
        <source>Message to %1 — only %1 sees it; Enter sends</source>
        <translation>Message à %1 — seul %1 le voit ; Entrée envoie</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="169"/>
        <source>Hand over to %1…</source>
        <translation>Confier à %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="202"/>
        <source>Not sent to your colleague: %1</source>
        <translation>Non envoyé à votre collègue : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="211"/>
        <source>Could not end the consult: %1</source>
        <translation>Impossible de terminer la consultation : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="224"/>
        <source>Hand over to %1</source>
        <translation>Confier à %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="225"/>
        <source>&amp;Note for %1 (read first; the visitor does not see it):</source>
        <translation>&amp;Note pour %1 (lue en premier ; le visiteur ne la voit pas) :</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="231"/>
        <source>Note for %1</source>
        <translation>Note pour %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="235"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Confier</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="236"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="248"/>
        <source>The chat is %1&apos;s now.</source>
        <translation>Le chat est maintenant à %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ConsultPanel.cpp" line="249"/>
        <source>Could not hand the chat over: %1</source>
        <translation>Impossible de confier le chat : %1</translation>
    </message>
</context>
<context>
    <name>handoff::CustomerHistoryModel</name>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="41"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="60"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="69"/>
        <source>still open</source>
        <translation>encore ouverte</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="43"/>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="45"/>
        <source>the visitor left</source>
        <translation>le visiteur est parti</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="47"/>
        <source>left before an answer</source>
        <translation>parti avant une réponse</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="59"/>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="68"/>
        <source>no agent</source>
        <translation>aucun agent</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="62"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="70"/>
        <source>Chat on %1 in %2 with %3: %4</source>
        <translation>Discussion du %1 dans %2 avec %3 : %4</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="74"/>
        <source>rated %1 of 5</source>
        <translation>noté %1 sur 5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="76"/>
        <source>commenting: %1</source>
        <translation>avec le commentaire : %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="85"/>
        <source>%1 %2/5</source>
        <translation>%1 %2/5</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="99"/>
        <source>Opened %1</source>
        <translation>Ouverte le %1</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="160"/>
        <source>Earlier chats of this customer (verified)</source>
        <translation>Discussions précédentes de ce client (vérifié)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="161"/>
        <source>Earlier chats of %1 (verified)</source>
        <translation>Discussions précédentes de %1 (vérifié)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="163"/>
        <source>Earlier chats from this browser (not verified)</source>
        <translation>Discussions précédentes depuis ce navigateur (non vérifié)</translation>
    </message>
    <message>
        <location filename="../src/client/CustomerHistoryModel.cpp" line="167"/>
        <source>Earlier chats</source>
        <translation>Discussions précédentes</translation>
    </message>
</context>
<context>
    <name>handoff::DeskAccessibility</name>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>A visitor left a message.</source>
        <translation>Un visiteur a laissé un message.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="99"/>
        <source>%1 left a message.</source>
        <translation>%1 a laissé un message.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="117"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="118"/>
        <source>Chats and messages</source>
        <translation>Chats et messages</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="121"/>
        <location filename="../src/desk/DeskAccessibility.cpp" line="122"/>
        <source>Chats and supervisor board</source>
        <translation>Chats et tableau de supervision</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="125"/>
        <source>Board views</source>
        <translation>Vues du tableau</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="126"/>
        <source>Filter conversations</source>
        <translation>Filtrer les conversations</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="127"/>
        <source>Filter agents</source>
        <translation>Filtrer les agents</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="128"/>
        <source>Filter queues</source>
        <translation>Filtrer les files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="129"/>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="130"/>
        <source>Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it.</source>
        <translation>Chats qui vous sont proposés. Ctrl+Maj+A accepte la proposition sélectionnée, Ctrl+Maj+D la refuse.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>My chats</source>
        <translation>Mes chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="131"/>
        <source>Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat.</source>
        <translation>Ctrl+Tab et Ctrl+Maj+Tab passent au chat suivant et précédent.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>Show chats</source>
        <translation>Afficher les chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="132"/>
        <source>All, only those waiting for your reply, unread or idle ones.</source>
        <translation>Tous, seulement ceux qui attendent votre réponse, les non lus ou les inactifs.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="133"/>
        <source>Order of my chats</source>
        <translation>Ordre de mes chats</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="134"/>
        <source>Visitors waiting in each queue.</source>
        <translation>Visiteurs en attente dans chaque file.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="135"/>
        <source>Messages left by visitors</source>
        <translation>Messages laissés par des visiteurs</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>Transcript</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="136"/>
        <source>The open chat&apos;s lines, oldest first.</source>
        <translation>Les lignes du chat ouvert, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="137"/>
        <source>Canned response suggestions</source>
        <translation>Suggestions de réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="138"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="139"/>
        <source>Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an internal note.</source>
        <translation>Entrée envoie, Maj+Entrée commence une nouvelle ligne, / propose des réponses prédéfinies, Ctrl+Maj+I en fait une note interne.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Internal note</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="141"/>
        <source>Only agents and supervisors see an internal note.</source>
        <translation>Seuls les agents et les superviseurs voient une note interne.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Fields the bot collected</source>
        <translation>Champs recueillis par le bot</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="142"/>
        <source>Double-click or Copy puts a value on the clipboard.</source>
        <translation>Un double-clic ou Copier place une valeur dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="143"/>
        <source>Earlier chats of this customer</source>
        <translation>Discussions précédentes de ce client</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="144"/>
        <source>Enter or a double-click opens the chat&apos;s transcript and fields, read-only.</source>
        <translation>Entrée ou un double-clic ouvre la transcription et les champs de la discussion, en lecture seule.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="145"/>
        <source>Canned response category</source>
        <translation>Catégorie de réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Search canned responses</source>
        <translation>Rechercher dans les réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="146"/>
        <source>Enter inserts the selected response.</source>
        <translation>Entrée insère la réponse sélectionnée.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="147"/>
        <source>Canned responses</source>
        <translation>Réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Your status</source>
        <translation>Votre statut</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="148"/>
        <source>Only Available agents are offered new chats.</source>
        <translation>Seuls les agents Disponibles reçoivent de nouveaux chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="149"/>
        <source>Left message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="172"/>
        <source>a visitor</source>
        <translation>un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="173"/>
        <source>New message from %1 in another chat.</source>
        <translation>Nouveau message de %1 dans un autre chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered. %1</source>
        <translation>Nouveau chat proposé. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="180"/>
        <source>New chat offered.</source>
        <translation>Nouveau chat proposé.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="191"/>
        <source>Your status is Available.</source>
        <translation>Votre statut est Disponible.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="194"/>
        <source>You have as many chats as you can take; no new offers until one ends.</source>
        <translation>Vous avez autant de chats que vous pouvez en prendre ; plus de propositions jusqu&apos;à la fin de l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="197"/>
        <source>Your status is Away.</source>
        <translation>Votre statut est Absent.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="198"/>
        <source>Your status was set to Away.</source>
        <translation>Votre statut a été passé à Absent.</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskAccessibility.cpp" line="201"/>
        <source>Your status is Offline.</source>
        <translation>Votre statut est Hors ligne.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Demandez le fichier de l&apos;autorité de certification au service informatique et définissez tlsCaFile.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>Le certificat du routeur n&apos;est pas valable pour %1 (il indique %2). Utilisez l&apos;adresse indiquée par le certificat ou demandez au service informatique un certificat qui inclut %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>aucun hôte</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>Le certificat du routeur pour %1 a expiré le %2. Demandez au service informatique de le renouveler.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>Le certificat du routeur pour %1 n&apos;est pas valable avant le %2. Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>Le certificat du routeur pour %1 n&apos;est pas reconnu (auto-signé ou autorité inconnue). %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="149"/>
        <source>The router&apos;s certificate for %1 was refused: %2</source>
        <translation>Le certificat du routeur pour %1 a été refusé : %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="150"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="206"/>
        <location filename="../src/client/DeskConnection.cpp" line="230"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>« %1 » n&apos;est pas une adresse de routeur. Utilisez hôte:port, par exemple chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="268"/>
        <source>The desk went offline before the router answered.</source>
        <translation>Le desk est passé hors ligne avant la réponse du routeur.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="329"/>
        <source>The CA file %1 (tlsCaFile) cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification %1 (tlsCaFile) est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="358"/>
        <source>This desk speaks protocol %1, which the router does not support (%2). Please update the desk.</source>
        <translation>Ce desk utilise le protocole %1, que le routeur ne prend pas en charge (%2). Veuillez mettre le desk à jour.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="366"/>
        <source>The router did not accept this desk: %1</source>
        <translation>Le routeur n&apos;a pas accepté ce desk : %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="373"/>
        <source>The router speaks protocol %1 but this desk speaks %2. Please update the desk or ask your IT to update the router.</source>
        <translation>Le routeur utilise le protocole %1, mais ce desk utilise le %2. Veuillez mettre le desk à jour ou demander au service informatique de mettre le routeur à jour.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Veuillez vous reconnecter avec votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>Le routeur n&apos;a pas pu vous connecter : %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>La connexion au routeur a été perdue avant sa réponse.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="493"/>
        <source>Cannot reach the router at %1: %2.</source>
        <translation>Impossible de joindre le routeur à l&apos;adresse %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="580"/>
        <source>Not connected to the router; nothing was sent.</source>
        <translation>Pas de connexion au routeur ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="597"/>
        <source>The router did not answer within %1 seconds.</source>
        <translation>Le routeur n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSession</name>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="464"/>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="466"/>
        <source>The message is %1 characters long; the limit is %2. Please shorten it.</source>
        <translation>Le message fait %1 caractères ; la limite est de %2. Veuillez le raccourcir.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="483"/>
        <location filename="../src/client/DeskSession.cpp" line="510"/>
        <source>This chat is not assigned to you any more.</source>
        <translation>Ce chat ne vous est plus attribué.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="485"/>
        <location filename="../src/client/DeskSession.cpp" line="512"/>
        <source>You are consulting on %1&apos;s chat: only %1 writes to the visitor.</source>
        <translation>Vous êtes consulté sur le chat de %1 : seul %1 écrit au visiteur.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="487"/>
        <source>The local cache is not open; nothing was sent.</source>
        <translation>Le cache local n&apos;est pas ouvert ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="514"/>
        <source>Files can only be sent while the router is reachable.</source>
        <translation>Les fichiers ne peuvent être envoyés que lorsque le routeur est joignable.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="516"/>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="518"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 dépasse 10 Mo.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="535"/>
        <location filename="../src/client/DeskSession.cpp" line="544"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 n&apos;a pas été envoyé : %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="776"/>
        <source>Already handled by %1.</source>
        <translation>Déjà traité par %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Quelqu&apos;un d&apos;autre a déjà traité ce message.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Ce message n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>%1 declined.</source>
        <translation>%1 a refusé.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="140"/>
        <source>You declined.</source>
        <translation>Vous avez refusé.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="142"/>
        <source>The invitation lapsed: %1 did not answer within a minute.</source>
        <translation>L’invitation a expiré : %1 n’a pas répondu en une minute.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="143"/>
        <source>The invitation from %1 lapsed.</source>
        <translation>L’invitation de %1 a expiré.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="145"/>
        <source>%1 handed the chat to you.</source>
        <translation>%1 vous a confié le chat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="146"/>
        <source>%1 handed the chat to you: %2</source>
        <translation>%1 vous a confié le chat : %2</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="148"/>
        <source>The chat ended, and with it the consult.</source>
        <translation>Le chat est terminé, et la consultation avec lui.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="150"/>
        <source>The chat went to another agent; the consult ended.</source>
        <translation>Le chat est passé à un autre agent ; la consultation est terminée.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You withdrew the invitation.</source>
        <translation>Vous avez retiré l’invitation.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="152"/>
        <source>You ended the consult.</source>
        <translation>Vous avez terminé la consultation.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="154"/>
        <source>%1 withdrew the invitation.</source>
        <translation>%1 a retiré l’invitation.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="156"/>
        <source>%1 ended the consult.</source>
        <translation>%1 a terminé la consultation.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="224"/>
        <source>The consult has not started.</source>
        <translation>La consultation n’a pas commencé.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSessionConsults.cpp" line="262"/>
        <source>You handed the chat to %1.</source>
        <translation>Vous avez confié le chat à %1.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskSettings</name>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="68"/>
        <source>Set by your IT department</source>
        <translation>Défini par votre service informatique</translation>
    </message>
    <message>
        <location filename="../src/desk/DeskSettings.cpp" line="73"/>
        <source>%1 (set by your IT department)</source>
        <translation>%1 (défini par votre service informatique)</translation>
    </message>
</context>
<context>
    <name>handoff::EarlierChatDialog</name>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="22"/>
        <source>Earlier chat of %1</source>
        <translation>Discussion précédente du %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="28"/>
        <source>%1 in %2 with %3: %4</source>
        <translation>%1 dans %2 avec %3 : %4</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="30"/>
        <source>no agent</source>
        <translation>aucun agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="32"/>
        <source>rated %1 of 5</source>
        <translation>noté %1 sur 5</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="33"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="36"/>
        <source>&amp;Fields</source>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="47"/>
        <source>Fields of the earlier chat</source>
        <translation>Champs de la discussion précédente</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="52"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="57"/>
        <source>Transcript of the earlier chat</source>
        <translation>Transcription de la discussion précédente</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="75"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="76"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="77"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="78"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="81"/>
        <source>sent a file %1</source>
        <translation>a envoyé un fichier %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="82"/>
        <source>sent a file %1: %2</source>
        <translation>a envoyé un fichier %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="83"/>
        <source>%1  %2: %3</source>
        <translation>%1  %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/desk/EarlierChatDialog.cpp" line="85"/>
        <source>(internal note) %1</source>
        <translation>(note interne) %1</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationChart</name>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="31"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="53"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalades par sujet et déclencheur</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="199"/>
        <source>No escalations in this period.</source>
        <translation>Aucune escalade sur cette période.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="275"/>
        <source>%1: %2 escalations</source>
        <translation>%1 — escalades : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationChart.cpp" line="276"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
</context>
<context>
    <name>handoff::EscalationReportModel</name>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="52"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../src/client/EscalationReportModel.cpp" line="70"/>
        <source>Topic</source>
        <translation>Sujet</translation>
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
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="22"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="23"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="45"/>
        <source>Escalations by topic and trigger</source>
        <translation>Escalades par sujet et déclencheur</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="72"/>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être établi : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="113"/>
        <source>Choose at most 366 days.</source>
        <translation>Choisissez 366 jours au maximum.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="118"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="135"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="141"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="144"/>
        <source>No escalations to people %1.</source>
        <translation>Aucune escalade vers un humain %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="147"/>
        <source>Escalations to people %1: %2.</source>
        <translation>Escalades vers un humain %1 : %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="150"/>
        <source>Most often: %1 (%2). Topics that always reach a person are the ones to teach the bot.</source>
        <translation>Le plus fréquent : %1 (%2). Les sujets qui finissent toujours chez un humain sont ceux à apprendre au bot.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="151"/>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="163"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="159"/>
        <source>No visitor ratings %1.</source>
        <translation>Aucune note de visiteurs %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="162"/>
        <source>%1: %2 of 5, %3 % satisfied (%n rating(s))</source>
        <translation>
            <numerusform>%1 : %2 sur 5, %3 % satisfaits (%n note)</numerusform>
            <numerusform>%1 : %2 sur 5, %3 % satisfaits (%n notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/EscalationReportWidget.cpp" line="171"/>
        <source>Visitor ratings %1: %n, average %2 of 5, %3 % satisfied (rated 4 or 5).</source>
        <translation>
            <numerusform>Notes des visiteurs %1 : %n, moyenne %2 sur 5, %3 % satisfaits (4 ou 5).</numerusform>
            <numerusform>Notes des visiteurs %1 : %n, moyenne %2 sur 5, %3 % satisfaits (4 ou 5).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="174"/>
        <source>By queue: %1.</source>
        <translation>Par file d&apos;attente : %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="175"/>
        <source>By agent: %1.</source>
        <translation>Par agent : %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="186"/>
        <source>escalations-%1-%2.csv</source>
        <translation>escalades-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/EscalationReportWidget.cpp" line="190"/>
        <source>Export escalation report</source>
        <translation>Exporter le rapport d&apos;escalades</translation>
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
        <translation>%1, vérifié</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="39"/>
        <source>%1, verified by the website&apos;s sign-in</source>
        <translation>%1, vérifié par la connexion au site web</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="41"/>
        <source>%1
Verified by the website&apos;s sign-in</source>
        <translation>%1
Vérifié par la connexion au site web</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="57"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="67"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="68"/>
        <source>customer id</source>
        <translation>id client</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="78"/>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <location filename="../src/client/FieldsModel.cpp" line="80"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>handoff::KpiChart</name>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="38"/>
        <source>Offered, answered and abandoned chats by queue</source>
        <translation>Chats proposés, répondus et abandonnés par file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="39"/>
        <source>Service level and average speed of answer by queue</source>
        <translation>Niveau de service et délai moyen de réponse par file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="40"/>
        <source>The same figures are in the table of queues below.</source>
        <translation>Les mêmes chiffres sont dans le tableau des files d&apos;attente ci-dessous.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Offered</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="65"/>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="66"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="81"/>
        <source>%1 % in %2 s</source>
        <translation>%1 % en %2 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="82"/>
        <source>no answers</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="84"/>
        <source>ASA %1 s</source>
        <translation>ASA %1 s</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="166"/>
        <source>No chats in this period.</source>
        <translation>Aucun chat sur cette période.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="176"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiChart.cpp" line="233"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2 : %3</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportModel</name>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="85"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Offered</source>
        <translation>Proposés</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="86"/>
        <source>Chats that entered the queue, short abandons left out</source>
        <translation>Chats entrés dans la file d&apos;attente, abandons courts exclus</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="88"/>
        <source>Chats an agent accepted from the queue</source>
        <translation>Chats qu&apos;un agent a acceptés depuis la file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Abandoned</source>
        <translation>Abandonnés</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="89"/>
        <source>Visitors who left while waiting, before an agent answered</source>
        <translation>Visiteurs partis pendant l&apos;attente, avant la réponse d&apos;un agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandon rate</source>
        <translation>Taux d&apos;abandon</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="91"/>
        <source>Abandoned ÷ offered</source>
        <translation>Abandonnés ÷ proposés</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="92"/>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="93"/>
        <source>Answered within the queue&apos;s threshold ÷ (answered + abandoned)</source>
        <translation>Répondus dans le seuil de la file ÷ (répondus + abandonnés)</translation>
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
        <translation>Délai moyen de réponse : de l&apos;entrée dans la file à l&apos;acceptation</translation>
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
        <translation>Durée moyenne de traitement : de l&apos;acceptation à la clôture ou au transfert</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Missed offers</source>
        <translation>Offres manquées</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="98"/>
        <location filename="../src/client/KpiReportModel.cpp" line="112"/>
        <source>Offers that timed out or were declined</source>
        <translation>Offres expirées ou refusées</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="100"/>
        <location filename="../src/client/KpiReportModel.cpp" line="115"/>
        <source>Chats sent on to another queue or agent</source>
        <translation>Chats transmis à une autre file ou à un autre agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="101"/>
        <location filename="../src/client/KpiReportModel.cpp" line="116"/>
        <source>Satisfied</source>
        <translation>Satisfaits</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="102"/>
        <location filename="../src/client/KpiReportModel.cpp" line="117"/>
        <source>Post-chat survey: ratings of 4 or 5 ÷ ratings given in the period</source>
        <translation>Enquête après la discussion : notes de 4 ou 5 ÷ notes données sur la période</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="105"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="106"/>
        <source>Chats the agent accepted</source>
        <translation>Chats acceptés par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="107"/>
        <source>Average speed of answer of the chats the agent accepted</source>
        <translation>Délai moyen de réponse des chats acceptés par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Handled</source>
        <translation>Traités</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="109"/>
        <source>Chats the agent closed or transferred</source>
        <translation>Chats clôturés ou transférés par l&apos;agent</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Declined</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <location filename="../src/client/KpiReportModel.cpp" line="114"/>
        <source>Missed offers the agent declined</source>
        <translation>Offres manquées refusées par l&apos;agent</translation>
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
        <translation>Répondus en %1 s</translation>
    </message>
</context>
<context>
    <name>handoff::KpiReportWidget</name>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="40"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="41"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="42"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="43"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="82"/>
        <source>By &amp;queue</source>
        <translation>Par fi&amp;le</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="83"/>
        <source>By a&amp;gent</source>
        <translation>Par a&amp;gent</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="107"/>
        <source>The report could not be made: %1</source>
        <translation>Le rapport n&apos;a pas pu être établi : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="148"/>
        <source>Choose at most %1 days.</source>
        <translation>Choisissez au plus %1 jours.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="153"/>
        <location filename="../src/desk/KpiReportWidget.cpp" line="174"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="180"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="185"/>
        <source>All queues %1 (days of the router&apos;s time zone, %2): %3 offered, %4 answered, %5 abandoned (%6); service level %7, ASA %8, AHT %9.</source>
        <translation>Toutes les files %1 (jours du fuseau horaire du routeur, %2) : %3 proposés, %4 répondus, %5 abandonnés (%6) ; niveau de service %7, ASA %8, AHT %9.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="192"/>
        <source>Visitors who left within %1 s are not counted.</source>
        <translation>Les visiteurs partis en moins de %1 s ne sont pas comptés.</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="204"/>
        <source>kpi-%1-%2.csv</source>
        <translation>kpi-%1-%2.csv</translation>
    </message>
    <message>
        <location filename="../src/desk/KpiReportWidget.cpp" line="206"/>
        <source>Export KPI report</source>
        <translation>Exporter le rapport des KPI</translation>
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
    <name>handoff::LoginDialog</name>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="19"/>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="117"/>
        <source>No system keychain is available: your password will not be remembered.</source>
        <translation>Aucun trousseau système n&apos;est disponible : votre mot de passe ne sera pas mémorisé.</translation>
    </message>
    <message>
        <location filename="../src/desk/LoginDialog.cpp" line="127"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>handoff::MainWindow</name>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="260"/>
        <source>Unread first</source>
        <translation>Non lus d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="259"/>
        <source>Waiting first</source>
        <translation>Sans réponse d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="191"/>
        <source>Consult request. %1</source>
        <translation>Demande de consultation. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="261"/>
        <source>Quietest first</source>
        <translation>Plus inactifs d&apos;abord</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="262"/>
        <source>As accepted</source>
        <translation>Ordre d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="272"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="273"/>
        <source>Waiting for me</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="274"/>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="275"/>
        <source>Idle (%1 min)</source>
        <translation>Inactifs (%1 min)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="381"/>
        <source>To send with the next Send: %1</source>
        <translation>À envoyer au prochain Envoyer : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="398"/>
        <source>Select a field to copy.</source>
        <translation>Sélectionnez un champ à copier.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="402"/>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="409"/>
        <source>%1: none</source>
        <translation>%1 : aucune</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="410"/>
        <source>%1: the latest %2</source>
        <translation>%1 : les %2 dernières</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="411"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="470"/>
        <source>New personal canned response</source>
        <translation>Nouvelle réponse prédéfinie personnelle</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="484"/>
        <location filename="../src/desk/MainWindow.cpp" line="706"/>
        <source>Could not change your status: %1</source>
        <translation>Impossible de changer votre statut : %1</translation>
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
        <translation>&amp;Rechercher dans les historiques…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="540"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="541"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="543"/>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="544"/>
        <source>&amp;Accept offer</source>
        <translation>&amp;Accepter le chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="546"/>
        <source>&amp;Decline offer</source>
        <translation>&amp;Refuser le chat</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="548"/>
        <source>&amp;Next chat</source>
        <translation>Chat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="549"/>
        <source>&amp;Previous chat</source>
        <translation>Chat &amp;précédent</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="550"/>
        <source>Next chat waiting for a rep&amp;ly</source>
        <translation>Prochain chat &amp;en attente de réponse</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="552"/>
        <source>&amp;Write a message</source>
        <translation>É&amp;crire un message</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="553"/>
        <source>Attach a &amp;file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="555"/>
        <source>Toggle &amp;internal note</source>
        <translation>Basculer en &amp;note interne</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="558"/>
        <source>&amp;Transfer…</source>
        <translation>Trans&amp;férer…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="560"/>
        <source>&amp;Consult a colleague…</source>
        <translation>C&amp;onsulter un collègue…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="562"/>
        <source>&amp;End chat…</source>
        <translation>&amp;Terminer le chat…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="563"/>
        <source>E&amp;xport the chat as PDF…</source>
        <translation>E&amp;xporter la discussion en PDF…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="565"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="566"/>
        <source>&amp;Offers</source>
        <translation>&amp;Propositions</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="570"/>
        <source>&amp;My chats</source>
        <translation>&amp;Mes chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="574"/>
        <source>&amp;Transcript</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="578"/>
        <source>&amp;Fields</source>
        <translation>&amp;Champs</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="582"/>
        <source>&amp;Canned responses</source>
        <translation>&amp;Réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="587"/>
        <source>M&amp;essages left by visitors</source>
        <translation>M&amp;essages laissés par les visiteurs</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="593"/>
        <source>&amp;Reply to the left message by email</source>
        <translation>Répondre par e-&amp;mail au message laissé</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="597"/>
        <source>Copy the visitor&apos;s e&amp;mail address</source>
        <translation>Copier l&apos;adresse e-mail du visite&amp;ur</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="601"/>
        <source>Mark the left message &amp;handled</source>
        <translation>Mar&amp;quer le message laissé comme traité</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="604"/>
        <source>&amp;Show handled messages</source>
        <translation>Affic&amp;her les messages traités</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="608"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="609"/>
        <source>&amp;Available</source>
        <translation>&amp;Disponible</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="611"/>
        <source>A&amp;way</source>
        <translation>A&amp;bsent</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="612"/>
        <source>&amp;Offline</source>
        <translation>&amp;Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="615"/>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="616"/>
        <source>Supervisor &amp;board</source>
        <translation>&amp;Tableau de supervision</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="621"/>
        <source>&amp;Light theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="622"/>
        <source>&amp;Dark theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="631"/>
        <source>&amp;Sound on new offers</source>
        <translation>Son à chaque nouvelle &amp;proposition</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="639"/>
        <source>Desktop &amp;notifications on new offers and messages</source>
        <translation>&amp;Notifications du bureau pour les nouvelles propositions et les messages</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="671"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="672"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="674"/>
        <source>&amp;Find an action…</source>
        <translation>Rechercher une &amp;action…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="693"/>
        <source>Your status: only Available agents are offered new chats</source>
        <translation>Votre statut : seuls les agents Disponibles reçoivent de nouveaux chats</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="694"/>
        <source>● Available</source>
        <translation>● Disponible</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="695"/>
        <source>◐ Away</source>
        <translation>◐ Absent</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="696"/>
        <source>○ Offline</source>
        <translation>○ Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="718"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="720"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="722"/>
        <source>Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.</source>
        <translation>Routeur injoignable — nouvelle tentative dans %1 s. Vos messages sont conservés et partiront à son retour.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="725"/>
        <source>Signed out. %1</source>
        <translation>Déconnecté. %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="727"/>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="748"/>
        <source>Connection to the router lost — reconnecting… Lines you send are kept and go out when it is back.</source>
        <translation>Connexion au routeur perdue — reconnexion… Les lignes que vous envoyez sont conservées et partiront à son retour.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="781"/>
        <source>Load %1 / %2 (full)</source>
        <translation>Charge %1 / %2 (complet)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="782"/>
        <source>Load %1 / %2</source>
        <translation>Charge %1 / %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="790"/>
        <source>You were set to Away after missed offers. Set yourself Available when you are back.</source>
        <translation>Votre statut est passé à Absent après des propositions manquées. Repassez Disponible à votre retour.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="794"/>
        <source>You are Away</source>
        <translation>Vous êtes Absent</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers (%1)</source>
        <translation>Propositions (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="810"/>
        <source>Offers</source>
        <translation>Propositions</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/MainWindow.cpp" line="814"/>
        <source>Chats (%n offered)</source>
        <translation>
            <numerusform>Chats (%n proposé)</numerusform>
            <numerusform>Chats (%n proposés)</numerusform>
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
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="832"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="834"/>
        <source>Messages visitors left while nobody could chat (Alt+5)</source>
        <translation>Messages laissés par des visiteurs quand personne ne pouvait discuter (Alt+5)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="864"/>
        <source>Choose a message on the left.</source>
        <translation>Choisissez un message à gauche.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="865"/>
        <source>No messages are waiting. Visitors leave one when nobody can chat with them; it appears here at once.</source>
        <translation>Aucun message en attente. Les visiteurs en laissent un quand personne ne peut discuter avec eux ; il apparaît ici aussitôt.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="877"/>
        <source>Choose a message under Messages (Alt+5) first.</source>
        <translation>Choisissez d&apos;abord un message sous Messages (Alt+5).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="885"/>
        <source>a visitor</source>
        <translation>un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="891"/>
        <source>The message from %1 is marked handled.</source>
        <translation>Le message de %1 est marqué comme traité.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="892"/>
        <source>Could not mark the message handled: %1</source>
        <translation>Impossible de marquer le message comme traité : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="904"/>
        <source>%1 (%2 unread) — %3</source>
        <translation>%1 (non lus : %2) — %3</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="905"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="910"/>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="911"/>
        <source>My chats (%1, %2 waiting for a reply)</source>
        <translation>Mes chats (%1, %2 sans réponse)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="912"/>
        <source>My chats (%1)</source>
        <translation>Mes chats (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="966"/>
        <source>Needs the connection to the router</source>
        <translation>Nécessite la connexion au routeur</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="973"/>
        <source>No chat open</source>
        <translation>Aucun chat ouvert</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="975"/>
        <source>Choose a chat on the left (Ctrl+Tab goes to the next one).</source>
        <translation>Choisissez un chat à gauche (Ctrl+Tab passe au suivant).</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="976"/>
        <source>New chats appear under Offers. Accept one with Ctrl+Shift+A.</source>
        <translation>Les nouveaux chats apparaissent sous Propositions. Acceptez-en un avec Ctrl+Maj+A.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="980"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — ended</source>
        <translation> — terminée</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="988"/>
        <source> — consulting for %1</source>
        <translation> — consultation pour %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="990"/>
        <source> — offered to you, accept to answer</source>
        <translation> — vous est proposé, acceptez pour répondre</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="994"/>
        <source>Read-only: %1 answers the visitor. Write to %1 in the consult panel.</source>
        <translation>Lecture seule : %1 répond au visiteur. Écrivez à %1 dans le panneau de consultation.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1086"/>
        <source>Files go to the visitor: switch off the internal note to send them.</source>
        <translation>Les fichiers vont au visiteur : désactivez la note interne pour les envoyer.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1095"/>
        <source>%1 is larger than 10 MB.</source>
        <translation>%1 dépasse 10 Mo.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1099"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1278"/>
        <source>This chat already has a consult; end it first.</source>
        <translation>Ce chat a déjà une consultation ; terminez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1286"/>
        <source>Could not ask the colleague: %1</source>
        <translation>Impossible de consulter le collègue : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1315"/>
        <source>Consult requests</source>
        <translation>Demandes de consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1317"/>
        <source>Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D declines it.</source>
        <translation>Collègues qui vous consultent sur leurs chats. Ctrl+Maj+A accepte la demande choisie, Ctrl+Maj+D la refuse.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1320"/>
        <source>Accept consult</source>
        <translation>Accepter la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1322"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Maj+A</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1323"/>
        <source>Decline consult</source>
        <translation>Refuser la consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1325"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Maj+D</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1346"/>
        <source>Consult requests (%1)</source>
        <translation>Demandes de consultation (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1379"/>
        <source>Could not accept the consult: %1</source>
        <translation>Impossible d’accepter la consultation : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1396"/>
        <source>Could not decline the consult: %1</source>
        <translation>Impossible de refuser la consultation : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1447"/>
        <source>Open one of your chats to send a file.</source>
        <translation>Ouvrez une de vos discussions pour envoyer un fichier.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1450"/>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1472"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1475"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1476"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1482"/>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1490"/>
        <source>%1 cannot be saved: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1495"/>
        <source>%1 cannot be saved as %2.</source>
        <translation>Impossible d’enregistrer %1 sous %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1498"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1510"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1522"/>
        <source>%1 cannot be opened.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1527"/>
        <source>No program to show %1 was found.</source>
        <translation>Aucun programme pour afficher %1 n’a été trouvé.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1779"/>
        <source>The earlier chat cannot be shown: %1</source>
        <translation>La discussion précédente ne peut pas être affichée : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="986"/>
        <source> — the visitor left</source>
        <translation> — le visiteur est parti</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="998"/>
        <source>Queue: %1.</source>
        <translation>File d&apos;attente : %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1002"/>
        <source>%1 is typing…</source>
        <translation>%1 écrit…</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1033"/>
        <source>No chat is offered to you right now.</source>
        <translation>Aucun chat ne vous est proposé pour le moment.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1040"/>
        <source>Could not accept the chat: %1</source>
        <translation>Impossible d&apos;accepter le chat : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1065"/>
        <source>Could not decline the chat: %1</source>
        <translation>Impossible de refuser le chat : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1077"/>
        <source>Fill in %1 before sending.</source>
        <translation>Complétez %1 avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1135"/>
        <source>Internal note — only agents and supervisors see it</source>
        <translation>Note interne — visible seulement des agents et des superviseurs</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1136"/>
        <source>Message to the visitor — Enter sends, Shift+Enter for a new line, / for canned responses</source>
        <translation>Message au visiteur — Entrée envoie, Maj+Entrée pour une nouvelle ligne, / pour les réponses prédéfinies</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1160"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1161"/>
        <source>Adds the note to the chat; the visitor does not see it</source>
        <translation>Ajoute la note au chat ; le visiteur ne la voit pas</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1162"/>
        <source>Sends the message to the visitor</source>
        <translation>Envoie le message au visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1178"/>
        <source>Not known: %1 — replace the marked text before sending.</source>
        <translation>Inconnu : %1 — remplacez le texte marqué avant d&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1181"/>
        <source>Internal note: the visitor will not see this.</source>
        <translation>Note interne : le visiteur ne la verra pas.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1183"/>
        <source>To the visitor.</source>
        <translation>Au visiteur.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1214"/>
        <source>No chat is waiting for your reply.</source>
        <translation>Aucun chat n&apos;attend votre réponse.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1232"/>
        <source>Not connected to the router: this waits until the connection is back.</source>
        <translation>Pas de connexion au routeur : cela attendra le retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1245"/>
        <source>Chat transferred.</source>
        <translation>Chat transféré.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1246"/>
        <source>Could not transfer the chat: %1</source>
        <translation>Impossible de transférer le chat : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1412"/>
        <source>The router is not reachable.</source>
        <translation>Le routeur est injoignable.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Chat ended.</source>
        <translation>Chat terminé.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1416"/>
        <source>Could not end the chat: %1</source>
        <translation>Impossible de terminer le chat : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1535"/>
        <source>Open a chat to export it.</source>
        <translation>Ouvrez une discussion pour l&apos;exporter.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1538"/>
        <location filename="../src/desk/MainWindow.cpp" line="1560"/>
        <source>Export the chat as PDF</source>
        <translation>Exporter la discussion en PDF</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1539"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1563"/>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1593"/>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1661"/>
        <source>Not known: %1</source>
        <translation>Inconnu : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1662"/>
        <source>&lt;b&gt;Preview&lt;/b&gt; (Enter or Tab inserts, Esc closes):</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt; (Entrée ou Tab insère, Échap ferme) :</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1692"/>
        <source>Open one of your chats first.</source>
        <translation>Ouvrez d&apos;abord un de vos chats.</translation>
    </message>
    <message>
        <location filename="../src/desk/MainWindow.cpp" line="1727"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
</context>
<context>
    <name>handoff::MonitorView</name>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="25"/>
        <source>&amp;Stop monitoring</source>
        <translation>&amp;Arrêter l&apos;observation</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="26"/>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Join conversation</source>
        <translation>&amp;Rejoindre la conversation</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="28"/>
        <source>Se&amp;nd</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="46"/>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Monitored transcript (read-only)</source>
        <translation>Historique observé (lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="49"/>
        <source>Take part visibly: the visitor and the agent see that you joined and read your lines. The agent keeps the chat.</source>
        <translation>Participer visiblement : le visiteur et l’agent voient que vous avez rejoint la discussion et lisent vos messages. L’agent garde la discussion.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="52"/>
        <source>Your line to the visitor and the agent</source>
        <translation>Votre message au visiteur et à l’agent</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="53"/>
        <source>Write to the visitor and the agent…</source>
        <translation>Écrire au visiteur et à l’agent…</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="56"/>
        <source>Send your line</source>
        <translation>Envoyer votre message</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="131"/>
        <source>The chat has ended; monitoring stopped.</source>
        <translation>Le chat est terminé ; l&apos;observation s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="132"/>
        <source>Monitoring stopped.</source>
        <translation>Observation arrêtée.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="169"/>
        <source>&amp;Leave conversation</source>
        <translation>&amp;Quitter la conversation</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="175"/>
        <source>Transcript of the chat you joined</source>
        <translation>Transcription de la discussion que vous avez rejointe</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="202"/>
        <location filename="../src/desk/MonitorView.cpp" line="222"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="203"/>
        <source>%1 (ended)</source>
        <translation>%1 (terminé)</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="223"/>
        <source>Monitoring %1</source>
        <translation>Observation de %1</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="229"/>
        <source>%1 · %2 — you joined: the visitor and the agent see your lines.</source>
        <translation>%1 · %2 — vous participez : le visiteur et l’agent voient vos messages.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="232"/>
        <source>%1 · %2 — read-only: the visitor and the agent do not see you.</source>
        <translation>%1 · %2 — lecture seule : le visiteur et l&apos;agent ne vous voient pas.</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>No agent</source>
        <translation>Aucun agent</translation>
    </message>
    <message>
        <location filename="../src/desk/MonitorView.cpp" line="227"/>
        <source>Agent: %1</source>
        <translation>Agent : %1</translation>
    </message>
</context>
<context>
    <name>handoff::MyChatsModel</name>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="31"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="36"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="95"/>
        <source>consulting for %1</source>
        <translation>consultation pour %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/client/MyChatsModel.cpp" line="97"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="99"/>
        <source>the visitor left</source>
        <translation>le visiteur est parti</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="103"/>
        <source>waiting for your reply for 1 minute</source>
        <translation>attend votre réponse depuis 1 minute</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="104"/>
        <source>waiting for your reply for %1 minutes</source>
        <translation>attend votre réponse depuis %1 minutes</translation>
    </message>
    <message>
        <location filename="../src/client/MyChatsModel.cpp" line="106"/>
        <source>waiting for your reply</source>
        <translation>attend votre réponse</translation>
    </message>
</context>
<context>
    <name>handoff::OfferModel</name>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="45"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>%1 · %2 · %3 s left</source>
        <translation>%1 · %2 · encore %3 s</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="49"/>
        <source>no topic</source>
        <translation>aucun sujet</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="81"/>
        <source>Offer: %1</source>
        <translation>Proposition : %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="84"/>
        <source>topic %1</source>
        <translation>sujet %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="88"/>
        <source>queue %1</source>
        <translation>file d&apos;attente %1</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>1 second left to accept</source>
        <translation>encore 1 seconde pour accepter</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="91"/>
        <source>%1 seconds left to accept</source>
        <translation>encore %1 secondes pour accepter</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting 1 minute</source>
        <translation>attend depuis 1 minute</translation>
    </message>
    <message>
        <location filename="../src/client/OfferModel.cpp" line="94"/>
        <source>waiting %1 minutes</source>
        <translation>attend depuis %1 minutes</translation>
    </message>
</context>
<context>
    <name>handoff::OfferNotifier</name>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="88"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="146"/>
        <source>A visitor</source>
        <translation>Un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="90"/>
        <source>%1 is waiting for you.</source>
        <translation>%1 vous attend.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="91"/>
        <source>%1 is waiting for you (%2).</source>
        <translation>%1 vous attend (%2).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="98"/>
        <source>New chat offered</source>
        <translation>Nouveau chat proposé</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="99"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="130"/>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="100"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="131"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="155"/>
        <location filename="../src/desk/OfferNotifier.cpp" line="162"/>
        <source>Open Handoff Desk</source>
        <translation>Ouvrir Handoff Desk</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="123"/>
        <source>a visitor</source>
        <translation>un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="125"/>
        <source>%1 asks you about the chat with %2.</source>
        <translation>%1 vous consulte sur le chat avec %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="126"/>
        <source>%1 asks you about the chat with %2 (%3).</source>
        <translation>%1 vous consulte sur le chat avec %2 (%3).</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="129"/>
        <source>Consult request</source>
        <translation>Demande de consultation</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message.</source>
        <translation>%1 a laissé un message.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="149"/>
        <source>%1 left a message in %2.</source>
        <translation>%1 a laissé un message dans %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfferNotifier.cpp" line="154"/>
        <source>New message left</source>
        <translation>Nouveau message laissé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/OfferNotifier.cpp" line="240"/>
        <source>Handoff Desk — %n unread</source>
        <translation>
            <numerusform>Handoff Desk — %n non lu</numerusform>
            <numerusform>Handoff Desk — %n non lus</numerusform>
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
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="94"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../src/client/OfflineMessageModel.cpp" line="96"/>
        <source>Handled by %1</source>
        <translation>Traité par %1</translation>
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
        <translation>Ré&amp;pondre par e-mail</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="85"/>
        <source>Cop&amp;y email</source>
        <translation>C&amp;opier l&apos;e-mail</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="87"/>
        <source>Mark &amp;handled</source>
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="89"/>
        <source>Mark handled (Ctrl+Shift+H): the message leaves every agent&apos;s list</source>
        <translation>Marquer comme traité (Ctrl+Maj+H) : le message disparaît de la liste de tous les agents</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="101"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="102"/>
        <source>Left:</source>
        <translation>Laissé :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="103"/>
        <source>Queue:</source>
        <translation>File d&apos;attente :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="104"/>
        <source>Topic:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="105"/>
        <source>Page:</source>
        <translation>Page :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="110"/>
        <source>Collected by the bot</source>
        <translation>Recueilli par le bot</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="119"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="153"/>
        <source>Re: your message</source>
        <translation>Re : votre message</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="167"/>
        <source>Choose a message on the left.</source>
        <translation>Choisissez un message à gauche.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="172"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="173"/>
        <source>(none given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="182"/>
        <source>Handled by %1 on %2.</source>
        <translation>Traité par %1 le %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="193"/>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="212"/>
        <location filename="../src/desk/OfflineMessageView.cpp" line="240"/>
        <source>The visitor gave no e-mail address a reply could go to.</source>
        <translation>Le visiteur n&apos;a indiqué aucune adresse e-mail à laquelle répondre.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="244"/>
        <source>No e-mail program could be opened. Copy the address with Copy email instead.</source>
        <translation>Aucun logiciel de messagerie n&apos;a pu être ouvert. Copiez plutôt l&apos;adresse avec Copier l&apos;e-mail.</translation>
    </message>
    <message>
        <location filename="../src/desk/OfflineMessageView.cpp" line="252"/>
        <source>Copied %1.</source>
        <translation>%1 copié.</translation>
    </message>
</context>
<context>
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Le message n&apos;a pas pu être enregistré sur cet ordinateur (%1) ; il n&apos;a pas été envoyé.</translation>
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
        <translation>%1 (fermée)</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="43"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="51"/>
        <source>%1: %2 waiting, longest %3, %4 agents available</source>
        <translation>%1 : %2 en attente, attente max. %3, agents disponibles : %4</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="65"/>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="67"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="69"/>
        <source>Longest</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../src/client/QueueOverviewModel.cpp" line="71"/>
        <source>Agents free</source>
        <translation>Agents libres</translation>
    </message>
</context>
<context>
    <name>handoff::ReassignDialog</name>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="20"/>
        <source>the visitor</source>
        <translation>le visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="23"/>
        <source>Reassign chat to %1</source>
        <translation>Réattribuer le chat à %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="25"/>
        <source>Give the chat with %1 to %2?</source>
        <translation>Confier le chat avec %1 à %2 ?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="26"/>
        <source>Move the chat with %1 from %2 to %3?</source>
        <translation>Déplacer le chat avec %1 de %2 vers %3 ?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="28"/>
        <source>%1 gets the whole history and the bot&apos;s fields; %2 sees the new agent join.</source>
        <translation>%1 reçoit tout l&apos;historique et les champs du bot ; %2 voit arriver le nouvel agent.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="29"/>
        <location filename="../src/desk/ReassignDialog.cpp" line="36"/>
        <source>The chat leaves %1&apos;s desk at once.</source>
        <translation>Le chat quitte aussitôt le desk de %1.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="30"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Réattribuer</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="32"/>
        <source>Move chat to queue %1</source>
        <translation>Déplacer le chat vers la file d&apos;attente %1</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="33"/>
        <source>Move the chat with %1 to the queue %2?</source>
        <translation>Déplacer le chat avec %1 vers la file d&apos;attente %2 ?</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="35"/>
        <source>It waits there with its original place in line and is offered to the next free agent.</source>
        <translation>Il y garde sa place d&apos;origine et sera proposé au prochain agent libre.</translation>
    </message>
    <message>
        <location filename="../src/desk/ReassignDialog.cpp" line="37"/>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
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
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="23"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="48"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="50"/>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="99"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../src/desk/ReportControls.cpp" line="116"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>handoff::SearchDialog</name>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="24"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="51"/>
        <source>Signed-in &amp;customers (every chat, from the router):</source>
        <translation>&amp;Clients connectés (toutes les discussions, du routeur) :</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="57"/>
        <source>Conversations of signed-in customers</source>
        <translation>Conversations des clients connectés</translation>
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
        <translation>%1, %2, client %3 : %4</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="103"/>
        <source>No signed-in customer matches “%1”.</source>
        <translation>Aucun client connecté ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="105"/>
        <source>The latest %1 chats; refine the search to see others.</source>
        <translation>Les %1 dernières discussions ; affinez la recherche pour en voir d&apos;autres.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="106"/>
        <source>Chats found: %1. Enter opens one, read-only.</source>
        <translation>Discussions trouvées : %1. Entrée en ouvre une, en lecture seule.</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="158"/>
        <source>Chat with %1 · %2
%3</source>
        <translation>Chat avec %1 · %2
%3</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="159"/>
        <source>a visitor</source>
        <translation>un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="169"/>
        <source>No transcript on this computer contains “%1”.</source>
        <translation>Aucun historique de cet ordinateur ne contient « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/desk/SearchDialog.cpp" line="172"/>
        <source>Lines found: %1. Down goes to the list, Enter opens the chat.</source>
        <translation>Lignes trouvées : %1. Flèche bas va dans la liste, Entrée ouvre le chat.</translation>
    </message>
</context>
<context>
    <name>handoff::ShortcutOverview</name>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="59"/>
        <source>Find an action</source>
        <translation>Rechercher une action</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="49"/>
        <location filename="../src/desk/ShortcutOverview.cpp" line="70"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="51"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="54"/>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="57"/>
        <source>Part of an action&apos;s name or its keys, e.g. chat or Ctrl+J</source>
        <translation>Une partie du nom d&apos;une action ou de ses touches, p. ex. chat ou Ctrl+J</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="60"/>
        <source>Up and Down choose an action, Enter runs it.</source>
        <translation>Les flèches Haut et Bas choisissent une action, Entrée l&apos;exécute.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="78"/>
        <source>Enter runs the chosen action. Besides these: Enter sends and Shift+Enter starts a new line in the message; Alt and an underlined letter go to that field or button.</source>
        <translation>Entrée exécute l&apos;action choisie. En outre : dans le message, Entrée envoie et Maj+Entrée commence une nouvelle ligne ; Alt et une lettre soulignée mènent au champ ou au bouton correspondant.</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="132"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="143"/>
        <source>%1 (not possible now)</source>
        <translation>%1 (impossible pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="149"/>
        <source>%1, no key, in %2</source>
        <translation>%1, sans touche, dans %2</translation>
    </message>
    <message>
        <location filename="../src/desk/ShortcutOverview.cpp" line="150"/>
        <source>%1, %2, in %3</source>
        <translation>%1, %2, dans %3</translation>
    </message>
</context>
<context>
    <name>handoff::SupervisorBoard</name>
    <message>
        <location filename="../src/client/SupervisorBoard.cpp" line="166"/>
        <source>Not connected to the router.</source>
        <translation>Pas de connexion au routeur.</translation>
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
        <translation>Occupé</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="35"/>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="37"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="71"/>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="72"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="73"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="105"/>
        <source>&amp;Escalations</source>
        <translation>&amp;Escalades</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="108"/>
        <source>&amp;KPIs</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="111"/>
        <source>Au&amp;dit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="114"/>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="201"/>
        <source>the visitor</source>
        <translation>le visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="213"/>
        <source>Reassigning the chat with %1 to %2…</source>
        <translation>Réattribution du chat avec %1 à %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="216"/>
        <source>Moving the chat with %1 to %2…</source>
        <translation>Déplacement du chat avec %1 vers %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="227"/>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="241"/>
        <source>That chat has ended or is no longer on the board.</source>
        <translation>Ce chat est terminé ou n&apos;est plus sur le tableau.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="231"/>
        <source>%1 already has the chat with %2.</source>
        <translation>%1 a déjà le chat avec %2.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="267"/>
        <source>Read-only view of a live chat</source>
        <translation>Vue en lecture seule d&apos;un chat en cours</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="294"/>
        <source>Force close chat</source>
        <translation>Forcer la fermeture du chat</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="295"/>
        <source>End the chat with %1 now? The visitor reads “A supervisor ended the chat.”
Reason for the audit log (optional):</source>
        <translation>Terminer le chat avec %1 maintenant ? Le visiteur lira « Un superviseur a mis fin au chat. »
Motif pour le journal d&apos;audit (facultatif) :</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="301"/>
        <source>&amp;Force close</source>
        <translation>&amp;Forcer la fermeture</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="303"/>
        <source>Closing the chat with %1…</source>
        <translation>Fermeture du chat avec %1…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="311"/>
        <source>Setting %1 to %2…</source>
        <translation>Passage de %1 à %2…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="322"/>
        <source>Reassign to &amp;agent</source>
        <translation>Réattribuer à un &amp;agent</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="326"/>
        <source>%1 — %2, %3/%4</source>
        <translation>%1 — %2, %3/%4</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="332"/>
        <source>Move to &amp;queue</source>
        <translation>Déplacer vers une &amp;file d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="334"/>
        <source>%1 (closed)</source>
        <translation>%1 (fermée)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="339"/>
        <source>&amp;Monitor</source>
        <translation>&amp;Observer</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="341"/>
        <source>&amp;Force close…</source>
        <translation>Forcer la f&amp;ermeture…</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="352"/>
        <source>Set &amp;presence</source>
        <translation>Définir la &amp;présence</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="358"/>
        <source>Show their &amp;chats</source>
        <translation>Voir ses &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="371"/>
        <source>Show its &amp;chats</source>
        <translation>Voir ses &amp;chats</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="385"/>
        <source>Could not do that: %1</source>
        <translation>Impossible : %1</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="389"/>
        <source>Reassigned the chat with %1.</source>
        <translation>Chat avec %1 réattribué.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="391"/>
        <source>Closed the chat.</source>
        <translation>Chat fermé.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="393"/>
        <source>Presence of %1 changed.</source>
        <translation>Présence de %1 modifiée.</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues (%1 waiting)</source>
        <translation>&amp;Files d&apos;attente (%1 en attente)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="444"/>
        <source>&amp;Queues</source>
        <translation>&amp;Files d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="448"/>
        <source>&amp;Agents (%1 signed in)</source>
        <translation>Age&amp;nts (connectés : %1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="451"/>
        <source>&amp;Conversations (%1)</source>
        <translation>Con&amp;versations (%1)</translation>
    </message>
    <message>
        <location filename="../src/desk/SupervisorBoardWidget.cpp" line="452"/>
        <source>&amp;Conversations (%1 of %2)</source>
        <translation>Con&amp;versations (%1 sur %2)</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptDelegate</name>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="67"/>
        <source>Handoff · %1</source>
        <translation>Transmission · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="72"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="74"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="76"/>
        <source>%1 (bot)</source>
        <translation>%1 (bot)</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="82"/>
        <source>Internal note · %1</source>
        <translation>Note interne · %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="86"/>
        <source> · waiting to send</source>
        <translation> · en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="89"/>
        <source> · sent ✓</source>
        <translation> · envoyé ✓</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptDelegate.cpp" line="92"/>
        <source> · not sent: %1</source>
        <translation> · non envoyé : %1</translation>
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
        <translation>Visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="156"/>
        <source>sent a file %1</source>
        <translation>a envoyé un fichier %1</translation>
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
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="138"/>
        <location filename="../src/client/TranscriptModel.cpp" line="253"/>
        <source>Handoff</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="96"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="99"/>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="100"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="101"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="140"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="142"/>
        <source>Visitor %1</source>
        <translation>Visiteur %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="146"/>
        <source>Consult, %1</source>
        <translation>Consultation, %1</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="148"/>
        <source>%1 (internal note)</source>
        <translation>%1 (note interne)</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="157"/>
        <location filename="../src/client/TranscriptModel.cpp" line="162"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="160"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="162"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="164"/>
        <source>%1 — sending</source>
        <translation>%1 — envoi en cours</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="166"/>
        <source>%1 — not sent</source>
        <translation>%1 — non envoyé</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="167"/>
        <source>%1 — not sent: %2</source>
        <translation>%1 — non envoyé : %2</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="207"/>
        <source>the visitor asked for a person</source>
        <translation>le visiteur a demandé à parler à quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="209"/>
        <source>the bot did not understand the visitor</source>
        <translation>le bot n&apos;a pas compris le visiteur</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="211"/>
        <source>the visitor seemed frustrated</source>
        <translation>le visiteur semblait frustré</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="213"/>
        <source>a topic that always goes to a person</source>
        <translation>un sujet toujours confié à un humain</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="215"/>
        <source>handed over by an external bot</source>
        <translation>transmis par un bot externe</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="242"/>
        <source>Handed over to a person: %1.</source>
        <translation>Transmis à un agent : %1.</translation>
    </message>
    <message>
        <location filename="../src/client/TranscriptModel.cpp" line="243"/>
        <source>Handed over to a person: %1 (%2).</source>
        <translation>Transmis à un agent : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>handoff::TranscriptPdf</name>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5</source>
        <translation>Noté %1/5</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="29"/>
        <source>Rated %1/5: %2</source>
        <translation>Noté %1/5 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>Chat with %1</source>
        <translation>Discussion avec %1</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="37"/>
        <source>a visitor</source>
        <translation>un visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="38"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="39"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="40"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="41"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="42"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="43"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="45"/>
        <source>Handoff reason</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="50"/>
        <source>Visitor&apos;s rating</source>
        <translation>Note du visiteur</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="55"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="59"/>
        <source>internal note</source>
        <translation>note interne</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="73"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/desk/TranscriptPdf.cpp" line="79"/>
        <source>Chat %1</source>
        <translation>Discussion %1</translation>
    </message>
</context>
<context>
    <name>handoff::TransferDialog</name>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="24"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transférer</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="28"/>
        <source>%1 — %2 waiting, %3 free</source>
        <translation>%1 — %2 en attente, agents libres : %3</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="32"/>
        <source>General (default)</source>
        <translation>Général (par défaut)</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="39"/>
        <source>Find an agent</source>
        <translation>Rechercher un agent</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="41"/>
        <source>Type part of a name; Up and Down choose among the colleagues who can take the chat.</source>
        <translation>Saisissez une partie d&apos;un nom ; les flèches Haut et Bas choisissent parmi les collègues qui peuvent prendre le chat.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="42"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="44"/>
        <source>Colleagues with their status and chats; offline, away and full ones cannot be chosen.</source>
        <translation>Les collègues avec leur statut et leurs chats ; ceux qui sont hors ligne, absents ou sans place libre ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="45"/>
        <source>Asking the router who is available…</source>
        <translation>Interrogation du routeur sur les agents disponibles…</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="67"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="75"/>
        <source>Consult a colleague</source>
        <translation>Consulter un collègue</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="81"/>
        <source>&amp;Ask</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="82"/>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="84"/>
        <source>Agents and supervisors with their status; offline ones cannot be chosen.</source>
        <translation>Agents et superviseurs avec leur statut ; ceux hors ligne ne peuvent pas être choisis.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="103"/>
        <source>User name, e.g. bob</source>
        <translation>Nom d&apos;utilisateur, p. ex. bob</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="105"/>
        <source>Could not ask the router who is available: %1 Type the colleague&apos;s user name instead.</source>
        <translation>Impossible de demander au routeur qui est disponible : %1 Saisissez plutôt le nom d&apos;utilisateur du collègue.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="142"/>
        <source>There is no other agent.</source>
        <translation>Il n&apos;y a aucun autre agent.</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="144"/>
        <source>Nobody else is signed in now.</source>
        <translation>Personne d’autre n’est connecté pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="145"/>
        <source>Colleagues signed in now: %n.</source>
        <translation>
            <numerusform>Collègues connectés : %n.</numerusform>
            <numerusform>Collègues connectés : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="147"/>
        <source>No colleague matches “%1”.</source>
        <translation>Aucun collègue ne correspond à « %1 ».</translation>
    </message>
    <message>
        <location filename="../src/desk/TransferDialog.cpp" line="149"/>
        <source>Nobody here can take a chat now; transfer to a queue instead.</source>
        <translation>Personne ici ne peut prendre de chat pour l&apos;instant ; transférez plutôt vers une file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/desk/TransferDialog.cpp" line="151"/>
        <source>Colleagues who can take the chat now: %n.</source>
        <translation>
            <numerusform>%n collègue peut prendre le chat maintenant.</numerusform>
            <numerusform>%n collègues peuvent prendre le chat maintenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>handoff::WebhookDeliveryModel</name>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="40"/>
        <source>%1 (bot callback)</source>
        <translation>%1 (retour au bot)</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="43"/>
        <source>Delivered %1</source>
        <translation>Livré %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="45"/>
        <source>Given up</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="46"/>
        <source>Pending, next attempt %1</source>
        <translation>En attente, prochain essai %1</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="68"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="70"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="72"/>
        <source>Sent to</source>
        <translation>Envoyé à</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="74"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="76"/>
        <source>Attempts</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location filename="../src/client/WebhookDeliveryModel.cpp" line="78"/>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
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
        <translation>&amp;Terminer le chat</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="17"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="18"/>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="19"/>
        <source>Needs follow-up</source>
        <translation>Suivi nécessaire</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="20"/>
        <source>Visitor did not respond</source>
        <translation>Le visiteur n&apos;a pas répondu</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="24"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../src/desk/WrapUpDialog.cpp" line="56"/>
        <source>The chat could not be ended: %1 Your note is kept; try again.</source>
        <translation>Le chat n&apos;a pas pu être terminé : %1 Votre note est conservée ; réessayez.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/desk/main.cpp" line="28"/>
        <source>Handoff Desk: answer the chats a bot hands over.</source>
        <translation>Handoff Desk : répondez aux chats qu&apos;un bot vous transmet.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="30"/>
        <source>Environment:
  HANDOFF_DESK_PASSWORD  Sign in with this password, without the login dialog. For demos and
                         scripts only: it is not remembered, and other programs of the same
                         user can read it. Needs --user (or the user name of the last sign-in).
                         A wrong password opens the login dialog with the error.</source>
        <translation>Environnement :
  HANDOFF_DESK_PASSWORD  Se connecter avec ce mot de passe, sans la boîte de connexion. Pour les
                         démos et les scripts seulement : il n&apos;est pas mémorisé, et les autres
                         programmes du même utilisateur peuvent le lire. Nécessite --user (ou le
                         nom d&apos;utilisateur de la dernière connexion). Un mot de passe erroné
                         ouvre la boîte de connexion avec l&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="39"/>
        <source>Router address, e.g. chat.example.org:8080.</source>
        <translation>Adresse du routeur, p. ex. chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="41"/>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/desk/main.cpp" line="43"/>
        <source>Language of the desk, e.g. de or en (default: the system&apos;s).</source>
        <translation>Langue du desk, p. ex. fr ou en (par défaut : celle du système).</translation>
    </message>
</context>
</TS>

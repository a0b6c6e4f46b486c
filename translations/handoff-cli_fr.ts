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
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache local %1 : %2</translation>
    </message>
</context>
<context>
    <name>handoff-cli</name>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="54"/>
        <source>Commands:
  chats                      list my open chats
  send &lt;conversation&gt; &lt;text&gt; send a line (--internal for an agents-only note)
  offers [count]             wait for offers and print them without accepting (default 1); --json
  accept [count]             wait for offers and accept them (default 1); --reply TEXT answers each
  search &lt;words&gt;             search the transcripts cached on this computer
  kpi [from [to]]            supervisors: the KPI report as CSV, days YYYY-MM-DD in the router&apos;s
                             time zone (default today)</source>
        <translation>Commandes :
  chats                      lister mes chats ouverts
  send &lt;conversation&gt; &lt;text&gt; envoyer une ligne (--internal pour une note réservée aux agents)
  offers [count]             attendre des propositions et les afficher sans les accepter (1 par défaut) ; --json
  accept [count]             attendre des propositions et les accepter (1 par défaut) ; --reply TEXTE répond à chacune
  search &lt;words&gt;             rechercher dans les historiques enregistrés sur cet ordinateur
  kpi [from [to]]            superviseurs : le rapport des KPI en CSV, jours YYYY-MM-DD dans le fuseau
                             horaire du routeur (par défaut aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="69"/>
        <source>Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</source>
        <translation>Utilisation : handoff-cli [--server HÔTE:PORT] --user NOM [--password MOT_DE_PASSE] &lt;commande&gt; …</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="73"/>
        <source>handoff-cli --help lists every option.</source>
        <translation>handoff-cli --help affiche toutes les options.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="84"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>« %1 » n&apos;est pas une adresse de routeur. Utilisez hôte:port, par exemple chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="98"/>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="101"/>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="104"/>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="107"/>
        <source>network unreachable</source>
        <translation>réseau inaccessible</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="113"/>
        <source>Cannot reach the router at %1: %2</source>
        <translation>Impossible de joindre le routeur à l&apos;adresse %1 : %2</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="129"/>
        <source>Command-line desk for Handoff.</source>
        <translation>Desk Handoff en ligne de commande.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="134"/>
        <source>Router address: host:port, or https://host:port (also wss://) for a router that serves TLS.</source>
        <translation>Adresse du routeur : hôte:port, ou https://hôte:port (ou wss://) pour un routeur qui sert en TLS.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="138"/>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="140"/>
        <source>Password (or set HANDOFF_PASSWORD).</source>
        <translation>Mot de passe (ou définir HANDOFF_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="142"/>
        <source>Send an internal note.</source>
        <translation>Envoyer une note interne.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="144"/>
        <source>Line to send after accepting.</source>
        <translation>Ligne à envoyer après l&apos;acceptation.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="146"/>
        <source>Give up after this many seconds.</source>
        <translation>Abandonner après ce nombre de secondes.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="149"/>
        <source>Directory for the local cache.</source>
        <translation>Dossier du cache local.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="151"/>
        <source>offers: print each offer as one line of JSON (summary, handoff context, transcript).</source>
        <translation>offers : afficher chaque proposition sur une ligne JSON (résumé, contexte du transfert, historique).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="154"/>
        <source>PEM file of the CA that signed the router&apos;s certificate, for https:// and wss:// addresses (or set HANDOFF_CA_FILE; the system&apos;s CAs are always trusted).</source>
        <translation>Fichier PEM de l&apos;autorité de certification qui a signé le certificat du routeur, pour les adresses https:// et wss:// (ou définir HANDOFF_CA_FILE ; les autorités du système sont toujours reconnues).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="159"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Langue des messages, par exemple fr ou en (par défaut, la variable d&apos;environnement HANDOFF_LANGUAGE, sinon la langue du système).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="166"/>
        <source>chats, send, offers, accept, search or kpi</source>
        <translation>chats, send, offers, accept, search ou kpi</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="179"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="184"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="186"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Indiquez le nom d&apos;utilisateur avec --user NOM.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="188"/>
        <source>send needs a conversation id and a text.</source>
        <translation>send attend un identifiant de conversation et un texte.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="190"/>
        <source>chats takes no arguments.</source>
        <translation>chats ne prend aucun argument.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="196"/>
        <source>%1 takes one count, a whole number from 1.</source>
        <translation>%1 prend un seul nombre, un entier à partir de 1.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="203"/>
        <source>kpi takes up to two dates, YYYY-MM-DD.</source>
        <translation>kpi prend au plus deux dates, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="210"/>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout doit être un nombre de secondes entre 1 et 86400.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="218"/>
        <source>No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD (HANDOFF_PASSWORD keeps it out of the shell history and the process list).</source>
        <translation>Pas de mot de passe : indiquez-le avec --password MOT_DE_PASSE ou dans la variable d&apos;environnement HANDOFF_PASSWORD (HANDOFF_PASSWORD le tient à l&apos;écart de l&apos;historique du shell et de la liste des processus).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="228"/>
        <source>Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE.</source>
        <translation>Demandez le fichier de l&apos;autorité de certification au service informatique et indiquez-le avec --ca-file FICHIER ou HANDOFF_CA_FILE.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="258"/>
        <source>Timed out: no offer arrived within %1 s.</source>
        <translation>Délai dépassé : aucune proposition reçue en %1 s.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="262"/>
        <source>Timed out.</source>
        <translation>Délai dépassé.</translation>
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
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Le message n&apos;a pas pu être enregistré sur cet ordinateur (%1) ; il n&apos;a pas été envoyé.</translation>
    </message>
</context>
</TS>

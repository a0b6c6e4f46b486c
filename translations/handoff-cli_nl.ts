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
        <translation>Het veld ‘id’ moet een tekenreeks van hoogstens %1 tekens zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>Het veld ‘type’ ontbreekt of is geen korte tekenreeks.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>Het veld ‘re’ moet een tekenreeks zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>Het veld ‘seq’ moet een geheel getal zijn.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>Het veld ‘data’ moet een object zijn.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>De lokale cache %1 kan niet worden geopend: %2</translation>
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
        <translation>Opdrachten:
  chats                      mijn open chats tonen
  send &lt;conversation&gt; &lt;text&gt; een regel versturen (--internal voor een notitie alleen voor agenten)
  offers [count]             op aanbiedingen wachten en ze tonen zonder ze aan te nemen (standaard 1); --json
  accept [count]             op aanbiedingen wachten en ze aannemen (standaard 1); --reply TEKST beantwoordt elke chat
  search &lt;words&gt;             de transcripten doorzoeken die op deze computer zijn opgeslagen
  kpi [from [to]]            supervisors: het KPI-rapport als CSV, dagen YYYY-MM-DD in de tijdzone
                             van de router (standaard vandaag)</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="69"/>
        <source>Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</source>
        <translation>Gebruik: handoff-cli [--server HOST:POORT] --user NAAM [--password WACHTWOORD] &lt;opdracht&gt; …</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="73"/>
        <source>handoff-cli --help lists every option.</source>
        <translation>handoff-cli --help toont alle opties.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="84"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>‘%1’ is geen routeradres. Gebruik host:poort, bijvoorbeeld chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="98"/>
        <source>connection refused</source>
        <translation>verbinding geweigerd</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="101"/>
        <source>host not found</source>
        <translation>host niet gevonden</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="104"/>
        <source>no answer within %1 s</source>
        <translation>geen antwoord binnen %1 s</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="107"/>
        <source>network unreachable</source>
        <translation>netwerk onbereikbaar</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="113"/>
        <source>Cannot reach the router at %1: %2</source>
        <translation>De router op %1 is niet bereikbaar: %2</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="129"/>
        <source>Command-line desk for Handoff.</source>
        <translation>Handoff-desk voor de opdrachtregel.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="134"/>
        <source>Router address: host:port, or https://host:port (also wss://) for a router that serves TLS.</source>
        <translation>Adres van de router: host:poort, of https://host:poort (ook wss://) voor een router met TLS.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="138"/>
        <source>User name.</source>
        <translation>Gebruikersnaam.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="140"/>
        <source>Password (or set HANDOFF_PASSWORD).</source>
        <translation>Wachtwoord (of stel HANDOFF_PASSWORD in).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="142"/>
        <source>Send an internal note.</source>
        <translation>Een interne notitie versturen.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="144"/>
        <source>Line to send after accepting.</source>
        <translation>Regel die na het aannemen wordt verstuurd.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="146"/>
        <source>Give up after this many seconds.</source>
        <translation>Na dit aantal seconden opgeven.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="149"/>
        <source>Directory for the local cache.</source>
        <translation>Map voor de lokale cache.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="151"/>
        <source>offers: print each offer as one line of JSON (summary, handoff context, transcript).</source>
        <translation>offers: elke aanbieding als één JSON-regel tonen (samenvatting, overdrachtscontext, transcript).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="154"/>
        <source>PEM file of the CA that signed the router&apos;s certificate, for https:// and wss:// addresses (or set HANDOFF_CA_FILE; the system&apos;s CAs are always trusted).</source>
        <translation>PEM-bestand van de CA die het certificaat van de router heeft ondertekend, voor https://- en wss://-adressen (of stel HANDOFF_CA_FILE in; de CA&apos;s van het systeem worden altijd vertrouwd).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="159"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Taal van de meldingen, bijvoorbeeld nl of en (standaard: de omgevingsvariabele HANDOFF_LANGUAGE, anders de taal van het systeem).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="166"/>
        <source>chats, send, offers, accept, search or kpi</source>
        <translation>chats, send, offers, accept, search of kpi</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="179"/>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="184"/>
        <source>Unknown command: %1</source>
        <translation>Onbekende opdracht: %1</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="186"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Geef de gebruikersnaam op met --user NAAM.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="188"/>
        <source>send needs a conversation id and a text.</source>
        <translation>send heeft een gespreks-ID en een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="190"/>
        <source>chats takes no arguments.</source>
        <translation>chats neemt geen argumenten.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="196"/>
        <source>%1 takes one count, a whole number from 1.</source>
        <translation>%1 neemt één aantal, een geheel getal vanaf 1.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="203"/>
        <source>kpi takes up to two dates, YYYY-MM-DD.</source>
        <translation>kpi neemt hoogstens twee datums, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="210"/>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout moet een aantal seconden van 1 tot 86400 zijn.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="218"/>
        <source>No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD (HANDOFF_PASSWORD keeps it out of the shell history and the process list).</source>
        <translation>Geen wachtwoord: geef het op met --password WACHTWOORD of in de omgevingsvariabele HANDOFF_PASSWORD (HANDOFF_PASSWORD houdt het buiten de shellgeschiedenis en de proceslijst).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="228"/>
        <source>Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE.</source>
        <translation>Vraag het CA-bestand aan de IT-afdeling en geef het op met --ca-file BESTAND of HANDOFF_CA_FILE.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="258"/>
        <source>Timed out: no offer arrived within %1 s.</source>
        <translation>Tijd verstreken: binnen %1 s kwam geen aanbieding binnen.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="262"/>
        <source>Timed out.</source>
        <translation>Tijd verstreken.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Vraag het CA-bestand aan de IT-afdeling en stel tlsCaFile in.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>Het certificaat van de router geldt niet voor %1 (het noemt %2). Gebruik het adres dat het certificaat noemt, of vraag de IT-afdeling om een certificaat dat %1 bevat.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>geen host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>Het certificaat van de router voor %1 is verlopen op %2. Vraag de IT-afdeling het te vernieuwen.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="131"/>
        <source>The router&apos;s certificate for %1 is not valid before %2. Check this computer&apos;s date and time.</source>
        <translation>Het certificaat van de router voor %1 is pas geldig vanaf %2. Controleer de datum en tijd van deze computer.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="143"/>
        <source>The router&apos;s certificate is not trusted (self-signed or unknown authority) for %1. %2</source>
        <translation>Het certificaat van de router voor %1 wordt niet vertrouwd (zelfondertekend of onbekende uitgever). %2</translation>
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
        <translation>‘%1’ is geen routeradres. Gebruik host:poort, bijvoorbeeld chat.example.org:8080.</translation>
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
        <translation>De router gebruikt protocol %1, maar deze desk gebruikt %2. Werk de desk bij of vraag de IT-afdeling de router bij te werken.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Gebruikersnaam of wachtwoord onjuist.</translation>
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
        <translation>De verbinding met de router ging verloren voordat hij antwoordde.</translation>
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
        <translation>Geen verbinding met de router; er is niets verstuurd.</translation>
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
        <translation>De lokale cache is niet geopend; er is niets verstuurd.</translation>
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
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Geen vertaling voor de taal ‘%1’; Engels wordt gebruikt.</translation>
    </message>
</context>
<context>
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Het bericht kon niet op deze computer worden opgeslagen (%1); het is niet verstuurd.</translation>
    </message>
</context>
</TS>

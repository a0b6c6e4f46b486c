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
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Der lokale Zwischenspeicher %1 kann nicht geöffnet werden: %2</translation>
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
        <translation>Befehle:
  chats                      meine offenen Chats auflisten
  send &lt;conversation&gt; &lt;text&gt; eine Zeile senden (--internal für eine Notiz nur für Agenten)
  offers [count]             auf Angebote warten und sie ausgeben, ohne sie anzunehmen (Standard 1); --json
  accept [count]             auf Angebote warten und sie annehmen (Standard 1); --reply TEXT beantwortet jedes
  search &lt;words&gt;             die auf diesem Computer gespeicherten Verläufe durchsuchen
  kpi [from [to]]            Supervisoren: der KPI-Bericht als CSV, Tage YYYY-MM-DD in der Zeitzone
                             des Routers (Standard heute)</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="69"/>
        <source>Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</source>
        <translation>Aufruf: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="73"/>
        <source>handoff-cli --help lists every option.</source>
        <translation>handoff-cli --help listet alle Optionen auf.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="84"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>„%1“ ist keine Router-Adresse. Verwenden Sie host:port, zum Beispiel chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="98"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="101"/>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="104"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="107"/>
        <source>network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="113"/>
        <source>Cannot reach the router at %1: %2</source>
        <translation>Der Router unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="129"/>
        <source>Command-line desk for Handoff.</source>
        <translation>Handoff-Desk für die Kommandozeile.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="134"/>
        <source>Router address: host:port, or https://host:port (also wss://) for a router that serves TLS.</source>
        <translation>Router-Adresse: host:port, oder https://host:port (auch wss://) für einen Router mit TLS.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="138"/>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="140"/>
        <source>Password (or set HANDOFF_PASSWORD).</source>
        <translation>Passwort (oder HANDOFF_PASSWORD setzen).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="142"/>
        <source>Send an internal note.</source>
        <translation>Eine interne Notiz senden.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="144"/>
        <source>Line to send after accepting.</source>
        <translation>Zeile, die nach dem Annehmen gesendet wird.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="146"/>
        <source>Give up after this many seconds.</source>
        <translation>Nach so vielen Sekunden aufgeben.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="149"/>
        <source>Directory for the local cache.</source>
        <translation>Verzeichnis für den lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="151"/>
        <source>offers: print each offer as one line of JSON (summary, handoff context, transcript).</source>
        <translation>offers: jedes Angebot als eine JSON-Zeile ausgeben (Zusammenfassung, Übergabekontext, Verlauf).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="154"/>
        <source>PEM file of the CA that signed the router&apos;s certificate, for https:// and wss:// addresses (or set HANDOFF_CA_FILE; the system&apos;s CAs are always trusted).</source>
        <translation>PEM-Datei der CA, die das Zertifikat des Routers signiert hat, für https://- und wss://-Adressen (oder HANDOFF_CA_FILE setzen; den CAs des Systems wird immer vertraut).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="159"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Sprache der Meldungen, z. B. de oder en (Standard: die Umgebungsvariable HANDOFF_LANGUAGE, sonst die Sprache des Systems).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="166"/>
        <source>chats, send, offers, accept, search or kpi</source>
        <translation>chats, send, offers, accept, search oder kpi</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="179"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="184"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="186"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Geben Sie den Benutzernamen mit --user NAME an.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="188"/>
        <source>send needs a conversation id and a text.</source>
        <translation>send braucht eine Gesprächs-ID und einen Text.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="190"/>
        <source>chats takes no arguments.</source>
        <translation>chats erwartet keine Argumente.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="196"/>
        <source>%1 takes one count, a whole number from 1.</source>
        <translation>%1 erwartet eine Anzahl, eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="203"/>
        <source>kpi takes up to two dates, YYYY-MM-DD.</source>
        <translation>kpi nimmt bis zu zwei Daten, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="210"/>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="218"/>
        <source>No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD (HANDOFF_PASSWORD keeps it out of the shell history and the process list).</source>
        <translation>Kein Passwort: geben Sie es mit --password PASSWORD oder in der Umgebungsvariablen HANDOFF_PASSWORD an (HANDOFF_PASSWORD hält es aus dem Shell-Verlauf und der Prozessliste heraus).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="228"/>
        <source>Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE.</source>
        <translation>Fragen Sie die IT nach der CA-Datei und geben Sie sie mit --ca-file DATEI oder HANDOFF_CA_FILE an.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="258"/>
        <source>Timed out: no offer arrived within %1 s.</source>
        <translation>Zeitüberschreitung: Innerhalb von %1 s kam kein Angebot.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="262"/>
        <source>Timed out.</source>
        <translation>Zeitüberschreitung.</translation>
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
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>Die Nachricht konnte auf diesem Computer nicht gespeichert werden (%1); sie wurde nicht gesendet.</translation>
    </message>
</context>
</TS>

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
    <name>QObject</name>
    <message>
        <location filename="../src/client/LocalCache.cpp" line="109"/>
        <source>Cannot open the local cache %1: %2</source>
        <translation>No se puede abrir la caché local %1: %2</translation>
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
        <translation>Comandos:
  chats                      listar mis chats abiertos
  send &lt;conversation&gt; &lt;text&gt; enviar una línea (--internal para una nota solo para agentes)
  offers [count]             esperar ofertas y mostrarlas sin aceptarlas (1 por defecto); --json
  accept [count]             esperar ofertas y aceptarlas (1 por defecto); --reply TEXTO responde a cada una
  search &lt;words&gt;             buscar en las transcripciones guardadas en este equipo
  kpi [from [to]]            supervisores: el informe de KPI en CSV, días YYYY-MM-DD en la zona
                             horaria del router (por defecto hoy)</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="69"/>
        <source>Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</source>
        <translation>Uso: handoff-cli [--server HOST:PUERTO] --user NOMBRE [--password CONTRASEÑA] &lt;comando&gt; …</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="73"/>
        <source>handoff-cli --help lists every option.</source>
        <translation>handoff-cli --help muestra todas las opciones.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="84"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>«%1» no es una dirección de router. Use host:puerto, por ejemplo chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="98"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="101"/>
        <source>host not found</source>
        <translation>host no encontrado</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="104"/>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="107"/>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="113"/>
        <source>Cannot reach the router at %1: %2</source>
        <translation>No se puede contactar con el router en %1: %2</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="129"/>
        <source>Command-line desk for Handoff.</source>
        <translation>Desk de Handoff para la línea de comandos.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="134"/>
        <source>Router address: host:port, or https://host:port (also wss://) for a router that serves TLS.</source>
        <translation>Dirección del router: host:puerto, o https://host:puerto (también wss://) para un router con TLS.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="138"/>
        <source>User name.</source>
        <translation>Nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="140"/>
        <source>Password (or set HANDOFF_PASSWORD).</source>
        <translation>Contraseña (o defina HANDOFF_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="142"/>
        <source>Send an internal note.</source>
        <translation>Enviar una nota interna.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="144"/>
        <source>Line to send after accepting.</source>
        <translation>Línea que se envía tras aceptar.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="146"/>
        <source>Give up after this many seconds.</source>
        <translation>Desistir tras este número de segundos.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="149"/>
        <source>Directory for the local cache.</source>
        <translation>Directorio de la caché local.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="151"/>
        <source>offers: print each offer as one line of JSON (summary, handoff context, transcript).</source>
        <translation>offers: mostrar cada oferta como una línea JSON (resumen, contexto del traspaso, transcripción).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="154"/>
        <source>PEM file of the CA that signed the router&apos;s certificate, for https:// and wss:// addresses (or set HANDOFF_CA_FILE; the system&apos;s CAs are always trusted).</source>
        <translation>Archivo PEM de la CA que firmó el certificado del router, para direcciones https:// y wss:// (o defina HANDOFF_CA_FILE; las CA del sistema siempre son de confianza).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="159"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Idioma de los mensajes, por ejemplo es o en (por defecto: la variable de entorno HANDOFF_LANGUAGE o, si no, el idioma del sistema).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="166"/>
        <source>chats, send, offers, accept, search or kpi</source>
        <translation>chats, send, offers, accept, search o kpi</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="179"/>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="184"/>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="186"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Indique el nombre de usuario con --user NOMBRE.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="188"/>
        <source>send needs a conversation id and a text.</source>
        <translation>send necesita un identificador de conversación y un texto.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="190"/>
        <source>chats takes no arguments.</source>
        <translation>chats no admite argumentos.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="196"/>
        <source>%1 takes one count, a whole number from 1.</source>
        <translation>%1 admite un único número, un entero a partir de 1.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="203"/>
        <source>kpi takes up to two dates, YYYY-MM-DD.</source>
        <translation>kpi admite hasta dos fechas, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="210"/>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout debe ser un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="218"/>
        <source>No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD (HANDOFF_PASSWORD keeps it out of the shell history and the process list).</source>
        <translation>Falta la contraseña: indíquela con --password CONTRASEÑA o en la variable de entorno HANDOFF_PASSWORD (HANDOFF_PASSWORD la mantiene fuera del historial del shell y de la lista de procesos).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="228"/>
        <source>Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE.</source>
        <translation>Pida el archivo de la CA al departamento de TI e indíquelo con --ca-file ARCHIVO o HANDOFF_CA_FILE.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="258"/>
        <source>Timed out: no offer arrived within %1 s.</source>
        <translation>Tiempo agotado: no ha llegado ninguna oferta en %1 s.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="262"/>
        <source>Timed out.</source>
        <translation>Tiempo agotado.</translation>
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
    <name>handoff::Outbox</name>
    <message>
        <location filename="../src/client/Outbox.cpp" line="47"/>
        <source>The message could not be saved on this computer (%1); it was not sent.</source>
        <translation>No se ha podido guardar el mensaje en este equipo (%1); no se ha enviado.</translation>
    </message>
</context>
</TS>

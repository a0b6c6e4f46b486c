<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>FrameCodec</name>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="86"/>
        <source>Frame of %1 bytes is larger than the limit of %2 bytes.</source>
        <translation>O quadro tem %1 bytes e ultrapassa o limite de %2 bytes.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="92"/>
        <source>Frame is not valid JSON: %1 at offset %2.</source>
        <translation>O quadro não é um JSON válido: %1 na posição %2.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="96"/>
        <source>Frame must be a JSON object.</source>
        <translation>O quadro precisa ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="103"/>
        <source>Field &quot;id&quot; must be a string of at most %1 characters.</source>
        <translation>O campo &quot;id&quot; precisa ser um texto de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="110"/>
        <source>Field &quot;type&quot; is missing or not a short string.</source>
        <translation>O campo &quot;type&quot; está ausente ou não é um texto curto.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="113"/>
        <source>Field &quot;re&quot; must be a string.</source>
        <translation>O campo &quot;re&quot; precisa ser um texto.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="121"/>
        <source>Field &quot;seq&quot; must be a whole number.</source>
        <translation>O campo &quot;seq&quot; precisa ser um número inteiro.</translation>
    </message>
    <message>
        <location filename="../src/protocol/FrameCodec.cpp" line="125"/>
        <source>Field &quot;data&quot; must be an object.</source>
        <translation>O campo &quot;data&quot; precisa ser um objeto.</translation>
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
  chats                      listar meus chats abertos
  send &lt;conversation&gt; &lt;text&gt; enviar uma linha (--internal para uma nota só para agentes)
  offers [count]             aguardar ofertas e mostrá-las sem aceitar (padrão 1); --json
  accept [count]             aguardar ofertas e aceitá-las (padrão 1); --reply TEXTO responde a cada uma
  search &lt;words&gt;             pesquisar nas transcrições guardadas neste computador
  kpi [from [to]]            supervisores: o relatório de KPIs em CSV, dias YYYY-MM-DD no fuso
                             horário do roteador (padrão hoje)</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="69"/>
        <source>Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] &lt;command&gt; …</source>
        <translation>Uso: handoff-cli [--server HOST:PORTA] --user NOME [--password SENHA] &lt;comando&gt; …</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="73"/>
        <source>handoff-cli --help lists every option.</source>
        <translation>handoff-cli --help lista todas as opções.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="84"/>
        <source>“%1” is not a router address. Use host:port, for example chat.example.org:8080.</source>
        <translation>&quot;%1&quot; não é um endereço de roteador. Use host:porta, por exemplo chat.example.org:8080.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="98"/>
        <source>connection refused</source>
        <translation>conexão recusada</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="101"/>
        <source>host not found</source>
        <translation>host não encontrado</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="104"/>
        <source>no answer within %1 s</source>
        <translation>sem resposta em %1 s</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="107"/>
        <source>network unreachable</source>
        <translation>rede inacessível</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="113"/>
        <source>Cannot reach the router at %1: %2</source>
        <translation>Não foi possível alcançar o roteador em %1: %2</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="129"/>
        <source>Command-line desk for Handoff.</source>
        <translation>Desk do Handoff para a linha de comando.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="134"/>
        <source>Router address: host:port, or https://host:port (also wss://) for a router that serves TLS.</source>
        <translation>Endereço do roteador: host:porta, ou https://host:porta (também wss://) para um roteador com TLS.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="138"/>
        <source>User name.</source>
        <translation>Nome de usuário.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="140"/>
        <source>Password (or set HANDOFF_PASSWORD).</source>
        <translation>Senha (ou defina HANDOFF_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="142"/>
        <source>Send an internal note.</source>
        <translation>Enviar uma nota interna.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="144"/>
        <source>Line to send after accepting.</source>
        <translation>Linha a enviar depois de aceitar.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="146"/>
        <source>Give up after this many seconds.</source>
        <translation>Desistir após este número de segundos.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="149"/>
        <source>Directory for the local cache.</source>
        <translation>Diretório do cache local.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="151"/>
        <source>offers: print each offer as one line of JSON (summary, handoff context, transcript).</source>
        <translation>offers: mostrar cada oferta como uma linha JSON (resumo, contexto da transferência, transcrição).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="154"/>
        <source>PEM file of the CA that signed the router&apos;s certificate, for https:// and wss:// addresses (or set HANDOFF_CA_FILE; the system&apos;s CAs are always trusted).</source>
        <translation>Arquivo PEM da CA que assinou o certificado do roteador, para endereços https:// e wss:// (ou defina HANDOFF_CA_FILE; as CAs do sistema são sempre confiáveis).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="159"/>
        <source>Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, else the system&apos;s language).</source>
        <translation>Idioma das mensagens, por exemplo pt_BR ou en (padrão: a variável de ambiente HANDOFF_LANGUAGE, senão o idioma do sistema).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="166"/>
        <source>chats, send, offers, accept, search or kpi</source>
        <translation>chats, send, offers, accept, search ou kpi</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="179"/>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="184"/>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="186"/>
        <source>Give the user name with --user NAME.</source>
        <translation>Informe o nome de usuário com --user NOME.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="188"/>
        <source>send needs a conversation id and a text.</source>
        <translation>send precisa de um id de conversa e de um texto.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="190"/>
        <source>chats takes no arguments.</source>
        <translation>chats não aceita argumentos.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="196"/>
        <source>%1 takes one count, a whole number from 1.</source>
        <translation>%1 aceita uma única quantidade, um número inteiro a partir de 1.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="203"/>
        <source>kpi takes up to two dates, YYYY-MM-DD.</source>
        <translation>kpi aceita até duas datas, YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="210"/>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout precisa ser um número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="218"/>
        <source>No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD (HANDOFF_PASSWORD keeps it out of the shell history and the process list).</source>
        <translation>Sem senha: informe-a com --password SENHA ou na variável de ambiente HANDOFF_PASSWORD (HANDOFF_PASSWORD a mantém fora do histórico do shell e da lista de processos).</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="228"/>
        <source>Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE.</source>
        <translation>Peça o arquivo da CA ao time de TI e informe-o com --ca-file ARQUIVO ou HANDOFF_CA_FILE.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="258"/>
        <source>Timed out: no offer arrived within %1 s.</source>
        <translation>Tempo esgotado: nenhuma oferta chegou em %1 s.</translation>
    </message>
    <message>
        <location filename="../src/client/cli/HandoffCli.cpp" line="262"/>
        <source>Timed out.</source>
        <translation>Tempo esgotado.</translation>
    </message>
</context>
<context>
    <name>handoff::DeskConnection</name>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="101"/>
        <source>Ask IT for the CA file and set tlsCaFile.</source>
        <translation>Peça o arquivo da CA ao time de TI e defina tlsCaFile.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="121"/>
        <source>The router&apos;s certificate is not valid for %1 (it names %2). Use the address the certificate names, or ask IT for a certificate that includes %1.</source>
        <translation>O certificado do roteador não é válido para %1 (ele indica %2). Use o endereço indicado no certificado ou peça ao time de TI um certificado que inclua %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="123"/>
        <source>no host</source>
        <translation>nenhum host</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="128"/>
        <source>The router&apos;s certificate for %1 expired on %2. Ask IT to renew it.</source>
        <translation>O certificado do roteador para %1 expirou em %2. Peça ao time de TI para renová-lo.</translation>
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
        <translation>&quot;%1&quot; não é um endereço de roteador. Use host:porta, por exemplo chat.example.org:8080.</translation>
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
        <translation>O roteador usa o protocolo %1, mas este desk usa o %2. Atualize o desk ou peça ao time de TI para atualizar o roteador.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="375"/>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="419"/>
        <source>Wrong user name or password.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="427"/>
        <source>Your sign-in has expired or was revoked. Please sign in again with your password.</source>
        <translation>Sua sessão expirou ou foi revogada. Entre novamente com sua senha.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="435"/>
        <source>The router could not sign you in: %1</source>
        <translation>O roteador não conseguiu fazer seu login: %1</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="475"/>
        <source>The connection to the router was lost before it answered.</source>
        <translation>A conexão com o roteador caiu antes da resposta.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskConnection.cpp" line="492"/>
        <source>the connection was closed</source>
        <translation>a conexão foi encerrada</translation>
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
        <translation>Já tratada por %1.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="778"/>
        <source>Someone else has already handled this message.</source>
        <translation>Outra pessoa já tratou esta mensagem.</translation>
    </message>
    <message>
        <location filename="../src/client/DeskSession.cpp" line="783"/>
        <source>This message is no longer there.</source>
        <translation>Esta mensagem não existe mais.</translation>
    </message>
</context>
<context>
    <name>handoff::LanguageSetup</name>
    <message>
        <location filename="LanguageSetup.cpp" line="78"/>
        <source>No translation for the language “%1”; using English.</source>
        <translation>Não há tradução para o idioma &quot;%1&quot;; usando inglês.</translation>
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
</TS>

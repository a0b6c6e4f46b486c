// handoff-cli: a small command-line desk on the same core as handoff-desk. Signs in, lists my chats,
// sends a line, shows or accepts offers (scripted tests, load generation). The password comes from
// --password or the HANDOFF_PASSWORD environment variable. It speaks the language of --language,
// HANDOFF_LANGUAGE or the system (translations/handoff-cli_<lang>.ts).
#include "LanguageSetup.h"
#include "client/DeskSession.h"
#include "client/SupervisorBoard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <cstdio>

using namespace handoff;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The offer as the router sent it (docs/protocol.md, `offer` event): what the desk shows before accepting.
QJsonObject offerToJson(const OfferInfo &offer)
{
    QJsonArray messages;
    for (const ChatMessage &m : offer.messages)
        messages.append(m.toJson());
    return QJsonObject {
        { QStringLiteral("offer"),
            QJsonObject { { QStringLiteral("conversationId"), offer.conversationId },
                { QStringLiteral("offeredAt"), toIsoUtc(offer.offeredAt) },
                { QStringLiteral("expiresAt"), toIsoUtc(offer.expiresAt) } } },
        { QStringLiteral("conversation"), offer.conversation.toJson() },
        { QStringLiteral("messages"), messages },
    };
}

QString commandList()
{
    return QCoreApplication::translate("handoff-cli",
        "Commands:\n"
        "  chats                      list my open chats\n"
        "  send <conversation> <text> send a line (--internal for an agents-only note)\n"
        "  offers [count]             wait for offers and print them without accepting (default 1); --json\n"
        "  accept [count]             wait for offers and accept them (default 1); --reply TEXT answers each\n"
        "  search <words>             search the transcripts cached on this computer\n"
        "  kpi [from [to]]            supervisors: the KPI report as CSV, days YYYY-MM-DD in the router's\n"
        "                             time zone (default today)");
}

// A mistake on the command line: what is wrong, how to call the program, its commands; exit code 2.
int usageError(const QString &problem)
{
    err() << "handoff-cli: " << problem << Qt::endl
          << QCoreApplication::translate(
                 "handoff-cli", "Usage: handoff-cli [--server HOST:PORT] --user NAME [--password PASSWORD] <command> …")
          << Qt::endl
          << commandList() << Qt::endl
          << QCoreApplication::translate("handoff-cli", "handoff-cli --help lists every option.") << Qt::endl;
    return 2;
}

// Opens a plain TCP connection to the router's address before signing in, so a router that is down or a
// wrong address is reported with the socket's own reason ("connection refused", "host not found").
// Returns an empty string when the router answers.
QString unreachableReason(const QString &server, int timeoutSeconds)
{
    const QUrl endpoint = DeskConnection::deskEndpoint(server);
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return QCoreApplication::translate(
            "handoff-cli", "“%1” is not a router address. Use host:port, for example chat.example.org:8080.")
            .arg(server);
    const int port = endpoint.port(endpoint.scheme() == QLatin1String("wss") ? 443 : 80);
    const QString where = QStringLiteral("%1:%2").arg(endpoint.host()).arg(port);
    QTcpSocket probe;
    probe.connectToHost(endpoint.host(), static_cast<quint16>(port));
    if (probe.waitForConnected(qMin(timeoutSeconds, 30) * 1000)) {
        probe.abort();
        return {};
    }
    QString why;
    switch (probe.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        why = QCoreApplication::translate("handoff-cli", "connection refused");
        break;
    case QAbstractSocket::HostNotFoundError:
        why = QCoreApplication::translate("handoff-cli", "host not found");
        break;
    case QAbstractSocket::SocketTimeoutError:
        why = QCoreApplication::translate("handoff-cli", "no answer within %1 s").arg(qMin(timeoutSeconds, 30));
        break;
    case QAbstractSocket::NetworkError:
        why = QCoreApplication::translate("handoff-cli", "network unreachable");
        break;
    default:
        why = probe.errorString();
        break;
    }
    return QCoreApplication::translate("handoff-cli", "Cannot reach the router at %1: %2").arg(where, why);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Handoff"));
    QCoreApplication::setApplicationName(QStringLiteral("handoff-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HANDOFF_VERSION));
    // Installed before the parser is built so --help and the parser's own complaints are translated too.
    LanguageSetup::install(
        &app, QStringLiteral("handoff-cli"), LanguageSetup::requestedLanguage(QCoreApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("handoff-cli", "Command-line desk for Handoff.")
        + QStringLiteral("\n\n") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
        QCoreApplication::translate("handoff-cli",
            "Router address: host:port, or https://host:port (also wss://) for a router that serves TLS."), QStringLiteral("url"),
        QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption userOpt(
        QStringLiteral("user"), QCoreApplication::translate("handoff-cli", "User name."), QStringLiteral("name"));
    const QCommandLineOption passwordOpt(QStringLiteral("password"),
        QCoreApplication::translate("handoff-cli", "Password (or set HANDOFF_PASSWORD)."), QStringLiteral("password"));
    const QCommandLineOption internalOpt(
        QStringLiteral("internal"), QCoreApplication::translate("handoff-cli", "Send an internal note."));
    const QCommandLineOption replyOpt(QStringLiteral("reply"),
        QCoreApplication::translate("handoff-cli", "Line to send after accepting."), QStringLiteral("text"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"),
        QCoreApplication::translate("handoff-cli", "Give up after this many seconds."), QStringLiteral("seconds"),
        QStringLiteral("60"));
    const QCommandLineOption cacheOpt(QStringLiteral("cache-dir"),
        QCoreApplication::translate("handoff-cli", "Directory for the local cache."), QStringLiteral("dir"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
        QCoreApplication::translate(
            "handoff-cli", "offers: print each offer as one line of JSON (summary, handoff context, transcript)."));
    const QCommandLineOption caFileOpt(QStringLiteral("ca-file"),
        QCoreApplication::translate("handoff-cli",
            "PEM file of the CA that signed the router's certificate, for https:// and wss:// addresses "
            "(or set HANDOFF_CA_FILE; the system's CAs are always trusted)."),
        QStringLiteral("file"));
    const QCommandLineOption languageOpt(QStringLiteral("language"),
        QCoreApplication::translate("handoff-cli",
            "Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, "
            "else the system's language)."),
        QStringLiteral("lang"));
    parser.addOptions({ serverOpt, userOpt, passwordOpt, internalOpt, replyOpt, timeoutOpt, cacheOpt, jsonOpt, caFileOpt,
        languageOpt });
    parser.addPositionalArgument(
        QStringLiteral("command"), QCoreApplication::translate("handoff-cli", "chats, send, offers, accept, search or kpi"));

    // Every mistake on the command line is found here, before anything reaches the router: exit code 2,
    // what is wrong, and the commands.
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(QCoreApplication::translate("handoff-cli", "No command given."));
    const QString command = args.first();
    static const QStringList knownCommands { QStringLiteral("chats"), QStringLiteral("send"), QStringLiteral("offers"),
        QStringLiteral("accept"), QStringLiteral("search"), QStringLiteral("kpi") };
    if (!knownCommands.contains(command))
        return usageError(QCoreApplication::translate("handoff-cli", "Unknown command: %1").arg(command));
    if (!parser.isSet(userOpt) || parser.value(userOpt).trimmed().isEmpty())
        return usageError(QCoreApplication::translate("handoff-cli", "Give the user name with --user NAME."));
    if (command == QLatin1String("send") && args.size() < 3)
        return usageError(QCoreApplication::translate("handoff-cli", "send needs a conversation id and a text."));
    if (command == QLatin1String("chats") && args.size() > 1)
        return usageError(QCoreApplication::translate("handoff-cli", "chats takes no arguments."));
    if ((command == QLatin1String("offers") || command == QLatin1String("accept")) && args.size() > 1) {
        bool ok = false;
        const int count = args.at(1).toInt(&ok);
        if (!ok || count < 1 || args.size() > 2)
            return usageError(
                QCoreApplication::translate("handoff-cli", "%1 takes one count, a whole number from 1.").arg(command));
    }
    QDate kpiFrom = QDate::currentDate(), kpiTo = kpiFrom;
    if (command == QLatin1String("kpi")) {
        kpiFrom = args.size() > 1 ? QDate::fromString(args.at(1), Qt::ISODate) : kpiFrom;
        kpiTo = args.size() > 2 ? QDate::fromString(args.at(2), Qt::ISODate) : kpiFrom;
        if (args.size() > 3 || !kpiFrom.isValid() || !kpiTo.isValid())
            return usageError(QCoreApplication::translate("handoff-cli", "kpi takes up to two dates, YYYY-MM-DD."));
    }
    {
        bool ok = false;
        const int seconds = parser.value(timeoutOpt).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usageError(
                QCoreApplication::translate("handoff-cli", "--timeout must be a number of seconds from 1 to 86400."));
    }

    QString password = parser.value(passwordOpt);
    if (password.isEmpty())
        password = qEnvironmentVariable("HANDOFF_PASSWORD");
    if (password.isEmpty() && command != QLatin1String("search")) {
        err() << "handoff-cli: "
              << QCoreApplication::translate("handoff-cli",
                     "No password: give it with --password PASSWORD or in the environment variable HANDOFF_PASSWORD "
                     "(HANDOFF_PASSWORD keeps it out of the shell history and the process list).")
              << Qt::endl;
        return 2;
    }

    DeskSession session;
    const QString caFile = parser.isSet(caFileOpt) ? parser.value(caFileOpt) : qEnvironmentVariable("HANDOFF_CA_FILE");
    session.connection()->setTlsCaFile(caFile);
    session.connection()->setTlsTrustHint(QCoreApplication::translate(
        "handoff-cli", "Ask IT for the CA file and pass it with --ca-file FILE or HANDOFF_CA_FILE."));
    if (parser.isSet(cacheOpt))
        session.setCacheDirectory(parser.value(cacheOpt));

    if (command == QLatin1String("search")) {
        // Works without the router: the cache is on this computer.
        session.signIn(parser.value(serverOpt), parser.value(userOpt), QString());
        session.connection()->goOffline();
        const auto hits = session.searchTranscripts(args.mid(1).join(QLatin1Char(' ')));
        for (const SearchHit &h : hits)
            out() << h.conversationId << '\t' << h.at.toString(Qt::ISODate) << '\t' << h.visitorName << '\t'
                  << h.snippet << Qt::endl;
        return hits.isEmpty() ? 1 : 0;
    }

    if (const QString why = unreachableReason(parser.value(serverOpt), parser.value(timeoutOpt).toInt());
        !why.isEmpty()) {
        err() << why << Qt::endl;
        return 1;
    }

    int exitCode = 0;
    auto finish = [&](int code) {
        exitCode = code;
        QTimer::singleShot(0, &app, [&app, code] { app.exit(code); });
    };
    const bool waitsForOffers = command == QLatin1String("offers") || command == QLatin1String("accept");
    QTimer::singleShot(parser.value(timeoutOpt).toInt() * 1000, &app, [&] {
        if (waitsForOffers)
            err() << QCoreApplication::translate("handoff-cli", "Timed out: no offer arrived within %1 s.")
                         .arg(parser.value(timeoutOpt))
                  << Qt::endl;
        else
            err() << QCoreApplication::translate("handoff-cli", "Timed out.") << Qt::endl;
        finish(3);
    });
    QObject::connect(session.connection(), &DeskConnection::signInFailed, &app, [&](const QString &message) {
        err() << message << Qt::endl;
        finish(1);
    });

    SupervisorBoard board(session.connection());
    QObject::connect(&board, &SupervisorBoard::kpiReportReady, &app, [&](const KpiReportData &report) {
        out() << report.toCsv().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        finish(0);
    });
    QObject::connect(&board, &SupervisorBoard::actionFinished, &app,
        [&](const QString &action, const QString &, const QString &error) {
            if (action == QLatin1String("report.kpi") && !error.isEmpty()) {
                err() << error << Qt::endl;
                finish(1);
            }
        });

    const int wanted = waitsForOffers ? qMax(1, args.value(1, QStringLiteral("1")).toInt()) : 0;
    int accepted = 0;
    int shown = 0;
    QObject::connect(&session, &DeskSession::snapshotApplied, &app, [&] {
        if (command == QLatin1String("chats")) {
            auto *chats = session.myChats();
            for (int row = 0; row < chats->rowCount(); ++row) {
                const QModelIndex i = chats->index(row);
                out() << i.data(MyChatsModel::ConversationIdRole).toString() << '\t'
                      << i.data(MyChatsModel::VisitorNameRole).toString() << '\t'
                      << i.data(MyChatsModel::UnreadRole).toInt() << '\t'
                      << i.data(MyChatsModel::LastLineRole).toString().replace(QLatin1Char('\n'), QLatin1Char(' '))
                      << Qt::endl;
            }
            finish(0);
        } else if (command == QLatin1String("kpi")) {
            board.requestKpiReport(kpiFrom, kpiTo);
        } else if (command == QLatin1String("send")) {
            QString error;
            if (!session.send(args.at(1), args.mid(2).join(QLatin1Char(' ')), parser.isSet(internalOpt), &error)) {
                err() << error << Qt::endl;
                finish(1);
            }
        }
    });
    QObject::connect(session.outbox(), &Outbox::itemChanged, &app, [&](const OutboxItem &item) {
        if (item.state == DeliveryState::Sent && command == QLatin1String("send")) {
            out() << item.clientId << Qt::endl;
            finish(0);
        } else if (item.state == DeliveryState::Failed) {
            err() << item.error << Qt::endl;
            finish(1);
        }
    });
    QObject::connect(&session, &DeskSession::offerArrived, &app, [&](const OfferInfo &offer) {
        if (command == QLatin1String("offers")) {
            // Only looks: the offer stays open for this agent's other desks to accept or decline.
            if (shown >= wanted)
                return;
            if (parser.isSet(jsonOpt)) {
                out() << QString::fromUtf8(QJsonDocument(offerToJson(offer)).toJson(QJsonDocument::Compact))
                      << Qt::endl;
            } else {
                const QString reason = offer.conversation.handoff ? offer.conversation.handoff->reason : QString();
                out() << offer.conversationId << '\t' << offer.conversation.visitorName << '\t'
                      << offer.conversation.topic << '\t' << reason << Qt::endl;
            }
            if (++shown >= wanted)
                finish(0);
            return;
        }
        if (command != QLatin1String("accept"))
            return;
        session.acceptOffer(offer.conversationId, [&, id = offer.conversationId](const QString &error) {
            if (!error.isEmpty()) {
                err() << id << ": " << error << Qt::endl;
                return;
            }
            out() << id << Qt::endl;
            if (parser.isSet(replyOpt))
                session.send(id, parser.value(replyOpt), false);
            if (++accepted >= wanted)
                QTimer::singleShot(parser.isSet(replyOpt) ? 500 : 0, &app, [&] { finish(0); });
        });
    });

    session.signIn(parser.value(serverOpt), parser.value(userOpt), password);
    app.exec();
    return exitCode;
}

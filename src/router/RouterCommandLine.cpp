#include "router/RouterCommandLine.h"

#include "bot/DemoOrderDirectory.h"
#include "router/RouterConfigFile.h"
#include "router/RoutingFile.h"
#include "router/SignalWatcher.h"
#include "server/ConversationHub.h"
#include "server/KpiReport.h"
#include "server/RouterServer.h"
#include "server/ServerTls.h"
#include "server/SignInService.h"
#include "server/StoreWriter.h"
#include "store/PasswordHash.h"
#include "store/SecretToken.h"
#include "store/SqliteStore.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace handoff::router {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::router::RouterCommandLine)
};

// Demo data for the supervisors' escalation and KPI reports: a week of past handoffs over a few topics and
// triggers, stored as closed conversations with their queue events so the reports are not empty on a
// fresh demo router.
// Returns how many were added (none when the last week already holds escalations).
int seedDemoEscalations(store::Store &store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!store.escalations(now.addDays(-8), now.addDays(1)).isEmpty())
        return 0;
    struct PastEscalation {
        const char *topic;
        EscalationTrigger trigger;
        const char *visitor;
        int daysAgo;
        int hour;
        int waitSeconds; // until an agent answered, or until the visitor left
        const char *agent; // empty: the visitor left before anyone answered
    };
    // All on earlier days, so "today" in the report holds only live escalations whatever the hour.
    const QList<PastEscalation> past {
        { "billing-dispute", EscalationTrigger::Topic, "Noor", 6, 9, 12, "bob" },
        { "billing-dispute", EscalationTrigger::Topic, "Liam", 5, 14, 35, "bob" },
        { "billing-dispute", EscalationTrigger::Explicit, "Mia", 3, 11, 18, "bob" },
        { "billing-dispute", EscalationTrigger::Topic, "Kofi", 1, 16, 70, "" },
        { "order-status", EscalationTrigger::Explicit, "Ada", 6, 10, 8, "alice" },
        { "order-status", EscalationTrigger::Unrecognised, "Ben", 4, 15, 14, "alice" },
        { "order-status", EscalationTrigger::Frustration, "Chen", 2, 13, 26, "alice" },
        { "returns", EscalationTrigger::Unrecognised, "Dina", 5, 10, 45, "" },
        { "returns", EscalationTrigger::Explicit, "Emil", 2, 9, 9, "alice" },
        { "", EscalationTrigger::Unrecognised, "Fay", 3, 17, 16, "alice" },
        { "", EscalationTrigger::External, "Gus", 1, 12, 52, "bob" },
        { "shipping", EscalationTrigger::Frustration, "Hana", 1, 8, 11, "alice" },
    };
    int added = 0;
    for (const PastEscalation &p : past) {
        const QDateTime at(now.date().addDays(-p.daysAgo), QTime(p.hour, 15), Qt::UTC);
        if (at >= now)
            continue;
        store::ConversationRecord c;
        c.id = QStringLiteral("c_demo_%1").arg(added + 1);
        c.state = ConversationState::Closed;
        c.queueId = QStringLiteral("default");
        c.visitorName = QString::fromLatin1(p.visitor);
        c.topic = QString::fromLatin1(p.topic);
        c.source = p.trigger == EscalationTrigger::External ? QStringLiteral("api") : QStringLiteral("web");
        HandoffContext context;
        context.trigger = p.trigger;
        context.lastTopic = c.topic;
        context.source = p.trigger == EscalationTrigger::External ? QStringLiteral("api") : QStringLiteral("bot");
        context.at = at;
        c.handoff = context;
        const QString agent = QString::fromLatin1(p.agent);
        const QDateTime answered = at.addSecs(p.waitSeconds);
        const qint64 handleMs = (240 + 37 * qint64(p.hour)) * 1000; // a few minutes, different for each chat
        c.disposition = agent.isEmpty() ? QStringLiteral("visitor_left") : QStringLiteral("resolved");
        c.createdAt = at.addSecs(-120);
        c.escalatedAt = at;
        c.enqueuedAt = at;
        c.queueEnteredAt = at;
        c.agentId = agent;
        c.assignedAt = agent.isEmpty() ? QDateTime() : answered;
        c.closedAt = agent.isEmpty() ? answered : answered.addMSecs(handleMs);
        if (store.conversation(c.id) || !store.createConversation(c)
            || !store.addEscalation({ c.id, at, c.topic, p.trigger, QString(), c.queueId }))
            continue;
        QList<store::ContactEventRecord> events { { c.id, QStringLiteral("entered"), c.queueId, {}, {}, at } };
        if (agent.isEmpty()) {
            events.append({ c.id, QStringLiteral("abandoned"), c.queueId, {}, c.disposition, answered,
                p.waitSeconds * 1000LL });
        } else {
            if (p.waitSeconds > 30) // an offer the other agent let time out first
                events.append({ c.id, QStringLiteral("missed"), c.queueId,
                    agent == QLatin1String("bob") ? QStringLiteral("alice") : QStringLiteral("bob"),
                    QStringLiteral("expired"), at.addSecs(30) });
            events.append({ c.id, QStringLiteral("answered"), c.queueId, agent, {}, answered, p.waitSeconds * 1000LL });
            events.append({ c.id, QStringLiteral("closed"), c.queueId, agent, c.disposition, c.closedAt, 0, handleMs });
        }
        for (const store::ContactEventRecord &e : std::as_const(events))
            store.addContactEvent(e);
        ++added;
    }
    return added;
}

QStringList skillList(const QString &text)
{
    QStringList skills;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            skills << s.trimmed().toLower();
    return skills;
}

// "mon-fri 09:00-17:00, sat 10:00-14:00" -> {"monday": ["09:00-17:00"], ...}; the times themselves are
// checked by RoutingConfig::fromJson.
bool parseOpeningHours(const QString &text, QJsonObject *weekly, QString *error)
{
    static const char *const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };
    const auto dayIndex = [](const QString &name) {
        for (int d = 0; d < 7; ++d)
            if (name.compare(QLatin1String(days[d]), Qt::CaseInsensitive) == 0
                || name.compare(QLatin1String(days[d]).left(3), Qt::CaseInsensitive) == 0)
                return d;
        return -1;
    };
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const QStringList span = words.value(0).split(QLatin1Char('-'));
        const int from = dayIndex(span.value(0));
        const int to = span.size() == 2 ? dayIndex(span.value(1)) : from;
        if (words.size() != 2 || span.size() > 2 || from < 0 || to < from) {
            *error = Text::tr("\"%1\" is not DAYS TIME-TIME, e.g. \"mon-fri 09:00-17:00\"").arg(part.trimmed());
            return false;
        }
        for (int d = from; d <= to; ++d) {
            QJsonArray ranges = weekly->value(QLatin1String(days[d])).toArray();
            ranges.append(words.value(1));
            weekly->insert(QLatin1String(days[d]), ranges);
        }
    }
    return true;
}

QString passwordTooShort()
{
    return Text::tr("the password must be at least %1 characters long; nothing was changed")
        .arg(store::PasswordHash::kMinimumLength);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void log(const QString &line)
{
    err().flush();
    server::writeLogLine(server::LogLevel::Info, line);
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        *address = QHostAddress::LocalHost;
    else if (host == QLatin1String("*"))
        *address = QHostAddress::Any;
    else if (!address->setAddress(host))
        return false;
    *port = static_cast<quint16>(p);
    return true;
}

// Takes group and other permissions off an existing path (the data directory, the database and its -wal and
// -shm files) and says so; nothing happens to a path that is already private or does not exist.
void tightenMode(const QString &path, mode_t wanted)
{
    struct stat st {};
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &st) != 0 || (st.st_mode & 07777 & ~wanted) == 0)
        return;
    const mode_t before = st.st_mode & 07777;
    const mode_t after = before & wanted;
    if (::chmod(native.constData(), after) != 0) {
        log(Text::tr("cannot restrict the permissions of %1 (now %2): %3")
                .arg(path, QString::number(before, 8).rightJustified(4, QLatin1Char('0')),
                    QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    log(Text::tr("permissions of %1 restricted from %2 to %3")
            .arg(path, QString::number(before, 8).rightJustified(4, QLatin1Char('0')),
                QString::number(after, 8).rightJustified(4, QLatin1Char('0'))));
}

void tightenDatabaseFiles(const QString &databasePath)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        tightenMode(databasePath + suffix, 0600);
}

// The command line shown back to root in the advice to run it as the data directory's owner, with the
// password left out (the command then asks for it).
QString commandForAdvice(const QStringList &arguments)
{
    QStringList shown;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--password")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--password=")))
            continue;
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
        if (plain.match(a).hasMatch())
            shown << a;
        else
            shown << QStringLiteral("'%1'").arg(QString(a).replace(QStringLiteral("'"), QStringLiteral("'\\''")));
    }
    return shown.join(QLatin1Char(' '));
}

} // namespace

RouterCommandLine::RouterCommandLine()
    : m_listen(QStringLiteral("listen"), Text::tr("Address and port to serve on (default 127.0.0.1:8080)."),
        Text::tr("ADDR:PORT"))
    , m_dataDir(QStringLiteral("data-dir"),
          Text::tr("Directory of the database (default: the user's application data)."), Text::tr("DIR"))
    , m_database(QStringLiteral("database"),
          Text::tr("Database instead of handoff.db in the data directory: a PostgreSQL URL "
                   "(postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (\"host=H dbname=D\") or sqlite:FILE."),
          Text::tr("URL"))
    , m_tlsCert(QStringLiteral("tls-cert"),
          Text::tr("serve: PEM certificate (with its chain) to serve https and wss on the same port."), Text::tr("FILE"))
    , m_tlsKey(QStringLiteral("tls-key"), Text::tr("serve: PEM private key of --tls-cert."), Text::tr("FILE"))
    , m_config(QStringLiteral("config"), Text::tr("JSON configuration file (see docs/router.md)."), Text::tr("FILE"))
    , m_role(QStringLiteral("role"), Text::tr("user add: agent or supervisor."), Text::tr("ROLE"))
    , m_password(QStringLiteral("password"), Text::tr("user add/passwd: the password (read from stdin when absent)."),
          Text::tr("PASSWORD"))
    , m_displayName(QStringLiteral("display-name"), Text::tr("user add: the name visitors see."), Text::tr("NAME"))
    , m_skills(QStringLiteral("skills"), Text::tr("user add: comma-separated skills, e.g. billing,orders."),
          Text::tr("LIST"))
    , m_capacity(QStringLiteral("capacity"), Text::tr("user add: concurrent chats (default 3)."), Text::tr("N"))
    , m_name(QStringLiteral("name"), Text::tr("queue add: the queue's name as agents see it."), Text::tr("NAME"))
    , m_priority(
          QStringLiteral("priority"), Text::tr("queue add, rule add: priority from -1000 to 1000."), Text::tr("P"))
    , m_timeZone(QStringLiteral("time-zone"),
          Text::tr("queue add: time zone of --hours, e.g. Europe/Berlin (default UTC)."), Text::tr("TZ"))
    , m_hours(QStringLiteral("hours"),
          Text::tr("queue add: opening hours, e.g. \"mon-fri 09:00-17:00, sat 10:00-14:00\"."), Text::tr("HOURS"))
    , m_overflow(QStringLiteral("overflow"), Text::tr("queue add: queue that takes waiting chats over (with --after)."),
          Text::tr("QUEUE"))
    , m_after(
          QStringLiteral("after"), Text::tr("queue add: seconds of waiting before --overflow."), Text::tr("SECONDS"))
    , m_closedMessage(QStringLiteral("closed-message"),
          Text::tr("queue add/set: what visitors read when the queue is closed (empty: the built-in text)."),
          Text::tr("TEXT"))
    , m_noAgentsMessage(QStringLiteral("no-agents-message"),
          Text::tr("queue add/set: what visitors read when no agent is signed in (empty: the built-in text)."),
          Text::tr("TEXT"))
    , m_offerFormAfter(QStringLiteral("offer-form-after"),
          Text::tr("queue add/set: seconds a visitor waits unanswered before the message form is offered "
                   "(default 300, 0 = never)."),
          Text::tr("SECONDS"))
    , m_if(QStringLiteral("if"), Text::tr("rule add: the condition, e.g. \"topic == billing-dispute\"."),
          Text::tr("CONDITION"))
    , m_queue(QStringLiteral("queue"), Text::tr("rule add: the queue the rule sends chats to."), Text::tr("QUEUE"))
    , m_position(QStringLiteral("position"), Text::tr("rule add: 1-based place in the rule list (default: last)."),
          Text::tr("N"))
    , m_events(QStringLiteral("events"),
          Text::tr("webhook add: the events the endpoint gets, comma-separated (default: all)."), Text::tr("a,b"))
    , m_secret(QStringLiteral("secret"),
          Text::tr("webhook add: the signing secret (default: a new random one, printed once)."), Text::tr("SECRET"))
    , m_limit(QStringLiteral("limit"), Text::tr("webhook log: how many deliveries, newest first (default 50)."),
          Text::tr("N"))
    , m_kpi(QStringLiteral("kpi"), Text::tr("report: the contact-centre KPIs (see docs/supervisor.md)."))
    , m_from(QStringLiteral("from"), Text::tr("report: the first day, YYYY-MM-DD (default today)."), Text::tr("DATE"))
    , m_to(QStringLiteral("to"), Text::tr("report: the last day, YYYY-MM-DD (default the first day)."),
          Text::tr("DATE"))
    , m_json(QStringLiteral("json"), Text::tr("report: print JSON instead of a table."))
    , m_language(QStringLiteral("language"),
          Text::tr("Language of the messages, e.g. de or en (default: the HANDOFF_LANGUAGE environment variable, "
                   "else the system's language)."),
          Text::tr("LANG"))
{
    m_parser.setApplicationDescription(Text::tr(
        "Handoff router: serves the web chat, runs the bot and routes conversations to agents.\n\n"
        "Commands:\n"
        "  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]\n"
        "        [--tls-cert FILE --tls-key FILE]   https and wss instead of http and ws\n"
        "  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]\n"
        "  user list\n"
        "  user passwd NAME [--password P]\n"
        "  user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]\n"
        "  token add NAME        create an API token for an external bot (printed once)\n"
        "  webhook add URL [--events a,b] [--secret S]   send signed events to URL\n"
        "  webhook list | remove ID | log [--limit N]\n"
        "  demo                  add demo agents, canned responses and an API token\n"
        "  queue list\n"
        "  queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] [--hours \"mon-fri 09:00-17:00\"]\n"
        "            [--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT]\n"
        "            [--offer-form-after SECONDS]\n"
        "  queue set ID [--name N] [the options of queue add]   change a queue; only the options given change\n"
        "  queue remove ID\n"
        "  rule list\n"
        "  rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]\n"
        "  rule remove NAME\n"
        "  routing check [FILE]  validate a routing file (default: routing.json in the data directory)\n"
        "  report --kpi [--from DATE] [--to DATE] [--json]   KPIs per queue and agent, days in the router's time zone\n"
        "queue and rule edit routing.json in the data directory; a running router reads it again on SIGHUP."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const auto &o : { m_listen, m_tlsCert, m_tlsKey, m_dataDir, m_database, m_config, m_role, m_password, m_displayName, m_skills,
             m_capacity, m_name, m_priority, m_timeZone, m_hours, m_overflow, m_after, m_closedMessage,
             m_noAgentsMessage, m_offerFormAfter, m_if, m_queue, m_position, m_events, m_secret, m_limit, m_kpi, m_from,
             m_to, m_json, m_language })
        m_parser.addOption(o);
    m_parser.addPositionalArgument(
        QStringLiteral("command"), Text::tr("serve, user, token, webhook, demo, queue, rule, routing or report."));
}

int RouterCommandLine::fail(const QString &message) const
{
    if (server::logsToJournal())
        err() << "<3>"; // an error for the journal's priority, like the log's own lines
    err() << "handoff-router: " << message << Qt::endl;
    return 1;
}

int RouterCommandLine::run(const QStringList &arguments)
{
    m_arguments = arguments;
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out() << m_parser.helpText();
        out().flush();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out() << "handoff-router " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (m_parser.isSet(m_config)) {
        QString error;
        const auto config = RouterConfigFile::load(m_parser.value(m_config), &error);
        if (!config)
            return fail(error);
        m_configDataDir = config->dataDir;
        m_configDatabase = config->database;
    }
    const QStringList args = m_parser.positionalArguments();
    const QString command = args.value(0);
    const QString sub = args.value(1);
    if (command == QLatin1String("serve") && args.size() == 1)
        return serve();
    if (command == QLatin1String("user") && sub == QLatin1String("add"))
        return userAdd(args.mid(2));
    if (command == QLatin1String("user") && sub == QLatin1String("list") && args.size() == 2)
        return userList();
    if (command == QLatin1String("user") && sub == QLatin1String("passwd"))
        return userPasswd(args.mid(2));
    if (command == QLatin1String("token") && sub == QLatin1String("add"))
        return tokenAdd(args.mid(2));
    if (command == QLatin1String("webhook") && sub == QLatin1String("add"))
        return webhookAdd(args.mid(2));
    if (command == QLatin1String("webhook") && sub == QLatin1String("list") && args.size() == 2)
        return webhookList();
    if (command == QLatin1String("webhook") && sub == QLatin1String("remove"))
        return webhookRemove(args.mid(2));
    if (command == QLatin1String("webhook") && sub == QLatin1String("log") && args.size() == 2)
        return webhookLog();
    if (command == QLatin1String("demo") && args.size() == 1)
        return demo();
    if (command == QLatin1String("user") && sub == QLatin1String("set"))
        return userSet(args.mid(2));
    if (command == QLatin1String("queue") && sub == QLatin1String("list") && args.size() == 2)
        return queueList();
    if (command == QLatin1String("queue") && sub == QLatin1String("add"))
        return queueAdd(args.mid(2));
    if (command == QLatin1String("queue") && sub == QLatin1String("set"))
        return queueSet(args.mid(2));
    if (command == QLatin1String("queue") && sub == QLatin1String("remove"))
        return queueRemove(args.mid(2));
    if (command == QLatin1String("rule") && sub == QLatin1String("list") && args.size() == 2)
        return ruleList();
    if (command == QLatin1String("rule") && sub == QLatin1String("add"))
        return ruleAdd(args.mid(2));
    if (command == QLatin1String("rule") && sub == QLatin1String("remove"))
        return ruleRemove(args.mid(2));
    if (command == QLatin1String("routing") && sub == QLatin1String("check") && args.size() <= 3)
        return routingCheck(args.mid(2));
    if (command == QLatin1String("report") && args.size() == 1)
        return report(args.mid(1));
    if (command.isEmpty())
        return fail(Text::tr("no command given; try --help"));
    return fail(Text::tr("unknown command \"%1\"; try --help").arg(args.join(QLatin1Char(' '))));
}

bool RouterCommandLine::resolveDataDir(QString *dir, QString *error) const
{
    QString path = m_parser.value(m_dataDir);
    if (path.isEmpty())
        path = m_configDataDir;
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (path.isEmpty()) {
        *error = Text::tr("no data directory: pass --data-dir DIR");
        return false;
    }
    path = QDir(path).absolutePath();
    // root working on the service's data directory would leave root-owned files (a new database, its -wal and
    // -shm, routing.json) the service then cannot open: refuse, and say whose directory it is.
    struct stat st {};
    if (::geteuid() == 0 && ::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_uid != 0) {
        const passwd *owner = ::getpwuid(st.st_uid);
        const QString user = owner ? QString::fromLocal8Bit(owner->pw_name) : QString::number(st.st_uid);
        *error = Text::tr("The data directory %1 belongs to user %2; run this command as that user: "
                          "sudo -u %2 handoff-router %3")
                     .arg(path, user, commandForAdvice(m_arguments));
        return false;
    }
    // The directory holds conversations and password hashes: only its owner may look inside.
    if (!QFileInfo::exists(path)) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())
            || !QDir().mkdir(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = Text::tr("cannot create data directory %1").arg(path);
            return false;
        }
    } else {
        tightenMode(path, 0700);
    }
    const QFileInfo info(path);
    if (!info.isDir() || !info.isWritable()) {
        *error = Text::tr("data directory %1 is not writable").arg(path);
        return false;
    }
    *dir = path;
    return true;
}

QString RouterCommandLine::databaseLocation() const
{
    const QString database = m_parser.value(m_database).trimmed();
    return database.isEmpty() ? m_configDatabase : database;
}

std::unique_ptr<store::Store> RouterCommandLine::openStore(QString *error) const
{
    const QString database = databaseLocation();
    if (!database.isEmpty())
        return store::StoreFactory::open(database, error);
    QString dir;
    if (!resolveDataDir(&dir, error))
        return nullptr;
    const QString path = QDir(dir).filePath(QStringLiteral("handoff.db"));
    tightenDatabaseFiles(path);
    auto store = std::make_unique<store::SqliteStore>(path);
    if (!store->open(error))
        return nullptr;
    return store;
}

QString RouterCommandLine::readPassword(const QString &prompt) const
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

int RouterCommandLine::userAdd(const QStringList &args)
{
    if (args.size() != 1)
        return fail(
            Text::tr("usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] "
                     "[--capacity N]"));
    store::UserRecord user;
    user.name = args.first();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(user.name).hasMatch())
        return fail(
            Text::tr("user name \"%1\" must be 1-64 letters, digits, dots, dashes or underscores").arg(user.name));
    const auto role = roleFromString(m_parser.value(m_role));
    if (!role)
        return fail(Text::tr("--role must be agent or supervisor"));
    user.role = *role;
    user.displayName = m_parser.isSet(m_displayName) ? m_parser.value(m_displayName) : user.name;
    for (const QString &s : m_parser.value(m_skills).split(QLatin1Char(','), Qt::SkipEmptyParts))
        user.skills << s.trimmed().toLower();
    if (m_parser.isSet(m_capacity)) {
        bool ok = false;
        user.capacity = m_parser.value(m_capacity).toInt(&ok);
        if (!ok || user.capacity < 1 || user.capacity > 50)
            return fail(Text::tr("--capacity must be a number from 1 to 50"));
    }
    const QString password
        = m_parser.isSet(m_password) ? m_parser.value(m_password) : readPassword(Text::tr("Password: "));
    if (!store::PasswordHash::isLongEnough(password))
        return fail(passwordTooShort());
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    if (store->user(user.name))
        return fail(Text::tr("user %1 exists already").arg(user.name));
    if (!store->addUser(user, password))
        return fail(Text::tr("cannot add user %1: %2").arg(user.name, store->lastError()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("user_add"), user.name, toString(user.role), {}, {} });
    out() << Text::tr("Added %1 %2.").arg(toString(user.role), user.name) << Qt::endl;
    return 0;
}

int RouterCommandLine::userList()
{
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    for (const store::UserRecord &u : store->users())
        out() << u.name << '\t' << toString(u.role) << '\t' << u.displayName << '\t' << u.skills.join(QLatin1Char(','))
              << '\t' << u.capacity << Qt::endl;
    return 0;
}

int RouterCommandLine::userPasswd(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: user passwd NAME [--password P]"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    if (!store->user(args.first()))
        return fail(Text::tr("there is no user %1").arg(args.first()));
    const QString password
        = m_parser.isSet(m_password) ? m_parser.value(m_password) : readPassword(Text::tr("New password: "));
    if (!store::PasswordHash::isLongEnough(password))
        return fail(passwordTooShort());
    if (!store->setPassword(args.first(), password))
        return fail(Text::tr("cannot change the password: %1").arg(store->lastError()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("user_passwd"), args.first(), {}, {}, {} });
    out() << Text::tr("Password of %1 changed; its desks must sign in again.").arg(args.first()) << Qt::endl;
    return 0;
}

int RouterCommandLine::tokenAdd(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: token add NAME"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    const QString token = store->addApiToken(args.first());
    if (token.isEmpty())
        return fail(Text::tr("cannot add API token %1 (is the name taken?)").arg(args.first()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("token_add"), args.first(), {}, {}, {} });
    out() << token << Qt::endl;
    err() << Text::tr("API token %1 created; it is shown only this once.").arg(args.first()) << Qt::endl;
    return 0;
}

int RouterCommandLine::webhookAdd(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: webhook add URL [--events a,b] [--secret SECRET]"));
    const QUrl url(args.first(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return fail(Text::tr("%1 is not an http or https address").arg(args.first()));
    QStringList events;
    for (const QString &e : m_parser.value(m_events).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = e.trimmed();
        if (!server::WebhookDispatcher::eventNames().contains(name))
            return fail(Text::tr("there is no event %1; the events are: %2")
                            .arg(name, server::WebhookDispatcher::eventNames().join(QStringLiteral(", "))));
        events << name;
    }
    const bool ownSecret = m_parser.isSet(m_secret);
    const QString secret = ownSecret ? m_parser.value(m_secret) : store::SecretToken::generate(32);
    if (secret.size() < 16)
        return fail(Text::tr("the secret must have at least 16 characters"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    const store::WebhookRecord w { store::SecretToken::newId(QStringLiteral("wh_")), url.toString(), secret, events,
        QDateTime::currentDateTimeUtc() };
    if (!store->addWebhook(w))
        return fail(Text::tr("cannot add the webhook: %1").arg(store->lastError()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("webhook_add"), w.id, w.url, {}, {} });
    out() << w.id << Qt::endl;
    if (!ownSecret)
        out() << Text::tr("Signing secret (shown only this once): %1").arg(secret) << Qt::endl;
    err() << Text::tr("Webhook %1 added; running routers use it within 10 seconds.").arg(w.id) << Qt::endl;
    return 0;
}

int RouterCommandLine::webhookList()
{
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    for (const store::WebhookRecord &w : store->webhooks())
        out() << w.id << '\t' << w.url << '\t'
              << (w.events.isEmpty() ? Text::tr("all events") : w.events.join(QLatin1Char(','))) << Qt::endl;
    return 0;
}

int RouterCommandLine::webhookRemove(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: webhook remove ID"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    if (!store->removeWebhook(args.first()))
        return fail(Text::tr("there is no webhook %1").arg(args.first()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("webhook_remove"), args.first(), {}, {}, {} });
    out() << Text::tr("Webhook %1 removed; deliveries already queued for it are still sent.").arg(args.first())
          << Qt::endl;
    return 0;
}

int RouterCommandLine::webhookLog()
{
    bool ok = true;
    const int limit = m_parser.isSet(m_limit) ? m_parser.value(m_limit).toInt(&ok) : 50;
    if (!ok || limit < 1 || limit > 10000)
        return fail(Text::tr("--limit must be 1 to 10000"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    for (const store::WebhookDelivery &d : store->webhookDeliveries(limit)) {
        const QString state = d.deliveredAt.isValid() ? Text::tr("delivered")
            : d.givenUp                                ? Text::tr("given up")
                                                       : Text::tr("pending");
        out() << d.id << '\t' << toIsoUtc(d.createdAt) << '\t' << d.event << '\t' << d.url << '\t' << state << '\t'
              << d.attempts << '\t' << d.lastStatus << '\t' << d.lastError << Qt::endl;
    }
    return 0;
}

int RouterCommandLine::demo()
{
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    struct DemoUser {
        const char *name, *display;
        Role role;
        QStringList skills;
    };
    const QList<DemoUser> users { { "alice", "Alice", Role::Agent,
                                      { QStringLiteral("general"), QStringLiteral("orders") } },
        { "bob", "Bob", Role::Agent, { QStringLiteral("billing") } }, { "sam", "Sam", Role::Supervisor, {} } };
    for (const DemoUser &d : users) {
        const QString name = QString::fromLatin1(d.name);
        if (store->user(name)) {
            out() << Text::tr("User %1 exists already; left as it is.").arg(name) << Qt::endl;
            continue;
        }
        // Demo users only: the store takes the short, documented password "demo" directly, past the minimum
        // length that `user add` and `user passwd` ask for.
        if (!store->addUser({ name, QString::fromLatin1(d.display), d.role, d.skills, 3, {} }, QStringLiteral("demo")))
            return fail(Text::tr("cannot add user %1: %2").arg(name, store->lastError()));
        out() << Text::tr("Added %1 %2 (password \"demo\").").arg(toString(d.role), name) << Qt::endl;
    }
    if (store->cannedResponses(QString()).isEmpty()) {
        const QList<store::CannedResponseRecord> canned {
            { 0, QStringLiteral("hi"), Text::tr("Greeting"), Text::tr("General"),
                Text::tr("Hello {visitor.name}, I'm {agent.name}. How can I help?"), {} },
            { 0, QStringLiteral("order"), Text::tr("Order status"), Text::tr("Orders"),
                Text::tr("I'm looking at order {order.number} now, one moment please."), {} },
            { 0, QStringLiteral("refund"), Text::tr("Refund started"), Text::tr("Billing"),
                Text::tr("I've started the refund for order {order.number}; you'll see it within 5 working days."),
                {} },
            { 0, QStringLiteral("bye"), Text::tr("Goodbye"), Text::tr("General"),
                Text::tr("Thank you for chatting with us, {visitor.name}. Have a nice day!"), {} },
        };
        for (const auto &r : canned)
            store->addCannedResponse(r);
        out() << Text::tr("Added %1 shared canned responses.").arg(canned.size()) << Qt::endl;
    }
    const QString token = store->addApiToken(QStringLiteral("demo-%1").arg(QDateTime::currentSecsSinceEpoch()));
    if (token.isEmpty())
        return fail(Text::tr("cannot add the demo API token: %1").arg(store->lastError()));
    if (const int escalations = seedDemoEscalations(*store); escalations > 0)
        out() << Text::tr("Added %1 past escalations for the supervisors' report.").arg(escalations) << Qt::endl;
    out() << Text::tr("Demo API token (shown once): %1").arg(token) << Qt::endl;
    return 0;
}

int RouterCommandLine::userSet(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: user set NAME [--skills a,b] [--capacity N] [--role R] [--display-name N]"));
    if (!m_parser.isSet(m_skills) && !m_parser.isSet(m_capacity) && !m_parser.isSet(m_role)
        && !m_parser.isSet(m_displayName))
        return fail(Text::tr("user set: nothing to change; give --skills, --capacity, --role or --display-name"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    auto user = store->user(args.first());
    if (!user)
        return fail(Text::tr("there is no user %1").arg(args.first()));
    if (m_parser.isSet(m_role)) {
        const auto role = roleFromString(m_parser.value(m_role));
        if (!role)
            return fail(Text::tr("--role must be agent or supervisor"));
        user->role = *role;
    }
    if (m_parser.isSet(m_capacity)) {
        bool ok = false;
        const int capacity = m_parser.value(m_capacity).toInt(&ok);
        if (!ok || capacity < 1 || capacity > 50)
            return fail(Text::tr("--capacity must be a number from 1 to 50"));
        user->capacity = capacity;
    }
    if (m_parser.isSet(m_displayName)) {
        if (m_parser.value(m_displayName).trimmed().isEmpty())
            return fail(Text::tr("--display-name must not be empty"));
        user->displayName = m_parser.value(m_displayName).trimmed();
    }
    if (m_parser.isSet(m_skills))
        user->skills = skillList(m_parser.value(m_skills));
    if (!store->updateUser(*user))
        return fail(Text::tr("cannot change user %1: %2").arg(user->name, store->lastError()));
    store->addAudit({ QStringLiteral("admin"), QStringLiteral("user_set"), user->name, toString(user->role), {}, {} });
    out() << Text::tr("Changed %1 %2: skills %3, capacity %4. Its desks see the change when they sign in again.")
                 .arg(toString(user->role), user->name,
                     user->skills.isEmpty() ? Text::tr("none") : user->skills.join(QLatin1Char(',')))
                 .arg(user->capacity)
          << Qt::endl;
    return 0;
}

QString RouterCommandLine::routingFilePath(QString *error) const
{
    QString dir;
    if (!resolveDataDir(&dir, error))
        return {};
    return RoutingFile::inDataDir(dir);
}

std::optional<RoutingFile> RouterCommandLine::loadRoutingFile(QString *error) const
{
    const QString path = routingFilePath(error);
    if (path.isEmpty())
        return std::nullopt;
    RoutingFile file(path);
    if (!file.load(error))
        return std::nullopt;
    return file;
}

int RouterCommandLine::saveRoutingFile(RoutingFile &file, const QString &done) const
{
    QString error;
    if (!file.save(&error))
        return fail(error);
    out() << done << Qt::endl;
    err() << Text::tr("A running router reads it again on SIGHUP (kill -HUP PID).") << Qt::endl;
    return 0;
}

qsizetype RouterCommandLine::indexOfEntry(const QJsonArray &list, const QString &key, const QString &value)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).toObject().value(key).toString() == value)
            return i;
    return -1;
}

int RouterCommandLine::queueList()
{
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    const QJsonObject root = file->root();
    for (const QJsonValue &v : root.value(QStringLiteral("queues")).toArray()) {
        const QJsonObject q = v.toObject();
        QStringList skills;
        for (const QJsonValue &s : q.value(QStringLiteral("requiredSkills")).toArray())
            skills << s.toString();
        const QJsonObject overflow = q.value(QStringLiteral("overflow")).toObject();
        out() << q.value(QStringLiteral("id")).toString() << '\t' << q.value(QStringLiteral("name")).toString() << '\t'
              << skills.join(QLatin1Char(',')) << '\t' << q.value(QStringLiteral("priority")).toInt() << '\t'
              << (q.contains(QStringLiteral("hours"))
                         ? q.value(QStringLiteral("hours")).toObject().value(QStringLiteral("timeZone")).toString()
                         : Text::tr("always open"))
              << '\t'
              << (overflow.isEmpty() ? QString()
                                     : Text::tr("overflow to %1 after %2 s")
                                           .arg(overflow.value(QStringLiteral("queue")).toString())
                                           .arg(overflow.value(QStringLiteral("afterSeconds")).toInt()))
              << (q.value(QStringLiteral("id")).toString() == root.value(QStringLiteral("defaultQueue")).toString()
                         ? QStringLiteral("\t") + Text::tr("(default)")
                         : QString())
              << Qt::endl;
    }
    if (!file->exists())
        err() << Text::tr("%1 does not exist yet; these are the defaults.").arg(file->path()) << Qt::endl;
    return 0;
}

bool RouterCommandLine::applyQueueOptions(QJsonObject *q, QString *error) const
{
    if (m_parser.isSet(m_overflow) != m_parser.isSet(m_after)) {
        *error = Text::tr("--overflow and --after go together");
        return false;
    }
    if (m_parser.isSet(m_name))
        q->insert(QStringLiteral("name"), m_parser.value(m_name));
    if (m_parser.isSet(m_skills))
        q->insert(QStringLiteral("requiredSkills"), QJsonArray::fromStringList(skillList(m_parser.value(m_skills))));
    if (m_parser.isSet(m_priority)) {
        bool ok = false;
        const int priority = m_parser.value(m_priority).toInt(&ok);
        if (!ok) {
            *error = Text::tr("--priority must be a whole number");
            return false;
        }
        q->insert(QStringLiteral("priority"), priority);
    }
    if (m_parser.isSet(m_timeZone) && !m_parser.isSet(m_hours)) {
        *error = Text::tr("--time-zone needs --hours, e.g. --hours \"mon-fri 09:00-17:00\"");
        return false;
    }
    if (m_parser.isSet(m_hours)) {
        QJsonObject weekly;
        QString why;
        if (!parseOpeningHours(m_parser.value(m_hours), &weekly, &why)) {
            *error = Text::tr("--hours: %1").arg(why);
            return false;
        }
        QJsonObject hours;
        hours.insert(QStringLiteral("timeZone"),
            m_parser.isSet(m_timeZone) ? m_parser.value(m_timeZone) : QStringLiteral("UTC"));
        hours.insert(QStringLiteral("weekly"), weekly);
        q->insert(QStringLiteral("hours"), hours);
    }
    if (m_parser.isSet(m_overflow)) {
        bool ok = false;
        const int after = m_parser.value(m_after).toInt(&ok);
        if (!ok) {
            *error = Text::tr("--after must be a number of seconds");
            return false;
        }
        q->insert(QStringLiteral("overflow"),
            QJsonObject {
                { QStringLiteral("queue"), m_parser.value(m_overflow) }, { QStringLiteral("afterSeconds"), after } });
    }
    // An empty text goes back to the built-in one, which is translated for the visitor.
    const std::pair<const QCommandLineOption *, QString> texts[]
        = { { &m_closedMessage, QStringLiteral("closedMessage") },
              { &m_noAgentsMessage, QStringLiteral("noAgentsMessage") } };
    for (const auto &[option, key] : texts) {
        if (!m_parser.isSet(*option))
            continue;
        const QString text = m_parser.value(*option).trimmed();
        if (text.size() > 1000) {
            *error = Text::tr("--%1 is longer than 1000 characters").arg(option->names().first());
            return false;
        }
        if (text.isEmpty())
            q->remove(key);
        else
            q->insert(key, text);
    }
    if (m_parser.isSet(m_offerFormAfter)) {
        bool ok = false;
        const int seconds = m_parser.value(m_offerFormAfter).toInt(&ok);
        if (!ok || seconds < 0) {
            *error = Text::tr("--offer-form-after must be a number of seconds (0 = never)");
            return false;
        }
        q->insert(QStringLiteral("offerFormAfterSeconds"), seconds);
    }
    return true;
}

int RouterCommandLine::queueAdd(const QStringList &args)
{
    if (args.size() != 1 || !m_parser.isSet(m_name))
        return fail(
            Text::tr("usage: queue add ID --name N [--skills a,b] [--priority P] [--time-zone TZ] "
                     "[--hours \"mon-fri 09:00-17:00\"] [--overflow QUEUE --after SECONDS] [--closed-message TEXT] "
                     "[--no-agents-message TEXT] [--offer-form-after SECONDS]"));
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    QJsonArray queues = file->root().value(QStringLiteral("queues")).toArray();
    if (indexOfEntry(queues, QStringLiteral("id"), args.first()) >= 0)
        return fail(Text::tr("queue %1 exists already").arg(args.first()));
    QJsonObject q;
    q.insert(QStringLiteral("id"), args.first());
    if (!applyQueueOptions(&q, &error))
        return fail(error);
    queues.append(q);
    file->root().insert(QStringLiteral("queues"), queues);
    return saveRoutingFile(*file, Text::tr("Added queue %1 to %2.").arg(args.first(), file->path()));
}

int RouterCommandLine::queueSet(const QStringList &args)
{
    if (args.size() != 1)
        return fail(Text::tr("usage: queue set ID [--name N] [--skills a,b] [--priority P] [--time-zone TZ --hours H] "
                             "[--overflow QUEUE --after SECONDS] [--closed-message TEXT] [--no-agents-message TEXT] "
                             "[--offer-form-after SECONDS]"));
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    QJsonArray queues = file->root().value(QStringLiteral("queues")).toArray();
    const qsizetype found = indexOfEntry(queues, QStringLiteral("id"), args.first());
    if (found < 0)
        return fail(Text::tr("there is no queue %1").arg(args.first()));
    QJsonObject q = queues.at(found).toObject();
    if (!applyQueueOptions(&q, &error))
        return fail(error);
    queues.replace(found, q);
    file->root().insert(QStringLiteral("queues"), queues);
    return saveRoutingFile(*file, Text::tr("Changed queue %1 in %2.").arg(args.first(), file->path()));
}

int RouterCommandLine::queueRemove(const QStringList &args)
{
    return removeEntry(args, QStringLiteral("queues"), QStringLiteral("id"), Text::tr("usage: queue remove ID"),
        Text::tr("there is no queue %1"), Text::tr("Removed queue %1 from %2."));
}

int RouterCommandLine::removeEntry(const QStringList &args, const QString &list, const QString &key,
    const QString &usage, const QString &missing, const QString &done)
{
    if (args.size() != 1)
        return fail(usage);
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    QJsonArray entries = file->root().value(list).toArray();
    const qsizetype found = indexOfEntry(entries, key, args.first());
    if (found < 0)
        return fail(missing.arg(args.first()));
    entries.removeAt(found);
    file->root().insert(list, entries);
    return saveRoutingFile(*file, done.arg(args.first(), file->path()));
}

int RouterCommandLine::ruleList()
{
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    int position = 0;
    for (const QJsonValue &v : file->root().value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        out() << ++position << '\t' << r.value(QStringLiteral("name")).toString() << '\t'
              << r.value(QStringLiteral("condition")).toString() << '\t' << r.value(QStringLiteral("queue")).toString()
              << Qt::endl;
    }
    return 0;
}

int RouterCommandLine::ruleAdd(const QStringList &args)
{
    if (args.size() != 1 || !m_parser.isSet(m_if) || !m_parser.isSet(m_queue))
        return fail(
            Text::tr("usage: rule add NAME --if CONDITION --queue QUEUE [--priority P] [--skills a,b] [--position N]"));
    QString error;
    std::optional<RoutingFile> file = loadRoutingFile(&error);
    if (!file)
        return fail(error);
    QJsonArray rules = file->root().value(QStringLiteral("rules")).toArray();
    if (indexOfEntry(rules, QStringLiteral("name"), args.first()) >= 0)
        return fail(Text::tr("rule %1 exists already").arg(args.first()));
    QJsonObject r;
    r.insert(QStringLiteral("name"), args.first());
    r.insert(QStringLiteral("condition"), m_parser.value(m_if));
    r.insert(QStringLiteral("queue"), m_parser.value(m_queue));
    if (m_parser.isSet(m_priority)) {
        bool ok = false;
        const int priority = m_parser.value(m_priority).toInt(&ok);
        if (!ok)
            return fail(Text::tr("--priority must be a whole number"));
        r.insert(QStringLiteral("priority"), priority);
    }
    if (m_parser.isSet(m_skills))
        r.insert(QStringLiteral("skills"), QJsonArray::fromStringList(skillList(m_parser.value(m_skills))));
    qsizetype at = rules.size();
    if (m_parser.isSet(m_position)) {
        bool ok = false;
        const int position = m_parser.value(m_position).toInt(&ok);
        if (!ok || position < 1 || position > rules.size() + 1)
            return fail(Text::tr("--position must be a number from 1 to %1").arg(rules.size() + 1));
        at = position - 1;
    }
    rules.insert(at, r);
    file->root().insert(QStringLiteral("rules"), rules);
    return saveRoutingFile(
        *file, Text::tr("Added rule %1 at position %2 of %3.").arg(args.first()).arg(at + 1).arg(file->path()));
}

int RouterCommandLine::ruleRemove(const QStringList &args)
{
    return removeEntry(args, QStringLiteral("rules"), QStringLiteral("name"), Text::tr("usage: rule remove NAME"),
        Text::tr("there is no rule %1"), Text::tr("Removed rule %1 from %2."));
}

int RouterCommandLine::routingCheck(const QStringList &args)
{
    QString error;
    const QString path = args.isEmpty() ? routingFilePath(&error) : args.first();
    if (path.isEmpty())
        return fail(error);
    const auto config = RoutingFile::check(path, &error);
    if (!config)
        return fail(error);
    out() << Text::tr("%1 is valid: %2 queues, %3 rules, default queue %4.")
                 .arg(path)
                 .arg(config->queues.size())
                 .arg(config->rules.size())
                 .arg(config->defaultQueue)
          << Qt::endl;
    return 0;
}

int RouterCommandLine::report(const QStringList &)
{
    if (!m_parser.isSet(m_kpi))
        return fail(Text::tr("report: say which report: --kpi"));
    // The thresholds come from the routing the router serves: --config's, else routing.json, else the default.
    QString error;
    routing::RoutingConfig routing = routing::RoutingConfig::defaults();
    std::optional<RouterConfigFile> config;
    if (m_parser.isSet(m_config)) {
        config = RouterConfigFile::load(m_parser.value(m_config), &error);
        if (!config)
            return fail(error);
    }
    if (config && config->routing) {
        routing = *config->routing;
    } else {
        const QString path = routingFilePath(&error);
        if (path.isEmpty())
            return fail(error);
        if (QFileInfo::exists(path)) {
            const auto fromFile = RoutingFile::check(path, &error);
            if (!fromFile)
                return fail(error);
            routing = *fromFile;
        }
    }
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QString today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().toString(Qt::ISODate);
    const QString from = m_parser.isSet(m_from) ? m_parser.value(m_from) : today;
    const QString to = m_parser.isSet(m_to) ? m_parser.value(m_to) : from;
    const auto period = server::KpiPeriod::fromDates(from, to, zone, &error);
    if (!period)
        return fail(error);
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    const auto sums = store->kpiSums(period->start, period->end, server::KpiReport::thresholds(routing));
    if (!sums)
        return fail(Text::tr("cannot read the report: %1").arg(store->lastError()));
    const server::KpiReport kpi
        = server::KpiReport::build(*period, routing, *sums, store->ratings(period->start, period->end));
    if (m_parser.isSet(m_json))
        out() << QJsonDocument(kpi.toJson()).toJson(QJsonDocument::Indented);
    else
        out() << kpi.toText();
    out().flush();
    return 0;
}

int RouterCommandLine::serve()
{
    std::optional<RouterConfigFile> config;
    const QString configPath = m_parser.value(m_config);
    if (!configPath.isEmpty()) {
        QString error;
        config = RouterConfigFile::load(configPath, &error);
        if (!config)
            return fail(error);
    }
    QString listenText = m_parser.value(m_listen);
    if (listenText.isEmpty() && config)
        listenText = config->listen;
    if (listenText.isEmpty())
        listenText = QStringLiteral("127.0.0.1:8080");
    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(listenText, &address, &port))
        return fail(Text::tr("--listen \"%1\" is not ADDR:PORT, e.g. 127.0.0.1:8080").arg(listenText));

    // The certificate and key next: a bad pair fails with one line before anything else happens.
    QString tlsCert = m_parser.value(m_tlsCert);
    QString tlsKey = m_parser.value(m_tlsKey);
    if (tlsCert.isEmpty() && tlsKey.isEmpty() && config) {
        tlsCert = config->tlsCert;
        tlsKey = config->tlsKey;
    }
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        return fail(Text::tr("--tls-cert and --tls-key go together: give both files or neither"));
    std::optional<server::ServerTls> tls;
    if (!tlsCert.isEmpty()) {
        QString why;
        tls = server::ServerTls::load(QFileInfo(tlsCert).absoluteFilePath(), QFileInfo(tlsKey).absoluteFilePath(), &why);
        if (!tls)
            return fail(why);
    }

    // The port first: a router that cannot serve must not create a data directory, open the database or
    // restore (and log) conversations before it says so. The port stays bound (refusing connections) until
    // the router listens, once it is ready.
    QString error;
    auto reservedPort = server::RouterServer::reservePort(address, port, &error);
    if (!reservedPort)
        return fail(error);
    QString dataDir;
    if (!resolveDataDir(&dataDir, &error))
        return fail(error);
    auto store = openStore(&error);
    if (!store)
        return fail(error);

    server::HubSettings settings;
    // Routing from --config when it has one, else routing.json in the data directory (written by the
    // queue and rule commands), else one open default queue.
    const bool routingFromConfig = config && config->routing;
    const QString routingPath = RoutingFile::inDataDir(dataDir);
    if (!routingFromConfig && QFileInfo::exists(routingPath)) {
        const auto routing = RoutingFile::check(routingPath, &error);
        if (!routing)
            return fail(error);
        settings.routing = *routing;
        log(Text::tr("routing from %1: %2 queues, %3 rules")
                .arg(routingPath)
                .arg(routing->queues.size())
                .arg(routing->rules.size()));
    }
    if (config) {
        if (config->routing)
            settings.routing = *config->routing;
        if (config->topics)
            settings.topics = *config->topics;
        settings.bot = config->bot;
        settings.presenceGraceSeconds = config->presenceGraceSeconds;
        settings.limits = config->limits;
        settings.webhooks = config->webhooks;
        settings.mail = config->mail;
        if (settings.mail.enabled())
            log(Text::tr("transcripts by e-mail through %1").arg(QUrl(settings.mail.smtp.url).toString(QUrl::RemoveUserInfo)));
        settings.identity = config->identity;
    }
    if (settings.limits.attachments.directory.isEmpty())
        settings.limits.attachments.directory = QDir(dataDir).filePath(QStringLiteral("attachments"));
    // Files of chats are as private as the database: the directory is 0700 like the data directory.
    if (!QDir().mkpath(settings.limits.attachments.directory)
        || !QFile::setPermissions(settings.limits.attachments.directory,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return fail(Text::tr("cannot create %1").arg(settings.limits.attachments.directory));
    // Every write goes through the store writer: its own thread and connection, batches committed together.
    const QString database = databaseLocation();
    const QString sqlitePath = QDir(dataDir).filePath(QStringLiteral("handoff.db"));
    const auto openOwnConnection = [database, sqlitePath](QString *why) -> std::unique_ptr<store::Store> {
        if (!database.isEmpty())
            return store::StoreFactory::open(database, why);
        auto sqlite = std::make_unique<store::SqliteStore>(sqlitePath);
        if (!sqlite->open(why))
            return nullptr;
        return sqlite;
    };
    server::StoreWriter writer;
    if (!writer.start(openOwnConnection, &error))
        return fail(error);
    // Reports and lookups on a connection of their own: a long KPI period or a customer search reads while
    // the writer goes on committing.
    server::StoreWriter reader;
    reader.setReader();
    if (!reader.start(openOwnConnection, &error))
        return fail(error);
    // Password hashes on worker threads of their own (one per two cores: the event loop keeps a core).
    server::SignInService signIns(
        [openOwnConnection] {
            QString why;
            auto opened = openOwnConnection(&why);
            if (!opened)
                qWarning("sign-in worker: cannot open the store: %s", qPrintable(why));
            return opened;
        },
        std::max(1, QThread::idealThreadCount() / 2));
    if (store::StoreFactory::isPostgres(database)) {
        // Several routers may serve this database at once: each conversation is served by one of them.
        settings.cluster.routerId = QStringLiteral("%1-%2-%3")
                                        .arg(QSysInfo::machineHostName().left(40))
                                        .arg(QCoreApplication::applicationPid())
                                        .arg(store::SecretToken::generate(4));
        settings.cluster.address = listenText;
        settings.cluster.database = database;
    }
    server::ConversationHub hub(*store, writer, signIns, settings, std::make_unique<bot::DemoOrderDirectory>());
    hub.setReader(&reader);
    if (!hub.restore(&error))
        return fail(Text::tr("cannot restore open conversations: %1").arg(error));
    server::RouterServer server(*store, hub);
    server.setLimits(settings.limits);
    if (config)
        server.setEmbedOrigins(config->embedOrigins);
    if (tls)
        server.setTls(tls->configuration);
    reservedPort.reset();
    if (!server.listen(address, port, &error))
        return fail(error);
    if (tls) {
        log(Text::tr("TLS: serving https and wss with the certificate for %1, valid until %2")
                .arg(tls->subject, tls->expiry.toUTC().toString(Qt::ISODate)));
        const qint64 days = QDateTime::currentDateTimeUtc().daysTo(tls->expiry);
        if (tls->expiry <= QDateTime::currentDateTimeUtc())
            log(Text::tr("warning: the TLS certificate expired on %1; browsers and desks refuse it. Install a new "
                         "one and restart the router.")
                    .arg(tls->expiry.toUTC().toString(Qt::ISODate)));
        else if (days < 14)
            log(Text::tr("warning: the TLS certificate expires on %1, in %n day(s). Install a new one and restart "
                         "the router.", nullptr, int(days))
                    .arg(tls->expiry.toUTC().toString(Qt::ISODate)));
    }

    SignalWatcher signalWatcher;
    if (!signalWatcher.install(&error))
        return fail(Text::tr("cannot watch signals: %1").arg(error));
    QObject::connect(&signalWatcher, &SignalWatcher::shutdownRequested, &hub, [&hub] {
        log(Text::tr("shutting down"));
        hub.shutdown();
        QTimer::singleShot(200, qApp, [] { QCoreApplication::exit(0); }); // let close frames go out
    });
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &hub, [&hub, configPath, routingPath] {
        QString why;
        std::optional<routing::RoutingConfig> routing;
        if (!configPath.isEmpty()) {
            const auto fresh = RouterConfigFile::load(configPath, &why);
            if (!fresh) {
                log(Text::tr("SIGHUP: configuration not reloaded, the old one stays: %1").arg(why));
                return;
            }
            routing = fresh->routing;
        }
        if (!routing && QFileInfo::exists(routingPath)) {
            routing = RoutingFile::check(routingPath, &why);
            if (!routing) {
                log(Text::tr("SIGHUP: routing not reloaded, the old one stays: %1").arg(why));
                return;
            }
        }
        hub.setRoutingConfig(routing.value_or(routing::RoutingConfig::defaults()));
        log(Text::tr("SIGHUP: routing reloaded"));
    });
    log(Text::tr("handoff-router %1 listening on %2, data in %3 (schema %4)")
            .arg(QCoreApplication::applicationVersion(), listenText,
                databaseLocation().isEmpty() ? dataDir : store::StoreFactory::describe(databaseLocation()))
            .arg(store->schemaVersion()));
    const int code = QCoreApplication::exec();
    writer.drain(); // every queued write is on disk before the router says it stopped
    hub.leaveCluster(); // the other routers take over what was open here at once
    store->close();
    log(Text::tr("stopped"));
    return code;
}

} // namespace handoff::router

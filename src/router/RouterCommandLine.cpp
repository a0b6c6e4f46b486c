#include "router/RouterCommandLine.h"

#include "bot/DemoOrderDirectory.h"
#include "router/RouterConfigFile.h"
#include "router/SignalWatcher.h"
#include "server/ConversationHub.h"
#include "server/RouterServer.h"
#include "store/SqliteStore.h"
#include "store/StoreFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace handoff::router {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RouterCommandLine", text);
}

// Demo data for the supervisors' escalation report: a week of past handoffs over a few topics and
// triggers, stored as closed conversations so the report is not empty on a fresh demo router.
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
    };
    const QList<PastEscalation> past{
        {"billing-dispute", EscalationTrigger::Topic, "Noor", 6, 9},   {"billing-dispute", EscalationTrigger::Topic, "Liam", 5, 14},
        {"billing-dispute", EscalationTrigger::Explicit, "Mia", 3, 11}, {"billing-dispute", EscalationTrigger::Topic, "Kofi", 1, 16},
        {"order-status", EscalationTrigger::Explicit, "Ada", 6, 10},    {"order-status", EscalationTrigger::Unrecognised, "Ben", 4, 15},
        {"order-status", EscalationTrigger::Frustration, "Chen", 2, 13}, {"returns", EscalationTrigger::Unrecognised, "Dina", 5, 10},
        {"returns", EscalationTrigger::Explicit, "Emil", 2, 9},         {"", EscalationTrigger::Unrecognised, "Fay", 3, 17},
        {"", EscalationTrigger::External, "Gus", 1, 12},                {"shipping", EscalationTrigger::Frustration, "Hana", 0, 8},
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
        c.disposition = QStringLiteral("resolved");
        c.createdAt = at.addSecs(-120);
        c.escalatedAt = at;
        c.enqueuedAt = at;
        c.assignedAt = at.addSecs(40);
        c.closedAt = at.addSecs(600);
        if (store.conversation(c.id) || !store.createConversation(c)
            || !store.addEscalation({c.id, at, c.topic, p.trigger, QString(), c.queueId}))
            continue;
        ++added;
    }
    return added;
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
    err() << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << line << Qt::endl;
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

} // namespace

RouterCommandLine::RouterCommandLine()
    : m_listen(QStringLiteral("listen"), tr("Address and port to serve on (default 127.0.0.1:8080)."), tr("ADDR:PORT"))
    , m_dataDir(QStringLiteral("data-dir"), tr("Directory of the database (default: the user's application data)."),
                tr("DIR"))
    , m_database(QStringLiteral("database"),
                 tr("Database instead of handoff.db in the data directory: a PostgreSQL URL "
                    "(postgres://USER:PASSWORD@HOST:PORT/DB), libpq keywords (\"host=H dbname=D\") or sqlite:FILE."),
                 tr("URL"))
    , m_config(QStringLiteral("config"), tr("JSON configuration file (see docs/router.md)."), tr("FILE"))
    , m_role(QStringLiteral("role"), tr("user add: agent or supervisor."), tr("ROLE"))
    , m_password(QStringLiteral("password"), tr("user add/passwd: the password (read from stdin when absent)."),
                 tr("PASSWORD"))
    , m_displayName(QStringLiteral("display-name"), tr("user add: the name visitors see."), tr("NAME"))
    , m_skills(QStringLiteral("skills"), tr("user add: comma-separated skills, e.g. billing,orders."), tr("LIST"))
    , m_capacity(QStringLiteral("capacity"), tr("user add: concurrent chats (default 3)."), tr("N"))
{
    m_parser.setApplicationDescription(
        tr("Handoff router: serves the web chat, runs the bot and routes conversations to agents.\n\n"
           "Commands:\n"
           "  serve [--listen ADDR:PORT] [--data-dir DIR] [--database URL] [--config FILE]\n"
           "  user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] [--capacity N]\n"
           "  user list\n"
           "  user passwd NAME [--password P]\n"
           "  token add NAME        create an API token for an external bot (printed once)\n"
           "  demo                  add demo agents, canned responses and an API token"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    for (const auto &o : {m_listen, m_dataDir, m_database, m_config, m_role, m_password, m_displayName, m_skills, m_capacity})
        m_parser.addOption(o);
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("serve, user, token or demo."));
}

int RouterCommandLine::fail(const QString &message) const
{
    err() << "handoff-router: " << message << Qt::endl;
    return 1;
}

int RouterCommandLine::run(const QStringList &arguments)
{
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
    if (command == QLatin1String("demo") && args.size() == 1)
        return demo();
    if (command.isEmpty())
        return fail(tr("no command given; try --help"));
    return fail(tr("unknown command \"%1\"; try --help").arg(args.join(QLatin1Char(' '))));
}

bool RouterCommandLine::resolveDataDir(QString *dir, QString *error) const
{
    QString path = m_parser.value(m_dataDir);
    if (path.isEmpty())
        path = m_configDataDir;
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (path.isEmpty()) {
        *error = tr("no data directory: pass --data-dir DIR");
        return false;
    }
    path = QDir(path).absolutePath();
    if (!QDir().mkpath(path)) {
        *error = tr("cannot create data directory %1").arg(path);
        return false;
    }
    const QFileInfo info(path);
    if (!info.isDir() || !info.isWritable()) {
        *error = tr("data directory %1 is not writable").arg(path);
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
    auto store = std::make_unique<store::SqliteStore>(QDir(dir).filePath(QStringLiteral("handoff.db")));
    if (!store->open(error))
        return nullptr;
    return store;
}

QString RouterCommandLine::readPassword(const QString &prompt) const
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
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
        return fail(tr("usage: user add NAME --role agent|supervisor [--password P] [--display-name N] [--skills a,b] "
                       "[--capacity N]"));
    store::UserRecord user;
    user.name = args.first();
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(user.name).hasMatch())
        return fail(tr("user name \"%1\" must be 1-64 letters, digits, dots, dashes or underscores").arg(user.name));
    const auto role = roleFromString(m_parser.value(m_role));
    if (!role)
        return fail(tr("--role must be agent or supervisor"));
    user.role = *role;
    user.displayName = m_parser.isSet(m_displayName) ? m_parser.value(m_displayName) : user.name;
    for (const QString &s : m_parser.value(m_skills).split(QLatin1Char(','), Qt::SkipEmptyParts))
        user.skills << s.trimmed().toLower();
    if (m_parser.isSet(m_capacity)) {
        bool ok = false;
        user.capacity = m_parser.value(m_capacity).toInt(&ok);
        if (!ok || user.capacity < 1 || user.capacity > 50)
            return fail(tr("--capacity must be a number from 1 to 50"));
    }
    const QString password = m_parser.isSet(m_password) ? m_parser.value(m_password) : readPassword(tr("Password: "));
    if (password.isEmpty())
        return fail(tr("the password must not be empty"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    if (store->user(user.name))
        return fail(tr("user %1 exists already").arg(user.name));
    if (!store->addUser(user, password))
        return fail(tr("cannot add user %1: %2").arg(user.name, store->lastError()));
    store->addAudit({QStringLiteral("admin"), QStringLiteral("user_add"), user.name, toString(user.role), {}, {}});
    out() << tr("Added %1 %2.").arg(toString(user.role), user.name) << Qt::endl;
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
        return fail(tr("usage: user passwd NAME [--password P]"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    if (!store->user(args.first()))
        return fail(tr("there is no user %1").arg(args.first()));
    const QString password = m_parser.isSet(m_password) ? m_parser.value(m_password) : readPassword(tr("New password: "));
    if (password.isEmpty())
        return fail(tr("the password must not be empty"));
    if (!store->setPassword(args.first(), password))
        return fail(tr("cannot change the password: %1").arg(store->lastError()));
    store->addAudit({QStringLiteral("admin"), QStringLiteral("user_passwd"), args.first(), {}, {}, {}});
    out() << tr("Password of %1 changed; its desks must sign in again.").arg(args.first()) << Qt::endl;
    return 0;
}

int RouterCommandLine::tokenAdd(const QStringList &args)
{
    if (args.size() != 1)
        return fail(tr("usage: token add NAME"));
    QString error;
    auto store = openStore(&error);
    if (!store)
        return fail(error);
    const QString token = store->addApiToken(args.first());
    if (token.isEmpty())
        return fail(tr("cannot add API token %1 (is the name taken?)").arg(args.first()));
    store->addAudit({QStringLiteral("admin"), QStringLiteral("token_add"), args.first(), {}, {}, {}});
    out() << token << Qt::endl;
    err() << tr("API token %1 created; it is shown only this once.").arg(args.first()) << Qt::endl;
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
    const QList<DemoUser> users{{"alice", "Alice", Role::Agent, {QStringLiteral("general"), QStringLiteral("orders")}},
                                {"bob", "Bob", Role::Agent, {QStringLiteral("billing")}},
                                {"sam", "Sam", Role::Supervisor, {}}};
    for (const DemoUser &d : users) {
        const QString name = QString::fromLatin1(d.name);
        if (store->user(name)) {
            out() << tr("User %1 exists already; left as it is.").arg(name) << Qt::endl;
            continue;
        }
        if (!store->addUser({name, QString::fromLatin1(d.display), d.role, d.skills, 3, {}}, QStringLiteral("demo")))
            return fail(tr("cannot add user %1: %2").arg(name, store->lastError()));
        out() << tr("Added %1 %2 (password \"demo\").").arg(toString(d.role), name) << Qt::endl;
    }
    if (store->cannedResponses(QString()).isEmpty()) {
        const QList<store::CannedResponseRecord> canned{
            {0, QStringLiteral("hi"), tr("Greeting"), tr("General"),
             tr("Hello {visitor.name}, I'm {agent.name}. How can I help?"), {}},
            {0, QStringLiteral("order"), tr("Order status"), tr("Orders"),
             tr("I'm looking at order {order.number} now, one moment please."), {}},
            {0, QStringLiteral("refund"), tr("Refund started"), tr("Billing"),
             tr("I've started the refund for order {order.number}; you'll see it within 5 working days."), {}},
            {0, QStringLiteral("bye"), tr("Goodbye"), tr("General"),
             tr("Thank you for chatting with us, {visitor.name}. Have a nice day!"), {}},
        };
        for (const auto &r : canned)
            store->addCannedResponse(r);
        out() << tr("Added %1 shared canned responses.").arg(canned.size()) << Qt::endl;
    }
    const QString token = store->addApiToken(QStringLiteral("demo-%1").arg(QDateTime::currentSecsSinceEpoch()));
    if (token.isEmpty())
        return fail(tr("cannot add the demo API token: %1").arg(store->lastError()));
    if (const int escalations = seedDemoEscalations(*store); escalations > 0)
        out() << tr("Added %1 past escalations for the supervisors' report.").arg(escalations) << Qt::endl;
    out() << tr("Demo API token (shown once): %1").arg(token) << Qt::endl;
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
        return fail(tr("--listen \"%1\" is not ADDR:PORT, e.g. 127.0.0.1:8080").arg(listenText));

    QString error;
    QString dataDir;
    if (!resolveDataDir(&dataDir, &error))
        return fail(error);
    auto store = openStore(&error);
    if (!store)
        return fail(error);

    server::HubSettings settings;
    if (config) {
        if (config->routing)
            settings.routing = *config->routing;
        if (config->topics)
            settings.topics = *config->topics;
        settings.bot = config->bot;
        settings.presenceGraceSeconds = config->presenceGraceSeconds;
    }
    server::ConversationHub hub(*store, settings, std::make_unique<bot::DemoOrderDirectory>());
    if (!hub.restore(&error))
        return fail(tr("cannot restore open conversations: %1").arg(error));
    server::RouterServer server(*store, hub);
    if (config)
        server.setEmbedOrigins(config->embedOrigins);
    if (!server.listen(address, port, &error))
        return fail(error);

    SignalWatcher signalWatcher;
    if (!signalWatcher.install(&error))
        return fail(tr("cannot watch signals: %1").arg(error));
    QObject::connect(&signalWatcher, &SignalWatcher::shutdownRequested, &hub, [&hub] {
        log(tr("shutting down"));
        hub.shutdown();
        QTimer::singleShot(200, qApp, [] { QCoreApplication::exit(0); }); // let close frames go out
    });
    QObject::connect(&signalWatcher, &SignalWatcher::reloadRequested, &hub, [&hub, configPath] {
        if (configPath.isEmpty()) {
            log(tr("SIGHUP: no --config file to reload"));
            return;
        }
        QString why;
        const auto fresh = RouterConfigFile::load(configPath, &why);
        if (!fresh) {
            log(tr("SIGHUP: configuration not reloaded, the old one stays: %1").arg(why));
            return;
        }
        hub.setRoutingConfig(fresh->routing.value_or(routing::RoutingConfig::defaults()));
    });
    log(tr("handoff-router %1 listening on %2, data in %3 (schema %4)")
            .arg(QCoreApplication::applicationVersion(), listenText,
                 databaseLocation().isEmpty() ? dataDir : store::StoreFactory::describe(databaseLocation()))
            .arg(store->schemaVersion()));
    const int code = QCoreApplication::exec();
    store->close();
    log(tr("stopped"));
    return code;
}

} // namespace handoff::router

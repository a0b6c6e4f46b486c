// Measures the desk as an agent meets it: start-up with a remembered sign-in while the router is down
// (the window opens from the local cache), opening a 10,000-message transcript, and resident memory,
// next to a bare QWidget window started the same way. Prints figures; never run as a test.
//
//   bench_desk [--open-chats N] [--cache DIR]   (the parent: builds the cache, or reuses the one kept in
//                                                DIR, runs the two children, prints)
//   bench_desk --bare               (child: a bare QWidget window)
//   bench_desk --desk DIR           (child: the real desk on the cache in DIR)
#include "client/DeskSession.h"
#include "client/LocalCache.h"
#include "desk/CredentialStore.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/MainWindow.h"
#include "desk/ThemePalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <functional>
#include <memory>

using namespace handoff;

namespace {

const QString kServer = QStringLiteral("127.0.0.1:9"); // nothing listens: the router is down
const QString kUser = QStringLiteral("alice");
const QString kBigConversation = QStringLiteral("c_big");
constexpr int kConversations = 10000;
constexpr int kBigTranscript = 10000;

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// The token is what a keychain would hand back; the keychain itself is not what is measured here.
class RememberedToken : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;
    void probe(ProbeDone done) override { done(true); }
    void read(const QString &, ReadDone done) override { done(QStringLiteral("remembered-token"), QString()); }
    void write(const QString &, const QString &, WriteDone done) override
    {
        if (done)
            done(true, {});
    }
    void remove(const QString &, WriteDone done) override
    {
        if (done)
            done(true, {});
    }
};

// Calls `then` once `w` has been painted (the window is on screen, not merely shown).
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *w, std::function<bool()> ready, std::function<void()> then)
        : m_ready(std::move(ready))
        , m_then(std::move(then))
    {
        w->installEventFilter(this);
    }
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint && m_then && (!m_ready || m_ready())) {
            auto then = std::move(m_then);
            m_then = nullptr;
            o->removeEventFilter(this);
            QTimer::singleShot(0, then);
        }
        return false;
    }

private:
    std::function<bool()> m_ready;
    std::function<void()> m_then;
};

ConversationSummary conversationNo(int i, const QString &id)
{
    ConversationSummary c;
    c.id = id;
    c.state = ConversationState::Assigned;
    c.queueId = QStringLiteral("orders");
    c.agentId = kUser;
    c.agentName = QStringLiteral("Alice");
    c.visitorName = QStringLiteral("Visitor %1").arg(i);
    c.topic = QStringLiteral("order-status");
    c.createdAt = QDateTime::currentDateTimeUtc().addSecs(-7200 - i);
    c.assignedAt = c.createdAt.addSecs(60);
    c.lastVisitorAt = c.assignedAt.addSecs(30);
    HandoffContext h;
    h.reason = QStringLiteral("The visitor asked for a person.");
    h.lastTopic = c.topic;
    h.fields = { { QStringLiteral("visitor.name"), c.visitorName },
        { QStringLiteral("order.number"), QStringLiteral("A%1").arg(1000 + i) } };
    h.language = QStringLiteral("en");
    h.page = QStringLiteral("https://shop.example.org/orders");
    h.source = QStringLiteral("bot");
    h.at = c.assignedAt;
    c.handoff = h;
    return c;
}

ChatMessage messageNo(const QString &conversationId, int n, const QDateTime &start)
{
    static const char *lines[] = { "Where is my order? It should have arrived on Monday.",
        "Let me check that for you - one moment please.",
        "The carrier shows it was delivered to a neighbour at no. 12. Could you check there, or shall I open a "
        "claim with the carrier?",
        "ok", "Thanks, that helps a lot." };
    ChatMessage m;
    m.id = QStringLiteral("%1_m%2").arg(conversationId).arg(n);
    m.conversationId = conversationId;
    m.author = n % 2 == 0 ? AuthorKind::Visitor : AuthorKind::Agent;
    m.authorId = m.author == AuthorKind::Agent ? kUser : QString();
    m.authorName = m.author == AuthorKind::Agent ? QStringLiteral("Alice") : QStringLiteral("Visitor");
    m.text = QStringLiteral("%1 (%2)").arg(QString::fromLatin1(lines[n % 5])).arg(n);
    m.at = start.addMSecs(qint64(n) * 1500);
    return m;
}

// The desk's own cache format, written through LocalCache itself.
bool buildCache(const QString &dir, int openChats, QString *error)
{
    LocalCache cache;
    if (!cache.open(QDir(dir).filePath(LocalCache::fileNameFor(kServer, kUser)), error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst());
    db.transaction();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
    for (int i = 0; i < kConversations; ++i) {
        const QString id = i == 0 ? kBigConversation : QStringLiteral("c_%1").arg(i, 5, 10, QLatin1Char('0'));
        cache.saveConversation(conversationNo(i, id), i < openChats);
        if (i > 0) {
            QList<ChatMessage> few;
            for (int n = 0; n < 3; ++n)
                few << messageNo(id, n, start.addSecs(i));
            for (const ChatMessage &m : few)
                cache.saveMessage(m);
        }
    }
    for (int n = 0; n < kBigTranscript; ++n)
        cache.saveMessage(messageNo(kBigConversation, n, start));
    db.commit();
    return true;
}

int runBare(int &argc, char **argv)
{
    QElapsedTimer t;
    t.start();
    QApplication app(argc, argv);
    const double appMs = t.nsecsElapsed() / 1e6;
    QWidget w;
    w.resize(1280, 800);
    w.setWindowTitle(QStringLiteral("bare"));
    FirstPaint painted(&w, {}, [&] {
        std::printf("shown %.1f app %.1f rss %.1f\n", t.nsecsElapsed() / 1e6, appMs, rssMiB());
        std::fflush(stdout);
        app.quit();
    });
    w.show();
    return app.exec();
}

int runDesk(int &argc, char **argv, const QString &dir)
{
    QElapsedTimer t;
    t.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Handoff"));
    QApplication::setApplicationName(QStringLiteral("handoff-desk"));
    const double appMs = t.nsecsElapsed() / 1e6;
    DeskSettings settings;
    settings.setServer(kServer);
    settings.setLastUser(kUser);
    settings.setRememberMe(true);
    ThemePalette::apply(settings.theme());
    DeskSession session;
    session.setCacheDirectory(dir);
    RememberedToken credentials;
    DeskController controller(&session, &settings, &credentials);

    double shownMs = 0;
    std::unique_ptr<FirstPaint> shownWatch;
    std::unique_ptr<FirstPaint> openWatch;
    std::unique_ptr<FirstPaint> earlierWatch;
    QObject::connect(&controller, &DeskController::mainWindowShown, &app, [&] {
        if (shownWatch)
            return;
        MainWindow *w = controller.mainWindow();
        w->resize(1280, 800);
        shownWatch = std::make_unique<FirstPaint>(w, nullptr, [&, w] {
            shownMs = t.nsecsElapsed() / 1e6;
            std::printf("shown %.1f app %.1f rss %.1f chats %d\n", shownMs, appMs, rssMiB(),
                session.myChats()->rowCount());
            std::fflush(stdout);
            // Open the 10,000-message transcript the way a click on it does, and wait until the view has
            // laid it out and painted its last line.
            auto *chats = w->findChild<QListView *>(QStringLiteral("myChatsView"));
            auto *transcript = w->findChild<QListView *>(QStringLiteral("transcriptView"));
            const int row = session.myChats()->rowOf(kBigConversation);
            auto open = std::make_shared<QElapsedTimer>();
            openWatch = std::make_unique<FirstPaint>(
                transcript->viewport(),
                [&session, transcript] {
                    const QScrollBar *bar = transcript->verticalScrollBar();
                    return session.transcript()->conversationId() == kBigConversation && bar->maximum() > 0
                        && bar->value() == bar->maximum();
                },
                [&, open, transcript] {
                    std::printf("opened %.1f rss %.1f lines %d\n", open->nsecsElapsed() / 1e6, rssMiB(),
                        session.transcript()->rowCount());
                    std::fflush(stdout);
                    // Scrolling to the top loads the page before it (as Home or the wheel does).
                    const int loaded = session.transcript()->rowCount();
                    auto earlier = std::make_shared<QElapsedTimer>();
                    earlierWatch = std::make_unique<FirstPaint>(
                        transcript->viewport(), [&session, loaded] { return session.transcript()->rowCount() > loaded; },
                        [&, earlier] {
                            std::printf("earlier %.1f rss %.1f lines %d\n", earlier->nsecsElapsed() / 1e6, rssMiB(),
                                session.transcript()->rowCount());
                            std::fflush(stdout);
                            app.quit();
                        });
                    earlier->start();
                    transcript->verticalScrollBar()->setValue(0);
                });
            open->start();
            chats->setCurrentIndex(session.myChats()->index(row));
        });
    });
    QTimer::singleShot(120000, &app, [&] {
        std::printf("timeout\n");
        app.exit(2);
    });
    controller.start(QString(), QString(), QString());
    return app.exec();
}

struct ChildResult {
    double wallMs = 0; // from QProcess::start to the child's "shown" line
    QMap<QString, double> values;
    QString raw;
};

ChildResult runChild(const QStringList &args, const QProcessEnvironment &env)
{
    ChildResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), args);
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        if (!p.canReadLine() && !p.waitForReadyRead(100))
            continue;
        while (p.canReadLine()) {
            const QString line = QString::fromUtf8(p.readLine()).trimmed();
            r.raw += line + QLatin1Char('\n');
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.value(0) == QLatin1String("shown"))
                r.wallMs = t.nsecsElapsed() / 1e6;
            // "opened 12.3 rss 50.1 lines 300": keys after the first are qualified by it ("opened.rss").
            for (int i = 0; i + 1 < parts.size(); i += 2)
                r.values[i == 0 ? parts.at(0) : parts.at(0) + QLatin1Char('.') + parts.at(i)] = parts.at(i + 1).toDouble();
        }
    }
    p.waitForFinished();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = [&] {
        QStringList a;
        for (int i = 1; i < argc; ++i)
            a << QString::fromLocal8Bit(argv[i]);
        return a;
    }();
    if (args.value(0) == QLatin1String("--bare"))
        return runBare(argc, argv);
    if (args.value(0) == QLatin1String("--desk"))
        return runDesk(argc, argv, args.value(1));

    QCoreApplication app(argc, argv);
    int openChats = 25;
    QString keptCache;
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--open-chats"))
            openChats = qBound(1, args.at(i + 1).toInt(), kConversations);
        else if (args.at(i) == QLatin1String("--cache"))
            keptCache = args.at(i + 1);
    }
    QTemporaryDir home;
    const QString cacheDir = keptCache.isEmpty() ? QDir(home.path()).filePath(QStringLiteral("cache")) : keptCache;
    QElapsedTimer t;
    t.start();
    QString error;
    const bool reuse = !keptCache.isEmpty() && QFileInfo::exists(QDir(cacheDir).filePath(LocalCache::fileNameFor(kServer, kUser)));
    if (!reuse && !buildCache(cacheDir, openChats, &error)) {
        std::fprintf(stderr, "bench_desk: %s\n", qPrintable(error));
        return 1;
    }
    const double buildMs = t.nsecsElapsed() / 1e6;
    const qint64 bytes = QFileInfo(QDir(cacheDir).filePath(LocalCache::fileNameFor(kServer, kUser))).size();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home.path()).filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home.path()).filePath(QStringLiteral("data")));
    const QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)"));

    std::printf("Desk benchmark (platform %s)\n", qPrintable(platform));
    std::printf("cache: %d conversations (%d of them open chats), %d-message transcript, %d messages in all, "
                "%.1f MiB, written in %.0f ms\n",
        kConversations, openChats, kBigTranscript, kBigTranscript + 3 * (kConversations - 1), bytes / 1048576.0,
        buildMs);
    std::printf("method: each window starts in its own fresh child process of this program, bare one first;\n"
                "        'start' = from process start to the window's first paint (parent's clock, includes exec\n"
                "        and loading Qt); 'in-process' = from main() to the first paint (child's clock).\n");
    const ChildResult bare = runChild({ QStringLiteral("--bare") }, env);
    const ChildResult desk = runChild({ QStringLiteral("--desk"), cacheDir }, env);
    if (!bare.values.contains(QStringLiteral("shown")) || !desk.values.contains(QStringLiteral("earlier"))) {
        std::fprintf(stderr, "bench_desk: a child did not finish:\n%s%s", qPrintable(bare.raw), qPrintable(desk.raw));
        return 1;
    }
    std::printf("%-34s %10s %12s %10s\n", "", "start ms", "in-process", "RSS MiB");
    std::printf("%-34s %10.1f %12.1f %10.1f\n", "bare QWidget window", bare.wallMs, bare.values.value("shown"),
        bare.values.value("shown.rss"));
    std::printf("%-34s %10.1f %12.1f %10.1f\n", "desk main window (from cache)", desk.wallMs,
        desk.values.value("shown"), desk.values.value("shown.rss"));
    std::printf("%-34s %10s %12.1f %10.1f\n", "open 10,000-message transcript", "", desk.values.value("opened"),
        desk.values.value("opened.rss"));
    std::printf("%-34s %10s %12.1f %10.1f\n", "scroll to its top: earlier page", "", desk.values.value("earlier"),
        desk.values.value("earlier.rss"));
    std::printf("desk start minus bare start: %.1f ms; desk RSS minus bare: %.1f MiB; chats listed: %.0f; transcript "
                "lines laid out: %.0f on opening, %.0f after scrolling to the top\n",
        desk.wallMs - bare.wallMs, desk.values.value("shown.rss") - bare.values.value("shown.rss"),
        desk.values.value("shown.chats"), desk.values.value("opened.lines"), desk.values.value("earlier.lines"));
    return 0;
}

// Measures the desk as an agent meets it: start-up with a remembered sign-in while the router is down
// (the window opens from the local cache), opening a 10,000-message transcript, and resident memory,
// next to a bare QWidget window started the same way. Prints figures; never run as a test.
//
//   bench_desk [--open-chats N] [--cache DIR] [--runs N] [--keychain] [--screen WxH|platform]
//                                   (the parent: builds the cache, or reuses the one kept in DIR, runs the
//                                    children below and bench_bare_window N times each (default 5),
//                                    prints medians and where the start goes; on the offscreen platform
//                                    the children get a WxH screen, 1920x1080 unless told, or the
//                                    platform's own 800x800 with "--screen platform")
//   bench_desk --bare               (child: a bare QWidget window)
//   bench_desk --first-use-costs    (child: single first-time costs of the desk's start, one by one)
//   bench_desk --desk DIR [--start-only] [--keychain]
//                                   (child: the real desk on the cache in DIR; --start-only quits at the
//                                    first paint, for a profiler; --keychain reads the token from the
//                                    system keychain instead of memory)
#include "client/DeskSession.h"
#include "client/LocalCache.h"
#include "desk/CredentialStore.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/KeychainCredentialStore.h"
#include "desk/MainWindow.h"
#include "desk/OfferNotifier.h"
#include "desk/ThemePalette.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QWidget>
#include <algorithm>
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

// Moments of the desk's start, in ms since main(); only the first of each name counts. Printed as
// "steps 1 NAME MS NAME MS ..." so that the parent can take the median of each.
class StartStamps
{
public:
    explicit StartStamps(const QElapsedTimer *clock)
        : m_clock(clock)
    { }
    void mark(const char *name)
    {
        for (const auto &s : std::as_const(m_stamps))
            if (s.first == QLatin1String(name))
                return;
        m_stamps.append({ QString::fromLatin1(name), m_clock->nsecsElapsed() / 1e6 });
    }
    QString line() const
    {
        QString out = QStringLiteral("steps 1");
        for (const auto &s : m_stamps)
            out += QStringLiteral(" %1 %2").arg(s.first).arg(s.second, 0, 'f', 2);
        return out;
    }

private:
    const QElapsedTimer *m_clock;
    QList<QPair<QString, double>> m_stamps;
};

// Passes everything to the real store and stamps when the keychain has answered.
class StampedStore : public CredentialStore
{
public:
    StampedStore(CredentialStore *inner, StartStamps *stamps)
        : m_inner(inner)
        , m_stamps(stamps)
    { }
    void probe(ProbeDone done) override
    {
        m_stamps->mark("keychain.asked");
        m_inner->probe([this, done](bool available) {
            m_stamps->mark("keychain.probed");
            done(available);
        });
    }
    void read(const QString &key, ReadDone done) override
    {
        m_stamps->mark("keychain.asked");
        m_inner->read(key, [this, done](const std::optional<QString> &secret, const QString &error) {
            m_stamps->mark("keychain.read");
            done(secret, error);
        });
    }
    void write(const QString &key, const QString &secret, WriteDone done) override
    {
        m_inner->write(key, secret, std::move(done));
    }
    void remove(const QString &key, WriteDone done) override { m_inner->remove(key, std::move(done)); }

private:
    CredentialStore *m_inner;
    StartStamps *m_stamps;
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
    static const char *lines[]
        = { "Where is my order? It should have arrived on Monday.", "Let me check that for you - one moment please.",
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

// The local cache's own share of the start, measured again after the window is up (same file, warm).
QString cacheSplit(const QString &dir)
{
    QElapsedTimer t;
    t.start();
    LocalCache cache;
    cache.open(QDir(dir).filePath(LocalCache::fileNameFor(kServer, kUser)));
    const double openMs = t.nsecsElapsed() / 1e6;
    t.restart();
    const QList<ConversationSummary> open = cache.openConversations();
    const double chatsMs = t.nsecsElapsed() / 1e6;
    t.restart();
    for (const ConversationSummary &c : open)
        cache.lastMessage(c.id);
    const double lastMs = t.nsecsElapsed() / 1e6;
    t.restart();
    cache.personalCannedResponses();
    const double cannedMs = t.nsecsElapsed() / 1e6;
    t.restart();
    for (const ConversationSummary &c : open)
        cache.lastReplyAt(c.id);
    const double repliesMs = t.nsecsElapsed() / 1e6;
    t.restart();
    cache.openChats(); // what the start reads: all of the above but the canned responses, in one query
    const double oneQueryMs = t.nsecsElapsed() / 1e6;
    return QStringLiteral("cachesplit 1 open %1 chats %2 last %3 canned %4 replies %5 onequery %6")
        .arg(openMs, 0, 'f', 2)
        .arg(chatsMs, 0, 'f', 2)
        .arg(lastMs, 0, 'f', 2)
        .arg(cannedMs, 0, 'f', 2)
        .arg(repliesMs, 0, 'f', 2)
        .arg(oneQueryMs, 0, 'f', 2);
}

int runDesk(int &argc, char **argv, const QString &dir, bool startOnly, bool keychain)
{
    QElapsedTimer t;
    t.start();
    StartStamps stamps(&t);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Handoff"));
    QApplication::setApplicationName(QStringLiteral("handoff-desk"));
    const double appMs = t.nsecsElapsed() / 1e6;
    stamps.mark("app");
    DeskSettings settings; // the parent wrote server, user and "remember me", as an earlier sign-in does
    stamps.mark("settings");
    ThemePalette::apply(settings.theme());
    stamps.mark("theme");
    DeskSession session;
    session.setCacheDirectory(dir);
    stamps.mark("session");
    RememberedToken memory;
    KeychainCredentialStore system;
    StampedStore credentials(keychain ? static_cast<CredentialStore *>(&system) : &memory, &stamps);
    DeskController controller(&session, &settings, &credentials);
    stamps.mark("controller");
    QObject::connect(session.myChats(), &QAbstractItemModel::modelReset, &app, [&] { stamps.mark("cache"); });
    QObject::connect(session.connection(), &DeskConnection::stateChanged, &app, [&] { stamps.mark("connecting"); });

    double shownMs = 0;
    std::unique_ptr<FirstPaint> shownWatch;
    std::unique_ptr<FirstPaint> openWatch;
    std::unique_ptr<FirstPaint> earlierWatch;
    QObject::connect(&controller, &DeskController::mainWindowShown, &app, [&] {
        if (shownWatch)
            return;
        stamps.mark("window");
        MainWindow *w = controller.mainWindow();
        w->resize(1280, 800);
        shownWatch = std::make_unique<FirstPaint>(w, nullptr, [&, w] {
            shownMs = t.nsecsElapsed() / 1e6;
            stamps.mark("paint");
            std::printf("shown %.1f app %.1f rss %.1f chats %d width %d height %d\n", shownMs, appMs, rssMiB(),
                session.myChats()->rowCount(), w->width(), w->height());
            std::fflush(stdout);
            if (startOnly) {
                // Whatever the desk defers until after its first paint runs before this quits.
                QTimer::singleShot(50, &app, [&] {
                    std::printf("%s\n", qPrintable(stamps.line()));
                    std::fflush(stdout);
                    app.quit();
                });
                return;
            }
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
                        transcript->viewport(),
                        [&session, loaded] { return session.transcript()->rowCount() > loaded; },
                        [&, earlier] {
                            std::printf("earlier %.1f rss %.1f lines %d\n", earlier->nsecsElapsed() / 1e6, rssMiB(),
                                session.transcript()->rowCount());
                            std::printf("%s\n%s\n", qPrintable(stamps.line()), qPrintable(cacheSplit(dir)));
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

// What single things the desk's start does cost the first time a process does them, each measured once
// in a fresh process that has only QApplication and the desk's style: the price of each item that a
// lazier start could move past the first paint.
int runFirstUseCosts(int &argc, char **argv)
{
    QApplication app(argc, argv);
    ThemePalette::apply(DeskSettings::Theme::Light);
    QString out = QStringLiteral("firstuse 1");
    QElapsedTimer t;
    const auto done = [&](const char *what) {
        out += QStringLiteral(" %1 %2").arg(QLatin1String(what)).arg(t.nsecsElapsed() / 1e6, 0, 'f', 2);
    };
    t.start();
    {
        QWebSocket socket; // DeskConnection's member: sets up the TLS backend even for ws://
    }
    done("websocket");
    t.restart();
    {
        QLineEdit text(QStringLiteral("Visitor")); // any first widget with text: loads the fonts
        text.sizeHint();
    }
    done("fonts");
    t.restart();
    {
        QLineEdit edit;
        edit.setClearButtonEnabled(true); // the canned-response search field in MainWindow.ui
    }
    done("clearbutton");
    t.restart();
    {
        const bool tray = QSystemTrayIcon::isSystemTrayAvailable(); // OfferNotifier
        Q_UNUSED(tray);
    }
    done("tray");
    t.restart();
    {
        // OfferNotifier's chime after the first paint: loading its module (QtMultimedia, PulseAudio, codecs)
        std::unique_ptr<QObject> chime(OfferNotifier::newChime(nullptr));
        if (chime)
            chime->setProperty("source", QUrl(QStringLiteral("qrc:/desk/sounds/offer.wav")));
    }
    done("chime");
    t.restart();
    {
        QWidget w;
        w.setWindowIcon(QIcon(QStringLiteral(":/desk/icons/handoff.svg")));
        w.winId(); // the platform window takes the icon's pixmaps
    }
    done("windowicon");
    std::printf("%s\n", qPrintable(out));
    std::fflush(stdout);
    return 0;
}

struct ChildResult {
    // "wall": from QProcess::start to the child's "shown" line; the rest as the child printed them.
    QMap<QString, double> values;
    QString raw;
};

ChildResult runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    ChildResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    while (p.state() != QProcess::NotRunning || p.bytesAvailable() > 0) {
        // A child that hangs (seen in the first-use child: the chime's first QSoundEffect waiting for
        // PulseAudio) is stopped after a minute; its figures are left out of the medians.
        if (p.state() != QProcess::NotRunning && t.elapsed() > 60000) {
            std::fprintf(stderr, "bench_desk: %s %s hung; stopped\n", qPrintable(program), qPrintable(args.join(' ')));
            p.kill();
            p.waitForFinished();
        }
        if (!p.canReadLine() && !p.waitForReadyRead(100))
            continue;
        while (p.canReadLine()) {
            const QString line = QString::fromUtf8(p.readLine()).trimmed();
            r.raw += line + QLatin1Char('\n');
            const QStringList parts = line.split(QLatin1Char(' '));
            if (parts.value(0) == QLatin1String("shown"))
                r.values[QStringLiteral("wall")] = t.nsecsElapsed() / 1e6;
            // "opened 12.3 rss 50.1 lines 300": keys after the first are qualified by it ("opened.rss").
            for (int i = 0; i + 1 < parts.size(); i += 2)
                r.values[i == 0 ? parts.at(0) : parts.at(0) + QLatin1Char('.') + parts.at(i)]
                    = parts.at(i + 1).toDouble();
        }
    }
    p.waitForFinished();
    return r;
}

// The median of one figure over the runs that reported it.
double medianOf(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

double median(const QList<ChildResult> &runs, const QString &key)
{
    QList<double> v;
    for (const ChildResult &r : runs)
        if (r.values.contains(key))
            v << r.values.value(key);
    return medianOf(v);
}

QString spread(const QList<ChildResult> &runs, const QString &key)
{
    double lo = 1e18, hi = 0;
    for (const ChildResult &r : runs) {
        const double x = r.values.value(key);
        lo = std::min(lo, x);
        hi = std::max(hi, x);
    }
    return QStringLiteral("%1-%2").arg(lo, 0, 'f', 0).arg(hi, 0, 'f', 0);
}

// Puts the token where the desk's keychain lookup finds it. False when there is no working keychain.
bool storeTokenInKeychain()
{
    KeychainCredentialStore store;
    QEventLoop loop;
    bool ok = false;
    QString error;
    store.write(CredentialStore::keyFor(kServer, kUser), QStringLiteral("remembered-token"),
        [&](bool written, const QString &message) {
            ok = written;
            error = message;
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!ok)
        std::fprintf(stderr, "bench_desk: no keychain to keep the token in: %s\n", qPrintable(error));
    return ok;
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
    const bool keychain = args.contains(QLatin1String("--keychain"));
    if (args.value(0) == QLatin1String("--bare"))
        return runBare(argc, argv);
    if (args.value(0) == QLatin1String("--first-use-costs"))
        return runFirstUseCosts(argc, argv);
    if (args.value(0) == QLatin1String("--desk"))
        return runDesk(argc, argv, args.value(1), args.contains(QLatin1String("--start-only")), keychain);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Handoff"));
    QCoreApplication::setApplicationName(QStringLiteral("handoff-desk"));
    int openChats = 25;
    int runs = 5;
    QString keptCache;
    QString screen = QStringLiteral("1920x1080");
    for (int i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--open-chats"))
            openChats = qBound(1, args.at(i + 1).toInt(), kConversations);
        else if (args.at(i) == QLatin1String("--cache"))
            keptCache = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--runs"))
            runs = qBound(1, args.at(i + 1).toInt(), 50);
        else if (args.at(i) == QLatin1String("--screen"))
            screen = args.at(i + 1);
    }
    QTemporaryDir home;
    const QString cacheDir = keptCache.isEmpty() ? QDir(home.path()).filePath(QStringLiteral("cache")) : keptCache;
    QElapsedTimer t;
    t.start();
    QString error;
    const bool reuse
        = !keptCache.isEmpty() && QFileInfo::exists(QDir(cacheDir).filePath(LocalCache::fileNameFor(kServer, kUser)));
    if (!reuse && !buildCache(cacheDir, openChats, &error)) {
        std::fprintf(stderr, "bench_desk: %s\n", qPrintable(error));
        return 1;
    }
    const double buildMs = t.nsecsElapsed() / 1e6;
    const qint64 bytes = QFileInfo(QDir(cacheDir).filePath(LocalCache::fileNameFor(kServer, kUser))).size();
    if (keychain && !storeTokenInKeychain())
        return 1;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString configHome = QDir(home.path()).filePath(QStringLiteral("config"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    {
        // What the desk's settings hold after a remembered sign-in; the child only reads them.
        QSettings remembered(
            QDir(configHome).filePath(QStringLiteral("Handoff/handoff-desk.conf")), QSettings::IniFormat);
        remembered.setValue(QStringLiteral("connection/server"), kServer);
        remembered.setValue(QStringLiteral("connection/user"), kUser);
        remembered.setValue(QStringLiteral("connection/rememberMe"), true);
    }
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home.path()).filePath(QStringLiteral("data")));
    // The offscreen platform's own screen is 800x800: a 1280x800 window does not fit on it, so the desk (which
    // keeps itself on the screen) would open 800 wide and then be stretched to 1280 after it is shown, a second
    // layout of the whole window that no start on a real screen does (the bare window never fits itself, so
    // it pays nothing). Both windows get a screen they fit on.
    const QStringList size = screen.split(QLatin1Char('x'));
    if (screen != QLatin1String("platform")
        && (size.size() != 2 || size.at(0).toInt() < 320 || size.at(1).toInt() < 240)) {
        std::fprintf(stderr, "bench_desk: --screen takes WIDTHxHEIGHT (at least 320x240) or \"platform\", not %s\n",
            qPrintable(screen));
        return 2;
    }
    if (env.value(QStringLiteral("QT_QPA_PLATFORM")) == QLatin1String("offscreen") && size.size() == 2) {
        const QString config = QDir(home.path()).filePath(QStringLiteral("offscreen-screen.json"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly)
            || f.write(QStringLiteral("{\"screens\": [{\"name\": \"bench\", \"x\": 0, \"y\": 0, \"width\": %1, "
                                      "\"height\": %2, \"logicalDpi\": 96, \"dpr\": 1}]}")
                           .arg(size.at(0).toInt())
                           .arg(size.at(1).toInt())
                           .toUtf8())
                < 0) {
            std::fprintf(stderr, "bench_desk: cannot write %s\n", qPrintable(config));
            return 1;
        }
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
    }
    QString platform = env.value(QStringLiteral("QT_QPA_PLATFORM"),
        env.contains(QStringLiteral("DISPLAY")) ? QStringLiteral("xcb (default)") : QStringLiteral("(default)"));
    if (platform.startsWith(QLatin1String("offscreen:configfile=")))
        platform = QStringLiteral("offscreen, screen %1").arg(screen);

    std::printf("Desk benchmark (platform %s, %d runs, token from %s)\n", qPrintable(platform), runs,
        keychain ? "the system keychain" : "memory");
    std::printf("cache: %d conversations (%d of them open chats), %d-message transcript, %d messages in all, "
                "%.1f MiB, written in %.0f ms\n",
        kConversations, openChats, kBigTranscript, kBigTranscript + 3 * (kConversations - 1), bytes / 1048576.0,
        buildMs);
    std::printf(
        "method: each window starts in its own fresh child process, bare ones first, the QtWidgets-only one from\n"
        "        bench_bare_window beside this program, the others from this program itself (which links all\n"
        "        of the desk's libraries);\n"
        "        'start' = from process start to the window's first paint (parent's clock, includes exec\n"
        "        and loading Qt); 'in-process' = from main() to the first paint (child's clock).\n"
        "        Figures are medians over the runs (lowest-highest in brackets).\n");
    const QString self = QCoreApplication::applicationFilePath();
    const QString bareProgram
        = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("bench_bare_window"));
    const bool haveBareProgram = QFileInfo(bareProgram).isExecutable();
    QList<ChildResult> bareQt, bare, desk, firstUse;
    for (int i = 0; i < runs; ++i) {
        firstUse << runChild(self, { QStringLiteral("--first-use-costs") }, env);
        if (haveBareProgram)
            bareQt << runChild(bareProgram, {}, env);
        bare << runChild(self, { QStringLiteral("--bare") }, env);
        QStringList deskArgs { QStringLiteral("--desk"), cacheDir };
        if (keychain)
            deskArgs << QStringLiteral("--keychain");
        desk << runChild(self, deskArgs, env);
        if (!bare.last().values.contains(QStringLiteral("shown"))
            || !desk.last().values.contains(QStringLiteral("earlier"))) {
            std::fprintf(stderr, "bench_desk: a child did not finish:\n%s%s", qPrintable(bare.last().raw),
                qPrintable(desk.last().raw));
            return 1;
        }
    }
    const auto row = [](const char *what, const QList<ChildResult> &r, const char *key, bool withWall) {
        const QString k = QString::fromLatin1(key);
        const QString wall = withWall ? QStringLiteral("%1 (%2)")
                                            .arg(median(r, QStringLiteral("wall")), 0, 'f', 1)
                                            .arg(spread(r, QStringLiteral("wall")))
                                      : QString();
        std::printf("%-34s %18s %18s %10.1f\n", what, qPrintable(wall),
            qPrintable(QStringLiteral("%1 (%2)").arg(median(r, k), 0, 'f', 1).arg(spread(r, k))),
            median(r, k + QStringLiteral(".rss")));
    };
    std::printf("%-34s %18s %18s %10s\n", "", "start ms", "in-process ms", "RSS MiB");
    if (haveBareProgram)
        row("bare window, QtWidgets-only program", bareQt, "shown", true);
    row("bare window, desk's libraries", bare, "shown", true);
    row("desk main window (from cache)", desk, "shown", true);
    row("open 10,000-message transcript", desk, "opened", false);
    row("scroll to its top: earlier page", desk, "earlier", false);
    const QList<ChildResult> &plain = haveBareProgram ? bareQt : bare;
    std::printf("desk start minus bare start: %.1f ms; desk RSS minus bare: %.1f MiB; chats listed: %.0f; desk window "
                "%.0fx%.0f at its first paint (bare 1280x800); transcript lines laid out: %.0f on opening, %.0f after "
                "scrolling to the top\n",
        median(desk, QStringLiteral("wall")) - median(plain, QStringLiteral("wall")),
        median(desk, QStringLiteral("shown.rss")) - median(plain, QStringLiteral("shown.rss")),
        median(desk, QStringLiteral("shown.chats")), median(desk, QStringLiteral("shown.width")),
        median(desk, QStringLiteral("shown.height")), median(desk, QStringLiteral("opened.lines")),
        median(desk, QStringLiteral("earlier.lines")));
    // The ratio the start is judged by. Each run starts the bare window right before the desk, so the per-run
    // ratio pairs two starts under the same load; its median moves less than the ratio of the two medians.
    QList<double> ratios;
    for (int i = 0; i < std::min(desk.size(), plain.size()); ++i) {
        const double b = plain.at(i).values.value(QStringLiteral("wall"));
        if (b > 0 && desk.at(i).values.contains(QStringLiteral("wall")))
            ratios << desk.at(i).values.value(QStringLiteral("wall")) / b;
    }
    if (!ratios.isEmpty())
        std::printf("desk start / bare start: %.2f (ratio of the medians); %.2f (median of the %lld runs' own ratios, "
                    "%.2f-%.2f)\n",
            median(desk, QStringLiteral("wall")) / std::max(1e-9, median(plain, QStringLiteral("wall"))),
            medianOf(ratios), static_cast<long long>(ratios.size()), *std::min_element(ratios.begin(), ratios.end()),
            *std::max_element(ratios.begin(), ratios.end()));

    // Where the desk's start goes: the median moment of each step, in the order they happen.
    QList<QPair<double, QString>> steps;
    for (auto it = desk.first().values.cbegin(); it != desk.first().values.cend(); ++it)
        if (it.key().startsWith(QLatin1String("steps.")))
            steps.append({ median(desk, it.key()), it.key().mid(6) });
    std::sort(steps.begin(), steps.end());
    std::printf("\ndesk start, step by step (median ms since main(); the step's own share after it):\n");
    double before = 0;
    for (const auto &s : std::as_const(steps)) {
        std::printf("  %-18s %8.1f  +%.1f\n", qPrintable(s.second), s.first, s.first - before);
        before = s.first;
    }
    std::printf("bare window (desk's libraries) for comparison: QApplication ready at %.1f, first paint at %.1f\n",
        median(bare, QStringLiteral("shown.app")), median(bare, QStringLiteral("shown")));
    std::printf("the cache again, warm, after the window is up: open %.2f, open chats query %.2f, their last lines "
                "%.2f, their last replies %.2f, personal canned responses %.2f ms; chats, last lines and replies in "
                "one query (as the start reads them) %.2f ms\n",
        median(desk, QStringLiteral("cachesplit.open")), median(desk, QStringLiteral("cachesplit.chats")),
        median(desk, QStringLiteral("cachesplit.last")), median(desk, QStringLiteral("cachesplit.replies")),
        median(desk, QStringLiteral("cachesplit.canned")), median(desk, QStringLiteral("cachesplit.onequery")));
    std::printf(
        "first use in a fresh process (median ms, in this order): QWebSocket %.1f, first widget with text (fonts) "
        "%.1f, line-edit clear button %.1f, system tray check %.1f, chime %.1f, SVG window icon %.1f\n",
        median(firstUse, QStringLiteral("firstuse.websocket")), median(firstUse, QStringLiteral("firstuse.fonts")),
        median(firstUse, QStringLiteral("firstuse.clearbutton")), median(firstUse, QStringLiteral("firstuse.tray")),
        median(firstUse, QStringLiteral("firstuse.chime")), median(firstUse, QStringLiteral("firstuse.windowicon")));
    return 0;
}

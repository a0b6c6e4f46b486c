// Offers as desktop notifications with buttons, against a notification server on a real D-Bus session
// bus. The server is written here: it is the other side of the bus (its own connection, owning the
// name org.freedesktop.Notifications), records each Notify and CloseNotification it receives and can
// press a button (the ActionInvoked signal), as a user's click on the notification does. The desk is
// the real main window signed in to a real handoff-router on loopback.
// Needs a session bus of its own: ctest runs it under dbus-run-session (tests/desk/CMakeLists.txt).
#include "DeskTestSupport.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/DesktopNotifications.h"
#include "desk/MainWindow.h"
#include "desk/OfferNotifier.h"
#include "InMemoryCredentialStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::InMemoryCredentialStore;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Notification {
        uint id = 0;
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };

    FakeNotificationServer()
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notification-server")))
    { }
    ~FakeNotificationServer() override
    {
        stop();
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }

    bool start()
    {
        return m_bus.isConnected()
            && m_bus.registerObject(QString::fromLatin1(DesktopNotifications::kPath), this,
                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && m_bus.registerService(QString::fromLatin1(DesktopNotifications::kService));
    }
    void stop()
    {
        m_bus.unregisterService(QString::fromLatin1(DesktopNotifications::kService));
        m_bus.unregisterObject(QString::fromLatin1(DesktopNotifications::kPath));
    }

    // What a click on a button (or on the notification: "default") sends.
    void press(uint id, const QString &action) { emit ActionInvoked(id, action); }

    QList<Notification> notified;
    QList<uint> closedByClient;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        const uint id = replacesId ? replacesId : ++m_lastId;
        notified.append({ id, appName, replacesId, icon, summary, body, actions, hints, timeout });
        return id;
    }
    void CloseNotification(uint id)
    {
        closedByClient.append(id);
        emit NotificationClosed(id, 3); // 3: closed by a call to CloseNotification
    }
    QStringList GetCapabilities() { return { QStringLiteral("actions"), QStringLiteral("body") }; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("Handoff tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fake-notification-server");
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
};

// Pairs of key and label, as Notify carries them.
QMap<QString, QString> actionsOf(const FakeNotificationServer::Notification &n)
{
    QMap<QString, QString> out;
    for (int i = 0; i + 1 < n.actions.size(); i += 2)
        out.insert(n.actions.at(i), n.actions.at(i + 1));
    return out;
}

class DesktopNotificationsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        if (!QDBusConnection::sessionBus().isConnected())
            GTEST_SKIP() << "no D-Bus session bus: run under dbus-run-session";
        // On a desktop's own bus the name belongs to its real server (ctest gives the test a bus of its own).
        if (QDBusConnection::sessionBus().interface()->isServiceRegistered(
                QString::fromLatin1(DesktopNotifications::kService)))
            GTEST_SKIP() << "a notification server runs on this bus: run under dbus-run-session";
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
    }

    void TearDown() override
    {
        controller.reset();
        session.reset();
    }

    // The notification server runs (unless told otherwise) and the desk signs in as Alice.
    MainWindow *signIn(bool withServer = true)
    {
        if (withServer) {
            EXPECT_TRUE(server.start());
        }
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
        controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
        MainWindow *w = handoff::test::signInDirectly(*controller, *session, routerAddress());
        if (w && withServer) {
            EXPECT_TRUE(waitUntil([&] { return w->notifier()->usesDesktopNotifications(); }));
        }
        return w;
    }

    QString routerAddress() const { return QStringLiteral("127.0.0.1:%1").arg(router.port()); }

    std::unique_ptr<VisitorClient> visitorAskingForAPerson()
    {
        return handoff::test::visitorAskingForAPerson(router, *session);
    }

    // The notification the desk sent for this offer (the last one with an Accept button).
    const FakeNotificationServer::Notification *offerNotification()
    {
        waitUntil([&] { return !server.notified.isEmpty(); }, 5000);
        for (auto it = server.notified.crbegin(); it != server.notified.crend(); ++it) {
            if (actionsOf(*it).contains(QStringLiteral("accept")))
                return &*it;
        }
        return nullptr;
    }

    QTemporaryDir home;
    RouterProcess router;
    FakeNotificationServer server;
    InMemoryCredentialStore credentials { false };
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

} // namespace

TEST_F(DesktopNotificationsTest, AcceptOnTheNotificationAcceptsTheOffer)
{
    MainWindow *w = signIn();
    ASSERT_NE(w, nullptr);

    auto visitor = visitorAskingForAPerson();
    const auto *n = offerNotification();
    ASSERT_NE(n, nullptr) << "no notification with an Accept button";
    EXPECT_EQ(n->summary, QStringLiteral("New chat offered"));
    EXPECT_TRUE(n->body.contains(QStringLiteral("is waiting for you"))) << qPrintable(n->body);
    const auto actions = actionsOf(*n);
    EXPECT_EQ(actions.value(QStringLiteral("accept")), QStringLiteral("Accept"));
    EXPECT_EQ(actions.value(QStringLiteral("decline")), QStringLiteral("Decline"));
    EXPECT_TRUE(actions.contains(QStringLiteral("default")));
    EXPECT_EQ(n->hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("handoff-desk"));
    EXPECT_EQ(n->icon, QStringLiteral("handoff-desk"));
    EXPECT_EQ(n->timeout, 0) << "the desk closes it itself when the offer ends";
    EXPECT_EQ(w->notifier()->notificationsShown(), 1);

    // The agent clicks Accept on the notification: the router gives her the chat.
    const uint id = n->id;
    server.press(id, QStringLiteral("accept"));
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(visitor->conversationId) >= 0; }, 15000))
        << qPrintable(router.log());
    EXPECT_LT(session->offers()->rowOf(visitor->conversationId), 0);
    ASSERT_TRUE(waitUntil(
        [&] {
            return visitor->events.contains(QStringLiteral("agent.joined"))
                || visitor->statuses.contains(QStringLiteral("assigned"));
        },
        10000));
    EXPECT_EQ(session->currentConversationId(), visitor->conversationId) << "the accepted chat is opened";
    // The offer is over: its notification (and its Accept button) goes away.
    ASSERT_TRUE(waitUntil([&] { return server.closedByClient.contains(id); }));
}

TEST_F(DesktopNotificationsTest, TheNotificationClosesWhenTheOfferIsTakenInTheWindowOrDeclined)
{
    MainWindow *w = signIn();
    ASSERT_NE(w, nullptr);

    // Accepted with the window's own button: the notification goes.
    auto first = visitorAskingForAPerson();
    const auto *n = offerNotification();
    ASSERT_NE(n, nullptr);
    const uint taken = n->id;
    auto *accept = w->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    ASSERT_NE(accept, nullptr);
    ASSERT_TRUE(waitUntil([&] { return accept->isEnabled(); }));
    QTest::mouseClick(accept, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(first->conversationId) >= 0; }, 15000));
    ASSERT_TRUE(waitUntil([&] { return server.closedByClient.contains(taken); }));

    // Declined from the notification: the router offers the chat to Bob, who signed in meanwhile; the
    // offer leaves this desk, and so does its notification.
    server.notified.clear();
    auto second = visitorAskingForAPerson();
    n = offerNotification();
    ASSERT_NE(n, nullptr);
    const uint declined = n->id;
    DeskSession bob;
    bob.setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache-bob")));
    bob.signIn(routerAddress(), QStringLiteral("bob"), QStringLiteral("demo"));
    ASSERT_TRUE(waitUntil([&] { return bob.connection()->isSignedIn(); }, 20000));
    server.press(declined, QStringLiteral("decline"));
    ASSERT_TRUE(waitUntil([&] { return bob.offers()->rowOf(second->conversationId) >= 0; }, 15000))
        << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return session->offers()->rowOf(second->conversationId) < 0; }));
    ASSERT_TRUE(waitUntil([&] { return server.closedByClient.contains(declined); }));
    EXPECT_LT(session->myChats()->rowOf(second->conversationId), 0);
}

TEST_F(DesktopNotificationsTest, TheNotificationClosesWhenTheOfferTimesOut)
{
    // Offers that time out after 5 seconds (the shortest the router allows).
    const QString config = QDir(home.path()).filePath(QStringLiteral("router.json"));
    QFile f(config);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"routing": {"queues": [{"id": "default", "name": "General"}], "defaultQueue": "default",
                "offerTimeoutSeconds": 5}})");
    f.close();
    ASSERT_TRUE(router.start({ QStringLiteral("--config"), config })) << qPrintable(router.log());
    MainWindow *w = signIn();
    ASSERT_NE(w, nullptr);

    auto visitor = visitorAskingForAPerson();
    const auto *n = offerNotification();
    ASSERT_NE(n, nullptr);
    const uint id = n->id;
    EXPECT_TRUE(server.closedByClient.isEmpty());
    // Nobody answers: when the offer expires its notification goes, Accept button and all.
    ASSERT_TRUE(waitUntil([&] { return server.closedByClient.contains(id); }, 15000)) << qPrintable(router.log());
}

TEST_F(DesktopNotificationsTest, WithoutANotificationServerTheTrayIsUsed)
{
    // No server on this bus (SetUp made sure): the desk does not try D-Bus for the offer.
    MainWindow *w = signIn(false);
    ASSERT_NE(w, nullptr);
    EXPECT_FALSE(w->notifier()->usesDesktopNotifications());
    auto visitor = visitorAskingForAPerson();
    EXPECT_EQ(w->notifier()->notificationsShown(), 1);
    EXPECT_TRUE(w->notifier()->lastNotification().contains(QStringLiteral("is waiting for you")));
    EXPECT_TRUE(server.notified.isEmpty());

    // A server that starts later is used from then on; one that stops, no longer.
    ASSERT_TRUE(server.start());
    ASSERT_TRUE(waitUntil([&] { return w->notifier()->usesDesktopNotifications(); }));
    auto another = visitorAskingForAPerson();
    ASSERT_NE(offerNotification(), nullptr);
    server.stop();
    ASSERT_TRUE(waitUntil([&] { return !w->notifier()->usesDesktopNotifications(); }));
}

#include "DesktopNotificationsTest.moc"

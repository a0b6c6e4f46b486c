// Messages visitors leave while nobody can chat, in the real desk window on the offscreen platform
// against the real handoff-router: the Messages tab counts them, the detail shows the visitor's text
// literally, Reply by email and Copy email work, Mark handled (by key) takes the message off this desk
// and a colleague's, a colleague who is too late is told who was quicker, and a desk that was away
// fetches what was left meanwhile.
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "client/DeskSession.h"
#include "desk/DeskSettings.h"
#include "desk/MainWindow.h"
#include "desk/OfferNotifier.h"
#include "desk/ThemePalette.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUrlQuery>
#include <gtest/gtest.h>
#include <list>

using namespace handoff;
using handoff::protocol::Envelope;
using handoff::test::ProtocolPeer;
using handoff::test::RouterProcess;
using handoff::test::waitUntil;

// Stands in for the e-mail program: QDesktopServices hands it the mailto: link.
class MailProgram : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};

namespace {

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c;
}

// One agent's desk: its own session, cache and window, signed in to the test router.
struct Desk {
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<MainWindow> window;

    QString messagesTabText() const
    {
        auto *tabs = window->findChild<QTabWidget *>(QStringLiteral("queueTabs"));
        return tabs->tabText(tabs->indexOf(window->findChild<QWidget *>(QStringLiteral("messagesTab"))));
    }
    QStringList listedNames() const
    {
        QStringList names;
        const auto *model = session->offlineMessages();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row).data(OfflineMessageModel::NameRole).toString();
        return names;
    }
};

class OfflineMessagesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
        settings = std::make_unique<DeskSettings>();
    }

    void TearDown() override
    {
        desks.clear();
        visitors.clear();
        ThemePalette::apply(DeskSettings::Theme::Light);
    }

    Desk &openDesk(const QString &user, int reconnectDelayMs = 200)
    {
        Desk d;
        d.session = std::make_unique<DeskSession>();
        d.session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache-") + user));
        d.session->connection()->setReconnectDelays(reconnectDelayMs, qMax(1000, reconnectDelayMs));
        d.window = std::make_unique<MainWindow>(d.session.get(), settings.get());
        d.window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(d.window.get()));
        d.session->signIn(server, user, QStringLiteral("demo"));
        EXPECT_TRUE(waitUntil([&] { return d.session->connection()->isSignedIn(); }, 20000))
            << qPrintable(router.log());
        desks.push_back(std::move(d));
        return desks.back();
    }

    // Nobody may be offered the next visitor, so they get the message form.
    void signOffForChats(Desk &d)
    {
        bool done = false;
        d.session->setPresence(Presence::Offline, [&](const QString &error) {
            EXPECT_TRUE(error.isEmpty()) << qPrintable(error);
            done = true;
        });
        ASSERT_TRUE(waitUntil([&] { return done; }, 10000));
    }

    // A website visitor asks for a person, hears nobody is there and fills the message form; returns its id.
    QString leaveMessage(
        const QString &name, const QString &email, const QString &text, const QStringList &botLines = {})
    {
        auto v = std::make_unique<ProtocolPeer>();
        EXPECT_TRUE(v->open(router.wsUrl(QStringLiteral("visitor"))));
        const Envelope hello = v->call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") },
                { QStringLiteral("page"), QStringLiteral("https://shop.example/invoices") },
                { QStringLiteral("language"), QStringLiteral("en-US") } });
        EXPECT_EQ(hello.type, QStringLiteral("ok")) << qPrintable(hello.errorMessage());
        int n = 0;
        for (const QString &line : botLines)
            v->call(QStringLiteral("message.send"),
                { { QStringLiteral("clientId"), QStringLiteral("b%1").arg(++n) }, { QStringLiteral("text"), line } });
        EXPECT_EQ(v->call(QStringLiteral("handoff.request")).type, QStringLiteral("ok"));
        EXPECT_TRUE(v->event(QStringLiteral("offline"), {}, 20000).has_value()) << "nobody can chat";
        const Envelope left = v->call(QStringLiteral("leave_message"),
            { { QStringLiteral("name"), name }, { QStringLiteral("email"), email }, { QStringLiteral("text"), text } });
        EXPECT_EQ(left.type, QStringLiteral("ok")) << qPrintable(left.errorMessage());
        // Then they close the chat, so a desk signing in later is not offered it as well.
        EXPECT_EQ(v->call(QStringLiteral("end")).type, QStringLiteral("ok"));
        visitors.push_back(std::move(v));
        return left.data.value(QStringLiteral("id")).toString();
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
    std::unique_ptr<DeskSettings> settings;
    std::list<Desk> desks;
    std::list<std::unique_ptr<ProtocolPeer>> visitors;
};

} // namespace

TEST_F(OfflineMessagesTest, AMessageLeftWhileNobodyWasThereIsReadRepliedToAndHandledOnTwoDesks)
{
    const QString text = QStringLiteral("Please call me back about invoice 88.\n<b>html</b> & <i>not bold</i>");
    const QString danaId = leaveMessage(QStringLiteral("Dana"), QStringLiteral("dana@example.com"), text);
    ASSERT_FALSE(danaId.isEmpty());

    // Alice signs in afterwards: the message is fetched and counted on the tab.
    Desk &alice = openDesk(QStringLiteral("alice"));
    ASSERT_TRUE(waitUntil([&] { return alice.messagesTabText() == QStringLiteral("Messages (1)"); }, 15000))
        << qPrintable(alice.messagesTabText());
    Desk &sam = openDesk(QStringLiteral("sam"));
    ASSERT_TRUE(waitUntil([&] { return sam.session->offlineMessages()->unhandledCount() == 1; }, 15000));

    // Alt+5 opens the tab with the list focused; the message shows in the centre, its text as typed.
    MainWindow *w = alice.window.get();
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    QTest::keyClick(w, Qt::Key_5, Qt::AltModifier);
    auto *list = child<QListView>(w, "offlineMessagesView");
    ASSERT_TRUE(waitUntil([&] { return list->isVisible() && list->hasFocus(); }));
    EXPECT_EQ(list->currentIndex().row(), 0);
    EXPECT_EQ(child<QLabel>(w, "offlineNameLabel")->text(), QStringLiteral("Dana"));
    EXPECT_EQ(child<QLabel>(w, "offlineNameLabel")->textFormat(), Qt::PlainText);
    EXPECT_EQ(child<QLabel>(w, "offlineEmailLabel")->text(), QStringLiteral("dana@example.com"));
    EXPECT_FALSE(child<QLabel>(w, "offlineQueueLabel")->text().isEmpty());
    EXPECT_FALSE(child<QLabel>(w, "offlineTimeLabel")->text().isEmpty());
    auto *textView = child<QPlainTextEdit>(w, "offlineTextView");
    ASSERT_TRUE(textView->isVisible());
    EXPECT_EQ(textView->toPlainText(), text) << "markup the visitor typed is shown, not obeyed";

    // Copy email and Reply by email (the mail program gets a mailto: link with the subject).
    QTest::mouseClick(child<QPushButton>(w, "copyEmailButton"), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("dana@example.com"));
    MailProgram mail;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &mail, "open");
    QTest::mouseClick(child<QPushButton>(w, "replyByEmailButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    ASSERT_EQ(mail.opened.size(), 1);
    EXPECT_EQ(mail.opened.first().scheme(), QStringLiteral("mailto"));
    EXPECT_EQ(mail.opened.first().path(), QStringLiteral("dana@example.com"));
    EXPECT_EQ(QUrlQuery(mail.opened.first()).queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
        QStringLiteral("Re: your message"));

    // A message left while both desks are signed in (but not taking chats) arrives live, with a tray notice.
    signOffForChats(alice);
    signOffForChats(sam);
    const int noticesBefore = w->notifier()->notificationsShown();
    const QString erikId = leaveMessage(
        QStringLiteral("Erik"), QStringLiteral("erik@example.com"), QStringLiteral("Do you ship to Norway?"));
    ASSERT_TRUE(waitUntil([&] { return alice.messagesTabText() == QStringLiteral("Messages (2)"); }, 15000))
        << qPrintable(router.log());
    EXPECT_EQ(alice.listedNames(), (QStringList { QStringLiteral("Dana"), QStringLiteral("Erik") }));
    EXPECT_GT(w->notifier()->notificationsShown(), noticesBefore);
    EXPECT_TRUE(w->notifier()->lastNotification().contains(QStringLiteral("Erik")))
        << qPrintable(w->notifier()->lastNotification());
    ASSERT_TRUE(waitUntil([&] { return sam.session->offlineMessages()->unhandledCount() == 2; }, 15000));
    EXPECT_EQ(child<QLabel>(w, "offlineNameLabel")->text(), QStringLiteral("Dana")) << "the open message stays open";

    // Mark handled by key: gone here, the next one shows, and gone on Sam's desk too.
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    list->setFocus();
    QTest::keyClick(w, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(waitUntil([&] { return alice.messagesTabText() == QStringLiteral("Messages (1)"); }, 15000))
        << qPrintable(w->statusBar()->currentMessage());
    EXPECT_EQ(alice.listedNames(), QStringList { QStringLiteral("Erik") });
    EXPECT_EQ(child<QLabel>(w, "offlineNameLabel")->text(), QStringLiteral("Erik"));
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("marked handled")))
        << qPrintable(w->statusBar()->currentMessage());
    ASSERT_TRUE(waitUntil([&] { return sam.listedNames() == QStringList { QStringLiteral("Erik") }; }, 15000))
        << qPrintable(sam.listedNames().join(u','));
    EXPECT_EQ(sam.messagesTabText(), QStringLiteral("Messages (1)"));

    // Sam, too late, is told who was quicker, in the status bar like other errors.
    QString samError;
    bool answered = false;
    sam.session->markOfflineHandled(danaId, [&](const QString &error) {
        samError = error;
        answered = true;
    });
    ASSERT_TRUE(waitUntil([&] { return answered; }, 10000));
    EXPECT_EQ(samError, QStringLiteral("Already handled by Alice."));

    // Show handled lists Dana's message again, saying who handled it, and it cannot be handled twice.
    MainWindow *s = sam.window.get();
    s->findChild<QTabWidget *>(QStringLiteral("queueTabs"))->setCurrentWidget(child<QWidget>(s, "messagesTab"));
    auto *showHandled = child<QCheckBox>(s, "showHandledCheck");
    ASSERT_TRUE(waitUntil([&] { return showHandled->isVisible(); }));
    s->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(s));
    QTest::keyClick(s, Qt::Key_O, Qt::AltModifier); // Sh&ow handled
    ASSERT_TRUE(waitUntil([&] { return showHandled->isChecked(); })); // a mnemonic clicks with a short delay
    ASSERT_TRUE(waitUntil([&] { return sam.listedNames().contains(QStringLiteral("Dana")); }, 15000));
    const int danaRow = sam.session->offlineMessages()->rowOf(danaId);
    ASSERT_GE(danaRow, 0);
    EXPECT_TRUE(sam.session->offlineMessages()->index(danaRow).data(OfflineMessageModel::HandledRole).toBool());
    child<QListView>(s, "offlineMessagesView")->setCurrentIndex(sam.session->offlineMessages()->index(danaRow));
    EXPECT_TRUE(child<QLabel>(s, "offlineHandledLabel")->text().contains(QStringLiteral("Alice")))
        << qPrintable(child<QLabel>(s, "offlineHandledLabel")->text());
    EXPECT_FALSE(child<QPushButton>(s, "markHandledButton")->isEnabled());
    EXPECT_EQ(sam.messagesTabText(), QStringLiteral("Messages (1)")) << "the count is of open messages";
    EXPECT_FALSE(erikId.isEmpty());
}

TEST_F(OfflineMessagesTest, TwoAgentsMarkingTheSameMessageAtOnceTheSlowerIsToldWhoWasQuicker)
{
    leaveMessage(
        QStringLiteral("Gita"), QStringLiteral("gita@example.com"), QStringLiteral("Is the shop open on Sunday?"));
    Desk &alice = openDesk(QStringLiteral("alice"));
    Desk &sam = openDesk(QStringLiteral("sam"));
    for (Desk *d : { &alice, &sam }) {
        ASSERT_TRUE(waitUntil([&] { return d->messagesTabText() == QStringLiteral("Messages (1)"); }, 15000));
        d->window->findChild<QTabWidget *>(QStringLiteral("queueTabs"))
            ->setCurrentWidget(child<QWidget>(d->window.get(), "messagesTab"));
    }
    auto *aliceButton = child<QPushButton>(alice.window.get(), "markHandledButton");
    auto *samButton = child<QPushButton>(sam.window.get(), "markHandledButton");
    ASSERT_TRUE(aliceButton->isEnabled() && samButton->isEnabled());

    // Both click before either hears back; the router lets exactly one of them have it.
    aliceButton->click(); // click() runs no event loop in between, so neither answer can come first
    samButton->click();
    for (Desk *d : { &alice, &sam })
        ASSERT_TRUE(waitUntil([&] { return d->messagesTabText() == QStringLiteral("Messages"); }, 15000))
            << "gone from both lists";
    const QString aliceSays = alice.window->statusBar()->currentMessage();
    const QString samSays = sam.window->statusBar()->currentMessage();
    const bool aliceWon = aliceSays.contains(QStringLiteral("marked handled"));
    const QString loserSays = aliceWon ? samSays : aliceSays;
    EXPECT_EQ(loserSays,
        QStringLiteral("Could not mark the message handled: Already handled by %1.")
            .arg(aliceWon ? QStringLiteral("Alice") : QStringLiteral("Sam")))
        << qPrintable(aliceSays) << " / " << qPrintable(samSays);
    EXPECT_TRUE((aliceWon ? aliceSays : samSays).contains(QStringLiteral("marked handled")));
}

TEST_F(OfflineMessagesTest, ADeskThatWasAwayFetchesWhatWasLeftMeanwhile)
{
    // Slow reconnecting, so the visitor's message is surely left while this desk is not connected.
    Desk &alice = openDesk(QStringLiteral("alice"), 12000);
    EXPECT_EQ(alice.messagesTabText(), QStringLiteral("Messages"));
    router.kill();
    ASSERT_TRUE(
        waitUntil([&] { return alice.session->connection()->state() == ConnectionState::Reconnecting; }, 10000));
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    leaveMessage(QStringLiteral("Femi"), QStringLiteral("femi@example.com"), QStringLiteral("Call me, please."));
    EXPECT_FALSE(alice.session->connection()->isSignedIn()) << "the message was meant to be left while away";
    ASSERT_TRUE(waitUntil([&] { return alice.session->connection()->isSignedIn(); }, 40000))
        << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return alice.messagesTabText() == QStringLiteral("Messages (1)"); }, 15000));
    EXPECT_EQ(alice.listedNames(), QStringList { QStringLiteral("Femi") });
}

#include "OfflineMessagesTest.moc"

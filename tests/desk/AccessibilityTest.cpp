// The desk as a screen reader meets it, on the offscreen platform: every focusable control and view
// of the main window and its dialogs has an accessible name (walked through QAccessible, as AT-SPI
// would); transcript lines, my chats and offers speak their author, time, state and waiting time;
// and a visitor's line in the open chat is announced through the live region with its text —
// against the real handoff-router.
#include "DeskTestSupport.h"
#include "InMemoryCredentialStore.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "desk/CannedResponseDialog.h"
#include "desk/DeskAccessibility.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"
#include "desk/SearchDialog.h"
#include "desk/SupervisorBoardWidget.h"
#include "desk/TransferDialog.h"
#include "desk/WrapUpDialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::InMemoryCredentialStore;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

// Every interface under `iface` whose state says it can take focus and is shown, without a name:
// "role objectName (class)".
void collectUnnamed(QAccessibleInterface *iface, QStringList *out, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State st = iface->state();
    QObject *o = iface->object();
    // Item-view cells are the models' business (tested below); here: widgets.
    if (o && o->isWidgetType() && st.focusable && !st.invisible && !st.disabled
        && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        out->append(QStringLiteral("%1 %2 (%3)")
                        .arg(QString::number(int(iface->role()), 16), o->objectName(),
                            QString::fromLatin1(o->metaObject()->className())));
    }
    if (iface->role() == QAccessible::List || iface->role() == QAccessible::Table
        || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), out, depth + 1);
}

QStringList unnamedFocusable(QWidget *root)
{
    QStringList out;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), &out);
    return out;
}

// What the accessibility update handler saw: the live region's name at each NameChanged.
QStringList g_announced;
QObject *g_live = nullptr;

void recordEvent(QAccessibleEvent *event)
{
    if (g_live && event->object() == g_live && event->type() == QAccessible::NameChanged)
        g_announced << static_cast<LiveRegion *>(g_live)->text();
}

bool routerAvailable()
{
    return QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable();
}

QDateTime at(int h, int m)
{
    return QDateTime(QDate(2024, 5, 6), QTime(h, m), Qt::UTC);
}

// How a line's time is said: these lines are not from today, so with their date (in the locale's short form).
QString shortTime(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

ChatMessage message(const QString &id, AuthorKind author, const QString &name, const QString &text, QDateTime when,
    bool internal = false)
{
    ChatMessage m;
    m.id = id;
    m.conversationId = QStringLiteral("c1");
    m.author = author;
    m.authorName = name;
    m.authorId = author == AuthorKind::Agent ? name.toLower() : QString();
    m.text = text;
    m.at = when;
    m.internal = internal;
    return m;
}

} // namespace

TEST(DeskAccessibilityModels, TranscriptLinesSayAuthorTimeNoteAndDelivery)
{
    TranscriptModel t;
    t.setMyUserId(QStringLiteral("me"));
    ConversationSummary c;
    c.id = QStringLiteral("c1");
    c.visitorName = QStringLiteral("Bea");
    OutboxItem sending{ QStringLiteral("k1"), QStringLiteral("c1"), QStringLiteral("One moment"), false, at(14, 4) };
    OutboxItem failed{ QStringLiteral("k2"), QStringLiteral("c1"), QStringLiteral("Hello?"), false, at(14, 5),
        DeliveryState::Failed, QStringLiteral("the chat has ended") };
    t.setConversation(c,
        { message(QStringLiteral("m1"), AuthorKind::Visitor, QString(), QStringLiteral("My name is Bea"), at(14, 2)),
            message(QStringLiteral("m2"), AuthorKind::Agent, QStringLiteral("Alice"), QStringLiteral("VIP"),
                at(14, 3), true) },
        { sending, failed });
    ASSERT_EQ(t.rowCount(), 4);
    auto text = [&](int row) { return t.index(row).data(Qt::AccessibleTextRole).toString(); };
    EXPECT_EQ(text(0), QStringLiteral("Visitor Bea, %1: My name is Bea").arg(shortTime(at(14, 2))));
    EXPECT_EQ(text(1), QStringLiteral("Alice (internal note), %1: VIP").arg(shortTime(at(14, 3))));
    EXPECT_EQ(text(2), QStringLiteral("You, %1: One moment — sending").arg(shortTime(at(14, 4))));
    EXPECT_EQ(text(3), QStringLiteral("You, %1: Hello? — not sent: the chat has ended").arg(shortTime(at(14, 5))));
}

TEST(DeskAccessibilityModels, ChatRowsSayUnreadAndHowLongTheVisitorWaits)
{
    MyChatsModel chats;
    const QDateTime now = at(15, 0);
    chats.setClock([now] { return now; });
    MyChatsModel::Chat kofi;
    kofi.conversation.id = QStringLiteral("c1");
    kofi.conversation.visitorName = QStringLiteral("Kofi");
    kofi.lastAuthor = AuthorKind::Visitor;
    kofi.lastVisitorAt = now.addSecs(-200);
    kofi.unread = 2;
    MyChatsModel::Chat answered;
    answered.conversation.id = QStringLiteral("c2");
    answered.conversation.visitorName = QStringLiteral("Ana");
    answered.lastAuthor = AuthorKind::Agent;
    chats.setChats({ kofi, answered });
    EXPECT_EQ(chats.index(0).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Kofi, 2 unread, waiting for your reply for 3 minutes"));
    EXPECT_EQ(chats.index(1).data(Qt::AccessibleTextRole).toString(), QStringLiteral("Ana"));

    OfferModel offers;
    offers.setClock([now] { return now; });
    OfferInfo o;
    o.conversationId = QStringLiteral("c3");
    o.expiresAt = now.addSecs(25);
    o.offeredAt = now.addSecs(-5);
    o.conversation.id = o.conversationId;
    o.conversation.visitorName = QStringLiteral("Lena");
    o.conversation.topic = QStringLiteral("billing");
    o.conversation.queueId = QStringLiteral("support");
    o.conversation.escalatedAt = now.addSecs(-125);
    offers.setOffers({ o });
    offers.setQueueNames([](const QString &) { return QStringLiteral("Support"); });
    EXPECT_EQ(offers.index(0).data(Qt::AccessibleTextRole).toString(),
        QStringLiteral("Offer: Lena, topic billing, queue Support, 25 seconds left to accept, waiting 2 minutes"));
}

class DeskAccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!routerAvailable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
        controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
    }

    void TearDown() override
    {
        QAccessible::installUpdateHandler(nullptr);
        g_live = nullptr;
        g_announced.clear();
        controller.reset();
        session.reset();
    }

    MainWindow *signIn(const QString &user = QStringLiteral("alice"))
    {
        return handoff::test::signInDirectly(*controller, *session, server, user);
    }

    std::unique_ptr<VisitorClient> visitorAskingForAPerson()
    {
        return handoff::test::visitorAskingForAPerson(router, *session);
    }

    void accept(MainWindow *w, const QString &id)
    {
        auto *button = w->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        ASSERT_TRUE(waitUntil([&] { return button->isEnabled(); }));
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(waitUntil(
            [&] { return session->currentConversationId() == id && session->myChats()->rowOf(id) >= 0; }, 15000));
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
    InMemoryCredentialStore credentials;
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

TEST_F(DeskAccessibilityTest, EveryFocusableControlOfTheWindowAndItsDialogsHasAName)
{
    MainWindow *w = signIn();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    accept(w, visitor->conversationId);
    EXPECT_EQ(unnamedFocusable(w).join(QStringLiteral("; ")).toStdString(), "");
    // The Messages tab shows the other half of the window.
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("queueTabs"));
    ASSERT_NE(tabs, nullptr);
    w->showMessages();
    EXPECT_EQ(unnamedFocusable(w).join(QStringLiteral("; ")).toStdString(), "");
    tabs->setCurrentIndex(0);

    auto check = [](QWidget *dialog) {
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
        EXPECT_EQ(unnamedFocusable(dialog).join(QStringLiteral("; ")).toStdString(), "") << dialog->metaObject()->className();
        dialog->close();
        delete dialog;
    };
    check(new LoginDialog(w));
    check(new TransferDialog(session->queues(), w));
    check(new WrapUpDialog(w));
    check(new SearchDialog(session.get(), w));
    check(new CannedResponseDialog(session->cannedResponses()->all(), session->cannedResponses()->categories(),
        session->fillerFor(visitor->conversationId), w));
}

TEST_F(DeskAccessibilityTest, TheSupervisorBoardHasNamesToo)
{
    MainWindow *w = signIn(QStringLiteral("sam"));
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(waitUntil([&] { return w->boardWidget() != nullptr; }));
    w->toggleBoard();
    QTest::qWait(200);
    EXPECT_EQ(unnamedFocusable(w).join(QStringLiteral("; ")).toStdString(), "");
}

TEST_F(DeskAccessibilityTest, AVisitorLineInTheOpenChatIsAnnouncedWithItsAuthorAndText)
{
    QAccessible::installUpdateHandler(recordEvent);
    // What an assistive technology's connection does: activate the platform's accessibility, so that
    // QAccessible::updateAccessibility() passes events on (to the handler here, to AT-SPI on a desktop).
    // On the offscreen platform nothing else switches it on.
    QGuiApplicationPrivate::platformIntegration()->accessibility()->setActive(true);
    MainWindow *w = signIn();
    ASSERT_NE(w, nullptr);
    auto *live = w->findChild<LiveRegion *>();
    ASSERT_NE(live, nullptr);
    g_live = live;
    auto visitor = visitorAskingForAPerson();
    // The offer was announced.
    ASSERT_TRUE(waitUntil([&] { return g_announced.join(QLatin1Char('\n')).contains(QStringLiteral("New chat offered")); }))
        << qPrintable(g_announced.join(QLatin1Char('\n'))) << " live region: " << qPrintable(live->text());
    accept(w, visitor->conversationId);
    g_announced.clear();
    visitor->send(QStringLiteral("Where is my parcel?"));
    ASSERT_TRUE(waitUntil([&] {
        for (const QString &a : g_announced)
            if (a.contains(QStringLiteral("Where is my parcel?")) && a.startsWith(QStringLiteral("Visitor")))
                return true;
        return false;
    }, 15000)) << qPrintable(g_announced.join(QLatin1Char('\n')));

    // The transcript view's item says the same as the model: author, time and text.
    auto *view = w->findChild<QAbstractItemView *>(QStringLiteral("transcriptView"));
    ASSERT_NE(view, nullptr);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    ASSERT_NE(list, nullptr);
    bool found = false;
    for (int i = 0; i < list->childCount(); ++i)
        if (QAccessibleInterface *item = list->child(i))
            found |= item->text(QAccessible::Name).contains(QStringLiteral(": Where is my parcel?"));
    EXPECT_TRUE(found);

    // An error in the status bar is announced too.
    g_announced.clear();
    w->statusBar()->showMessage(QStringLiteral("Could not transfer the chat: test"), 1000);
    EXPECT_TRUE(g_announced.contains(QStringLiteral("Could not transfer the chat: test")));
}

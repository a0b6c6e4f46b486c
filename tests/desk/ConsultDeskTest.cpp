// Consulting a colleague, in two real desk windows on the offscreen platform against the real
// handoff-router: Alice asks Bob about her chat through Chat > Consult…, Bob accepts the invitation in
// his queue panel and reads the chat read-only, they talk in the consult panel (never in the composer,
// never to the visitor), and Alice hands the chat over with a note Bob reads first. Bob declining, an
// invitation lapsing and one withdrawn show in the desks; the Consult action is off when it cannot work.
#include "DeskTestSupport.h"
#include "InMemoryCredentialStore.h"
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "client/DeskSession.h"
#include "desk/ComposerEdit.h"
#include "desk/ConsultPanel.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/MainWindow.h"
#include "desk/TransferDialog.h"

#include <QAccessible>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::protocol::Envelope;
using handoff::test::InMemoryCredentialStore;
using handoff::test::ProtocolPeer;
using handoff::test::RouterProcess;
using handoff::test::waitUntil;

namespace {

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c;
}

// One agent's desk: settings, session with its own cache, controller and window.
struct Desk {
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
    MainWindow *window = nullptr;
};

class ConsultDeskTest : public ::testing::Test
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
        for (Desk *d : { &bob, &alice }) {
            d->controller.reset();
            d->session.reset();
        }
    }

    void signIn(Desk &desk, const QString &user)
    {
        desk.session = std::make_unique<DeskSession>();
        desk.session->setCacheDirectory(QDir(home.path()).filePath(user + QStringLiteral("-cache")));
        desk.controller = std::make_unique<DeskController>(desk.session.get(), settings.get(),
            user == QLatin1String("alice") ? &aliceCredentials : &bobCredentials);
        desk.window = handoff::test::signInDirectly(*desk.controller, *desk.session, server, user);
        ASSERT_NE(desk.window, nullptr);
    }

    // A website visitor (a raw socket) who writes a line and asks for a person; Alice accepts the offer by clicking.
    void aliceAcceptsAVisitor()
    {
        ASSERT_TRUE(visitor.open(router.wsUrl(QStringLiteral("visitor"))));
        ASSERT_EQ(visitor.call(QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } }).type,
            QStringLiteral("ok"));
        visitor.call(QStringLiteral("message.send"),
            { { QStringLiteral("clientId"), QStringLiteral("v1") },
                { QStringLiteral("text"), QStringLiteral("My parcel never came, can I get a refund?") } });
        const Envelope asked = visitor.call(QStringLiteral("handoff.request"));
        ASSERT_EQ(asked.type, QStringLiteral("ok")) << qPrintable(asked.errorMessage());
        ASSERT_TRUE(waitUntil([&] { return alice.session->offers()->rowCount() == 1; }, 20000))
            << qPrintable(router.log());
        chatId = alice.session->offers()->conversationIdAt(0);
        auto *accept = child<QPushButton>(alice.window, "acceptButton");
        ASSERT_TRUE(waitUntil([&] { return accept->isEnabled(); }));
        QTest::mouseClick(accept, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] {
            return alice.session->currentConversationId() == chatId && alice.session->myChats()->rowOf(chatId) >= 0;
        }, 15000));
    }

    // Chat > Consult… on Alice's open chat; Bob chosen in the picker (the first who can be), then Ask.
    void aliceAsksBobThroughTheMenu()
    {
        auto *action = child<QAction>(alice.window, "consultAction");
        ASSERT_TRUE(waitUntil([&] { return action->isEnabled(); }));
        action->trigger();
        TransferDialog *dialog = nullptr;
        ASSERT_TRUE(waitUntil([&] {
            dialog = alice.window->findChild<TransferDialog *>();
            return dialog && dialog->isVisible();
        }));
        ASSERT_TRUE(waitUntil([&] { return dialog->agentId() == QLatin1String("bob"); }));
        auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return bob.session->consults()->rowOf(chatId) >= 0; }, 10000))
            << "the invitation reached Bob's desk";
    }

    QString lastLineOf(Desk &d) const
    {
        TranscriptModel *t = d.session->consultThread();
        return t->rowCount() > 0 ? t->line(t->rowCount() - 1).message.text : QString();
    }

    bool visitorHeard(const QString &part) const
    {
        const QStringList frames = visitor.rawFrames();
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QString &f) { return f.contains(part); });
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
    InMemoryCredentialStore aliceCredentials { false };
    InMemoryCredentialStore bobCredentials { false };
    std::unique_ptr<DeskSettings> settings;
    Desk alice;
    Desk bob;
    ProtocolPeer visitor;
    QString chatId;
};

} // namespace

TEST_F(ConsultDeskTest, AliceConsultsBobTheyTalkPrivatelyAndSheHandsTheChatOverWithANote)
{
    signIn(alice, QStringLiteral("alice"));
    auto *action = child<QAction>(alice.window, "consultAction");
    EXPECT_FALSE(action->isEnabled()) << "no chat is open";
    aliceAcceptsAVisitor();
    signIn(bob, QStringLiteral("bob"));
    aliceAsksBobThroughTheMenu();

    // Alice waits, with a Cancel; the action is off while the consult runs.
    auto *panel = child<ConsultPanel>(alice.window, "consultPanel");
    ASSERT_TRUE(waitUntil([&] { return panel->isVisible(); }));
    EXPECT_TRUE(child<QLabel>(panel, "consultStatus")->text().startsWith(QStringLiteral("Waiting for Bob to accept…")))
        << qPrintable(child<QLabel>(panel, "consultStatus")->text());
    EXPECT_TRUE(child<QPushButton>(panel, "consultCancelButton")->isVisible());
    EXPECT_FALSE(action->isEnabled()) << "one consult per chat";

    // Bob sees who asks about which chat, like an offer, and accepts it.
    auto *invites = child<QListView>(bob.window, "consultInvitesView");
    ASSERT_TRUE(waitUntil([&] { return invites->isVisible(); }));
    const QString invitation = invites->model()->index(0, 0).data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(invitation.startsWith(QStringLiteral("Alice asks you about Visitor's chat")))
        << qPrintable(invitation);
    QTest::mouseClick(child<QPushButton>(bob.window, "acceptConsultButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return bob.session->currentConversationId() == chatId; }, 10000));
    EXPECT_FALSE(invites->isVisible());

    // Read-only for Bob: the transcript is there, the composer to the visitor is not his.
    EXPECT_EQ(bob.session->myChats()->chat(chatId)->consultingFor, QStringLiteral("Alice"));
    EXPECT_TRUE(child<QLabel>(bob.window, "conversationTitle")->text().contains(QStringLiteral("consulting for Alice")));
    EXPECT_FALSE(child<ComposerEdit>(bob.window, "composer")->isEnabled());
    EXPECT_GE(bob.session->transcript()->rowCount(), 1);
    const QModelIndex bobsRow = bob.session->myChats()->index(bob.session->myChats()->rowOf(chatId));
    EXPECT_TRUE(bobsRow.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("consulting for Alice")));

    // Alice writes in the consult panel: Bob gets the line in his consult thread, the visitor nothing.
    auto *aliceEdit = child<QLineEdit>(panel, "consultEdit");
    ASSERT_TRUE(waitUntil([&] { return aliceEdit->isVisible(); }));
    aliceEdit->setFocus();
    QTest::keyClicks(aliceEdit, QStringLiteral("Can we refund without the parcel?"));
    QTest::keyClick(aliceEdit, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return lastLineOf(bob) == QLatin1String("Can we refund without the parcel?"); }));
    EXPECT_EQ(bob.session->consultThread()->line(bob.session->consultThread()->rowCount() - 1).message.thread,
        QStringLiteral("consult"));
    auto *bobPanel = child<ConsultPanel>(bob.window, "consultPanel");
    auto *bobEdit = child<QLineEdit>(bobPanel, "consultEdit");
    ASSERT_TRUE(bobEdit->isVisible());
    bobEdit->setFocus();
    QTest::keyClicks(bobEdit, QStringLiteral("Yes, approved up to 50 euros."));
    QTest::keyClick(bobEdit, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return lastLineOf(alice) == QLatin1String("Yes, approved up to 50 euros."); }));
    // A screen reader hears whose thread it is.
    TranscriptModel *aliceThread = alice.session->consultThread();
    EXPECT_TRUE(aliceThread->accessibleText(aliceThread->rowCount() - 1).startsWith(QStringLiteral("Consult, Bob, ")))
        << qPrintable(aliceThread->accessibleText(aliceThread->rowCount() - 1));
    // Every control of the panel and of the consult requests that takes focus has a name for screen readers.
    for (QWidget *root : { static_cast<QWidget *>(panel), static_cast<QWidget *>(bobPanel),
             static_cast<QWidget *>(invites), child<QWidget>(bob.window, "acceptConsultButton") }) {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets << root;
        for (QWidget *w : std::as_const(widgets))
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && w->isEnabled()) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                EXPECT_FALSE(iface && iface->text(QAccessible::Name).trimmed().isEmpty())
                    << qPrintable(w->objectName()) << " " << w->metaObject()->className();
            }
    }
    // Neither line is part of the visitor transcript in either desk.
    for (Desk *d : { &alice, &bob })
        for (int row = 0; row < d->session->transcript()->rowCount(); ++row)
            EXPECT_TRUE(d->session->transcript()->line(row).message.thread.isEmpty());

    // The composer writes to the visitor, never into the thread.
    auto *composer = child<ComposerEdit>(alice.window, "composer");
    composer->setFocus();
    QTest::keyClicks(composer, QStringLiteral("One moment please, I am checking."));
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return visitorHeard(QStringLiteral("One moment please, I am checking.")); }, 10000));
    EXPECT_NE(lastLineOf(alice), QStringLiteral("One moment please, I am checking."));
    EXPECT_NE(lastLineOf(bob), QStringLiteral("One moment please, I am checking."));
    EXPECT_FALSE(visitorHeard(QStringLiteral("refund without the parcel")));
    EXPECT_FALSE(visitorHeard(QStringLiteral("approved up to 50")));
    EXPECT_FALSE(visitorHeard(QStringLiteral("consult")));

    // Alice hands the chat over with a note: it leaves her list, Bob reads the note first and may answer.
    QTest::mouseClick(child<QPushButton>(panel, "consultHandOverButton"), Qt::LeftButton);
    QDialog *handOver = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        handOver = alice.window->findChild<QDialog *>(QStringLiteral("handOverDialog"));
        return handOver && handOver->isVisible();
    }));
    // Bob's window came last; the dialog is the one the keys go to now.
    handOver->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(handOver));
    auto *note = child<QPlainTextEdit>(handOver, "handOverNote");
    QTest::keyClicks(note, QStringLiteral("Refund approved; she prefers e-mail."));
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return alice.session->myChats()->rowOf(chatId) < 0; }, 10000))
        << qPrintable(alice.window->statusBar()->currentMessage());
    ASSERT_TRUE(waitUntil([&] {
        const auto chat = bob.session->myChats()->chat(chatId);
        return chat && chat->consultingFor.isEmpty();
    }, 10000));
    EXPECT_EQ(child<QLabel>(bobPanel, "consultStatus")->text(),
        QStringLiteral("Alice handed the chat to you: Refund approved; she prefers e-mail."));
    EXPECT_TRUE(bobPanel->isVisible());
    EXPECT_TRUE(child<ComposerEdit>(bob.window, "composer")->isEnabled()) << "Bob answers the visitor now";
    EXPECT_TRUE(waitUntil([&] { return visitorHeard(QStringLiteral("agent.joined")); }))
        << "the visitor sees the hand-over as any transfer";
    EXPECT_FALSE(visitorHeard(QStringLiteral("Refund approved")));
}

TEST_F(ConsultDeskTest, BobDecliningAnInvitationLapsingAndOneWithdrawnShowInTheDesks)
{
    signIn(alice, QStringLiteral("alice"));
    aliceAcceptsAVisitor();
    auto *action = child<QAction>(alice.window, "consultAction");
    signIn(bob, QStringLiteral("bob"));
    auto *panel = child<ConsultPanel>(alice.window, "consultPanel");
    auto *status = child<QLabel>(panel, "consultStatus");

    // Declined with the decline key (no chat is offered to Bob, so it answers the invitation).
    aliceAsksBobThroughTheMenu();
    bob.window->declineOffer(); // Ctrl+Shift+D

    ASSERT_TRUE(waitUntil([&] { return status->text() == QLatin1String("Bob declined."); }, 10000))
        << qPrintable(status->text());
    EXPECT_TRUE(waitUntil([&] { return action->isEnabled(); })) << "Alice may ask again";
    EXPECT_EQ(bob.session->consults()->rowCount(), 0);

    // Withdrawn: Alice cancels before Bob answers; his request goes.
    aliceAsksBobThroughTheMenu();
    QTest::mouseClick(child<QPushButton>(panel, "consultCancelButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return status->text() == QLatin1String("You withdrew the invitation."); }, 10000))
        << qPrintable(status->text());
    EXPECT_TRUE(waitUntil([&] { return bob.session->consults()->rowCount() == 0; }));
    EXPECT_TRUE(waitUntil([&] {
        return bob.window->statusBar()->currentMessage() == QLatin1String("Alice withdrew the invitation.");
    }));

    // Lapsed: nobody answers within the minute.
    aliceAsksBobThroughTheMenu();
    ASSERT_TRUE(waitUntil(
        [&] {
            return status->text() == QLatin1String("The invitation lapsed: Bob did not answer within a minute.");
        },
        90000))
        << qPrintable(status->text());
    EXPECT_EQ(bob.session->consults()->rowCount(), 0);
    EXPECT_FALSE(child<QListView>(bob.window, "consultInvitesView")->isVisible());
    EXPECT_EQ(bob.window->statusBar()->currentMessage(), QStringLiteral("The invitation from Alice lapsed."));
    // The outcome line goes when dismissed; the action is on again.
    QTest::mouseClick(child<QPushButton>(panel, "consultDismissButton"), Qt::LeftButton);
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(action->isEnabled());
}

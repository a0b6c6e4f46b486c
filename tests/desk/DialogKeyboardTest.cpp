// Every desk dialog driven with the keyboard alone, as an agent who never touches the mouse would: where
// the focus starts, that Tab walks the fields in reading order, that Alt+letter reaches a labelled field,
// that Enter (or Ctrl+Enter in a note) does the dialog's job and Escape cancels it. Each key goes to the
// widget that has the focus, so a wrong tab order or a missing default button shows as a wrong result.
#include "MnemonicCheck.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "client/QueueOverviewModel.h"
#include "client/SupervisorTypes.h"
#include "desk/CannedResponseDialog.h"
#include "desk/LoginDialog.h"
#include "desk/ReassignDialog.h"
#include "desk/SearchDialog.h"
#include "desk/ShortcutOverview.h"
#include "desk/TransferDialog.h"
#include "desk/WrapUpDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

// Shows the dialog as the desk does and waits until it has the keyboard.
void openActive(QDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

// Presses a key on whatever has the focus, the way a keyboard does.
void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = focused() ? focused() : QApplication::activeWindow();
    ASSERT_NE(target, nullptr) << "no widget has the keyboard";
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void type(const QString &text)
{
    ASSERT_NE(focused(), nullptr) << "no widget has the keyboard";
    QTest::keyClicks(focused(), text);
}

template <typename T> T *named(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

// The object names of the widgets Tab visits from the current focus until it comes back round.
QStringList tabRound(QWidget *window, int limit = 20)
{
    QStringList names;
    QWidget *start = focused();
    for (int i = 0; i < limit; ++i) {
        names << (focused() ? focused()->objectName() : QStringLiteral("<none>"));
        QTest::keyClick(focused() ? focused() : window, Qt::Key_Tab);
        if (focused() == start)
            break;
    }
    return names;
}

QueueOverviewModel *threeQueues(QObject *parent)
{
    auto *model = new QueueOverviewModel(parent);
    QueueStatus general { QStringLiteral("general"), QStringLiteral("General"), 2, 40, 1, 2 };
    QueueStatus billing { QStringLiteral("billing"), QStringLiteral("Billing"), 0, 0, 1, 1 };
    QueueStatus orders { QStringLiteral("orders"), QStringLiteral("Orders"), 5, 300, 0, 1 };
    model->setQueues({ general, billing, orders });
    return model;
}

} // namespace

TEST(DialogKeyboard, SignInStartsAtThePasswordWhenAddressAndUserAreKnownAndEnterSignsIn)
{
    LoginDialog dialog;
    dialog.setServer(QStringLiteral("127.0.0.1:8080"));
    dialog.setUser(QStringLiteral("alice"));
    dialog.setKeychainAvailable(true);
    QSignalSpy signIn(&dialog, &LoginDialog::signInRequested);
    openActive(dialog);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "passwordEdit")) << "the only empty field gets the focus";

    type(QStringLiteral("demo"));
    press(Qt::Key_Return);
    ASSERT_EQ(signIn.count(), 1);
    EXPECT_EQ(dialog.server(), QStringLiteral("127.0.0.1:8080"));
    EXPECT_EQ(dialog.user(), QStringLiteral("alice"));
    EXPECT_EQ(dialog.password(), QStringLiteral("demo"));
    EXPECT_TRUE(dialog.isVisible()) << "the dialog waits for the router's answer";

    // Alt+U goes to the user name, Alt+M ticks "Remember me".
    press(Qt::Key_U, Qt::AltModifier);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "userEdit"));
    press(Qt::Key_M, Qt::AltModifier);
    EXPECT_TRUE(waitUntil([&] { return dialog.rememberMe(); })); // a mnemonic clicks after a short flash
}

TEST(DialogKeyboard, SignInTabsThroughAddressUserPasswordRememberAndButtonsAndEscapeCancels)
{
    LoginDialog dialog;
    dialog.setKeychainAvailable(true);
    openActive(dialog);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "serverEdit")) << "nothing filled in: start at the address";
    const QStringList order = tabRound(&dialog);
    ASSERT_GE(order.size(), 4);
    EXPECT_EQ(order.mid(0, 4),
        (QStringList { QStringLiteral("serverEdit"), QStringLiteral("userEdit"), QStringLiteral("passwordEdit"),
            QStringLiteral("rememberCheck") }))
        << qPrintable(order.join(QStringLiteral(", ")));

    // Enter with an empty form does not sign in; Escape closes the dialog.
    QSignalSpy signIn(&dialog, &LoginDialog::signInRequested);
    named<QLineEdit>(&dialog, "serverEdit")->setFocus();
    press(Qt::Key_Return);
    EXPECT_EQ(signIn.count(), 0);
    press(Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(DialogKeyboard, TransferToAnotherQueueWithANoteByKeys)
{
    QObject owner;
    TransferDialog dialog(threeQueues(&owner));
    openActive(dialog);
    auto *queues = named<QComboBox>(&dialog, "queueCombo");
    EXPECT_EQ(focused(), queues) << "the dialog opens on the queue to transfer to";

    press(Qt::Key_Down); // General -> Billing
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), named<QPlainTextEdit>(&dialog, "noteEdit")) << "Tab goes from the queue to the note";
    type(QStringLiteral("Refund for A1002, card ends 4242."));
    press(Qt::Key_Tab, Qt::ShiftModifier);
    EXPECT_EQ(focused(), queues);
    press(Qt::Key_Return);

    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.queueId(), QStringLiteral("billing"));
    EXPECT_TRUE(dialog.agentId().isEmpty());
    EXPECT_EQ(dialog.note(), QStringLiteral("Refund for A1002, card ends 4242."));
}

namespace {

// Colleagues as the router's agents.list describes them.
QList<BoardAgent> colleagues()
{
    auto agent = [](const char *id, const char *name, Presence p, int load) {
        BoardAgent a;
        a.id = QString::fromLatin1(id);
        a.name = QString::fromLatin1(name);
        a.presence = p;
        a.load = load;
        a.capacity = 3;
        a.queues = {QStringLiteral("general")};
        return a;
    };
    return {agent("alice", "Alice", Presence::Available, 0), agent("bea", "Bea", Presence::Available, 3),
            agent("bob", "Bob", Presence::Available, 1), agent("boris", "Boris", Presence::Offline, 0),
            agent("carl", "Carl", Presence::Away, 0)};
}

} // namespace

TEST(DialogKeyboard, TransferToANamedAgentWithAltAAndCtrlEnterFromTheNote)
{
    QObject owner;
    TransferDialog dialog(threeQueues(&owner));
    dialog.setColleagues(colleagues(), QStringLiteral("alice"));
    openActive(dialog);
    press(Qt::Key_A, Qt::AltModifier);
    auto *toAgent = named<QRadioButton>(&dialog, "toAgentRadio");
    EXPECT_TRUE(waitUntil([&] { return toAgent->isChecked(); })); // a mnemonic clicks after a short flash
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "agentFilterEdit")) << "choosing an agent goes on to the name";
    type(QStringLiteral("bo"));
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob")) << "the first who can take the chat is chosen (Boris is offline)";
    press(Qt::Key_N, Qt::AltModifier);
    EXPECT_EQ(focused(), named<QPlainTextEdit>(&dialog, "noteEdit"));
    type(QStringLiteral("Asked for Bob by name."));
    press(Qt::Key_Return); // a new line in the note, not the end of the dialog
    EXPECT_TRUE(dialog.isVisible());
    type(QStringLiteral("Order A1001."));
    press(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob"));
    EXPECT_TRUE(dialog.queueId().isEmpty());
    EXPECT_EQ(dialog.note(), QStringLiteral("Asked for Bob by name.\nOrder A1001."));
}

TEST(DialogKeyboard, TransferPickerSkipsColleaguesWhoCannotTakeTheChat)
{
    QObject owner;
    TransferDialog dialog(threeQueues(&owner));
    dialog.setColleagues(colleagues(), QStringLiteral("alice"));
    openActive(dialog);
    press(Qt::Key_A, Qt::AltModifier);
    auto *list = named<QListView>(&dialog, "agentList");
    ASSERT_TRUE(waitUntil([&] { return list->isEnabled(); }));
    QStringList rows;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        rows << list->model()->index(r, 0).data().toString();
    EXPECT_EQ(rows.size(), 4) << "she herself is not listed";
    EXPECT_TRUE(rows.value(0).startsWith(QStringLiteral("Bob"))) << qPrintable(rows.join(QLatin1Char('|')));
    EXPECT_TRUE(rows.join(QLatin1Char('|')).contains(QStringLiteral("1 of 3 chats")));
    EXPECT_TRUE(rows.join(QLatin1Char('|')).contains(QStringLiteral("Boris (boris) — cannot be chosen: offline")));
    EXPECT_TRUE(rows.join(QLatin1Char('|')).contains(QStringLiteral("Carl (carl) — cannot be chosen: away")));
    EXPECT_TRUE(rows.join(QLatin1Char('|')).contains(QStringLiteral("Bea (bea) — cannot be chosen: no free chat, 3 of 3 chats")));
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob"));
    // Down from the name field walks the list, past those who cannot be chosen: Bob stays.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob"));
    // Only Carl matches: nobody can be chosen, Transfer is off and says why.
    type(QStringLiteral("carl"));
    EXPECT_TRUE(dialog.agentId().isEmpty());
    EXPECT_FALSE(named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    EXPECT_TRUE(named<QLabel>(&dialog, "agentNotice")->text().contains(QStringLiteral("Nobody here can take a chat")));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible()) << "Enter does not transfer to nobody";
    // A click on an offline colleague chooses nobody.
    named<QLineEdit>(&dialog, "agentFilterEdit")->clear();
    const QModelIndex boris = list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                                                   QStringLiteral("Boris"), 1, Qt::MatchStartsWith).value(0);
    ASSERT_TRUE(boris.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(boris).center());
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob"));
}

TEST(DialogKeyboard, TransferTakesATypedUserNameWhenTheRouterCannotListColleagues)
{
    QObject owner;
    TransferDialog dialog(threeQueues(&owner));
    dialog.setColleaguesError(QStringLiteral("The router is not reachable."));
    openActive(dialog);
    press(Qt::Key_A, Qt::AltModifier);
    auto *toAgent = named<QRadioButton>(&dialog, "toAgentRadio");
    EXPECT_TRUE(waitUntil([&] { return toAgent->isChecked(); }));
    EXPECT_TRUE(named<QLabel>(&dialog, "agentNotice")->text().contains(QStringLiteral("The router is not reachable.")));
    EXPECT_FALSE(named<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    type(QStringLiteral("bob"));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.agentId(), QStringLiteral("bob"));
}

TEST(DialogKeyboard, TransferEscapeCancels)
{
    QObject owner;
    TransferDialog dialog(threeQueues(&owner));
    openActive(dialog);
    press(Qt::Key_Tab);
    type(QStringLiteral("never mind"));
    press(Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(DialogKeyboard, WrapUpChoosesTheOutcomeWithArrowsAndEnterEndsTheChat)
{
    WrapUpDialog dialog;
    openActive(dialog);
    auto *outcome = named<QComboBox>(&dialog, "dispositionCombo");
    EXPECT_EQ(focused(), outcome) << "the dialog opens on the outcome";
    press(Qt::Key_Down);
    press(Qt::Key_Down); // Resolved -> Not resolved -> Needs follow-up
    EXPECT_EQ(dialog.disposition(), QStringLiteral("follow_up"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), named<QPlainTextEdit>(&dialog, "noteEdit"));
    type(QStringLiteral("Call the carrier on Monday."));
    press(Qt::Key_O, Qt::AltModifier); // back to the outcome by its label
    EXPECT_EQ(focused(), outcome);
    press(Qt::Key_Return);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.disposition(), QStringLiteral("follow_up"));
    EXPECT_EQ(dialog.note(), QStringLiteral("Call the carrier on Monday."));
}

TEST(DialogKeyboard, WrapUpEscapeKeepsTheChatOpen)
{
    WrapUpDialog dialog;
    openActive(dialog);
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(DialogKeyboard, NewCannedResponseIsWrittenAndSavedByKeys)
{
    CannedResponse shared;
    shared.id = QStringLiteral("1");
    shared.shortcut = QStringLiteral("hi");
    shared.title = QStringLiteral("Greeting");
    shared.category = QStringLiteral("General");
    shared.text = QStringLiteral("Hello {visitor.name}");
    PlaceholderFiller filler;
    filler.setValue(QStringLiteral("visitor.name"), QStringLiteral("Ada"));
    CannedResponseDialog dialog({ shared }, { QStringLiteral("General"), QStringLiteral("Orders") }, filler);
    openActive(dialog);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "shortcutEdit"));

    // A shortcut that is taken: Enter does not save, and says why.
    type(QStringLiteral("hi"));
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "titleEdit"));
    type(QStringLiteral("Thanks"));
    press(Qt::Key_Tab);
    auto *category = named<QComboBox>(&dialog, "categoryCombo");
    EXPECT_TRUE(focused() == category || focused() == category->lineEdit())
        << qPrintable(focused() ? focused()->objectName() : QString());
    type(QStringLiteral("Orders")); // replaces the suggested category: it is selected on Tab
    press(Qt::Key_Tab);
    EXPECT_EQ(focused(), named<QPlainTextEdit>(&dialog, "textEdit"));
    type(QStringLiteral("Thank you, {visitor.name}!"));
    EXPECT_TRUE(named<QLabel>(&dialog, "previewLabel")->text().contains(QStringLiteral("Thank you, Ada!")))
        << qPrintable(named<QLabel>(&dialog, "previewLabel")->text());
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(dialog.isVisible()) << "a shared shortcut is not taken over";
    EXPECT_TRUE(named<QLabel>(&dialog, "errorLabel")->text().contains(QStringLiteral("/hi")));

    // Alt+S back to the shortcut, a free one, and Enter saves.
    press(Qt::Key_S, Qt::AltModifier);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "shortcutEdit"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("thanks"));
    press(Qt::Key_Return);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const CannedResponse saved = dialog.response();
    EXPECT_EQ(saved.shortcut, QStringLiteral("thanks"));
    EXPECT_EQ(saved.title, QStringLiteral("Thanks"));
    EXPECT_EQ(saved.category, QStringLiteral("Orders"));
    EXPECT_EQ(saved.text, QStringLiteral("Thank you, {visitor.name}!"));
    EXPECT_TRUE(saved.personal);
}

TEST(DialogKeyboard, CannedResponseEditorEscapeCancels)
{
    CannedResponseDialog dialog({}, { QStringLiteral("General") }, PlaceholderFiller {});
    openActive(dialog);
    type(QStringLiteral("draft"));
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(DialogKeyboard, ReassignStartsInTheNoteAndCtrlEnterConfirms)
{
    BoardConversation chat;
    chat.id = QStringLiteral("c_1");
    chat.agentId = QStringLiteral("alice");
    chat.agentName = QStringLiteral("Alice");
    chat.visitorName = QStringLiteral("Ada");
    ReassignDialog dialog(chat, ReassignDialog::Target::Agent, QStringLiteral("bob"), QStringLiteral("Bob"));
    openActive(dialog);
    EXPECT_EQ(focused(), named<QPlainTextEdit>(&dialog, "noteEdit"));
    type(QStringLiteral("Parcel lost twice, be kind."));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.targetId(), QStringLiteral("bob"));
    EXPECT_EQ(dialog.note(), QStringLiteral("Parcel lost twice, be kind."));
}

TEST(DialogKeyboard, ReassignTabReachesTheConfirmButtonAndEscapeCancels)
{
    BoardConversation chat;
    chat.id = QStringLiteral("c_2");
    chat.visitorName = QStringLiteral("Grace");
    ReassignDialog dialog(chat, ReassignDialog::Target::Queue, QStringLiteral("billing"), QStringLiteral("Billing"));
    openActive(dialog);
    press(Qt::Key_Tab);
    auto *button = qobject_cast<QPushButton *>(focused());
    ASSERT_NE(button, nullptr) << "Tab from the note goes to the buttons";
    EXPECT_EQ(button->text(), QStringLiteral("&Move"));
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

// The search runs on the local cache a signed-in desk keeps, so Alice first takes a real chat.
TEST(DialogKeyboard, SearchTypeArrowDownAndEnterOpensTheChat)
{
    if (!QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable())
        GTEST_SKIP() << "handoff-router is not built in this tree";
    QTemporaryDir home;
    RouterProcess router;
    QString output;
    ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    DeskSession session;
    session.setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
    session.signIn(QStringLiteral("127.0.0.1:%1").arg(router.port()), QStringLiteral("alice"), QStringLiteral("demo"));
    ASSERT_TRUE(waitUntil([&] { return session.connection()->isSignedIn(); }, 20000)) << qPrintable(router.log());
    VisitorClient visitor(router.wsUrl(QStringLiteral("visitor")));
    ASSERT_TRUE(visitor.connectAndHello());
    visitor.send(QStringLiteral("My parcel with the harpsichord never arrived"));
    visitor.askForAPerson();
    ASSERT_TRUE(waitUntil([&] { return session.offers()->rowOf(visitor.conversationId) >= 0; }, 20000))
        << qPrintable(router.log());
    session.acceptOffer(visitor.conversationId);
    ASSERT_TRUE(waitUntil([&] { return !session.searchTranscripts(QStringLiteral("harpsichord")).isEmpty(); }, 15000));

    SearchDialog dialog(&session);
    QSignalSpy chosen(&dialog, &SearchDialog::conversationChosen);
    openActive(dialog);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "queryEdit"));
    type(QStringLiteral("harpsi"));
    auto *results = named<QListView>(&dialog, "resultsView");
    ASSERT_EQ(results->model()->rowCount(), 1);
    press(Qt::Key_Down);
    EXPECT_EQ(focused(), results) << "Down goes from the words to the hits";
    EXPECT_TRUE(results->currentIndex().isValid());
    press(Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 1);
    EXPECT_EQ(chosen.first().first().toString(), visitor.conversationId);
    EXPECT_TRUE(dialog.isVisible()) << "Enter opens the hit; closing is up to the window that opens it";

    // Nothing found says so instead of an empty list; Escape closes.
    press(Qt::Key_Up);
    EXPECT_EQ(focused(), named<QLineEdit>(&dialog, "queryEdit")) << "Up from the first hit goes back to the words";
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("zeppelin"));
    EXPECT_EQ(results->model()->rowCount(), 0);
    EXPECT_TRUE(named<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("zeppelin")))
        << qPrintable(named<QLabel>(&dialog, "statusLabel")->text());
    press(Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

// Alt+letter does one thing in every dialog, in English and in German: a letter used twice would make
// Alt+letter cycle between two fields instead of going where its label says.
class DialogMnemonics : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        if (QLatin1String(GetParam()) == QLatin1String("de")) {
            m_german = std::make_unique<handoff::test::DeskInGerman>();
            ASSERT_TRUE(m_german->isLoaded()) << "handoff-desk_de.qm is not built";
        }
    }
    void TearDown() override { m_german.reset(); }

    // Collects "Dialog: Alt+x: …" for each clash of one dialog.
    void walk(const QString &name, QWidget *dialog)
    {
        for (const QString &clash : handoff::test::mnemonicClashes(dialog))
            m_clashes << name + QStringLiteral(": ") + clash;
        ++m_walked;
    }

    std::unique_ptr<handoff::test::DeskInGerman> m_german;
    QStringList m_clashes;
    int m_walked = 0;
};

TEST_P(DialogMnemonics, EveryAltKeyOfEveryDialogDoesOneThing)
{
    LoginDialog login;
    login.setKeychainAvailable(true);
    walk(QStringLiteral("sign-in"), &login);
    LoginDialog loginWithoutKeychain;
    loginWithoutKeychain.setKeychainAvailable(false);
    loginWithoutKeychain.showError(QStringLiteral("Wrong user name or password."));
    walk(QStringLiteral("sign-in without keychain, refused"), &loginWithoutKeychain);

    QObject owner;
    TransferDialog transfer(threeQueues(&owner));
    transfer.setColleagues(colleagues(), QStringLiteral("alice"));
    walk(QStringLiteral("transfer"), &transfer);

    WrapUpDialog wrapUp;
    walk(QStringLiteral("wrap-up"), &wrapUp);

    CannedResponseDialog canned({}, {QStringLiteral("General")}, PlaceholderFiller{});
    walk(QStringLiteral("canned-response editor"), &canned);

    BoardConversation chat;
    chat.id = QStringLiteral("c_1");
    chat.agentId = QStringLiteral("alice");
    chat.agentName = QStringLiteral("Alice");
    ReassignDialog toAgent(chat, ReassignDialog::Target::Agent, QStringLiteral("bob"), QStringLiteral("Bob"));
    walk(QStringLiteral("reassign to an agent"), &toAgent);
    ReassignDialog toQueue(chat, ReassignDialog::Target::Queue, QStringLiteral("billing"), QStringLiteral("Billing"));
    walk(QStringLiteral("reassign to a queue"), &toQueue);

    QTemporaryDir home;
    DeskSession session;
    session.setCacheDirectory(home.path());
    SearchDialog search(&session);
    walk(QStringLiteral("search"), &search);

    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&Chat"))->addAction(QStringLiteral("&Next chat"));
    ShortcutOverview shortcuts(&window, ShortcutOverview::Mode::Overview);
    walk(QStringLiteral("keyboard shortcuts"), &shortcuts);

    EXPECT_EQ(m_walked, 9);
    EXPECT_TRUE(m_clashes.isEmpty()) << qPrintable(m_clashes.join(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(Languages, DialogMnemonics, ::testing::Values("en", "de"));

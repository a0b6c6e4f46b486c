// The real desk windows on the offscreen platform against the real handoff-router: sign in, accept
// an offer, answer (Enter), canned responses with placeholders, internal notes, typing, offline
// sending that arrives exactly once, transfer and wrap-up — all through clicks and keys; a refused
// password or token shows only the login dialog; the name a visitor gave the bot; the title and --help;
// markup a visitor types is shown as the characters she typed, never rendered.
#include "DeskTestSupport.h"
#include "InMemoryCredentialStore.h"
#include "MnemonicCheck.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "client/LocalCache.h"
#include "client/PlainText.h"
#include "desk/CannedResponseDialog.h"
#include "desk/ComposerEdit.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"
#include "desk/OfferNotifier.h"
#include "desk/SearchDialog.h"
#include "desk/ShortcutOverview.h"
#include "desk/ThemePalette.h"
#include "desk/TransferDialog.h"
#include "desk/WrapUpDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QAbstractButton>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardPaths>
#include <QImage>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolButton>
#include <QMainWindow>
#include <QTextDocument>
#include <QTranslator>
#include <QTreeView>
#include <QTest>
#include <gtest/gtest.h>
#include <cmath>

using namespace handoff;
using handoff::test::InMemoryCredentialStore;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

bool routerAvailable()
{
    return QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable();
}

template <typename T> T *child(QWidget *w, const char *name)
{
    T *c = w->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(c, nullptr) << name;
    return c;
}

template <typename T> T *waitForDialog(QWidget *parent)
{
    T *d = nullptr;
    waitUntil([&] {
        d = parent->findChild<T *>();
        return d && d->isVisible();
    });
    return d;
}

class DeskWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!routerAvailable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        // Settings and cache in a private place: never the tester's own desk settings.
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
        session->connection()->setReconnectDelays(200, 1000);
        controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
    }

    void TearDown() override
    {
        controller.reset();
        session.reset();
    }

    // Signs in the way the demo script does (password from the environment) and waits for the window.
    MainWindow *signInDirectly(const QString &user = QStringLiteral("alice"))
    {
        return handoff::test::signInDirectly(*controller, *session, server, user);
    }

    // Signs in with no saved window size, opens a chat (the composer shows only then) and checks the window,
    // its composer, Send button and status bar lie on the screen.
    void expectTheWindowFitsTheScreen()
    {
        settings->setWindowGeometry({});
        MainWindow *w = signInDirectly();
        ASSERT_NE(w, nullptr);
        QTest::qWait(100); // fitted again once the platform gave it a frame
        EXPECT_FALSE(child<QWidget>(w, "composer")->isVisible()) << "no chat open: no composer";
        const auto visitor = visitorAskingForAPerson();
        ASSERT_TRUE(visitor);
        acceptByClicking(w, visitor->conversationId);
        ASSERT_TRUE(waitUntil([&] { return child<QWidget>(w, "composer")->isVisible(); }));
        QTest::qWait(50);
        const QRect available = w->screen()->availableGeometry();
        const QRect frame = w->frameGeometry();
        EXPECT_TRUE(available.contains(frame)) << "window " << frame.x() << "," << frame.y() << " " << frame.width()
                                               << "x" << frame.height() << " screen " << available.x() << ","
                                               << available.y() << " " << available.width() << "x" << available.height();
        for (const char *name : { "composer", "sendButton" }) {
            auto *c = child<QWidget>(w, name);
            const QRect r(c->mapTo(w, QPoint(0, 0)), c->size());
            EXPECT_TRUE(w->rect().contains(r)) << name;
            EXPECT_GT(c->height(), 0) << name;
        }
        EXPECT_TRUE(w->rect().contains(QRect(w->statusBar()->mapTo(w, QPoint(0, 0)), w->statusBar()->size())));
    }

    // A visitor who asks the bot for a person; returns once the offer reached this desk.
    std::unique_ptr<VisitorClient> visitorAskingForAPerson()
    {
        return handoff::test::visitorAskingForAPerson(router, *session);
    }

    // A visitor who wrote a line (that waits for an answer) and then asked for a person, accepted by clicking.
    std::unique_ptr<VisitorClient> acceptedVisitorWhoWrote(MainWindow *w, const QString &line)
    {
        auto v = std::make_unique<VisitorClient>(router.wsUrl(QStringLiteral("visitor")));
        EXPECT_TRUE(v->connectAndHello());
        v->send(line);
        QTest::qWait(300);
        v->askForAPerson();
        EXPECT_TRUE(waitUntil([&] { return session->offers()->rowOf(v->conversationId) >= 0; }, 20000));
        acceptByClicking(w, v->conversationId);
        return v;
    }

    // Bob signed in on a desk of his own (its own cache); he starts available.
    std::unique_ptr<DeskSession> bobSignsIn()
    {
        auto bob = std::make_unique<DeskSession>();
        bob->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("bob-cache")));
        bob->signIn(server, QStringLiteral("bob"), QStringLiteral("demo"));
        EXPECT_TRUE(waitUntil([&] { return bob->connection()->isSignedIn(); }, 15000));
        return bob;
    }

    // Alice, signed in, accepts a visitor's chat and opens the transfer dialog on it (nullptr if it did not open).
    TransferDialog *transferDialogOnAnAcceptedChat(MainWindow *w, std::unique_ptr<VisitorClient> *visitor)
    {
        *visitor = visitorAskingForAPerson();
        acceptByClicking(w, (*visitor)->conversationId);
        w->transferChat(); // the Ctrl+Shift+T action
        return waitForDialog<TransferDialog>(w);
    }

    void acceptByClicking(MainWindow *w, const QString &conversationId)
    {
        auto *accept = child<QPushButton>(w, "acceptButton");
        ASSERT_TRUE(waitUntil([&] { return accept->isEnabled(); }));
        QTest::mouseClick(accept, Qt::LeftButton);
        ASSERT_TRUE(waitUntil(
            [&] {
                return session->currentConversationId() == conversationId
                    && session->myChats()->rowOf(conversationId) >= 0;
            },
            15000));
    }

    void typeAndEnter(MainWindow *w, const QString &text)
    {
        auto *composer = child<ComposerEdit>(w, "composer");
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return);
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
    InMemoryCredentialStore credentials { false };
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

} // namespace

TEST_F(DeskWindowTest, LoginDialogExplainsAMissingKeychainAndAWrongPassword)
{
    controller->start(server, QStringLiteral("alice"), QString());
    ASSERT_TRUE(waitUntil([&] { return controller->loginDialog() && controller->loginDialog()->isVisible(); }));
    LoginDialog *login = controller->loginDialog();
    auto *notice = child<QLabel>(login, "keychainNotice");
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), QStringLiteral("No system keychain is available: your password will not be remembered."));
    EXPECT_FALSE(child<QCheckBox>(login, "rememberCheck")->isEnabled());

    auto *password = child<QLineEdit>(login, "passwordEdit");
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QDialogButtonBox>(login, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto *error = child<QLabel>(login, "errorLabel");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }, 20000));
    EXPECT_TRUE(error->text().contains(QStringLiteral("Wrong user name or password"))) << qPrintable(error->text());

    password->clear();
    QTest::keyClicks(password, QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return controller->mainWindow() && controller->mainWindow()->isVisible(); }, 20000));
    EXPECT_FALSE(login->isVisible());
    EXPECT_TRUE(credentials.entries.isEmpty()); // nothing remembered without a keychain
    EXPECT_EQ(settings->lastUser(), QStringLiteral("alice"));
    EXPECT_TRUE(controller->mainWindow()->connectionText().startsWith(QStringLiteral("Connected")));
}

TEST_F(DeskWindowTest, AcceptAnswerUseCannedResponseAndEndTheChat)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    EXPECT_GE(w->notifier()->notificationsShown(), 1);
    acceptByClicking(w, visitor->conversationId);
    ASSERT_TRUE(waitUntil(
        [&] {
            return visitor->events.contains(QStringLiteral("agent.joined"))
                || visitor->statuses.contains(QStringLiteral("assigned"));
        },
        10000));

    // The handoff point is marked in the transcript.
    bool marker = false;
    for (int row = 0; row < session->transcript()->rowCount(); ++row)
        marker |= session->transcript()->line(row).handoffPoint;
    EXPECT_TRUE(marker);

    // Enter sends; the visitor receives it; my line shows as sent.
    typeAndEnter(w, QStringLiteral("Hello, Alice here."));
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("Hello, Alice here.")) == 1; }, 10000));
    auto *composer = child<ComposerEdit>(w, "composer");
    EXPECT_TRUE(composer->toPlainText().isEmpty());
    const int last = session->transcript()->rowCount() - 1;
    ASSERT_TRUE(waitUntil([&] {
        return DeliveryState(session->transcript()->index(last).data(TranscriptModel::DeliveryRole).toInt())
            == DeliveryState::Sent;
    }));

    // Shift+Enter is a new line, not a send.
    QTest::keyClicks(composer, QStringLiteral("line one"));
    QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(composer, QStringLiteral("line two"));
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("line one\nline two"));
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("line one\nline two")) == 1; }, 10000));

    // The visitor types: the desk says so.
    visitor->setTyping(true);
    auto *typing = child<QLabel>(w, "typingLabel");
    ASSERT_TRUE(waitUntil([&] { return typing->text().contains(QStringLiteral("typing")); }, 10000));

    // "/hi" completes the canned response with a preview; Enter inserts it with placeholders filled.
    ASSERT_TRUE(waitUntil([&] { return session->cannedResponses()->byShortcut(QStringLiteral("hi")).has_value(); }));
    QTest::keyClicks(composer, QStringLiteral("/h"));
    auto *completion = child<QListView>(w, "completionView");
    auto *preview = child<QLabel>(w, "completionPreview");
    ASSERT_TRUE(waitUntil([&] { return completion->isVisible() && preview->isVisible(); }));
    EXPECT_TRUE(preview->text().contains(QStringLiteral("I&#x27;m Alice"))
        || preview->text().contains(QStringLiteral("I'm Alice")))
        << qPrintable(preview->text());
    QTest::keyClick(composer, Qt::Key_Return);
    EXPECT_FALSE(completion->isVisible());
    EXPECT_TRUE(composer->toPlainText().contains(QStringLiteral("I'm Alice. How can I help?")))
        << qPrintable(composer->toPlainText());
    const bool nameKnown = !session->fillerFor(visitor->conversationId).value(QStringLiteral("visitor.name")).isEmpty();
    EXPECT_EQ(composer->missingPlaceholders().contains(QStringLiteral("visitor.name")), !nameKnown);
    if (!nameKnown) {
        // A marked placeholder blocks sending until the agent types over it (it is selected).
        QTest::keyClick(composer, Qt::Key_Return);
        EXPECT_TRUE(child<QLabel>(w, "composerHint")->text().contains(QStringLiteral("{visitor.name}")));
        EXPECT_FALSE(composer->toPlainText().isEmpty());
        QTest::keyClicks(composer, QStringLiteral("Ada"));
    }
    const QString greeting = composer->toPlainText();
    EXPECT_FALSE(greeting.contains(QLatin1Char('{')));
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(greeting) == 1; }, 10000)) << qPrintable(greeting);

    // An internal note stays on the desk side.
    QTest::keyClick(w, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    auto *internal = child<QCheckBox>(w, "internalCheck");
    if (!internal->isChecked()) // the shortcut needs an active window; the box is the same action
        internal->setChecked(true);
    typeAndEnter(w, QStringLiteral("Customer is a reseller."));
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int row = 0; row < session->transcript()->rowCount(); ++row) {
                const auto &l = session->transcript()->line(row);
                if (l.message.internal && l.message.text == QStringLiteral("Customer is a reseller.")
                    && l.delivery == DeliveryState::Sent)
                    return true;
            }
            return false;
        },
        10000));
    EXPECT_FALSE(internal->isChecked());

    // End chat with a wrap-up.
    auto *endChat = child<QPushButton>(w, "endChatButton");
    ASSERT_TRUE(waitUntil([&] { return endChat->isEnabled(); })) << qPrintable(w->connectionText());
    QTest::mouseClick(endChat, Qt::LeftButton);
    auto *wrapUp = waitForDialog<WrapUpDialog>(w);
    ASSERT_NE(wrapUp, nullptr);
    child<QComboBox>(wrapUp, "dispositionCombo")->setCurrentIndex(0);
    QTest::keyClicks(child<QPlainTextEdit>(wrapUp, "noteEdit"), QStringLiteral("Order found."));
    QTest::mouseClick(child<QDialogButtonBox>(wrapUp, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowCount() == 0; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return visitor->events.contains(QStringLiteral("closed")); }, 10000));
    EXPECT_FALSE(visitor->hasLineContaining(QStringLiteral("reseller")));
}

TEST_F(DeskWindowTest, TheClosedChatShowsTheVisitorsRatingAndExportsAsPdf)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = acceptedVisitorWhoWrote(w, QStringLiteral("<b>My parcel</b> never came & I'm upset"));
    const QString id = visitor->conversationId;
    typeAndEnter(w, QStringLiteral("I am sending a new one today."));
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("I am sending a new one today.")) == 1; }, 10000));
    auto *internal = child<QCheckBox>(w, "internalCheck");
    internal->setChecked(true);
    typeAndEnter(w, QStringLiteral("Replacement order R-77."));
    ASSERT_TRUE(waitUntil([&] { return visitor->events.size() > 0 && session->allMessages(id).size() >= 4; }, 10000));

    // Alice ends the chat; the visitor rates it; her desk shows the rating with the closed chat.
    session->closeConversation(id, QStringLiteral("resolved"), QString());
    ASSERT_TRUE(waitUntil([&] { return visitor->events.contains(QStringLiteral("closed")); }, 10000));
    visitor->rate(4, QStringLiteral("Fast <i>and</i> kind"));
    ASSERT_TRUE(waitUntil([&] { return session->rating(id).has_value(); }, 10000));
    session->openConversation(id); // as the search dialog opens a closed chat
    auto *info = child<QLabel>(w, "conversationInfo");
    ASSERT_TRUE(waitUntil([&] { return info->text().contains(QStringLiteral("Rated 4/5: Fast <i>and</i> kind")); }))
        << qPrintable(info->text());
    EXPECT_EQ(info->textFormat(), Qt::PlainText) << "the visitor's comment is shown as text, never as markup";

    // Chat > Export the chat as PDF…: the file dialog, then a PDF holding the whole conversation.
    QAction *exportAction = nullptr;
    for (QAction *a : w->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+X")))
            exportAction = a;
    ASSERT_NE(exportAction, nullptr);
    exportAction->trigger();
    auto *dialog = waitForDialog<QFileDialog>(w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->objectName(), QStringLiteral("exportPdfDialog"));
    const QString pdfPath = QDir(home.path()).filePath(QStringLiteral("exported.pdf"));
    dialog->selectFile(pdfPath);
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(pdfPath).size() > 0; }, 10000));
    QFile pdf(pdfPath);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    pdf.close();

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed: the PDF's text is not checked";
    QProcess toText;
    toText.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
    ASSERT_TRUE(toText.waitForFinished(30000));
    // NFKC undoes the ligatures the PDF's font may set ("ff" in "Handoff" or in a random chat id as one glyph).
    const QString text
        = QString::fromUtf8(toText.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &expected : {QStringLiteral("<b>My parcel</b> never came & I'm upset"),
                                    QStringLiteral("I am sending a new one today."), QStringLiteral("Replacement order R-77."),
                                    QStringLiteral("internal note"), QStringLiteral("Rated 4/5: Fast <i>and</i> kind"), id})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << "\n" << qPrintable(text);
}

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double x = luminance(a), y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

TEST_F(DeskWindowTest, EveryAltKeyOfTheWindowDoesOneThing)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    const QStringList clashes = handoff::test::mnemonicClashes(w);
    EXPECT_TRUE(clashes.isEmpty()) << qPrintable(clashes.join(QLatin1Char('\n')));
}

// The same in every language the desk ships: a translation picks its own letters.
class TranslatedDeskWindowTest : public DeskWindowTest, public ::testing::WithParamInterface<std::string>
{
protected:
    void SetUp() override
    {
        const QString qm = QStringLiteral(HANDOFF_QM_DIR "/handoff-desk_%1.qm").arg(QString::fromStdString(GetParam()));
        ASSERT_TRUE(translator.load(qm)) << "missing " << qPrintable(qm);
        QCoreApplication::installTranslator(&translator);
        DeskWindowTest::SetUp();
    }
    void TearDown() override
    {
        DeskWindowTest::TearDown();
        QCoreApplication::removeTranslator(&translator);
    }
    QTranslator translator;
};

TEST_P(TranslatedDeskWindowTest, EveryAltKeyOfTheWindowDoesOneThing)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    // The window really speaks the language: its Go menu has the translated title.
    const QString go = QCoreApplication::translate("handoff::MainWindow", "&Go");
    ASSERT_NE(go, QStringLiteral("&Go"));
    QStringList titles;
    for (QAction *a : w->menuBar()->actions())
        titles << a->text();
    ASSERT_TRUE(titles.contains(go)) << qPrintable(titles.join(QStringLiteral(", ")));
    const QStringList clashes = handoff::test::mnemonicClashes(w);
    EXPECT_TRUE(clashes.isEmpty()) << GetParam() << ":\n" << qPrintable(clashes.join(QLatin1Char('\n')));
}

std::vector<std::string> shippedLanguages()
{
    std::vector<std::string> codes;
    for (const QString &code : QStringLiteral(HANDOFF_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        codes.push_back(code.toStdString());
    return codes;
}

// Translated labels and buttons are longer, and the window is wider than English's smallest (German, French
// and Spanish need about 850 px): it must still fit a 1920x1080 laptop at 200 % (960x540). Only
// test_desk_at_200_percent gives the offscreen platform that screen, so the test is disabled elsewhere.
TEST_P(TranslatedDeskWindowTest, DISABLED_TheWindowFitsALaptopScreenAt200Percent)
{
    expectTheWindowFitsTheScreen();
}

INSTANTIATE_TEST_SUITE_P(ShippedLanguages, TranslatedDeskWindowTest, ::testing::ValuesIn(shippedLanguages()),
    [](const ::testing::TestParamInfo<std::string> &info) { return info.param; });

TEST_F(DeskWindowTest, NoteModeIsUnmistakableAndTogglingItTwiceGoesBackToTheVisitor)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    acceptByClicking(w, visitor->conversationId);
    auto *composer = child<ComposerEdit>(w, "composer");
    auto *internal = child<QCheckBox>(w, "internalCheck");
    auto *send = child<QPushButton>(w, "sendButton");
    auto *badge = child<QLabel>(w, "noteBadge");
    auto *hint = child<QLabel>(w, "composerHint");
    PaintCounter counter;
    composer->viewport()->installEventFilter(&counter);
    QApplication::processEvents();

    for (auto theme : { DeskSettings::Theme::Dark, DeskSettings::Theme::Light }) {
        w->applyTheme(theme);
        internal->setChecked(true); // what Ctrl+Shift+I toggles
        const TranscriptColours &c = ThemePalette::colours();
        EXPECT_TRUE(w->isNoteMode());
        EXPECT_TRUE(badge->isVisible());
        EXPECT_EQ(send->text(), QStringLiteral("Add note"));
        EXPECT_TRUE(composer->placeholderText().startsWith(QStringLiteral("Internal note")));
        EXPECT_TRUE(hint->text().contains(QStringLiteral("visitor will not see")));
        const QPalette p = composer->palette();
        EXPECT_EQ(p.color(QPalette::Base), c.internal);
        EXPECT_GE(contrast(p.color(QPalette::Text), p.color(QPalette::Base)), 4.5);
        EXPECT_GE(contrast(c.internalPlaceholder, c.internal), 4.5);
        EXPECT_GE(contrast(c.internalText, c.internal), 4.5);
        // The empty composer shows the note colour where the agent looks.
        const QImage shot = composer->grab().toImage();
        EXPECT_EQ(shot.pixelColor(shot.width() / 2, shot.height() - 6).rgb(), c.internal.rgb());
        internal->setChecked(false);
    }

    // Twice on an empty composer: everything says "to the visitor" again, and the view repainted.
    internal->setChecked(true);
    QApplication::processEvents();
    counter.paints = 0;
    internal->setChecked(false);
    QApplication::processEvents();
    EXPECT_GE(counter.paints, 1);
    EXPECT_FALSE(w->isNoteMode());
    EXPECT_FALSE(badge->isVisible());
    EXPECT_EQ(send->text(), QStringLiteral("Send"));
    EXPECT_FALSE(composer->placeholderText().contains(QStringLiteral("Internal")));
    EXPECT_TRUE(composer->placeholderText().contains(QStringLiteral("visitor")));
    EXPECT_EQ(hint->text(), QStringLiteral("To the visitor."));
    EXPECT_NE(composer->palette().color(QPalette::Base), ThemePalette::colours().internal);
    const QImage shot = composer->grab().toImage();
    EXPECT_NE(shot.pixelColor(shot.width() / 2, shot.height() - 6).rgb(), ThemePalette::colours().internal.rgb());

    typeAndEnter(w, QStringLiteral("This one is for you."));
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("This one is for you.")) == 1; }, 10000));
}

TEST_F(DeskWindowTest, ChatsWaitingForAReplyComeFirstAndCtrlJGoesToTheLongestWaiting)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    // Three visitors, accepted in turn: each chat ends with "Alice joined" (a system line), yet all wait.
    std::vector<std::unique_ptr<VisitorClient>> visitors;
    for (int i = 0; i < 3; ++i) {
        visitors.push_back(acceptedVisitorWhoWrote(w, QStringLiteral("Where is my order %1?").arg(1000 + i)));
        QTest::qWait(1100); // distinct "waiting since" seconds
    }
    MyChatsModel *chats = session->myChats();
    ASSERT_EQ(chats->rowCount(), 3);
    EXPECT_EQ(chats->waitingCount(), 3);
    for (int row = 0; row < 3; ++row)
        EXPECT_TRUE(chats->index(row).data(MyChatsModel::WaitingSinceRole).toDateTime().isValid()) << row;
    EXPECT_TRUE(child<QLabel>(w, "myChatsLabel")->text().contains(QStringLiteral("3 waiting")));

    // Longest waiting first.
    const QString first = visitors[0]->conversationId, second = visitors[1]->conversationId,
                  third = visitors[2]->conversationId;
    EXPECT_EQ(chats->conversationIdAt(0), first);

    // Answering the first one moves it below the others; Ctrl+J goes to the longest waiting: the second.
    child<QListView>(w, "myChatsView")->setCurrentIndex(chats->index(chats->rowOf(first)));
    ASSERT_TRUE(waitUntil([&] { return session->currentConversationId() == first; }));
    typeAndEnter(w, QStringLiteral("Hello, with you in a moment."));
    ASSERT_TRUE(waitUntil([&] { return chats->waitingCount() == 2; }, 10000));
    EXPECT_EQ(chats->conversationIdAt(0), second);
    EXPECT_EQ(chats->conversationIdAt(1), third);
    EXPECT_EQ(chats->conversationIdAt(2), first);
    EXPECT_EQ(chats->index(2).data(MyChatsModel::WaitingSecondsRole).toInt(), -1);

    w->activateWindow();
    QTest::keyClick(w, Qt::Key_J, Qt::ControlModifier);
    if (session->currentConversationId() == first)
        w->nextWaitingChat(); // the shortcut needs an active window on some platforms
    EXPECT_EQ(session->currentConversationId(), second);
    w->nextWaitingChat();
    EXPECT_EQ(session->currentConversationId(), third);
    w->nextWaitingChat();
    EXPECT_EQ(session->currentConversationId(), second) << "round again, longest first";

    // The visitor writes again: waiting again, since that line.
    visitors[0]->send(QStringLiteral("Still there?"));
    ASSERT_TRUE(waitUntil([&] { return chats->waitingCount() == 3; }, 10000));
    EXPECT_EQ(chats->conversationIdAt(2), first);

    // Unread first and back.
    auto *order = child<QComboBox>(w, "chatOrderCombo");
    order->setCurrentIndex(order->findData(int(MyChatsModel::Order::AsAccepted)));
    EXPECT_EQ(chats->conversationIdAt(0), first);
    order->setCurrentIndex(order->findData(int(MyChatsModel::Order::WaitingFirst)));
    EXPECT_EQ(chats->conversationIdAt(0), second);
}

TEST_F(DeskWindowTest, TheChatFilterShowsOnlyTheChatsWaitingForMyReplyAndIsRemembered)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    std::vector<std::unique_ptr<VisitorClient>> visitors;
    for (int i = 0; i < 2; ++i)
        visitors.push_back(acceptedVisitorWhoWrote(w, QStringLiteral("Where is my order %1?").arg(1000 + i)));
    const QString answered = visitors[1]->conversationId, waiting = visitors[0]->conversationId;
    typeAndEnter(w, QStringLiteral("Hello, how can I help?")); // the open chat is the second one
    MyChatsModel *chats = session->myChats();
    ASSERT_TRUE(waitUntil([&] { return chats->waitingCount() == 1; }, 10000));
    auto *view = child<QListView>(w, "myChatsView");
    auto *filter = child<QComboBox>(w, "chatFilterCombo");
    EXPECT_EQ(filter->currentData().toString(), QStringLiteral("all"));
    EXPECT_FALSE(filter->accessibleName().isEmpty());
    EXPECT_TRUE(filter->focusPolicy() & Qt::TabFocus);

    // By keys: the combo has the focus, Down goes to "Waiting for my reply".
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    EXPECT_EQ(filter->currentData().toString(), QStringLiteral("waiting"));
    // The answered chat is open, so it still shows; once the waiting one is open, it goes.
    EXPECT_FALSE(view->isRowHidden(chats->rowOf(answered)));
    view->setCurrentIndex(chats->index(chats->rowOf(waiting)));
    ASSERT_TRUE(waitUntil([&] { return session->currentConversationId() == waiting; }));
    EXPECT_TRUE(view->isRowHidden(chats->rowOf(answered)));
    EXPECT_FALSE(view->isRowHidden(chats->rowOf(waiting)));
    EXPECT_EQ(child<QLabel>(w, "myChatsLabel")->text(), QStringLiteral("My chats (1 of 2 shown, 1 waiting for a reply)"));
    w->nextChat(); // Ctrl+Tab skips what the filter hides
    EXPECT_EQ(session->currentConversationId(), waiting);

    // Remembered for the next start.
    EXPECT_EQ(DeskSettings().chatFilter(), QStringLiteral("waiting"));
    // The visitor of the hidden chat writes again: it waits, and shows again.
    visitors[1]->send(QStringLiteral("Are you still there?"));
    EXPECT_TRUE(waitUntil([&] { return !view->isRowHidden(chats->rowOf(answered)); }, 10000));

    // Unread: only the chat with lines I have not seen.
    filter->setCurrentIndex(filter->findData(QStringLiteral("unread")));
    EXPECT_FALSE(view->isRowHidden(chats->rowOf(answered)));
    EXPECT_GT(chats->index(chats->rowOf(answered)).data(MyChatsModel::UnreadRole).toInt(), 0);
    filter->setCurrentIndex(filter->findData(QStringLiteral("all")));
    EXPECT_FALSE(view->isRowHidden(chats->rowOf(answered)));
    EXPECT_EQ(child<QLabel>(w, "myChatsLabel")->text(), QStringLiteral("My chats (2, 2 waiting for a reply)"));
}

TEST_F(DeskWindowTest, TheRouterSettingMeAwayIsShownWithAWayBack)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    // What the router sends after missed offers.
    emit session->presenceChangedForMe(Presence::Away, QStringLiteral("missed_offers"));
    auto *banner = child<QWidget>(w, "awayBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(child<QLabel>(w, "awayBannerLabel")->text(),
        QStringLiteral("You were set to Away after missed offers. Set yourself Available when you are back."));
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("missed offers")));
    EXPECT_TRUE(w->notifier()->lastNotification().contains(QStringLiteral("missed offers")));
    session->setPresence(Presence::Away);
    ASSERT_TRUE(waitUntil([&] { return session->chosenPresence() == Presence::Away; }));
    QTest::mouseClick(child<QPushButton>(w, "availableButton"), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->chosenPresence() == Presence::Available; }, 10000));
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(DeskWindowTest, OutageShowsABannerDisablesWhatNeedsTheRouterAndAFailedEndKeepsTheNote)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    acceptByClicking(w, visitor->conversationId);
    auto *endChat = child<QPushButton>(w, "endChatButton");
    ASSERT_TRUE(waitUntil([&] { return endChat->isEnabled(); }));

    // The wrap-up is open when the router goes away: OK fails, the dialog and the note stay.
    w->endChat();
    auto *wrapUp = waitForDialog<WrapUpDialog>(w);
    ASSERT_NE(wrapUp, nullptr);
    QTest::keyClicks(child<QPlainTextEdit>(wrapUp, "noteEdit"), QStringLiteral("Refund promised, ticket 88."));
    router.kill();
    ASSERT_TRUE(waitUntil([&] { return !session->connection()->isSignedIn(); }, 10000));
    QTest::mouseClick(child<QDialogButtonBox>(wrapUp, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !wrapUp->errorText().isEmpty(); }, 10000));
    EXPECT_TRUE(wrapUp->isVisible());
    EXPECT_EQ(wrapUp->note(), QStringLiteral("Refund promised, ticket 88."));
    EXPECT_EQ(session->myChats()->rowOf(visitor->conversationId), 0);

    // The outage banner; what needs the router is disabled, the composer is not.
    auto *banner = child<QLabel>(w, "outageBanner");
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("Connection to the router lost")));
    EXPECT_FALSE(endChat->isEnabled());
    EXPECT_FALSE(child<QPushButton>(w, "transferButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(w, "acceptButton")->isEnabled());
    EXPECT_TRUE(child<ComposerEdit>(w, "composer")->isEnabled());
    // The queued bubble is readable (WCAG AA) in both themes.
    for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark }) {
        w->applyTheme(theme);
        const TranscriptColours &c = ThemePalette::colours();
        EXPECT_GE(contrast(c.queuedText, c.queued), 4.5);
        EXPECT_GE(contrast(c.bannerText, c.banner), 4.5);
    }
    w->applyTheme(DeskSettings::Theme::Light);

    // Back: the same dialog, the same note, ends the chat.
    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return session->connection()->isSignedIn(); }, 30000));
    EXPECT_FALSE(banner->isVisible());
    QTest::mouseClick(child<QDialogButtonBox>(wrapUp, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowCount() == 0; }, 10000));
}

TEST_F(DeskWindowTest, TheWindowFitsTheScreenWithTheComposerAndStatusBarOnIt)
{
    // Run at QT_SCALE_FACTOR=2 by test_desk_at_200_percent; a saved size larger than the screen too.
    expectTheWindowFitsTheScreen();
}

TEST_F(DeskWindowTest, AMessageTypedWhileTheRouterIsDownArrivesExactlyOnce)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    acceptByClicking(w, visitor->conversationId);

    router.kill();
    ASSERT_TRUE(waitUntil([&] { return session->connection()->state() == ConnectionState::Reconnecting; }, 10000));
    EXPECT_TRUE(w->connectionText().contains(QStringLiteral("reconnecting")));
    // The chat stays readable and the composer usable while the router is down.
    EXPECT_TRUE(child<ComposerEdit>(w, "composer")->isEnabled());
    const QString text = QStringLiteral("Sorry, one moment - checking your order.");
    typeAndEnter(w, text);
    const int row = session->transcript()->rowCount() - 1;
    EXPECT_EQ(session->transcript()->line(row).message.text, text);
    EXPECT_EQ(session->transcript()->line(row).delivery, DeliveryState::Queued);

    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return session->connection()->isSignedIn(); }, 30000)) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil(
        [&] {
            for (int r = 0; r < session->transcript()->rowCount(); ++r)
                if (session->transcript()->line(r).message.text == text)
                    return session->transcript()->line(r).delivery == DeliveryState::Sent;
            return false;
        },
        20000))
        << qPrintable(router.log());

    // The visitor comes back after the restart and sees the line once; so does a fresh look at the history.
    ASSERT_TRUE(visitor->connectAndHello());
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(text) >= 1; }, 10000));
    VisitorClient again(router.wsUrl(QStringLiteral("visitor")));
    again.visitorToken = visitor->visitorToken;
    ASSERT_TRUE(again.connectAndHello());
    EXPECT_EQ(again.countText(text), 1);
    int inTranscript = 0;
    for (int r = 0; r < session->transcript()->rowCount(); ++r)
        inTranscript += session->transcript()->line(r).message.text == text ? 1 : 0;
    EXPECT_EQ(inTranscript, 1);
}

TEST_F(DeskWindowTest, TransferBackToTheQueueWithANote)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    acceptByClicking(w, visitor->conversationId);

    w->transferChat(); // the Ctrl+Shift+T action
    auto *dialog = waitForDialog<TransferDialog>(w);
    ASSERT_NE(dialog, nullptr);
    QTest::mouseClick(child<QRadioButton>(dialog, "toQueueRadio"), Qt::LeftButton);
    EXPECT_GE(child<QComboBox>(dialog, "queueCombo")->count(), 1);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Billing question, order A1001."));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(visitor->conversationId) < 0; }, 10000))
        << qPrintable(router.log());
    // Alice is the only agent, so the queue may offer it to her again: then it is an offer, not her chat.
    EXPECT_TRUE(
        session->currentConversationId().isEmpty() || session->offers()->rowOf(session->currentConversationId()) >= 0);
    EXPECT_FALSE(child<ComposerEdit>(w, "composer")->isEnabled());
}

TEST_F(DeskWindowTest, TransferPickerShowsWhoIsAvailableAndSendsTheChatToTheChosenColleague)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    std::unique_ptr<VisitorClient> visitor;
    // Bob has not signed in: he is listed, offline, and cannot be chosen.
    auto *dialog = transferDialogOnAnAcceptedChat(w, &visitor);
    ASSERT_NE(dialog, nullptr);
    auto *list = child<QListView>(dialog, "agentList");
    ASSERT_TRUE(waitUntil([&] { return list->model()->rowCount() == 1; })) << "Bob, not Alice herself, not Sam";
    auto *toAgent = child<QRadioButton>(dialog, "toAgentRadio");
    QTest::mouseClick(toAgent, Qt::LeftButton, {}, QPoint(5, toAgent->height() / 2));
    ASSERT_TRUE(toAgent->isChecked());
    const QModelIndex bob = list->model()->index(0, 0);
    EXPECT_EQ(bob.data().toString(), QStringLiteral("Bob (bob) — cannot be chosen: offline"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(bob).center());
    EXPECT_TRUE(dialog->agentId().isEmpty());
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClick(child<QLineEdit>(dialog, "agentFilterEdit"), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isVisible(); }));
    EXPECT_GE(session->myChats()->rowOf(visitor->conversationId), 0) << "nothing was sent";

    // Bob signs in on his own desk and is available.
    auto bobSession = bobSignsIn();
    DeskSession &bobDesk = *bobSession;
    bool available = false;
    bobDesk.setPresence(Presence::Available, [&](const QString &error) { available = error.isEmpty(); });
    ASSERT_TRUE(waitUntil([&] { return available; }));

    w->transferChat();
    ASSERT_TRUE(waitUntil([&] {
        dialog = w->findChild<TransferDialog *>();
        return dialog && dialog->isVisible();
    }));
    list = child<QListView>(dialog, "agentList");
    toAgent = child<QRadioButton>(dialog, "toAgentRadio");
    QTest::mouseClick(toAgent, Qt::LeftButton, {}, QPoint(5, toAgent->height() / 2));
    ASSERT_TRUE(waitUntil([&] { return dialog->agentId() == QStringLiteral("bob"); }))
        << qPrintable(list->model()->index(0, 0).data().toString());
    EXPECT_EQ(list->model()->index(0, 0).data().toString(), QStringLiteral("Bob (bob) — available, 0 of 3 chats"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "noteEdit"), QStringLiteral("Billing question for Bob."));
    QTest::keyClick(child<QPlainTextEdit>(dialog, "noteEdit"), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(visitor->conversationId) < 0; }, 10000))
        << qPrintable(router.log());
    EXPECT_TRUE(waitUntil([&] { return bobDesk.offers()->rowOf(visitor->conversationId) >= 0; }, 10000))
        << "the chat is offered to Bob";
}

TEST_F(DeskWindowTest, TransferPickerFollowsAColleaguesPresenceWhileOpen)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    std::unique_ptr<VisitorClient> visitor;
    // The dialog opens while Bob is offline, and stays open through everything below.
    auto *dialog = transferDialogOnAnAcceptedChat(w, &visitor);
    ASSERT_NE(dialog, nullptr);
    auto *list = child<QListView>(dialog, "agentList");
    auto *notice = child<QLabel>(dialog, "agentNotice");
    auto *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    auto *toAgent = child<QRadioButton>(dialog, "toAgentRadio");
    QTest::mouseClick(toAgent, Qt::LeftButton, {}, QPoint(5, toAgent->height() / 2));
    const auto bobRow = [&] { return list->model()->index(0, 0).data().toString(); };
    ASSERT_TRUE(waitUntil([&] { return bobRow() == QStringLiteral("Bob (bob) — cannot be chosen: offline"); }))
        << qPrintable(bobRow());
    EXPECT_FALSE(ok->isEnabled());

    // Bob signs in on his own desk: the open picker shows him available and chooses him.
    auto bobSession = bobSignsIn();
    DeskSession &bobDesk = *bobSession;
    ASSERT_TRUE(waitUntil([&] { return bobRow() == QStringLiteral("Bob (bob) — available, 0 of 3 chats"); }, 5000))
        << qPrintable(bobRow());
    EXPECT_EQ(dialog->agentId(), QStringLiteral("bob"));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(notice->text(), QStringLiteral("Colleagues who can take the chat now: 1."));

    // He steps away: greyed out again, no longer chosen, and Transfer cannot send the chat to him.
    bool done = false;
    bobDesk.setPresence(Presence::Away, [&](const QString &error) { done = error.isEmpty(); });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_TRUE(waitUntil([&] { return bobRow() == QStringLiteral("Bob (bob) — cannot be chosen: away"); }, 5000))
        << qPrintable(bobRow());
    EXPECT_TRUE(dialog->agentId().isEmpty());
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(notice->text(), QStringLiteral("Nobody here can take a chat now; transfer to a queue instead."));

    // Back again: chosen again, and the chat goes to him.
    done = false;
    bobDesk.setPresence(Presence::Available, [&](const QString &error) { done = error.isEmpty(); });
    ASSERT_TRUE(waitUntil([&] { return done; }));
    ASSERT_TRUE(waitUntil([&] { return dialog->agentId() == QStringLiteral("bob"); }, 5000)) << qPrintable(bobRow());
    QTest::mouseClick(ok, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(visitor->conversationId) < 0; }, 10000))
        << qPrintable(router.log());
    EXPECT_TRUE(waitUntil([&] { return bobDesk.offers()->rowOf(visitor->conversationId) >= 0; }, 10000));
}

TEST_F(DeskWindowTest, RememberedSignInOpensWithMyChatsWhileTheRouterIsDown)
{
    InMemoryCredentialStore keychain(true);
    QString conversationId;
    {
        DeskController first(session.get(), settings.get(), &keychain);
        first.start(server, QStringLiteral("alice"), QString());
        ASSERT_TRUE(waitUntil([&] { return first.loginDialog() && first.loginDialog()->isVisible(); }));
        LoginDialog *login = first.loginDialog();
        auto *remember = child<QCheckBox>(login, "rememberCheck");
        ASSERT_TRUE(waitUntil([&] { return remember->isEnabled(); }));
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
        EXPECT_TRUE(remember->isChecked());
        EXPECT_FALSE(child<QLabel>(login, "keychainNotice")->isVisible());
        QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("demo"));
        QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] { return first.mainWindow() && session->connection()->isSignedIn(); }, 20000));
        ASSERT_TRUE(waitUntil([&] { return keychain.entries.size() == 1; }));
        EXPECT_EQ(keychain.entries.values().first(), session->connection()->token()); // the token, not the password
        auto visitor = visitorAskingForAPerson();
        acceptByClicking(first.mainWindow(), visitor->conversationId);
        conversationId = visitor->conversationId;
    }
    // The desk is closed and the router goes down; the next start needs neither router nor password.
    session.reset();
    router.kill();
    session = std::make_unique<DeskSession>();
    session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
    session->connection()->setReconnectDelays(200, 1000);
    DeskController second(session.get(), settings.get(), &keychain);
    second.start(QString(), QString(), QString()); // server and user from the settings
    ASSERT_TRUE(waitUntil([&] { return second.mainWindow() && second.mainWindow()->isVisible(); }, 10000));
    EXPECT_FALSE(second.loginDialog() && second.loginDialog()->isVisible());
    ASSERT_EQ(session->myChats()->rowCount(), 1);
    EXPECT_EQ(session->myChats()->conversationIdAt(0), conversationId);
    QTest::mouseClick(child<QListView>(second.mainWindow(), "myChatsView")->viewport(), Qt::LeftButton, {},
        child<QListView>(second.mainWindow(), "myChatsView")->visualRect(session->myChats()->index(0)).center());
    ASSERT_TRUE(waitUntil([&] { return session->currentConversationId() == conversationId; }));
    EXPECT_GT(session->transcript()->messageCount(), 0); // readable from the cache
    ASSERT_TRUE(waitUntil([&] { return session->connection()->state() == ConnectionState::Reconnecting; }, 10000));

    ASSERT_TRUE(router.start()) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return session->connection()->isSignedIn(); }, 30000)) << qPrintable(router.log());
    EXPECT_EQ(session->myChats()->rowOf(conversationId), 0);
}

TEST_F(DeskWindowTest, TheFirstShownWindowListsTheCachedOpenChatsWithTheirLastLines)
{
    // A cache an earlier session left: three open chats among many closed conversations. The router is
    // down, so everything the first frame shows comes from the cache.
    router.kill();
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-600);
    {
        LocalCache cache;
        ASSERT_TRUE(cache.open(
            QDir(home.path())
                .filePath(QStringLiteral("cache/") + LocalCache::fileNameFor(server, QStringLiteral("alice")))));
        for (int i = 0; i < 200; ++i) {
            ConversationSummary c;
            c.id = QStringLiteral("c%1").arg(i, 3, 10, QLatin1Char('0'));
            c.state = ConversationState::Assigned;
            c.queueId = QStringLiteral("orders");
            c.agentId = QStringLiteral("alice");
            c.visitorName = QStringLiteral("Visitor %1").arg(i);
            c.createdAt = t0;
            c.lastVisitorAt = t0.addSecs(i % 2 ? 60 : 10);
            const bool open = i == 7 || i == 42 || i == 150;
            ASSERT_TRUE(cache.saveConversation(c, open));
            ChatMessage question;
            question.id = c.id + QStringLiteral("_1");
            question.conversationId = c.id;
            question.author = AuthorKind::Visitor;
            question.text = QStringLiteral("Question from visitor %1").arg(i);
            question.at = t0.addSecs(10);
            ChatMessage answer = question;
            answer.id = c.id + QStringLiteral("_2");
            answer.author = AuthorKind::Agent;
            answer.authorId = QStringLiteral("alice");
            answer.text = QStringLiteral("Answer to visitor %1").arg(i);
            answer.at = t0.addSecs(30);
            ChatMessage again = question;
            again.id = c.id + QStringLiteral("_3");
            again.text = QStringLiteral("Still waiting, visitor %1").arg(i);
            again.at = t0.addSecs(60);
            // Odd numbers wrote again after my answer and wait for me; even ones had the last word from me.
            QList<ChatMessage> lines { question, answer };
            if (i % 2)
                lines << again;
            cache.saveMessages(lines);
        }
    }
    settings->setServer(server);
    settings->setLastUser(QStringLiteral("alice"));
    settings->setRememberMe(true);
    InMemoryCredentialStore keychain(true);
    keychain.entries.insert(
        CredentialStore::keyFor(server, QStringLiteral("alice")), QStringLiteral("remembered-token"));
    session = std::make_unique<DeskSession>();
    session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
    DeskController desk(session.get(), settings.get(), &keychain);

    // What the chat list holds at the moment the window is first shown, before any later turn of the
    // event loop could fill it.
    struct Row {
        QString name, lastLine;
        bool waiting = false;
        bool inView = false;
    };
    QList<Row> shownRows;
    bool visibleWhenShown = false;
    QObject::connect(&desk, &DeskController::mainWindowShown, &desk, [&] {
        if (!shownRows.isEmpty())
            return;
        MainWindow *w = desk.mainWindow();
        visibleWhenShown = w->isVisible();
        auto *view = w->findChild<QListView *>(QStringLiteral("myChatsView"));
        for (int row = 0; view && row < view->model()->rowCount(); ++row) {
            const QModelIndex i = view->model()->index(row, 0);
            shownRows.append(
                { i.data(MyChatsModel::VisitorNameRole).toString(), i.data(MyChatsModel::LastLineRole).toString(),
                    i.data(MyChatsModel::WaitingSinceRole).toDateTime().isValid(),
                    !view->isRowHidden(row) && view->viewport()->rect().intersects(view->visualRect(i)) });
        }
    });
    desk.start(QString(), QString(), QString());
    ASSERT_TRUE(waitUntil([&] { return !shownRows.isEmpty(); }, 10000));
    EXPECT_TRUE(visibleWhenShown);
    EXPECT_FALSE(desk.loginDialog() && desk.loginDialog()->isVisible());
    ASSERT_EQ(shownRows.size(), 3); // the open chats only, not the 197 closed conversations
    QMap<QString, Row> byName;
    for (const Row &r : shownRows) {
        byName.insert(r.name, r);
        EXPECT_TRUE(r.inView) << qPrintable(r.name);
    }
    ASSERT_TRUE(byName.contains(QStringLiteral("Visitor 7")));
    ASSERT_TRUE(byName.contains(QStringLiteral("Visitor 42")));
    ASSERT_TRUE(byName.contains(QStringLiteral("Visitor 150")));
    EXPECT_EQ(byName.value(QStringLiteral("Visitor 7")).lastLine, QStringLiteral("Still waiting, visitor 7"));
    EXPECT_TRUE(byName.value(QStringLiteral("Visitor 7")).waiting); // wrote after my answer
    EXPECT_EQ(byName.value(QStringLiteral("Visitor 42")).lastLine, QStringLiteral("Answer to visitor 42"));
    EXPECT_FALSE(byName.value(QStringLiteral("Visitor 42")).waiting); // my answer was the last line
    EXPECT_FALSE(byName.value(QStringLiteral("Visitor 150")).waiting);
}

TEST_F(DeskWindowTest, PersonalCannedResponsesAreAddedEditedDeletedAndCombinedInOneMessage)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = visitorAskingForAPerson();
    acceptByClicking(w, visitor->conversationId);
    ASSERT_TRUE(waitUntil([&] { return session->cannedResponses()->byShortcut(QStringLiteral("hi")).has_value(); }));
    auto *list = child<QListView>(w, "cannedView");
    auto *edit = child<QPushButton>(w, "editCannedButton");
    auto *remove = child<QPushButton>(w, "deleteCannedButton");

    // Shared responses are read-only here.
    list->setCurrentIndex(session->cannedResponses()->index(0));
    EXPECT_FALSE(session->cannedResponses()->at(0).personal);
    EXPECT_FALSE(edit->isEnabled());
    EXPECT_FALSE(remove->isEnabled());

    // New: a shortcut taken by a shared response is refused with the reason; the preview fills placeholders.
    QTest::mouseClick(child<QPushButton>(w, "newCannedButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<CannedResponseDialog>(w);
    ASSERT_NE(dialog, nullptr);
    auto *save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
    QTest::keyClicks(child<QLineEdit>(dialog, "shortcutEdit"), QStringLiteral("hi"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "textEdit"), QStringLiteral("x"));
    EXPECT_FALSE(save->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("/hi is a shared response")))
        << qPrintable(child<QLabel>(dialog, "errorLabel")->text());
    child<QLineEdit>(dialog, "shortcutEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "shortcutEdit"), QStringLiteral("track"));
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Tracking help"));
    child<QComboBox>(dialog, "categoryCombo")->setCurrentText(QStringLiteral("Shipping"));
    child<QPlainTextEdit>(dialog, "textEdit")->clear();
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "textEdit"),
        QStringLiteral("{agent.name} will check the tracking for {order.number|your order} <now>."));
    const QString preview = child<QLabel>(dialog, "previewLabel")->text();
    EXPECT_TRUE(preview.contains(QStringLiteral("Alice will check the tracking"))) << qPrintable(preview);
    EXPECT_TRUE(preview.contains(QStringLiteral("&lt;now&gt;"))) << qPrintable(preview); // typed text stays text
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }));
    auto track = session->cannedResponses()->byShortcut(QStringLiteral("track"));
    ASSERT_TRUE(track.has_value());
    EXPECT_TRUE(track->personal);
    EXPECT_EQ(track->category, QStringLiteral("Shipping"));
    ASSERT_EQ(session->cache()->personalCannedResponses().size(), 1); // kept in the local cache
    EXPECT_EQ(session->cache()->personalCannedResponses().first().shortcut, QStringLiteral("track"));

    // Edit: the dialog opens with its values; the new title shows in the list.
    auto rowOf = [&](const QString &shortcut) {
        for (int r = 0; r < session->cannedResponses()->rowCount(); ++r)
            if (session->cannedResponses()->at(r).shortcut == shortcut)
                return r;
        return -1;
    };
    ASSERT_GE(rowOf(QStringLiteral("track")), 0);
    list->setCurrentIndex(session->cannedResponses()->index(rowOf(QStringLiteral("track"))));
    ASSERT_TRUE(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    dialog = waitForDialog<CannedResponseDialog>(w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(child<QLineEdit>(dialog, "shortcutEdit")->text(), QStringLiteral("track"));
    child<QLineEdit>(dialog, "titleEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Where is my parcel"));
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        const auto t = session->cannedResponses()->byShortcut(QStringLiteral("track"));
        return t && t->title == QStringLiteral("Where is my parcel");
    }));
    EXPECT_EQ(session->cache()->personalCannedResponses().size(), 1);

    // Two snippets in one message: the second is appended, not a replacement.
    auto *composer = child<ComposerEdit>(w, "composer");
    composer->setFocus();
    composer->clear();
    QTest::keyClicks(composer, QStringLiteral("/hi"));
    ASSERT_TRUE(waitUntil([&] { return composer->isCompletionOpen(); }));
    QTest::keyClick(composer, Qt::Key_Return);
    if (!composer->missingPlaceholders().isEmpty())
        QTest::keyClicks(composer, QStringLiteral("Ada")); // typed over the selected unknown name
    const QString first = composer->toPlainText();
    QTest::keyClick(composer, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(composer, QStringLiteral(" /tra"));
    ASSERT_TRUE(waitUntil([&] { return composer->isCompletionOpen(); }));
    QTest::keyClick(composer, Qt::Key_Tab);
    const QString both = composer->toPlainText();
    EXPECT_TRUE(both.startsWith(first)) << qPrintable(both);
    EXPECT_TRUE(both.contains(QStringLiteral("Alice will check the tracking for"))) << qPrintable(both);
    EXPECT_FALSE(both.contains(QStringLiteral("/tra"))) << qPrintable(both);
    QTest::keyClick(composer, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(composer, Qt::Key_Return);
    ASSERT_TRUE(
        waitUntil([&] { return visitor->hasLineContaining(QStringLiteral("will check the tracking")); }, 10000));
    EXPECT_TRUE(visitor->hasLineContaining(QStringLiteral("I'm Alice")));

    // Delete asks first; Yes removes it from the list and the cache.
    list->setCurrentIndex(session->cannedResponses()->index(rowOf(QStringLiteral("track"))));
    QTest::mouseClick(remove, Qt::LeftButton);
    auto *confirm = waitForDialog<QMessageBox>(w);
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->text().contains(QStringLiteral("/track")));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !session->cannedResponses()->byShortcut(QStringLiteral("track")); }));
    EXPECT_TRUE(session->cache()->personalCannedResponses().isEmpty());
    EXPECT_TRUE(session->cannedResponses()->byShortcut(QStringLiteral("hi")).has_value());
}

// Accept, answer and end a chat with the keyboard alone: every key goes to whatever has the focus.
TEST_F(DeskWindowTest, F1ListsEveryShortcutOfTheWindowAndThePaletteRunsTheChosenAction)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    auto keys = [](const QKeySequence &seq) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keySequence(target, seq);
    };

    keys(QKeySequence(Qt::Key_F1));
    auto *overview = waitForDialog<ShortcutOverview>(w);
    ASSERT_NE(overview, nullptr);
    QAbstractItemModel *rows = overview->view()->model();
    QMap<QString, QString> byKeys; // keys -> action
    for (int r = 0; r < rows->rowCount(); ++r)
        byKeys.insert(rows->index(r, 1).data().toString(), rows->index(r, 0).data().toString());
    const QString ctrlJ = QKeySequence(QStringLiteral("Ctrl+J")).toString(QKeySequence::NativeText);
    EXPECT_EQ(byKeys.value(ctrlJ), QStringLiteral("Next chat waiting for a reply"));
    EXPECT_EQ(byKeys.value(QKeySequence(QStringLiteral("Ctrl+Shift+N")).toString(QKeySequence::NativeText)),
              QStringLiteral("New personal canned response"))
        << "an action outside the menus is listed too";
    // Nothing goes stale: every visible action of the window that has a key is in the list.
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->shortcuts().isEmpty() || !a->isVisible() || a->text().isEmpty())
            continue;
        EXPECT_TRUE(byKeys.contains(ShortcutOverview::keysText(a))) << qPrintable(a->text());
    }
    QPointer<ShortcutOverview> closing(overview);
    QTest::keyClick(overview->findChild<QLineEdit *>(QStringLiteral("shortcutFilter")), Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return !closing;
    }));

    // The palette: a few letters, Enter runs the action (no chat waits, so it says so).
    keys(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    auto *palette = waitForDialog<ShortcutOverview>(w);
    ASSERT_NE(palette, nullptr);
    auto *find = palette->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    EXPECT_TRUE(waitUntil([&] { return QApplication::focusWidget() == find; })) << "the palette opens on its field";
    QTest::keyClicks(find, QStringLiteral("waiting for a rep"));
    EXPECT_EQ(palette->view()->model()->rowCount(), 1);
    QTest::keyClick(find, Qt::Key_Return);
    EXPECT_TRUE(waitUntil([&] { return w->statusBar()->currentMessage() == QStringLiteral("No chat is waiting for your reply."); }))
        << qPrintable(w->statusBar()->currentMessage());
    EXPECT_FALSE(w->findChild<ShortcutOverview *>() && w->findChild<ShortcutOverview *>()->isVisible());
}

TEST_F(DeskWindowTest, AcceptSendAndEndAChatWithKeysOnly)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    w->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(w));
    auto visitor = visitorAskingForAPerson();
    auto keys = [](const QKeySequence &seq) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keySequence(target, seq);
    };
    auto type = [](const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); };

    keys(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(visitor->conversationId) >= 0; }, 15000));
    auto *composer = child<ComposerEdit>(w, "composer");
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == composer; }))
        << "after accepting, the composer has the focus";
    type(QStringLiteral("Hello from the keyboard."));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("Hello from the keyboard.")) == 1; }, 10000));

    // Alt+3 goes to the transcript, Ctrl+L back to the composer.
    keys(QKeySequence(QStringLiteral("Alt+3")));
    EXPECT_EQ(QApplication::focusWidget(), child<QListView>(w, "transcriptView"));
    keys(QKeySequence(QStringLiteral("Ctrl+L")));
    EXPECT_EQ(QApplication::focusWidget(), composer);

    // End chat: Ctrl+Shift+E, Down picks "Not resolved", Tab to the note, Ctrl+Enter ends it.
    keys(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    auto *wrapUp = waitForDialog<WrapUpDialog>(w);
    ASSERT_NE(wrapUp, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowActive(wrapUp));
    auto *disposition = child<QComboBox>(wrapUp, "dispositionCombo");
    ASSERT_TRUE(waitUntil([&] { return QApplication::focusWidget() == disposition; }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_EQ(wrapUp->disposition(), QStringLiteral("unresolved"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QPlainTextEdit>(wrapUp, "noteEdit"));
    type(QStringLiteral("Asked for the invoice by e-mail."));
    keys(QKeySequence(QStringLiteral("Ctrl+Return")));
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowCount() == 0; }, 10000)) << qPrintable(router.log());
    ASSERT_TRUE(waitUntil([&] { return visitor->events.contains(QStringLiteral("closed")); }, 10000));
}

TEST_F(DeskWindowTest, TheWindowTitleNamesTheDeskOnce)
{
    // The desk's main() sets this; xcb and Windows append it to a title that does not end with it.
    const QString displayName = QApplication::applicationDisplayName();
    QApplication::setApplicationDisplayName(QStringLiteral("Handoff Desk"));
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    ASSERT_TRUE(waitUntil([&] { return w->windowTitle().startsWith(QStringLiteral("alice")); }))
        << qPrintable(w->windowTitle());
    EXPECT_EQ(w->windowTitle(), QStringLiteral("alice — Handoff Desk"));
    EXPECT_EQ(w->windowTitle().count(QStringLiteral("Handoff Desk")), 1);
    QApplication::setApplicationDisplayName(displayName);

    // Set up just after the first paint: the tray notices, the chime and the search field's clear button.
    auto *cannedSearch = child<QLineEdit>(w, "cannedSearch");
    EXPECT_TRUE(waitUntil([&] { return cannedSearch->isClearButtonEnabled() && w->notifier()->isSetUp(); }));
}

TEST_F(DeskWindowTest, TheNameAVisitorGaveTheBotLabelsHerOfferChatAndLines)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    VisitorClient maria(router.wsUrl(QStringLiteral("visitor")));
    ASSERT_TRUE(maria.connectAndHello());
    maria.send(QStringLiteral("hello"));
    ASSERT_TRUE(waitUntil([&] { return maria.hasLineContaining(QStringLiteral("May I have your name?")); }, 10000));
    maria.send(QStringLiteral("maria"));
    ASSERT_TRUE(waitUntil([&] { return maria.hasLineContaining(QStringLiteral("Nice to meet you, Maria")); }, 10000));
    maria.send(QStringLiteral("Where is my parcel? It is late."));
    maria.askForAPerson();
    ASSERT_TRUE(waitUntil([&] { return session->offers()->rowOf(maria.conversationId) >= 0; }, 20000))
        << qPrintable(router.log());

    // The offer, its desktop notice, then her chat and every line she wrote carry her name.
    const QModelIndex offer = session->offers()->index(session->offers()->rowOf(maria.conversationId));
    EXPECT_EQ(offer.data(OfferModel::VisitorNameRole).toString(), QStringLiteral("Maria"));
    EXPECT_TRUE(w->notifier()->lastNotification().startsWith(QStringLiteral("Maria is waiting")))
        << qPrintable(w->notifier()->lastNotification());
    acceptByClicking(w, maria.conversationId);
    const QModelIndex chat = session->myChats()->index(session->myChats()->rowOf(maria.conversationId));
    EXPECT_EQ(chat.data(MyChatsModel::VisitorNameRole).toString(), QStringLiteral("Maria"));
    EXPECT_TRUE(child<QLabel>(w, "conversationTitle")->text().startsWith(QStringLiteral("Maria")));
    maria.send(QStringLiteral("Thanks for taking this."));
    ASSERT_TRUE(waitUntil(
        [&] {
            const int last = session->transcript()->rowCount() - 1;
            return last >= 0
                && session->transcript()->line(last).message.text == QStringLiteral("Thanks for taking this.");
        },
        10000));
    int herLines = 0;
    for (int row = 0; row < session->transcript()->rowCount(); ++row) {
        const QModelIndex i = session->transcript()->index(row);
        if (AuthorKind(i.data(TranscriptModel::AuthorKindRole).toInt()) != AuthorKind::Visitor)
            continue;
        ++herLines;
        EXPECT_EQ(i.data(TranscriptModel::AuthorNameRole).toString(), QStringLiteral("Maria"))
            << qPrintable(i.data(TranscriptModel::TextRole).toString());
    }
    EXPECT_GE(herLines, 4); // hello, her name, the parcel, the thanks

    // A visitor who gave no name stays "Visitor" everywhere.
    VisitorClient nameless(router.wsUrl(QStringLiteral("visitor")));
    ASSERT_TRUE(nameless.connectAndHello());
    nameless.send(QStringLiteral("I need a refund"));
    nameless.askForAPerson();
    ASSERT_TRUE(waitUntil([&] { return session->offers()->rowOf(nameless.conversationId) >= 0; }, 20000));
    EXPECT_EQ(session->offers()
                  ->index(session->offers()->rowOf(nameless.conversationId))
                  .data(OfferModel::VisitorNameRole)
                  .toString(),
        QStringLiteral("Visitor"));
    session->acceptOffer(nameless.conversationId);
    ASSERT_TRUE(waitUntil([&] { return session->myChats()->rowOf(nameless.conversationId) >= 0; }, 10000));
    EXPECT_EQ(session->myChats()
                  ->index(session->myChats()->rowOf(nameless.conversationId))
                  .data(MyChatsModel::VisitorNameRole)
                  .toString(),
        QStringLiteral("Visitor"));
    session->openConversation(nameless.conversationId);
    bool sawHerLine = false;
    for (int row = 0; row < session->transcript()->rowCount(); ++row) {
        const QModelIndex i = session->transcript()->index(row);
        if (AuthorKind(i.data(TranscriptModel::AuthorKindRole).toInt()) != AuthorKind::Visitor)
            continue;
        sawHerLine = true;
        EXPECT_EQ(i.data(TranscriptModel::AuthorDisplayNameRole).toString(), QStringLiteral("Visitor"));
    }
    EXPECT_TRUE(sawHerLine);
}

// What Qt shows for a string whose format it guesses (tool tips, labels left at Qt::AutoText).
static QString shownAs(const QString &v, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(v)))
        return v;
    QTextDocument doc;
    doc.setHtml(v);
    return doc.toPlainText();
}

TEST_F(DeskWindowTest, MarkupAVisitorTypesIsShownAsTheCharactersSheTyped)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    const QString markup = QStringLiteral("<b>bold</b> <img src=x> <a href='http://evil'>click</a> "
                                          "<span style='font-size:80px'>big</span>");
    VisitorClient v(router.wsUrl(QStringLiteral("visitor")));
    ASSERT_TRUE(v.connectAndHello());
    v.send(markup);
    v.askForAPerson();
    ASSERT_TRUE(waitUntil([&] { return session->offers()->rowOf(v.conversationId) >= 0; }, 20000))
        << qPrintable(router.log());
    acceptByClicking(w, v.conversationId);
    v.send(markup); // her last line: the tool tip of her chat under My chats
    ASSERT_TRUE(waitUntil(
        [&] {
            const int row = session->myChats()->rowOf(v.conversationId);
            return row >= 0
                && session->myChats()->index(row).data(MyChatsModel::LastLineRole).toString() == markup
                && session->transcript()->rowCount() > 0
                && session->transcript()->line(session->transcript()->rowCount() - 1).message.text == markup;
        },
        10000));
    QApplication::processEvents();
    const QString escaped = markup.toHtmlEscaped();

    // Every label that shows her text shows it as plain text (or escaped).
    for (QLabel *label : w->findChildren<QLabel *>()) {
        const QString text = label->text();
        if (text.contains(markup) || text.contains(escaped)) {
            EXPECT_TRUE(shownAs(text, label->textFormat()).contains(markup))
                << qPrintable(label->objectName()) << ": " << qPrintable(text);
        }
    }
    // Every view's tool tips (and "What's this?") for her rows.
    int tips = 0;
    for (QAbstractItemView *view : w->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                for (int role : { int(Qt::ToolTipRole), int(Qt::WhatsThisRole) }) {
                    const QString tip = model->index(row, column).data(role).toString();
                    if (!tip.contains(markup) && !tip.contains(escaped))
                        continue;
                    ++tips;
                    EXPECT_EQ(shownAs(tip).toStdString(), markup.toStdString()) << qPrintable(view->objectName()) << ": " << qPrintable(tip);
                }
    }
    EXPECT_GE(tips, 1); // at least her chat under My chats
    // The status bar and the window title are plain text: never an escaped copy.
    EXPECT_FALSE(w->statusBar()->currentMessage().contains(QStringLiteral("&lt;")));
    EXPECT_FALSE(w->windowTitle().contains(QStringLiteral("&lt;")));

    // Search: the hits' tool tips show the line found as it was typed.
    SearchDialog search(session.get(), w);
    search.show();
    auto *query = child<QLineEdit>(&search, "queryEdit");
    query->setText(QStringLiteral("bold"));
    auto *results = child<QListView>(&search, "resultsView");
    ASSERT_GE(results->model()->rowCount(), 1);
    const auto hits = session->searchTranscripts(QStringLiteral("bold"), 100);
    ASSERT_EQ(results->model()->rowCount(), hits.size());
    for (int row = 0; row < hits.size(); ++row) {
        const QModelIndex i = results->model()->index(row, 0);
        EXPECT_EQ(shownAs(i.data(Qt::ToolTipRole).toString()).toStdString(), hits.at(row).snippet.toStdString());
        EXPECT_TRUE(i.data().toString().contains(hits.at(row).snippet.simplified())); // painted as plain text
    }
    search.close();

    // Desktop notifications carry her text as text: escaped for servers that read markup.
    OfferInfo offer;
    offer.conversationId = QStringLiteral("c_markup");
    offer.conversation.id = offer.conversationId;
    offer.conversation.visitorName = markup;
    offer.conversation.topic = markup;
    w->notifier()->notifyOffer(offer);
    EXPECT_EQ(w->notifier()->lastNotification().toStdString(),
        plainNotification(QStringLiteral("%1 is waiting for you (%1).").arg(markup)).toStdString());
    OfflineMessage left;
    left.id = QStringLiteral("o_markup");
    left.name = markup;
    left.text = markup;
    w->notifier()->notifyOfflineMessage(left);
    EXPECT_EQ(w->notifier()->lastNotification().toStdString(),
        plainNotification(QStringLiteral("%1 left a message.\n%1").arg(markup)).toStdString());
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    EXPECT_FALSE(w->notifier()->lastNotification().contains(QStringLiteral("<b>")));
#endif
}

// Counts how often the main window was shown, and whether it was ever on screen with the login dialog.
struct MainWindowWatch {
    explicit MainWindowWatch(DeskController *controller)
    {
        QObject::connect(controller, &DeskController::mainWindowShown, controller, [this] { ++shown; });
    }
    int shown = 0;
};

TEST_F(DeskWindowTest, AWrongPasswordFromTheEnvironmentShowsOnlyTheLoginDialog)
{
    // Alice worked before: the cache holds her chat.
    QString conversationId;
    {
        MainWindow *w = signInDirectly();
        ASSERT_NE(w, nullptr);
        auto visitor = visitorAskingForAPerson();
        acceptByClicking(w, visitor->conversationId);
        conversationId = visitor->conversationId;
    }
    controller.reset();
    session = std::make_unique<DeskSession>();
    session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
    controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
    MainWindowWatch watch(controller.get());

    controller->start(server, QStringLiteral("alice"), QStringLiteral("not-the-password"));
    ASSERT_TRUE(waitUntil([&] { return controller->loginDialog() && controller->loginDialog()->isVisible(); }, 20000));
    LoginDialog *login = controller->loginDialog();
    auto *error = child<QLabel>(login, "errorLabel");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("Wrong user name or password"))) << qPrintable(error->text());
    QTest::qWait(300); // nothing else may open after the refusal
    EXPECT_EQ(watch.shown, 0);
    EXPECT_FALSE(controller->mainWindow() && controller->mainWindow()->isVisible());

    // The right password opens the window with her cached chat.
    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("demo"));
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return controller->mainWindow() && controller->mainWindow()->isVisible(); }, 20000));
    EXPECT_FALSE(login->isVisible());
    EXPECT_EQ(watch.shown, 1);
    EXPECT_GE(session->myChats()->rowOf(conversationId), 0);
}

TEST_F(DeskWindowTest, ARevokedRememberedSignInShowsOnlyTheLoginDialog)
{
    InMemoryCredentialStore keychain(true);
    QString conversationId;
    {
        DeskController first(session.get(), settings.get(), &keychain);
        first.start(server, QStringLiteral("alice"), QString());
        ASSERT_TRUE(waitUntil([&] { return first.loginDialog() && first.loginDialog()->isVisible(); }));
        LoginDialog *login = first.loginDialog();
        login->setRememberMe(true);
        QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("demo"));
        QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
        ASSERT_TRUE(waitUntil([&] { return first.mainWindow() && session->connection()->isSignedIn(); }, 20000));
        ASSERT_TRUE(waitUntil([&] { return keychain.entries.size() == 1; }));
        auto visitor = visitorAskingForAPerson();
        acceptByClicking(first.mainWindow(), visitor->conversationId);
        conversationId = visitor->conversationId;
    }
    // While the desk is closed an administrator sets a new password, which ends every sign-in of hers.
    session.reset();
    router.stop();
    QString output;
    ASSERT_EQ(router.runAdmin({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("alice"),
                                  QStringLiteral("--password"), QStringLiteral("new-secret") },
                  &output),
        0)
        << qPrintable(output);
    ASSERT_TRUE(router.start()) << qPrintable(router.log());

    session = std::make_unique<DeskSession>();
    session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
    DeskController second(session.get(), settings.get(), &keychain);
    MainWindowWatch watch(&second);
    second.start(QString(), QString(), QString()); // the remembered sign-in
    ASSERT_TRUE(waitUntil([&] { return second.loginDialog() && second.loginDialog()->isVisible(); }, 20000));
    LoginDialog *login = second.loginDialog();
    auto *error = child<QLabel>(login, "errorLabel");
    ASSERT_TRUE(waitUntil([&] { return error->isVisible(); }));
    EXPECT_TRUE(error->text().contains(QStringLiteral("expired or was revoked"))) << qPrintable(error->text());
    QTest::qWait(300);
    EXPECT_EQ(watch.shown, 0);
    EXPECT_FALSE(second.mainWindow() && second.mainWindow()->isVisible());
    EXPECT_TRUE(keychain.entries.isEmpty()); // the refused token is forgotten

    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("new-secret"));
    QTest::keyClick(child<QLineEdit>(login, "passwordEdit"), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return second.mainWindow() && second.mainWindow()->isVisible(); }, 20000));
    EXPECT_EQ(watch.shown, 1);
    EXPECT_GE(session->myChats()->rowOf(conversationId), 0);
}

TEST_F(DeskWindowTest, HelpExplainsThePasswordFromTheEnvironment)
{
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    desk.setProcessEnvironment(env);
    desk.start(QStringLiteral(HANDOFF_DESK_BINARY),
        { QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--help") });
    ASSERT_TRUE(desk.waitForFinished(30000));
    const QString help = QString::fromUtf8(desk.readAllStandardOutput());
    EXPECT_TRUE(help.contains(QStringLiteral("HANDOFF_DESK_PASSWORD"))) << qPrintable(help);
    EXPECT_TRUE(help.contains(QStringLiteral("without the login dialog"))) << qPrintable(help);
    EXPECT_TRUE(help.contains(QStringLiteral("demos and"))) << qPrintable(help);
}

TEST(DeskStyleTest, AMenuBarWithoutRoomShowsTheUsualExtensionArrow)
{
    // The desk's style hands the "»" button its icon only when it is first needed, not at the start.
    ThemePalette::apply(DeskSettings::Theme::Light);
    QMainWindow window;
    for (int i = 0; i < 8; ++i)
        window.menuBar()->addMenu(QStringLiteral("Menu %1").arg(i))->addAction(QStringLiteral("Item"));
    window.resize(160, 120);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *arrow = window.menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
    ASSERT_NE(arrow, nullptr);
    EXPECT_TRUE(waitUntil([&] { return arrow->isVisible(); })) << "the menus do not fit: the button shows";
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    const QImage expected = fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16).toImage();
    ASSERT_FALSE(expected.isNull());
    EXPECT_FALSE(arrow->icon().isNull());
    EXPECT_TRUE(arrow->icon().pixmap(16).toImage() == expected) << "the same arrow as Qt's own";
}

namespace {

TEST_F(DeskWindowTest, AFileAttachedInTheComposerReachesTheVisitorWithTheNextSend)
{
    MainWindow *w = signInDirectly();
    ASSERT_NE(w, nullptr);
    auto visitor = acceptedVisitorWhoWrote(w, QStringLiteral("Can you send me the return label?"));
    QImage label(48, 32, QImage::Format_RGB32);
    label.fill(Qt::darkCyan);
    const QString path = QDir(home.path()).filePath(QStringLiteral("return-label.png"));
    ASSERT_TRUE(label.save(path, "PNG"));

    // As Chat > Attach a file… does once a file is chosen; Send sends the file, then the words.
    child<ComposerEdit>(w, "composer")->addFile(path);
    EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("return-label.png")))
        << qPrintable(w->statusBar()->currentMessage());
    typeAndEnter(w, QStringLiteral("Here is your label."));
    const auto fileArrived = [&] {
        for (const ChatMessage &m : std::as_const(visitor->received))
            if (m.attachment && m.attachment->name == QLatin1String("return-label.png")
                && m.attachment->contentType == QLatin1String("image/png"))
                return true;
        return false;
    };
    EXPECT_TRUE(waitUntil(fileArrived, 15000)) << qPrintable(router.log());
    EXPECT_TRUE(waitUntil([&] { return visitor->countText(QStringLiteral("Here is your label.")) == 1; }, 10000));
    EXPECT_TRUE(child<ComposerEdit>(w, "composer")->pendingAttachments().isEmpty());
}

} // namespace

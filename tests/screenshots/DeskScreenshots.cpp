// desk_screenshots: starts the real handoff-router on loopback with the demo data, lets website visitors
// talk to the bot and ask for a person, signs the desk in as the demo agent Alice and saves a PNG of each
// screen (sign-in, also with a router address locked by IT, main window mid-conversation, transfer,
// wrap-up, transcript search, canned-response editor, and the supervisor's reassign dialog, board and
// escalation and KPI reports) in the light and the dark theme. `--scale 2` renders the main window and two dialogs at 200 % instead. `--language LANG`
// renders the light screens, and the supervisor board, with the desk's translation (and the router's texts in
// that language), named desk-<screen>-LANG-light.png, to check that no label is cut off. Run it on a real X
// server (.ci/screenshots uses Xvfb). `--only consult` renders just the consult screens: Alice asks Bob
// about Ada's chat (his desk with the invitation), then the consult panel in Alice's desk, light and dark.
//   desk_screenshots [--out DIR] [--scale 2] [--language LANG] [--only consult]
#include "InMemoryCredentialStore.h"
#include "ProtocolPeer.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "client/OfflineMessageModel.h"
#include "client/SupervisorBoard.h"
#include "desk/BoardFilterModel.h"
#include "desk/CannedResponseActions.h"
#include "desk/CannedResponseDialog.h"
#include "desk/ComposerEdit.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/KpiReportWidget.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"
#include "desk/MonitorView.h"
#include "desk/ReassignDialog.h"
#include "desk/SearchDialog.h"
#include "desk/SupervisorBoardWidget.h"
#include "desk/ThemePalette.h"
#include "desk/TransferDialog.h"
#include "desk/WrapUpDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLinearGradient>
#include <QLocale>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace handoff;
using handoff::test::InMemoryCredentialStore;
using handoff::test::ProtocolPeer;
using handoff::test::RouterProcess;
using handoff::test::VisitorClient;
using handoff::test::waitUntil;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString themeName(DeskSettings::Theme theme)
{
    return theme == DeskSettings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

class ScreenshotRun
{
public:
    ScreenshotRun(QString outDir, bool doubleScale, QString language, bool consultOnly = false)
        : m_out(std::move(outDir))
        , m_doubleScale(doubleScale)
        , m_language(std::move(language))
        , m_consultOnly(consultOnly)
    { }

    int run();

private:
    bool startRouter();
    void shootLogin(DeskSettings::Theme theme);
    bool leaveMessages();
    bool signInAlice();
    bool buildConversation();
    void shootMain(const QString &name);
    void shootTransfer(const QString &name);
    void shootWrapUp(const QString &name);
    void shootSearch(const QString &name);
    void shootCannedEditor(const QString &name);
    void shootRating(const QString &name); // Grace's chat ended and rated, as the desk shows it
    // Ada sends a photo and a PDF; the open chat shows the photo's thumbnail and the PDF as a named link.
    bool sendAdaFiles();
    void shootAttachments(const QString &name);
    bool shootReassign(DeskSettings::Theme theme);
    void shootJoin(SupervisorBoardWidget &widget, SupervisorBoard &board, DeskSettings::Theme theme);
    bool shootMessages(const QString &name);
    bool shootConsult(); // Bob's desk with Alice's invitation, then the consult under way in Alice's
    void setTheme(DeskSettings::Theme theme);
    // Saves PREFIX + name (the language put in before the theme) + .png in the output directory.
    void save(QWidget *w, const QString &name, const QString &prefix = QStringLiteral("desk-"));
    void settle(int ms = 250);
    void waitExposed(QWidget *w);

    template <typename T> T *openedDialog(QWidget *parent)
    {
        T *d = nullptr;
        waitUntil(
            [&] {
                d = parent->findChild<T *>();
                return d && d->isVisible();
            },
            10000);
        if (d)
            waitExposed(d);
        return d;
    }
    void closeDialog(QDialog *d)
    {
        d->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        settle(50);
    }

    QString m_out;
    bool m_doubleScale;
    QString m_language; // empty: English
    bool m_consultOnly;
    QTemporaryDir m_home;
    RouterProcess m_router;
    QString m_server;
    InMemoryCredentialStore m_credentials { false };
    std::unique_ptr<DeskSettings> m_settings;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<DeskController> m_controller;
    MainWindow *m_window = nullptr;
    InMemoryCredentialStore m_bobCredentials { false };
    std::unique_ptr<DeskSession> m_bobSession;
    std::unique_ptr<DeskController> m_bobController;
    std::unique_ptr<VisitorClient> m_ada, m_grace, m_linus;
    QStringList m_saved;
    QStringList m_problems;
};

void ScreenshotRun::waitExposed(QWidget *w)
{
    if (!QTest::qWaitForWindowExposed(w))
        m_problems << QStringLiteral("%1 was never shown on the screen")
                          .arg(QString::fromLatin1(w->metaObject()->className()));
}

void ScreenshotRun::settle(int ms)
{
    QTest::qWait(ms);
}

void ScreenshotRun::save(QWidget *w, const QString &name, const QString &prefix)
{
    w->update();
    settle();
    // "main-light" in French is desk-main-fr-light.png: the screen, the language, the theme.
    QString file = name;
    if (!m_language.isEmpty()) {
        const qsizetype themeAt = file.lastIndexOf(QLatin1Char('-'));
        file = themeAt < 0 ? file + QLatin1Char('-') + m_language
                           : file.left(themeAt) + QLatin1Char('-') + m_language + file.mid(themeAt);
    }
    const QString path = QDir(m_out).filePath(prefix + file + QStringLiteral(".png"));
    if (w->grab().save(path))
        m_saved << path;
    else
        m_problems << QStringLiteral("could not write %1").arg(path);
}

void ScreenshotRun::setTheme(DeskSettings::Theme theme)
{
    if (m_window)
        m_window->applyTheme(theme);
    else
        ThemePalette::apply(theme);
    settle();
}

bool ScreenshotRun::startRouter()
{
    QString output;
    if (m_router.runAdmin({ QStringLiteral("demo") }, &output) != 0) {
        err() << "handoff-router demo failed: " << output << Qt::endl;
        return false;
    }
    // A CRM endpoint that is down, for the board's Webhooks tab: its deliveries wait for another attempt.
    if (m_router.runAdmin({ QStringLiteral("webhook"), QStringLiteral("add"), QStringLiteral("http://127.0.0.1:9/crm/hooks"),
            QStringLiteral("--events"), QStringLiteral("conversation.escalated,conversation.assigned,conversation.closed") },
            &output)
        != 0) {
        err() << "handoff-router webhook add failed: " << output << Qt::endl;
        return false;
    }
    if (!m_router.start()) {
        err() << "handoff-router did not start: " << m_router.log() << Qt::endl;
        return false;
    }
    m_server = QStringLiteral("127.0.0.1:%1").arg(m_router.port());
    return true;
}

void ScreenshotRun::shootLogin(DeskSettings::Theme theme)
{
    setTheme(theme);
    LoginDialog login;
    login.setServer(QStringLiteral("chat.example.org:8080"));
    login.setUser(QStringLiteral("alice"));
    login.setKeychainAvailable(true);
    login.show();
    waitExposed(&login);
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("passwordEdit")), QStringLiteral("demo"));
    save(&login, QStringLiteral("login-%1").arg(themeName(theme)));
    if (theme == DeskSettings::Theme::Light && m_language.isEmpty())
        save(&login, QStringLiteral("login")); // the name README and older pages use
    // What a refused sign-in looks like: the reason in the error colour, no keychain.
    login.setKeychainAvailable(false);
    login.showError(QCoreApplication::translate("handoff::DeskConnection", "Wrong user name or password."));
    settle();
    save(&login, QStringLiteral("login-error-%1").arg(themeName(theme)));
    // The router address IT set and locked in the system-wide settings (docs/packaging.md, "IT presets").
    LoginDialog locked;
    locked.setServer(QStringLiteral("wss://chat-router.example.com"));
    locked.setServerLocked(true, DeskSettings::lockedExplanation());
    locked.setUser(QStringLiteral("alice"));
    locked.setKeychainAvailable(true);
    locked.show();
    waitExposed(&locked);
    save(&locked, QStringLiteral("login-locked-%1").arg(themeName(theme)));
}

// Before anyone is signed in, three visitors hear nobody can chat and leave a message (one with markup that
// must show literally); the first told the bot her name and order first, so the bot's fields come along.
bool ScreenshotRun::leaveMessages()
{
    struct Left {
        QString name, email, text;
        QStringList botLines;
    };
    const QList<Left> left {
        { QStringLiteral("Dana Whitfield"), QStringLiteral("dana@example.com"),
            QStringLiteral("Hello, I was charged twice for order A1001 (invoice 88).\n\nCould someone call me back or "
                           "write to me? I am at home after 5 pm.\n\nThanks, Dana"),
            { QStringLiteral("hi"), QStringLiteral("Dana Whitfield"), QStringLiteral("Where is my order A1001?") } },
        { QStringLiteral("Erik Lund"), QStringLiteral("erik@example.org"),
            QStringLiteral("Do you ship to Norway? I could not find it in the FAQ."), {} },
        { QStringLiteral("Mei"), QStringLiteral("mei@example.net"),
            QStringLiteral("The discount code <b>WINTER</b> is not accepted at checkout."), {} },
    };
    for (const Left &l : left) {
        ProtocolPeer v;
        if (!v.open(m_router.wsUrl(QStringLiteral("visitor")))) {
            m_problems << QStringLiteral("a visitor could not connect to leave a message");
            return false;
        }
        v.call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") },
                { QStringLiteral("page"), QStringLiteral("https://shop.example/invoices") },
                { QStringLiteral("language"), QStringLiteral("en-US") } });
        int n = 0;
        for (const QString &line : l.botLines)
            v.call(QStringLiteral("message.send"),
                { { QStringLiteral("clientId"), QStringLiteral("m%1").arg(++n) }, { QStringLiteral("text"), line } });
        v.call(QStringLiteral("handoff.request"));
        const auto told = v.event(QStringLiteral("offline"), {}, 20000);
        const auto stored = v.call(QStringLiteral("leave_message"),
            { { QStringLiteral("name"), l.name }, { QStringLiteral("email"), l.email },
                { QStringLiteral("text"), l.text } });
        v.call(QStringLiteral("end"));
        if (!told || stored.type != QLatin1String("ok")) {
            m_problems << QStringLiteral("%1 could not leave a message: %2").arg(l.name, stored.errorMessage());
            return false;
        }
    }
    return true;
}

// The Messages tab (Alt+5) with the first message open, then back to the chats.
bool ScreenshotRun::shootMessages(const QString &name)
{
    if (!waitUntil([&] { return m_session->offlineMessages()->unhandledCount() == 3; }, 15000)) {
        m_problems << QStringLiteral("the desk did not list the three left messages");
        return false;
    }
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("queueTabs"));
    auto *list = m_window->findChild<QListView *>(QStringLiteral("offlineMessagesView"));
    // Chosen directly rather than with Alt+5: without a window manager the window may not be the active one.
    for (int i = 0; tabs && list && i < tabs->count(); ++i)
        if (tabs->widget(i)->isAncestorOf(list))
            tabs->setCurrentIndex(i);
    if (!tabs || !list || !waitUntil([&] { return list->isVisible(); }, 5000)) {
        m_problems << QStringLiteral("the Messages tab did not open");
        return false;
    }
    list->setCurrentIndex(list->model()->index(0, 0));
    save(m_window, name);
    tabs->setCurrentIndex(0);
    settle(50);
    return true;
}

bool ScreenshotRun::signInAlice()
{
    m_settings = std::make_unique<DeskSettings>();
    m_settings->setTheme(DeskSettings::Theme::Light);
    m_session = std::make_unique<DeskSession>();
    m_session->setCacheDirectory(QDir(m_home.path()).filePath(QStringLiteral("cache")));
    m_controller = std::make_unique<DeskController>(m_session.get(), m_settings.get(), &m_credentials);
    m_controller->start(m_server, QStringLiteral("alice"), QStringLiteral("demo"));
    if (!waitUntil([&] { return m_controller->mainWindow() && m_session->connection()->isSignedIn(); }, 30000)) {
        err() << "the desk did not sign in: " << m_router.log() << Qt::endl;
        return false;
    }
    m_window = m_controller->mainWindow();
    if (m_doubleScale)
        m_window->resize(1280, 760);
    else
        m_window->resize(1360, 820);
    waitExposed(m_window);
    return true;
}

// Ada talks to the bot, asks for a person and is accepted; Alice greets her with a canned response and
// writes an internal note. Grace's chat is open with unread lines, and Linus waits as an offer.
bool ScreenshotRun::buildConversation()
{
    auto visitor = [&] { return std::make_unique<VisitorClient>(m_router.wsUrl(QStringLiteral("visitor"))); };
    auto say = [](VisitorClient *v, const QString &line) {
        const int before = v->received.size();
        v->send(line);
        waitUntil([&] { return v->received.size() > before + 1; }, 4000);
    };
    m_ada = visitor();
    if (!m_ada->connectAndHello())
        return false;
    say(m_ada.get(), QStringLiteral("hi"));
    say(m_ada.get(), QStringLiteral("Ada Lovelace"));
    say(m_ada.get(), QStringLiteral("Where is my order A1001?"));
    m_ada->send(QStringLiteral("That is not right, it should have arrived yesterday. I want to talk to a person."));
    if (!waitUntil([&] { return m_session->offers()->rowOf(m_ada->conversationId) >= 0; }, 30000)) {
        err() << "no offer for Ada's chat: " << m_router.log() << Qt::endl;
        return false;
    }
    QString acceptError = QStringLiteral("pending");
    m_session->acceptOffer(m_ada->conversationId, [&](const QString &e) { acceptError = e; });
    if (!waitUntil(
            [&] { return acceptError.isEmpty() && m_session->myChats()->rowOf(m_ada->conversationId) >= 0; }, 20000)) {
        err() << "could not accept Ada's chat: " << acceptError << Qt::endl;
        return false;
    }
    waitUntil([&] { return m_session->currentConversationId() == m_ada->conversationId; }, 5000);
    waitUntil([&] { return m_session->cannedResponses()->byShortcut(QStringLiteral("hi")).has_value(); }, 10000);

    auto *composer = m_window->findChild<ComposerEdit *>(QStringLiteral("composer"));
    auto type = [&](const QString &text) {
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return);
    };
    type(QStringLiteral("/hi")); // completes the greeting; the second Enter sends it
    QTest::keyClick(composer, Qt::Key_Return);
    waitUntil([&] { return !m_ada->received.isEmpty() && m_ada->received.last().author == AuthorKind::Agent; }, 10000);
    say(m_ada.get(), QStringLiteral("Hi Alice! The tracking page says delivered, but nothing is here. <b>Help</b>"));
    m_window->findChild<QCheckBox *>(QStringLiteral("internalCheck"))->setChecked(true);
    type(QStringLiteral("Carrier shows a drop-off at the neighbour's; check before reshipping."));
    type(QStringLiteral(
        "I'm sorry about that. The carrier left it with a neighbour at no. 12 - could you check there?"));

    m_grace = visitor();
    if (!m_grace->connectAndHello())
        return false;
    say(m_grace.get(), QStringLiteral("I'm Grace, I need a refund for order A1002"));
    m_grace->askForAPerson();
    if (waitUntil([&] { return m_session->offers()->rowOf(m_grace->conversationId) >= 0; }, 30000)) {
        m_session->acceptOffer(m_grace->conversationId);
        waitUntil([&] { return m_session->myChats()->rowOf(m_grace->conversationId) >= 0; }, 15000);
    }
    auto *chats = m_window->findChild<QListView *>(QStringLiteral("myChatsView"));
    chats->setCurrentIndex(m_session->myChats()->index(m_session->myChats()->rowOf(m_ada->conversationId)));
    waitUntil([&] { return m_session->currentConversationId() == m_ada->conversationId; }, 5000);
    m_grace->send(QStringLiteral("Hello? Is anyone there?"));
    m_grace->send(QStringLiteral("The refund was promised last week."));

    m_linus = visitor();
    if (!m_linus->connectAndHello())
        return false;
    say(m_linus.get(), QStringLiteral("My name is Linus"));
    say(m_linus.get(), QStringLiteral("my package arrived damaged and I am really annoyed"));
    m_linus->askForAPerson();
    waitUntil([&] { return m_session->offers()->rowOf(m_linus->conversationId) >= 0; }, 30000);
    waitUntil([&] { return m_session->myChats()->totalUnread() >= 2; }, 10000);
    m_ada->setTyping(true);
    waitUntil([&] { return m_session->isVisitorTyping(m_ada->conversationId); }, 5000);
    if (m_session->offers()->rowCount() == 0)
        m_problems << QStringLiteral("no offer pending in the main window");
    return true;
}

bool ScreenshotRun::shootConsult()
{
    m_bobSession = std::make_unique<DeskSession>();
    m_bobSession->setCacheDirectory(QDir(m_home.path()).filePath(QStringLiteral("bob-cache")));
    m_bobController = std::make_unique<DeskController>(m_bobSession.get(), m_settings.get(), &m_bobCredentials);
    m_bobController->start(m_server, QStringLiteral("bob"), QStringLiteral("demo"));
    if (!waitUntil([&] { return m_bobController->mainWindow() && m_bobSession->connection()->isSignedIn(); }, 30000)) {
        m_problems << QStringLiteral("Bob's desk did not sign in");
        return false;
    }
    MainWindow *bobWindow = m_bobController->mainWindow();
    bobWindow->resize(1360, 820);
    waitExposed(bobWindow);
    const QString id = m_ada->conversationId;
    m_session->inviteConsult(id, QStringLiteral("bob"));
    if (!waitUntil([&] { return m_bobSession->consults()->rowOf(id) >= 0; }, 10000)) {
        m_problems << QStringLiteral("the consult invitation did not reach Bob");
        return false;
    }
    settle(1200); // a second of the countdown gone, as an agent would see it
    save(bobWindow, QStringLiteral("consult-invite-light"));
    m_bobSession->acceptConsult(id);
    auto lastLine = [](DeskSession &s) {
        TranscriptModel *t = s.consultThread();
        return t->rowCount() > 0 ? t->line(t->rowCount() - 1).message.text : QString();
    };
    const QString question = QStringLiteral("The carrier says it went to no. 12. Can we reship before she checks there?");
    const QString answer = QStringLiteral("Yes, reship today as a courtesy. If she calls back, hand her over to me.");
    if (!waitUntil([&] { return m_bobSession->consults()->amConsultant(id); }, 10000)) {
        m_problems << QStringLiteral("Bob could not accept the consult");
        return false;
    }
    m_session->sayInConsult(id, question);
    waitUntil([&] { return lastLine(*m_bobSession) == question; }, 10000);
    m_bobSession->sayInConsult(id, answer);
    if (!waitUntil([&] { return lastLine(*m_session) == answer; }, 10000)) {
        m_problems << QStringLiteral("the consult lines did not arrive");
        return false;
    }
    m_bobController.reset(); // his window stays out of Alice's screenshots
    m_bobSession.reset();
    for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark }) {
        setTheme(theme);
        shootMain(QStringLiteral("consult-") + themeName(theme));
    }
    setTheme(DeskSettings::Theme::Light);
    return true;
}

void ScreenshotRun::shootMain(const QString &name)
{
    m_window->activateWindow();
    m_window->findChild<ComposerEdit *>(QStringLiteral("composer"))->setFocus();
    settle(300);
    save(m_window, name);
}

void ScreenshotRun::shootTransfer(const QString &name)
{
    m_window->transferChat();
    auto *d = openedDialog<TransferDialog>(m_window);
    if (!d) {
        m_problems << QStringLiteral("the transfer dialog did not open");
        return;
    }
    auto *queues = d->findChild<QComboBox *>(QStringLiteral("queueCombo"));
    if (queues && queues->count() > 1)
        queues->setCurrentIndex(1);
    QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Parcel marked delivered but not received; neighbour at no. 12 not checked yet."));
    save(d, name);
    closeDialog(d);
}

void ScreenshotRun::shootWrapUp(const QString &name)
{
    m_window->endChat();
    auto *d = openedDialog<WrapUpDialog>(m_window);
    if (!d) {
        m_problems << QStringLiteral("the wrap-up dialog did not open");
        return;
    }
    d->findChild<QComboBox *>(QStringLiteral("dispositionCombo"))->setCurrentIndex(2);
    QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Call the carrier tomorrow if the neighbour does not have it."));
    save(d, name);
    closeDialog(d);
}

void ScreenshotRun::shootSearch(const QString &name)
{
    m_window->searchTranscripts();
    auto *d = openedDialog<SearchDialog>(m_window);
    if (!d) {
        m_problems << QStringLiteral("the search dialog did not open");
        return;
    }
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("queryEdit")), QStringLiteral("order"));
    auto *results = d->findChild<QListView *>(QStringLiteral("resultsView"));
    if (!results || !waitUntil([&] { return results->model()->rowCount() > 0; }, 5000))
        m_problems << QStringLiteral("the transcript search found nothing for \"order\"");
    save(d, name);
    closeDialog(d);
}

void ScreenshotRun::shootRating(const QString &name)
{
    const QString id = m_grace->conversationId;
    m_session->closeConversation(id, QStringLiteral("resolved"), QStringLiteral("Refund sent again."));
    if (!waitUntil([&] { return m_grace->events.contains(QStringLiteral("closed")); }, 10000)) {
        m_problems << QStringLiteral("%1: the chat did not close").arg(name);
        return;
    }
    m_grace->rate(4, QStringLiteral("Sorted out quickly, thank you!"));
    if (!waitUntil([&] { return m_session->rating(id).has_value(); }, 10000)) {
        m_problems << QStringLiteral("%1: the rating did not reach the desk").arg(name);
        return;
    }
    m_session->openConversation(id); // as the search dialog opens a closed chat
    settle(300);
    save(m_window, name);
}

bool ScreenshotRun::sendAdaFiles()
{
    // A "photo" of the parcel at the neighbour's door: drawn here, 1600 × 1200, so the thumbnail is scaled down.
    QImage photo(1600, 1200, QImage::Format_RGB32);
    {
        QPainter p(&photo);
        QLinearGradient wall(0, 0, 0, 1200);
        wall.setColorAt(0, QColor(214, 204, 186));
        wall.setColorAt(1, QColor(170, 160, 140));
        p.fillRect(photo.rect(), wall);
        p.fillRect(QRect(520, 120, 560, 980), QColor(92, 64, 44)); // the door
        p.fillRect(QRect(0, 1000, 1600, 200), QColor(120, 120, 118)); // the step
        p.fillRect(QRect(240, 700, 420, 330), QColor(196, 150, 96)); // the parcel
        p.fillRect(QRect(240, 840, 420, 40), QColor(230, 220, 190)); // its tape
        p.setPen(QColor(40, 40, 40));
        p.setFont(QFont(QStringLiteral("DejaVu Sans"), 48, QFont::Bold));
        p.drawText(QRect(560, 200, 480, 120), Qt::AlignCenter, QStringLiteral("12"));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    photo.save(&buffer, "JPEG", 85);
    // A small, valid PDF: the delivery receipt.
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                           "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                           "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                           "trailer << /Root 1 0 R >>\n%EOF\n";
    QNetworkAccessManager network;
    auto upload = [&](const QString &name, const QByteArray &bytes) {
        QUrl url(m_router.httpUrl(QStringLiteral("/api/v1/attachments")));
        url.setQuery(QStringLiteral("conversationId=%1&name=%2")
                         .arg(m_ada->conversationId, QString::fromLatin1(QUrl::toPercentEncoding(name))));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_ada->visitorToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        QNetworkReply *reply = network.post(request, bytes);
        waitUntil([&] { return reply->isFinished(); }, 20000);
        const QString id = QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QStringLiteral("attachment"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        delete reply;
        return id;
    };
    const QString photoId = upload(QStringLiteral("doorstep.jpg"), jpeg);
    const QString pdfId = upload(QStringLiteral("delivery-receipt.pdf"), pdf);
    if (photoId.isEmpty() || pdfId.isEmpty()) {
        m_problems << QStringLiteral("Ada's files were not uploaded: %1").arg(m_router.log().right(400));
        return false;
    }
    m_ada->send(QStringLiteral("My neighbour sent me this photo, and here is the receipt."));
    m_ada->sendFile(photoId);
    m_ada->sendFile(pdfId);
    TranscriptModel *transcript = m_session->transcript();
    const bool shown = waitUntil([&] {
        for (int row = 0; row < transcript->rowCount(); ++row)
            if (transcript->index(row).data(TranscriptModel::AttachmentIdRole).toString() == photoId
                && !transcript->index(row).data(TranscriptModel::ThumbnailRole).value<QImage>().isNull())
                return true;
        return false;
    }, 20000);
    if (!shown)
        m_problems << QStringLiteral("the photo's thumbnail did not show");
    return shown;
}

void ScreenshotRun::shootAttachments(const QString &name)
{
    auto *view = m_window->findChild<QListView *>(QStringLiteral("transcriptView"));
    view->scrollToBottom();
    m_window->findChild<ComposerEdit *>(QStringLiteral("composer"))->setFocus();
    settle(300);
    save(m_window, name);
}

void ScreenshotRun::shootCannedEditor(const QString &name)
{
    auto *actions = m_window->findChild<CannedResponseActions *>();
    if (!actions) {
        m_problems << QStringLiteral("no canned-response actions in the main window");
        return;
    }
    actions->addResponse();
    auto *d = openedDialog<CannedResponseDialog>(m_window);
    if (!d) {
        m_problems << QStringLiteral("the canned-response editor did not open");
        return;
    }
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("shortcutEdit")), QStringLiteral("neighbour"));
    QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Left with a neighbour"));
    d->findChild<QComboBox *>(QStringLiteral("categoryCombo"))->setCurrentText(QStringLiteral("Orders"));
    QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("textEdit")),
        QStringLiteral("Hello {visitor.name}, the carrier left order {order.number} with a neighbour at "
                       "{neighbour.address}. Could you check there?"));
    save(d, name);
    closeDialog(d);
}

// Sam, the supervisor, moves Ada's chat from Alice to Bob on the board; the dialog asks first.
bool ScreenshotRun::shootReassign(DeskSettings::Theme theme)
{
    setTheme(theme);
    auto signIn = [&](const QString &user) {
        auto s = std::make_unique<DeskSession>();
        s->setCacheDirectory(QDir(m_home.path()).filePath(QStringLiteral("cache-") + user));
        s->signIn(m_server, user, QStringLiteral("demo"));
        waitUntil([&] { return s->connection()->isSignedIn(); }, 30000);
        return s;
    };
    auto bob = signIn(QStringLiteral("bob"));
    auto sam = signIn(QStringLiteral("sam"));
    if (!sam->connection()->isSignedIn()) {
        m_problems << QStringLiteral("the supervisor could not sign in");
        return false;
    }
    SupervisorBoard board(sam->connection());
    SupervisorBoardWidget widget(&board);
    widget.resize(1200, 760);
    widget.show();
    waitExposed(&widget);
    const QString id = m_ada->conversationId;
    waitUntil(
        [&] {
            return board.conversations()->conversation(id)
                && widget.agentsProxy()->indexOfId(QStringLiteral("bob")).isValid();
        },
        20000);
    widget.reassignToAgent(id, QStringLiteral("bob"));
    auto *d = openedDialog<ReassignDialog>(&widget);
    if (!d) {
        m_problems << QStringLiteral("the reassign dialog did not open");
        return false;
    }
    QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit")),
        QStringLiteral("Alice is off at five; please call the carrier tomorrow."));
    save(d, QStringLiteral("reassign-%1").arg(themeName(theme)));
    closeDialog(d);
    // The board and its other tabs. In English the live board and the escalation report are
    // docs/screenshots/board-THEME.png and report-THEME.png (docs/supervisor.md); in a translation
    // desk-board-LANG-THEME.png and desk-board-tabN-LANG-THEME.png, the audit log too.
    const bool english = m_language.isEmpty();
    widget.resize(1440, 900); // the whole screen, as a supervisor keeps the board
    settle(500); // the Waiting and Handling clocks tick on
    save(&widget, QStringLiteral("board-%1").arg(themeName(theme)), english ? QString() : QStringLiteral("desk-"));
    if (auto *tabs = widget.findChild<QTabWidget *>(QStringLiteral("tabs"))) {
        for (int i = 1; i < (english ? 2 : tabs->count()); ++i) {
            tabs->setCurrentIndex(i);
            settle(1500); // the report and the log are fetched from the router
            if (english)
                save(&widget, QStringLiteral("report-%1").arg(themeName(theme)), QString());
            else
                save(&widget, QStringLiteral("board-tab%1-%2").arg(i).arg(themeName(theme)));
        }
        if (english) {
            widget.showPage(SupervisorBoardWidget::Page::Webhooks);
            settle(1500);
            save(&widget, QStringLiteral("board-webhooks-%1").arg(themeName(theme)), QString());
        }
        // The KPI report over the demo week and today (docs/supervisor.md: report-kpi-THEME.png).
        if (english) {
            widget.showPage(SupervisorBoardWidget::Page::Kpi);
            widget.kpiWidget()->setPeriod(KpiReportWidget::Period::Last7Days);
            settle(1500);
            save(&widget, QStringLiteral("report-kpi-%1").arg(themeName(theme)), QString());
        }
        tabs->setCurrentIndex(0);
    }
    if (english && theme == DeskSettings::Theme::Light)
        shootJoin(widget, board, theme);
    return true;
}

// Sam joins Ada's chat from the monitoring tab and tells her the refund is approved; Alice keeps the chat.
void ScreenshotRun::shootJoin(SupervisorBoardWidget &widget, SupervisorBoard &board, DeskSettings::Theme theme)
{
    const QString id = m_ada->conversationId;
    board.monitor(id);
    if (!waitUntil([&] { return widget.monitorView(id) != nullptr; }, 15000)) {
        m_problems << QStringLiteral("the monitoring tab did not open");
        return;
    }
    MonitorView *view = widget.monitorView(id);
    auto *join = view->findChild<QPushButton *>(QStringLiteral("joinConversationButton"));
    auto *composer = view->findChild<QLineEdit *>(QStringLiteral("supervisorComposer"));
    join->click();
    if (!waitUntil([&] { return composer->isVisible(); }, 15000)) {
        m_problems << QStringLiteral("the supervisor could not join the chat");
        return;
    }
    QTest::keyClicks(composer, QStringLiteral("Hello Ada, this is Sam: the refund for A1001 is approved."));
    QTest::keyClick(composer, Qt::Key_Return);
    waitUntil([&] { return m_ada->hasLineContaining(QStringLiteral("the refund for A1001 is approved")); }, 15000);
    QTest::keyClicks(composer, QStringLiteral("Alice will send you the confirmation"));
    settle(500);
    save(&widget, QStringLiteral("join-%1").arg(themeName(theme)));
    join->click(); // leave again
    waitUntil([&] { return !composer->isVisible(); }, 15000);
    board.stopMonitoring(id);
    settle(200);
}

int ScreenshotRun::run()
{
    if (!QDir().mkpath(m_out)) {
        err() << "cannot create " << m_out << Qt::endl;
        return 1;
    }
    // Settings and cache in a private place, never the user's own desk settings.
    qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QDir(m_home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
    if (!startRouter())
        return 1;

    if (m_consultOnly) {
        ThemePalette::apply(DeskSettings::Theme::Light);
        if (!signInAlice() || !buildConversation() || !shootConsult())
            return 1;
    } else if (!m_language.isEmpty()) {
        // Every screen once, light, to see whether the translation fits.
        shootLogin(DeskSettings::Theme::Light);
        ThemePalette::apply(DeskSettings::Theme::Light);
        if (!leaveMessages() || !signInAlice() || !buildConversation())
            return 1;
        shootMain(QStringLiteral("main-light"));
        shootTransfer(QStringLiteral("transfer-light"));
        shootWrapUp(QStringLiteral("wrapup-light"));
        shootSearch(QStringLiteral("search-light"));
        shootCannedEditor(QStringLiteral("canned-light"));
        shootMessages(QStringLiteral("messages-light"));
        shootReassign(DeskSettings::Theme::Light);
    } else if (m_doubleScale) {
        ThemePalette::apply(DeskSettings::Theme::Light);
        if (!signInAlice() || !buildConversation())
            return 1;
        shootMain(QStringLiteral("main-200"));
        shootTransfer(QStringLiteral("transfer-200"));
        shootWrapUp(QStringLiteral("wrapup-200"));
    } else {
        for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark })
            shootLogin(theme);
        ThemePalette::apply(DeskSettings::Theme::Light);
        if (!leaveMessages() || !signInAlice())
            return 1;
        // Signed in, no chat open yet: the centre says so, the chat's panes wait for a chat.
        settle(100);
        save(m_window, QStringLiteral("start-light"));
        if (!buildConversation())
            return 1;
        for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark }) {
            setTheme(theme);
            const QString suffix = themeName(theme);
            shootMain(QStringLiteral("main-") + suffix);
            save(m_window, suffix); // desk-light.png, desk-dark.png: the names README and older pages use
            shootTransfer(QStringLiteral("transfer-") + suffix);
            shootWrapUp(QStringLiteral("wrapup-") + suffix);
            shootSearch(QStringLiteral("search-") + suffix);
            shootCannedEditor(QStringLiteral("canned-") + suffix);
            shootMessages(QStringLiteral("messages-") + suffix);
        }
        for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark })
            shootReassign(theme);
        if (sendAdaFiles()) {
            for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark }) {
                setTheme(theme);
                shootAttachments(QStringLiteral("attachment-") + themeName(theme));
            }
        }
        setTheme(DeskSettings::Theme::Light);
        shootRating(QStringLiteral("rating-light"));
    }
    for (const QString &path : std::as_const(m_saved))
        QTextStream(stdout) << path << Qt::endl;
    for (const QString &problem : std::as_const(m_problems))
        err() << "problem: " << problem << Qt::endl;
    return m_problems.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QString out = QStringLiteral("docs/screenshots");
    bool doubleScale = false;
    QString language;
    bool consultOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--out") == 0 && i + 1 < argc) {
            out = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc) {
            doubleScale = std::strcmp(argv[++i], "2") == 0;
            if (!doubleScale) {
                std::fputs("desk_screenshots: --scale takes 2 (the 100 % screens are the default)\n", stderr);
                return 2;
            }
        } else if (std::strcmp(argv[i], "--language") == 0 && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
        } else if (std::strcmp(argv[i], "--only") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "consult") == 0) {
            consultOnly = true;
            ++i;
        } else {
            std::fputs("usage: desk_screenshots [--out DIR] [--scale 2] [--language LANG] [--only consult]\n", stderr);
            return 2;
        }
    }
    // The scale factor is read when QApplication starts, so it is set before.
    if (doubleScale)
        qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Handoff"));
    QApplication::setApplicationName(QStringLiteral("handoff-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Handoff Desk"));
    // The .qm files are built into handoff-desk, not into the widget library this tool links, so they are
    // read from the build tree. The router started below inherits HANDOFF_LANGUAGE and speaks it too.
    QTranslator desk;
    QTranslator qtBase;
    if (!language.isEmpty()) {
        const QString qm = QStringLiteral(HANDOFF_QM_DIR "/handoff-desk_%1.qm").arg(language);
        if (!desk.load(qm)) {
            std::fprintf(stderr, "desk_screenshots: cannot load %s\n", qPrintable(qm));
            return 2;
        }
        QApplication::installTranslator(&desk);
        if (qtBase.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtBase);
        QLocale::setDefault(QLocale(language));
        qputenv("HANDOFF_LANGUAGE", language.toLocal8Bit());
    }
    ScreenshotRun run(out, doubleScale, language, consultOnly);
    return run.run();
}

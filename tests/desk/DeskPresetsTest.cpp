// Settings IT sets for every user of a computer, as an agent meets them: the real desk windows on the
// offscreen platform, a real handoff-router on loopback, and real settings files — the system-wide file
// found through XDG_CONFIG_DIRS, the user's through XDG_CONFIG_HOME, both in a temporary directory.
// A preset address is used and stays IT's (a sign-in does not copy it into the user's file), a change of
// the system file reaches the next start, an address the user typed is the user's, and a locked key
// cannot be changed in the sign-in dialog or the View menu while a user's value for it is ignored.
#include "InMemoryCredentialStore.h"
#include "TestSupport.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/LoginDialog.h"
#include "desk/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <gtest/gtest.h>

// Failures show the text, not its UTF-16 code units.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

using namespace handoff;
using handoff::test::InMemoryCredentialStore;
using handoff::test::RouterProcess;
using handoff::test::waitUntil;

namespace {

// QSettings looks its directories up once per process: one root for the whole program, emptied per test.
QTemporaryDir *g_root = nullptr;

// XDG_CONFIG_DIRS names two directories, as on systems with a site-wide layer before /etc/xdg; the tests'
// system file is in the second.
QString siteDir()
{
    return QDir(g_root->path()).filePath(QStringLiteral("site-xdg"));
}
QString systemDir()
{
    return QDir(g_root->path()).filePath(QStringLiteral("etc-xdg"));
}
QString userDir()
{
    return QDir(g_root->path()).filePath(QStringLiteral("home-config"));
}
QString systemFile()
{
    return systemDir() + QStringLiteral("/Handoff/handoff-desk.conf");
}
QString userFile()
{
    return userDir() + QStringLiteral("/Handoff/handoff-desk.conf");
}

void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    f.write(text.toUtf8());
}

// What the user's file holds, read as a plain INI file (not through DeskSettings).
QVariant userValue(const QString &key)
{
    return QSettings(userFile(), QSettings::IniFormat).value(key);
}

class DeskPresetsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        g_root = new QTemporaryDir;
        qputenv("XDG_CONFIG_DIRS", (siteDir() + QLatin1Char(':') + systemDir()).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", userDir().toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(g_root->path()).filePath(QStringLiteral("home-data")).toLocal8Bit());
        // The desk's own names, so the files are the documented /etc/xdg/Handoff/handoff-desk.conf and
        // ~/.config/Handoff/handoff-desk.conf under the temporary root.
        QApplication::setOrganizationName(QStringLiteral("Handoff"));
        QApplication::setApplicationName(QStringLiteral("handoff-desk"));
    }
    static void TearDownTestSuite()
    {
        delete g_root;
        g_root = nullptr;
    }

    void SetUp() override
    {
        if (!QFileInfo(QStringLiteral(HANDOFF_ROUTER_BINARY)).isExecutable())
            GTEST_SKIP() << "handoff-router is not built in this tree";
        QFile::remove(siteDir() + QStringLiteral("/Handoff/handoff-desk.conf"));
        QFile::remove(systemFile());
        QFile::remove(userFile());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
    }

    void TearDown() override { stopDesk(); }

    // One start of the desk program: settings read afresh, a session, the controller.
    void startDesk(const QString &serverArgument = {}, CredentialStore *keychain = nullptr)
    {
        stopDesk();
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(QDir(g_root->path()).filePath(QStringLiteral("cache")));
        controller = std::make_unique<DeskController>(
            session.get(), settings.get(), keychain ? keychain : &credentials);
        controller->start(serverArgument, QString(), QString());
        ASSERT_TRUE(waitUntil([&] { return controller->loginDialog() && controller->loginDialog()->isVisible(); }));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(controller->loginDialog()));
    }

    void stopDesk()
    {
        controller.reset();
        session.reset();
        settings.reset();
    }

    template <typename T> T *field(const char *name)
    {
        T *w = controller->loginDialog()->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    // Types the demo agent's name (unless IT set it) and password into the dialog and clicks Sign in.
    void signInAsAlice()
    {
        auto *user = field<QLineEdit>("userEdit");
        if (!user->isReadOnly()) {
            user->selectAll();
            QTest::keyClicks(user, QStringLiteral("alice"));
        }
        QTest::keyClicks(field<QLineEdit>("passwordEdit"), QStringLiteral("demo"));
        QTest::mouseClick(
            field<QDialogButtonBox>("buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
        ASSERT_TRUE(waitUntil(
            [&] { return controller->mainWindow() && controller->mainWindow()->isVisible(); }, 20000))
            << qPrintable(router.log());
        EXPECT_TRUE(session->connection()->isSignedIn());
    }

    RouterProcess router;
    QString server;
    InMemoryCredentialStore credentials { false };
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

} // namespace

TEST_F(DeskPresetsTest, ASystemPresetIsUsedAndNotCopiedIntoTheUsersFile)
{
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1\n").arg(server));
    startDesk();
    auto *serverEdit = field<QLineEdit>("serverEdit");
    EXPECT_EQ(serverEdit->text(), server);
    EXPECT_FALSE(serverEdit->isReadOnly()) << "not locked: the user may type another address";
    ASSERT_NO_FATAL_FAILURE(signInAsAlice());

    // The sign-in remembered who signed in, but the address stays the system file's.
    EXPECT_EQ(userValue(QStringLiteral("connection/user")).toString(), QStringLiteral("alice"));
    EXPECT_FALSE(userValue(QStringLiteral("connection/server")).isValid())
        << "the preset address was pinned in " << qPrintable(userFile());

    // IT moves the router: the next start of the desk offers the new address.
    const QString moved = QStringLiteral("chat-router.example.com:8443");
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1\n").arg(moved));
    startDesk();
    EXPECT_EQ(field<QLineEdit>("serverEdit")->text(), moved);
    EXPECT_EQ(field<QLineEdit>("userEdit")->text(), QStringLiteral("alice"));
    EXPECT_EQ(settings->server(), moved);

    // A directory earlier in XDG_CONFIG_DIRS wins over a later one, key by key.
    writeFile(siteDir() + QStringLiteral("/Handoff/handoff-desk.conf"),
        QStringLiteral("[connection]\nserver=site-router.example.com:8443\n"));
    startDesk();
    EXPECT_EQ(field<QLineEdit>("serverEdit")->text(), QStringLiteral("site-router.example.com:8443"));
    EXPECT_EQ(field<QLineEdit>("userEdit")->text(), QStringLiteral("alice"));
}

TEST_F(DeskPresetsTest, ASystemPresetMayListSeveralRoutersAndTheDeskSignsInThroughOneThatAnswers)
{
    // The first router named is down; the desk goes on to the next and signs in there.
    const QString dead = QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort());
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1, %2\n").arg(dead, server));
    startDesk();
    EXPECT_EQ(settings->server(), QStringLiteral("%1, %2").arg(dead, server));
    EXPECT_EQ(field<QLineEdit>("serverEdit")->text(), QStringLiteral("%1, %2").arg(dead, server));
    ASSERT_NO_FATAL_FAILURE(signInAsAlice());
}

TEST_F(DeskPresetsTest, AnAddressTheUserTypedIsTheUsersUntilTheyTypeThePresetAgain)
{
    const QString preset = QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort()); // nobody listens
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1\n").arg(preset));
    startDesk();
    auto *serverEdit = field<QLineEdit>("serverEdit");
    EXPECT_EQ(serverEdit->text(), preset);
    serverEdit->selectAll();
    QTest::keyClicks(serverEdit, server);
    ASSERT_NO_FATAL_FAILURE(signInAsAlice());
    EXPECT_EQ(userValue(QStringLiteral("connection/server")).toString(), server);

    // A change of the preset does not overrule what the user chose.
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1\n").arg(QStringLiteral("chat.example.org:1")));
    startDesk();
    EXPECT_EQ(field<QLineEdit>("serverEdit")->text(), server);

    // Typing IT's address again hands the choice back to IT: the user's value is gone.
    writeFile(systemFile(), QStringLiteral("[connection]\nserver=%1\n").arg(server));
    startDesk();
    ASSERT_NO_FATAL_FAILURE(signInAsAlice());
    EXPECT_FALSE(userValue(QStringLiteral("connection/server")).isValid());
}

TEST_F(DeskPresetsTest, ALockedAddressCannotBeChangedAndTheUsersValueIsIgnored)
{
    writeFile(systemFile(),
        QStringLiteral("[connection]\nserver=%1\n\n[Locked]\nkeys=connection/server, connection/tlsCaFile\n").arg(server));
    // An address the user chose before IT locked it, and one on the command line: neither is used.
    const QString stale = QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort());
    writeFile(userFile(), QStringLiteral("[connection]\nserver=%1\nuser=alice\n").arg(stale));
    startDesk(QStringLiteral("127.0.0.1:%1").arg(handoff::test::freePort()));
    EXPECT_TRUE(settings->isLocked(DeskSettings::Key::Server));
    EXPECT_TRUE(settings->isLocked(DeskSettings::Key::TlsCaFile));
    EXPECT_FALSE(settings->isLocked(DeskSettings::Key::Theme));

    auto *serverEdit = field<QLineEdit>("serverEdit");
    EXPECT_EQ(serverEdit->text(), server);
    EXPECT_TRUE(serverEdit->isReadOnly());
    EXPECT_EQ(serverEdit->toolTip(), QStringLiteral("Set by your IT department"));
    EXPECT_EQ(serverEdit->accessibleDescription(), QStringLiteral("Set by your IT department"));
    auto *note = field<QLabel>("serverLockedNote");
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Set by your IT department"));
    // What a screen reader is told about the field.
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(serverEdit);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->text(QAccessible::Description), QStringLiteral("Set by your IT department"));

    // Typing into the field changes nothing.
    serverEdit->setFocus();
    QTest::keyClick(serverEdit, Qt::Key_End);
    QTest::keyClicks(serverEdit, QStringLiteral("9"));
    QTest::keyClick(serverEdit, Qt::Key_Backspace);
    QTest::keyClick(serverEdit, Qt::Key_Backspace);
    EXPECT_EQ(serverEdit->text(), server);
    EXPECT_EQ(controller->loginDialog()->server(), server);

    ASSERT_NO_FATAL_FAILURE(signInAsAlice());
    EXPECT_EQ(session->connection()->state(), ConnectionState::Connected);
    // The user's file is left alone (locked keys are never written) and still not used.
    EXPECT_EQ(userValue(QStringLiteral("connection/server")).toString(), stale);
    DeskSettings again;
    EXPECT_EQ(again.server(), server);
}

TEST_F(DeskPresetsTest, LockedPreferencesAreShownButCannotBeChanged)
{
    writeFile(systemFile(),
        QStringLiteral("[notifications]\nsound=false\n\n[appearance]\ntheme=dark\n\n"
                       "[Locked]\nkeys=notifications/sound, appearance/theme\n"));
    writeFile(userFile(), QStringLiteral("[notifications]\nsound=true\ndesktop=false\n[appearance]\ntheme=light\n"));
    DeskSettings prefs;
    EXPECT_FALSE(prefs.soundOnOffer()) << "the user's value of a locked key is ignored";
    EXPECT_EQ(prefs.theme(), DeskSettings::Theme::Dark);
    EXPECT_FALSE(prefs.notifyOnOffer()) << "an unlocked key keeps the user's value";

    DeskSession deskSession;
    deskSession.setCacheDirectory(QDir(g_root->path()).filePath(QStringLiteral("cache")));
    MainWindow window(&deskSession, &prefs);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto action = [&](const char *name) {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        EXPECT_NE(a, nullptr) << name;
        return a;
    };
    QAction *sound = action("soundAction");
    QAction *dark = action("darkThemeAction");
    QAction *light = action("lightThemeAction");
    QAction *notify = action("notifyAction");
    ASSERT_TRUE(sound && dark && light && notify);
    EXPECT_FALSE(sound->isEnabled());
    EXPECT_FALSE(sound->isChecked());
    EXPECT_EQ(sound->text(), QStringLiteral("&Sound on new offers (set by your IT department)"));
    EXPECT_EQ(sound->toolTip(), QStringLiteral("Set by your IT department"));
    EXPECT_EQ(sound->whatsThis(), QStringLiteral("Set by your IT department"));
    EXPECT_FALSE(light->isEnabled());
    EXPECT_FALSE(dark->isEnabled());
    EXPECT_TRUE(dark->isChecked());
    EXPECT_TRUE(notify->isEnabled());
    EXPECT_FALSE(notify->isChecked());

    // Even a direct attempt does not write a locked key; an unlocked one is written.
    prefs.setSoundOnOffer(true);
    prefs.setTheme(DeskSettings::Theme::Light);
    notify->trigger();
    EXPECT_FALSE(prefs.soundOnOffer());
    EXPECT_EQ(prefs.theme(), DeskSettings::Theme::Dark);
    EXPECT_TRUE(prefs.notifyOnOffer());
    prefs.setTheme(DeskSettings::Theme::Light);
    QSettings userSide(userFile(), QSettings::IniFormat);
    EXPECT_EQ(userSide.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("light"))
        << "the user's own file is not rewritten for a locked key";
}

TEST_F(DeskPresetsTest, ALockedUserNameAndRememberMeKeepTheSignInOutOfTheKeychain)
{
    writeFile(systemFile(),
        QStringLiteral("[connection]\nserver=%1\nuser=alice\nrememberMe=false\n\n"
                       "[Locked]\nkeys=connection/user, connection/rememberMe\n")
            .arg(server));
    // The user had chosen another name and "remember me" before IT locked both.
    writeFile(userFile(), QStringLiteral("[connection]\nuser=bob\nrememberMe=true\n"));
    InMemoryCredentialStore keychain { true };
    startDesk(QString(), &keychain);

    auto *user = field<QLineEdit>("userEdit");
    EXPECT_EQ(user->text(), QStringLiteral("alice"));
    EXPECT_TRUE(user->isReadOnly());
    EXPECT_EQ(user->accessibleDescription(), QStringLiteral("Set by your IT department"));
    auto *remember = field<QCheckBox>("rememberCheck");
    EXPECT_FALSE(remember->isEnabled());
    EXPECT_FALSE(remember->isChecked());
    EXPECT_EQ(remember->text(), QStringLiteral("Re&member me on this computer (set by your IT department)"));
    EXPECT_EQ(remember->toolTip(), QStringLiteral("Set by your IT department"));
    QTest::mouseClick(remember, Qt::LeftButton);
    EXPECT_FALSE(remember->isChecked());

    ASSERT_NO_FATAL_FAILURE(signInAsAlice());
    EXPECT_TRUE(keychain.entries.isEmpty()) << "a sign-in was remembered against IT's setting";
    EXPECT_EQ(userValue(QStringLiteral("connection/rememberMe")).toString(), QStringLiteral("true"))
        << "the user's own file is left alone";
    DeskSettings again;
    EXPECT_FALSE(again.rememberMe());
    EXPECT_EQ(again.lastUser(), QStringLiteral("alice"));
    stopDesk(); // before the keychain it uses goes
}

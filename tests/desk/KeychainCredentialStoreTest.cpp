// The desk's KeychainCredentialStore against the real system keychain (a Secret Service such as
// gnome-keyring on the session D-Bus): a token is written, read back and deleted. Without a reachable
// Secret Service the test is skipped with the reason, except under CI (CI set), where the keychain
// is part of the test environment (.ci/ctest-in-keyring) and its absence is a failure.
// The second part starts this binary again with the D-Bus session pointing nowhere and checks that the
// real sign-in dialog then says plainly that nothing will be remembered.
#include "TestSupport.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/KeychainCredentialStore.h"
#include "desk/LoginDialog.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::waitUntil;

namespace {

constexpr const char *kNoBusMarker = "HANDOFF_TEST_KEYCHAIN_NO_BUS";

std::optional<bool> probe(KeychainCredentialStore &store)
{
    std::optional<bool> available;
    store.probe([&](bool ok) { available = ok; });
    waitUntil([&] { return available.has_value(); }, 30000);
    return available;
}

} // namespace

TEST(KeychainCredentialStoreTest, WritesReadsBackAndDeletesATokenInTheRealKeychain)
{
    if (qEnvironmentVariableIsSet(kNoBusMarker))
        GTEST_SKIP() << "runs in the parent process only";
    KeychainCredentialStore store;
    const auto available = probe(store);
    ASSERT_TRUE(available.has_value()) << "the keychain did not answer within 30 s";
    if (!*available) {
        const QString why = QStringLiteral("no Secret Service is reachable on the D-Bus session bus (%1); run "
                                           "under .ci/ctest-in-keyring to test the real keychain")
                                .arg(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS", QStringLiteral("not set")));
        if (qEnvironmentVariableIsSet("CI"))
            FAIL() << qPrintable(why);
        GTEST_SKIP() << qPrintable(why);
    }

    // A key of its own so a tester's real desk entries are never touched.
    const QString key = CredentialStore::keyFor(QStringLiteral("keychain-test.invalid:1"),
        QStringLiteral("user-%1").arg(QRandomGenerator::system()->generate64(), 0, 16));
    const QString token = QStringLiteral("tok_%1").arg(QRandomGenerator::system()->generate64(), 0, 16);

    std::optional<bool> written;
    QString writeError;
    store.write(key, token, [&](bool ok, const QString &error) {
        written = ok;
        writeError = error;
    });
    ASSERT_TRUE(waitUntil([&] { return written.has_value(); }, 30000));
    ASSERT_TRUE(*written) << qPrintable(writeError);

    bool readDone = false;
    std::optional<QString> readBack;
    QString readError;
    store.read(key, [&](const std::optional<QString> &secret, const QString &error) {
        readBack = secret;
        readError = error;
        readDone = true;
    });
    ASSERT_TRUE(waitUntil([&] { return readDone; }, 30000));
    EXPECT_TRUE(readError.isEmpty()) << qPrintable(readError);
    ASSERT_TRUE(readBack.has_value());
    EXPECT_EQ(*readBack, token);

    std::optional<bool> removed;
    store.remove(key, [&](bool ok, const QString &) { removed = ok; });
    ASSERT_TRUE(waitUntil([&] { return removed.has_value(); }, 30000));
    EXPECT_TRUE(*removed);

    readDone = false;
    store.read(key, [&](const std::optional<QString> &secret, const QString &error) {
        readBack = secret;
        readError = error;
        readDone = true;
    });
    ASSERT_TRUE(waitUntil([&] { return readDone; }, 30000));
    EXPECT_FALSE(readBack.has_value()) << "the token is still in the keychain after deleting it";
    EXPECT_TRUE(readError.isEmpty()) << qPrintable(readError);
}

// Runs in a child process whose D-Bus session address leads nowhere (see the next test).
TEST(KeychainCredentialStoreTest, WithoutASessionBusTheSignInDialogSaysNothingWillBeRemembered)
{
    if (!qEnvironmentVariableIsSet(kNoBusMarker)) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QTemporaryDir home;
        env.insert(QString::fromLatin1(kNoBusMarker), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=%1").arg(QDir(home.path()).filePath(QStringLiteral("no-bus-here"))));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home.path()).filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(home.path()).filePath(QStringLiteral("data")));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--gtest_filter=KeychainCredentialStoreTest.WithoutASessionBus*") });
        ASSERT_TRUE(child.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(child.readAll());
        EXPECT_EQ(child.exitCode(), 0) << qPrintable(output);
        EXPECT_TRUE(output.contains(QStringLiteral("[  PASSED  ] 1 test"))) << qPrintable(output);
        return;
    }

    KeychainCredentialStore store;
    const auto available = probe(store);
    ASSERT_TRUE(available.has_value());
    EXPECT_FALSE(*available);

    // The real start-up flow with the real keychain store: the dialog opens and explains.
    DeskSettings settings;
    settings.setRememberMe(true);
    DeskSession session;
    QTemporaryDir cache;
    session.setCacheDirectory(cache.path());
    DeskController controller(&session, &settings, &store);
    controller.start(QStringLiteral("127.0.0.1:9"), QStringLiteral("alice"), QString());
    ASSERT_TRUE(waitUntil([&] { return controller.loginDialog() && controller.loginDialog()->isVisible(); }, 30000));
    LoginDialog *login = controller.loginDialog();
    auto *notice = login->findChild<QLabel *>(QStringLiteral("keychainNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_EQ(notice->text(), QStringLiteral("No system keychain is available: your password will not be remembered."));
    auto *remember = login->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    ASSERT_NE(remember, nullptr);
    EXPECT_FALSE(remember->isEnabled());
    EXPECT_FALSE(remember->isChecked());
}

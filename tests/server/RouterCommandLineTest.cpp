// The handoff-router command line as an operator meets it: admin commands, one-line errors for a bad
// configuration, a port in use or an unwritable data directory, SIGHUP reload and a clean SIGTERM.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <memory>

using namespace handoff::test;

namespace {

struct CommandResult {
    int exitCode = -1;
    QString output;
};

CommandResult runRouter(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HANDOFF_ROUTER_BINARY), args);
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

TEST(RouterCommandLine, VersionAndHelp)
{
    EXPECT_TRUE(runRouter({QStringLiteral("--version")}).output.startsWith(QStringLiteral("handoff-router ")));
    const CommandResult help = runRouter({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.output.contains(QStringLiteral("user add NAME")));
    EXPECT_TRUE(help.output.contains(QStringLiteral("--language <LANG>"))) << help.output.toStdString();
    EXPECT_TRUE(help.output.contains(QStringLiteral("HANDOFF_LANGUAGE"))) << help.output.toStdString();
    const CommandResult unknown = runRouter({QStringLiteral("frobnicate")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.output.contains(QStringLiteral("unknown command")));
}

TEST(RouterCommandLine, UsersAreAddedListedAndValidated)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    EXPECT_EQ(runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                         QStringLiteral("agent"), QStringLiteral("--skills"), QStringLiteral("Orders,general"),
                         QStringLiteral("--capacity"), QStringLiteral("4"), QStringLiteral("--data-dir"), data},
                        "from-stdin\n")
                  .exitCode,
              0)
        << "the password is read from stdin";
    const CommandResult dup = runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                               QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("another-one"),
                               QStringLiteral("--data-dir"), data});
    EXPECT_NE(dup.exitCode, 0);
    EXPECT_TRUE(dup.output.contains(QStringLiteral("exists already")));
    const CommandResult noRole = runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
                                  QStringLiteral("--password"), QStringLiteral("long-enough"), QStringLiteral("--data-dir"), data});
    EXPECT_NE(noRole.exitCode, 0);
    EXPECT_TRUE(noRole.output.contains(QStringLiteral("--role")));
    const CommandResult list = runRouter({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(list.exitCode, 0);
    EXPECT_TRUE(list.output.contains(QStringLiteral("alice\tagent\talice\torders,general\t4")));
    EXPECT_FALSE(list.output.contains(QStringLiteral("from-stdin")));
}

TEST(RouterCommandLine, DemoSeedsAgentsAndPrintsAToken)
{
    QTemporaryDir dir;
    const CommandResult demo = runRouter({QStringLiteral("demo"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EQ(demo.exitCode, 0) << demo.output.toStdString();
    EXPECT_TRUE(demo.output.contains(QStringLiteral("Demo API token")));
    const CommandResult list = runRouter({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path()});
    EXPECT_TRUE(list.output.contains(QStringLiteral("alice\tagent")));
    EXPECT_TRUE(list.output.contains(QStringLiteral("bob\tagent")));
    EXPECT_TRUE(list.output.contains(QStringLiteral("sam\tsupervisor")));
}

// Any language without a translation gets the same notice, whether Qt knows the code (it) or not (xx);
// the command still runs in English.
TEST(RouterCommandLine, LanguageWithoutTranslationIsNamed)
{
    for (const QString &language : {QStringLiteral("it"), QStringLiteral("xx")}) {
        const CommandResult r = runRouter({QStringLiteral("--language"), language, QStringLiteral("--version")});
        EXPECT_EQ(r.exitCode, 0) << r.output.toStdString();
        EXPECT_TRUE(r.output.contains(QStringLiteral("No translation for the language “%1”; using English.").arg(language)))
            << r.output.toStdString();
        EXPECT_TRUE(r.output.contains(QStringLiteral("handoff-router "))) << r.output.toStdString();
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HANDOFF_LANGUAGE"), QStringLiteral("xx"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(HANDOFF_ROUTER_BINARY), {QStringLiteral("--version")});
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(p.readAll()).contains(QStringLiteral("No translation for the language “xx”")));
    const CommandResult english = runRouter({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--version")});
    EXPECT_FALSE(english.output.contains(QStringLiteral("No translation"))) << english.output.toStdString();
}

TEST(RouterCommandLine, PasswordsSetFromTheCommandLineHaveEightCharacters)
{
    QTemporaryDir dir;
    const QString data = dir.path();
    const CommandResult shortAdd = runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                                              QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--password"),
                                              QStringLiteral("1234567"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(shortAdd.exitCode, 1);
    EXPECT_TRUE(shortAdd.output.contains(QStringLiteral("at least 8 characters"))) << shortAdd.output.toStdString();
    EXPECT_EQ(shortAdd.output.trimmed().count(QLatin1Char('\n')), 0) << shortAdd.output.toStdString();
    const CommandResult fromStdin = runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"),
                                               QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--data-dir"), data},
                                              "short\n");
    EXPECT_EQ(fromStdin.exitCode, 1);
    EXPECT_TRUE(fromStdin.output.contains(QStringLiteral("at least 8 characters"))) << fromStdin.output.toStdString();
    EXPECT_FALSE(runRouter({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--data-dir"), data})
                     .output.contains(QStringLiteral("carl")))
        << "a refused password adds nobody";

    // Eight characters, counted as characters: "Passwört" is eight even though ö is two bytes.
    EXPECT_EQ(runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carl"), QStringLiteral("--role"),
                         QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("Passwört"),
                         QStringLiteral("--data-dir"), data})
                  .exitCode,
              0);
    const CommandResult shortPasswd = runRouter({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("carl"),
                                                 QStringLiteral("--password"), QStringLiteral("abc"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(shortPasswd.exitCode, 1);
    EXPECT_TRUE(shortPasswd.output.contains(QStringLiteral("at least 8 characters"))) << shortPasswd.output.toStdString();
    EXPECT_EQ(runRouter({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("carl"), QStringLiteral("--password"),
                         QStringLiteral("a much longer one"), QStringLiteral("--data-dir"), data})
                  .exitCode,
              0);

    // The demo keeps its documented short password for its own users.
    const CommandResult demo = runRouter({QStringLiteral("demo"), QStringLiteral("--data-dir"), data});
    EXPECT_EQ(demo.exitCode, 0) << demo.output.toStdString();
    EXPECT_TRUE(demo.output.contains(QStringLiteral("password \"demo\""))) << demo.output.toStdString();
}

TEST(RouterCommandLine, BadConfigNamesTheLineAndField)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("router.json"));
    writeFile(config, "{\n  \"listen\": \"127.0.0.1:0\",\n  \"routing\": {\n    \"queues\": [{\"id\": \"default\", \"name\": \"General\", \"colour\": 1}]\n  }\n}\n");
    const CommandResult bad = runRouter({QStringLiteral("serve"), QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dir.path()});
    EXPECT_NE(bad.exitCode, 0);
    EXPECT_EQ(bad.output.trimmed().count(QLatin1Char('\n')), 0) << "one line: " << bad.output.toStdString();
    EXPECT_TRUE(bad.output.contains(QStringLiteral("line 4"))) << bad.output.toStdString();
    EXPECT_TRUE(bad.output.contains(QStringLiteral("colour"))) << bad.output.toStdString();

    writeFile(config, "{\n  \"embedOrigins\": [\"https://shop.example\",\n    \"javascript:alert(1)\"]\n}\n");
    const CommandResult badOrigin = runRouter({QStringLiteral("serve"), QStringLiteral("--config"), config});
    EXPECT_TRUE(badOrigin.output.contains(QStringLiteral("line 3: field embedOrigins[1]"))) << badOrigin.output.toStdString();

    writeFile(config, "{\n  \"listen\": 8080\n}\n");
    const CommandResult wrongType = runRouter({QStringLiteral("serve"), QStringLiteral("--config"), config});
    EXPECT_NE(wrongType.exitCode, 0);
    EXPECT_TRUE(wrongType.output.contains(QStringLiteral("line 2: field listen"))) << wrongType.output.toStdString();
}

TEST(RouterCommandLine, SmtpSettingsAreCheckedAndTheirErrorsNameTheField)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("router.json"));
    const auto refusal = [&](const QByteArray &json) {
        writeFile(config, json);
        const CommandResult r = runRouter({QStringLiteral("serve"), QStringLiteral("--config"), config,
                                           QStringLiteral("--data-dir"), dir.path()});
        EXPECT_NE(r.exitCode, 0) << json.constData();
        return r.output;
    };
    // Plain SMTP to another machine would send transcripts and the password in clear: refused.
    const QString plain = refusal("{\n  \"smtp\": {\"url\": \"smtp://mail.example:25\", \"from\": \"chat@shop.example\",\n"
                                  "    \"password\": \"s3cret-pass-word\",\n    \"requireTls\": false}\n}\n");
    EXPECT_TRUE(plain.contains(QStringLiteral("line 4: field smtp.requireTls"))) << plain.toStdString();
    EXPECT_FALSE(plain.contains(QStringLiteral("s3cret"))) << "the password is never printed";
    const QString scheme = refusal(R"({"smtp": {"url": "http://mail.example", "from": "chat@shop.example"}})");
    EXPECT_TRUE(scheme.contains(QStringLiteral("field smtp.url"))) << scheme.toStdString();
    const QString from = refusal(R"({"smtp": {"url": "smtps://mail.example", "from": "chat@shop.example\nBcc: x@example.org"}})");
    EXPECT_TRUE(from.contains(QStringLiteral("field smtp.from"))) << from.toStdString();
    const QString noFile = refusal(R"({"smtp": {"url": "smtps://mail.example", "from": "chat@shop.example", "passwordFile": "missing"}})");
    EXPECT_TRUE(noFile.contains(QStringLiteral("field smtp.passwordFile"))) << noFile.toStdString();
    const QString unknown = refusal(R"({"smtp": {"url": "smtps://mail.example", "from": "chat@shop.example", "tls": true}})");
    EXPECT_TRUE(unknown.contains(QStringLiteral("field smtp.tls"))) << unknown.toStdString();
}

TEST(RouterCommandLine, PortInUseIsOneClearLineAndTouchesNothing)
{
    QTemporaryDir dir;
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    const QString where = QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort());
    // A data directory that does not exist yet: a router that cannot serve must not create it.
    const QString fresh = dir.filePath(QStringLiteral("not-yet"));
    const CommandResult r = runRouter({QStringLiteral("serve"), QStringLiteral("--listen"), where, QStringLiteral("--data-dir"), fresh});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.output.trimmed(), QStringLiteral("handoff-router: cannot listen on %1: address already in use").arg(where))
        << "one line, nothing restored or logged before it: " << r.output.toStdString();
    EXPECT_FALSE(QFileInfo::exists(fresh)) << "the data directory was created before the port was tried";

    // With a data directory holding open conversations, they are not restored (nor logged) either.
    RouterProcess router;
    ASSERT_TRUE(router.start());
    QNetworkAccessManager http;
    QNetworkRequest request(QUrl(router.httpUrl(QStringLiteral("/api/v1/handoff"))));
    QString token;
    ASSERT_EQ(router.runAdmin({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("shopbot")}, &token), 0);
    request.setRawHeader("Authorization", "Bearer " + token.section(QLatin1Char('\n'), 0, 0).trimmed().toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(http.post(request, QByteArray(R"({"reason": "Wants a person."})")));
    ASSERT_TRUE(waitUntil([&] { return reply->isFinished(); }, 15000));
    ASSERT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201) << reply->readAll().toStdString();
    router.stop();
    const CommandResult again = runRouter(
        {QStringLiteral("serve"), QStringLiteral("--listen"), where, QStringLiteral("--data-dir"), router.dataDir()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.output.contains(QStringLiteral("restored"))) << again.output.toStdString();
    EXPECT_EQ(again.output.trimmed().count(QLatin1Char('\n')), 0) << again.output.toStdString();
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

TEST(RouterCommandLine, DataDirectoryAndDatabaseAreForTheOwnerOnly)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("new/data"));
    ASSERT_EQ(runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                         QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("long-enough"),
                         QStringLiteral("--data-dir"), data})
                  .exitCode,
              0);
    EXPECT_EQ(modeOf(data), 0700);
    EXPECT_EQ(modeOf(data + QStringLiteral("/handoff.db")), 0600);

    // A router's first start on a directory it creates, then one on a directory and files left too open.
    RouterProcess router;
    const QString db = router.dataDir() + QStringLiteral("/handoff.db");
    ASSERT_TRUE(router.start());
    EXPECT_EQ(modeOf(router.dataDir()), 0700);
    EXPECT_EQ(modeOf(db), 0600);
    EXPECT_EQ(modeOf(db + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(db + QStringLiteral("-shm")), 0600);
    EXPECT_TRUE(router.addUser(QStringLiteral("bob"), QStringLiteral("long-enough")));
    router.stop();
    ASSERT_EQ(::chmod(QFile::encodeName(router.dataDir()).constData(), 0755), 0);
    ASSERT_EQ(::chmod(QFile::encodeName(db).constData(), 0644), 0);
    ASSERT_TRUE(router.start());
    EXPECT_EQ(modeOf(router.dataDir()), 0700);
    EXPECT_EQ(modeOf(db), 0600);
    EXPECT_EQ(modeOf(db + QStringLiteral("-wal")), 0600);
    EXPECT_EQ(modeOf(db + QStringLiteral("-shm")), 0600);
    router.stop();
    EXPECT_TRUE(router.log().contains(QStringLiteral("permissions of %1 restricted from 0755 to 0700").arg(router.dataDir())))
        << router.log().toStdString();
    EXPECT_TRUE(router.log().contains(QStringLiteral("permissions of %1 restricted from 0644 to 0600").arg(db)))
        << router.log().toStdString();
}

TEST(RouterCommandLine, RootIsSentToTheOwnerOfTheDataDirectory)
{
    if (::geteuid() != 0)
        GTEST_SKIP() << "only root can be refused here (and only root can give a directory to nobody)";
    const passwd *nobody = ::getpwnam("nobody");
    if (!nobody)
        GTEST_SKIP() << "no user nobody on this machine";
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkdir(data));
    ASSERT_EQ(::chown(QFile::encodeName(data).constData(), nobody->pw_uid, nobody->pw_gid), 0);
    const CommandResult r = runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                                       QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("secret-words"),
                                       QStringLiteral("--data-dir"), data});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.output.trimmed(),
              QStringLiteral("handoff-router: The data directory %1 belongs to user nobody; run this command as that user: "
                             "sudo -u nobody handoff-router user add alice --role agent --data-dir %1")
                  .arg(data))
        << r.output.toStdString();
    EXPECT_FALSE(r.output.contains(QStringLiteral("secret-words"))) << "the password is not repeated";
    EXPECT_TRUE(QDir(data).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        << "nothing was created in the directory";
    // root's own directory is fine.
    const QString own = dir.filePath(QStringLiteral("own"));
    EXPECT_EQ(runRouter({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("alice"), QStringLiteral("--role"),
                         QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("secret-words"),
                         QStringLiteral("--data-dir"), own})
                  .exitCode,
              0);
}

TEST(RouterCommandLine, UnwritableDataDirIsOneClearLine)
{
    // Port 0: any free port, so the data directory is what fails, not port 8080 being taken on this machine.
    const CommandResult r = runRouter({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                       QStringLiteral("--data-dir"), QStringLiteral("/proc/handoff-data")});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.output.contains(QStringLiteral("/proc/handoff-data"))) << r.output.toStdString();
    EXPECT_EQ(r.output.trimmed().count(QLatin1Char('\n')), 0);
}

TEST(RouterCommandLine, SighupReloadsRoutingAndSigtermStopsCleanly)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("router.json"));
    writeFile(config, R"({"routing": {"queues": [{"id": "default", "name": "General"}], "defaultQueue": "default"}})");
    const quint16 port = freePort();
    QProcess router;
    router.setProcessChannelMode(QProcess::MergedChannels);
    router.start(QStringLiteral(HANDOFF_ROUTER_BINARY),
                 {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                  QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--config"), config});
    QString log;
    auto readLog = [&] { log += QString::fromUtf8(router.readAll()); };
    ASSERT_TRUE(waitUntil([&] { readLog(); return log.contains(QStringLiteral("listening on")); }, 15000)) << log.toStdString();

    writeFile(config, R"({"routing": {"queues": [{"id": "default", "name": "General"}, {"id": "billing", "name": "Billing"}],
                          "defaultQueue": "default"}})");
    ::kill(static_cast<pid_t>(router.processId()), SIGHUP);
    EXPECT_TRUE(waitUntil([&] { readLog(); return log.contains(QStringLiteral("2 queues")); }, 10000)) << log.toStdString();

    writeFile(config, "{ broken");
    ::kill(static_cast<pid_t>(router.processId()), SIGHUP);
    EXPECT_TRUE(waitUntil([&] { readLog(); return log.contains(QStringLiteral("old one stays")); }, 10000)) << log.toStdString();
    EXPECT_EQ(router.state(), QProcess::Running) << "a broken reload does not stop the router";

    router.terminate();
    ASSERT_TRUE(router.waitForFinished(10000));
    readLog();
    EXPECT_EQ(router.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(router.exitCode(), 0);
    EXPECT_TRUE(log.contains(QStringLiteral("stopped"))) << log.toStdString();
}

} // namespace

TEST(RouterCommandLine, UnderSystemdEachLogLineCarriesItsPriorityForTheJournal)
{
    // systemd sets JOURNAL_STREAM for a service whose output goes to the journal; the journal keeps the time
    // itself and reads an sd-daemon prefix ("<4>") as the line's priority.
    qputenv("JOURNAL_STREAM", "8:4242");
    struct Unset {
        ~Unset() { qunsetenv("JOURNAL_STREAM"); }
    } unset;
    RouterProcess router;
    ASSERT_TRUE(router.start());
    ASSERT_EQ(router.runAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--role"),
                               QStringLiteral("agent"), QStringLiteral("--password"), QStringLiteral("correct horse")}),
              0);
    handoff::test::ProtocolPeer desk;
    ASSERT_TRUE(desk.open(router.wsUrl(QStringLiteral("desk"))));
    ASSERT_EQ(desk.helloDesk().type, QStringLiteral("ok"));
    EXPECT_EQ(desk.signIn(QStringLiteral("ada"), QStringLiteral("wrong password")).type, QStringLiteral("error"));
    ASSERT_TRUE(waitUntil([&] { return router.log().contains(QStringLiteral("sign-in failed")); }, 15000)) << router.log().toStdString();
    const QStringList lines = router.log().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        EXPECT_TRUE(line.startsWith(QLatin1Char('<'))) << "no priority: " << line.toStdString();
        EXPECT_FALSE(line.contains(QRegularExpression(QStringLiteral("^<\\d>\\d{4}-\\d\\d-\\d\\dT")))) << "a time the journal keeps anyway: " << line.toStdString();
    }
    const auto lineWith = [&](const QString &text) {
        for (const QString &line : lines)
            if (line.contains(text))
                return line;
        return QString();
    };
    EXPECT_TRUE(lineWith(QStringLiteral("listening on")).startsWith(QStringLiteral("<6>"))) << router.log().toStdString();
    EXPECT_TRUE(lineWith(QStringLiteral("sign-in failed")).startsWith(QStringLiteral("<4>"))) << router.log().toStdString();

    // A router that cannot start says so as an error.
    QTcpServer occupant;
    ASSERT_TRUE(occupant.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    const CommandResult r = runRouter({QStringLiteral("serve"), QStringLiteral("--listen"),
                                       QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort()), QStringLiteral("--data-dir"),
                                       dir.filePath(QStringLiteral("d"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.output.startsWith(QStringLiteral("<3>handoff-router: cannot listen on"))) << r.output.toStdString();
}

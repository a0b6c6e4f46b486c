// A signed-in customer at the real desk (offscreen widgets, real router): the website's ID token makes
// the customer's name, e-mail address and id verified fields — marked in the fields pane and in their
// accessible text, while the same names typed to the bot are not — and the customer's earlier chat is
// listed in the history pane, read by a screen reader in words, and opens read-only with its transcript.
// HANDOFF_UPDATE_SCREENSHOTS=1 saves docs/screenshots/desk-history-light.png and -dark.png.
#include "DeskTestSupport.h"
#include "InMemoryCredentialStore.h"
#include "TestSupport.h"
#include "TestTokenSigner.h"
#include "VisitorClient.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/EarlierChatDialog.h"
#include "desk/MainWindow.h"
#include "desk/SearchDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <vector>

using namespace handoff;
using namespace handoff::test;

namespace {

const QString kIssuer = QStringLiteral("https://shop.example");

class CustomerHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({ QStringLiteral("demo") }, &output), 0) << qPrintable(output);
        QFile pem(router.dataDir() + QStringLiteral("/site.pem"));
        ASSERT_TRUE(pem.open(QIODevice::WriteOnly));
        pem.write(site.publicPem());
        pem.close();
        const QJsonObject config { { "identity",
            QJsonObject { { "issuer", kIssuer }, { "audience", "handoff-chat" }, { "keyFile", pem.fileName() },
                { "claims", QJsonArray { "customer_number" } } } } };
        QFile file(router.dataDir() + QStringLiteral("/router.json"));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
        file.close();
        ASSERT_TRUE(router.start({ QStringLiteral("--config"), file.fileName() })) << qPrintable(router.log());
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(QDir(home.path()).filePath(QStringLiteral("cache")));
        controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
    }

    void TearDown() override
    {
        controller.reset();
        session.reset();
    }

    // Ada, signed in on the shop's site, talks to the bot and asks for a person; Alice accepts.
    std::unique_ptr<VisitorClient> adaChats(const QString &line)
    {
        QJsonObject claims = TestTokenSigner::claims(QStringLiteral("cust-42"), kIssuer, QStringLiteral("handoff-chat"),
                                                     QDateTime::currentSecsSinceEpoch());
        claims.insert("name", "Ada Lovelace");
        claims.insert("email", "ada@example.org");
        claims.insert("customer_number", "C-1001");
        auto ada = std::make_unique<VisitorClient>(router.wsUrl(QStringLiteral("visitor")));
        ada->identityToken = QString::fromLatin1(site.sign(claims));
        EXPECT_TRUE(ada->connectAndHello());
        ada->send(line);
        ada->askForAPerson();
        EXPECT_TRUE(waitUntil([&] { return session->offers()->rowOf(ada->conversationId) >= 0; }, 20000));
        QString error = QStringLiteral("pending");
        session->acceptOffer(ada->conversationId, [&](const QString &e) { error = e; });
        EXPECT_TRUE(waitUntil([&] { return error.isEmpty() && session->myChats()->rowOf(ada->conversationId) >= 0; }, 20000));
        session->openConversation(ada->conversationId);
        return ada;
    }

    QTemporaryDir home;
    RouterProcess router;
    TestTokenSigner site { TestTokenSigner::Kind::Rsa };
    InMemoryCredentialStore credentials;
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

} // namespace

TEST_F(CustomerHistoryTest, VerifiedCustomerWithAnEarlierChat)
{
    MainWindow *w = signInDirectly(*controller, *session, QStringLiteral("127.0.0.1:%1").arg(router.port()));
    ASSERT_NE(w, nullptr);
    w->resize(1360, 820);

    // The first chat: answered and resolved.
    auto first = adaChats(QStringLiteral("Where is my order A1001?"));
    ASSERT_TRUE(session->send(first->conversationId, QStringLiteral("It left our warehouse today."), false));
    ASSERT_TRUE(waitUntil([&] { return first->hasLineContaining(QStringLiteral("warehouse")); }, 10000));
    QString closed = QStringLiteral("pending");
    session->closeConversation(first->conversationId, QStringLiteral("resolved"), {}, [&](const QString &e) { closed = e; });
    ASSERT_TRUE(waitUntil([&] { return closed.isEmpty(); }, 10000)) << qPrintable(closed);

    // A week later (for the customer): the second chat. She types a "name" to the bot herself.
    auto second = adaChats(QStringLiteral("Charles Babbage"));
    ASSERT_TRUE(waitUntil([&] { return session->currentConversationId() == second->conversationId; }, 5000));

    // Fields: the verified ones first, marked in the text and in what a screen reader hears.
    auto *fieldsView = w->findChild<QTableView *>(QStringLiteral("fieldsView"));
    ASSERT_TRUE(fieldsView);
    FieldsModel *fields = session->fields();
    ASSERT_GE(fields->rowCount(), 3);
    QStringList verified;
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QModelIndex name = fields->index(row, FieldsModel::NameColumn);
        const QModelIndex value = fields->index(row, FieldsModel::ValueColumn);
        const QString mark = QString(QChar(0x2713));
        if (fields->isVerified(row)) {
            verified << fields->valueAt(row);
            EXPECT_TRUE(name.data(Qt::DisplayRole).toString().startsWith(mark));
            EXPECT_TRUE(name.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", verified")));
            EXPECT_TRUE(value.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral("verified by the website's sign-in")));
        } else {
            EXPECT_FALSE(name.data(Qt::DisplayRole).toString().contains(mark))
                << qPrintable(fields->nameAt(row)) << " comes from the visitor or the bot";
            EXPECT_FALSE(value.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("verified")));
        }
    }
    EXPECT_EQ(verified, (QStringList { "Ada Lovelace", "ada@example.org", "cust-42", "C-1001" }));

    // History: the first chat, in the list and in words.
    auto *historyView = w->findChild<QListView *>(QStringLiteral("historyView"));
    auto *historyLabel = w->findChild<QLabel *>(QStringLiteral("historyLabel"));
    ASSERT_TRUE(historyView && historyLabel);
    ASSERT_TRUE(waitUntil([&] { return historyView->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(historyLabel->text(), QStringLiteral("Earlier chats of Ada Lovelace (verified): 1"));
    const QModelIndex entry = historyView->model()->index(0, 0);
    const QString words = entry.data(Qt::AccessibleTextRole).toString();
    EXPECT_TRUE(words.startsWith(QStringLiteral("Chat on "))) << qPrintable(words);
    EXPECT_TRUE(words.contains(QStringLiteral("with Alice: resolved"))) << qPrintable(words);
    EXPECT_FALSE(historyView->accessibleName().isEmpty());

    if (qEnvironmentVariable("HANDOFF_UPDATE_SCREENSHOTS") == QLatin1String("1")) {
        for (auto theme : { DeskSettings::Theme::Light, DeskSettings::Theme::Dark }) {
            w->applyTheme(theme);
            historyView->setCurrentIndex(entry);
            QTest::qWait(200);
            const QString name = theme == DeskSettings::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
            EXPECT_TRUE(w->grab().save(QStringLiteral(HANDOFF_SOURCE_DIR "/docs/screenshots/desk-history-%1.png").arg(name)));
        }
        w->applyTheme(DeskSettings::Theme::Light);
    }

    // Enter on the entry opens it read-only: its fields (verified) and its transcript.
    historyView->setFocus();
    historyView->setCurrentIndex(entry);
    QTest::keyClick(historyView, Qt::Key_Return);
    EarlierChatDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<EarlierChatDialog *>()) && dialog->isVisible(); }, 10000));
    auto *transcript = dialog->findChild<QPlainTextEdit *>(QStringLiteral("earlierTranscript"));
    ASSERT_TRUE(transcript);
    EXPECT_TRUE(transcript->isReadOnly());
    EXPECT_TRUE(transcript->toPlainText().contains(QStringLiteral("Where is my order A1001?")));
    EXPECT_TRUE(transcript->toPlainText().contains(QStringLiteral("It left our warehouse today.")));
    EXPECT_FALSE(transcript->toPlainText().contains(QStringLiteral("Charles Babbage"))) << "not the current chat";
    auto *earlierFields = dialog->findChild<QTableView *>(QStringLiteral("earlierFieldsView"));
    ASSERT_TRUE(earlierFields);
    EXPECT_TRUE(earlierFields->model()->index(0, 1).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("verified")));
    if (qEnvironmentVariable("HANDOFF_UPDATE_SCREENSHOTS") == QLatin1String("1")) {
        EXPECT_TRUE(dialog->grab().save(QStringLiteral(HANDOFF_SOURCE_DIR "/docs/screenshots/desk-history-chat-light.png")));
    }
    QTest::keyClick(dialog, Qt::Key_Escape);
    EXPECT_TRUE(waitUntil([&] { return !dialog || !dialog->isVisible(); }, 5000));
}

TEST_F(CustomerHistoryTest, ShowOlderPagesThroughMoreThanTwentyEarlierChatsWithTheirRatings)
{
    MainWindow *w = signInDirectly(*controller, *session, QStringLiteral("127.0.0.1:%1").arg(router.port()));
    ASSERT_NE(w, nullptr);
    w->resize(1360, 820);

    // The oldest chat: Alice resolves it, Ada rates it.
    auto rated = adaChats(QStringLiteral("Where is my order A1001?"));
    QString closed = QStringLiteral("pending");
    session->closeConversation(rated->conversationId, QStringLiteral("resolved"), {}, [&](const QString &e) { closed = e; });
    ASSERT_TRUE(waitUntil([&] { return closed.isEmpty(); }, 10000)) << qPrintable(closed);
    ASSERT_TRUE(waitUntil([&] { return rated->events.contains(QStringLiteral("closed")); }, 10000));
    rated->rate(4, QStringLiteral("Quick and kind"));
    ASSERT_TRUE(waitUntil([&] { return session->rating(rated->conversationId).has_value(); }, 10000));

    // 21 more with the bot alone, each a conversation of its own.
    QJsonObject claims = TestTokenSigner::claims(QStringLiteral("cust-42"), kIssuer, QStringLiteral("handoff-chat"),
                                                 QDateTime::currentSecsSinceEpoch());
    claims.insert("name", "Ada Lovelace");
    std::vector<std::unique_ptr<VisitorClient>> botChats;
    for (int i = 0; i < 21; ++i) {
        auto chat = std::make_unique<VisitorClient>(router.wsUrl(QStringLiteral("visitor")));
        chat->identityToken = QString::fromLatin1(site.sign(claims));
        ASSERT_TRUE(chat->connectAndHello());
        chat->send(QStringLiteral("Question %1").arg(i));
        ASSERT_TRUE(waitUntil([&] { return !chat->received.isEmpty(); }, 10000)) << "the bot answered " << i;
        botChats.push_back(std::move(chat));
    }

    // The 23rd chat: its history pane shows the newest 20 of the 22 earlier ones, and offers the rest.
    auto current = adaChats(QStringLiteral("Me again"));
    auto *historyView = w->findChild<QListView *>(QStringLiteral("historyView"));
    auto *historyLabel = w->findChild<QLabel *>(QStringLiteral("historyLabel"));
    auto *older = w->findChild<QPushButton *>(QStringLiteral("olderHistoryButton"));
    ASSERT_TRUE(historyView && historyLabel && older);
    ASSERT_TRUE(waitUntil([&] { return historyView->model()->rowCount() == 20; }, 10000));
    EXPECT_EQ(historyLabel->text(), QStringLiteral("Earlier chats of Ada Lovelace (verified): the latest 20"));
    ASSERT_TRUE(older->isVisible());
    EXPECT_FALSE(older->text().isEmpty());
    if (qEnvironmentVariable("HANDOFF_UPDATE_SCREENSHOTS") == QLatin1String("1")) {
        historyView->scrollToBottom();
        QTest::qWait(200);
        EXPECT_TRUE(w->grab().save(QStringLiteral(HANDOFF_SOURCE_DIR "/docs/screenshots/desk-history-older-light.png")));
    }

    // Show older: the last two are appended, the first of them focused; nothing more to show.
    older->setFocus();
    QTest::keyClick(older, Qt::Key_Space);
    ASSERT_TRUE(waitUntil([&] { return historyView->model()->rowCount() == 22; }, 10000));
    EXPECT_FALSE(older->isVisible());
    EXPECT_EQ(historyLabel->text(), QStringLiteral("Earlier chats of Ada Lovelace (verified): 22"));
    EXPECT_EQ(historyView->currentIndex().row(), 20);
    EXPECT_TRUE(historyView->hasFocus());
    QSet<QString> ids;
    for (int row = 0; row < 22; ++row)
        ids.insert(historyView->model()->index(row, 0).data(CustomerHistoryModel::IdRole).toString());
    EXPECT_EQ(ids.size(), 22) << "no chat listed twice";
    EXPECT_FALSE(ids.contains(current->conversationId));

    // The oldest is the rated one: stars, number and comment in the row, in words for a screen reader.
    const QModelIndex oldest = historyView->model()->index(21, 0);
    EXPECT_EQ(oldest.data(CustomerHistoryModel::IdRole).toString(), rated->conversationId);
    EXPECT_TRUE(oldest.data().toString().endsWith(QStringLiteral(" · ★★★★☆ 4/5 · General · Alice · resolved · “Quick and kind”")))
        << qPrintable(oldest.data().toString());
    EXPECT_TRUE(oldest.data(Qt::ToolTipRole).toString().contains(QStringLiteral("commenting: Quick and kind")));
    EXPECT_TRUE(oldest.data(Qt::AccessibleTextRole).toString().endsWith(
        QStringLiteral("resolved, rated 4 of 5, commenting: Quick and kind")))
        << qPrintable(oldest.data(Qt::AccessibleTextRole).toString());
    EXPECT_FALSE(historyView->model()->index(0, 0).data().toString().contains(QStringLiteral("/5")))
        << "a chat without a rating shows none";
    if (qEnvironmentVariable("HANDOFF_UPDATE_SCREENSHOTS") == QLatin1String("1")) {
        historyView->setCurrentIndex(oldest);
        historyView->scrollTo(oldest);
        QTest::qWait(200);
        EXPECT_TRUE(w->grab().save(QStringLiteral(HANDOFF_SOURCE_DIR "/docs/screenshots/desk-history-rated-light.png")));
    }

    // The rating in the earlier chat's own window too.
    historyView->setCurrentIndex(oldest);
    QTest::keyClick(historyView, Qt::Key_Return);
    EarlierChatDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<EarlierChatDialog *>()) && dialog->isVisible(); }, 10000));
    bool ratingShown = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        ratingShown = ratingShown || label->text().contains(QStringLiteral("rated 4 of 5: “Quick and kind”"));
    EXPECT_TRUE(ratingShown);
    dialog->close();
}

TEST_F(CustomerHistoryTest, SupervisorFindsASignedInCustomerFromTheSearch)
{
    // Ada chats with the bot, signed in on the shop's site; nobody has taken her chat.
    QJsonObject claims = TestTokenSigner::claims(QStringLiteral("cust-42"), kIssuer, QStringLiteral("handoff-chat"),
                                                 QDateTime::currentSecsSinceEpoch());
    claims.insert("name", "Ada Lovelace");
    claims.insert("email", "ada@example.org");
    VisitorClient ada(router.wsUrl(QStringLiteral("visitor")));
    ada.identityToken = QString::fromLatin1(site.sign(claims));
    ASSERT_TRUE(ada.connectAndHello());
    ada.send(QStringLiteral("Where is my order A1001?"));
    ASSERT_TRUE(waitUntil([&] { return !ada.received.isEmpty(); }, 10000)); // the bot answered

    MainWindow *w = signInDirectly(*controller, *session, QStringLiteral("127.0.0.1:%1").arg(router.port()),
                                   QStringLiteral("sam"));
    ASSERT_NE(w, nullptr);
    SearchDialog search(session.get(), w);
    search.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&search));
    auto *query = search.findChild<QLineEdit *>(QStringLiteral("queryEdit"));
    auto *customers = search.findChild<QListView *>(QStringLiteral("customersView"));
    ASSERT_TRUE(query && customers) << "supervisors get the customer search";
    QTest::keyClicks(query, QStringLiteral("LOVELACE"));
    ASSERT_TRUE(waitUntil([&] { return customers->model()->rowCount() == 1; }, 10000));
    const QModelIndex hit = customers->model()->index(0, 0);
    EXPECT_TRUE(hit.data().toString().startsWith(QStringLiteral("Ada Lovelace <ada@example.org> · cust-42")))
        << qPrintable(hit.data().toString());
    EXPECT_TRUE(hit.data(Qt::AccessibleTextRole).toString().startsWith(
        QStringLiteral("Ada Lovelace, ada@example.org, customer cust-42: Chat on ")));

    customers->setFocus();
    customers->setCurrentIndex(hit);
    QTest::keyClick(customers, Qt::Key_Return);
    EarlierChatDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = search.findChild<EarlierChatDialog *>()) && dialog->isVisible(); }, 10000));
    EXPECT_TRUE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("earlierTranscript"))
                    ->toPlainText()
                    .contains(QStringLiteral("Where is my order A1001?")));
    dialog->close();
}

TEST_F(CustomerHistoryTest, AgentsGetNoCustomerSearch)
{
    MainWindow *w = signInDirectly(*controller, *session, QStringLiteral("127.0.0.1:%1").arg(router.port()));
    ASSERT_NE(w, nullptr);
    SearchDialog search(session.get(), w);
    EXPECT_EQ(search.findChild<QListView *>(QStringLiteral("customersView")), nullptr);
}

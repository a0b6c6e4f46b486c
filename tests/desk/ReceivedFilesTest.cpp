// Files a visitor sends, at the real desk (offscreen widgets) against the real router: the visitor uploads
// over HTTP with her own token and sends the line; the open chat downloads it with the desk's token, shows a
// picture as a thumbnail and keeps the file in the cache directory, from where a second desk started without
// the router shows it again; Save as writes the same bytes; a decompression bomb is "not shown" while the
// window keeps working; a file the router no longer has says "Not available (404)".
#include "DeskTestSupport.h"
#include "InMemoryCredentialStore.h"
#include "TestPictures.h"
#include "TestSupport.h"
#include "VisitorClient.h"
#include "client/AttachmentDownloads.h"
#include "client/DeskSession.h"
#include "desk/DeskController.h"
#include "desk/DeskSettings.h"
#include "desk/MainWindow.h"
#include "desk/TranscriptDelegate.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;

namespace {

const QColor kPictureColour(30, 120, 200);

// The visitor's upload, as the web page does it: the raw bytes with her visitorToken. The attachment's JSON.
QJsonObject upload(const RouterProcess &router, const VisitorClient &visitor, const QString &name, const QByteArray &bytes)
{
    QNetworkAccessManager network;
    QUrl url(router.httpUrl(QStringLiteral("/api/v1/attachments")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("conversationId"), visitor.conversationId);
    query.addQueryItem(QStringLiteral("name"), name);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + visitor.visitorToken.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply *reply = network.post(request, bytes);
    waitUntil([&] { return reply->isFinished(); }, 20000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201)
        << QJsonDocument(answer).toJson().constData();
    delete reply;
    return answer.value(QStringLiteral("attachment")).toObject();
}

class ReceivedFilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toLocal8Bit());
        QString output;
        ASSERT_EQ(router.runAdmin({QStringLiteral("demo")}, &output), 0) << qPrintable(output);
        ASSERT_TRUE(router.start()) << qPrintable(router.log());
        server = QStringLiteral("127.0.0.1:%1").arg(router.port());
        settings = std::make_unique<DeskSettings>();
        session = std::make_unique<DeskSession>();
        session->setCacheDirectory(cacheDir());
        controller = std::make_unique<DeskController>(session.get(), settings.get(), &credentials);
    }

    void TearDown() override
    {
        controller.reset();
        session.reset();
    }

    QString cacheDir() const { return QDir(home.path()).filePath(QStringLiteral("cache")); }

    // A visitor whose chat Alice accepted and opened.
    std::unique_ptr<VisitorClient> openChat()
    {
        auto visitor = visitorAskingForAPerson(router, *session);
        QString error = QStringLiteral("pending");
        session->acceptOffer(visitor->conversationId, [&](const QString &e) { error = e; });
        EXPECT_TRUE(waitUntil([&] { return error.isEmpty() && session->myChats()->rowOf(visitor->conversationId) >= 0; },
                              20000));
        session->openConversation(visitor->conversationId);
        return visitor;
    }

    // The transcript row of the line carrying this attachment, once it is there; -1 when it did not come.
    static int rowOf(TranscriptModel *transcript, const QString &attachmentId)
    {
        int found = -1;
        waitUntil([&] {
            for (int row = 0; row < transcript->rowCount(); ++row)
                if (transcript->index(row).data(TranscriptModel::AttachmentIdRole).toString() == attachmentId)
                    found = row;
            return found >= 0;
        }, 15000);
        return found;
    }

    QTemporaryDir home;
    RouterProcess router;
    QString server;
    InMemoryCredentialStore credentials;
    std::unique_ptr<DeskSettings> settings;
    std::unique_ptr<DeskSession> session;
    std::unique_ptr<DeskController> controller;
};

} // namespace

TEST_F(ReceivedFilesTest, APictureShowsAsAThumbnailIsCachedAndSavedAndShowsWithoutTheRouter)
{
    MainWindow *w = signInDirectly(*controller, *session, server);
    ASSERT_NE(w, nullptr);
    w->resize(1200, 800);
    auto visitor = openChat();
    const QString conversationId = visitor->conversationId;

    const QByteArray picture = pngBytes(800, 600, kPictureColour);
    const QJsonObject sent = upload(router, *visitor, QStringLiteral("parcel.png"), picture);
    const QString id = sent.value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());
    visitor->sendFile(id);

    TranscriptModel *transcript = session->transcript();
    const int row = rowOf(transcript, id);
    ASSERT_GE(row, 0);
    // Downloaded with the desk's token, decoded off the GUI thread, shown in the transcript.
    ASSERT_TRUE(waitUntil([&] { return !transcript->index(row).data(TranscriptModel::ThumbnailRole).value<QImage>().isNull(); },
                          20000))
        << qPrintable(transcript->index(row).data(TranscriptModel::AttachmentStateRole).toString());
    const QImage thumbnail = transcript->index(row).data(TranscriptModel::ThumbnailRole).value<QImage>();
    EXPECT_EQ(thumbnail.size(), QSize(213, 160));
    EXPECT_EQ(thumbnail.pixelColor(100, 80), kPictureColour);
    EXPECT_TRUE(transcript->index(row).data(TranscriptModel::AttachmentStateRole).toString().isEmpty());
    auto *view = w->findChild<QListView *>(QStringLiteral("transcriptView"));
    ASSERT_TRUE(view);
    QStyleOptionViewItem option;
    option.initFrom(view);
    EXPECT_GE(view->itemDelegate()->sizeHint(option, transcript->index(row)).height(), 160 + view->fontMetrics().height())
        << "the row holds the picture and the file's name";
    EXPECT_EQ(transcript->index(row).data(Qt::AccessibleTextRole).toString().section(QStringLiteral(": "), 1),
              QStringLiteral("sent a file parcel.png, %1 KB").arg((picture.size() + 512) / 1024));

    // The file itself is in the cache directory beside the SQLite cache.
    QFile cached(QDir(session->cachePath() + QStringLiteral(".files")).filePath(QStringLiteral("id-") + id));
    ASSERT_TRUE(cached.open(QIODevice::ReadOnly)) << qPrintable(cached.fileName());
    EXPECT_EQ(cached.readAll(), picture);
    cached.close();

    // Enter on the line offers Open and Save as…; Save as writes the same bytes.
    view->setFocus();
    view->setCurrentIndex(transcript->index(row));
    QTest::keyClick(view, Qt::Key_Return);
    QMenu *menu = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (menu = w->findChild<QMenu *>(QStringLiteral("fileMenu"))) && menu->isVisible(); }));
    QStringList actions;
    for (QAction *a : menu->actions())
        actions << a->objectName();
    EXPECT_EQ(actions, (QStringList{QStringLiteral("openFileAction"), QStringLiteral("saveFileAction")}));
    QAction *save = nullptr;
    for (QAction *a : menu->actions())
        if (a->objectName() == QLatin1String("saveFileAction"))
            save = a;
    ASSERT_TRUE(save);
    save->trigger();
    menu->close();
    QFileDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] { return (dialog = w->findChild<QFileDialog *>(QStringLiteral("saveFileDialog"))) && dialog->isVisible(); }));
    EXPECT_EQ(QFileInfo(dialog->selectedFiles().value(0)).fileName(), QStringLiteral("parcel.png"));
    const QString target = QDir(home.path()).filePath(QStringLiteral("saved.png"));
    dialog->selectFile(target);
    QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    ASSERT_TRUE(waitUntil([&] { return QFileInfo(target).size() == picture.size(); }, 10000));
    QFile saved(target);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_EQ(saved.readAll(), picture);

    // The desk closes; the router goes away; the desk starts again and shows the picture from its cache.
    controller.reset();
    session.reset();
    router.stop();
    DeskSession offline;
    offline.setCacheDirectory(cacheDir());
    MainWindow second(&offline, settings.get());
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second));
    offline.signIn(server, QStringLiteral("alice"), QStringLiteral("demo"));
    ASSERT_TRUE(waitUntil([&] { return offline.myChats()->rowOf(conversationId) >= 0; }, 10000)) << "the cached chats";
    EXPECT_FALSE(offline.connection()->isSignedIn());
    offline.openConversation(conversationId);
    const int again = rowOf(offline.transcript(), id);
    ASSERT_GE(again, 0);
    ASSERT_TRUE(waitUntil([&] { return !offline.transcript()->index(again).data(TranscriptModel::ThumbnailRole).value<QImage>().isNull(); },
                          10000))
        << qPrintable(offline.transcript()->index(again).data(TranscriptModel::AttachmentStateRole).toString());
    EXPECT_EQ(offline.transcript()->index(again).data(TranscriptModel::ThumbnailRole).value<QImage>().size(), QSize(213, 160));
}

TEST_F(ReceivedFilesTest, ABombIsNotShownAndAFileTheRouterLostIsNotAvailable)
{
    MainWindow *w = signInDirectly(*controller, *session, server);
    ASSERT_NE(w, nullptr);
    auto visitor = openChat();
    TranscriptModel *transcript = session->transcript();

    // A few KB that claim 20000 × 20000 pixels: refused before decoding; the window keeps working.
    ASSERT_TRUE(resetPeakMemory());
    const qint64 peakBefore = peakMemoryKiB();
    const QString bomb = upload(router, *visitor, QStringLiteral("huge.png"), bombPng()).value(QStringLiteral("id")).toString();
    ASSERT_FALSE(bomb.isEmpty());
    visitor->sendFile(bomb);
    const int bombRow = rowOf(transcript, bomb);
    ASSERT_GE(bombRow, 0);
    ASSERT_TRUE(waitUntil([&] {
        return transcript->index(bombRow).data(TranscriptModel::AttachmentStateRole).toString().startsWith(QStringLiteral("Not shown"));
    }, 20000)) << qPrintable(transcript->index(bombRow).data(TranscriptModel::AttachmentStateRole).toString());
    EXPECT_TRUE(transcript->index(bombRow).data(TranscriptModel::AttachmentStateRole).toString().contains(QStringLiteral("20000 × 20000")));
    EXPECT_TRUE(transcript->index(bombRow).data(TranscriptModel::ThumbnailRole).value<QImage>().isNull());
    EXPECT_TRUE(transcript->index(bombRow).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Not shown")));
    EXPECT_LT(peakMemoryKiB() - peakBefore, 100 * 1024) << "nothing of its claimed size was allocated";
    auto *composer = w->findChild<QPlainTextEdit *>(QStringLiteral("composer"));
    ASSERT_TRUE(composer);
    composer->setFocus();
    QTest::keyClicks(composer, QStringLiteral("Still here"));
    EXPECT_EQ(composer->toPlainText(), QStringLiteral("Still here")) << "the window takes input";

    // A file whose bytes the router no longer has (removed from its disk before the line was sent).
    const QByteArray lostBytes = pngBytes(40, 30, kPictureColour);
    const QJsonObject lost = upload(router, *visitor, QStringLiteral("lost.png"), lostBytes);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(lostBytes, QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(QFile::remove(QDir(router.dataDir()).filePath(QStringLiteral("attachments/%1/%2").arg(sha256.left(2), sha256))));
    visitor->sendFile(lost.value(QStringLiteral("id")).toString());
    const int lostRow = rowOf(transcript, lost.value(QStringLiteral("id")).toString());
    ASSERT_GE(lostRow, 0);
    ASSERT_TRUE(waitUntil([&] {
        return transcript->index(lostRow).data(TranscriptModel::AttachmentStateRole).toString() == QStringLiteral("Not available (404)");
    }, 20000)) << qPrintable(transcript->index(lostRow).data(TranscriptModel::AttachmentStateRole).toString());
    EXPECT_EQ(TranscriptDelegate::fileLine(transcript->index(lostRow)),
              QStringLiteral("lost.png · %1 B — Not available (404)").arg(lostBytes.size()));
    EXPECT_EQ(session->attachments()->state(lost.value(QStringLiteral("id")).toString()), AttachmentDownloads::State::NotFound);
}

TEST(ReceivedFileNames, SavedAndOpenedNamesAreSafe)
{
    EXPECT_EQ(AttachmentDownloads::safeFileName(QStringLiteral("../../.bashrc")), QStringLiteral("_.._.bashrc"));
    EXPECT_EQ(AttachmentDownloads::safeFileName(QStringLiteral(".hidden")), QStringLiteral("hidden"));
    EXPECT_EQ(AttachmentDownloads::safeFileName(QStringLiteral("a\\b/c.pdf")), QStringLiteral("a_b_c.pdf"));
    EXPECT_EQ(AttachmentDownloads::safeFileName(QStringLiteral("..")), QStringLiteral("file"));
    EXPECT_EQ(AttachmentDownloads::safeFileName(QStringLiteral("in\nvoice.pdf")), QStringLiteral("invoice.pdf"));
    Attachment pdf{QStringLiteral("a_1"), QStringLiteral("invoice.pdf.exe"), 10, QStringLiteral("application/pdf"), {}};
    EXPECT_TRUE(AttachmentDownloads::mayOpen(pdf));
    EXPECT_EQ(AttachmentDownloads::openName(pdf), QStringLiteral("invoice.pdf.exe.pdf"));
    Attachment text{QStringLiteral("a_2"), QStringLiteral("notes.txt"), 10, QStringLiteral("text/plain"), {}};
    EXPECT_FALSE(AttachmentDownloads::mayOpen(text)) << "only pictures and PDFs are opened";
}

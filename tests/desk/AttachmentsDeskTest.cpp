// Files in the desk's transcript and composer, with real widgets on the offscreen platform: a picture
// shows as a thumbnail in the transcript (drawn by the transcript's delegate, the row grows to hold it),
// a picture whose header claims 20000 × 20000 pixels is refused before anything is decoded, and a picture
// pasted or a file dropped into the composer becomes an attachment, not text.
#include "TestPictures.h"
#include "client/TranscriptModel.h"
#include "desk/AttachmentThumbnail.h"
#include "desk/ComposerEdit.h"
#include "desk/TranscriptDelegate.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;

namespace {

const QColor kPictureColour(30, 120, 200);

ChatMessage lineWithFile(const QString &id, const QString &name, qint64 size, const QString &type, const QString &text)
{
    ChatMessage m;
    m.id = QStringLiteral("m_") + id;
    m.conversationId = QStringLiteral("c_1");
    m.author = AuthorKind::Visitor;
    m.authorName = QStringLiteral("Ada");
    m.text = text;
    m.at = QDateTime::currentDateTimeUtc();
    m.attachment = Attachment{id, name, size, type, {}};
    return m;
}

} // namespace

TEST(DeskAttachments, APictureShowsAsAThumbnailInTheTranscript)
{
    TranscriptModel model;
    ConversationSummary c;
    c.id = QStringLiteral("c_1");
    c.state = ConversationState::Assigned;
    model.setConversation(c, {lineWithFile(QStringLiteral("a_pic"), QStringLiteral("parcel.png"), 2048,
                                           QStringLiteral("image/png"), QStringLiteral("Here is the box")),
                              lineWithFile(QStringLiteral("a_pdf"), QStringLiteral("terms.pdf"), 84211,
                                           QStringLiteral("application/pdf"), QString())},
                          {});
    QListView view;
    view.setModel(&model);
    view.setItemDelegate(new TranscriptDelegate(&view));
    view.resize(520, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const int before = view.visualRect(model.index(0)).height();

    QString why;
    const QImage thumbnail = AttachmentThumbnail::decode(pngBytes(800, 600, kPictureColour), &why);
    ASSERT_FALSE(thumbnail.isNull()) << why.toStdString();
    EXPECT_EQ(thumbnail.size(), QSize(213, 160)) << "scaled into the thumbnail box while decoding";
    model.setThumbnail(QStringLiteral("a_pic"), thumbnail);
    QTest::qWait(50);
    const QRect row = view.visualRect(model.index(0));
    EXPECT_GE(row.height(), before + 160) << "the row grew to hold the picture";

    // The picture is on screen: its colour fills the thumbnail's area of the row.
    const QImage shot = view.viewport()->grab().toImage();
    int pictureRows = 0;
    for (int y = row.top(); y <= row.bottom() && y < shot.height(); ++y) {
        int pictureInRow = 0;
        for (int x = 0; x < shot.width(); ++x)
            pictureInRow += shot.pixelColor(x, y) == kPictureColour;
        pictureRows += pictureInRow >= 150;
    }
    EXPECT_GE(pictureRows, 150) << "rows of the view showing the picture";
    // Name and size under the picture; the other file is a named line with its size; read out as a sentence.
    EXPECT_EQ(model.index(0).data(TranscriptModel::AttachmentLabelRole).toString(), QStringLiteral("parcel.png · 2 KB"));
    EXPECT_EQ(model.index(1).data(TranscriptModel::AttachmentLabelRole).toString(), QStringLiteral("terms.pdf · 82 KB"));
    EXPECT_TRUE(model.index(1).data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(": sent a file terms.pdf, 82 KB")))
        << model.index(1).data(Qt::AccessibleTextRole).toString().toStdString();
    EXPECT_GT(view.visualRect(model.index(1)).height(), 0);
}

TEST(DeskAttachments, ADecompressionBombIsRefusedBeforeItIsDecoded)
{
    const QByteArray bomb = bombPng();
    ASSERT_LT(bomb.size(), 200 * 1024) << "a small file";
    // The peak is measured from here: decoding it would take 1.6 GB.
    ASSERT_TRUE(resetPeakMemory());
    const qint64 peakBefore = peakMemoryKiB();
    QString why;
    const QImage image = AttachmentThumbnail::decode(bomb, &why);
    EXPECT_TRUE(image.isNull());
    EXPECT_TRUE(why.contains(QStringLiteral("20000 × 20000"))) << why.toStdString();
    EXPECT_LT(peakMemoryKiB() - peakBefore, 20 * 1024) << "nothing of its size was allocated";
    // A file that is no picture at all is refused with a reason too.
    EXPECT_TRUE(AttachmentThumbnail::decode(QByteArray("not a picture"), &why).isNull());
    EXPECT_FALSE(why.isEmpty());
}

TEST(DeskAttachments, APastedPictureOrADroppedFileBecomesAnAttachment)
{
    ComposerEdit composer;
    composer.resize(400, 80);
    composer.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&composer));
    composer.setFocus();
    composer.setPlainText(QStringLiteral("See the screenshot"));

    // A screenshot on the clipboard, pasted with Ctrl+V.
    QImage screenshot(64, 40, QImage::Format_RGB32);
    screenshot.fill(kPictureColour);
    QApplication::clipboard()->setImage(screenshot);
    QTest::keyClick(&composer, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(composer.pendingAttachments().size(), 1);
    const ComposerEdit::PendingAttachment pasted = composer.pendingAttachments().first();
    EXPECT_TRUE(pasted.name.endsWith(QLatin1String(".png")));
    EXPECT_EQ(QImage::fromData(pasted.bytes, "PNG").size(), QSize(64, 40));
    EXPECT_EQ(composer.toPlainText(), QStringLiteral("See the screenshot")) << "no text was pasted";

    // A file dropped from a file manager.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("invoice.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file.fileName())});
    const QPoint at = composer.viewport()->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer.viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer.viewport(), &move);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(composer.viewport(), &drop);
    ASSERT_EQ(composer.pendingAttachments().size(), 2);
    EXPECT_EQ(composer.pendingAttachments().at(1).name, QStringLiteral("invoice.pdf"));
    EXPECT_EQ(composer.pendingAttachments().at(1).path, QFileInfo(file.fileName()).absoluteFilePath());
    EXPECT_EQ(composer.toPlainText(), QStringLiteral("See the screenshot"));
    composer.clearPendingAttachments();
    EXPECT_TRUE(composer.pendingAttachments().isEmpty());
}

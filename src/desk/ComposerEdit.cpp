#include "desk/ComposerEdit.h"

#include "client/PlaceholderFiller.h"
#include "desk/ThemePalette.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QTextBlock>

namespace handoff {

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setPlaceholderText(tr("Type a message — Enter sends, Shift+Enter for a new line, / for canned responses"));
    connect(this, &QPlainTextEdit::textChanged, this, &ComposerEdit::updateMarks);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    // Local files (dropped from a file manager, or copied there and pasted) and pictures become attachments;
    // only plain text goes into the text.
    bool attached = false;
    for (const QUrl &url : source->urls()) {
        const QFileInfo file(url.toLocalFile());
        if (url.isLocalFile() && file.isFile()) {
            m_attachments.append({file.fileName(), file.absoluteFilePath(), {}});
            attached = true;
        }
    }
    if (!attached && source->hasImage()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.isNull() && image.save(&buffer, "PNG")) {
            m_attachments.append({tr("screenshot-%1.png").arg(m_attachments.size() + 1), {}, png});
            attached = true;
        }
    }
    if (attached) {
        emit attachmentsChanged();
        return;
    }
    if (source->hasText())
        insertPlainText(source->text()); // never rich text
}

void ComposerEdit::addFile(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return;
    m_attachments.append({file.fileName(), file.absoluteFilePath(), {}});
    emit attachmentsChanged();
}

void ComposerEdit::clearPendingAttachments()
{
    if (m_attachments.isEmpty())
        return;
    m_attachments.clear();
    emit attachmentsChanged();
}

bool ComposerEdit::event(QEvent *e)
{
    // Tab moves the focus out of the composer (keyboard users), except while the canned-response
    // completion is open: then it inserts the chosen response. QWidget handles Tab before keyPressEvent.
    if (e->type() == QEvent::KeyPress && m_completionOpen) {
        const auto *k = static_cast<QKeyEvent *>(e);
        if (k->key() == Qt::Key_Tab && !(k->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier))) {
            emit completionAccepted();
            return true;
        }
    }
    return QPlainTextEdit::event(e);
}

void ComposerEdit::keyPressEvent(QKeyEvent *e)
{
    const bool enter = e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
    if (m_completionOpen) {
        if (e->key() == Qt::Key_Down || e->key() == Qt::Key_Up) {
            emit completionMove(e->key() == Qt::Key_Down ? 1 : -1);
            return;
        }
        if ((enter && !(e->modifiers() & Qt::ShiftModifier)) || e->key() == Qt::Key_Tab) {
            emit completionAccepted();
            return;
        }
        if (e->key() == Qt::Key_Escape) {
            emit completionCancelled();
            return;
        }
    }
    if (enter) {
        if (e->modifiers() & Qt::ShiftModifier) {
            insertPlainText(QStringLiteral("\n"));
        } else if (!(e->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            emit submitted();
        }
        return;
    }
    QPlainTextEdit::keyPressEvent(e);
}

QString ComposerEdit::shortcutPrefix() const
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)(/[A-Za-z0-9_.-]*)$"));
    const QString before = toPlainText().left(textCursor().position());
    const auto m = re.match(before);
    return m.hasMatch() ? m.captured(1) : QString();
}

void ComposerEdit::replaceShortcut(const QString &text)
{
    const QString prefix = shortcutPrefix();
    QTextCursor c = textCursor();
    c.clearSelection();
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(prefix.size()));
    c.insertText(text);
    setTextCursor(c);
}

void ComposerEdit::insertSnippet(const QString &text)
{
    QTextCursor c = textCursor();
    const QString all = toPlainText();
    const int at = c.hasSelection() ? c.selectionStart() : c.position();
    if (at > 0 && !all.at(at - 1).isSpace() && !c.hasSelection())
        c.insertText(QStringLiteral(" "));
    c.insertText(text);
    setTextCursor(c);
}

void ComposerEdit::setMissingPlaceholders(const QStringList &names)
{
    m_missing = names;
    updateMarks();
}

QStringList ComposerEdit::missingPlaceholders() const
{
    QStringList still;
    const auto spans = PlaceholderFiller::placeholdersIn(toPlainText());
    for (const auto &s : spans)
        if (m_missing.contains(s.name) && !still.contains(s.name))
            still << s.name;
    return still;
}

void ComposerEdit::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_missing.isEmpty()) {
        const auto spans = PlaceholderFiller::placeholdersIn(toPlainText());
        for (const auto &s : spans) {
            if (!m_missing.contains(s.name))
                continue;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(document());
            sel.cursor.setPosition(s.start);
            sel.cursor.setPosition(s.start + s.length, QTextCursor::KeepAnchor);
            QColor bg = ThemePalette::colours().failed;
            bg.setAlpha(60);
            sel.format.setBackground(bg);
            sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            sel.format.setUnderlineColor(ThemePalette::colours().failed);
            marks << sel;
        }
    }
    setExtraSelections(marks);
}

} // namespace handoff

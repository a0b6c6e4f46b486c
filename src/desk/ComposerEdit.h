// The message composer: Enter sends, Shift+Enter starts a new line; while a "/shortcut" completion is
// open, Up/Down choose, Enter or Tab insert, Escape closes. Placeholders left unfilled are marked.
// Files dropped on it and pictures pasted into it (a screenshot from the clipboard) become attachments
// waiting to go with the next message, never text.
#pragma once

#include <QPlainTextEdit>

namespace handoff {

class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);

    void setCompletionOpen(bool open) { m_completionOpen = open; }
    bool isCompletionOpen() const { return m_completionOpen; }

    // Names of placeholders that had no value when a canned response was inserted; while any of them
    // is still in the text it is marked, and missingPlaceholders() lists it.
    void setMissingPlaceholders(const QStringList &names);
    QStringList missingPlaceholders() const;

    // "/ref" when a shortcut is being typed just before the cursor (at the start or after a space or
    // line break, so several canned responses can go into one message), else empty.
    QString shortcutPrefix() const;
    // Replaces the "/ref" being typed by `text`.
    void replaceShortcut(const QString &text);
    // Inserts a canned response where the cursor is, separated by a space from text before it.
    void insertSnippet(const QString &text);

    // A file waiting to be sent: a local file dropped here, or a pasted picture (as PNG bytes).
    struct PendingAttachment {
        QString name;     // as the visitor will see it
        QString path;     // a local file; empty for a pasted picture
        QByteArray bytes; // a pasted picture, PNG
    };
    QList<PendingAttachment> pendingAttachments() const { return m_attachments; }
    void clearPendingAttachments();
    void addFile(const QString &path); // a local file, as if dropped here

signals:
    void submitted();
    void completionMove(int delta);
    void completionAccepted();
    void completionCancelled();
    void attachmentsChanged();

protected:
    bool event(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateMarks();

    bool m_completionOpen = false;
    QStringList m_missing;
    QList<PendingAttachment> m_attachments;
};

} // namespace handoff

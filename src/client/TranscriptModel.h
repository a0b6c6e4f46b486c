// One conversation's lines in time order: the router's stored messages, my lines still in the outbox
// (with their delivery state), and a marked line where the bot handed the visitor over.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractListModel>

namespace handoff {

class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        AuthorKindRole = Qt::UserRole + 1, // AuthorKind as int
        // The author's name; a visitor's lines carry the name she gave the bot (empty when unknown).
        AuthorNameRole,
        TextRole,
        TimeRole, // QDateTime, UTC
        DeliveryRole, // DeliveryState as int (only meaningful for my lines)
        DeliveryErrorRole, // why it failed
        InternalRole,
        IsHandoffPointRole,
        IsMineRole,
        ClientIdRole,
        MessageIdRole,
        // The label for the line's author: AuthorNameRole, or "Visitor", "Bot" or "System" when empty.
        AuthorDisplayNameRole,
        // The file the line carries: "name · 84 KB" (empty for a line without one), its attachment id
        // (empty for a link a bot handed over), and the picture to show for it once the desk has one
        // (a QImage in the QVariant; invalid while there is none).
        AttachmentLabelRole,
        AttachmentIdRole,
        ThumbnailRole,
        ThreadRole, // "" for the transcript, "consult" for the consult thread
        // What the desk can say about the file for now: "Downloading…", "Not available (404)", why a
        // picture is not shown; empty once it is there.
        AttachmentStateRole,
    };

    struct Line {
        ChatMessage message;
        DeliveryState delivery = DeliveryState::Sent;
        QString deliveryError;
        bool handoffPoint = false;
        bool mine = false;
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMyUserId(const QString &id) { m_me = id; }
    // Which thread of the chat this model shows: "" (the default) the transcript with the visitor,
    // "consult" the agents' private consult thread. Lines of the other thread are left out.
    void setThread(const QString &thread) { m_thread = thread; }
    QString thread() const { return m_thread; }
    // `hasEarlier`: `messages` are only the newest part; prependEarlier() adds older ones as the agent scrolls up.
    void setConversation(const std::optional<ConversationSummary> &c, const QList<ChatMessage> &messages,
        const QList<OutboxItem> &outbox, bool hasEarlier = false);
    void prependEarlier(const QList<ChatMessage> &messages, bool hasEarlier);
    bool hasEarlier() const { return m_hasEarlier; }
    QString oldestMessageId() const; // of the lines loaded
    void clear() { setConversation(std::nullopt, {}, {}); }
    QString conversationId() const { return m_conversationId; }
    // The name the visitor gave (the conversation's visitorName): her lines stored before the bot
    // knew it carry none. Relabels her lines when it changes.
    void setVisitorName(const QString &name);
    QString visitorName() const { return m_visitorName; }

    // Adds a stored message (ignored when its id is known); replaces my pending line with the same clientId.
    void addMessage(const ChatMessage &m);
    // My line's delivery state changed (or it was just queued).
    void updateOutboxItem(const OutboxItem &item);

    const Line &line(int row) const { return m_lines.at(row); }
    // The picture for the lines carrying this attachment (the desk decodes it; this model stays GUI-free).
    void setThumbnail(const QString &attachmentId, const QVariant &image);
    void setAttachmentState(const QString &attachmentId, const QString &state);
    // "parcel.jpg · 84 KB"; "terms.pdf" when the size is unknown.
    static QString attachmentLabel(const Attachment &a);
    int messageCount() const; // lines that are messages (not the handoff marker)

    // What a screen reader says for a line (Qt::AccessibleTextRole): author, time, an internal note's
    // mark, and for my lines not yet delivered "— sending" or "— not sent: <reason>".
    // "Visitor Bea, 14:02: My name is Bea", "Alice (internal note), 14:03: …", "You, 14:04: Hi — sending";
    // a line of the consult thread: "Consult, Ben, 14:02: …".
    QString accessibleText(int row) const;

    static QString describeTrigger(EscalationTrigger t);
    // "Visitor", "Bot", "Agent" or "System": a line's author when it has no name.
    static QString authorKindLabel(AuthorKind kind);
    // "Handed over to a person: the bot did not understand the visitor (3 turns not understood)."
    static QString describeHandoff(const HandoffContext &h);
    // When a line was written, in the user's locale: the time alone for today's lines, the date and the time
    // for older ones (a chat reopened from history, a transcript that spans midnight).
    static QString timeText(const QDateTime &at, const QDate &today = QDate::currentDate());

private:
    int insertionRow(const QDateTime &at) const;
    Line handoffLine(const HandoffContext &h) const;
    void insertLine(const Line &l);

    void placeHandoffLine(); // once the lines around the handoff time are loaded

    QList<Line> m_lines;
    QHash<QString, QVariant> m_thumbnails; // attachment id -> picture
    QHash<QString, QString> m_attachmentStates; // attachment id -> what the line says about its file
    void attachmentChanged(const QString &attachmentId, int role);
    std::optional<Line> m_pendingHandoff; // its time lies in the part not loaded yet
    bool m_hasEarlier = false;
    QString authorName(const Line &l) const;

    bool belongs(const ChatMessage &m) const { return m.thread == m_thread; }

    QString m_conversationId;
    QString m_thread;
    QString m_visitorName;
    QString m_me;
};

} // namespace handoff

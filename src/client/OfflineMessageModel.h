// Messages visitors left while nobody could chat with them ("offline" or left messages), as the
// router lists them: the open ones, oldest first, and the handled ones too when asked to show them.
// Rows are kept in place on updates (upsert by id) so a view's selection survives live events.
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace handoff {

struct OfflineMessage {
    struct Field {
        QString name; // e.g. "order.number"
        QString label; // e.g. "Order number"; the name when the router sends none
        QString value;
    };

    QString id;
    QString name;
    QString email;
    QString text;
    QString queueId;
    QString queueName;
    QString conversationId;
    QDateTime at;
    QString topic;
    QString page;
    QList<Field> fields;
    QString handledBy; // user id; empty until handled
    QString handledByName;
    QDateTime handledAt;

    bool isHandled() const { return !handledBy.isEmpty() || handledAt.isValid(); }
    QString firstLine() const; // the first non-empty line of the text, trimmed
    QString queueText() const { return queueName.isEmpty() ? queueId : queueName; }
    QString handledByText() const { return handledByName.isEmpty() ? handledBy : handledByName; }

    // The router's "offline message" object; nullopt without an id.
    static std::optional<OfflineMessage> fromJson(const QJsonObject &o);
};

class OfflineMessageModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EmailRole,
        TextRole,
        FirstLineRole,
        QueueIdRole,
        QueueNameRole, // the queue's name, or its id when the router sent no name
        ConversationIdRole,
        AtRole,
        TopicRole,
        PageRole,
        FieldsRole, // QVariantList of {"name", "label", "value"} maps
        HandledRole,
        HandledByRole,
        HandledByNameRole,
        HandledAtRole,
    };

    explicit OfflineMessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The router's list: messages it no longer lists are dropped, the others updated in place.
    void setMessages(const QList<OfflineMessage> &messages);
    // Adds a new message or updates a known one (handled, for example).
    void upsert(const OfflineMessage &message);
    bool remove(const QString &id);
    void clear();

    // Handled messages are rows only while this is on; off by default.
    void setShowHandled(bool on);
    bool showHandled() const { return m_showHandled; }

    int unhandledCount() const { return m_unhandled; }
    std::optional<OfflineMessage> message(const QString &id) const;
    QString idAt(int row) const;
    int rowOf(const QString &id) const;

signals:
    void unhandledCountChanged(int count);

private:
    bool isShown(const OfflineMessage &m) const { return m_showHandled || !m.isHandled(); }
    int insertionRow(const OfflineMessage &m) const;
    // Row changes without recounting: setMessages counts once for the whole list.
    void place(const OfflineMessage &message);
    bool drop(const QString &id);
    void updateUnhandledCount();

    QHash<QString, OfflineMessage> m_all; // every message known, shown or not
    QList<QString> m_rows; // ids of the shown messages, oldest first
    bool m_showHandled = false;
    int m_unhandled = 0;
};

} // namespace handoff

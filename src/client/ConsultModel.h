// The consults this desk takes part in (docs/protocol.md, "Consult"): invitations to me, consults I
// asked for and consults I am in, by chat. The rows are the invitations waiting for my answer, shown
// like offers with the seconds left; the others are looked up by chat.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <functional>

namespace handoff {

class ConsultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        AgentNameRole, // who asks
        VisitorNameRole, // whose chat ("Visitor" when the bot learnt no name)
        TopicRole,
        SecondsLeftRole, // until the invitation lapses
    };

    explicit ConsultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMyUserId(const QString &id);
    QString myUserId() const { return m_me; }
    // A fresh snapshot's consults replace all known ones.
    void setConsults(const QList<ConsultInfo> &consults);
    // New or changed; a summary already known is kept when the new one carries only the id.
    void upsert(const ConsultInfo &consult);
    // The consult of the chat, gone; nullopt when there was none.
    std::optional<ConsultInfo> take(const QString &conversationId);
    std::optional<ConsultInfo> consult(const QString &conversationId) const;
    QList<ConsultInfo> all() const { return m_consults.values(); }

    bool isInvitationToMe(const ConsultInfo &k) const { return !k.active && k.consultantId == m_me; }
    bool amConsultant(const QString &conversationId) const; // accepted, and I am the one asked
    bool amAgent(const QString &conversationId) const; // I asked (invited or active)

    QString conversationIdAt(int row) const;
    int rowOf(const QString &conversationId) const;
    int secondsLeft(const ConsultInfo &k) const;
    // What a screen reader says for an invitation: "Ann asks you about Kofi's chat (order status), 52
    // seconds left to answer".
    QString accessibleText(int row) const;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    void rebuildRows();

    QHash<QString, ConsultInfo> m_consults; // by conversation id
    QStringList m_rows; // invitations to me, oldest first
    QString m_me;
    QTimer m_tick;
    std::function<QDateTime()> m_now;
};

} // namespace handoff

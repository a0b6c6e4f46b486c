// Chats offered to me right now, each with its countdown, topic, the bot's reason and how long the
// visitor has waited. Ticks once a second so views redraw the countdown.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractListModel>
#include <QTimer>
#include <functional>

namespace handoff {

class OfferModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ConversationIdRole = Qt::UserRole + 1,
        VisitorNameRole,
        TopicRole,
        ReasonRole,
        TriggerRole,
        SecondsLeftRole,
        WaitSecondsRole,
        QueueRole,
    };

    explicit OfferModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setOffers(const QList<OfferInfo> &offers);
    void addOffer(const OfferInfo &offer); // replaces an offer for the same conversation
    bool removeOffer(const QString &conversationId);
    std::optional<OfferInfo> offer(const QString &conversationId) const;
    QString conversationIdAt(int row) const;
    int rowOf(const QString &conversationId) const;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    int secondsLeft(const OfferInfo &o) const;
    int waitSeconds(const OfferInfo &o) const;
    // What a screen reader says for a row (Qt::AccessibleTextRole):
    // "Offer: Kofi, topic billing, queue Support, 25 seconds left to accept, waiting 2 minutes".
    QString accessibleText(int row) const;
    // Turns a queue id into its display name for accessibleText(); the id is used without it.
    void setQueueNames(std::function<QString(const QString &)> name) { m_queueName = std::move(name); }

private:
    QList<OfferInfo> m_offers;
    QTimer m_tick;
    std::function<QDateTime()> m_now;
    std::function<QString(const QString &)> m_queueName;
};

} // namespace handoff

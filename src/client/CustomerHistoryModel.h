// A customer's earlier conversations, as the router lists them for the open chat (customer.history):
// one row each, newest first — date, queue, agent, outcome and, when the conversation has one, its rating.
// The accessible text of a row reads the same in words.
#pragma once

#include "protocol/DomainTypes.h"

#include <QAbstractListModel>
#include <QJsonObject>

namespace handoff {

struct EarlierConversation {
    QString id;
    ConversationState state = ConversationState::Closed;
    QDateTime createdAt;
    QString queueName;
    QString agentName;
    QString disposition; // "resolved", "visitor_left", …; empty while open
    int rating = 0;      // 1–5 when the conversation was rated; 0 when not
    QString ratingComment; // what the visitor wrote with the rating (plain text)

    static std::optional<EarlierConversation> fromJson(const QJsonObject &o);
};

class CustomerHistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { IdRole = Qt::UserRole + 1 };
    enum class Basis { None, Customer, Browser }; // verified customer, or the same browser

    explicit CustomerHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The answer to customer.history for `conversationId`.
    void setHistory(const QString &conversationId, const QJsonObject &answer);
    // A later page of the same answer (its "offset" is rowCount()): appended below, older ones last.
    void appendPage(const QString &conversationId, const QJsonObject &answer);
    void clear();
    QString conversationId() const { return m_conversationId; }
    Basis basis() const { return m_basis; }
    // What the list is, for its label: "Earlier chats of Ada Lovelace (verified)", "… from this browser".
    QString title() const;
    bool hasMore() const { return m_more; }
    EarlierConversation at(int row) const { return m_rows.value(row); }
    static QString outcomeText(const QString &disposition);
    // One conversation as the list shows it ("3 Dec 2026 · ★★★★☆ 4/5 · General · Alice · resolved · “Quick”")
    // and in words.
    static QString lineFor(const EarlierConversation &c);
    static QString wordsFor(const EarlierConversation &c);
    // "★★★★☆ 4/5"; empty when not rated.
    static QString ratingText(const EarlierConversation &c);

private:
    QString m_conversationId;
    QString m_customerName;
    Basis m_basis = Basis::None;
    bool m_more = false;
    QList<EarlierConversation> m_rows;
};

} // namespace handoff

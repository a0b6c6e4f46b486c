// Two-line rows for the queue panel: an offer (visitor · topic, the bot's reason, countdown) or one of
// my chats (visitor, last line, unread badge, how long the visitor has waited; "consulting for Ann" on a
// colleague's chat I consult on), or a colleague's consult invitation (who asks about which chat, countdown).
// Plain text only.
#pragma once

#include <QStyledItemDelegate>

namespace handoff {

class ChatListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Kind { Offers, MyChats, ConsultInvitations };
    ChatListDelegate(Kind kind, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Kind m_kind;
};

} // namespace handoff

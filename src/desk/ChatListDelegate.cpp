#include "desk/ChatListDelegate.h"

#include "client/ConsultModel.h"

#include "client/MyChatsModel.h"
#include "client/OfferModel.h"
#include "client/QueueOverviewModel.h"
#include "desk/ThemePalette.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace handoff {

ChatListDelegate::ChatListDelegate(Kind kind, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_kind(kind)
{ }

QSize ChatListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.height() * 2 + 16);
}

void ChatListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TranscriptColours &c = ThemePalette::colours();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor soft = ink;
    soft.setAlphaF(0.7);

    QString title, subtitle, badge;
    bool badgeIsCount = false;
    bool urgent = false;
    if (m_kind == Kind::Offers) {
        const QString topic = index.data(OfferModel::TopicRole).toString();
        title = index.data(OfferModel::VisitorNameRole).toString();
        if (!topic.isEmpty())
            title += QStringLiteral(" · ") + topic;
        subtitle = index.data(OfferModel::ReasonRole).toString();
        const int wait = index.data(OfferModel::WaitSecondsRole).toInt();
        if (wait > 0)
            subtitle = tr("waited %1 · %2").arg(QueueOverviewModel::formatDuration(wait), subtitle);
        const int left = index.data(OfferModel::SecondsLeftRole).toInt();
        badge = tr("%1 s").arg(left);
        urgent = left <= 10;
    } else if (m_kind == Kind::ConsultInvitations) {
        // The chat asked about, as an offer shows it; who asks under it (the whole sentence is the tooltip).
        const QString topic = index.data(ConsultModel::TopicRole).toString();
        title = index.data(ConsultModel::VisitorNameRole).toString();
        if (!topic.isEmpty())
            title += QStringLiteral(" · ") + topic;
        subtitle = tr("%1 asks for your advice").arg(index.data(ConsultModel::AgentNameRole).toString());
        const int left = index.data(ConsultModel::SecondsLeftRole).toInt();
        badge = tr("%1 s").arg(left);
        urgent = left <= 10;
    } else {
        title = index.data(MyChatsModel::VisitorNameRole).toString();
        subtitle = index.data(MyChatsModel::LastLineRole).toString().simplified();
        if (index.data(MyChatsModel::VisitorLeftRole).toBool())
            subtitle = tr("(visitor left) %1").arg(subtitle);
        const QString consultingFor = index.data(MyChatsModel::ConsultingForRole).toString();
        if (!consultingFor.isEmpty())
            subtitle = tr("Consulting for %1 · %2").arg(consultingFor, subtitle);
        const int unread = index.data(MyChatsModel::UnreadRole).toInt();
        const int waiting = index.data(MyChatsModel::WaitingSecondsRole).toInt();
        if (unread > 0) {
            badge = QString::number(unread);
            badgeIsCount = true;
        }
        if (waiting >= 0) {
            // How long, and since when: the visitor's unanswered line (system and bot lines do not answer).
            const QDateTime since = index.data(MyChatsModel::WaitingSinceRole).toDateTime().toLocalTime();
            title += QStringLiteral("  ·  ")
                + tr("waiting %1 since %2")
                      .arg(QueueOverviewModel::formatDuration(waiting),
                          QLocale().toString(since.time(), QLocale::ShortFormat));
        }
        urgent = waiting >= 60;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    const QFontMetrics fm(option.font);
    int badgeWidth = 0;
    if (!badge.isEmpty()) {
        QFont bf = option.font;
        bf.setBold(true);
        const QFontMetrics bfm(bf);
        badgeWidth = qMax(bfm.height() + 4, bfm.horizontalAdvance(badge) + 12);
        const QRect b(
            r.right() - badgeWidth, r.top() + (r.height() - bfm.height() - 4) / 2, badgeWidth, bfm.height() + 4);
        painter->setFont(bf);
        if (badgeIsCount) {
            QPainterPath path;
            path.addRoundedRect(b, b.height() / 2.0, b.height() / 2.0);
            painter->fillPath(path, c.badge);
            painter->setPen(c.badgeText);
        } else {
            painter->setPen(urgent && !selected ? c.urgent : ink);
        }
        painter->drawText(b, Qt::AlignCenter, badge);
        badgeWidth += 8;
    }
    QFont titleFont = option.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(m_kind == Kind::MyChats && urgent && !selected ? c.urgent : ink);
    const QRect titleRect(r.left(), r.top(), r.width() - badgeWidth, fm.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(option.font);
    painter->setPen(soft);
    const QRect subRect(r.left(), r.top() + fm.height() + 2, r.width() - badgeWidth, fm.height());
    painter->drawText(
        subRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(subtitle, Qt::ElideRight, subRect.width()));
    painter->restore();
}

} // namespace handoff

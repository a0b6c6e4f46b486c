#include "desk/OfflineMessageDelegate.h"

#include "client/OfflineMessageModel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace handoff {

OfflineMessageDelegate::OfflineMessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString OfflineMessageDelegate::shortTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss")); // minutes are enough in a list
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), time);
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), locale.toString(local.time(), time));
}

QSize OfflineMessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, fm.height() * 2 + 16);
}

void OfflineMessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor ink = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor soft = ink;
    soft.setAlphaF(0.7);
    const bool handled = index.data(OfflineMessageModel::HandledRole).toBool();

    const QString name = index.data(OfflineMessageModel::NameRole).toString();
    const QString when = shortTime(index.data(OfflineMessageModel::AtRole).toDateTime());
    QString line = index.data(OfflineMessageModel::FirstLineRole).toString();
    if (handled)
        line = tr("✓ %1 · %2").arg(index.data(OfflineMessageModel::HandledByNameRole).toString(), line);
    const QString queue = index.data(OfflineMessageModel::QueueNameRole).toString();

    painter->save();
    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    const QFontMetrics fm(option.font);
    QFont titleFont = option.font;
    titleFont.setBold(!handled);
    const QFontMetrics tfm(titleFont);

    const int whenWidth = fm.horizontalAdvance(when) + 2;
    painter->setFont(option.font);
    painter->setPen(soft);
    painter->drawText(
        QRect(r.right() - whenWidth, r.top(), whenWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, when);
    painter->setFont(titleFont);
    painter->setPen(handled ? soft : ink);
    const QRect titleRect(r.left(), r.top(), r.width() - whenWidth - 8, fm.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter, tfm.elidedText(name, Qt::ElideRight, titleRect.width()));

    painter->setFont(option.font);
    painter->setPen(soft);
    const int queueWidth = qMin(fm.horizontalAdvance(queue) + 2, r.width() / 3);
    const int second = r.top() + fm.height() + 2;
    painter->drawText(QRect(r.right() - queueWidth, second, queueWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
        fm.elidedText(queue, Qt::ElideRight, queueWidth));
    const QRect lineRect(r.left(), second, r.width() - queueWidth - 8, fm.height());
    painter->drawText(
        lineRect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(line, Qt::ElideRight, lineRect.width()));
    painter->restore();
}

} // namespace handoff

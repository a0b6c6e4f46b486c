// Two-line rows for the Messages tab: the visitor's name and when they wrote, then the first line of
// their message and the queue; handled ones (with "Show handled") say who handled them. Plain text only.
#pragma once

#include <QStyledItemDelegate>

namespace handoff {

class OfflineMessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit OfflineMessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "14:05" for today, a short date and time otherwise, in the desk's language.
    static QString shortTime(const QDateTime &at);
};

} // namespace handoff

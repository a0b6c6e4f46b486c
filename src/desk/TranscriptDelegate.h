// Draws one transcript line as plain text (never HTML): visitor and bot turns on the left, agents on
// the right, internal notes as a full-width yellow note, system lines centred, the handoff point as
// a marked band; names, times and the delivery state of my own lines in a small line above. A line that
// carries a file shows its thumbnail (pictures) and its name and size under the text.
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace handoff {

class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TranscriptDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Text of the small line above a turn: "Ada · 10:04", "You · 10:05 · sent".
    static QString metaLine(const QModelIndex &index);
    // The line under a file's text: "parcel.jpg · 84 KB", with its state when it has one
    // ("parcel.jpg · 84 KB — Downloading…").
    static QString fileLine(const QModelIndex &index);

private:
    struct Layout {
        QRect bubble;
        QRect text;
        QRect meta;
        QRect thumbnail; // the picture a line's file shows as, when the desk has one
        QRect fileLabel; // "parcel.jpg · 84 KB", under the text (and the picture)
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int availableWidth() const;

    QAbstractItemView *m_view;
};

} // namespace handoff

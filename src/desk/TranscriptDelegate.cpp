#include "desk/TranscriptDelegate.h"

#include "client/TranscriptModel.h"
#include "desk/ThemePalette.h"

#include <QAbstractItemView>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace handoff {

namespace {

constexpr int kPad = 8; // inside a bubble
constexpr int kGap = 6; // between rows
constexpr int kMargin = 12; // from the view's edges

AuthorKind kindOf(const QModelIndex &i)
{
    return AuthorKind(i.data(TranscriptModel::AuthorKindRole).toInt());
}

bool isWide(const QModelIndex &i)
{
    return i.data(TranscriptModel::IsHandoffPointRole).toBool() || i.data(TranscriptModel::InternalRole).toBool()
        || kindOf(i) == AuthorKind::System;
}

// The font a line's text is drawn in; also used to measure it, so wrapped lines are never clipped.
QFont textFontFor(const QFont &base, const QModelIndex &i)
{
    QFont f = base;
    const bool handoff = i.data(TranscriptModel::IsHandoffPointRole).toBool();
    if (kindOf(i) == AuthorKind::System && !handoff)
        f.setItalic(true);
    if (handoff)
        f.setBold(true);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.85);
    return f;
}

} // namespace

TranscriptDelegate::TranscriptDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

int TranscriptDelegate::availableWidth() const
{
    return qMax(200, m_view->viewport()->width());
}

QString TranscriptDelegate::metaLine(const QModelIndex &index)
{
    const QDateTime at = index.data(TranscriptModel::TimeRole).toDateTime();
    const QString time = TranscriptModel::timeText(at);
    if (index.data(TranscriptModel::IsHandoffPointRole).toBool())
        return tr("Handoff · %1").arg(time);
    const AuthorKind kind = kindOf(index);
    const bool mine = index.data(TranscriptModel::IsMineRole).toBool();
    QString who = index.data(TranscriptModel::AuthorNameRole).toString();
    if (mine)
        who = tr("You");
    else if (who.isEmpty())
        who = kind == AuthorKind::Visitor ? tr("Visitor") : kind == AuthorKind::Bot ? tr("Bot") : tr("System");
    else if (kind == AuthorKind::Bot)
        who = tr("%1 (bot)").arg(who);
    QString line = who + QStringLiteral(" · ") + time;
    const bool consult = !index.data(TranscriptModel::ThreadRole).toString().isEmpty();
    if (consult) // the panel says whose thread it is; every line of it is agents-only
        return line;
    if (index.data(TranscriptModel::InternalRole).toBool())
        line = tr("Internal note · %1").arg(line);
    if (mine) {
        switch (DeliveryState(index.data(TranscriptModel::DeliveryRole).toInt())) {
        case DeliveryState::Queued:
            line += tr(" · waiting to send");
            break;
        case DeliveryState::Sent:
            line += tr(" · sent ✓");
            break;
        case DeliveryState::Failed:
            line += tr(" · not sent: %1").arg(index.data(TranscriptModel::DeliveryErrorRole).toString());
            break;
        }
    }
    return line;
}

QString TranscriptDelegate::fileLine(const QModelIndex &index)
{
    const QString label = index.data(TranscriptModel::AttachmentLabelRole).toString();
    const QString state = index.data(TranscriptModel::AttachmentStateRole).toString();
    return label.isEmpty() || state.isEmpty() ? label : tr("%1 — %2").arg(label, state);
}

TranscriptDelegate::Layout TranscriptDelegate::layout(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    Layout l;
    const QFontMetrics fm(textFontFor(option.font, index));
    const QFontMetrics small(smallFont(option.font));
    const QString text = index.data(TranscriptModel::TextRole).toString();
    const bool wide = isWide(index);
    const int maxBubble = wide ? width - 2 * kMargin : qMax(160, int(width * 0.68));
    const int maxText = maxBubble - 2 * kPad;
    QRect textRect = text.isEmpty() ? QRect() : fm.boundingRect(QRect(0, 0, maxText, 100000), Qt::TextWordWrap, text);
    // A file: its picture (already small: AttachmentThumbnail) and a line with its name and size.
    const QString fileLabel = fileLine(index);
    const QImage thumbnail = index.data(TranscriptModel::ThumbnailRole).value<QImage>();
    QSize thumbnailSize = thumbnail.isNull() ? QSize() : thumbnail.size().boundedTo(QSize(maxText, 10000));
    if (!thumbnail.isNull())
        thumbnailSize = thumbnail.size().scaled(thumbnailSize, Qt::KeepAspectRatio);
    const int fileHeight = fileLabel.isEmpty() ? 0
        : (textRect.isEmpty() ? 0 : kPad / 2) + (thumbnail.isNull() ? 0 : thumbnailSize.height() + kPad / 2) + fm.height();
    // Rounded up: a label measured to the pixel would be elided when drawn with fractional advances.
    const int labelWidth = int(std::ceil(QFontMetricsF(textFontFor(option.font, index)).horizontalAdvance(fileLabel))) + 1;
    const int fileWidth = fileLabel.isEmpty() ? 0 : qMax(thumbnailSize.width(), qMin(maxText, labelWidth));
    const QString meta = metaLine(index);
    const int metaWidth = width - 2 * kMargin;
    const bool system
        = kindOf(index) == AuthorKind::System && !index.data(TranscriptModel::IsHandoffPointRole).toBool();
    const int contentWidth = qMax(textRect.width(), fileWidth);
    const int bubbleWidth = wide && !system ? maxBubble : qMin(maxBubble, contentWidth + 2 * kPad);
    const int bubbleHeight = textRect.height() + fileHeight + 2 * kPad;
    const int metaHeight = small.height() + 2;

    int x = kMargin;
    const AuthorKind kind = kindOf(index);
    if (!wide && kind == AuthorKind::Agent)
        x = width - kMargin - bubbleWidth;
    else if (system)
        x = (width - bubbleWidth) / 2;
    const int y = option.rect.top() + kGap / 2;
    l.meta = QRect(kMargin, y, metaWidth, metaHeight);
    l.bubble = QRect(x, y + metaHeight, bubbleWidth, bubbleHeight);
    l.text = QRect(l.bubble.left() + kPad, l.bubble.top() + kPad, bubbleWidth - 2 * kPad, textRect.height());
    if (!fileLabel.isEmpty()) {
        int top = l.text.bottom() + 1 + (textRect.isEmpty() ? 0 : kPad / 2);
        if (!thumbnail.isNull()) {
            l.thumbnail = QRect(QPoint(l.text.left(), top), thumbnailSize);
            top = l.thumbnail.bottom() + 1 + kPad / 2;
        }
        l.fileLabel = QRect(l.text.left(), top, bubbleWidth - 2 * kPad, fm.height());
    }
    l.height = metaHeight + bubbleHeight + kGap;
    return l;
}

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect.moveTop(0);
    const int width = availableWidth();
    return QSize(width, layout(opt, index, width).height);
}

void TranscriptDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const TranscriptColours &c = ThemePalette::colours();
    const Layout l = layout(option, index, option.rect.width());
    const AuthorKind kind = kindOf(index);
    const bool handoff = index.data(TranscriptModel::IsHandoffPointRole).toBool();
    const bool internal = index.data(TranscriptModel::InternalRole).toBool();
    const bool failed = index.data(TranscriptModel::IsMineRole).toBool()
        && DeliveryState(index.data(TranscriptModel::DeliveryRole).toInt()) == DeliveryState::Failed;
    const bool queued = index.data(TranscriptModel::IsMineRole).toBool()
        && DeliveryState(index.data(TranscriptModel::DeliveryRole).toInt()) == DeliveryState::Queued;

    QColor fill, ink, border;
    if (handoff) {
        fill = c.handoff;
        ink = c.handoffText;
        border = c.handoffBorder;
    } else if (!index.data(TranscriptModel::ThreadRole).toString().isEmpty()) {
        fill = c.consult;
        ink = c.consultText;
        border = c.consultBorder;
    } else if (internal) {
        fill = c.internal;
        ink = c.internalText;
        border = c.internalBorder;
    } else if (kind == AuthorKind::Visitor) {
        fill = c.visitor;
        ink = c.visitorText;
    } else if (kind == AuthorKind::Bot) {
        fill = c.bot;
        ink = c.botText;
    } else if (kind == AuthorKind::Agent) {
        fill = queued ? c.queued : c.agent;
        ink = queued ? c.queuedText : c.agentText; // AA contrast in both themes, unlike a faded bubble
        if (queued)
            border = c.queuedBorder;
    } else {
        ink = c.system;
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(option.rect, option.palette.color(QPalette::Highlight).lighter(180));
    }
    painter->setFont(smallFont(option.font));
    painter->setPen(failed ? c.failed : c.meta);
    Qt::Alignment metaAlign = Qt::AlignLeft;
    if (kind == AuthorKind::Agent && !internal)
        metaAlign = Qt::AlignRight;
    else if (kind == AuthorKind::System && !handoff)
        metaAlign = Qt::AlignHCenter;
    painter->drawText(l.meta, metaAlign | Qt::AlignVCenter | Qt::TextSingleLine,
        QFontMetrics(painter->font()).elidedText(metaLine(index), Qt::ElideMiddle, l.meta.width()));
    if (fill.isValid()) {
        QPainterPath path;
        path.addRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        painter->fillPath(path, fill);
        if (border.isValid() || failed) {
            QPen pen(failed ? c.failed : border, handoff ? 1.5 : 1.0);
            if (queued && !failed)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawPath(path);
        }
    }
    painter->setFont(textFontFor(option.font, index));
    painter->setPen(ink);
    // Plain text only: visitor text is never interpreted as markup.
    painter->drawText(
        l.text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(TranscriptModel::TextRole).toString());
    if (!l.thumbnail.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(l.thumbnail, index.data(TranscriptModel::ThumbnailRole).value<QImage>());
    }
    if (!l.fileLabel.isNull()) {
        QFont underlined = painter->font();
        underlined.setUnderline(true);
        painter->setFont(underlined);
        painter->drawText(l.fileLabel, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(underlined).elidedText(fileLine(index), Qt::ElideMiddle, l.fileLabel.width()));
    }
    painter->restore();
}

} // namespace handoff

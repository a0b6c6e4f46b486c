#include "desk/TranscriptPdf.h"

#include "client/TranscriptModel.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace handoff {

namespace {

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString authorOf(const ChatMessage &m)
{
    return m.authorName.isEmpty() ? TranscriptModel::authorKindLabel(m.author) : m.authorName;
}

} // namespace

QString TranscriptPdf::describe(const VisitorRating &r)
{
    return r.comment.isEmpty() ? tr("Rated %1/5").arg(r.rating) : tr("Rated %1/5: %2").arg(r.rating).arg(r.comment);
}

QString TranscriptPdf::html() const
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const ConversationSummary &c = conversation;
    QString out = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt;\">");
    out += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Chat with %1").arg(c.visitorName.isEmpty() ? tr("a visitor") : c.visitorName)));
    QList<std::pair<QString, QString>> fields{{tr("Conversation"), c.id},
                                             {tr("Queue"), queueName.isEmpty() ? c.queueId : queueName},
                                             {tr("Agent"), c.agentName.isEmpty() ? c.agentId : c.agentName},
                                             {tr("Topic"), c.topic},
                                             {tr("Started"), when(c.createdAt)},
                                             {tr("Ended"), when(c.closedAt)}};
    if (c.handoff) {
        fields.append({tr("Handoff reason"), c.handoff->reason});
        for (const BotField &f : c.handoff->fields)
            fields.append({f.name, f.value});
    }
    if (rating)
        fields.append({tr("Visitor's rating"), describe(*rating)});
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto &[name, value] : std::as_const(fields))
        if (!value.isEmpty())
            out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(name), esc(value));
    out += QStringLiteral("</table><h3>%1</h3>").arg(esc(tr("Transcript")));
    for (const ChatMessage &m : messages) {
        QString head = QStringLiteral("<b>%1</b> <span style=\"color: #555;\">%2</span>").arg(esc(authorOf(m)), esc(when(m.at)));
        if (m.internal)
            head += QStringLiteral(" <span style=\"color: #8a5a00;\">[%1]</span>").arg(esc(tr("internal note")));
        // Line breaks kept; every other character as text.
        const QString text = esc(m.text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out += QStringLiteral("<p style=\"margin: 0 0 6px 0;\">%1<br>%2</p>").arg(head, text);
    }
    out += QStringLiteral("</body></html>");
    return out;
}

bool TranscriptPdf::write(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QPdfWriter pdf(&file);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setTitle(tr("Chat %1").arg(conversation.id));
    pdf.setCreator(QStringLiteral("handoff-desk"));
    QTextDocument document;
    document.setHtml(html());
    document.print(&pdf);
    return true;
}

} // namespace handoff

#include "client/PlaceholderFiller.h"

#include <QRegularExpression>

namespace handoff {

namespace {

const QRegularExpression &placeholderPattern()
{
    // {name} or {name|fallback}; names are letters, digits, dots, dashes and underscores.
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z0-9_.-]+)(?:\\|([^{}]*))?\\}"));
    return re;
}

} // namespace

void PlaceholderFiller::setValue(const QString &name, const QString &value)
{
    if (value.trimmed().isEmpty())
        m_values.remove(name);
    else
        m_values.insert(name, value);
}

void PlaceholderFiller::setValues(const QHash<QString, QString> &values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        setValue(it.key(), it.value());
}

PlaceholderFiller::Result PlaceholderFiller::fill(const QString &templateText) const
{
    Result r;
    int last = 0;
    auto it = placeholderPattern().globalMatch(templateText);
    while (it.hasNext()) {
        const auto m = it.next();
        r.text += templateText.mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        const QString value = m_values.value(name);
        if (!value.isEmpty()) {
            r.text += value;
        } else if (m.capturedLength(2) > 0 || m.captured(0).contains(QLatin1Char('|'))) {
            r.text += m.captured(2);
        } else {
            const QString keep = QStringLiteral("{%1}").arg(name);
            r.missingSpans.append(Span { int(r.text.size()), int(keep.size()), name });
            r.text += keep;
            if (!r.missing.contains(name))
                r.missing.append(name);
        }
    }
    r.text += templateText.mid(last);
    return r;
}

QList<PlaceholderFiller::Span> PlaceholderFiller::placeholdersIn(const QString &text)
{
    QList<Span> spans;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        spans.append(Span { int(m.capturedStart()), int(m.capturedLength()), m.captured(1) });
    }
    return spans;
}

} // namespace handoff

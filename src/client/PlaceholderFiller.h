// Fills {placeholders} in canned responses from what the bot collected ({visitor.name},
// {order.number}, any field) and from the agent ({agent.name}). `{name|fallback}` uses the fallback
// when the value is unknown. Unknown placeholders without a fallback stay in the text, and their
// positions are reported so the composer can mark them for the agent to fill in by hand.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace handoff {

class PlaceholderFiller
{
public:
    struct Span {
        int start = 0;
        int length = 0;
        QString name;
        bool operator==(const Span &) const = default;
    };
    struct Result {
        QString text;
        QStringList missing; // names without value, in order of appearance, no duplicates
        QList<Span> missingSpans; // where the unfilled "{name}" stand in `text`
        bool complete() const { return missing.isEmpty(); }
    };

    void setValue(const QString &name, const QString &value);
    void setValues(const QHash<QString, QString> &values);
    void clear() { m_values.clear(); }
    QString value(const QString &name) const { return m_values.value(name); }

    Result fill(const QString &templateText) const;

    // Finds "{name}" spans still in a text (e.g. after the agent edited it).
    static QList<Span> placeholdersIn(const QString &text);

private:
    QHash<QString, QString> m_values;
};

} // namespace handoff

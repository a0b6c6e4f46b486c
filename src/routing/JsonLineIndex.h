// Maps JSON paths such as "rules[2].queue" to the line they appear on, by scanning the document's text,
// so configuration errors can point at a line people can find in their editor.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace handoff::routing {

class JsonLineIndex
{
public:
    explicit JsonLineIndex(const QByteArray &json);

    // Line (1-based) of the key or array element at `path`; falls back to the closest enclosing path, then 1.
    int lineOf(const QString &path) const;
    // Line of a byte offset, e.g. from QJsonParseError::offset.
    int lineOfOffset(int offset) const;

private:
    QByteArray m_json;
    QHash<QString, int> m_lines;
};

} // namespace handoff::routing

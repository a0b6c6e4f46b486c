// A small tolerant scanner over JSON text: it tracks the container stack and records where each key or
// array element starts. It never decides validity; QJsonDocument does that.
#include "routing/JsonLineIndex.h"

#include <QList>

namespace handoff::routing {

namespace {

struct Frame {
    bool isArray = false;
    QString path;
    int index = 0; // arrays: index of the next element
    bool expectKey = true; // objects: the next string is a key
    QString pendingKey; // objects: key whose value comes next
};

QString childPath(const Frame &frame, const QString &key)
{
    if (frame.isArray)
        return QStringLiteral("%1[%2]").arg(frame.path).arg(frame.index);
    return frame.path.isEmpty() ? key : frame.path + u'.' + key;
}

} // namespace

JsonLineIndex::JsonLineIndex(const QByteArray &json)
    : m_json(json)
{
    QList<Frame> stack;
    int line = 1;
    const int n = int(json.size());
    // Records the start of a value inside the current container; returns its path.
    auto valueStarts = [&](int valueLine) -> QString {
        if (stack.isEmpty())
            return {};
        Frame &top = stack.last();
        if (top.isArray) {
            const QString path = childPath(top, {});
            m_lines.insert(path, valueLine);
            return path;
        }
        return childPath(top, top.pendingKey);
    };
    for (int i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == '"') {
            const int startLine = line;
            QByteArray raw;
            ++i;
            while (i < n && json.at(i) != '"') {
                if (json.at(i) == '\\' && i + 1 < n) {
                    raw += json.at(i);
                    ++i;
                }
                if (json.at(i) == '\n')
                    ++line;
                raw += json.at(i);
                ++i;
            }
            const QString text = QString::fromUtf8(raw);
            if (!stack.isEmpty() && !stack.last().isArray && stack.last().expectKey) {
                Frame &top = stack.last();
                top.pendingKey = text;
                top.expectKey = false;
                m_lines.insert(childPath(top, text), startLine);
            } else {
                valueStarts(startLine);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            Frame frame;
            frame.isArray = c == '[';
            frame.path = valueStarts(line);
            stack.append(frame);
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
            continue;
        }
        if (c == ',') {
            if (!stack.isEmpty()) {
                Frame &top = stack.last();
                if (top.isArray)
                    ++top.index;
                else
                    top.expectKey = true;
            }
            continue;
        }
        if (c == ':' || c == ' ' || c == '\t' || c == '\r')
            continue;
        // A bare literal (number, true, false, null): record array elements at their first character.
        const bool literalStart = i == 0 || QByteArrayView(",[:\n\t\r ").contains(json.at(i - 1));
        if (literalStart)
            valueStarts(line);
    }
}

int JsonLineIndex::lineOf(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        const auto it = m_lines.constFind(p);
        if (it != m_lines.constEnd())
            return *it;
        const qsizetype dot = p.lastIndexOf(u'.');
        const qsizetype bracket = p.lastIndexOf(u'[');
        const qsizetype cut = std::max(dot, bracket);
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return 1;
}

int JsonLineIndex::lineOfOffset(int offset) const
{
    const int end = std::min(offset, int(m_json.size()));
    int line = 1;
    for (int i = 0; i < end; ++i)
        if (m_json.at(i) == '\n')
            ++line;
    return line;
}

} // namespace handoff::routing

// A routing rule's condition, parsed once and evaluated against a conversation's fields.
// Grammar and semantics are described in docs/routing.md ("Rule expressions").
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace handoff::routing {

class RuleExpression
{
public:
    struct Node;

    // Parses `text`; on failure returns nullopt and sets *error to "position N: problem" (1-based column).
    // An empty or blank condition parses to an expression that always matches.
    static std::optional<RuleExpression> parse(const QString &text, QString *error = nullptr);

    bool matches(const QMap<QString, QString> &fields) const;
    // Field names the expression reads, for diagnostics and documentation tools.
    QStringList fieldNames() const;

private:
    std::shared_ptr<const Node> m_root; // null = always true
};

} // namespace handoff::routing

// Recursive-descent parser and evaluator for rule conditions such as
// `topic == billing and (order.total > 500 or language startsWith de)`.
#include "routing/RuleExpression.h"

#include <QCoreApplication>
#include <cmath>
#include <vector>

namespace handoff::routing {

enum class Op { Eq, Ne, Gt, Ge, Lt, Le, Contains, StartsWith, EndsWith, In, Present };

struct RuleExpression::Node {
    enum class Kind { And, Or, Not, Compare, Constant };
    Kind kind = Kind::Constant;
    bool constant = true;
    std::vector<std::shared_ptr<const Node>> children;
    QString field;
    Op op = Op::Present;
    QStringList values;
};

// One translation context for the messages of this file, the same for lupdate and at run time.
struct RuleExpressionText {
    Q_DECLARE_TR_FUNCTIONS(RuleExpression)
};

namespace {

using NodePtr = std::shared_ptr<const RuleExpression::Node>;
using Node = RuleExpression::Node;

struct Token {
    enum class Kind { Word, String, Symbol, LParen, RParen, LBracket, RBracket, Comma, End };
    Kind kind = Kind::End;
    QString text;
    int position = 0; // 1-based column of the token's first character
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'+' || c == u'/' || c == u':'
        || c == u'@' || c == u'$';
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    bool run(std::vector<Token> *out, QString *error)
    {
        int i = 0;
        const int n = int(m_text.size());
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = i + 1;
            if (c == u'(' || c == u')' || c == u'[' || c == u']' || c == u',') {
                t.kind = c == u'(' ? Token::Kind::LParen
                    : c == u')'    ? Token::Kind::RParen
                    : c == u'['    ? Token::Kind::LBracket
                    : c == u']'    ? Token::Kind::RBracket
                                   : Token::Kind::Comma;
                t.text = c;
                ++i;
            } else if (c == u'"' || c == u'\'') {
                const QChar quote = c;
                ++i;
                QString value;
                bool closed = false;
                while (i < n) {
                    const QChar d = m_text.at(i);
                    if (d == u'\\' && i + 1 < n) {
                        value += m_text.at(i + 1);
                        i += 2;
                        continue;
                    }
                    if (d == quote) {
                        closed = true;
                        ++i;
                        break;
                    }
                    value += d;
                    ++i;
                }
                if (!closed) {
                    *error = RuleExpressionText::tr("position %1: unterminated string").arg(t.position);
                    return false;
                }
                t.kind = Token::Kind::String;
                t.text = value;
            } else if (c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'&' || c == u'|') {
                QString sym(c);
                if (i + 1 < n) {
                    const QChar d = m_text.at(i + 1);
                    if ((d == u'=' && c != u'&' && c != u'|') || (c == u'&' && d == u'&') || (c == u'|' && d == u'|'))
                        sym += d;
                }
                if (sym == u"&" || sym == u"|") {
                    *error = RuleExpressionText::tr("position %1: unexpected '%2'").arg(t.position).arg(sym);
                    return false;
                }
                i += int(sym.size());
                if (sym == u"=")
                    sym = QStringLiteral("=="); // a single '=' reads as equality, as people write it
                t.kind = Token::Kind::Symbol;
                t.text = sym;
            } else if (isWordChar(c)) {
                int j = i;
                while (j < n && isWordChar(m_text.at(j)))
                    ++j;
                t.kind = Token::Kind::Word;
                t.text = m_text.mid(i, j - i);
                i = j;
            } else {
                *error = RuleExpressionText::tr("position %1: unexpected character '%2'").arg(t.position).arg(c);
                return false;
            }
            out->push_back(t);
        }
        Token end;
        end.kind = Token::Kind::End;
        end.position = n + 1;
        out->push_back(end);
        return true;
    }

private:
    const QString &m_text;
};

bool isKeyword(const Token &t, const char *word)
{
    return t.kind == Token::Kind::Word && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

std::optional<Op> comparisonOp(const Token &t)
{
    if (t.kind == Token::Kind::Symbol) {
        if (t.text == u"==")
            return Op::Eq;
        if (t.text == u"!=")
            return Op::Ne;
        if (t.text == u">")
            return Op::Gt;
        if (t.text == u">=")
            return Op::Ge;
        if (t.text == u"<")
            return Op::Lt;
        if (t.text == u"<=")
            return Op::Le;
        return std::nullopt;
    }
    if (isKeyword(t, "contains"))
        return Op::Contains;
    if (isKeyword(t, "startsWith"))
        return Op::StartsWith;
    if (isKeyword(t, "endsWith"))
        return Op::EndsWith;
    if (isKeyword(t, "in"))
        return Op::In;
    return std::nullopt;
}

bool isReserved(const Token &t)
{
    return isKeyword(t, "and") || isKeyword(t, "or") || isKeyword(t, "not") || comparisonOp(t).has_value();
}

QString describe(const Token &t)
{
    if (t.kind == Token::Kind::End)
        return RuleExpressionText::tr("end of condition");
    return QStringLiteral("'%1'").arg(t.text);
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, QString *error)
        : m_tokens(std::move(tokens))
        , m_error(error)
    { }

    NodePtr parseAll()
    {
        NodePtr root = parseOr();
        if (!root)
            return nullptr;
        if (peek().kind != Token::Kind::End)
            return fail(RuleExpressionText::tr("position %1: expected 'and', 'or' or end of condition, found %2")
                            .arg(peek().position)
                            .arg(describe(peek())));
        return root;
    }

private:
    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &take() { return m_tokens[m_pos++]; }

    NodePtr fail(const QString &message)
    {
        if (m_error && m_error->isEmpty())
            *m_error = message;
        return nullptr;
    }

    static bool isOr(const Token &t)
    {
        return isKeyword(t, "or") || (t.kind == Token::Kind::Symbol && t.text == u"||");
    }
    static bool isAnd(const Token &t)
    {
        return isKeyword(t, "and") || (t.kind == Token::Kind::Symbol && t.text == u"&&");
    }
    static bool isNot(const Token &t)
    {
        return isKeyword(t, "not") || (t.kind == Token::Kind::Symbol && t.text == u"!");
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        if (!left)
            return nullptr;
        if (!isOr(peek()))
            return left;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Or;
        node->children.push_back(left);
        while (isOr(peek())) {
            take();
            NodePtr right = parseAnd();
            if (!right)
                return nullptr;
            node->children.push_back(right);
        }
        return node;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        if (!left)
            return nullptr;
        if (!isAnd(peek()))
            return left;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::And;
        node->children.push_back(left);
        while (isAnd(peek())) {
            take();
            NodePtr right = parseNot();
            if (!right)
                return nullptr;
            node->children.push_back(right);
        }
        return node;
    }

    NodePtr parseNot()
    {
        if (isNot(peek())) {
            take();
            NodePtr inner = parseNot();
            if (!inner)
                return nullptr;
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Not;
            node->children.push_back(inner);
            return node;
        }
        return parsePrimary();
    }

    NodePtr parsePrimary()
    {
        const Token &t = peek();
        if (t.kind == Token::Kind::LParen) {
            take();
            NodePtr inner = parseOr();
            if (!inner)
                return nullptr;
            if (peek().kind != Token::Kind::RParen)
                return fail(RuleExpressionText::tr("position %1: expected ')' to close '(' at position %2, found %3")
                                .arg(peek().position)
                                .arg(t.position)
                                .arg(describe(peek())));
            take();
            return inner;
        }
        if (t.kind != Token::Kind::Word || isReserved(t))
            return fail(RuleExpressionText::tr("position %1: expected a field name, found %2")
                            .arg(t.position)
                            .arg(describe(t)));
        if (isKeyword(t, "true") || isKeyword(t, "false")) {
            auto node = std::make_shared<Node>();
            node->kind = Node::Kind::Constant;
            node->constant = isKeyword(t, "true");
            take();
            return node;
        }
        const Token field = take();
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Compare;
        node->field = field.text;
        const std::optional<Op> op = comparisonOp(peek());
        if (!op) {
            // A bare field name tests that the field is present and not empty.
            const Token &after = peek();
            const bool continues
                = after.kind == Token::Kind::End || after.kind == Token::Kind::RParen || isAnd(after) || isOr(after);
            if (!continues)
                return fail(RuleExpressionText::tr(
                    "position %1: expected an operator (==, !=, >, >=, <, <=, contains, startsWith, "
                    "endsWith, in) after '%2', found %3")
                                .arg(peek().position)
                                .arg(field.text)
                                .arg(describe(peek())));
            node->op = Op::Present;
            return node;
        }
        const Token opToken = take();
        node->op = *op;
        if (*op == Op::In) {
            if (peek().kind != Token::Kind::LBracket)
                return fail(RuleExpressionText::tr("position %1: expected '[' after 'in', found %2")
                                .arg(peek().position)
                                .arg(describe(peek())));
            take();
            while (true) {
                QString value;
                if (!parseValue(&value, QStringLiteral("in")))
                    return nullptr;
                node->values << value;
                if (peek().kind == Token::Kind::Comma) {
                    take();
                    continue;
                }
                if (peek().kind == Token::Kind::RBracket) {
                    take();
                    break;
                }
                return fail(RuleExpressionText::tr("position %1: expected ',' or ']' in list, found %2")
                                .arg(peek().position)
                                .arg(describe(peek())));
            }
            return node;
        }
        QString value;
        if (!parseValue(&value, opToken.text))
            return nullptr;
        node->values << value;
        return node;
    }

    bool parseValue(QString *value, const QString &after)
    {
        const Token &t = peek();
        if (t.kind == Token::Kind::String || (t.kind == Token::Kind::Word && !isReserved(t))) {
            *value = take().text;
            return true;
        }
        fail(RuleExpressionText::tr("position %1: expected a value after '%2', found %3")
                 .arg(t.position)
                 .arg(after)
                 .arg(describe(t)));
        return false;
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QString *m_error;
};

std::optional<double> asNumber(const QString &s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

bool equalValues(const QString &a, const QString &b)
{
    const auto na = asNumber(a);
    const auto nb = asNumber(b);
    if (na && nb)
        return *na == *nb;
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool evaluate(const Node &node, const QMap<QString, QString> &fields)
{
    switch (node.kind) {
    case Node::Kind::Constant:
        return node.constant;
    case Node::Kind::Not:
        return !evaluate(*node.children.front(), fields);
    case Node::Kind::And:
        for (const auto &child : node.children)
            if (!evaluate(*child, fields))
                return false;
        return true;
    case Node::Kind::Or:
        for (const auto &child : node.children)
            if (evaluate(*child, fields))
                return true;
        return false;
    case Node::Kind::Compare:
        break;
    }
    const auto it = fields.constFind(node.field);
    const bool present = it != fields.constEnd();
    const QString actual = present ? it.value().trimmed() : QString(); // visitors type stray spaces
    switch (node.op) {
    case Op::Present:
        return present && !actual.trimmed().isEmpty();
    case Op::Eq:
        return present && equalValues(actual, node.values.front());
    case Op::Ne:
        return !present || !equalValues(actual, node.values.front());
    case Op::Gt:
    case Op::Ge:
    case Op::Lt:
    case Op::Le: {
        const auto a = asNumber(actual);
        const auto b = asNumber(node.values.front());
        int cmp = 0;
        if (a && b) {
            cmp = *a < *b ? -1 : (*a > *b ? 1 : 0);
        } else if (present && !a && !b) {
            cmp = actual.compare(node.values.front(), Qt::CaseInsensitive);
        } else {
            return false; // a number against a word (or a missing field) is neither greater nor smaller
        }
        switch (node.op) {
        case Op::Gt:
            return cmp > 0;
        case Op::Ge:
            return cmp >= 0;
        case Op::Lt:
            return cmp < 0;
        default:
            return cmp <= 0;
        }
    }
    case Op::Contains:
        return present && actual.contains(node.values.front(), Qt::CaseInsensitive);
    case Op::StartsWith:
        return present && actual.startsWith(node.values.front(), Qt::CaseInsensitive);
    case Op::EndsWith:
        return present && actual.endsWith(node.values.front(), Qt::CaseInsensitive);
    case Op::In:
        if (!present)
            return false;
        for (const QString &v : node.values)
            if (equalValues(actual, v))
                return true;
        return false;
    }
    return false;
}

void collectFields(const Node &node, QStringList *out)
{
    if (node.kind == Node::Kind::Compare && !out->contains(node.field))
        out->append(node.field);
    for (const auto &child : node.children)
        collectFields(*child, out);
}

} // namespace

std::optional<RuleExpression> RuleExpression::parse(const QString &text, QString *error)
{
    QString message;
    RuleExpression expr;
    if (text.trimmed().isEmpty())
        return expr;
    std::vector<Token> tokens;
    if (!Lexer(text).run(&tokens, &message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    Parser parser(std::move(tokens), &message);
    expr.m_root = parser.parseAll();
    if (!expr.m_root) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    return expr;
}

bool RuleExpression::matches(const QMap<QString, QString> &fields) const
{
    return !m_root || evaluate(*m_root, fields);
}

QStringList RuleExpression::fieldNames() const
{
    QStringList names;
    if (m_root)
        collectFields(*m_root, &names);
    return names;
}

} // namespace handoff::routing

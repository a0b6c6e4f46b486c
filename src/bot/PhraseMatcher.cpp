// PhraseMatcher: tokens, the edit distance behind typo tolerance, and the phrase score (docs/bot.md, "Matching").
#include "bot/PhraseMatcher.h"

#include <QSet>
#include <QVector>
#include <algorithm>
#include <array>

namespace handoff::bot {

namespace {

const QSet<QString> &fillers()
{
    static const QSet<QString> words {
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("the"),
        QStringLiteral("is"),
        QStringLiteral("are"),
        QStringLiteral("am"),
        QStringLiteral("was"),
        QStringLiteral("to"),
        QStringLiteral("for"),
        QStringLiteral("of"),
        QStringLiteral("please"),
        QStringLiteral("pls"),
        QStringLiteral("can"),
        QStringLiteral("could"),
        QStringLiteral("would"),
        QStringLiteral("you"),
        QStringLiteral("i"),
        QStringLiteral("im"),
        QStringLiteral("me"),
        QStringLiteral("my"),
        QStringLiteral("it"),
        QStringLiteral("its"),
        QStringLiteral("do"),
        QStringLiteral("does"),
        QStringLiteral("be"),
        QStringLiteral("with"),
        QStringLiteral("on"),
        QStringLiteral("in"),
        QStringLiteral("at"),
        QStringLiteral("and"),
        QStringLiteral("or"),
        QStringLiteral("so"),
        QStringLiteral("just"),
        QStringLiteral("some"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("there"),
        QStringLiteral("your"),
        QStringLiteral("any"),
        QStringLiteral("ok"),
        QStringLiteral("okay"),
        QStringLiteral("well"),
        QStringLiteral("um"),
        QStringLiteral("uh"),
    };
    return words;
}

} // namespace

QStringList PhraseMatcher::tokens(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
        else if (c == QLatin1Char('\'') || c == QChar(0x2019))
            continue; // "don't" and "don’t" both become "dont"
        else
            folded.append(QLatin1Char(' '));
    }
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool PhraseMatcher::isFiller(const QString &token)
{
    return fillers().contains(token);
}

QStringList PhraseMatcher::contentTokens(const QString &text)
{
    QStringList out;
    for (const QString &t : tokens(text))
        if (!isFiller(t))
            out.append(t);
    return out;
}

int PhraseMatcher::editDistance(const QString &a, const QString &b)
{
    // Three rolling rows on the stack: this runs for every word pair of every message.
    constexpr qsizetype kMaxLength = 63;
    if (a.size() > kMaxLength || b.size() > kMaxLength)
        return int(std::max(a.size(), b.size())); // far longer than any word worth comparing
    const int n = int(a.size());
    const int m = int(b.size());
    std::array<int, kMaxLength + 1> twoBack {};
    std::array<int, kMaxLength + 1> previous {};
    std::array<int, kMaxLength + 1> current {};
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], twoBack[j - 2] + 1);
        }
        twoBack = previous;
        previous = current;
    }
    return previous[m];
}

bool PhraseMatcher::similar(const QString &word, const QString &candidate)
{
    if (word == candidate)
        return true;
    const qsizetype shorter = std::min(word.size(), candidate.size());
    const int allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
    if (allowed == 0 || std::abs(int(word.size() - candidate.size())) > allowed)
        return false;
    return editDistance(word, candidate) <= allowed;
}

double PhraseMatcher::score(const QStringList &phraseTokens, const QStringList &messageTokens, int *matched)
{
    int found = 0;
    QVector<bool> used(messageTokens.size(), false);
    for (const QString &p : phraseTokens) {
        for (int i = 0; i < messageTokens.size(); ++i) {
            if (!used[i] && similar(p, messageTokens[i])) {
                used[i] = true;
                ++found;
                break;
            }
        }
    }
    if (matched)
        *matched = found;
    if (phraseTokens.isEmpty() || messageTokens.isEmpty())
        return 0.0;
    return 0.75 * double(found) / double(phraseTokens.size()) + 0.25 * double(found) / double(messageTokens.size());
}

} // namespace handoff::bot

// Tolerant phrase matching for the bot: normalises text to tokens, compares words with a small
// Damerau-Levenshtein allowance, and scores a trigger phrase against a visitor's message.
#pragma once

#include <QString>
#include <QStringList>

namespace handoff::bot {

class PhraseMatcher
{
public:
    // Lower case, punctuation dropped, apostrophes folded ("don't" -> "dont"), split on white space.
    static QStringList tokens(const QString &text);
    // tokens() without filler words ("a", "the", "is", "please", …) that carry no intent.
    static QStringList contentTokens(const QString &text);
    static bool isFiller(const QString &token);

    // Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).
    static int editDistance(const QString &a, const QString &b);
    // Same word, allowing 1 edit for words of 4+ characters and 2 edits for 8+ characters.
    static bool similar(const QString &word, const QString &candidate);

    // How well `phrase` describes `message`, from 0 to 1: mostly the share of the phrase's words found
    // in the message, a little the share of the message's words the phrase explains.
    static double score(const QStringList &phraseTokens, const QStringList &messageTokens, int *matched = nullptr);
};

} // namespace handoff::bot

// Recognises when a visitor wants a person: explicit requests in ordinary wording, and signs of
// frustration. The exact rules are documented in docs/bot.md ("Escalation").
#pragma once

#include <QString>

namespace handoff::bot {

class EscalationDetector
{
public:
    // "I want to talk to a real agent", "connect me to support", "human please", "representative"…
    // but not "my travel agent booked it".
    static bool asksForPerson(const QString &text);
    // The same, and in the visitor's language (a tag such as "de-AT"; German, French, Spanish, Portuguese
    // and Dutch have word lists): "ich möchte einen Menschen sprechen", "je voudrais parler à un conseiller".
    static bool asksForPerson(const QString &text, const QString &language);

    // The frustration score of one message: 2 per negative word, 2 for shouting in capitals,
    // 1 for repeated "!" or "?". See docs/bot.md.
    static int frustrationScore(const QString &text);
    // The same with the negative words of the visitor's language too ("nutzlos", "inutile", "belachelijk").
    static int frustrationScore(const QString &text, const QString &language);
    static constexpr int kFrustrationThreshold = 3; // one message
    static constexpr int kTwoMessageThreshold = 4; // this message plus the previous one
};

} // namespace handoff::bot

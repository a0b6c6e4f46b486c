// Light and dark looks for the desk: the application palette and the colours of transcript turns,
// chosen so visitor, bot, agent, internal note and system lines are told apart at a glance.
#pragma once

#include "desk/DeskSettings.h"

#include <QColor>
#include <QPalette>

namespace handoff {

struct TranscriptColours {
    QColor visitor, visitorText;
    QColor bot, botText;
    QColor agent, agentText; // my lines and colleagues' lines
    QColor internal, internalText, internalBorder;
    QColor system; // system lines: text only
    QColor handoff, handoffBorder, handoffText;
    QColor meta; // names, times, delivery state
    QColor failed;
    QColor badge, badgeText;
    QColor urgent; // countdown almost over
    QColor internalPlaceholder; // the composer's placeholder while it writes an internal note
    QColor queued, queuedText, queuedBorder; // my line waiting to be sent (dashed border)
    QColor banner, bannerText; // the outage and status banners above the window
    QColor consult, consultText, consultBorder; // the consult panel and its thread's lines (agents only)
};

class ThemePalette
{
public:
    static void apply(DeskSettings::Theme theme); // sets the Fusion style and the palette
    static DeskSettings::Theme current();
    static QPalette palette(DeskSettings::Theme theme);
    static const TranscriptColours &colours();
};

} // namespace handoff

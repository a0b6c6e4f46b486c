// Answers "is this queue open at that instant?" from its weekly schedule, holidays and IANA time zone.
#pragma once

#include "routing/RoutingConfig.h"

#include <QDateTime>

namespace handoff::routing {

class BusinessHoursCalendar
{
public:
    // `at` may be in any time zone; the schedule is read in the hours' own zone, so daylight-saving
    // changes move the opening instants in UTC as people expect.
    static bool isOpen(const BusinessHours &hours, const QDateTime &at);
};

} // namespace handoff::routing

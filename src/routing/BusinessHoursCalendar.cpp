// Local-time evaluation of business hours; an unknown zone is treated as UTC (validation rejects it earlier).
#include "routing/BusinessHoursCalendar.h"

#include <QTimeZone>

namespace handoff::routing {

bool BusinessHoursCalendar::isOpen(const BusinessHours &hours, const QDateTime &at)
{
    if (hours.alwaysOpen)
        return true;
    QTimeZone zone(hours.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QDateTime local = at.toTimeZone(zone);
    const QDate day = local.date();
    if (hours.holidays.contains(day))
        return false;
    const QTime time = local.time();
    for (const TimeRange &range : hours.weekly[day.dayOfWeek() - 1]) {
        // `to` of 23:59:59.999 stands for the end of the day ("24:00" in the file).
        if (time >= range.from && (time < range.to || range.to == QTime(23, 59, 59, 999)))
            return true;
    }
    return false;
}

} // namespace handoff::routing

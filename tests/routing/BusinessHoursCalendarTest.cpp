// Opening hours in a real time zone, across the 2026 daylight-saving changes in Berlin, and on holidays.
#include "routing/BusinessHoursCalendar.h"

#include <gtest/gtest.h>

using namespace handoff::routing;

namespace {

BusinessHours berlinNineToFive()
{
    BusinessHours hours;
    hours.alwaysOpen = false;
    hours.timeZone = QStringLiteral("Europe/Berlin");
    for (int d = 0; d < 5; ++d)
        hours.weekly[d].append({ QTime(9, 0), QTime(17, 0) });
    hours.weekly[6].append({ QTime(0, 0), QTime(23, 59, 59, 999) }); // Sunday all day
    return hours;
}

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

TEST(BusinessHoursCalendar, AlwaysOpenIgnoresSchedule)
{
    BusinessHours hours;
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 28, 3, 0)));
}

TEST(BusinessHoursCalendar, OpeningFollowsLocalTimeAcrossSpringChange)
{
    const BusinessHours hours = berlinNineToFive();
    // Friday 27 March 2026: CET (UTC+1), 09:00 local = 08:00 UTC.
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 27, 7, 59)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 27, 8, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 27, 15, 59)));
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 27, 16, 0)));
    // Monday 30 March 2026, after the change on Sunday 29 March: CEST (UTC+2), 09:00 local = 07:00 UTC.
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 30, 6, 59)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 30, 7, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 30, 14, 59)));
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 30, 15, 0)));
    // Saturday closed; Sunday (the change day, 23 hours long) open all day.
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 28, 12, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 29, 1, 30)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 29, 21, 59)));
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 3, 29, 22, 0))); // Monday 00:00 CEST
}

TEST(BusinessHoursCalendar, OpeningFollowsLocalTimeAcrossAutumnChange)
{
    const BusinessHours hours = berlinNineToFive();
    // Friday 23 October 2026: CEST, opens 07:00 UTC.
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 23, 7, 0)));
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 23, 15, 0)));
    // Monday 26 October 2026, after the change on Sunday 25 October: CET, opens 08:00 UTC.
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 26, 7, 30)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 26, 8, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 26, 15, 59)));
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 26, 16, 0)));
    // The repeated hour on Sunday 25 October (02:00-03:00 twice) is open both times.
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 25, 0, 30)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 10, 25, 1, 30)));
}

TEST(BusinessHoursCalendar, HolidayIsClosedAllDayInLocalTime)
{
    BusinessHours hours = berlinNineToFive();
    hours.holidays.append(QDate(2026, 12, 24)); // Thursday
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 24, 10, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 23, 10, 0)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 25, 10, 0)));
    // 23:30 UTC on Saturday 26 December is already Sunday the 27th in Berlin, open all day on Sundays...
    hours.holidays.clear();
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 26, 23, 30)));
    // ...unless that Sunday is a holiday in Berlin, even though it is still Saturday in UTC.
    hours.holidays = { QDate(2026, 12, 27) };
    EXPECT_FALSE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 26, 23, 30)));
    EXPECT_TRUE(BusinessHoursCalendar::isOpen(hours, utc(2026, 12, 20, 12, 0)));
}

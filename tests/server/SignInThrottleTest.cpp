// The sign-in lockout: five failures within a minute lock a name for a minute, and a flood of failures
// for made-up names can neither grow its memory without bound nor wipe the lockouts of real names.
#include "server/SignInThrottle.h"

#include <gtest/gtest.h>

using handoff::server::SignInThrottle;

TEST(SignInThrottle, FiveFailuresWithinAMinuteLockTheNameForAMinute)
{
    SignInThrottle t;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int i = 0; i < 4; ++i)
        t.recordFailure(QStringLiteral("alice"), start.addSecs(i));
    EXPECT_FALSE(t.isLocked(QStringLiteral("alice"), start.addSecs(4)));
    t.recordFailure(QStringLiteral("alice"), start.addSecs(5));
    EXPECT_TRUE(t.isLocked(QStringLiteral("alice"), start.addSecs(6)));
    EXPECT_FALSE(t.isLocked(QStringLiteral("bob"), start.addSecs(6)));
    EXPECT_FALSE(t.isLocked(QStringLiteral("alice"), start.addSecs(5 + SignInThrottle::kLockSeconds)));
    t.recordSuccess(QStringLiteral("alice"));
    EXPECT_EQ(t.tracked(), 0);
}

TEST(SignInThrottle, FailuresSpreadOverMoreThanAMinuteDoNotLock)
{
    SignInThrottle t;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int i = 0; i < 10; ++i)
        t.recordFailure(QStringLiteral("alice"), start.addSecs(i * 20));
    EXPECT_FALSE(t.isLocked(QStringLiteral("alice"), start.addSecs(200)));
}

TEST(SignInThrottle, AFloodOfMadeUpNamesKeepsRealLockoutsAndBoundedMemory)
{
    SignInThrottle t;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int i = 0; i < SignInThrottle::kMaxFailures; ++i)
        t.recordFailure(QStringLiteral("alice"), start);
    ASSERT_TRUE(t.isLocked(QStringLiteral("alice"), start));
    // An attacker tries 30,000 names that do not exist, once each, within the same lock minute.
    for (int i = 0; i < 30000; ++i)
        t.recordFailure(QStringLiteral("made-up-%1").arg(i), start.addMSecs(i));
    EXPECT_LE(t.tracked(), SignInThrottle::kMaxTracked);
    EXPECT_TRUE(t.isLocked(QStringLiteral("alice"), start.addSecs(40))) << "the real lockout survives the flood";
    // The names tracked are the most recent ones.
    t.recordFailure(QStringLiteral("made-up-29999"), start.addSecs(41));
    EXPECT_LE(t.tracked(), SignInThrottle::kMaxTracked);
}

// Canned-response placeholders: filled from the bot's fields, fallbacks used, missing ones marked.
#include "client/PlaceholderFiller.h"

#include <gtest/gtest.h>

using handoff::PlaceholderFiller;

TEST(PlaceholderFiller, FillsKnownFieldsAndTheAgentName)
{
    PlaceholderFiller f;
    f.setValue(QStringLiteral("visitor.name"), QStringLiteral("Ada"));
    f.setValue(QStringLiteral("order.number"), QStringLiteral("A1001"));
    f.setValue(QStringLiteral("agent.name"), QStringLiteral("Alice"));
    const auto r = f.fill(QStringLiteral("Hi {visitor.name}, I'm {agent.name}. Order {order.number} ships today."));
    EXPECT_EQ(r.text, QStringLiteral("Hi Ada, I'm Alice. Order A1001 ships today."));
    EXPECT_TRUE(r.complete());
}

TEST(PlaceholderFiller, MissingValuesStayMarkedWithTheirPositions)
{
    PlaceholderFiller f;
    f.setValue(QStringLiteral("visitor.name"), QStringLiteral("Ada"));
    const auto r = f.fill(QStringLiteral("Hi {visitor.name}, order {order.number} ({order.number}) is late."));
    EXPECT_EQ(r.text, QStringLiteral("Hi Ada, order {order.number} ({order.number}) is late."));
    EXPECT_EQ(r.missing, QStringList { QStringLiteral("order.number") });
    ASSERT_EQ(r.missingSpans.size(), 2);
    EXPECT_EQ(r.text.mid(r.missingSpans.at(0).start, r.missingSpans.at(0).length), QStringLiteral("{order.number}"));
    EXPECT_EQ(r.text.mid(r.missingSpans.at(1).start, r.missingSpans.at(1).length), QStringLiteral("{order.number}"));
}

TEST(PlaceholderFiller, FallbackIsUsedWhenTheValueIsUnknown)
{
    PlaceholderFiller f;
    EXPECT_EQ(f.fill(QStringLiteral("Hello {visitor.name|there}!")).text, QStringLiteral("Hello there!"));
    EXPECT_EQ(f.fill(QStringLiteral("Hello{visitor.name|}!")).text, QStringLiteral("Hello!"));
    f.setValue(QStringLiteral("visitor.name"), QStringLiteral("Ada"));
    EXPECT_EQ(f.fill(QStringLiteral("Hello {visitor.name|there}!")).text, QStringLiteral("Hello Ada!"));
}

TEST(PlaceholderFiller, BlankValuesCountAsMissingAndOtherBracesAreLeftAlone)
{
    PlaceholderFiller f;
    f.setValue(QStringLiteral("visitor.name"), QStringLiteral("   "));
    const auto r = f.fill(QStringLiteral("Hi {visitor.name}; a set {1, 2} and { spaced } stay."));
    EXPECT_EQ(r.missing, QStringList { QStringLiteral("visitor.name") });
    EXPECT_TRUE(r.text.endsWith(QStringLiteral("a set {1, 2} and { spaced } stay.")));
}

TEST(PlaceholderFiller, PlaceholdersInEditedTextAreFound)
{
    const auto spans = PlaceholderFiller::placeholdersIn(QStringLiteral("x {a.b} y {c}"));
    ASSERT_EQ(spans.size(), 2);
    EXPECT_EQ(spans.at(0).name, QStringLiteral("a.b"));
    EXPECT_EQ(spans.at(1).start, 10);
}

// Rule conditions as people write them in the routing file: matching and parse errors.
#include "routing/RuleExpression.h"

#include <gtest/gtest.h>

using handoff::routing::RuleExpression;

namespace {

bool matches(const QString &condition, const QMap<QString, QString> &fields)
{
    QString error;
    const auto expr = RuleExpression::parse(condition, &error);
    EXPECT_TRUE(expr.has_value()) << condition.toStdString() << ": " << error.toStdString();
    return expr && expr->matches(fields);
}

QString parseError(const QString &condition)
{
    QString error;
    const auto expr = RuleExpression::parse(condition, &error);
    EXPECT_FALSE(expr.has_value()) << condition.toStdString();
    return error;
}

const QMap<QString, QString> kBilling { { "topic", "billing" }, { "language", "de-DE" }, { "order.total", "742.50" },
    { "page", "https://shop.example.org/checkout" }, { "trigger", "explicit" }, { "plan", "gold" } };

} // namespace

TEST(RuleExpression, EqualityOnWordsIgnoresCase)
{
    EXPECT_TRUE(matches("topic == billing", kBilling));
    EXPECT_TRUE(matches("topic == Billing", kBilling));
    EXPECT_FALSE(matches("topic == shipping", kBilling));
    EXPECT_TRUE(matches("topic != shipping", kBilling));
    EXPECT_TRUE(matches("topic = billing", kBilling)); // a single '=' reads as equality
    EXPECT_TRUE(matches("topic == billing", { { "topic", "  billing " } })); // as a visitor typed it
}

TEST(RuleExpression, NumbersCompareAsNumbersNotText)
{
    EXPECT_TRUE(matches("order.total > 500", kBilling));
    EXPECT_FALSE(matches("order.total > 1000", kBilling)); // as text "742.50" > "1000" would be true
    EXPECT_TRUE(matches("order.total >= 742.5", kBilling));
    EXPECT_TRUE(matches("order.total == 742.5", kBilling));
    EXPECT_TRUE(matches("order.total < 1e3", kBilling));
    EXPECT_FALSE(matches("order.total <= 742", kBilling));
}

TEST(RuleExpression, NumberAgainstWordIsNeitherGreaterNorSmaller)
{
    EXPECT_FALSE(matches("topic > 5", kBilling));
    EXPECT_FALSE(matches("topic < 5", kBilling));
    EXPECT_FALSE(matches("missing > 5", kBilling));
}

TEST(RuleExpression, TextOperators)
{
    EXPECT_TRUE(matches("language startsWith de", kBilling));
    EXPECT_FALSE(matches("language startsWith en", kBilling));
    EXPECT_TRUE(matches("page contains checkout", kBilling));
    EXPECT_TRUE(matches("page endsWith '/checkout'", kBilling));
    EXPECT_TRUE(matches("plan in [silver, gold, platinum]", kBilling));
    EXPECT_FALSE(matches("plan in [silver, bronze]", kBilling));
    EXPECT_TRUE(matches("order.total in [1, 742.5]", kBilling));
}

TEST(RuleExpression, QuotedValuesKeepSpacesAndKeywords)
{
    const QMap<QString, QString> fields { { "reason", "talk to a human" }, { "word", "and" } };
    EXPECT_TRUE(matches("reason == \"talk to a human\"", fields));
    EXPECT_TRUE(matches("word == 'and'", fields));
}

TEST(RuleExpression, BooleanLogicWithPrecedenceAndParentheses)
{
    // 'and' binds tighter than 'or'.
    EXPECT_TRUE(matches("topic == shipping and plan == none or language startsWith de", kBilling));
    EXPECT_FALSE(matches("topic == shipping and (plan == none or language startsWith de)", kBilling));
    EXPECT_TRUE(matches("not topic == shipping", kBilling));
    EXPECT_FALSE(matches("not (topic == billing and order.total > 500)", kBilling));
    EXPECT_TRUE(matches("topic == billing && !(language startsWith en) || false", kBilling));
    EXPECT_TRUE(matches("NOT topic == shipping AND plan == gold", kBilling));
}

TEST(RuleExpression, MissingFieldsAndPresence)
{
    EXPECT_FALSE(matches("vip == yes", kBilling));
    EXPECT_TRUE(matches("vip != yes", kBilling));
    EXPECT_TRUE(matches("plan", kBilling));
    EXPECT_FALSE(matches("vip", kBilling));
    EXPECT_TRUE(matches("not vip", kBilling));
    EXPECT_TRUE(matches("plan and topic == billing", kBilling));
    EXPECT_TRUE(matches("vip || (plan && not vip)", kBilling));
    EXPECT_FALSE(matches("plan and vip", kBilling));
    EXPECT_TRUE(matches("", kBilling)); // an empty condition always matches (a catch-all rule)
}

TEST(RuleExpression, ErrorsNameThePosition)
{
    EXPECT_EQ(parseError("topic =="), "position 9: expected a value after '==', found end of condition");
    EXPECT_EQ(parseError("topic == billing and"), "position 21: expected a field name, found end of condition");
    EXPECT_EQ(parseError("(topic == billing"),
        "position 18: expected ')' to close '(' at position 1, found end of condition");
    EXPECT_EQ(parseError("topic billing"),
        "position 7: expected an operator (==, !=, >, >=, <, <=, contains, startsWith, endsWith, in) after "
        "'topic', found 'billing'");
    EXPECT_EQ(parseError("topic == 'billing"), "position 10: unterminated string");
    EXPECT_EQ(parseError("plan in gold"), "position 9: expected '[' after 'in', found 'gold'");
    EXPECT_EQ(parseError("plan in [gold silver]"), "position 15: expected ',' or ']' in list, found 'silver'");
    EXPECT_EQ(parseError("topic == billing)"), "position 17: expected 'and', 'or' or end of condition, found ')'");
    EXPECT_EQ(parseError("topic # billing"), "position 7: unexpected character '#'");
    EXPECT_EQ(parseError("topic & billing"), "position 7: unexpected '&'");
    EXPECT_EQ(parseError("plan not"),
        "position 6: expected an operator (==, !=, >, >=, <, <=, contains, startsWith, endsWith, in) after "
        "'plan', found 'not'");
    EXPECT_EQ(parseError("== billing"), "position 1: expected a field name, found '=='");
    EXPECT_EQ(parseError("()"), "position 2: expected a field name, found ')'");
}

TEST(RuleExpression, ListsTheFieldsItReads)
{
    const auto expr = RuleExpression::parse("topic == billing and (order.total > 5 or not topic)");
    ASSERT_TRUE(expr);
    EXPECT_EQ(expr->fieldNames(), QStringList({ "topic", "order.total" }));
}

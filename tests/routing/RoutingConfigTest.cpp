// Loading the routing file: a valid file round-trips; each mistake is reported with its line and field.
#include "routing/RoutingConfig.h"

#include <QFile>
#include <gtest/gtest.h>

using handoff::routing::RoutingConfig;

namespace {

QString errorOf(const QByteArray &json)
{
    QString error;
    const auto config = RoutingConfig::fromJson(json, &error);
    EXPECT_FALSE(config.has_value()) << json.toStdString();
    return error;
}

// Line numbers in the expectations below refer to this text.
const QByteArray kValid = R"({
  "strategy": "roundRobin",
  "offerTimeoutSeconds": 20,
  "missedOffersBeforeAway": 2,
  "defaultQueue": "general",
  "queues": [
    { "id": "general", "name": "General" },
    {
      "id": "billing",
      "name": "Billing",
      "requiredSkills": ["billing"],
      "priority": 2,
      "hours": {
        "timeZone": "Europe/Berlin",
        "weekly": { "monday": ["09:00-12:00", "13:00-17:00"], "sat": ["10:00-24:00"] },
        "holidays": ["2026-12-25"]
      },
      "overflow": { "queue": "general", "afterSeconds": 300 },
      "closedMessage": "Billing is closed.",
      "noAgentsMessage": "Nobody from billing is here."
    }
  ],
  "rules": [
    { "name": "big orders", "condition": "topic == billing and order.total > 500", "queue": "billing",
      "priority": 5, "skills": ["senior"] },
    { "condition": "language startsWith de", "queue": "general" }
  ]
}
)";

} // namespace

TEST(RoutingConfig, LoadsEveryField)
{
    QString error;
    const auto config = RoutingConfig::fromJson(kValid, &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->strategy, 1);
    EXPECT_EQ(config->offerTimeoutSeconds, 20);
    EXPECT_EQ(config->missedOffersBeforeAway, 2);
    EXPECT_EQ(config->defaultQueue, "general");
    ASSERT_EQ(config->queues.size(), 2);
    const auto *billing = config->queue("billing");
    ASSERT_NE(billing, nullptr);
    EXPECT_EQ(billing->requiredSkills, QStringList { "billing" });
    EXPECT_EQ(billing->priority, 2);
    EXPECT_FALSE(billing->hours.alwaysOpen);
    EXPECT_EQ(billing->hours.timeZone, "Europe/Berlin");
    ASSERT_EQ(billing->hours.weekly[0].size(), 2);
    EXPECT_EQ(billing->hours.weekly[0][1].from, QTime(13, 0));
    ASSERT_EQ(billing->hours.weekly[5].size(), 1);
    EXPECT_EQ(billing->hours.holidays, QList<QDate> { QDate(2026, 12, 25) });
    EXPECT_EQ(billing->overflowQueue, "general");
    EXPECT_EQ(billing->overflowAfterSeconds, 300);
    EXPECT_EQ(billing->closedMessage, "Billing is closed.");
    EXPECT_TRUE(config->queue("general")->hours.alwaysOpen);
    ASSERT_EQ(config->rules.size(), 2);
    EXPECT_EQ(config->rules[0].priority, 5);
    EXPECT_EQ(config->rules[0].skills, QStringList { "senior" });
    EXPECT_FALSE(config->rules[1].priority.has_value());
    EXPECT_EQ(config->rules[1].name, "rule 2");
}

TEST(RoutingConfig, WrittenFileLoadsBackTheSame)
{
    const auto config = RoutingConfig::fromJson(kValid, nullptr);
    ASSERT_TRUE(config);
    QString error;
    const auto again = RoutingConfig::fromJson(config->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->toJson(), config->toJson());
    EXPECT_EQ(again->queue("billing")->hours.weekly[5][0].to, config->queue("billing")->hours.weekly[5][0].to);
}

TEST(RoutingConfig, ExampleFileShippedWithTheProjectIsValid)
{
    QFile file(QStringLiteral(HANDOFF_SOURCE_DIR "/resources/routing/example-routing.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QString error;
    const auto config = RoutingConfig::fromJson(file.readAll(), &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_GE(config->queues.size(), 2);
    EXPECT_GE(config->rules.size(), 2);
}

TEST(RoutingConfig, UnknownQueueInRuleNamesLineAndField)
{
    QByteArray json = kValid;
    json.replace(R"("queue": "general" })", R"("queue": "biling" })");
    EXPECT_EQ(errorOf(json), "line 26: rules[1].queue: unknown queue \"biling\"");
}

TEST(RoutingConfig, BadConditionNamesLineFieldAndPosition)
{
    QByteArray json = kValid;
    json.replace("topic == billing and order.total > 500", "topic == billing and order.total >");
    EXPECT_EQ(
        errorOf(json), "line 24: rules[0].condition: position 35: expected a value after '>', found end of condition");
}

TEST(RoutingConfig, QueueFieldErrors)
{
    QByteArray json = kValid;
    json.replace("Europe/Berlin", "Europe/Berlni");
    EXPECT_EQ(errorOf(json),
        "line 14: queues[1].hours.timeZone: unknown time zone \"Europe/Berlni\" (use an IANA "
        "name such as Europe/Berlin)");

    json = kValid;
    json.replace("13:00-17:00", "17:00-13:00");
    EXPECT_EQ(errorOf(json),
        "line 15: queues[1].hours.weekly.monday[1]: must end after it starts (ranges cannot "
        "cross midnight; split them over two days)");

    json = kValid;
    json.replace("2026-12-25", "2026-13-25");
    EXPECT_EQ(errorOf(json), "line 16: queues[1].hours.holidays[0]: must be a date \"YYYY-MM-DD\"");

    json = kValid;
    json.replace(R"("queue": "general", "afterSeconds")", R"("queue": "generl", "afterSeconds")");
    EXPECT_EQ(errorOf(json), "line 18: queues[1].overflow.queue: unknown queue \"generl\"");

    json = kValid;
    json.replace(R"("priority": 2,)", R"("priority": "high",)");
    EXPECT_EQ(errorOf(json), "line 12: queues[1].priority: must be a whole number from -1000 to 1000");

    json = kValid;
    json.replace(R"("requiredSkills")", R"("requiredSkill")");
    EXPECT_TRUE(errorOf(json).startsWith("line 11: queues[1].requiredSkill: unknown field"));

    json = kValid;
    json.replace(R"({ "id": "general", "name": "General" })", R"({ "id": "billing", "name": "General" })");
    EXPECT_EQ(errorOf(json), "line 9: queues[1].id: duplicate queue id \"billing\"");
}

TEST(RoutingConfig, TopLevelErrors)
{
    QByteArray json = kValid;
    json.replace(R"("defaultQueue": "general")", R"("defaultQueue": "main")");
    EXPECT_EQ(errorOf(json), "line 5: defaultQueue: unknown queue \"main\"");

    json = kValid;
    json.replace(R"("offerTimeoutSeconds": 20)", R"("offerTimeoutSeconds": 0)");
    EXPECT_EQ(errorOf(json), "line 3: offerTimeoutSeconds: must be a whole number from 5 to 3600");

    json = kValid;
    json.replace(R"("roundRobin")", R"("random")");
    EXPECT_EQ(errorOf(json), "line 2: strategy: unknown strategy \"random\" (use \"leastBusy\" or \"roundRobin\")");

    EXPECT_EQ(errorOf(R"({ "queues": [] })"), "line 1: queues: must be a non-empty list of queues");
    EXPECT_EQ(errorOf("[1, 2]"), "line 1: the configuration must be a JSON object");
}

TEST(RoutingConfig, MissingRequiredFieldNamesTheObject)
{
    QByteArray json = kValid;
    json.replace(R"(, "queue": "general" })", R"( })");
    EXPECT_EQ(errorOf(json), "line 26: rules[1]: missing required field \"queue\"");

    json = kValid;
    json.replace(R"("condition": "language startsWith de", )", "");
    EXPECT_EQ(errorOf(json), "line 26: rules[1]: missing required field \"condition\"");
}

TEST(RoutingConfig, SyntaxErrorNamesTheLine)
{
    QByteArray json = kValid;
    json.replace(R"("priority": 2,)", R"("priority": 2,,)");
    const QString error = errorOf(json);
    EXPECT_TRUE(error.startsWith("line 12: not valid JSON")) << error.toStdString();
}

TEST(RoutingConfig, MinimalFileGetsDefaults)
{
    QString error;
    const auto config = RoutingConfig::fromJson(R"({ "queues": [ { "id": "support" } ] })", &error);
    ASSERT_TRUE(config) << error.toStdString();
    EXPECT_EQ(config->defaultQueue, "support");
    EXPECT_EQ(config->queues[0].name, "support");
    EXPECT_EQ(config->offerTimeoutSeconds, 30);
    EXPECT_EQ(config->missedOffersBeforeAway, 3);
    EXPECT_EQ(config->strategy, 0);
    EXPECT_TRUE(config->rules.isEmpty());
}

TEST(RoutingConfig, DefaultsHaveOneOpenQueue)
{
    const RoutingConfig config = RoutingConfig::defaults();
    ASSERT_EQ(config.queues.size(), 1);
    EXPECT_EQ(config.defaultQueue, "default");
    EXPECT_TRUE(config.queues[0].hours.alwaysOpen);
    EXPECT_NE(config.queue("default"), nullptr);
    EXPECT_EQ(config.queue("nope"), nullptr);
}

TEST(RoutingConfig, MessageFormAndAbandonSettingsHaveDefaultsAndRoundTrip)
{
    QString error;
    const auto defaults = RoutingConfig::fromJson(R"({"queues": [{"id": "a"}]})", &error);
    ASSERT_TRUE(defaults) << error.toStdString();
    EXPECT_EQ(defaults->queues[0].offerFormAfterSeconds, 300);
    EXPECT_EQ(defaults->abandonAfterSeconds, 120);

    const auto set = RoutingConfig::fromJson(
        R"({"abandonAfterSeconds": 30, "queues": [{"id": "a", "offerFormAfterSeconds": 0}, {"id": "b", "offerFormAfterSeconds": 45}]})",
        &error);
    ASSERT_TRUE(set) << error.toStdString();
    EXPECT_EQ(set->abandonAfterSeconds, 30);
    EXPECT_EQ(set->queues[0].offerFormAfterSeconds, 0) << "0 means never";
    EXPECT_EQ(set->queues[1].offerFormAfterSeconds, 45);
    const auto again = RoutingConfig::fromJson(set->toJson(), &error);
    ASSERT_TRUE(again) << error.toStdString();
    EXPECT_EQ(again->abandonAfterSeconds, 30);
    EXPECT_EQ(again->queues[0].offerFormAfterSeconds, 0);
    EXPECT_EQ(again->queues[1].offerFormAfterSeconds, 45);

    EXPECT_FALSE(RoutingConfig::fromJson(R"({"queues": [{"id": "a", "offerFormAfterSeconds": -1}]})", &error));
    EXPECT_TRUE(error.contains("queues[0].offerFormAfterSeconds")) << error.toStdString();
    EXPECT_FALSE(RoutingConfig::fromJson(R"({"abandonAfterSeconds": "soon", "queues": [{"id": "a"}]})", &error));
    EXPECT_TRUE(error.contains("abandonAfterSeconds")) << error.toStdString();
}

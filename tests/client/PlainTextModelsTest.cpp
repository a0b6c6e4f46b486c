// Visitor and bot text in every item model the desk shows reaches the screen as the literal characters
// a visitor typed, never as rendered HTML. Qt renders a tool tip (and "What's this?") as rich text when
// Qt::mightBeRichText() says it looks like HTML, so those roles must either not look like HTML or be
// escaped HTML whose rendering is the literal text. The roles views paint themselves (DisplayRole,
// EditRole, the status tip, the accessible texts and the custom roles the desk's delegates draw with
// QPainter::drawText) are always plain text: they must carry the literal text, not an escaped copy.
#include "ClientTestSupport.h"
#include "client/AuditLogModel.h"
#include "client/BoardAgentModel.h"
#include "client/BoardConversationModel.h"
#include "client/BoardQueueModel.h"
#include "client/ColleagueModel.h"
#include "client/CannedResponseModel.h"
#include "client/EscalationReportModel.h"
#include "client/FieldsModel.h"
#include "client/MyChatsModel.h"
#include "client/OfferModel.h"
#include "client/OfflineMessageModel.h"
#include "client/PlainText.h"
#include "client/QueueOverviewModel.h"
#include "client/TranscriptModel.h"

#include <QTextDocument>
#include <gtest/gtest.h>

using namespace handoff;
using handoff::test::makeMessage;
using handoff::test::makeSummary;

namespace {

const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-25T10:00:00Z"), Qt::ISODate);

const QStringList kHostile { QStringLiteral("<img src=x>"), QStringLiteral("<b>bold</b>"),
    QStringLiteral("<a href='http://evil'>click</a>"), QStringLiteral("<span style='font-size:80px'>big</span>"),
    QStringLiteral("&lt;i&gt; & <table><tr><td>cell</td></tr></table>") };

// What Qt shows for a string it guesses the format of (tool tips, Qt::AutoText labels).
QString rendered(const QString &v)
{
    if (!Qt::mightBeRichText(v))
        return v;
    QTextDocument doc;
    doc.setHtml(v);
    return doc.toPlainText();
}

// Roles Qt shows as rich text when the value looks like HTML.
const QList<int> kGuessedRoles { Qt::ToolTipRole, Qt::WhatsThisRole };
// Roles shown as plain text: views and the desk's delegates paint them with QPainter::drawText, the
// status bar and the accessibility bridge take them as plain text.
const QList<int> kPlainRoles { Qt::DisplayRole, Qt::EditRole, Qt::StatusTipRole, Qt::AccessibleTextRole,
    Qt::AccessibleDescriptionRole };

// Walks every cell and role of `model` (the custom roles from roleNames() too) and checks that each
// value holding `payload` shows it literally. Returns how many values held it, so a test can make
// sure the payload did reach the model.
int expectShownLiterally(const QAbstractItemModel &model, const QString &payload, const char *what)
{
    QList<int> plainRoles = kPlainRoles;
    const auto names = model.roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (it.key() >= Qt::UserRole)
            plainRoles << it.key();
    const QString escaped = payload.toHtmlEscaped();
    int seen = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex i = model.index(row, column);
            for (int role : kGuessedRoles) {
                const QVariant value = i.data(role);
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString v = value.toString();
                if (!v.contains(payload) && !v.contains(escaped))
                    continue;
                ++seen;
                EXPECT_TRUE(rendered(v).contains(payload))
                    << what << " row " << row << " column " << column << " role " << role << ": "
                    << qPrintable(v) << " shows as " << qPrintable(rendered(v));
            }
            for (int role : plainRoles) {
                const QVariant value = i.data(role);
                if (value.typeId() != QMetaType::QString)
                    continue;
                const QString v = value.toString();
                if (!v.contains(payload) && !v.contains(escaped))
                    continue;
                ++seen;
                // Painted as plain text: the literal characters, never an escaped copy.
                EXPECT_TRUE(v.contains(payload)) << what << " row " << row << " column " << column << " role "
                                                 << role << " (plain) holds " << qPrintable(v);
            }
        }
    }
    return seen;
}

ConversationSummary hostileSummary(const QString &id, const QString &p)
{
    ConversationSummary c = makeSummary(id, p);
    c.topic = p;
    c.handoff->reason = p;
    c.handoff->lastTopic = p;
    c.handoff->agentMessage = p;
    c.handoff->page = QStringLiteral("https://shop.example/?q=") + p;
    c.handoff->language = p;
    c.handoff->fields.append({ p, p });
    return c;
}

} // namespace

TEST(PlainTextModels, TheHelperKeepsOrdinaryTextAndEscapesWhatLooksLikeMarkup)
{
    EXPECT_EQ(plainToolTip(QStringLiteral("Where is my order?")), QStringLiteral("Where is my order?"));
    EXPECT_EQ(plainToolTip(QString()), QString()); // no tool tip stays no tool tip
    for (const QString &p : kHostile) {
        EXPECT_EQ(rendered(plainToolTip(p)), p) << qPrintable(p);
        const QString twoLines = p + QStringLiteral("\n  second line");
        EXPECT_EQ(rendered(plainToolTip(twoLines)), twoLines) << qPrintable(p);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    EXPECT_EQ(plainNotification(QStringLiteral("Ada <b>x</b> & co")),
        QStringLiteral("Ada &lt;b&gt;x&lt;/b&gt; &amp; co"));
#endif
    EXPECT_EQ(plainNotification(QStringLiteral("Ada is waiting for you.")), QStringLiteral("Ada is waiting for you."));
}

TEST(PlainTextModels, OffersShowVisitorAndBotTextLiterally)
{
    for (const QString &p : kHostile) {
        OfferModel model;
        model.setClock([] { return t0; });
        OfferInfo o;
        o.conversationId = QStringLiteral("c1");
        o.offeredAt = t0;
        o.expiresAt = t0.addSecs(30);
        o.conversation = hostileSummary(QStringLiteral("c1"), p);
        model.addOffer(o);
        EXPECT_GT(expectShownLiterally(model, p, "OfferModel"), 0) << qPrintable(p);
        EXPECT_FALSE(model.index(0).data(Qt::ToolTipRole).toString().isEmpty()); // the bot's reason
    }
}

TEST(PlainTextModels, MyChatsShowVisitorTextLiterally)
{
    for (const QString &p : kHostile) {
        MyChatsModel model;
        model.setClock([] { return t0.addSecs(30); });
        model.upsert(hostileSummary(QStringLiteral("c1"), p));
        model.noteMessage(makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, p, t0), true);
        EXPECT_GT(expectShownLiterally(model, p, "MyChatsModel"), 0) << qPrintable(p);
        EXPECT_EQ(rendered(model.index(0).data(Qt::ToolTipRole).toString()), p); // the last line
    }
}

TEST(PlainTextModels, BotFieldsShowNamesAndValuesLiterally)
{
    for (const QString &p : kHostile) {
        FieldsModel model;
        model.setConversation(hostileSummary(QStringLiteral("c1"), p));
        EXPECT_GT(expectShownLiterally(model, p, "FieldsModel"), 0) << qPrintable(p);
    }
}

TEST(PlainTextModels, TranscriptShowsLinesNamesAndDeliveryErrorsLiterally)
{
    for (const QString &p : kHostile) {
        TranscriptModel model;
        model.setMyUserId(QStringLiteral("alice"));
        ChatMessage visitor = makeMessage(QStringLiteral("m1"), QStringLiteral("c1"), AuthorKind::Visitor, p, t0);
        visitor.authorName = p;
        ChatMessage bot = makeMessage(QStringLiteral("m2"), QStringLiteral("c1"), AuthorKind::Bot, p, t0.addSecs(2));
        bot.authorName = p;
        model.setConversation(hostileSummary(QStringLiteral("c1"), p), { visitor, bot }, {});
        OutboxItem failed;
        failed.clientId = QStringLiteral("k1");
        failed.conversationId = QStringLiteral("c1");
        failed.text = p;
        failed.createdAt = t0.addSecs(20);
        failed.state = DeliveryState::Failed;
        failed.error = p;
        model.updateOutboxItem(failed);
        EXPECT_GT(expectShownLiterally(model, p, "TranscriptModel"), 0) << qPrintable(p);
    }
}

TEST(PlainTextModels, LeftMessagesShowEverythingTheVisitorTypedLiterally)
{
    for (const QString &p : kHostile) {
        OfflineMessage open;
        open.id = QStringLiteral("o1");
        open.name = p;
        open.email = p + QStringLiteral("@example.org");
        open.text = p + QStringLiteral("\nsecond line");
        open.queueId = QStringLiteral("default");
        open.queueName = p;
        open.at = t0;
        open.topic = p;
        open.page = p;
        open.fields = { { QStringLiteral("order.number"), p, p } };
        OfflineMessage handled = open;
        handled.id = QStringLiteral("o2");
        handled.handledBy = QStringLiteral("bob");
        handled.handledByName = p;
        handled.handledAt = t0.addSecs(60);
        OfflineMessageModel model;
        model.setShowHandled(true);
        model.setMessages({ open, handled });
        ASSERT_EQ(model.rowCount(), 2);
        EXPECT_GT(expectShownLiterally(model, p, "OfflineMessageModel"), 0) << qPrintable(p);
    }
}

TEST(PlainTextModels, QueuesAndCannedResponsesShowTheirTextLiterally)
{
    for (const QString &p : kHostile) {
        QueueOverviewModel queues;
        QueueStatus q;
        q.id = QStringLiteral("default");
        q.name = p;
        q.waiting = 1;
        queues.setQueues({ q });
        EXPECT_GT(expectShownLiterally(queues, p, "QueueOverviewModel"), 0) << qPrintable(p);

        CannedResponseModel canned;
        CannedResponse c;
        c.id = QStringLiteral("r1");
        c.shortcut = QStringLiteral("hi");
        c.title = p;
        c.category = p;
        c.text = QStringLiteral("Hello {visitor.name}, ") + p;
        canned.setShared({ c });
        EXPECT_GT(expectShownLiterally(canned, p, "CannedResponseModel"), 0) << qPrintable(p);
    }
}

TEST(PlainTextModels, TheSupervisorBoardShowsVisitorAndBotTextLiterally)
{
    for (const QString &p : kHostile) {
        BoardConversationModel conversations;
        BoardConversation c;
        c.id = QStringLiteral("c1");
        c.state = ConversationState::Offered;
        c.queueId = p;
        c.agentName = p;
        c.visitorName = p;
        c.topic = p;
        c.trigger = QStringLiteral("explicit");
        c.offeredTo = p;
        c.monitoredBy = { p };
        conversations.upsert({ c });
        EXPECT_GT(expectShownLiterally(conversations, p, "BoardConversationModel"), 0) << qPrintable(p);

        BoardAgentModel agents;
        BoardAgent a;
        a.id = QStringLiteral("alice");
        a.name = p;
        a.skills = { p };
        agents.upsert({ a });
        EXPECT_GT(expectShownLiterally(agents, p, "BoardAgentModel"), 0) << qPrintable(p);

        BoardQueueModel queues;
        BoardQueue q;
        q.id = p;
        q.name = p;
        queues.upsert({ q });
        EXPECT_GT(expectShownLiterally(queues, p, "BoardQueueModel"), 0) << qPrintable(p);

        AuditLogModel audit;
        AuditEntry e;
        e.at = t0;
        e.actor = p;
        e.action = QStringLiteral("conversation.forceClose");
        e.target = p;
        e.detail = QStringLiteral("reason: ") + p;
        e.desk = p;
        audit.setEntries({ e });
        EXPECT_GT(expectShownLiterally(audit, p, "AuditLogModel"), 0) << qPrintable(p);

        EscalationReportModel report;
        EscalationReport r;
        r.from = t0.addDays(-7);
        r.to = t0;
        r.total = 1;
        EscalationTopicCount topic;
        topic.topic = p;
        topic.count = 1;
        topic.byTrigger.insert(QStringLiteral("explicit"), 1);
        r.byTopic = { topic };
        r.rows = { { p, QStringLiteral("explicit"), 1 } };
        report.setReport(r);
        EXPECT_GT(expectShownLiterally(report, p, "EscalationReportModel"), 0) << qPrintable(p);
    }
}

TEST(PlainTextModels, TheTransferPickerShowsColleaguesAndQueueNamesLiterally)
{
    for (const QString &p : kHostile) {
        ColleagueModel colleagues;
        BoardAgent a;
        a.id = QStringLiteral("bob");
        a.name = p;
        a.presence = Presence::Available;
        a.capacity = 3;
        a.queues = {QStringLiteral("q1")};
        colleagues.setQueueNames({{QStringLiteral("q1"), p}});
        colleagues.setColleagues({a}, QStringLiteral("alice"));
        EXPECT_GT(expectShownLiterally(colleagues, p, "ColleagueModel"), 0) << qPrintable(p);
    }
}

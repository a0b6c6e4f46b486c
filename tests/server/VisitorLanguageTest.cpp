// The visitor's language against the real router (loopback, SQLite file in the data directory): a router
// running in English greets, answers and notifies a visitor whose page says "de" in German, "pt" in Brazilian
// Portuguese and "it" in English; a German request for a person escalates explicitly; the desk's reason stays
// in the router's language; after the router is killed and restarted the chat goes on in German; the waiting
// notices and the end of a chat are in each visitor's language, an operator's configured notice as written.
#include "ProtocolPeer.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <gtest/gtest.h>

using namespace handoff;
using namespace handoff::test;
using protocol::Envelope;

namespace {

const QString kOk = QStringLiteral("ok");
const QStringList kEnglish { QStringLiteral("--language"), QStringLiteral("en") };

class Visitor : public ProtocolPeer
{
public:
    Envelope hello(const QString &language, const QString &token = {})
    {
        const Envelope opened = call(QStringLiteral("hello"),
            { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("visitorToken"), token },
                { QStringLiteral("page"), QStringLiteral("https://shop.example/") },
                { QStringLiteral("language"), language } });
        if (opened.type == kOk) {
            for (const QJsonValue &m : opened.data.value(QStringLiteral("messages")).toArray())
                greeting_ << m.toObject().value(QStringLiteral("text")).toString();
            token_ = opened.data.value(QStringLiteral("visitorToken")).toString();
            conversationId_ = opened.data.value(QStringLiteral("conversationId")).toString();
        }
        return opened;
    }
    bool say(const QString &text)
    {
        return call(QStringLiteral("message.send"),
                   { { QStringLiteral("clientId"), QStringLiteral("v%1").arg(++sent) }, // unique across pages of one chat
                       { QStringLiteral("text"), text } })
                   .type
            == kOk;
    }
    // Waits for a line of the transcript by `author` that holds `text`.
    bool hears(const QString &author, const QString &text, int timeoutMs = 10000)
    {
        return event(
                   QStringLiteral("message"),
                   [&](const Envelope &e) {
                       const QJsonObject m = e.data.value(QStringLiteral("message")).toObject();
                       return m.value(QStringLiteral("author")).toString() == author
                           && m.value(QStringLiteral("text")).toString().contains(text);
                   },
                   timeoutMs)
            .has_value();
    }
    // Every line heard so far, for failure messages.
    QString botLines() const
    {
        QStringList lines = greeting_;
        for (const Envelope &e : events())
            if (e.type == QLatin1String("message"))
                lines << e.data.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString();
        return lines.join(QStringLiteral(" | "));
    }
    QString token_;
    QString conversationId_;
    QStringList greeting_; // the transcript the hello answered with: the bot's greeting for a new chat
    static inline int sent = 0;
};

// A visitor whose page opens a chat, saying hello in `language`.
bool arrive(Visitor &visitor, const RouterProcess &router, const QString &language)
{
    return visitor.open(router.wsUrl(QStringLiteral("visitor"))) && visitor.hello(language).type == kOk;
}

bool signIn(ProtocolPeer &desk, const RouterProcess &router, const QString &user)
{
    return desk.open(router.wsUrl(QStringLiteral("desk"))) && desk.helloDesk().type == kOk
        && desk.signIn(user, user + QStringLiteral("-password")).type == kOk;
}

TEST(VisitorLanguage, GermanVisitorOnAnEnglishRouterHearsGermanAlsoAfterARestart)
{
    RouterProcess router;
    ASSERT_TRUE(router.addUser(QStringLiteral("ann"), QStringLiteral("ann-password")));
    ASSERT_TRUE(router.start(kEnglish)) << router.log().toStdString();

    Visitor visitor;
    ASSERT_TRUE(arrive(visitor, router, QStringLiteral("de")));
    EXPECT_EQ(visitor.greeting_,
        QStringList({ QStringLiteral("Hallo! Ich bin Handoff Assistant, der virtuelle Assistent."),
            QStringLiteral("Darf ich Ihren Namen erfahren?") }));

    ASSERT_TRUE(visitor.say(QStringLiteral("Ich heiße Anna")));
    EXPECT_TRUE(visitor.hears(QStringLiteral("bot"), QStringLiteral("Schön, Sie kennenzulernen, Anna!")))
        << visitor.botLines().toStdString();
    ASSERT_TRUE(visitor.say(QStringLiteral("Wo ist meine Bestellung A1002?")));
    EXPECT_TRUE(visitor.hears(QStringLiteral("bot"),
        QStringLiteral("Bestellung A1002: Wird in unserem Lager vorbereitet; der Versand erfolgt innerhalb von 24 "
                       "Stunden.")))
        << visitor.botLines().toStdString();

    // Nobody is signed in: the German request escalates, and the visitor hears the default notice in German.
    ASSERT_TRUE(visitor.say(QStringLiteral("ich möchte einen Menschen sprechen")));
    EXPECT_TRUE(visitor.hears(QStringLiteral("bot"), QStringLiteral("Ich verbinde Sie mit jemandem")))
        << visitor.botLines().toStdString();
    const auto notice = visitor.event(QStringLiteral("offline"));
    ASSERT_TRUE(notice);
    EXPECT_EQ(notice->data.value(QStringLiteral("reason")).toString(), QStringLiteral("no_agents"));
    EXPECT_TRUE(notice->data.value(QStringLiteral("notice")).toString().startsWith(QStringLiteral("Gerade ist niemand frei.")))
        << notice->data.value(QStringLiteral("notice")).toString().toStdString();

    // Ann's desk: an explicit escalation, its reason in the router's language (English).
    ProtocolPeer ann;
    ASSERT_TRUE(signIn(ann, router, QStringLiteral("ann")));
    const auto offer = ann.event(QStringLiteral("offer"), {}, 15000);
    ASSERT_TRUE(offer);
    const QJsonObject handoff
        = offer->data.value(QStringLiteral("conversation")).toObject().value(QStringLiteral("handoff")).toObject();
    EXPECT_EQ(handoff.value(QStringLiteral("trigger")).toString(), QStringLiteral("explicit"));
    EXPECT_EQ(handoff.value(QStringLiteral("reason")).toString(), QStringLiteral("The visitor asked for a person."));
    EXPECT_EQ(handoff.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    ASSERT_EQ(ann.call(QStringLiteral("offer.accept"), { { QStringLiteral("conversationId"), visitor.conversationId_ } })
                  .type,
        kOk);
    EXPECT_TRUE(visitor.hears(QStringLiteral("system"), QStringLiteral("ist dem Chat beigetreten")))
        << visitor.botLines().toStdString();

    // The router dies and comes back; the visitor's page returns, the chat goes on in German.
    ann.close();
    router.kill();
    ASSERT_TRUE(router.start(kEnglish)) << router.log().toStdString();
    Visitor back;
    ASSERT_TRUE(back.open(router.wsUrl(QStringLiteral("visitor"))));
    // A page that now says English does not change the chat's language.
    const Envelope resumed = back.hello(QStringLiteral("en"), visitor.token_);
    ASSERT_EQ(resumed.type, kOk);
    EXPECT_EQ(resumed.data.value(QStringLiteral("conversationId")).toString(), visitor.conversationId_);
    ProtocolPeer annAgain;
    ASSERT_TRUE(signIn(annAgain, router, QStringLiteral("ann")));
    ASSERT_EQ(annAgain
                  .call(QStringLiteral("conversation.close"),
                      { { QStringLiteral("conversationId"), visitor.conversationId_ },
                          { QStringLiteral("disposition"), QStringLiteral("resolved") } })
                  .type,
        kOk);
    const auto closed = back.event(QStringLiteral("closed"));
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->data.value(QStringLiteral("text")).toString().endsWith(QStringLiteral("hat den Chat beendet.")))
        << closed->data.value(QStringLiteral("text")).toString().toStdString();
}

TEST(VisitorLanguage, EachVisitorGetsTheBestShippedLanguageAndTheBotKeepsItAcrossARestart)
{
    RouterProcess router;
    ASSERT_TRUE(router.start(kEnglish)) << router.log().toStdString();

    Visitor portuguese; // "pt" has no translation of its own: Brazilian Portuguese serves it
    Visitor italian; // no Italian translation: English
    Visitor austrian; // "de-AT": German
    ASSERT_TRUE(arrive(portuguese, router, QStringLiteral("pt")));
    ASSERT_TRUE(arrive(italian, router, QStringLiteral("it")));
    ASSERT_TRUE(arrive(austrian, router, QStringLiteral("de-AT")));
    EXPECT_EQ(portuguese.greeting_.value(0), QStringLiteral("Olá! Eu sou Handoff Assistant, o assistente virtual."));
    EXPECT_EQ(portuguese.greeting_.value(1), QStringLiteral("Posso saber o seu nome?"));
    EXPECT_EQ(italian.greeting_.value(0), QStringLiteral("Hello! I'm Handoff Assistant, the virtual assistant."));
    EXPECT_EQ(italian.greeting_.value(1), QStringLiteral("May I have your name?"));
    EXPECT_EQ(austrian.greeting_.value(0), QStringLiteral("Hallo! Ich bin Handoff Assistant, der virtuelle Assistent."));

    // The bot answers Portuguese questions in Portuguese, English ones too.
    ASSERT_TRUE(portuguese.say(QStringLiteral("Qual é o prazo de entrega?")));
    EXPECT_TRUE(portuguese.hears(QStringLiteral("bot"), QStringLiteral("A entrega padrão leva de 2 a 4 dias úteis")))
        << portuguese.botLines().toStdString();
    ASSERT_TRUE(italian.say(QStringLiteral("I want a real person")));
    EXPECT_TRUE(italian.hears(QStringLiteral("bot"), QStringLiteral("Let me connect you with someone who can help.")))
        << italian.botLines().toStdString();

    // Killed and restarted, the router restores the bot of each chat with its language.
    router.kill();
    ASSERT_TRUE(router.start(kEnglish)) << router.log().toStdString();
    Visitor back;
    ASSERT_TRUE(back.open(router.wsUrl(QStringLiteral("visitor"))));
    ASSERT_EQ(back.hello(QString(), portuguese.token_).type, kOk);
    ASSERT_TRUE(back.say(QStringLiteral("Onde está meu pedido B2001?")));
    EXPECT_TRUE(back.hears(QStringLiteral("bot"), QStringLiteral("Pedido B2001: Aguardando pagamento.")))
        << back.botLines().toStdString();
    ASSERT_TRUE(back.say(QStringLiteral("quero falar com um atendente")));
    EXPECT_TRUE(back.hears(QStringLiteral("bot"), QStringLiteral("Vou transferir você para alguém que pode ajudar.")))
        << back.botLines().toStdString();
    const auto notice = back.event(QStringLiteral("offline"));
    ASSERT_TRUE(notice);
    EXPECT_TRUE(notice->data.value(QStringLiteral("notice")).toString().startsWith(QStringLiteral("Ninguém está disponível agora.")))
        << notice->data.value(QStringLiteral("notice")).toString().toStdString();
}

TEST(VisitorLanguage, WaitingNoticesInTheVisitorsLanguageAndTheOperatorsTextAsConfigured)
{
    RouterProcess router;
    {
        QFile routing(router.dataDir() + QStringLiteral("/routing.json"));
        ASSERT_TRUE(routing.open(QIODevice::WriteOnly));
        routing.write(R"({"queues": [{"id": "general", "name": "General", "offerFormAfterSeconds": 2,
            "noAgentsMessage": "Nobody here right now: leave us a note."}]})");
    }
    ASSERT_TRUE(router.addUser(QStringLiteral("ann"), QStringLiteral("ann-password")));
    ASSERT_TRUE(router.start(kEnglish)) << router.log().toStdString();

    // Nobody signed in: the operator's own notice, as written, for a German visitor too.
    Visitor german;
    ASSERT_TRUE(arrive(german, router, QStringLiteral("de")));
    ASSERT_EQ(german.call(QStringLiteral("handoff.request")).type, kOk);
    const auto configured = german.event(QStringLiteral("offline"));
    ASSERT_TRUE(configured);
    EXPECT_EQ(configured->data.value(QStringLiteral("notice")).toString(),
        QStringLiteral("Nobody here right now: leave us a note."));

    // Ann is signed in but away: the queue is open, and after two seconds each waiting visitor is offered
    // the message form in their own words.
    ProtocolPeer ann;
    ASSERT_TRUE(signIn(ann, router, QStringLiteral("ann")));
    ASSERT_EQ(
        ann.call(QStringLiteral("presence.set"), { { QStringLiteral("presence"), QStringLiteral("away") } }).type, kOk);
    Visitor french;
    ASSERT_TRUE(arrive(french, router, QStringLiteral("fr-BE")));
    ASSERT_TRUE(french.say(QStringLiteral("je voudrais parler à un conseiller")));
    EXPECT_TRUE(french.hears(QStringLiteral("bot"), QStringLiteral("Je vous mets en relation")))
        << french.botLines().toStdString();
    const auto timeout = [](const Envelope &e) {
        return e.data.value(QStringLiteral("reason")).toString() == QStringLiteral("timeout");
    };
    const auto frenchForm = french.event(QStringLiteral("offline"), timeout, 20000);
    ASSERT_TRUE(frenchForm);
    EXPECT_TRUE(frenchForm->data.value(QStringLiteral("notice")).toString().startsWith(
        QStringLiteral("Désolés, personne n'a encore pu vous répondre.")))
        << frenchForm->data.value(QStringLiteral("notice")).toString().toStdString();
    const auto germanForm = german.event(QStringLiteral("offline"), timeout, 20000);
    ASSERT_TRUE(germanForm);
    EXPECT_TRUE(germanForm->data.value(QStringLiteral("notice")).toString().startsWith(
        QStringLiteral("Leider war noch niemand frei")))
        << germanForm->data.value(QStringLiteral("notice")).toString().toStdString();

    // A Dutch visitor who ends the chat is told so in Dutch; a request the router does not know is refused in Dutch.
    Visitor dutch;
    ASSERT_TRUE(arrive(dutch, router, QStringLiteral("nl-NL")));
    const Envelope unknown = dutch.call(QStringLiteral("dance"));
    EXPECT_EQ(unknown.type, QStringLiteral("error"));
    EXPECT_EQ(unknown.errorMessage(), QStringLiteral("Onbekend verzoektype \"dance\"."))
        << unknown.errorMessage().toStdString();
    ASSERT_EQ(dutch.call(QStringLiteral("end")).type, kOk);
    const auto ended = dutch.event(QStringLiteral("closed"));
    ASSERT_TRUE(ended);
    EXPECT_EQ(ended->data.value(QStringLiteral("text")).toString(), QStringLiteral("U hebt de chat beëindigd."));
}

} // namespace

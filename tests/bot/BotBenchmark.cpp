// Measures the bot's cost per visitor message with the built-in topic file: whole conversations
// (greeting, name, order look-up, returns, a miss, goodbye) and single replies, and the time to save
// and restore a conversation's state. Prints figures; never run as a test.
// Usage: bench_bot [conversations] [de]   (de: the same conversation by a German visitor, in German)
#include "bot/BotEngine.h"
#include "bot/DemoOrderDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace handoff::bot;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int conversations = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 2000;
    const TopicSet topics = TopicSet::builtIn();
    const DemoOrderDirectory orders;
    const bool german = argc > 2 && qstrcmp(argv[2], "de") == 0;
    const QString language = german ? QStringLiteral("de") : QStringLiteral("en-US");
    const QStringList script = german
        ? QStringList { QStringLiteral("Anna"), QStringLiteral("wo ist meine Bestellng A1002?"),
              QStringLiteral("wie kann ich etwas zurückschicken"), QStringLiteral("wo ist das Formular für die Garantie"),
              QStringLiteral("lila Elefanten tanzen"), QStringLiteral("wie lange dauert der Versand"),
              QStringLiteral("vielen Dank, tschüss!") }
        : QStringList { QStringLiteral("Anna"), QStringLiteral("wher is my oder A1002?"),
              QStringLiteral("how do I return something"), QStringLiteral("where is the form for a warranty claim"),
              QStringLiteral("purple elephants dancing"), QStringLiteral("how long does shipping take"),
              QStringLiteral("thanks, bye!") };

    std::vector<qint64> replyNs;
    replyNs.reserve(size_t(conversations) * size_t(script.size()));
    qint64 saveRestoreNs = 0;
    int handoffs = 0;
    QElapsedTimer total;
    total.start();
    for (int c = 0; c < conversations; ++c) {
        BotConversation bot(topics, BotSettings {}, &orders);
        bot.start(QStringLiteral("https://shop.example.com/"), language);
        for (const QString &line : script) {
            QElapsedTimer t;
            t.start();
            const BotTurn turn = bot.reply(line);
            replyNs.push_back(t.nsecsElapsed());
            handoffs += turn.handoff ? 1 : 0;
        }
        QElapsedTimer t;
        t.start();
        BotConversation restored(topics, BotSettings {}, &orders);
        restored.restoreState(bot.saveState());
        saveRestoreNs += t.nsecsElapsed();
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(replyNs.begin(), replyNs.end());
    auto pct = [&](double p) { return double(replyNs[size_t(p * double(replyNs.size() - 1))]) / 1000.0; };

    QTextStream out(stdout);
    out << "conversations: " << conversations << ", visitor messages: " << replyNs.size() << ", handoffs: " << handoffs
        << "\n";
    out << "messages per second: " << qRound(double(replyNs.size()) / seconds) << "\n";
    out << "reply time (us): p50 " << pct(0.50) << ", p95 " << pct(0.95) << ", p99 " << pct(0.99) << ", max "
        << pct(1.0) << "\n";
    out << "save + restore (us, mean): " << double(saveRestoreNs) / double(conversations) / 1000.0 << "\n";
    return 0;
}

// Measures the supervisor board under load as a supervisor's desk meets it: a snapshot of many open
// chats in a sorted, filtered table view, then bursts of deltas (hundreds of changed chats each),
// applied the way SupervisorBoard applies them. Prints the time per burst and how many cells and rows
// the view was told about. Prints figures; never run as a test.
//
//   bench_supervisor_board [--chats N] [--changes-per-burst M] [--bursts K]
#include "client/SupervisorBoard.h"
#include "protocol/Envelope.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <cstdio>

using namespace handoff;

namespace {

QJsonObject chat(int i, int version, const QDateTime &base)
{
    const bool assigned = version % 2 == 1;
    return { { QStringLiteral("id"), QStringLiteral("c_%1").arg(i) },
        { QStringLiteral("state"), assigned ? QStringLiteral("assigned") : QStringLiteral("waiting") },
        { QStringLiteral("queueId"), QStringLiteral("q%1").arg(i % 5) },
        { QStringLiteral("agentId"), assigned ? QStringLiteral("agent%1").arg((i + version) % 40) : QString() },
        { QStringLiteral("visitorName"), QStringLiteral("Visitor %1").arg(i) },
        { QStringLiteral("topic"), QStringLiteral("topic-%1").arg(i % 12) },
        { QStringLiteral("trigger"), QStringLiteral("explicit") },
        { QStringLiteral("enqueuedAt"), toIsoUtc(base.addSecs(-i)) },
        { QStringLiteral("assignedAt"), assigned ? toIsoUtc(base.addSecs(-version)) : QString() } };
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption chatsOption(QStringLiteral("chats"), QStringLiteral("Open chats on the board."),
        QStringLiteral("N"), QStringLiteral("1000"));
    QCommandLineOption changesOption(QStringLiteral("changes-per-burst"), QStringLiteral("Changed chats per burst."),
        QStringLiteral("M"), QStringLiteral("300"));
    QCommandLineOption burstsOption(
        QStringLiteral("bursts"), QStringLiteral("Bursts to apply."), QStringLiteral("K"), QStringLiteral("50"));
    parser.addOptions({ chatsOption, changesOption, burstsOption });
    parser.process(app);
    const int chats = parser.value(chatsOption).toInt();
    const int changes = parser.value(changesOption).toInt();
    const int bursts = parser.value(burstsOption).toInt();

    SupervisorBoard board(nullptr);
    board.setCoalesceInterval(0);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(board.conversations());
    proxy.setSortRole(BoardSortRole);
    proxy.setDynamicSortFilter(true);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(QStringLiteral("Visitor"));
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(BoardConversationModel::AgentColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();

    const QDateTime base = QDateTime::currentDateTimeUtc();
    QJsonArray all;
    for (int i = 0; i < chats; ++i)
        all.append(chat(i, 0, base));
    QElapsedTimer timer;
    timer.start();
    board.applyEvent(
        protocol::Envelope::event(QStringLiteral("board.snapshot"), { { QStringLiteral("conversations"), all } }));
    app.processEvents();
    const double snapshotMs = timer.nsecsElapsed() / 1e6;

    int cells = 0, resets = 0, layouts = 0;
    QObject::connect(board.conversations(), &QAbstractItemModel::dataChanged, [&] { ++cells; });
    QObject::connect(board.conversations(), &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, [&] { ++layouts; });
    double worstMs = 0, totalMs = 0;
    for (int b = 1; b <= bursts; ++b) {
        QJsonArray changed;
        for (int k = 0; k < changes; ++k)
            changed.append(chat((b * 7919 + k * 13) % chats, b, base));
        timer.restart();
        board.applyEvent(
            protocol::Envelope::event(QStringLiteral("board.delta"), { { QStringLiteral("conversations"), changed } }));
        app.processEvents();
        const double ms = timer.nsecsElapsed() / 1e6;
        totalMs += ms;
        worstMs = std::max(worstMs, ms);
    }
    std::printf("board with %d open chats, sorted by agent and filtered, in a table view (offscreen)\n", chats);
    std::printf("snapshot applied and shown: %.1f ms\n", snapshotMs);
    std::printf("%d bursts of %d changed chats: mean %.2f ms, worst %.2f ms per burst (%.0f changes/s sustainable)\n",
        bursts, changes, totalMs / bursts, worstMs, changes * 1000.0 / (totalMs / bursts));
    std::printf("cells announced: %d (%.1f per changed chat), model resets: %d, proxy re-sorts: %d\n", cells,
        double(cells) / (bursts * changes), resets, layouts);
    return 0;
}

// Load on the real handoff-router over real WebSockets, beside a raw relay driven by the same load generator.
// Prints Markdown tables; never run as a test. `bench_router --help` lists the scenarios and options.
//
// Processes: this program (the parent) starts the router (or the relay, which is this program again with
// --role relay) and several load-generator children (this program with --role gen). Each child drives a
// slice of the visitors and agents; parent and children talk in lines over the children's stdin/stdout.
// Latencies cross processes: every timed frame carries its send time on CLOCK_MONOTONIC, which all
// processes on the machine share.
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSocketNotifier>
#include <QStorageInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <deque>
#include <functional>
#include <map>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

const QString kPassword = QStringLiteral("bench-password");
constexpr int kGraceMs = 5000; // after the run, how long deliveries still count

qint64 nowUs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

void raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        pause(10);
    }
    return true;
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// ---------------------------------------------------------------------------------------------------------
// One WebSocket of the generator. Outgoing frames go through a token bucket a little below the router's
// per-connection limit (20 frames/s, burst 40), and the frame (with its time stamp) is made when it is
// really sent, so a frame held back by the bucket is not timed from when it was queued.

enum Kind { Hello, Auth, HandoffRequest, Message, Accept, Reply, End, FloodAuth, Other };

struct Pending {
    Kind kind = Other;
    qint64 sentUs = 0;
    int idx = -1;
    int seq = -1;
};

class Conn : public QObject
{
public:
    using DataMaker = std::function<QString(qint64 now)>; // the frame's "data" object as JSON text

    Conn(double perSecond, double burst)
        : m_rate(perSecond)
        , m_burst(burst)
        , m_tokens(burst)
        , m_last(nowUs())
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
        QObject::connect(&ws, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = o.value(QLatin1String("type")).toString();
            if (type == QLatin1String("ok") || type == QLatin1String("error")) {
                const auto it = pending.find(o.value(QLatin1String("re")).toString().toInt());
                if (it == pending.end())
                    return;
                const Pending p = it.value();
                pending.erase(it);
                if (onReply)
                    onReply(p, type == QLatin1String("ok"), o);
            } else if (onEvent) {
                onEvent(type, o.value(QLatin1String("data")).toObject());
            }
        });
    }

    void request(Kind kind, const QString &type, DataMaker data, int idx = -1, int seq = -1)
    {
        m_queue.push_back({ kind, type, std::move(data), idx, seq });
        pump();
    }

    QWebSocket ws;
    QHash<int, Pending> pending;
    std::function<void(const Pending &, bool ok, const QJsonObject &frame)> onReply;
    std::function<void(const QString &type, const QJsonObject &data)> onEvent;
    int idx = -1;
    QString conversationId;
    bool done = false;

private:
    struct Queued {
        Kind kind;
        QString type;
        DataMaker data;
        int idx, seq;
    };

    void pump()
    {
        const qint64 now = nowUs();
        m_tokens = std::min(m_burst, m_tokens + double(now - m_last) * m_rate / 1e6);
        m_last = now;
        while (!m_queue.empty() && m_tokens >= 1.0) {
            if (ws.state() != QAbstractSocket::ConnectedState) {
                m_queue.clear();
                return;
            }
            m_tokens -= 1.0;
            Queued q = std::move(m_queue.front());
            m_queue.pop_front();
            const int id = m_nextId++;
            const qint64 sent = nowUs();
            pending.insert(id, { q.kind, sent, q.idx, q.seq });
            ws.sendTextMessage(QStringLiteral("{\"type\":\"%1\",\"id\":\"%2\",\"data\":%3}")
                                   .arg(q.type, QString::number(id), q.data(sent)));
        }
        if (!m_queue.empty() && !m_timer.isActive())
            m_timer.start(std::max(1, int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate))));
    }

    double m_rate, m_burst, m_tokens;
    qint64 m_last;
    int m_nextId = 1;
    std::deque<Queued> m_queue;
    QTimer m_timer;
};

QString jsonString(const QString &s)
{
    QString r = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return r.mid(1, r.size() - 2);
}

// "v12-7" → 12, 7
bool parseClientId(const QString &id, QChar prefix, int *idx, int *seq)
{
    if (id.size() < 4 || id.at(0) != prefix)
        return false;
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    bool ok1 = false, ok2 = false;
    *idx = QStringView(id).mid(1, dash - 1).toInt(&ok1);
    *seq = QStringView(id).mid(dash + 1).toInt(&ok2);
    return dash > 1 && ok1 && ok2;
}

qint64 stampOf(const QString &text) // "b 123456789" → 123456789
{
    return text.startsWith(QLatin1String("b ")) ? QStringView(text).mid(2).toLongLong() : 0;
}

// ---------------------------------------------------------------------------------------------------------
// The raw relay: pairs each visitor socket with an agent socket and forwards text frames. It parses each
// frame (as the router must) and answers requests with a bare `ok`; message frames go to the peer as they
// came. No store, no routing, no bot.

class Relay : public QObject
{
public:
    bool listen(quint16 port)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        QObject::connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    struct Visitor {
        QWebSocket *socket = nullptr;
        QWebSocket *agent = nullptr;
        QString page;
    };

    static void ok(QWebSocket *s, const QString &id, const QString &data = QStringLiteral("{}"))
    {
        s->sendTextMessage(QStringLiteral("{\"type\":\"ok\",\"re\":\"%1\",\"data\":%2}").arg(id, data));
    }

    void accept(QWebSocket *s)
    {
        s->setParent(this);
        const bool desk = s->requestUrl().path() == QLatin1String("/ws/desk");
        if (desk)
            m_agents.append(s);
        const QString cid = QStringLiteral("r%1").arg(m_next++);
        if (!desk)
            m_visitors.insert(cid, { s, nullptr, {} });
        QObject::connect(s, &QWebSocket::disconnected, this, [this, s, cid, desk] {
            if (desk)
                m_agents.removeAll(s);
            else
                m_visitors.remove(cid);
            s->deleteLater();
        });
        QObject::connect(s, &QWebSocket::textMessageReceived, this, [this, s, cid, desk](const QString &text) {
            const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = o.value(QLatin1String("type")).toString();
            const QString id = o.value(QLatin1String("id")).toString();
            const QJsonObject data = o.value(QLatin1String("data")).toObject();
            if (desk) {
                ok(s, id);
                const auto it = m_visitors.find(data.value(QLatin1String("conversationId")).toString());
                if (it == m_visitors.end())
                    return;
                if (type == QLatin1String("message.send"))
                    it->socket->sendTextMessage(text);
                else if (type == QLatin1String("offer.accept"))
                    it->socket->sendTextMessage(
                        QStringLiteral("{\"type\":\"agent.joined\",\"data\":{\"agentName\":\"relay\"}}"));
                return;
            }
            Visitor &v = m_visitors[cid];
            if (type == QLatin1String("hello")) {
                v.page = data.value(QLatin1String("page")).toString();
                ok(s, id, QStringLiteral("{\"conversationId\":\"%1\",\"state\":\"bot\"}").arg(cid));
            } else if (type == QLatin1String("message.send")) {
                ok(s, id);
                if (v.agent)
                    v.agent->sendTextMessage(text);
            } else if (type == QLatin1String("handoff.request")) {
                ok(s, id);
                if (!v.agent && !m_agents.isEmpty())
                    v.agent = m_agents.at(m_nextAgent++ % m_agents.size());
                if (v.agent)
                    v.agent->sendTextMessage(QStringLiteral("{\"type\":\"offer\",\"data\":{\"offer\":{"
                                                            "\"conversationId\":\"%1\"},\"conversation\":{\"id\":"
                                                            "\"%1\",\"handoff\":{\"page\":%2}}}}")
                                                 .arg(cid, jsonString(v.page)));
            } else {
                ok(s, id);
            }
        });
    }

    QWebSocketServer m_server { QStringLiteral("relay"), QWebSocketServer::NonSecureMode };
    QList<QWebSocket *> m_agents;
    QHash<QString, Visitor> m_visitors;
    int m_next = 1;
    int m_nextAgent = 0;
};

// ---------------------------------------------------------------------------------------------------------
// A load-generator child. Commands on stdin: VISITORS, GO <startUs> <durationMs>, QUIT.
// Lines on stdout: AGENTS_READY, PROGRESS <n>, READY <done> <failed>, RESULT <json>.

QJsonArray toArray(const std::vector<qint64> &v)
{
    QJsonArray a;
    for (qint64 x : v)
        a.append(double(x));
    return a;
}

QJsonObject toObject(const QHash<int, QList<int>> &h)
{
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it) {
        QJsonArray a;
        for (int s : it.value())
            a.append(s);
        o.insert(QString::number(it.key()), a);
    }
    return o;
}

QJsonObject toObject(const QHash<QString, int> &h)
{
    QJsonObject o;
    for (auto it = h.begin(); it != h.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

class Generator : public QObject
{
public:
    explicit Generator(const QJsonObject &spec)
        : m_spec(spec)
    {
        for (const QJsonValue &u : spec.value(QLatin1String("urls")).toArray())
            m_urls.append(u.toString());
        m_scenario = spec.value(QLatin1String("scenario")).toString();
        m_child = spec.value(QLatin1String("child")).toInt();
        m_procs = spec.value(QLatin1String("procs")).toInt();
        m_rate = spec.value(QLatin1String("rate")).toDouble();
        m_replyEvery = spec.value(QLatin1String("replyEvery")).toInt(10);
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(2);
        QObject::connect(&m_tick, &QTimer::timeout, this, [this] { tick(); });
        m_stdin = new QSocketNotifier(0, QSocketNotifier::Read, this);
        QObject::connect(m_stdin, &QSocketNotifier::activated, this, [this] { readCommands(); });
    }

    void start()
    {
        const int aFrom = m_spec.value(QLatin1String("aFrom")).toInt();
        const int aTo = m_spec.value(QLatin1String("aTo")).toInt();
        if (aFrom >= aTo)
            emitLine(QStringLiteral("AGENTS_READY"));
        for (int a = aFrom; a < aTo; ++a)
            startAgent(a);
        m_agentsWanted = aTo - aFrom;
    }

private:
    // --- agents
    void startAgent(int a)
    {
        auto *c = new Conn(18, 30);
        c->setParent(this);
        c->idx = a;
        m_agents.append(c);
        QObject::connect(&c->ws, &QWebSocket::connected, c, [c] {
            c->request(Hello, QStringLiteral("hello"),
                [](qint64) { return QStringLiteral("{\"version\":\"1.0\",\"client\":\"bench\"}"); });
        });
        c->onReply = [this, c](const Pending &p, bool ok, const QJsonObject &f) {
            const QString user = QStringLiteral("agent%1").arg(c->idx, 3, 10, QLatin1Char('0'));
            auto signIn = [c, user] {
                c->request(Auth, QStringLiteral("auth"), [user](qint64) {
                    return QStringLiteral("{\"user\":\"%1\",\"password\":\"%2\"}").arg(user, kPassword);
                });
            };
            if (!ok && p.kind == Auth
                && f.value(QLatin1String("data")).toObject().value(QLatin1String("code")).toString()
                    == QLatin1String("rate_limited")) {
                // Too many sign-ins from this address at once: back off and try again, as a desk does.
                QTimer::singleShot(50 + c->idx % 10 * 20, c, signIn);
                return;
            }
            if (!ok)
                countError(f, p);
            if (p.kind == Hello && ok) {
                signIn();
            } else if (p.kind == Auth && ok) {
                if (++m_agentsSignedIn == m_agentsWanted)
                    emitLine(QStringLiteral("AGENTS_READY"));
            } else if (p.kind == Reply && ok && p.idx >= 0) {
                m_replyAck.push_back(nowUs() - p.sentUs);
                m_ackedA[p.idx].append(p.seq);
            }
        };
        c->onEvent = [this, c](const QString &type, const QJsonObject &data) { agentEvent(c, type, data); };
        c->ws.open(QUrl(urlFor(a) + QStringLiteral("/ws/desk")));
    }

    // Visitor i and agent j go to router i % N and j % N, as a round-robin load balancer would spread them.
    QString urlFor(int i) const { return m_urls.at(i % m_urls.size()); }

    void agentEvent(Conn *c, const QString &type, const QJsonObject &data)
    {
        const qint64 now = nowUs();
        if (type == QLatin1String("offer")) {
            const QString cid
                = data.value(QLatin1String("offer")).toObject().value(QLatin1String("conversationId")).toString();
            const QString page = data.value(QLatin1String("conversation"))
                                     .toObject()
                                     .value(QLatin1String("handoff"))
                                     .toObject()
                                     .value(QLatin1String("page"))
                                     .toString();
            const qsizetype slash = page.lastIndexOf(QLatin1String("/v"));
            if (slash >= 0) {
                const int visitor = QStringView(page).mid(slash + 2).toInt();
                m_offerAt.insert(visitor, now);
                ++m_offers;
                if (visitor % m_urls.size() != c->idx % m_urls.size())
                    ++m_crossed; // the visitor reached another router than the agent's desk
            }
            c->request(Accept, QStringLiteral("offer.accept"),
                [cid](qint64) { return QStringLiteral("{\"conversationId\":\"%1\"}").arg(cid); });
            return;
        }
        if (type != QLatin1String("message") && type != QLatin1String("message.send"))
            return;
        const QJsonObject m = type == QLatin1String("message") ? data.value(QLatin1String("message")).toObject() : data;
        int idx = 0, seq = 0;
        if (!parseClientId(m.value(QLatin1String("clientId")).toString(), QLatin1Char('v'), &idx, &seq))
            return;
        if (const qint64 stamp = stampOf(m.value(QLatin1String("text")).toString()))
            m_v2a.push_back(now - stamp);
        m_recvV[idx].append(seq);
        if (seq % m_replyEvery == 0 && now < m_endUs) {
            const QString cid = m.value(QLatin1String("conversationId")).toString();
            ++m_replies;
            c->request(
                Reply, QStringLiteral("message.send"),
                [cid, idx, seq](qint64 sent) {
                    return QStringLiteral("{\"conversationId\":\"%1\",\"clientId\":\"a%2-%3\",\"text\":\"b %4\"}")
                        .arg(cid, QString::number(idx), QString::number(seq), QString::number(sent));
                },
                idx, seq);
        }
    }

    // --- visitors of the chat scenarios (they stay for the whole run)
    Conn *newVisitor(int idx)
    {
        auto *c = new Conn(18, 30);
        c->setParent(this);
        c->idx = idx;
        QObject::connect(&c->ws, &QWebSocket::connected, c, [c] {
            c->request(Hello, QStringLiteral("hello"), [idx = c->idx](qint64) {
                return QStringLiteral("{\"version\":\"1.0\",\"visitorToken\":\"\",\"page\":\"https://"
                                      "bench.example/v%1\",\"language\":\"en-US\"}")
                    .arg(idx);
            });
        });
        return c;
    }

    void startChatVisitors()
    {
        const int vFrom = m_spec.value(QLatin1String("vFrom")).toInt();
        const int vTo = m_spec.value(QLatin1String("vTo")).toInt();
        m_visitorsWanted = vTo - vFrom;
        for (int v = vFrom; v < vTo; ++v) {
            Conn *c = newVisitor(v);
            m_visitors.append(c);
            c->onReply = [this, c](const Pending &p, bool ok, const QJsonObject &f) {
                if (!ok) {
                    countError(f, p);
                    return;
                }
                if (p.kind == Hello) {
                    c->conversationId
                        = f.value(QLatin1String("data")).toObject().value(QLatin1String("conversationId")).toString();
                    c->request(
                        HandoffRequest, QStringLiteral("handoff.request"), [](qint64) { return QStringLiteral("{}"); });
                } else if (p.kind == Message) {
                    ++m_acked;
                    m_ack.push_back(nowUs() - p.sentUs);
                    m_ackedV[p.idx].append(p.seq);
                }
            };
            c->onEvent = [this, c](const QString &type, const QJsonObject &data) {
                if (type == QLatin1String("agent.joined")) {
                    if (!c->done) {
                        c->done = true;
                        if (++m_assigned == m_visitorsWanted)
                            emitLine(QStringLiteral("READY %1 0").arg(m_assigned));
                    }
                    return;
                }
                if (type != QLatin1String("message") && type != QLatin1String("message.send"))
                    return;
                const QJsonObject m
                    = type == QLatin1String("message") ? data.value(QLatin1String("message")).toObject() : data;
                int idx = 0, seq = 0;
                if (!parseClientId(m.value(QLatin1String("clientId")).toString(), QLatin1Char('a'), &idx, &seq))
                    return;
                if (const qint64 stamp = stampOf(m.value(QLatin1String("text")).toString()))
                    m_a2v.push_back(nowUs() - stamp);
                m_recvA[idx].append(seq);
            };
            c->ws.open(QUrl(urlFor(v) + QStringLiteral("/ws/visitor")));
        }
        if (m_visitorsWanted == 0)
            emitLine(QStringLiteral("READY 0 0"));
        auto *progress = new QTimer(this);
        QObject::connect(progress, &QTimer::timeout, this, [this, progress] {
            if (m_assigned == m_visitorsWanted)
                progress->stop();
            else
                emitLine(QStringLiteral("PROGRESS %1").arg(m_assigned));
        });
        progress->start(1000);
    }

    // --- sign-in flood: wrong passwords for a known user, and unknown user names
    void startFlood()
    {
        const int n = m_spec.value(QLatin1String("flood")).toInt();
        for (int i = 0; i < n; ++i) {
            auto *c = new Conn(18, 30);
            c->setParent(this);
            c->idx = i;
            m_flood.append(c);
            QObject::connect(&c->ws, &QWebSocket::connected, c, [c] {
                c->request(Hello, QStringLiteral("hello"),
                    [](qint64) { return QStringLiteral("{\"version\":\"1.0\",\"client\":\"bench\"}"); });
            });
            c->onReply = [this, c](const Pending &p, bool ok, const QJsonObject &f) {
                if (p.kind == Hello) {
                    c->done = ok;
                    return;
                }
                if (p.kind != FloodAuth)
                    return;
                const QJsonObject d = f.value(QLatin1String("data")).toObject();
                QString code = ok ? QStringLiteral("ok") : d.value(QLatin1String("code")).toString();
                if (d.value(QLatin1String("message")).toString().startsWith(QLatin1String("Too many")))
                    code += QStringLiteral(" (locked)");
                ++m_floodAnswers[code];
                m_floodLatency.push_back(nowUs() - p.sentUs);
            };
            c->ws.open(QUrl(urlFor(i) + QStringLiteral("/ws/desk")));
        }
    }

    void floodTick(qint64 now)
    {
        const double floodRate = m_spec.value(QLatin1String("floodRate")).toDouble(10);
        if (m_flood.isEmpty() || floodRate <= 0)
            return;
        const qint64 period = qint64(1e6 / floodRate);
        while (m_nextFloodUs <= now) {
            m_nextFloodUs += period;
            for (Conn *c : std::as_const(m_flood)) {
                if (!c->done)
                    continue;
                const bool unknown = c->idx % 2 == 0;
                const int attempt = m_floodSent++;
                const QString user = unknown ? QStringLiteral("nobody-%1-%2-%3").arg(m_child).arg(c->idx).arg(attempt)
                                             : QStringLiteral("agent000");
                c->request(FloodAuth, QStringLiteral("auth"), [user](qint64) {
                    return QStringLiteral("{\"user\":\"%1\",\"password\":\"wrong-password\"}").arg(user);
                });
            }
        }
    }

    // --- handoffs: a new visitor each time, hello, handoff.request; end once an agent joined
    void handoffTick(qint64 now)
    {
        const double rate = m_spec.value(QLatin1String("handoffRate")).toDouble();
        if (rate <= 0)
            return;
        const qint64 period = qint64(1e6 / rate);
        while (m_nextHandoffUs <= now) {
            m_nextHandoffUs += period;
            const int idx = m_child + m_procs * m_handoffsStarted++;
            Conn *c = newVisitor(idx);
            c->onReply = [this, c](const Pending &p, bool ok, const QJsonObject &f) {
                if (!ok) {
                    countError(f, p);
                    return;
                }
                if (p.kind == Hello) {
                    c->request(
                        HandoffRequest, QStringLiteral("handoff.request"), [](qint64) { return QStringLiteral("{}"); },
                        c->idx);
                } else if (p.kind == HandoffRequest) {
                    m_handoffSent.insert(c->idx, p.sentUs); // the offer is timed from this request's send
                } else if (p.kind == End) {
                    ++m_ended;
                    c->ws.close();
                }
            };
            c->onEvent = [this, c](const QString &type, const QJsonObject &) {
                if (type == QLatin1String("agent.joined") && !c->done) {
                    c->done = true;
                    ++m_joined;
                    c->request(End, QStringLiteral("end"), [](qint64) { return QStringLiteral("{}"); });
                }
            };
            QObject::connect(&c->ws, &QWebSocket::disconnected, c, [c] { c->deleteLater(); });
            c->ws.open(QUrl(urlFor(idx) + QStringLiteral("/ws/visitor")));
        }
    }

    // --- idle sockets
    void startIdle()
    {
        m_idleWanted = m_spec.value(QLatin1String("idleCount")).toInt();
        openMoreIdle();
    }

    void openMoreIdle()
    {
        const bool hello = m_spec.value(QLatin1String("idleHello")).toBool();
        while (m_idleOpened < m_idleWanted && m_idleOpened - m_idleDone - m_idleFailed < 100) {
            ++m_idleOpened;
            auto *c = new Conn(18, 30);
            c->setParent(this);
            QObject::connect(&c->ws, &QWebSocket::connected, c, [this, c, hello] {
                if (hello)
                    c->request(Hello, QStringLiteral("hello"), [](qint64) {
                        return QStringLiteral("{\"version\":\"1.0\",\"visitorToken\":\"\",\"page\":\"\"}");
                    });
                else
                    idleSettled(c, true);
            });
            c->onReply = [this, c](const Pending &, bool ok, const QJsonObject &) { idleSettled(c, ok); };
            // QWebSocket::errorOccurred is Qt 6.5; 6.4 has the overloaded error()
            QObject::connect(&c->ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), c,
                [this, c] { idleSettled(c, false); });
            c->ws.open(QUrl(urlFor(m_idleOpened) + QStringLiteral("/ws/visitor")));
        }
    }

    void idleSettled(Conn *c, bool ok)
    {
        if (c->done)
            return;
        c->done = true;
        ++(ok ? m_idleDone : m_idleFailed);
        if (m_idleDone + m_idleFailed == m_idleWanted)
            emitLine(QStringLiteral("READY %1 %2").arg(m_idleDone).arg(m_idleFailed));
        else
            QTimer::singleShot(0, this, [this] { openMoreIdle(); });
    }

    // --- the run
    void go(qint64 startUs, qint64 durationMs)
    {
        m_startUs = startUs;
        m_endUs = startUs + durationMs * 1000;
        const qint64 period = m_rate > 0 ? qint64(1e6 / m_rate) : 0;
        for (qsizetype i = 0; i < m_visitors.size(); ++i) // spread the visitors over the period
            m_nextAt.push_back(
                startUs + (period * (i * m_procs + m_child)) / std::max<qsizetype>(1, m_visitors.size() * m_procs));
        m_nextFloodUs = startUs;
        m_nextHandoffUs = startUs + (m_child * 1000) / std::max(1, m_procs);
        startFlood();
        m_tick.start();
        QTimer::singleShot(std::max<qint64>(0, (m_endUs - nowUs()) / 1000 + kGraceMs), this, [this] { report(); });
    }

    void tick()
    {
        const qint64 now = nowUs();
        if (now < m_startUs)
            return;
        if (now >= m_endUs) {
            m_tick.stop();
            return;
        }
        if (m_rate > 0) {
            const qint64 period = qint64(1e6 / m_rate);
            for (qsizetype i = 0; i < m_visitors.size(); ++i) {
                Conn *c = m_visitors[i];
                while (m_nextAt[i] <= now) {
                    m_nextAt[i] += period;
                    const int seq = m_seq++;
                    ++m_sent;
                    const QString cid = c->conversationId;
                    const int idx = c->idx;
                    c->request(
                        Message, QStringLiteral("message.send"),
                        [cid, idx, seq](qint64 sent) {
                            return QStringLiteral(
                                "{\"conversationId\":\"%1\",\"clientId\":\"v%2-%3\",\"text\":\"b %4\"}")
                                .arg(cid, QString::number(idx), QString::number(seq), QString::number(sent));
                        },
                        idx, seq);
                }
            }
        }
        floodTick(now);
        handoffTick(now);
    }

    void countError(const QJsonObject &frame, const Pending &p)
    {
        const QString code = frame.value(QLatin1String("data")).toObject().value(QLatin1String("code")).toString();
        const bool inRun = m_startUs > 0 && p.sentUs >= m_startUs;
        ++(inRun ? m_errors : m_setupErrors)[code + QLatin1Char('/') + kindName(p.kind)];
    }

    static QString kindName(Kind k)
    {
        static const char *names[]
            = { "hello", "auth", "handoff.request", "message", "offer.accept", "reply", "end", "flood", "other" };
        return QLatin1String(names[k]);
    }

    void report()
    {
        QJsonObject r;
        r.insert(QLatin1String("child"), m_child);
        r.insert(QLatin1String("v2a"), toArray(m_v2a));
        r.insert(QLatin1String("ack"), toArray(m_ack));
        r.insert(QLatin1String("a2v"), toArray(m_a2v));
        r.insert(QLatin1String("replyAck"), toArray(m_replyAck));
        r.insert(QLatin1String("errors"), toObject(m_errors));
        r.insert(QLatin1String("setupErrors"), toObject(m_setupErrors));
        r.insert(QLatin1String("sent"), m_sent);
        r.insert(QLatin1String("acked"), m_acked);
        r.insert(QLatin1String("replies"), m_replies);
        r.insert(QLatin1String("ackedV"), toObject(m_ackedV));
        r.insert(QLatin1String("recvV"), toObject(m_recvV));
        r.insert(QLatin1String("ackedA"), toObject(m_ackedA));
        r.insert(QLatin1String("recvA"), toObject(m_recvA));
        r.insert(QLatin1String("floodSent"), m_floodSent);
        r.insert(QLatin1String("floodAnswers"), toObject(m_floodAnswers));
        r.insert(QLatin1String("floodLatency"), toArray(m_floodLatency));
        QJsonObject hs, oa;
        for (auto it = m_handoffSent.begin(); it != m_handoffSent.end(); ++it)
            hs.insert(QString::number(it.key()), double(it.value()));
        for (auto it = m_offerAt.begin(); it != m_offerAt.end(); ++it)
            oa.insert(QString::number(it.key()), double(it.value()));
        r.insert(QLatin1String("handoffSent"), hs);
        r.insert(QLatin1String("offerAt"), oa);
        r.insert(QLatin1String("handoffsStarted"), m_handoffsStarted);
        r.insert(QLatin1String("joined"), m_joined);
        r.insert(QLatin1String("ended"), m_ended);
        r.insert(QLatin1String("offers"), m_offers);
        r.insert(QLatin1String("crossed"), m_crossed);
        emitLine(QStringLiteral("RESULT ") + QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    }

    void readCommands()
    {
        char buf[4096];
        const ssize_t n = ::read(0, buf, sizeof buf);
        if (n <= 0) { // the parent is gone
            QCoreApplication::exit(0);
            return;
        }
        m_in.append(buf, n);
        qsizetype nl;
        while ((nl = m_in.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = m_in.left(nl).trimmed().split(' ');
            m_in.remove(0, nl + 1);
            if (words.first() == "VISITORS") {
                if (m_scenario == QLatin1String("idle"))
                    startIdle();
                else
                    startChatVisitors();
            } else if (words.first() == "GO" && words.size() == 3) {
                go(words[1].toLongLong(), words[2].toLongLong());
            } else if (words.first() == "QUIT") {
                QCoreApplication::exit(0);
            }
        }
    }

    static void emitLine(const QString &line)
    {
        out() << line << '\n';
        out().flush();
    }

    QJsonObject m_spec;
    QStringList m_urls;
    QString m_scenario;
    int m_child = 0, m_procs = 1, m_replyEvery = 10;
    double m_rate = 0;
    QTimer m_tick;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_in;
    QList<Conn *> m_agents, m_visitors, m_flood;
    int m_agentsWanted = 0, m_agentsSignedIn = 0, m_visitorsWanted = 0, m_assigned = 0;
    std::vector<qint64> m_nextAt;
    qint64 m_startUs = 0, m_endUs = 0, m_nextFloodUs = 0, m_nextHandoffUs = 0;
    int m_seq = 0, m_sent = 0, m_acked = 0, m_replies = 0;
    std::vector<qint64> m_v2a, m_ack, m_a2v, m_replyAck, m_floodLatency;
    QHash<QString, int> m_errors, m_setupErrors, m_floodAnswers;
    QHash<int, QList<int>> m_ackedV, m_recvV, m_ackedA, m_recvA;
    int m_floodSent = 0;
    QHash<int, qint64> m_handoffSent, m_offerAt;
    int m_handoffsStarted = 0, m_joined = 0, m_ended = 0;
    int m_offers = 0, m_crossed = 0; // offers made to agents; of them, for a visitor on another router
    int m_idleWanted = 0, m_idleOpened = 0, m_idleDone = 0, m_idleFailed = 0;
};

// ---------------------------------------------------------------------------------------------------------
// The parent.

// Every process we start, so that a signal can end them all.
std::atomic<pid_t> g_pids[512];

void remember(pid_t pid)
{
    for (auto &p : g_pids) {
        pid_t zero = 0;
        if (p.compare_exchange_strong(zero, pid))
            return;
    }
}

void forget(pid_t pid)
{
    for (auto &p : g_pids) {
        pid_t expected = pid;
        if (p.compare_exchange_strong(expected, 0))
            return;
    }
}

void killAll(int sig)
{
    for (auto &p : g_pids)
        if (const pid_t pid = p.load())
            ::kill(pid, sig);
}

extern "C" void onSignal(int sig)
{
    killAll(SIGKILL);
    ::_exit(128 + sig);
}

// The pid is kept beside the process: QProcess forgets it once the process has finished, and a pid left
// in g_pids after that could name someone else's process by the time a signal arrives.
void startChild(QProcess *p, const QString &program, const QStringList &args)
{
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    p->start(program, args);
    if (p->waitForStarted(10000)) {
        const pid_t pid = pid_t(p->processId());
        p->setProperty("benchPid", qint64(pid));
        remember(pid);
    }
}

void forgetChild(QProcess *p)
{
    if (const pid_t pid = pid_t(p->property("benchPid").toLongLong())) {
        forget(pid);
        p->setProperty("benchPid", qint64(0));
    }
}

void stopChild(QProcess *p, int graceMs = 5000)
{
    if (p->state() != QProcess::NotRunning) {
        p->terminate();
        if (!p->waitForFinished(graceMs)) {
            p->kill();
            p->waitForFinished(2000);
        }
    }
    forgetChild(p);
}

struct ProcStat {
    qint64 ticks = 0; // utime + stime
    qint64 rssKiB = 0;
    qint64 anonKiB = 0; // RssAnon: heap and stacks, without mapped files (the database's memory map)
};

ProcStat procStat(qint64 pid)
{
    ProcStat s;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            s.ticks = f[11].toLongLong() + f[12].toLongLong(); // fields 14 and 15 of the whole line
    }
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &l : status.readAll().split('\n')) {
            if (l.startsWith("VmRSS:"))
                s.rssKiB = l.mid(6).trimmed().split(' ').first().toLongLong();
            else if (l.startsWith("RssAnon:"))
                s.anonKiB = l.mid(8).trimmed().split(' ').first().toLongLong();
        }
    }
    return s;
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

struct Options {
    QString router = QStringLiteral(HANDOFF_ROUTER_BINARY);
    QString scenario;
    int duration = 10;
    int visitors = 500;
    int agents = 20;
    double rate = 10;
    int procs = 2;
    int port = 0;
    bool keepData = false;
    bool knee = false;
    bool noRelay = false;
    bool noRouterConfig = false;
    int idle = 10000;
    int handoffRate = 200;
    int flood = 40;
    QString kneeSteps = QStringLiteral("250,500,750,1000,1500,2000,5000,10000,15000,20000");
    QString database;               // PostgreSQL (libpq keywords or URL); empty: SQLite in a data directory
    QList<int> routers { 1 };        // router processes on that database, one measurement for each count
};

Options g_opt;
QTemporaryDir *g_root = nullptr;

// One target for one run: the router with a fresh data directory, N routers on a fresh schema of one
// PostgreSQL database, or the relay. Router i listens on ports[i] and writes dataDir/router-i.log.
class Target
{
public:
    bool relay = false;
    QList<quint16> ports;
    QList<QProcess *> processes;
    QString dataDir;
    QString database; // with the run's schema

    quint16 port() const { return ports.value(0); }
    QStringList urls() const
    {
        QStringList u;
        for (quint16 p : ports)
            u << QStringLiteral("ws://127.0.0.1:%1").arg(p);
        return u;
    }
    qint64 pid(int i = 0) const { return processes.value(i) ? processes.value(i)->processId() : 0; }
    QString logPath(int i) const { return dataDir + QStringLiteral("/router-%1.log").arg(i); }

    ~Target() { stop(); }

    void stop()
    {
        for (QProcess *p : std::as_const(processes))
            if (p->state() != QProcess::NotRunning)
                p->terminate(); // all at once: each gives its conversations back, the others need not take them
        for (QProcess *p : std::as_const(processes)) {
            stopChild(p);
            delete p;
        }
        processes.clear();
        if (!dataDir.isEmpty() && !g_opt.keepData)
            QDir(dataDir).removeRecursively();
    }
};

// After a clear message on stderr: end every process started, drop the data directories, exit 2.
[[noreturn]] void giveUp()
{
    killAll(SIGKILL);
    if (g_root && !g_opt.keepData)
        g_root->remove();
    err().flush();
    ::exit(2);
}

QString agentName(int a)
{
    return QStringLiteral("agent%1").arg(a, 3, 10, QLatin1Char('0'));
}

// Adds `agents` agents of `capacity` with the router's command line to the store that `where` names
// (--data-dir DIR or --database CONNECTION).
void addAgents(const QStringList &where, int agents, int capacity)
{
    err() << "bench_router: adding " << agents << " agents (capacity " << capacity << ") with " << g_opt.router
          << " user add …\n";
    err().flush();
    const auto add = [&](int a) {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        startChild(p, g_opt.router,
            QStringList { QStringLiteral("user"), QStringLiteral("add"), agentName(a), QStringLiteral("--role"),
                QStringLiteral("agent"), QStringLiteral("--password"), kPassword, QStringLiteral("--capacity"),
                QString::number(capacity), QStringLiteral("--display-name"), QStringLiteral("Agent %1").arg(a) }
                + where);
        return p;
    };
    const auto finish = [&](QProcess *p, bool retry) {
        p->waitForFinished(60000);
        forgetChild(p);
        const bool ok = p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
        const QByteArray output = p->readAll();
        delete p;
        if (ok)
            return true;
        if (!retry) {
            err() << "bench_router: handoff-router user add failed: " << output << '\n';
            giveUp();
        }
        return false;
    };
    // The first one alone (it creates and migrates the database), then two at a time (PBKDF2 takes a core);
    // one that meets a busy database is tried again on its own.
    finish(add(0), false);
    for (int a = 1; a < agents; a += 2) {
        QProcess *first = add(a);
        QProcess *second = a + 1 < agents ? add(a + 1) : nullptr;
        if (!finish(first, true))
            finish(add(a), false);
        if (second && !finish(second, true))
            finish(add(a + 1), false);
    }
}

// A data directory with `agents` agents of `capacity`, made once with the router's command line and copied.
QString templateDir(int agents, int capacity)
{
    const QString dir = g_root->filePath(QStringLiteral("template-%1-%2").arg(agents).arg(capacity));
    if (QFileInfo::exists(dir + QStringLiteral("/handoff.db")))
        return dir;
    QDir().mkpath(dir);
    addAgents({ QStringLiteral("--data-dir"), dir }, agents, capacity);
    return dir;
}

// The database connection with a schema of this run's own, so that runs never see each other's rows.
QString withSchema(const QString &database, const QString &schema)
{
    if (database.startsWith(QLatin1String("postgres://")) || database.startsWith(QLatin1String("postgresql://")))
        return database + (database.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("schema=") + schema;
    return database + QStringLiteral(" schema=") + schema;
}

bool listening(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(200);
}

void startTarget(Target *t, bool relay, int agents, int capacity, int routers = 1)
{
    t->relay = relay;
    static int run = 0;
    if (relay) {
        t->ports << (g_opt.port ? quint16(g_opt.port + 1) : freePort());
        auto *p = new QProcess;
        t->processes << p;
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        startChild(p, QCoreApplication::applicationFilePath(),
            { QStringLiteral("--role"), QStringLiteral("relay"), QStringLiteral("--port"), QString::number(t->port()) });
    } else {
        t->dataDir = g_root->filePath(QStringLiteral("run-%1").arg(++run));
        QDir().mkpath(t->dataDir);
        QStringList where;
        if (g_opt.database.isEmpty()) {
            routers = 1;
            if (agents > 0) {
                const QDir from(templateDir(agents, capacity));
                for (const QString &f : from.entryList(QDir::Files))
                    QFile::copy(from.filePath(f), t->dataDir + QLatin1Char('/') + f);
            }
        } else {
            t->database = withSchema(
                g_opt.database, QStringLiteral("bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(run));
            where = QStringList { QStringLiteral("--database"), t->database };
            if (agents > 0)
                addAgents(where, agents, capacity);
        }
        // All load comes from one address (127.0.0.1): the per-address limits, sized for one office or one
        // visitor, are raised so that they do not stand in for the router's capacity. Routers older than
        // those limits refuse the field: --no-router-config runs them without a configuration file.
        const QString config = t->dataDir + QStringLiteral("/limits.json");
        if (!g_opt.noRouterConfig) {
            QFile configFile(config);
            if (configFile.open(QIODevice::WriteOnly))
                configFile.write(R"({"limits": {"maxConnectionsPerAddress": 1000000, "maxNewChatsPerMinute": 1000000}})");
        }
        for (int i = 0; i < routers; ++i) {
            t->ports << (g_opt.port ? quint16(g_opt.port + (i ? 1 + i : 0)) : freePort());
            const QString dir = t->dataDir + QStringLiteral("/router-%1").arg(i);
            if (!g_opt.database.isEmpty())
                QDir().mkpath(dir);
            auto *p = new QProcess;
            t->processes << p;
            p->setStandardOutputFile(t->logPath(i));
            p->setStandardErrorFile(t->logPath(i));
            QStringList args { QStringLiteral("serve"), QStringLiteral("--listen"),
                QStringLiteral("127.0.0.1:%1").arg(t->ports.last()), QStringLiteral("--data-dir"),
                g_opt.database.isEmpty() ? t->dataDir : dir };
            args << where;
            if (!g_opt.noRouterConfig)
                args << QStringLiteral("--config") << config;
            startChild(p, g_opt.router, args);
        }
    }
    for (int i = 0; i < t->processes.size(); ++i) {
        QProcess *p = t->processes.at(i);
        const quint16 port = t->ports.at(i);
        const bool up = waitFor([&] { return p->state() == QProcess::NotRunning || listening(port); }, 20000);
        if (up && p->state() != QProcess::NotRunning)
            continue;
        QString log;
        QFile f(t->logPath(i));
        if (!relay && f.open(QIODevice::ReadOnly))
            log = QString::fromUtf8(f.readAll()).right(2000);
        err() << "bench_router: the " << (relay ? "relay" : "router") << " did not start on 127.0.0.1:" << port
              << (relay ? QString() : QStringLiteral(" (%1)").arg(g_opt.router)) << '\n'
              << log << '\n';
        err().flush();
        giveUp();
    }
}

// The PostgreSQL server of --database: its postmaster (found by the port in its command line) and every
// process it started (one backend per connection of each router). Empty without --database.
QList<qint64> postgresPids()
{
    QList<qint64> pids;
    if (g_opt.database.isEmpty())
        return pids;
    QString port = QStringLiteral("5432");
    const QRegularExpression keyword(QStringLiteral("(?:^|\\s)port=(\\d+)")), url(QStringLiteral("://[^/]*:(\\d+)/"));
    if (const auto m = keyword.match(g_opt.database); m.hasMatch())
        port = m.captured(1);
    else if (const auto u = url.match(g_opt.database); u.hasMatch())
        port = u.captured(1);
    qint64 postmaster = 0;
    QHash<qint64, qint64> parent;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        if (!line.contains("(postgres)"))
            continue;
        parent.insert(pid, line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong());
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmd.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> argv = cmd.readAll().split('\0');
            const qsizetype p = argv.indexOf("-p");
            if (p >= 0 && argv.value(p + 1) == port.toLatin1())
                postmaster = pid;
        }
    }
    if (!postmaster)
        return pids;
    pids << postmaster;
    for (auto it = parent.begin(); it != parent.end(); ++it)
        if (it.value() == postmaster)
            pids << it.key();
    return pids;
}

// CPU ticks of a set of processes, each by pid: a process that began during the run counts from 0.
QHash<qint64, qint64> ticksOf(const QList<qint64> &pids)
{
    QHash<qint64, qint64> t;
    for (qint64 pid : pids)
        t.insert(pid, procStat(pid).ticks);
    return t;
}

double cpuPercent(const QHash<qint64, qint64> &before, const QHash<qint64, qint64> &after, double seconds)
{
    qint64 ticks = 0;
    for (auto it = after.begin(); it != after.end(); ++it)
        ticks += it.value() - before.value(it.key(), 0);
    return 100.0 * double(ticks) / double(sysconf(_SC_CLK_TCK)) / seconds;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : std::nan("");
}

// The generator children of one run.
class Children
{
public:
    struct Child {
        QProcess *process = nullptr;
        QByteArray buffer;
        bool agentsReady = false;
        bool ready = false;
        int progress = 0;
        QString readyLine;
        QJsonObject result;
        bool hasResult = false;
    };
    QList<Child *> children;

    ~Children()
    {
        for (Child *c : std::as_const(children)) {
            c->process->write("QUIT\n");
            c->process->waitForFinished(2000);
            stopChild(c->process, 1000);
            delete c->process;
            delete c;
        }
    }

    void start(const QList<QJsonObject> &specs)
    {
        for (const QJsonObject &spec : specs) {
            auto *c = new Child;
            c->process = new QProcess;
            c->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QObject::connect(c->process, &QProcess::readyReadStandardOutput, c->process, [c] {
                c->buffer += c->process->readAllStandardOutput();
                qsizetype nl;
                while ((nl = c->buffer.indexOf('\n')) >= 0) {
                    const QByteArray line = c->buffer.left(nl);
                    c->buffer.remove(0, nl + 1);
                    if (line == "AGENTS_READY")
                        c->agentsReady = true;
                    else if (line.startsWith("READY")) {
                        c->ready = true;
                        c->readyLine = QString::fromUtf8(line);
                    } else if (line.startsWith("PROGRESS "))
                        c->progress = line.mid(9).toInt();
                    else if (line.startsWith("RESULT ")) {
                        c->result = QJsonDocument::fromJson(line.mid(7)).object();
                        c->hasResult = true;
                    }
                }
            });
            startChild(c->process, QCoreApplication::applicationFilePath(),
                { QStringLiteral("--role"), QStringLiteral("gen"), QStringLiteral("--spec"),
                    QString::fromUtf8(QJsonDocument(spec).toJson(QJsonDocument::Compact)) });
            children.append(c);
        }
    }

    void send(const QByteArray &line)
    {
        for (Child *c : std::as_const(children))
            c->process->write(line);
    }

    bool all(bool Child::*flag) const
    {
        return std::all_of(children.begin(), children.end(), [flag](Child *c) { return c->*flag; });
    }

    int progress() const
    {
        int n = 0;
        for (Child *c : children)
            n += c->ready ? c->readyLine.section(QLatin1Char(' '), 1, 1).toInt() : c->progress;
        return n;
    }

    qint64 ticks() const
    {
        qint64 t = 0;
        for (Child *c : children)
            t += procStat(c->process->processId()).ticks;
        return t;
    }
};

// /healthz sampled every 200 ms during the run: time from connect to the end of the answer.
class HealthSampler : public QObject
{
public:
    quint16 port = 0;
    std::vector<qint64> doneUs;
    QList<qint64> outstanding; // start times of samples without an answer yet
    QTimer timer;

    void start()
    {
        QObject::connect(&timer, &QTimer::timeout, this, [this] { sample(); });
        timer.start(200);
    }

    void sample()
    {
        const qint64 t0 = nowUs();
        outstanding.append(t0);
        auto *s = new QTcpSocket(this);
        auto *buffer = new QByteArray;
        QObject::connect(s, &QTcpSocket::connected, s,
            [s] { s->write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [s, buffer] { *buffer += s->readAll(); });
        QObject::connect(s, &QTcpSocket::disconnected, s, [this, s, buffer, t0] {
            if (buffer->startsWith("HTTP/1.1 200")) {
                doneUs.push_back(nowUs() - t0);
                outstanding.removeOne(t0);
            }
            delete buffer;
            s->deleteLater();
        });
        s->connectToHost(QHostAddress::LocalHost, port);
    }
};

double percentileMs(std::vector<qint64> v, double p)
{
    if (v.empty())
        return std::nan("");
    std::sort(v.begin(), v.end());
    return double(v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))]) / 1000.0;
}

QString ms(double v)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    return v < 10 ? QString::number(v, 'f', 2) : v < 100 ? QString::number(v, 'f', 1) : QString::number(v, 'f', 0);
}

QString latencies(const std::vector<qint64> &v)
{
    if (v.empty())
        return QStringLiteral("–");
    return QStringLiteral("%1 / %2 / %3")
        .arg(ms(percentileMs(v, 0.5)), ms(percentileMs(v, 0.99)), ms(percentileMs(v, 1.0)));
}

void appendAll(std::vector<qint64> *to, const QJsonValue &array)
{
    for (const QJsonValue &x : array.toArray())
        to->push_back(qint64(x.toDouble()));
}

QSet<qint64> keys(const QList<QJsonObject> &results, const char *field)
{
    QSet<qint64> s;
    for (const QJsonObject &r : results) {
        const QJsonObject o = r.value(QLatin1String(field)).toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            for (const QJsonValue &seq : it.value().toArray())
                s.insert((it.key().toLongLong() << 32) | seq.toInt());
    }
    return s;
}

QString codes(const QHash<QString, int> &h)
{
    if (h.isEmpty())
        return QStringLiteral("0");
    QStringList parts;
    int total = 0;
    for (auto it = h.begin(); it != h.end(); ++it) {
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        total += it.value();
    }
    parts.sort();
    return QStringLiteral("%1 (%2)").arg(total).arg(parts.join(QStringLiteral(", ")));
}

struct RunResult {
    bool relay = false;
    int routers = 1;
    double pgCpu = std::nan(""), load = 0;
    QList<double> routerCpu;               // each router's
    int offers = 0, crossed = 0, tookWaiting = 0; // chats offered; across routers; taken from another router
    bool setupFailed = false;
    QString note;
    int visitors = 0, agents = 0;
    double offered = 0; // visitor msgs/s offered
    double setupSeconds = 0;
    int sent = 0, acked = 0, delivered = 0, replies = 0, repliesAcked = 0, repliesDelivered = 0;
    int lostV = 0, lostA = 0;
    QHash<QString, int> errors, setupErrors, floodAnswers;
    int floodSent = 0;
    std::vector<qint64> v2a, ack, a2v, floodLatency, health;
    int healthOutstanding = 0;
    qint64 healthOutstandingMaxUs = 0;
    double targetCpu = 0, genCpu = 0;
    qint64 rssKiB = 0;
    int duration = 0;
    // handoff
    std::vector<qint64> handoffToOffer;
    int handoffsStarted = 0, joined = 0, ended = 0;

    int errorCount() const
    {
        int n = 0;
        for (int v : errors)
            n += v;
        return n;
    }
    bool clean() const
    {
        return !setupFailed && errorCount() == 0 && lostV == 0 && lostA == 0 && percentileMs(v2a, 0.99) <= 100
            && (a2v.empty() || percentileMs(a2v, 0.99) <= 100) && sent >= 0.95 * offered * duration;
    }
};

struct LoadSpec {
    QString scenario = QStringLiteral("chat"); // chat, handoff
    int visitors = 0, agents = 0, capacity = 25;
    double rate = 0;
    int replyEvery = 10;
    int flood = 0;
    double handoffRate = 0;
    bool health = false;
};

int replyEveryFor(int visitors, int agents, double rate)
{
    // An agent's replies must stay under the per-connection limit: at most about 12 a second.
    const double perAgent = double(visitors) / std::max(1, agents) * rate;
    return std::max(10, int(std::ceil(perAgent / 12.0)));
}

RunResult runLoad(bool relay, const LoadSpec &spec, int routers = 1)
{
    RunResult r;
    r.relay = relay;
    r.routers = relay ? 1 : routers;
    r.visitors = spec.visitors;
    r.agents = spec.agents;
    r.offered = spec.visitors * spec.rate;
    r.duration = g_opt.duration;
    Target target;
    startTarget(&target, relay, spec.agents, spec.capacity, r.routers);
    QJsonArray urls;
    for (const QString &u : target.urls())
        urls.append(u);
    Children kids;
    const int procs = std::max(1, g_opt.procs);
    QList<QJsonObject> specs;
    for (int c = 0; c < procs; ++c) {
        QJsonObject s;
        s.insert(QLatin1String("urls"), urls);
        s.insert(QLatin1String("scenario"), spec.scenario);
        s.insert(QLatin1String("child"), c);
        s.insert(QLatin1String("procs"), procs);
        s.insert(QLatin1String("vFrom"), spec.visitors * c / procs);
        s.insert(QLatin1String("vTo"), spec.visitors * (c + 1) / procs);
        s.insert(QLatin1String("aFrom"), spec.agents * c / procs);
        s.insert(QLatin1String("aTo"), spec.agents * (c + 1) / procs);
        s.insert(QLatin1String("rate"), spec.rate);
        s.insert(QLatin1String("replyEvery"), spec.replyEvery);
        s.insert(QLatin1String("flood"), spec.flood * (c + 1) / procs - spec.flood * c / procs);
        s.insert(QLatin1String("floodRate"), 10);
        s.insert(QLatin1String("handoffRate"), spec.handoffRate / procs);
        specs.append(s);
    }
    kids.start(specs);
    QElapsedTimer setup;
    setup.start();
    if (!waitFor([&] { return kids.all(&Children::Child::agentsReady); }, 60000)) {
        r.setupFailed = true;
        r.note = QStringLiteral("agents did not sign in within 60 s");
        return r;
    }
    if (spec.scenario == QLatin1String("chat")) {
        kids.send("VISITORS\n");
        if (!waitFor([&] { return kids.all(&Children::Child::ready); }, 30000 + qint64(spec.visitors) * 40)) {
            r.setupFailed = true;
            r.note = QStringLiteral("only %1 of %2 chats assigned after %3 s")
                         .arg(kids.progress())
                         .arg(spec.visitors)
                         .arg(setup.elapsed() / 1000);
            return r;
        }
    }
    r.setupSeconds = double(setup.elapsed()) / 1000.0;
    pause(500); // let the setup's last frames (queues, presence) settle
    const qint64 startUs = nowUs() + 300'000;
    const qint64 durationMs = qint64(g_opt.duration) * 1000;
    kids.send(QStringLiteral("GO %1 %2\n").arg(startUs).arg(durationMs).toUtf8());
    HealthSampler health;
    health.port = target.port();
    waitFor([&] { return nowUs() >= startUs; }, 5000);
    QList<qint64> routerPids;
    for (int i = 0; i < target.processes.size(); ++i)
        routerPids << target.pid(i);
    const QHash<qint64, qint64> t0 = ticksOf(routerPids), pg0 = ticksOf(postgresPids());
    const qint64 g0 = kids.ticks();
    if (spec.health)
        health.start();
    waitFor([&] { return nowUs() >= startUs + durationMs * 1000; }, durationMs + 5000);
    const QHash<qint64, qint64> t1 = ticksOf(routerPids), pg1 = ticksOf(postgresPids());
    const qint64 g1 = kids.ticks();
    health.timer.stop();
    const double tick = double(sysconf(_SC_CLK_TCK));
    r.targetCpu = cpuPercent(t0, t1, g_opt.duration);
    for (qint64 pid : std::as_const(routerPids)) {
        r.routerCpu << cpuPercent({ { pid, t0.value(pid) } }, { { pid, t1.value(pid) } }, g_opt.duration);
        r.rssKiB += procStat(pid).rssKiB;
    }
    if (!pg1.isEmpty())
        r.pgCpu = cpuPercent(pg0, pg1, g_opt.duration);
    r.load = loadAverage();
    r.genCpu = 100.0 * double(g1 - g0) / tick / g_opt.duration;
    if (!waitFor([&] { return kids.all(&Children::Child::hasResult); }, kGraceMs + 60000)) {
        r.setupFailed = true;
        r.note = QStringLiteral("a generator did not report");
        return r;
    }
    r.health = health.doneUs;
    r.healthOutstanding = int(health.outstanding.size());
    for (qint64 t : std::as_const(health.outstanding))
        r.healthOutstandingMaxUs = std::max(r.healthOutstandingMaxUs, nowUs() - t);

    QList<QJsonObject> results;
    for (auto *c : std::as_const(kids.children))
        results.append(c->result);
    QHash<qint64, qint64> handoffSent, offerAt;
    for (const QJsonObject &res : std::as_const(results)) {
        appendAll(&r.v2a, res.value(QLatin1String("v2a")));
        appendAll(&r.ack, res.value(QLatin1String("ack")));
        appendAll(&r.a2v, res.value(QLatin1String("a2v")));
        appendAll(&r.floodLatency, res.value(QLatin1String("floodLatency")));
        r.sent += res.value(QLatin1String("sent")).toInt();
        r.acked += res.value(QLatin1String("acked")).toInt();
        r.replies += res.value(QLatin1String("replies")).toInt();
        r.floodSent += res.value(QLatin1String("floodSent")).toInt();
        r.handoffsStarted += res.value(QLatin1String("handoffsStarted")).toInt();
        r.joined += res.value(QLatin1String("joined")).toInt();
        r.ended += res.value(QLatin1String("ended")).toInt();
        r.offers += res.value(QLatin1String("offers")).toInt();
        r.crossed += res.value(QLatin1String("crossed")).toInt();
        for (const char *f : { "errors", "setupErrors", "floodAnswers" }) {
            QHash<QString, int> &to = QLatin1String(f) == QLatin1String("errors") ? r.errors
                : QLatin1String(f) == QLatin1String("setupErrors")                ? r.setupErrors
                                                                                  : r.floodAnswers;
            const QJsonObject o = res.value(QLatin1String(f)).toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                to[it.key()] += it.value().toInt();
        }
        const QJsonObject hs = res.value(QLatin1String("handoffSent")).toObject();
        for (auto it = hs.begin(); it != hs.end(); ++it)
            handoffSent.insert(it.key().toLongLong(), qint64(it.value().toDouble()));
        const QJsonObject oa = res.value(QLatin1String("offerAt")).toObject();
        for (auto it = oa.begin(); it != oa.end(); ++it)
            offerAt.insert(it.key().toLongLong(), qint64(it.value().toDouble()));
    }
    for (auto it = handoffSent.begin(); it != handoffSent.end(); ++it)
        if (offerAt.contains(it.key()))
            r.handoffToOffer.push_back(offerAt.value(it.key()) - it.value());
    const QSet<qint64> ackedV = keys(results, "ackedV"), recvV = keys(results, "recvV");
    const QSet<qint64> ackedA = keys(results, "ackedA"), recvA = keys(results, "recvA");
    r.delivered = int(recvV.size());
    r.repliesAcked = int(ackedA.size());
    r.repliesDelivered = int(recvA.size());
    for (qint64 k : ackedV)
        r.lostV += recvV.contains(k) ? 0 : 1;
    for (qint64 k : ackedA)
        r.lostA += recvA.contains(k) ? 0 : 1;
    for (int i = 0; !relay && i < target.processes.size(); ++i) {
        QFile log(target.logPath(i));
        if (log.open(QIODevice::ReadOnly))
            r.tookWaiting += int(log.readAll().count("waiting unoffered on another router"));
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------------
// Output

void printChatHeader()
{
    out() << "| target | visitors × rate | offered msg/s | sent msg/s | delivered v→a msg/s | v→a p50 / p99 / max ms | "
             "ack p50 / p99 / max ms | a→v p50 / p99 / max ms | acks | errors | lost v→a / a→v | target CPU | "
             "target RSS MiB | generator CPU |";
    if (!g_opt.database.isEmpty())
        out() << " CPU of each router | PostgreSQL CPU | chats served across routers | load average |";
    out() << "\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
          << (g_opt.database.isEmpty() ? "" : "---|---|---|---|") << "\n";
}

QString targetName(const RunResult &r)
{
    if (r.relay)
        return QStringLiteral("raw relay");
    if (g_opt.database.isEmpty())
        return QStringLiteral("router");
    return r.routers == 1 ? QStringLiteral("1 router") : QStringLiteral("%1 routers").arg(r.routers);
}

void printChatRow(const RunResult &r)
{
    const QString name = targetName(r);
    if (r.setupFailed) {
        out() << "| " << name << " | " << r.visitors << " × " << g_opt.rate << " | " << r.offered
              << " | setup failed: " << r.note << " | | | | | | " << codes(r.setupErrors) << " | | | | |\n";
        out().flush();
        return;
    }
    out() << "| " << name << " | " << r.visitors << " × " << (r.visitors ? r.offered / r.visitors : 0) << " | "
          << r.offered << " | " << QString::number(r.sent / double(r.duration), 'f', 0) << " | "
          << QString::number(r.delivered / double(r.duration), 'f', 0) << " | " << latencies(r.v2a) << " | "
          << latencies(r.ack) << " | " << latencies(r.a2v) << " | " << r.acked << " of " << r.sent << " (+"
          << r.repliesAcked << " of " << r.replies << " replies) | " << codes(r.errors) << " | " << r.lostV << " / "
          << r.lostA << " | " << QString::number(r.targetCpu, 'f', 0) << " % | "
          << QString::number(r.rssKiB / 1024.0, 'f', 1) << " | " << QString::number(r.genCpu, 'f', 0) << " % |";
    if (!g_opt.database.isEmpty()) {
        QStringList each;
        for (double c : r.routerCpu)
            each << QString::number(c, 'f', 0);
        out() << " " << each.join(QStringLiteral(" + ")) << " % | "
              << (std::isnan(r.pgCpu) ? QStringLiteral("–") : QString::number(r.pgCpu, 'f', 0) + QStringLiteral(" %"))
              << " | " << r.crossed << " of " << r.offers << " (" << r.tookWaiting << " taken waiting) | "
              << QString::number(r.load, 'f', 2) << " |";
    }
    out() << "\n";
    if (!r.setupErrors.isEmpty())
        out() << "\n(setup errors: " << codes(r.setupErrors) << ")\n\n";
    out().flush();
}

// "router" (or, on PostgreSQL, "1 router", "2 routers", … for each --routers count) and "relay"
QStringList targets()
{
    QStringList t;
    if (g_opt.database.isEmpty())
        t << QStringLiteral("router");
    else
        for (int n : std::as_const(g_opt.routers))
            t << (n == 1 ? QStringLiteral("1 router") : QStringLiteral("%1 routers").arg(n));
    if (!g_opt.noRelay)
        t << QStringLiteral("relay");
    return t;
}

bool isRelay(const QString &target)
{
    return target == QLatin1String("relay");
}

int routersOf(const QString &target)
{
    return std::max(1, target.section(QLatin1Char(' '), 0, 0).toInt());
}

void scenarioThroughput()
{
    out() << "\n## throughput\n\n";
    if (!g_opt.knee) {
        LoadSpec spec;
        spec.visitors = g_opt.visitors;
        spec.agents = g_opt.agents;
        spec.capacity = std::clamp((g_opt.visitors + g_opt.agents - 1) / std::max(1, g_opt.agents), 1, 50);
        spec.rate = g_opt.rate;
        spec.replyEvery = replyEveryFor(spec.visitors, spec.agents, spec.rate);
        out() << spec.visitors << " visitors at " << spec.rate << " msg/s each to " << spec.agents
              << " agents (capacity " << spec.capacity << "), " << g_opt.duration << " s; agents answer one message in "
              << spec.replyEvery << "; " << g_opt.procs << " generator processes.\n\n";
        printChatHeader();
        for (const QString &t : targets())
            printChatRow(runLoad(isRelay(t), spec, routersOf(t)));
        return;
    }
    out() << "Knee: offered rate stepped up; a step passes with 0 errors, 0 lost, p99 ≤ 100 ms both ways and at "
             "least 95 % of the offered messages sent. Visitors send "
          << g_opt.rate << " msg/s each; agents have capacity 25.\n\n";
    printChatHeader();
    QHash<QString, double> knee;
    for (const QString &t : targets()) {
        knee[t] = 0;
        for (const QString &stepText : g_opt.kneeSteps.split(QLatin1Char(','))) {
            const double step = stepText.toDouble();
            LoadSpec spec;
            spec.visitors = std::max(1, int(std::lround(step / g_opt.rate)));
            spec.agents = std::max(1, (spec.visitors + 24) / 25);
            spec.capacity = 25;
            spec.rate = g_opt.rate;
            spec.replyEvery = replyEveryFor(spec.visitors, spec.agents, spec.rate);
            const RunResult r = runLoad(isRelay(t), spec, routersOf(t));
            printChatRow(r);
            if (!r.clean())
                break;
            knee[t] = r.offered;
        }
    }
    if (!g_opt.database.isEmpty()) {
        out() << "\nError-free knee on PostgreSQL:";
        const QStringList ts = targets();
        for (const QString &t : ts)
            if (!isRelay(t))
                out() << " " << t << " " << knee.value(t) << " msg/s;";
        const double first = knee.value(ts.first());
        if (ts.size() > 1 && !isRelay(ts.at(1)))
            out() << " " << ts.at(1) << " / " << ts.first() << " "
                  << (first > 0 ? QString::number(knee.value(ts.at(1)) / first, 'f', 2) : QStringLiteral("–"));
        out() << " (0 = not even the first step passed).\n";
        out().flush();
        return;
    }
    out() << "\nError-free knee: router " << knee.value(QStringLiteral("router")) << " msg/s";
    if (!g_opt.noRelay) {
        const double relay = knee.value(QStringLiteral("relay"));
        out() << ", raw relay " << relay << " msg/s, router/relay "
              << (relay > 0 ? QString::number(knee.value(QStringLiteral("router")) / relay, 'f', 3)
                            : QStringLiteral("–"));
    }
    out() << " (0 = not even the first step passed).\n";
    out().flush();
}

void scenarioSigninFlood()
{
    out() << "\n## signin-flood\n\n50 visitors × 10 msg/s to 5 agents; " << g_opt.flood
          << " desk connections each send a wrong sign-in every 100 ms (half for unknown user names, half for agent000 "
             "with a wrong password); /healthz every 200 ms. Without and with the flood, "
          << g_opt.duration << " s each.\n\n";
    out() << "| target | flood | chat msgs sent / acked / delivered | v→a p50 / p99 / max ms | ack p50 / p99 / max ms "
             "| a→v p50 / p99 / max ms | errors | "
             "lost | /healthz p50 / max ms (unanswered) | sign-ins sent | answered (codes) | answer p50 / max ms | "
             "target CPU |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    for (const QString &t : targets()) {
        for (const int flood : { 0, g_opt.flood }) {
            if (t == QLatin1String("relay") && flood == 0)
                continue;
            LoadSpec spec;
            spec.visitors = 50;
            spec.agents = 5;
            spec.capacity = 10;
            spec.rate = 10;
            spec.replyEvery = 10;
            spec.flood = flood;
            spec.health = true;
            const RunResult r = runLoad(isRelay(t), spec, routersOf(t));
            int answered = 0;
            for (int v : r.floodAnswers)
                answered += v;
            QString healthText = r.health.empty()
                ? QStringLiteral("–")
                : ms(percentileMs(r.health, 0.5)) + QStringLiteral(" / ") + ms(percentileMs(r.health, 1.0));
            if (t == QLatin1String("relay"))
                healthText = QStringLiteral("n/a (no HTTP)");
            else if (r.healthOutstanding)
                healthText += QStringLiteral(" (%1 of %2 unanswered at the end, the oldest for %3 ms)")
                                  .arg(r.healthOutstanding)
                                  .arg(r.healthOutstanding + int(r.health.size()))
                                  .arg(r.healthOutstandingMaxUs / 1000);
            if (r.setupFailed) {
                out() << "| " << t << " | " << flood << " | setup failed: " << r.note << " |||||||||\n";
                continue;
            }
            out() << "| " << (t == QLatin1String("relay") ? QStringLiteral("raw relay") : t) << " | " << flood << " | "
                  << r.sent << " / " << r.acked << " / " << r.delivered << " | " << latencies(r.v2a) << " | "
                  << latencies(r.ack) << " | " << latencies(r.a2v) << " | " << codes(r.errors) << " | " << r.lostV
                  << " / " << r.lostA << " | " << healthText << " | " << r.floodSent << " | " << answered << " "
                  << codes(r.floodAnswers).section(QLatin1Char(' '), 1) << " | "
                  << (r.floodLatency.empty() ? QStringLiteral("–")
                                             : ms(percentileMs(r.floodLatency, 0.5)) + QStringLiteral(" / ")
                                 + ms(percentileMs(r.floodLatency, 1.0)))
                  << " | " << QString::number(r.targetCpu, 'f', 0) << " % |\n";
            out().flush();
        }
    }
}

void scenarioHandoff()
{
    const int agents = std::max(g_opt.agents, int(std::ceil(g_opt.handoffRate / 10.0)));
    out() << "\n## handoff\n\n"
          << g_opt.handoffRate << " new visitors a second for " << g_opt.duration
          << " s: hello, handoff.request; the agent accepts the offer, the visitor ends the chat. " << agents
          << " agents, capacity 25.\n\n"
          << "| target | handoffs started | offered to an agent | agent joined | ended | handoff → offer p50 / p99 / "
             "max ms | errors | target CPU | target RSS MiB | generator CPU "
             "|\n|---|---|---|---|---|---|---|---|---|---|\n";
    for (const QString &t : targets()) {
        LoadSpec spec;
        spec.scenario = QStringLiteral("handoff");
        spec.agents = agents;
        spec.capacity = 25;
        spec.handoffRate = g_opt.handoffRate;
        const RunResult r = runLoad(isRelay(t), spec, routersOf(t));
        if (r.setupFailed) {
            out() << "| " << t << " | setup failed: " << r.note << " |||||||||\n";
            continue;
        }
        out() << "| " << (t == QLatin1String("relay") ? QStringLiteral("raw relay") : t) << " | " << r.handoffsStarted
              << " | " << r.handoffToOffer.size() << " | " << r.joined << " | " << r.ended << " | "
              << latencies(r.handoffToOffer) << " | " << codes(r.errors) << " | "
              << QString::number(r.targetCpu, 'f', 0) << " % | " << QString::number(r.rssKiB / 1024.0, 'f', 1) << " | "
              << QString::number(r.genCpu, 'f', 0) << " % |\n";
        out().flush();
    }
}

void scenarioIdle()
{
    out() << "\n## idle\n\n"
          << g_opt.idle << " visitor WebSockets opened and left idle, over " << g_opt.procs
          << " generator processes (RLIMIT_NOFILE " <<
        [] {
            rlimit rl {};
            getrlimit(RLIMIT_NOFILE, &rl);
            return qint64(rl.rlim_cur);
        }()
          << ", inherited by the router).\n\n"
          << "| target | variant | open | failed | seconds to open | RSS before MiB | RSS after MiB | KiB per socket "
             "| anonymous KiB per socket |\n|---|---|---|---|---|---|---|---|---|\n";
    for (const bool hello : { true, false }) {
        Target target;
        startTarget(&target, false, 0, 0);
        pause(500);
        const ProcStat beforeStat = procStat(target.pid());
        const qint64 before = beforeStat.rssKiB;
        Children kids;
        QList<QJsonObject> specs;
        const int procs = std::max(1, g_opt.procs);
        for (int c = 0; c < procs; ++c) {
            QJsonObject s;
            s.insert(QLatin1String("urls"), QJsonArray { target.urls().first() });
            s.insert(QLatin1String("scenario"), QStringLiteral("idle"));
            s.insert(QLatin1String("child"), c);
            s.insert(QLatin1String("procs"), procs);
            s.insert(QLatin1String("idleCount"), g_opt.idle * (c + 1) / procs - g_opt.idle * c / procs);
            s.insert(QLatin1String("idleHello"), hello);
            specs.append(s);
        }
        kids.start(specs);
        waitFor([&] { return kids.all(&Children::Child::agentsReady); }, 30000);
        QElapsedTimer t;
        t.start();
        kids.send("VISITORS\n");
        const bool done = waitFor([&] { return kids.all(&Children::Child::ready); }, 300000);
        const double seconds = double(t.elapsed()) / 1000.0;
        pause(2000);
        const ProcStat afterStat = procStat(target.pid());
        const qint64 after = afterStat.rssKiB;
        int open = 0, failed = 0;
        for (auto *c : std::as_const(kids.children)) {
            open += c->readyLine.section(QLatin1Char(' '), 1, 1).toInt();
            failed += c->readyLine.section(QLatin1Char(' '), 2, 2).toInt();
        }
        out() << "| router | " << (hello ? "hello, then idle" : "no hello") << " | " << open << " | " << failed
              << (done ? QString() : QStringLiteral(" (gave up after 300 s)")) << " | "
              << QString::number(seconds, 'f', 1) << " | " << QString::number(before / 1024.0, 'f', 1) << " | "
              << QString::number(after / 1024.0, 'f', 1) << " | "
              << (open ? QString::number(double(after - before) / open, 'f', 1) : QStringLiteral("–")) << " | "
              << (open ? QString::number(double(afterStat.anonKiB - beforeStat.anonKiB) / open, 'f', 1) : QStringLiteral("–"))
              << " |\n";
        out().flush();
    }
}

// One request on an open socket and its answer (ok or error), waited for; an empty object after 10 s.
QJsonObject callAndWait(QWebSocket &ws, const QString &type, const QJsonObject &data)
{
    static int nextId = 0;
    const QString id = QString::number(++nextId);
    QJsonObject answer;
    QEventLoop loop;
    const auto c = QObject::connect(&ws, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        if (o.value(QLatin1String("re")).toString() == id) {
            answer = o;
            loop.quit();
        }
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    ws.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("type"), type },
        { QStringLiteral("id"), id }, { QStringLiteral("data"), data } }).toJson(QJsonDocument::Compact)));
    loop.exec();
    QObject::disconnect(c);
    return answer;
}

bool openSocket(QWebSocket &ws, const QString &url)
{
    ws.open(QUrl(url));
    return waitFor([&] { return ws.state() == QAbstractSocket::ConnectedState; }, 10000);
}

// GET `path` with a bearer token; the status, -1 when no answer came.
int httpGet(quint16 port, const QByteArray &path, const QString &token)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(5000))
        return -1;
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer "
        + token.toLatin1() + "\r\n\r\n");
    QByteArray response;
    while (s.waitForReadyRead(10000))
        response += s.readAll();
    const qsizetype space = response.indexOf(' ');
    return space < 0 ? -1 : response.mid(space + 1, 3).toInt();
}

void scenarioReads()
{
    const int chats = std::min(g_opt.visitors, 200);
    out() << "\n## reads\n\n"
          << chats << " visitors each write 20 lines and end their chat; then for " << g_opt.duration
          << " s, one after another: a returning visitor's hello to their ended chat, the transcript download, a "
             "closed chat's conversation.history, report.escalations, audit.list and conversation.reassign of an "
             "unknown id (a supervisor's desk), each answered before the next is sent. To see which thread reads the store, run "
             "the router under perf (--router naming a wrapper; docs/benchmarks.md, \"Store reads off the event loop\").\n\n"
          << "| target | request | answered | errors | p50 / p99 / max ms |\n|---|---|---|---|---|\n";
    Target target;
    startTarget(&target, false, 1, 1);
    {
        auto *p = new QProcess;
        p->setProcessChannelMode(QProcess::MergedChannels);
        startChild(p, g_opt.router,
            QStringList { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("boss"), QStringLiteral("--role"),
                QStringLiteral("supervisor"), QStringLiteral("--password"), kPassword }
                + (target.database.isEmpty() ? QStringList { QStringLiteral("--data-dir"), target.dataDir }
                                             : QStringList { QStringLiteral("--database"), target.database }));
        p->waitForFinished(60000);
        forgetChild(p);
        delete p;
    }
    const QString url = target.urls().first();
    struct Ended {
        QString id, token;
    };
    QList<Ended> ended;
    for (int v = 0; v < chats; ++v) {
        QWebSocket ws;
        if (!openSocket(ws, url + QStringLiteral("/ws/visitor")))
            continue;
        const QJsonObject hello = callAndWait(ws, QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
        const QJsonObject data = hello.value(QLatin1String("data")).toObject();
        for (int i = 0; i < 20; ++i)
            callAndWait(ws, QStringLiteral("message.send"),
                { { QStringLiteral("clientId"), QStringLiteral("c%1").arg(i) },
                    { QStringLiteral("text"), QStringLiteral("line %1 of visitor %2").arg(i).arg(v) } });
        callAndWait(ws, QStringLiteral("end"), {});
        ended.append({ data.value(QLatin1String("conversationId")).toString(),
            data.value(QLatin1String("visitorToken")).toString() });
    }
    QWebSocket desk;
    if (!openSocket(desk, url + QStringLiteral("/ws/desk"))) {
        out() << "| router | setup failed: no desk socket ||||\n";
        return;
    }
    callAndWait(desk, QStringLiteral("hello"), { { QStringLiteral("version"), QStringLiteral("1.0") } });
    callAndWait(desk, QStringLiteral("auth"),
        { { QStringLiteral("user"), QStringLiteral("boss") }, { QStringLiteral("password"), kPassword } });
    const QStringList kinds { QStringLiteral("hello (ended chat)"), QStringLiteral("GET transcript"),
        QStringLiteral("conversation.history (closed)"), QStringLiteral("report.escalations"),
        QStringLiteral("audit.list"), QStringLiteral("conversation.reassign (unknown id)") };
    QHash<QString, std::vector<qint64>> took;
    QHash<QString, int> errors;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonObject period { { QStringLiteral("from"), now.addDays(-1).toString(Qt::ISODate) },
        { QStringLiteral("to"), now.addSecs(3600).toString(Qt::ISODate) } };
    QElapsedTimer clock;
    clock.start();
    for (int n = 0; clock.elapsed() < qint64(g_opt.duration) * 1000 && !ended.isEmpty(); ++n) {
        const Ended &chat = ended.at(n % ended.size());
        const QString kind = kinds.at(n % kinds.size());
        const qint64 start = nowUs();
        bool ok = false;
        if (n % kinds.size() == 0) {
            QWebSocket ws;
            ok = openSocket(ws, url + QStringLiteral("/ws/visitor"))
                && callAndWait(ws, QStringLiteral("hello"),
                       { { QStringLiteral("version"), QStringLiteral("1.0") }, { QStringLiteral("visitorToken"), chat.token } })
                        .value(QLatin1String("type"))
                    == QLatin1String("ok");
        } else if (n % kinds.size() == 1) {
            ok = httpGet(target.port(), "/api/v1/transcripts/" + chat.id.toLatin1() + ".txt", chat.token) == 200;
        } else {
            static const QStringList types { {}, {}, QStringLiteral("conversation.history"),
                QStringLiteral("report.escalations"), QStringLiteral("audit.list"), QStringLiteral("conversation.reassign") };
            const int k = n % kinds.size();
            QJsonObject data = k == 3 ? period : QJsonObject {};
            if (k == 2)
                data.insert(QStringLiteral("conversationId"), chat.id);
            if (k == 5) {
                data.insert(QStringLiteral("conversationId"), QStringLiteral("c_unknown%1").arg(n));
                data.insert(QStringLiteral("queueId"), QStringLiteral("default"));
            }
            const QJsonObject answer = callAndWait(desk, types.at(k), data);
            // The unknown id is meant to be refused (not_found); anything else is an error.
            ok = k == 5 ? answer.value(QLatin1String("data")).toObject().value(QLatin1String("code")).toString()
                    == QLatin1String("not_found")
                        : answer.value(QLatin1String("type")).toString() == QLatin1String("ok");
            pause(50); // the desk's rate limit: 20 frames a second
        }
        if (ok)
            took[kind].push_back(nowUs() - start);
        else
            ++errors[kind];
    }
    for (const QString &kind : kinds)
        out() << "| router | " << kind << " | " << took.value(kind).size() << " | " << errors.value(kind) << " | "
              << latencies(took.value(kind)) << " |\n";
    out().flush();
}

const char *kUsage = R"(Usage: bench_router [options]

Starts the real handoff-router (fresh data directory, agents made with `handoff-router user add`) and a
raw WebSocket relay (a child process that only pairs sockets and forwards frames), drives both with the
same load generator over real WebSockets, and prints Markdown tables.

Scenarios (--scenario NAME; default: all four, one after another):
  throughput     V visitors each chatting with one of A agents at R msg/s for D seconds; latencies both
                 ways, acks, errors, lost, CPU and RSS. With --knee: step the offered rate and report the
                 highest error-free rate (0 errors, 0 lost, p99 <= 100 ms) for router and relay.
  signin-flood   50 visitors x 10 msg/s while --flood connections send wrong sign-ins; /healthz timing.
  handoff        --handoff-rate new visitors a second ask for a person; handoff -> offer latency.
  idle           --idle visitor sockets stay open (with and without hello); router KiB per socket.
  reads          requests the router answers from the store (a returning visitor's hello to an ended chat,
                 the transcript, a closed chat's history, the escalation report, the audit log, a reassign
                 of an unknown id), one after another for D seconds; latencies. Not part of the default run.

Options:
  --scenario NAME     throughput, signin-flood, handoff, idle or reads
  --duration S        seconds of load per run (default 10)
  --visitors N        visitors in throughput (default 500)
  --agents N          agents in throughput (default 20)
  --rate R            messages a second per visitor (default 10; the router allows 20)
  --procs P           load-generator processes (default 2)
  --port P            router port (the relay uses P+1; default: free ports)
  --knee              throughput: step the offered rate (--knee-steps 250,500,... msg/s in total)
  --handoff-rate N    handoffs a second (default 200)
  --flood N           sign-in flood connections (default 40)
  --idle N            idle sockets (default 10000)
  --no-relay          measure the router only
  --database CONN     keep everything in PostgreSQL (libpq keywords or postgres:// URL, as handoff-router
                      --database takes); each run works in a fresh schema of its own (schema=bench_PID_RUN),
                      agents are added once per run with `handoff-router user add --database`
  --routers N[,M…]    on --database: N router processes on that database, each on its own port; visitor i
                      and agent j connect to router i % N and j % N (round robin). A list measures each
                      count in turn (the knee: 1,2 prints both knees and their ratio). Tables add each
                      router's CPU, PostgreSQL's CPU (the server on the connection's port and its backends),
                      the chats offered to an agent on another router than the visitor's, and the load average
  --no-router-config  start the router without the configuration that raises its per-address limits
                      (for routers older than those limits)
  --router PATH       the handoff-router binary (default: the one built with this program)
  --keep-data         keep the data directories and router logs (their path is printed)
  --help              this text
)";

bool parseOptions(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                err() << "bench_router: " << a << " needs a value\n";
                ::exit(1);
            }
            return args[++i];
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out() << kUsage;
            ::exit(0);
        } else if (a == QLatin1String("--scenario"))
            g_opt.scenario = value();
        else if (a == QLatin1String("--duration"))
            g_opt.duration = value().toInt();
        else if (a == QLatin1String("--visitors"))
            g_opt.visitors = value().toInt();
        else if (a == QLatin1String("--agents"))
            g_opt.agents = value().toInt();
        else if (a == QLatin1String("--rate"))
            g_opt.rate = value().toDouble();
        else if (a == QLatin1String("--procs"))
            g_opt.procs = value().toInt();
        else if (a == QLatin1String("--port"))
            g_opt.port = value().toInt();
        else if (a == QLatin1String("--router"))
            g_opt.router = value();
        else if (a == QLatin1String("--keep-data"))
            g_opt.keepData = true;
        else if (a == QLatin1String("--knee"))
            g_opt.knee = true;
        else if (a == QLatin1String("--knee-steps"))
            g_opt.kneeSteps = value();
        else if (a == QLatin1String("--handoff-rate"))
            g_opt.handoffRate = value().toInt();
        else if (a == QLatin1String("--flood"))
            g_opt.flood = value().toInt();
        else if (a == QLatin1String("--idle"))
            g_opt.idle = value().toInt();
        else if (a == QLatin1String("--no-router-config"))
            g_opt.noRouterConfig = true;
        else if (a == QLatin1String("--no-relay"))
            g_opt.noRelay = true;
        else if (a == QLatin1String("--database"))
            g_opt.database = value();
        else if (a == QLatin1String("--routers")) {
            g_opt.routers.clear();
            for (const QString &n : value().split(QLatin1Char(',')))
                if (n.toInt() > 0)
                    g_opt.routers << n.toInt();
        }
        else {
            err() << "bench_router: unknown option " << a << " (see --help)\n";
            return false;
        }
    }
    const QStringList known { QStringLiteral("throughput"), QStringLiteral("signin-flood"), QStringLiteral("handoff"),
        QStringLiteral("idle"), QStringLiteral("reads") };
    if (!g_opt.scenario.isEmpty() && !known.contains(g_opt.scenario)) {
        err() << "bench_router: unknown scenario " << g_opt.scenario << " (" << known.join(QStringLiteral(", "))
              << ")\n";
        return false;
    }
    if (g_opt.routers.isEmpty() || (g_opt.database.isEmpty() && g_opt.routers != QList<int> { 1 })) {
        err() << "bench_router: --routers needs --database and counts of at least 1 (e.g. --routers 1,2)\n";
        return false;
    }
    if (g_opt.duration < 1 || g_opt.procs < 1 || g_opt.rate <= 0 || g_opt.rate > 20 || g_opt.agents < 1) {
        err() << "bench_router: --duration, --procs and --agents must be at least 1, --rate from above 0 to 20\n";
        return false;
    }
    return true;
}

void printHeader(const QStringList &args)
{
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    loadavg.open(QIODevice::ReadOnly);
    out() << "# bench_router\n\n"
          << "- date: " << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << "\n"
          << "- machine: " << sysconf(_SC_NPROCESSORS_ONLN) << " cores online, load average "
          << loadavg.readAll().trimmed() << "\n"
          << "- build type: " << HANDOFF_BUILD_TYPE << "; router " << g_opt.router << "\n"
          << "- data directories in " << g_root->path() << " (" << QStorageInfo(g_root->path()).fileSystemType()
          << ")\n"
          << "- command: " << args.join(QLatin1Char(' ')) << "\n";
    out().flush();
}

int runParent(const QStringList &args)
{
    if (!parseOptions(args))
        return 1;
    if (!QFileInfo(g_opt.router).isExecutable()) {
        err() << "bench_router: no router at " << g_opt.router << " (build handoff-router or pass --router PATH)\n";
        return 2;
    }
    struct sigaction sa {
    };
    sa.sa_handler = onSignal;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGHUP, &sa, nullptr);
    QTemporaryDir root(QDir::tempPath() + QStringLiteral("/handoff-bench-XXXXXX"));
    root.setAutoRemove(!g_opt.keepData);
    g_root = &root;
    printHeader(args);
    const auto want
        = [](const char *name) { return g_opt.scenario.isEmpty() || g_opt.scenario == QLatin1String(name); };
    if (want("throughput"))
        scenarioThroughput();
    if (want("signin-flood"))
        scenarioSigninFlood();
    if (want("handoff"))
        scenarioHandoff();
    if (want("idle"))
        scenarioIdle();
    if (g_opt.scenario == QLatin1String("reads"))
        scenarioReads();
    if (g_opt.keepData)
        out() << "\nData directories and router logs kept in " << root.path() << "\n";
    out().flush();
    killAll(SIGKILL);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    raiseFileLimit(); // before anything starts: children and the router inherit it
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype role = args.indexOf(QStringLiteral("--role"));
    if (role < 0)
        return runParent(args);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    const QString what = args.value(role + 1);
    if (what == QLatin1String("relay")) {
        Relay relay;
        const qsizetype port = args.indexOf(QStringLiteral("--port"));
        if (!relay.listen(quint16(args.value(port + 1).toInt()))) {
            err() << "bench_router: the relay cannot listen\n";
            return 2;
        }
        return QCoreApplication::exec();
    }
    if (what == QLatin1String("gen")) {
        const qsizetype spec = args.indexOf(QStringLiteral("--spec"));
        Generator gen(QJsonDocument::fromJson(args.value(spec + 1).toUtf8()).object());
        gen.start();
        return QCoreApplication::exec();
    }
    err() << "bench_router: unknown role " << what << '\n';
    return 1;
}

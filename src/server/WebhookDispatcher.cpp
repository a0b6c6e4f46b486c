#include "server/WebhookDispatcher.h"

#include "bot/ExternalHandoff.h"
#include "store/SecretToken.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <memory>

namespace handoff::server {

namespace {

constexpr int kReloadMs = 10000;
constexpr qint64 kMaxAnswerBytes = 64 * 1024; // what a receiver may answer; the rest is not read
constexpr int kMaxErrorChars = 300;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The conversation as webhook receivers get it: its summary (fields included), where it came from.
QJsonObject conversationJson(const store::ConversationRecord &r)
{
    QJsonObject o = r.summary().toJson();
    o.insert(QStringLiteral("source"), r.source.isEmpty() ? QStringLiteral("web") : r.source);
    if (!r.externalId.isEmpty())
        o.insert(QStringLiteral("externalConversationId"), r.externalId);
    if (r.state == ConversationState::Closed && !r.disposition.isEmpty())
        o.insert(QStringLiteral("disposition"), r.disposition);
    return o;
}

} // namespace

const QStringList &WebhookDispatcher::eventNames()
{
    static const QStringList names { QStringLiteral("conversation.created"), QStringLiteral("conversation.escalated"),
        QStringLiteral("conversation.offered"), QStringLiteral("conversation.assigned"),
        QStringLiteral("conversation.transferred"), QStringLiteral("conversation.closed"),
        QStringLiteral("conversation.rated"), QStringLiteral("message.created") };
    return names;
}

QByteArray WebhookDispatcher::signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(body);
    return "v1=" + mac.result().toHex();
}

WebhookDispatcher::WebhookDispatcher(StoreWriter &writer, const WebhookSettings &settings, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_settings(settings)
    , m_net(new QNetworkAccessManager(this))
{
    m_net->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a 3xx is an answer, not a hop
    m_poll.setInterval(m_settings.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &WebhookDispatcher::poll);
    m_reload.setInterval(kReloadMs);
    connect(&m_reload, &QTimer::timeout, this, &WebhookDispatcher::reloadEndpoints);
}

WebhookDispatcher::~WebhookDispatcher() = default;

void WebhookDispatcher::start()
{
    reloadEndpoints();
    m_poll.start();
    m_reload.start();
}

void WebhookDispatcher::reloadEndpoints()
{
    auto read = std::make_shared<QList<store::WebhookRecord>>();
    m_writer.submit(
        [read](store::Store &s) {
            *read = s.webhooks();
            return true;
        },
        [this, read](bool ok) {
            if (ok)
                m_endpoints = *read;
        });
}

bool WebhookDispatcher::wants(const QString &event) const
{
    for (const store::WebhookRecord &w : m_endpoints)
        if (w.events.isEmpty() || w.events.contains(event))
            return true;
    return false;
}

void WebhookDispatcher::conversationEvent(
    const QString &event, const store::ConversationRecord &r, const QJsonObject &extra)
{
    if (!wants(event))
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject body = extra;
    body.insert(QStringLiteral("id"), store::SecretToken::newId(QStringLiteral("evt_")));
    body.insert(QStringLiteral("type"), event);
    body.insert(QStringLiteral("at"), toIsoUtc(now));
    body.insert(QStringLiteral("conversation"), conversationJson(r));
    const QByteArray bytes = compact(body);
    QList<store::WebhookDelivery> rows;
    for (const store::WebhookRecord &w : std::as_const(m_endpoints)) {
        if (!w.events.isEmpty() && !w.events.contains(event))
            continue;
        store::WebhookDelivery d;
        d.webhookId = w.id;
        d.url = w.url;
        d.secret = w.secret;
        d.event = event;
        d.conversationId = r.id;
        d.body = bytes;
        d.createdAt = now;
        rows << d;
    }
    m_writer.submit([rows](store::Store &s) { return s.enqueueDeliveries(rows); });
}

void WebhookDispatcher::messageEvent(const store::ConversationRecord &r, const ChatMessage &m)
{
    if (m.internal) // notes are for agents and supervisors only
        return;
    conversationEvent(QStringLiteral("message.created"), r, { { QStringLiteral("message"), m.toJson() } });
}

void WebhookDispatcher::handoffStatus(const store::ConversationRecord &r, const QString &state, const QString &message)
{
    if (r.apiTokenName.isEmpty())
        return; // not handed over through the handoff API
    const QString id = r.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The callback and the token's hash are read where the row is written, in order with the change.
    m_writer.submit([id, state, message, now](store::Store &s) {
        const auto callback = s.handoffCallback(id);
        if (!callback)
            return true;
        const auto key = s.apiTokenHash(callback->apiTokenName);
        if (!key)
            return true; // the token was removed: nobody could check the signature
        bot::ExternalHandoff h;
        h.externalConversationId = callback->externalId.isEmpty() ? id : callback->externalId;
        h.relatesTo = callback->relatesTo;
        const bot::CopilotHandoffState st = state == QLatin1String("accepted") ? bot::CopilotHandoffState::Accepted
            : state == QLatin1String("completed")                             ? bot::CopilotHandoffState::Completed
                                                                              : bot::CopilotHandoffState::Failed;
        QJsonObject activity = bot::copilotHandoffStatus(h, st, message, now);
        activity.insert(QStringLiteral("handoffConversationId"), id);
        store::WebhookDelivery d;
        d.webhookId = QStringLiteral("callback");
        d.url = callback->url;
        d.secret = *key;
        d.event = QStringLiteral("handoff.status");
        d.conversationId = id;
        d.body = compact(activity);
        d.createdAt = now;
        return s.enqueueDeliveries({ d });
    });
}

void WebhookDispatcher::poll()
{
    const int room = m_settings.maxInFlight - m_inFlight;
    if (m_polling || room <= 0)
        return;
    m_polling = true;
    auto due = std::make_shared<QList<store::WebhookDelivery>>();
    const int lease = std::max(m_settings.leaseSeconds, m_settings.timeoutMs / 1000 + 5);
    m_writer.submit(
        [due, room, lease](store::Store &s) {
            *due = s.claimDueDeliveries(room, lease);
            return true;
        },
        [this, due](bool) {
            m_polling = false;
            for (const store::WebhookDelivery &d : std::as_const(*due))
                deliver(d);
        });
}

void WebhookDispatcher::deliver(store::WebhookDelivery d)
{
    const qint64 timestamp = QDateTime::currentSecsSinceEpoch();
    QNetworkRequest request { QUrl(d.url) };
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("handoff-router webhooks"));
    request.setRawHeader("Handoff-Event", d.event.toUtf8());
    request.setRawHeader("Handoff-Delivery", QByteArray::number(d.id));
    request.setRawHeader("Handoff-Timestamp", QByteArray::number(timestamp));
    request.setRawHeader("Handoff-Signature", signature(d.secret.toUtf8(), timestamp, d.body));
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_inFlight;
    QNetworkReply *reply = m_net->post(request, d.body);
    // The answer's body means nothing here: read and dropped, and a long one ends the attempt.
    auto received = std::make_shared<qint64>(0);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, received] {
        *received += reply->readAll().size();
        if (*received > kMaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, d] {
        reply->deleteLater();
        --m_inFlight;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finished(d, status,
            reply->error() == QNetworkReply::NoError || status != 0 ? QString() : reply->errorString());
    });
}

void WebhookDispatcher::finished(store::WebhookDelivery d, int status, const QString &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    d.attempts += 1;
    d.lastStatus = status;
    if (status >= 200 && status < 300) {
        d.deliveredAt = now;
        d.lastError.clear();
        d.nextAttemptAt = now;
    } else {
        d.lastError = (error.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : error).left(kMaxErrorChars);
        if (d.attempts >= m_settings.maxAttempts) {
            d.givenUp = true;
            d.nextAttemptAt = now;
        } else {
            // 10 s, 20 s, 40 s … up to an hour, each ±20 % so endpoints that fail together are not hit together.
            const qint64 base = std::min<qint64>(
                qint64(m_settings.firstRetrySeconds) << std::min(d.attempts - 1, 20), m_settings.maxRetrySeconds);
            const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
            d.nextAttemptAt = now.addMSecs(qint64(base * 1000 * jitter));
        }
    }
    m_writer.submit([d](store::Store &s) { return s.finishDelivery(d); });
}

} // namespace handoff::server

// Events out: signed webhooks and handoff.status callbacks, delivered at least once from a durable outbox.
//
// What happens to a conversation becomes rows of the store's `webhook_outbox` (one per endpoint that wants
// the event), written by the store writer in order with the change itself. Every second the dispatcher
// takes the rows that are due (a lease: another router of the same database does not take them too) and
// POSTs each, signed with HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret. A 2xx answer
// marks the row delivered; anything else (or no answer within the time-out) schedules the next attempt
// with exponential back-off, until the attempts run out. Rows survive a restart, a kill -9 included.
// See docs/webhooks.md.
#pragma once

#include "protocol/DomainTypes.h"
#include "server/StoreWriter.h"
#include "store/StoreRecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

class QNetworkAccessManager;

namespace handoff::server {

struct WebhookSettings {
    int maxAttempts = 12;        // then the delivery is given up (about 3.5 hours of back-off)
    int firstRetrySeconds = 10;  // doubled for each further attempt ...
    int maxRetrySeconds = 3600;  // ... up to this
    int timeoutMs = 10000;       // an attempt without a complete answer by then failed
    int maxInFlight = 16;        // POSTs on their way at once, for all endpoints together
    int leaseSeconds = 60;       // a claimed delivery is someone's for this long
    int pollMs = 1000;
};

class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    // The event names an endpoint may ask for (docs/webhooks.md).
    static const QStringList &eventNames();
    // "v1=" and the hex HMAC-SHA256 of "<timestamp>.<body>" keyed with `secret`.
    static QByteArray signature(const QByteArray &secret, qint64 timestamp, const QByteArray &body);

    WebhookDispatcher(StoreWriter &writer, const WebhookSettings &settings, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // Starts polling the outbox and reading the endpoints (every 10 s: they are managed from the command
    // line, by any router's administrator).
    void start();

    // A conversation event (conversation.created, .escalated, .offered, .assigned, .transferred, .closed,
    // .rated) and a visible line (message.created): outbox rows for the endpoints that want it.
    void conversationEvent(const QString &event, const store::ConversationRecord &r, const QJsonObject &extra = {});
    void messageEvent(const store::ConversationRecord &r, const ChatMessage &m);
    // A conversation handed over through the handoff API with a callback: Bot Framework's handoff.status
    // (state accepted, failed or completed) to the callback, signed with the API token's SHA-256.
    void handoffStatus(const store::ConversationRecord &r, const QString &state, const QString &message);

    bool wants(const QString &event) const;

private:
    void reloadEndpoints();
    void poll();
    void deliver(store::WebhookDelivery d);
    void finished(store::WebhookDelivery d, int status, const QString &error);

    StoreWriter &m_writer;
    WebhookSettings m_settings;
    QNetworkAccessManager *m_net = nullptr;
    QList<store::WebhookRecord> m_endpoints;
    QTimer m_poll;
    QTimer m_reload;
    int m_inFlight = 0;
    bool m_polling = false;
};

} // namespace handoff::server

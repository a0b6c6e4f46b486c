// The router's JSON configuration file: where to listen, the data directory, the routing configuration
// (inline, or a file beside it), the bot's topic file and settings. Errors name the line and field.
#pragma once

#include "bot/BotEngine.h"
#include "routing/RoutingConfig.h"
#include "server/IdentityToken.h"
#include "server/Limits.h"
#include "server/TranscriptMailer.h"
#include "server/WebhookDispatcher.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace handoff::router {

struct RouterConfigFile {
    QString listen;  // "ADDR:PORT", empty = not set
    QString dataDir; // empty = not set
    QString database; // PostgreSQL URL/keywords or "sqlite:PATH"; empty = handoff.db in the data directory
    std::optional<routing::RoutingConfig> routing;
    std::optional<bot::TopicSet> topics;
    bot::BotSettings bot;
    int presenceGraceSeconds = 10;
    QStringList embedOrigins; // sites allowed to frame the web chat page
    server::Limits limits;    // "limits" and "allowedOrigins"
    server::IdentitySettings identity; // "identity": signed-in customers' ID tokens
    QString tlsCert;          // "tls": {"cert", "key"}: PEM files, absolute; empty = plain HTTP
    QString tlsKey;
    server::WebhookSettings webhooks; // "webhooks": attempts, back-off and time-out of deliveries
    server::MailSettings mail;        // "smtp": the transcript by e-mail (off when absent)

    // On failure *error is one line: "FILE: line L: field F: problem".
    static std::optional<RouterConfigFile> load(const QString &path, QString *error);
};

} // namespace handoff::router

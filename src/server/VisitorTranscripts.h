// A web visitor's copy of their chat: GET /api/v1/transcripts/ID.txt (plain text) and
// /api/v1/transcripts/ID.html (a printable page), answered only to `Authorization: Bearer <visitor token>`
// of that very conversation; every other caller is told it does not exist. Internal notes never appear.
// Bounded: a few downloads per conversation a minute and a cap for the whole router. See docs/webchat.md.
#pragma once

#include "protocol/DomainTypes.h"
#include "server/HttpRequestParser.h"
#include "server/HttpResponse.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QList>
#include <functional>

namespace handoff::server {

// The transcript as the visitor reads it, in their language: a heading line, then one block per line.
struct TranscriptDocument {
    QString title;   // e.g. "Chat 3f2a… — 3 December 2026"
    QStringList facts; // "Agent: Maria", "Started: …", "Ended: …"
    struct Line {
        QString author;
        QString time; // HH:mm, UTC
        QString text;
    };
    QList<Line> lines;

    static TranscriptDocument of(const store::ConversationRecord &record, const QList<ChatMessage> &messages);
    QString toPlainText() const;
    QString toHtml() const; // every text HTML-escaped; a print stylesheet
};

class ConversationHub;

class VisitorTranscripts
{
public:
    static constexpr int kPerConversationPerMinute = 20;
    static constexpr int kAllPerMinute = 600;
    static constexpr int kMaxLines = 5000; // a longer chat's transcript ends with a note

    // The conversation and its lines are read on the hub's reader (ConversationHub::read), not on the event loop.
    explicit VisitorTranscripts(ConversationHub &hub);
    bool handles(const QString &path) const;
    void handle(const HttpRequest &request, std::function<void(const HttpResponse &)> answer);

    // Counts one use of the conversation's and the router's allowance; false when either is spent.
    bool allow(const QString &conversationId);

private:
    ConversationHub &m_hub;
    qint64 m_minute = 0;
    int m_allThisMinute = 0;
    QHash<QString, int> m_thisMinute; // conversation -> downloads this minute
};

} // namespace handoff::server

#include "server/VisitorTranscripts.h"

#include "server/ConversationHub.h"
#include "server/HubSupport.h"
#include "store/SecretToken.h"
#include "store/Store.h"

#include <QDateTime>
#include <QRegularExpression>

namespace handoff::server {

namespace {

const QString kPrefix = QStringLiteral("/api/v1/transcripts/");

QString tr(const QString &language, const char *source)
{
    return hub::forVisitor(language, source);
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || QByteArrayView(authorization).first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(authorization.mid(space + 1).trimmed());
}

HttpResponse notFound(const QString &path)
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               hub::Text::tr("There is no transcript at %1 for this visitor token.").arg(path));
}

} // namespace

TranscriptDocument TranscriptDocument::of(const store::ConversationRecord &record, const QList<ChatMessage> &messages)
{
    const QString language = hub::visitorLanguage(record);
    TranscriptDocument d;
    d.title = tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Chat transcript"));
    const auto when = [](const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")); };
    d.facts << tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Conversation: %1")).arg(record.id);
    if (record.createdAt.isValid())
        d.facts << tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Started: %1")).arg(when(record.createdAt));
    if (record.closedAt.isValid())
        d.facts << tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Ended: %1")).arg(when(record.closedAt));
    if (!record.agentName.isEmpty())
        d.facts << tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "Agent: %1")).arg(record.agentName);
    int shown = 0;
    for (const ChatMessage &m : messages) {
        if (m.internal)
            continue; // agents' notes are not the visitor's
        if (++shown > VisitorTranscripts::kMaxLines) {
            d.lines.append({QString(), QString(),
                            tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub",
                                                           "(The transcript is cut here: it is too long.)"))});
            break;
        }
        QString author;
        switch (m.author) {
        case AuthorKind::Visitor: author = tr(language, QT_TRANSLATE_NOOP("handoff::server::ConversationHub", "You")); break;
        case AuthorKind::Bot:
        case AuthorKind::Agent: author = m.authorName; break;
        case AuthorKind::System: break;
        }
        d.lines.append({author, m.at.toUTC().toString(QStringLiteral("HH:mm")), m.text});
    }
    return d;
}

QString TranscriptDocument::toPlainText() const
{
    QString out = title + QLatin1Char('\n');
    for (const QString &f : facts)
        out += f + QLatin1Char('\n');
    out += QLatin1Char('\n');
    for (const Line &l : lines) {
        QString head = l.time;
        if (!l.author.isEmpty())
            head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + l.author + QLatin1Char(':');
        out += head.isEmpty() ? l.text : head + QLatin1Char(' ') + l.text;
        out += QLatin1Char('\n');
    }
    return out;
}

QString TranscriptDocument::toHtml() const
{
    // Plain CSS, no script: the page prints as it shows, one line per block, nothing cut at a page break.
    QString out = QStringLiteral(
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
        "<style>\n"
        "body { font: 15px/1.5 system-ui, sans-serif; color: #1f2328; margin: 2em auto; max-width: 46em; padding: 0 1em; }\n"
        "h1 { font-size: 1.4em; margin: 0 0 .3em; }\n"
        ".facts { color: #57606a; margin: 0 0 1.5em; padding: 0; list-style: none; }\n"
        ".line { margin: 0 0 .8em; break-inside: avoid; }\n"
        ".meta { color: #57606a; font-size: .85em; }\n"
        ".author { font-weight: 600; color: #1f2328; }\n"
        ".text { white-space: pre-wrap; overflow-wrap: anywhere; }\n"
        ".system .text { color: #57606a; font-style: italic; }\n"
        "@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; } }\n"
        "</style>\n</head>\n<body>\n<h1>%1</h1>\n<ul class=\"facts\">\n")
                      .arg(title.toHtmlEscaped());
    for (const QString &f : facts)
        out += QStringLiteral("<li>%1</li>\n").arg(f.toHtmlEscaped());
    out += QStringLiteral("</ul>\n");
    for (const Line &l : lines) {
        out += QStringLiteral("<div class=\"line%1\"><div class=\"meta\"><span class=\"author\">%2</span> %3</div>"
                              "<div class=\"text\">%4</div></div>\n")
                   .arg(l.author.isEmpty() ? QStringLiteral(" system") : QString(), l.author.toHtmlEscaped(),
                        l.time.toHtmlEscaped(), l.text.toHtmlEscaped());
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

VisitorTranscripts::VisitorTranscripts(ConversationHub &hub)
    : m_hub(hub)
{
}

bool VisitorTranscripts::handles(const QString &path) const
{
    return path.startsWith(kPrefix);
}

bool VisitorTranscripts::allow(const QString &conversationId)
{
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    if (minute != m_minute) {
        m_minute = minute;
        m_allThisMinute = 0;
        m_thisMinute.clear();
    }
    if (m_allThisMinute >= kAllPerMinute)
        return false;
    int &mine = m_thisMinute[conversationId];
    if (mine >= kPerConversationPerMinute)
        return false;
    ++mine;
    ++m_allThisMinute;
    return true;
}

void VisitorTranscripts::handle(const HttpRequest &request, std::function<void(const HttpResponse &)> answer)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("invalid"), hub::Text::tr("Use GET."));
        r.addHeader("Allow", "GET, HEAD");
        answer(r);
        return;
    }
    static const QRegularExpression name(QStringLiteral(R"(^([A-Za-z0-9_-]{1,128})\.(txt|html)$)"));
    const auto match = name.match(request.path.mid(kPrefix.size()));
    const QString token = bearerToken(request);
    const QString id = match.hasMatch() ? match.captured(1) : QString();
    // Every refusal costs the allowance too, so guessing tokens is as slow as downloading.
    if (!allow(id)) {
        answer(HttpResponse::error(429, QStringLiteral("rate_limited"),
                                   hub::Text::tr("Too many transcript downloads; try again in a minute.")));
        return;
    }
    const bool html = match.captured(2) == QLatin1String("html");
    const QString path = request.path;
    if (id.isEmpty() || token.isEmpty() || token.size() > 256) {
        answer(notFound(path));
        return;
    }
    // The visitor's conversation by the token's hash, and its lines, from the reader's connection.
    struct Read {
        std::optional<store::ConversationRecord> record;
        QList<ChatMessage> messages;
    };
    auto read = std::make_shared<Read>();
    m_hub.read(
        [read, hash = store::SecretToken::hash(token), id](store::Store &s) {
            read->record = s.conversationForVisitor(hash);
            if (read->record && read->record->id == id)
                read->messages = s.messages(id);
            return true;
        },
        [read, id, html, path, answer = std::move(answer)](bool) {
            if (!read->record || read->record->id != id) {
                answer(notFound(path));
                return;
            }
            const TranscriptDocument d = TranscriptDocument::of(*read->record, read->messages);
            HttpResponse response;
            response.status = 200;
            response.contentType = html ? QByteArrayLiteral("text/html; charset=utf-8")
                                        : QByteArrayLiteral("text/plain; charset=utf-8");
            response.body = (html ? d.toHtml() : d.toPlainText()).toUtf8();
            response.addHeader("Content-Disposition",
                               "attachment; filename=\"chat-" + id.toLatin1() + (html ? ".html\"" : ".txt\""));
            response.addHeader("Cache-Control", "no-store");
            // The page carries no script and loads nothing: its own styles only.
            response.addHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
            answer(response);
        });
}

} // namespace handoff::server

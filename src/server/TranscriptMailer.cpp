#include "server/TranscriptMailer.h"

#include "server/HubSupport.h"
#include "server/LogLine.h"
#include "server/VisitorTranscripts.h"
#include "store/Store.h"

#include <QRandomGenerator>

namespace handoff::server {

namespace {
constexpr int kMaxErrorChars = 300;
} // namespace

TranscriptMailer::TranscriptMailer(StoreWriter &writer, const MailSettings &settings, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_settings(settings)
{
    if (m_settings.enabled())
        m_sender = std::make_unique<SmtpSender>(m_settings.smtp);
    m_poll.setInterval(m_settings.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &TranscriptMailer::poll);
}

TranscriptMailer::~TranscriptMailer() = default;

void TranscriptMailer::start()
{
    if (enabled())
        m_poll.start();
}

bool TranscriptMailer::allow(const QString &peerAddress)
{
    const qint64 hour = QDateTime::currentSecsSinceEpoch() / 3600;
    if (hour != m_hour) {
        m_hour = hour;
        m_thisHour = 0;
        m_thisHourFrom.clear();
    }
    // The router's cap first: the per-address table never holds more entries than requests it let through.
    if (m_thisHour >= m_settings.perHour)
        return false;
    int &mine = m_thisHourFrom[peerAddress];
    if (mine >= m_settings.perAddressPerHour)
        return false;
    ++mine;
    ++m_thisHour;
    return true;
}

QString TranscriptMailer::subject(QString s, const QString &title, const QString &date, const QString &conversationId)
{
    return s.replace(QLatin1String("{title}"), title)
        .replace(QLatin1String("{date}"), date)
        .replace(QLatin1String("{conversation}"), conversationId);
}

QString TranscriptMailer::masked(const QString &address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at <= 0 ? QStringLiteral("…") : address.left(1) + QStringLiteral("…") + address.mid(at);
}

void TranscriptMailer::poll()
{
    // One message at a time: the next is claimed when the last attempt has ended.
    if (m_polling || m_sender->pending() > 0)
        return;
    m_polling = true;
    auto due = std::make_shared<Due>();
    // Claimed for as long as one attempt can take, and a little more.
    const int lease = m_settings.smtp.connectTimeoutSeconds + m_settings.smtp.timeoutSeconds + 10;
    m_writer.submit(
        [due, lease](store::Store &s) {
            const QList<store::TranscriptMailRecord> rows = s.claimDueTranscriptMails(1, lease);
            if (rows.isEmpty())
                return true;
            due->row = rows.first();
            due->conversation = s.conversation(due->row.conversationId);
            if (due->conversation)
                due->messages = s.messages(due->row.conversationId);
            return true;
        },
        [this, due](bool) {
            m_polling = false;
            if (due->row.id != 0)
                send(due);
        });
}

void TranscriptMailer::send(const std::shared_ptr<Due> &due)
{
    if (!due->conversation) {
        // The chat was deleted (anonymous chats expire): nothing left to send.
        store::TranscriptMailRecord row = due->row;
        row.attempts = m_settings.maxAttempts - 1;
        finished(row, QStringLiteral("the conversation no longer exists"));
        return;
    }
    // The transcript is rendered on the mail thread: a long chat costs the event loop nothing.
    m_sender->send(
        [due, settings = m_settings] {
            const TranscriptDocument d = TranscriptDocument::of(*due->conversation, due->messages);
            const QDateTime ended = due->conversation->closedAt.isValid() ? due->conversation->closedAt
                                                                         : due->conversation->createdAt;
            MailMessage m;
            m.fromAddress = settings.fromAddress;
            m.fromName = settings.fromName;
            m.to = due->row.address;
            m.subject = subject(settings.subject, d.title, ended.toUTC().toString(QStringLiteral("yyyy-MM-dd")), due->row.conversationId);
            m.plainText = d.toPlainText();
            m.html = d.toHtml();
            return m;
        },
        [this, row = due->row](const QString &error) { finished(row, error); });
}

void TranscriptMailer::finished(store::TranscriptMailRecord row, const QString &error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    row.attempts += 1;
    QString outcome;
    LogLevel level = LogLevel::Info;
    if (error.isEmpty()) {
        row.sentAt = now;
        row.nextAttemptAt = now;
        row.lastError.clear();
        outcome = QStringLiteral("sent");
    } else {
        row.lastError = error.left(kMaxErrorChars);
        level = LogLevel::Warning;
        if (row.attempts >= m_settings.maxAttempts) {
            row.givenUp = true;
            row.nextAttemptAt = now;
            outcome = QStringLiteral("given up after %1 attempts: %2").arg(row.attempts).arg(row.lastError);
            level = LogLevel::Error;
        } else {
            // 1 min, 2 min, 4 min … up to an hour, each ±20 %.
            const qint64 base = std::min<qint64>(qint64(m_settings.firstRetrySeconds) << std::min(row.attempts - 1, 20),
                                                 m_settings.maxRetrySeconds);
            const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
            row.nextAttemptAt = now.addMSecs(qint64(base * 1000 * jitter));
            outcome = QStringLiteral("attempt %1 of %2 failed: %3; next in %4 s")
                          .arg(row.attempts)
                          .arg(m_settings.maxAttempts)
                          .arg(row.lastError)
                          .arg(row.nextAttemptAt.toSecsSinceEpoch() - now.toSecsSinceEpoch());
        }
    }
    const bool final = error.isEmpty() || row.givenUp;
    store::AuditRecord audit;
    audit.actor = QStringLiteral("router");
    audit.action = error.isEmpty() ? QStringLiteral("transcript.mail.sent") : QStringLiteral("transcript.mail.failed");
    audit.target = row.conversationId;
    audit.detail = error.isEmpty() ? masked(row.address) : masked(row.address) + QStringLiteral(": ") + row.lastError;
    audit.at = now;
    const QString line = QStringLiteral("transcript mail %1 of %2 to %3: %4")
                             .arg(row.id)
                             .arg(row.conversationId, masked(row.address), outcome);
    // Logged once the outcome is on disk; the next request is claimed right after, not a poll later.
    m_writer.submit(
        [row, audit, final](store::Store &s) { return s.finishTranscriptMail(row) && (!final || s.addAudit(audit)); },
        [this, line, level](bool ok) {
            writeLogLine(ok ? level : LogLevel::Error, ok ? line : line + QStringLiteral(" (not stored)"));
            poll();
        });
}

} // namespace handoff::server

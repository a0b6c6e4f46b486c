// "E-mail me the transcript": the visitor of an ended chat asks for a copy at one address; the request is a
// row of the store's transcript_mail_outbox (written before the visitor is told it will come), and this
// class sends the rows that are due, one at a time, through SmtpSender's thread: the transcript as the
// download renders it (VisitorTranscripts), text and HTML in one message. A refused or failed attempt is
// tried again with exponential back-off, across restarts, until the attempts run out. Each outcome is in
// the log and the supervisors' audit log. See docs/router.md ("smtp") and docs/protocol.md (transcript.mail).
#pragma once

#include "server/SmtpSender.h"
#include "server/StoreWriter.h"
#include "store/StoreRecords.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace handoff::server {

struct MailSettings {
    SmtpSettings smtp;   // smtp.url empty: no e-mail, the page does not offer it
    QString fromAddress;
    QString fromName;
    QString subject = QStringLiteral("{title} {date}"); // {title}: "Chat transcript" in the visitor's language
    int maxAttempts = 8;         // then given up (about 4 hours of back-off)
    int firstRetrySeconds = 60;  // doubled for each further attempt ...
    int maxRetrySeconds = 3600;  // ... up to this
    int perAddressPerHour = 10;  // requests from one IP address
    int perHour = 500;           // requests to this router altogether
    int pollMs = 1000;

    bool enabled() const { return !smtp.url.isEmpty(); }
};

class TranscriptMailer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerConversation = 3;

    TranscriptMailer(StoreWriter &writer, const MailSettings &settings, QObject *parent = nullptr);
    ~TranscriptMailer() override;

    bool enabled() const { return m_settings.enabled(); }
    void start(); // polls the outbox when enabled

    // Counts one request from `peerAddress` against the hourly allowances; false when one is spent.
    bool allow(const QString &peerAddress);
    // The subject template `s` filled for a transcript titled `title` of a chat that ended on `date` (yyyy-MM-dd).
    static QString subject(QString s, const QString &title, const QString &date, const QString &conversationId);
    // "a…@example.com": enough to tell requests apart in a log, not the address.
    static QString masked(const QString &address);

private:
    struct Due {
        store::TranscriptMailRecord row;
        std::optional<store::ConversationRecord> conversation;
        QList<ChatMessage> messages;
    };
    void poll();
    void send(const std::shared_ptr<Due> &due);
    void finished(store::TranscriptMailRecord row, const QString &error);

    StoreWriter &m_writer;
    MailSettings m_settings;
    std::unique_ptr<SmtpSender> m_sender;
    QTimer m_poll;
    bool m_polling = false;
    qint64 m_hour = 0;
    int m_thisHour = 0;
    QHash<QString, int> m_thisHourFrom; // peer address -> requests this hour
};

} // namespace handoff::server

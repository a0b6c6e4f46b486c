// Sends e-mail over SMTP with libcurl, on a thread of its own: connecting, TLS and the server's answers can
// take seconds, and the router's event loop must not wait for any of it. One message at a time; each
// attempt is bounded (connect time-out, whole-send time-out) and ends at once when the sender is destroyed.
#pragma once

#include "server/MailMessage.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>

namespace handoff::server {

struct SmtpSettings {
    QString url;      // smtp://host[:port] (STARTTLS) or smtps://host[:port] (TLS from the start)
    QString user;     // empty: no authentication
    QString password;
    bool requireTls = true; // false only for a server on this machine (the configuration checks it)
    int connectTimeoutSeconds = 10;
    int timeoutSeconds = 60; // the whole attempt: connect, TLS, every command, the data
};

class SmtpSender : public QObject
{
    Q_OBJECT
public:
    using Build = std::function<MailMessage()>;             // runs on the mail thread
    using Done = std::function<void(const QString &error)>; // on the owner's thread; empty error: the server took it

    explicit SmtpSender(const SmtpSettings &settings, QObject *parent = nullptr);
    ~SmtpSender() override; // ends a send in progress and waits for the thread

    // Builds the message and sends it on the mail thread; `done` runs on this object's thread afterwards.
    void send(Build build, Done done);
    int pending() const { return m_pending; }

    // One attempt, on the calling thread: an empty string when the server accepted the message, else why not.
    static QString deliver(const SmtpSettings &settings, const MailMessage &message, const std::atomic<bool> &stop);

private:
    SmtpSettings m_settings;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::atomic<bool> m_stop{false};
    int m_pending = 0;
};

} // namespace handoff::server

#include "server/SmtpSender.h"

#include <curl/curl.h>

#include <cstring>

namespace handoff::server {

namespace {

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t n = std::min<size_t>(size * count, size_t(upload->data.size() - upload->offset));
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// Called by curl at least once a second while it works or waits: a non-zero answer ends the attempt.
int progress(void *stop, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<const std::atomic<bool> *>(stop)->load() ? 1 : 0;
}

} // namespace

SmtpSender::SmtpSender(const SmtpSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    curl_global_init(CURL_GLOBAL_DEFAULT); // once per process in effect; counted by curl
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("smtp"));
    m_thread.start();
}

SmtpSender::~SmtpSender()
{
    m_stop = true;
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
    curl_global_cleanup();
}

void SmtpSender::send(Build build, Done done)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, build = std::move(build), done = std::move(done)] {
            const QString error = m_stop ? QStringLiteral("the router is stopping") : deliver(m_settings, build(), m_stop);
            QMetaObject::invokeMethod(
                this,
                [this, done, error] {
                    --m_pending;
                    done(error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QString SmtpSender::deliver(const SmtpSettings &settings, const MailMessage &message, const std::atomic<bool> &stop)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return QStringLiteral("cannot start an SMTP client");
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Upload upload{message.toMime()};
    const QByteArray url = settings.url.toUtf8();
    const QByteArray from = "<" + message.fromAddress.toUtf8() + ">";
    const QByteArray to = "<" + message.to.toUtf8() + ">";
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    // STARTTLS on smtp:// unless it was let off for a server on this machine; then it is used when offered.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_TRY));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(settings.connectTimeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(&stop));
    const CURLcode result = curl_easy_perform(curl);
    QString error;
    if (result != CURLE_OK) {
        error = QString::fromUtf8(errorBuffer).trimmed();
        if (error.isEmpty())
            error = QString::fromUtf8(curl_easy_strerror(result));
        long answer = 0;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &answer);
        if (answer > 0)
            error += QStringLiteral(" (SMTP %1)").arg(answer);
    }
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return error;
}

} // namespace handoff::server

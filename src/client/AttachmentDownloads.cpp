#include "client/AttachmentDownloads.h"

#include "client/DeskConnection.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <memory>

namespace handoff {

namespace {

constexpr int kTransferTimeoutMs = 60000;

} // namespace

AttachmentDownloads::AttachmentDownloads(DeskConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

AttachmentDownloads::~AttachmentDownloads()
{
    // Partial files of downloads cut short by the desk closing are not left behind.
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->abort();
    }
}

QString AttachmentDownloads::stateText(State state, const QString &detail)
{
    switch (state) {
    case State::None:
    case State::Ready:
        return {};
    case State::Waiting:
        return tr("Not downloaded yet: waiting for the router");
    case State::Downloading:
        return tr("Downloading…");
    case State::NotFound:
        return tr("Not available (404)");
    case State::Blocked:
        return tr("Blocked by the scanner");
    case State::TooLarge:
        return tr("Too large to show");
    case State::Failed:
        return detail.isEmpty() ? tr("Download failed; tried again when the router is back")
                                : tr("Download failed: %1").arg(detail);
    }
    return {};
}

QString AttachmentDownloads::stateText(const QString &attachmentId) const
{
    const File f = m_files.value(attachmentId);
    return stateText(f.state, f.detail);
}

void AttachmentDownloads::fetch(const Attachment &a)
{
    if (a.id.isEmpty() || AttachmentCache::keyFor(a).isEmpty())
        return;
    File &f = m_files[a.id];
    if (f.state == State::Downloading || f.state == State::NotFound || f.state == State::Blocked
        || f.state == State::TooLarge)
        return;
    f.attachment = a;
    if (const QString path = m_cache.find(a); !path.isEmpty()) {
        setState(a.id, State::Ready);
        emit ready(a.id, path);
        return;
    }
    if (a.size > m_maxBytes) {
        setState(a.id, State::TooLarge);
        return;
    }
    start(a.id);
}

void AttachmentDownloads::retry()
{
    QStringList again;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        if (it->state == State::Waiting || it->state == State::Failed)
            again << it.key();
    for (const QString &id : std::as_const(again))
        start(id);
}

void AttachmentDownloads::start(const QString &id)
{
    if (!m_connection->isSignedIn() || m_connection->token().isEmpty() || m_cache.directory().isEmpty()) {
        setState(id, State::Waiting);
        return;
    }
    auto *file = new QFile(m_cache.temporaryPath(), this);
    if (!file->open(QIODevice::WriteOnly)) {
        setState(id, State::Failed, file->errorString());
        delete file;
        return;
    }
    QNetworkRequest request(m_connection->httpUrl(QStringLiteral("/api/v1/attachments/") + id));
    request.setRawHeader("Authorization", "Bearer " + m_connection->token().toUtf8());
    request.setTransferTimeout(kTransferTimeoutMs);
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkReply *reply = m_network->get(request);
    m_replies.insert(id, reply);
    setState(id, State::Downloading);
    // Written as it arrives; a body that grows past the limit (whatever its header promised) is cut off.
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, file, id] {
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return; // an error's body is read in finish()
        const QByteArray piece = reply->readAll();
        if (file->size() + piece.size() > m_maxBytes) {
            file->setProperty("tooLarge", true);
            reply->abort();
            return;
        }
        if (file->write(piece) != piece.size()) {
            file->setProperty("writeError", file->errorString());
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, id] { finish(reply, file, id); });
}

void AttachmentDownloads::finish(QNetworkReply *reply, QFile *file, const QString &id)
{
    reply->deleteLater();
    m_replies.remove(id);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    bool tooLarge = file->property("tooLarge").toBool();
    QString writeError = file->property("writeError").toString();
    const bool answered = status == 200 && reply->error() == QNetworkReply::NoError;
    if (answered && !tooLarge && writeError.isEmpty()) {
        const QByteArray rest = reply->readAll();
        if (file->size() + rest.size() > m_maxBytes)
            tooLarge = true;
        else if (file->write(rest) != rest.size() || !file->flush())
            writeError = file->errorString();
    }
    const bool complete = answered && !tooLarge && writeError.isEmpty();
    const QString partial = file->fileName();
    file->close();
    delete file;
    if (complete) {
        const QString path = m_cache.adopt(partial, m_files.value(id).attachment);
        if (path.isEmpty()) {
            setState(id, State::Failed, tr("the file could not be kept in the cache"));
            return;
        }
        setState(id, State::Ready);
        emit ready(id, path);
        return;
    }
    QFile::remove(partial);
    const QString message = QJsonDocument::fromJson(reply->read(64 * 1024))
                                .object()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString()
                                .left(300);
    if (tooLarge || status == 413)
        setState(id, State::TooLarge);
    else if (status == 404 || status == 410)
        setState(id, State::NotFound);
    else if (status == 422 || status == 451)
        setState(id, State::Blocked, message);
    else if (!writeError.isEmpty())
        setState(id, State::Failed, writeError);
    else
        setState(id, State::Failed, message.isEmpty() ? reply->errorString() : message);
}

void AttachmentDownloads::setState(const QString &id, State state, const QString &detail)
{
    File &f = m_files[id];
    if (f.state == state && f.detail == detail)
        return;
    f.state = state;
    f.detail = detail;
    emit stateChanged(id);
}

void AttachmentDownloads::whenCached(const Attachment &a, QObject *context,
                                     std::function<void(const QString &path, const QString &why)> then)
{
    fetch(a);
    if (state(a.id) == State::Ready) {
        if (const QString path = m_cache.find(a); !path.isEmpty())
            return then(path, {});
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto settle = [this, id = a.id, connection, then](const QString &path) {
        const State s = state(id);
        if (path.isEmpty() && (s == State::Downloading || s == State::Waiting))
            return; // not settled yet
        disconnect(*connection);
        then(path, path.isEmpty() ? stateText(id) : QString());
    };
    *connection = connect(this, &AttachmentDownloads::stateChanged, context, [this, id = a.id, settle](const QString &changed) {
        if (changed != id)
            return;
        if (state(id) == State::Ready)
            settle(m_cache.find(m_files.value(id).attachment));
        else
            settle({});
    });
    if (state(a.id) != State::Downloading && state(a.id) != State::Waiting)
        settle(state(a.id) == State::Ready ? m_cache.find(a) : QString());
}

QString AttachmentDownloads::safeFileName(const QString &name)
{
    QString out;
    for (const QChar ch : name) {
        if (ch == QLatin1Char('/') || ch == QLatin1Char('\\'))
            out += QLatin1Char('_');
        else if (ch.category() != QChar::Other_Control && ch.category() != QChar::Other_Format)
            out += ch;
    }
    // No hidden files, no "..": leading dots and spaces go, and trailing ones (some systems drop them).
    while (!out.isEmpty() && (out.front() == QLatin1Char('.') || out.front().isSpace()))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == QLatin1Char('.') || out.back().isSpace()))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("file") : out.left(200);
}

namespace {

QString extensionFor(const QString &contentType)
{
    static const QHash<QString, QString> extensions{{QStringLiteral("image/png"), QStringLiteral("png")},
                                                    {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},
                                                    {QStringLiteral("image/gif"), QStringLiteral("gif")},
                                                    {QStringLiteral("image/webp"), QStringLiteral("webp")},
                                                    {QStringLiteral("application/pdf"), QStringLiteral("pdf")}};
    return extensions.value(contentType);
}

} // namespace

bool AttachmentDownloads::mayOpen(const Attachment &a)
{
    return !a.id.isEmpty() && !extensionFor(a.contentType).isEmpty();
}

QString AttachmentDownloads::openName(const Attachment &a)
{
    const QString name = safeFileName(a.name);
    const QString extension = extensionFor(a.contentType);
    if (extension.isEmpty() || name.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive)
        || (extension == QLatin1String("jpg") && name.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive)))
        return name;
    return name + QLatin1Char('.') + extension;
}

} // namespace handoff

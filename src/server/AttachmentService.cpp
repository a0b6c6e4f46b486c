#include "server/AttachmentService.h"

#include "server/ClamdScanner.h"
#include "server/ContentSniffer.h"
#include "store/SecretToken.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QStorageInfo>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <fcntl.h>
#include <unistd.h>

namespace handoff::server {

namespace {

const QString kPath = QStringLiteral("/api/v1/attachments");
const QString kDownloadPrefix = QStringLiteral("/api/v1/attachments/");
constexpr qint64 kMaxDiscardBytes = 1024 * 1024; // of a refused body, read and dropped so the answer arrives
constexpr int kMaxNameChars = 200;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::AttachmentService)
};

HttpResponse refusal(int status, const char *code, const QString &message)
{
    HttpResponse r = HttpResponse::error(status, QString::fromLatin1(code), message);
    r.closeConnection = true;
    return r;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}

// The name as shown and offered for saving: no directories, no control characters, bounded.
QString cleanName(const QString &given)
{
    QString name = given.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    QString out;
    for (const QChar ch : std::as_const(name))
        if (ch.category() != QChar::Other_Control && ch.category() != QChar::Other_Format)
            out += ch;
    out = out.trimmed();
    if (out == QLatin1String(".") || out == QLatin1String(".."))
        out.clear();
    return out.isEmpty() ? QStringLiteral("file") : out.left(kMaxNameChars);
}

// RFC 6266: an ASCII fallback in filename (quotes and backslashes replaced), the real name in filename*.
QByteArray contentDisposition(const QString &name)
{
    QByteArray ascii;
    for (const QChar ch : name) {
        const char16_t u = ch.unicode();
        ascii += (u >= 0x20 && u < 0x7f && u != '"' && u != '\\' && u != '%') ? char(u) : '_';
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

QString bearerToken(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || QByteArrayView(authorization).first(space).compare("Bearer", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(authorization.mid(space + 1).trimmed());
}

// fsync of a file or a directory by path; false with errno set on failure.
bool syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

// One upload on its socket, from the end of the request head to the answer. Lives as the socket's child,
// so a client that goes away takes it (and its temporary file) with it.
class AttachmentUpload : public QObject
{
public:
    AttachmentUpload(AttachmentService *service, QTcpSocket *socket, const QString &conversationId,
                     const AttachmentCaller &caller, const QString &name, qint64 length, AttachmentService::Send send);
    ~AttachmentUpload() override;

private:
    void onReadyRead();
    void received();
    void scanned(const ClamdScanner::Result &result);
    void moved(bool ok, const QString &why);
    void answer(const HttpResponse &response);
    void fail(int status, const char *code, const QString &message);

    QPointer<AttachmentService> m_service;
    QTcpSocket *m_socket;
    QString m_conversationId;
    AttachmentCaller m_caller;
    QString m_name;
    qint64 m_length;
    qint64 m_remaining;
    AttachmentService::Send m_send;
    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    ContentSniffer m_sniffer;
    QTimer m_deadline;
    QString m_sha256;
    QString m_contentType;
    qint64 m_storedBytes = 0;
    bool m_answered = false;
};

AttachmentUpload::AttachmentUpload(AttachmentService *service, QTcpSocket *socket, const QString &conversationId,
                                   const AttachmentCaller &caller, const QString &name, qint64 length,
                                   AttachmentService::Send send)
    : QObject(socket)
    , m_service(service)
    , m_socket(socket)
    , m_conversationId(conversationId)
    , m_caller(caller)
    , m_name(name)
    , m_length(length)
    , m_remaining(length)
    , m_send(std::move(send))
{
    const AttachmentLimits &limits = service->limits();
    const QString temporary = QDir(limits.directory).filePath(QStringLiteral("tmp"));
    QDir().mkpath(temporary);
    m_file.setFileName(QDir(temporary).filePath(store::SecretToken::newId(QStringLiteral("upload-"))));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        QMetaObject::invokeMethod(this, [this] {
            fail(503, "unavailable", Text::tr("The file cannot be stored now: %1").arg(m_file.errorString()));
        }, Qt::QueuedConnection);
        return;
    }
    // Slow senders are cut off: the whole body must arrive within uploadSeconds.
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(408, "invalid", Text::tr("The file took longer than %n second(s) to arrive.", nullptr,
                                      m_service ? m_service->limits().uploadSeconds : 0));
    });
    m_deadline.start(limits.uploadSeconds * 1000);
    // At most kSocketBufferBytes wait unread in memory: the kernel holds the sender back meanwhile.
    m_socket->setReadBufferSize(AttachmentService::kSocketBufferBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &AttachmentUpload::onReadyRead);
    QMetaObject::invokeMethod(this, &AttachmentUpload::onReadyRead, Qt::QueuedConnection);
}

AttachmentUpload::~AttachmentUpload()
{
    if (m_file.isOpen())
        m_file.close();
    QFile::remove(m_file.fileName()); // still there when it was never moved into place
    if (m_service)
        m_service->uploadEnded(m_conversationId, m_storedBytes);
}

void AttachmentUpload::onReadyRead()
{
    if (m_answered || !m_file.isOpen() || m_remaining <= 0)
        return;
    // Pieces as they arrive: hashed, judged and written, never gathered in memory.
    while (m_remaining > 0) {
        const QByteArray piece = m_socket->read(std::min(m_remaining, AttachmentService::kPieceBytes));
        if (piece.isEmpty())
            return;
        m_remaining -= piece.size();
        m_hash.addData(piece);
        m_sniffer.feed(piece);
        if (m_file.write(piece) != piece.size()) {
            fail(507, "unavailable", Text::tr("The file cannot be stored: %1").arg(m_file.errorString()));
            return;
        }
    }
    received();
}

void AttachmentUpload::received()
{
    m_deadline.stop();
    disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    m_socket->setReadBufferSize(0);
    m_file.close();
    m_contentType = m_sniffer.contentType();
    if (m_contentType.isEmpty()) {
        fail(415, "invalid",
             Text::tr("\"%1\" is not a file of an accepted type (%2). The type is judged from the file's content, "
                      "not its name.")
                 .arg(m_name, ContentSniffer::acceptedTypesText()));
        return;
    }
    const QString named = ContentSniffer::typeOfName(m_name);
    if (!named.isEmpty() && named != m_contentType) {
        fail(415, "invalid",
             Text::tr("\"%1\" is named as a %2 file, but its content is %3. Send it with a name that fits.")
                 .arg(m_name, ContentSniffer::describe(named), ContentSniffer::describe(m_contentType)));
        return;
    }
    if (!m_service)
        return;
    const AttachmentLimits &limits = m_service->limits();
    if (limits.scanner.isEmpty()) {
        scanned({ClamdScanner::Verdict::Clean, {}});
        return;
    }
    new ClamdScanner(limits.scanner, m_file.fileName(), limits.scannerTimeoutSeconds,
                     [self = QPointer<AttachmentUpload>(this)](const ClamdScanner::Result &r) {
                         if (self)
                             self->scanned(r);
                     },
                     this);
}

void AttachmentUpload::scanned(const ClamdScanner::Result &result)
{
    if (!m_service)
        return;
    if (result.verdict == ClamdScanner::Verdict::Infected) {
        fail(422, "invalid", Text::tr("\"%1\" was refused: the virus scanner found %2 in it.").arg(m_name, result.detail));
        return;
    }
    if (result.verdict == ClamdScanner::Verdict::Failed) {
        qWarning("attachment scan failed: %s", qPrintable(result.detail));
        if (!m_service->limits().scannerFailOpen) {
            fail(503, "unavailable",
                 Text::tr("The file cannot be checked for viruses now (%1); send it again later.").arg(result.detail));
            return;
        }
    }
    // Into place off the event loop: fsync of the file, rename to its hash's name (a file already there has
    // the same bytes: the new copy goes), fsync of the directory.
    m_sha256 = QString::fromLatin1(m_hash.result().toHex());
    const QString from = m_file.fileName();
    const QString to = AttachmentService::filePath(m_service->limits().directory, m_sha256);
    QPointer<AttachmentUpload> self(this);
    QThreadPool::globalInstance()->start([self, from, to] {
        QString why;
        bool ok = syncPath(from, false);
        if (!ok)
            why = QString::fromLocal8Bit(strerror(errno));
        if (ok) {
            const QString directory = QFileInfo(to).absolutePath();
            QDir().mkpath(directory);
            if (QFileInfo::exists(to))
                QFile::remove(from);
            else if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
                ok = false, why = QString::fromLocal8Bit(strerror(errno));
            if (ok)
                syncPath(directory, true);
        }
        QMetaObject::invokeMethod(qApp, [self, ok, why] {
            if (self)
                self->moved(ok, why);
        });
    });
}

void AttachmentUpload::moved(bool ok, const QString &why)
{
    if (!ok || !m_service) {
        m_sha256.clear();
        fail(507, "unavailable", Text::tr("The file cannot be stored: %1").arg(why));
        return;
    }
    store::AttachmentRecord record;
    record.id = store::SecretToken::newId(QStringLiteral("a_"));
    record.conversationId = m_conversationId;
    record.sha256 = m_sha256;
    record.name = m_name;
    record.size = m_length;
    record.contentType = m_contentType;
    record.uploaderKind = m_caller.kind;
    record.uploaderId = m_caller.kind == AuthorKind::Agent ? m_caller.user : QString();
    record.at = QDateTime::currentDateTimeUtc();
    QPointer<AttachmentUpload> self(this);
    m_service->record(record, [self, record](bool stored) {
        if (!self)
            return;
        if (!stored) {
            self->fail(503, "unavailable", Text::tr("The file could not be recorded; send it again."));
            return;
        }
        self->m_storedBytes = record.size;
        HttpResponse r = HttpResponse::json(201, {{QStringLiteral("attachment"), record.reference().toJson()}});
        r.addHeader("Location", (kDownloadPrefix + record.id).toUtf8());
        r.closeConnection = true;
        self->answer(r);
    });
}

void AttachmentUpload::fail(int status, const char *code, const QString &message)
{
    m_deadline.stop();
    if (m_file.isOpen())
        m_file.close();
    answer(refusal(status, code, message));
}

void AttachmentUpload::answer(const HttpResponse &response)
{
    if (m_answered)
        return;
    m_answered = true;
    disconnect(m_socket, &QTcpSocket::readyRead, this, nullptr);
    m_socket->setReadBufferSize(0);
    m_send(response);
    deleteLater(); // the temporary file (when still there) goes now; the counts are given back
}

AttachmentService::AttachmentService(store::Store &store, ConversationHub &hub, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hub(hub)
{
}

AttachmentService::~AttachmentService() = default;

bool AttachmentService::isUpload(const HttpRequest &head)
{
    return head.method == "POST" && head.path == kPath;
}

bool AttachmentService::handlesDownload(const QString &path) const
{
    return path == kPath || path.startsWith(kDownloadPrefix);
}

QString AttachmentService::filePath(const QString &directory, const QString &sha256)
{
    return QDir(directory).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

void AttachmentService::removeFiles(const QString &directory, const QStringList &sha256s)
{
    for (const QString &sha : sha256s)
        if (sha.size() == 64)
            QFile::remove(filePath(directory, sha));
}

std::optional<AttachmentCaller> AttachmentService::caller(const HttpRequest &request, HttpResponse *refusalOut) const
{
    const QString token = bearerToken(request);
    const auto who = m_hub.attachmentCaller(token);
    if (!who) {
        *refusalOut = refusal(401, "unauthenticated",
                              token.isEmpty() ? Text::tr("Send the chat's token as \"Authorization: Bearer TOKEN\".")
                                              : Text::tr("The token is not known or has expired."));
        refusalOut->addHeader("WWW-Authenticate", "Bearer");
    }
    return who;
}

AttachmentService::Usage &AttachmentService::usage(const QString &conversationId)
{
    auto it = m_usage.find(conversationId);
    if (it == m_usage.end()) {
        // Read once per conversation while the router runs; counted here from then on.
        Usage u;
        for (const store::AttachmentRecord &a : m_store.attachments(conversationId)) {
            ++u.count;
            u.bytes += a.size;
        }
        it = m_usage.insert(conversationId, u);
    }
    return it.value();
}

std::optional<HttpResponse> AttachmentService::admit(const QString &conversationId, qint64 length, AuthorKind)
{
    if (length < 0)
        return refusal(411, "invalid", Text::tr("Send the file with a Content-Length."));
    if (length == 0)
        return refusal(400, "invalid", Text::tr("The file is empty."));
    if (length > m_limits.maxBytes)
        return refusal(413, "too_large",
                       Text::tr("The file is larger than %1 MB.").arg(megabytes(m_limits.maxBytes)));
    if (m_inFlight >= m_limits.maxConcurrentUploads)
        return refusal(503, "unavailable", Text::tr("The router is receiving too many files at once; try again shortly."));
    const QStorageInfo disk(m_limits.directory);
    if (!disk.isValid() || disk.bytesAvailable() - length < m_limits.minFreeDiskBytes)
        return refusal(507, "unavailable", Text::tr("The router's disk is almost full; files cannot be received now."));
    Usage &u = usage(conversationId);
    if (u.inFlight >= m_limits.maxConcurrentPerConversation)
        return refusal(429, "rate_limited", Text::tr("Wait until the file being sent has arrived."));
    const qint64 minute = QDateTime::currentSecsSinceEpoch() / 60;
    if (u.minute != minute) {
        u.minute = minute;
        u.thisMinute = 0;
    }
    if (u.thisMinute >= m_limits.uploadsPerMinute)
        return refusal(429, "rate_limited",
                       Text::tr("At most %n file(s) a minute may be sent in a chat.", nullptr, m_limits.uploadsPerMinute));
    if (u.count + u.inFlight >= m_limits.maxPerConversation)
        return refusal(413, "too_large",
                       Text::tr("At most %n file(s) may be sent in one chat.", nullptr, m_limits.maxPerConversation));
    if (u.bytes + length > m_limits.maxBytesPerConversation)
        return refusal(413, "too_large", Text::tr("The files of one chat may not exceed %1 MB together.")
                                             .arg(megabytes(m_limits.maxBytesPerConversation)));
    ++u.thisMinute;
    ++u.inFlight;
    ++m_inFlight;
    return std::nullopt;
}

void AttachmentService::uploadEnded(const QString &conversationId, qint64 storedBytes)
{
    --m_inFlight;
    const auto it = m_usage.find(conversationId);
    if (it == m_usage.end())
        return;
    --it->inFlight;
    if (storedBytes > 0) {
        ++it->count;
        it->bytes += storedBytes;
    }
}

void AttachmentService::record(const store::AttachmentRecord &record, std::function<void(bool ok)> done)
{
    m_hub.recordAttachment(record, std::move(done));
}

void AttachmentService::upload(QTcpSocket *socket, const HttpRequest &head, Send send)
{
    // A refusal before the body is read: the answer goes out, then up to kMaxDiscardBytes of the body are read
    // and dropped (a client still sending would otherwise see its connection reset, not the answer).
    const auto refuse = [socket, &send](const HttpResponse &response, qint64 length) {
        send(response);
        qint64 left = std::clamp<qint64>(length, 0, kMaxDiscardBytes);
        if (left > 0) {
            socket->setReadBufferSize(kSocketBufferBytes);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, left]() mutable {
                left -= socket->read(std::min(left, kSocketBufferBytes)).size();
                if (left <= 0)
                    socket->abort();
            });
        }
    };
    HttpResponse why;
    const auto who = caller(head, &why);
    if (!who) {
        refuse(why, head.contentLength);
        return;
    }
    const qsizetype question = head.target.indexOf('?');
    const QUrlQuery query(question < 0 ? QString() : QString::fromLatin1(head.target.mid(question + 1)));
    const QString conversationId = query.queryItemValue(QStringLiteral("conversationId"), QUrl::FullyDecoded);
    const QString name = cleanName(query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
    if (!m_hub.mayUpload(*who, conversationId)) {
        refuse(refusal(403, "forbidden", Text::tr("You may not send files into this chat.")), head.contentLength);
        return;
    }
    if (auto refused = admit(conversationId, head.contentLength, who->kind)) {
        refuse(*refused, head.contentLength);
        return;
    }
    new AttachmentUpload(this, socket, conversationId, *who, name, head.contentLength, std::move(send));
}

void AttachmentService::download(const HttpRequest &request, Send send)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("invalid"),
                                             request.path == kPath ? Text::tr("Use POST to send a file.") : Text::tr("Use GET."));
        r.addHeader("Allow", request.path == kPath ? "POST" : "GET, HEAD");
        send(r);
        return;
    }
    // A token this router does not know may still be one of the database's: a desk signed in through another
    // router, or a visitor whose chat another router serves. It is looked up with the file's row.
    const QString token = bearerToken(request);
    HttpResponse unknownToken;
    const auto here = caller(request, &unknownToken);
    unknownToken.closeConnection = false;
    if (!here && (token.isEmpty() || token.size() > 256)) {
        send(unknownToken);
        return;
    }
    if (!here && m_tokenLookups >= kMaxTokenLookups) {
        send(refusal(503, "unavailable", Text::tr("Too many files are being fetched at once; try again shortly.")));
        return;
    }
    if (!here)
        ++m_tokenLookups;
    const QString id = request.path.mid(kDownloadPrefix.size());
    // Unknown and not yours look the same: ids cannot be probed.
    const auto notYours = [id] {
        return HttpResponse::error(404, QStringLiteral("not_found"), Text::tr("There is no file %1 for you.").arg(id));
    };
    if (id.isEmpty() || id.size() > 128) {
        send(notYours());
        return;
    }
    struct Read {
        std::optional<AttachmentCaller> caller;
        std::optional<store::AttachmentRecord> attachment;
        std::optional<store::ConversationRecord> conversation; // for the agent of a chat not open here
    };
    auto read = std::make_shared<Read>();
    read->caller = here;
    m_hub.read(
        [read, id, token](store::Store &s) {
            if (!read->caller) {
                if (const auto user = s.userForToken(token)) {
                    const auto record = s.user(*user);
                    read->caller = AttachmentCaller{AuthorKind::Agent, {}, *user, record && record->role == Role::Supervisor};
                } else if (const auto visitor = s.conversationForVisitor(store::SecretToken::hash(token));
                           visitor && visitor->state != ConversationState::Closed) {
                    read->caller = AttachmentCaller{AuthorKind::Visitor, visitor->id, {}, false};
                } else {
                    return true;
                }
            }
            read->attachment = s.attachment(id);
            if (read->attachment)
                read->conversation = s.conversation(read->attachment->conversationId);
            return true;
        },
        [this, read, id, notYours, unknownToken, lookedUp = !here, send = std::move(send)](bool) {
            if (lookedUp)
                --m_tokenLookups;
            if (!read->caller) {
                send(unknownToken);
                return;
            }
            const auto &a = read->attachment;
            if (!a || !m_hub.mayDownload(*read->caller, a->conversationId, read->conversation)) {
                send(notYours());
                return;
            }
            const QString path = filePath(m_limits.directory, a->sha256);
            const QFileInfo file(path);
            if (!file.isFile() || file.size() != a->size) {
                send(HttpResponse::error(404, QStringLiteral("not_found"), Text::tr("The file %1 is no longer kept.").arg(id)));
                return;
            }
            HttpResponse r;
            // Verified images may be shown inline (thumbnails); anything else is only ever a download.
            r.contentType = ContentSniffer::servableAsItself(a->contentType) ? a->contentType.toLatin1()
                                                                             : QByteArrayLiteral("application/octet-stream");
            r.addHeader("Content-Disposition", contentDisposition(a->name));
            r.addHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            r.bodyFile = path;
            r.bodyFileSize = a->size;
            send(r);
        });
}

} // namespace handoff::server

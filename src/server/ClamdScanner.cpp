#include "server/ClamdScanner.h"

#include <QCoreApplication>
#include <QLocalSocket>
#include <QTcpSocket>
#include <QtEndian>

namespace handoff::server {

namespace {

constexpr qint64 kPieceBytes = 64 * 1024;
constexpr qint64 kMaxQueuedBytes = 256 * 1024; // written to the socket but not yet taken by clamd
constexpr qsizetype kMaxReplyBytes = 4096;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::server::ClamdScanner)
};

} // namespace

template<typename Socket>
Socket *ClamdScanner::watch(Socket *socket)
{
    m_socket = socket;
    connect(socket, &Socket::connected, this, &ClamdScanner::onConnected);
    connect(socket, &Socket::errorOccurred, this, [this, socket] {
        finish({Verdict::Failed, Text::tr("the virus scanner cannot be reached: %1").arg(socket->errorString())});
    });
    connect(socket, &Socket::bytesWritten, this, &ClamdScanner::sendMore);
    connect(socket, &Socket::readyRead, this, &ClamdScanner::onReadyRead);
    return socket;
}

ClamdScanner::ClamdScanner(const QString &address, const QString &filePath, int timeoutSeconds, Done done,
                           QObject *parent)
    : QObject(parent)
    , m_file(filePath)
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish({Verdict::Failed, Text::tr("the virus scanner did not answer in time")});
    });
    m_timer.start(timeoutSeconds * 1000);
    if (!m_file.open(QIODevice::ReadOnly)) {
        QMetaObject::invokeMethod(this, [this] { finish({Verdict::Failed, m_file.errorString()}); }, Qt::QueuedConnection);
        return;
    }
    if (address.startsWith(QLatin1Char('/'))) {
        watch(new QLocalSocket(this))->connectToServer(address);
        return;
    }
    const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
    QString host = address.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    watch(new QTcpSocket(this))->connectToHost(host, address.mid(colon + 1).toUShort());
}

ClamdScanner::~ClamdScanner() = default;

void ClamdScanner::onConnected()
{
    m_socket->write("zINSTREAM", 10); // the command and its NUL terminator
    sendMore();
}

void ClamdScanner::sendMore()
{
    // Pieces go out as clamd takes them: at most kMaxQueuedBytes wait in the socket's buffer.
    while (!m_finished && !m_sentEnd && m_socket->bytesToWrite() < kMaxQueuedBytes) {
        const QByteArray piece = m_file.read(kPieceBytes);
        quint32 length = qToBigEndian(static_cast<quint32>(piece.size()));
        m_socket->write(reinterpret_cast<const char *>(&length), sizeof length);
        if (piece.isEmpty()) {
            m_sentEnd = true; // the zero length: the end of the stream
            return;
        }
        m_socket->write(piece);
    }
}

void ClamdScanner::onReadyRead()
{
    m_reply += m_socket->readAll();
    if (m_reply.size() > kMaxReplyBytes) {
        finish({Verdict::Failed, Text::tr("the virus scanner's answer is too long")});
        return;
    }
    const qsizetype end = m_reply.indexOf('\0');
    if (end < 0)
        return;
    const QString reply = QString::fromUtf8(m_reply.first(end)).trimmed();
    // "stream: OK", "stream: Eicar-Signature FOUND", or "INSTREAM size limit exceeded. ERROR" and the like.
    const QString answer = reply.startsWith(QLatin1String("stream:")) ? reply.mid(7).trimmed() : reply;
    if (answer == QLatin1String("OK"))
        finish({Verdict::Clean, {}});
    else if (answer.endsWith(QLatin1String(" FOUND")))
        finish({Verdict::Infected, answer.chopped(6).trimmed()});
    else
        finish({Verdict::Failed, Text::tr("the virus scanner answered: %1").arg(answer.left(200))});
}

void ClamdScanner::finish(const Result &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    m_file.close();
    Done done = std::move(m_done);
    deleteLater();
    if (done)
        done(result);
}

} // namespace handoff::server

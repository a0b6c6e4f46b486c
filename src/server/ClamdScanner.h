// One file checked by clamd (ClamAV's daemon) with its INSTREAM command: the file is read from disk a
// piece at a time as clamd takes it (never whole in memory), each piece sent as a 4-byte big-endian length
// and the bytes, a zero length ends it; clamd answers "stream: OK" or "stream: NAME FOUND". All on the
// event loop without blocking: the socket's signals drive it, a timer bounds it.
#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>
#include <functional>

class QIODevice;

namespace handoff::server {

class ClamdScanner : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Clean, Infected, Failed };
    struct Result {
        Verdict verdict = Verdict::Failed;
        QString detail; // the signature's name when Infected; why when Failed
    };
    using Done = std::function<void(const Result &)>;

    // `address`: a Unix socket path ("/run/clamav/clamd.ctl") or "host:port". `done` runs once, later.
    ClamdScanner(const QString &address, const QString &filePath, int timeoutSeconds, Done done,
                 QObject *parent = nullptr);
    ~ClamdScanner() override;

private:
    template<typename Socket>
    Socket *watch(Socket *socket); // a QLocalSocket or QTcpSocket: its signals drive the scan
    void onConnected();
    void sendMore();
    void onReadyRead();
    void finish(const Result &result);

    QIODevice *m_socket = nullptr;
    QFile m_file;
    QTimer m_timer;
    Done m_done;
    QByteArray m_reply;
    bool m_sentEnd = false;
    bool m_finished = false;
};

} // namespace handoff::server

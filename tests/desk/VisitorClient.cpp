#include "VisitorClient.h"

#include "TestSupport.h"
#include "protocol/FrameCodec.h"

#include <QJsonArray>

namespace handoff::test {

using protocol::Envelope;
using protocol::FrameCodec;

VisitorClient::VisitorClient(QString url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &VisitorClient::onText);
}

bool VisitorClient::connectAndHello(int timeoutMs)
{
    m_helloDone = false;
    m_socket.abort();
    m_socket.open(QUrl(m_url));
    if (!waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return false;
    received.clear();
    m_helloId = QStringLiteral("v%1").arg(m_nextId);
    QJsonObject hello { { QStringLiteral("version"), QStringLiteral("1.0") },
        { QStringLiteral("visitorToken"), visitorToken },
        { QStringLiteral("page"), QStringLiteral("https://shop.example/orders") },
        { QStringLiteral("language"), QStringLiteral("en-US") } };
    if (!identityToken.isEmpty())
        hello.insert(QStringLiteral("identityToken"), identityToken);
    request(QStringLiteral("hello"), hello);
    return waitUntil([this] { return m_helloDone; }, timeoutMs);
}

void VisitorClient::send(const QString &text)
{
    request(QStringLiteral("message.send"),
        { { QStringLiteral("clientId"), QStringLiteral("v_%1_%2").arg(qintptr(this)).arg(m_nextId) },
            { QStringLiteral("text"), text } });
}

void VisitorClient::sendFile(const QString &attachmentId)
{
    request(QStringLiteral("message.send"),
        { { QStringLiteral("clientId"), QStringLiteral("v_%1_%2").arg(qintptr(this)).arg(m_nextId) },
            { QStringLiteral("attachmentId"), attachmentId } });
}

void VisitorClient::askForAPerson()
{
    request(QStringLiteral("handoff.request"), {});
}

void VisitorClient::endChat()
{
    request(QStringLiteral("end"), {});
}

void VisitorClient::rate(int rating, const QString &comment)
{
    request(QStringLiteral("survey.submit"), {{QStringLiteral("rating"), rating}, {QStringLiteral("comment"), comment}});
}

void VisitorClient::setTyping(bool typing)
{
    request(QStringLiteral("typing"), { { QStringLiteral("typing"), typing } });
}

void VisitorClient::close()
{
    m_socket.close();
}

void VisitorClient::request(const QString &type, const QJsonObject &data)
{
    const QString id = QStringLiteral("v%1").arg(m_nextId++);
    m_socket.sendTextMessage(QString::fromUtf8(FrameCodec::encode(Envelope::request(type, id, data))));
}

int VisitorClient::countText(const QString &text) const
{
    QSet<QString> ids;
    int n = 0;
    for (const auto *list : { &history, &received })
        for (const ChatMessage &m : *list)
            if (m.text == text && !ids.contains(m.id)) {
                ids.insert(m.id);
                ++n;
            }
    return n;
}

bool VisitorClient::hasLineContaining(const QString &part) const
{
    for (const auto *list : { &history, &received })
        for (const ChatMessage &m : *list)
            if (m.text.contains(part))
                return true;
    return false;
}

void VisitorClient::onText(const QString &text)
{
    auto decoded = FrameCodec::decode(text);
    if (!std::holds_alternative<Envelope>(decoded))
        return;
    const Envelope e = std::get<Envelope>(decoded);
    if (e.type != QLatin1String("ok") && e.type != QLatin1String("error"))
        events << e.type;
    if (e.type == QLatin1String("ok") && e.re == m_helloId) {
        visitorToken = e.data.value(QStringLiteral("visitorToken")).toString();
        conversationId = e.data.value(QStringLiteral("conversationId")).toString();
        history.clear();
        const QJsonArray a = e.data.value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &v : a)
            if (auto m = ChatMessage::fromJson(v.toObject()))
                history << *m;
        m_helloDone = true;
    } else if (e.type == QLatin1String("message")) {
        if (auto m = ChatMessage::fromJson(e.data.value(QStringLiteral("message")).toObject()))
            received << *m;
    } else if (e.type == QLatin1String("status")) {
        statuses << e.data.value(QStringLiteral("state")).toString();
    }
}

} // namespace handoff::test

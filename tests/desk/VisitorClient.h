// A website visitor for tests: speaks the visitor protocol of docs/protocol.md over a real WebSocket
// to the router (hello, message.send, handoff.request) and records every line it receives.
#pragma once

#include "protocol/DomainTypes.h"
#include "protocol/Envelope.h"

#include <QObject>
#include <QWebSocket>

namespace handoff::test {

class VisitorClient : public QObject
{
    Q_OBJECT
public:
    explicit VisitorClient(QString url, QObject *parent = nullptr);

    // Opens the socket and says hello (resuming when a visitorToken is known); true once answered.
    bool connectAndHello(int timeoutMs = 15000);
    void send(const QString &text);
    // A line carrying a file this visitor uploaded into the chat (POST /api/v1/attachments).
    void sendFile(const QString &attachmentId);
    void askForAPerson();
    void endChat(); // "End chat": the visitor leaves
    void rate(int rating, const QString &comment); // the post-chat survey, once the chat has ended
    void setTyping(bool typing);
    void close();

    QString conversationId;
    QString visitorToken;
    QString identityToken; // a website's ID token for its signed-in customer, sent with hello when set
    QList<ChatMessage> history; // from the last hello
    QList<ChatMessage> received; // `message` events since the last hello
    QStringList statuses; // `status` states in order
    QStringList events; // every event type, in order
    // Lines with exactly this text seen in the last history plus events since.
    int countText(const QString &text) const;
    bool hasLineContaining(const QString &part) const;

private:
    void request(const QString &type, const QJsonObject &data);
    void onText(const QString &text);

    QString m_url;
    QWebSocket m_socket;
    int m_nextId = 1;
    bool m_helloDone = false;
    QString m_helloId;
};

} // namespace handoff::test

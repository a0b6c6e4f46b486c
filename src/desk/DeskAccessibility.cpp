#include "desk/DeskAccessibility.h"

#include "client/DeskSession.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QComboBox>
#include <QMainWindow>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace handoff {

namespace {

// LiveRegion as a Notification (a QWidget would be a plain Client) named by what it announces.
class LiveRegionInterface : public QAccessibleWidget
{
public:
    explicit LiveRegionInterface(LiveRegion *w)
        : QAccessibleWidget(w, QAccessible::Notification)
    { }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name ? static_cast<LiveRegion *>(widget())->text() : QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *liveRegionFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("handoff::LiveRegion") && object && object->isWidgetType())
        return new LiveRegionInterface(static_cast<LiveRegion *>(object));
    return nullptr;
}

void name(QWidget *root, const char *objectName, const QString &accessibleName, const QString &description = {})
{
    auto *w = root->findChild<QWidget *>(QString::fromLatin1(objectName));
    if (!w)
        return;
    if (w->accessibleName() != accessibleName)
        w->setAccessibleName(accessibleName);
    if (!description.isEmpty() && w->accessibleDescription() != description)
        w->setAccessibleDescription(description);
}

} // namespace

LiveRegion::LiveRegion(QWidget *parent)
    : QWidget(parent)
{
    static const bool installed = [] {
        QAccessible::installFactory(liveRegionFactory);
        return true;
    }();
    Q_UNUSED(installed);
    setObjectName(QStringLiteral("liveRegion"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Outside any layout, no pixels: nothing on the screen changes.
    setGeometry(0, 0, 0, 0);
}

void LiveRegion::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    m_text = text;
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent shown(this, QAccessible::ObjectShow);
    QAccessible::updateAccessibility(&shown);
}

DeskAccessibility::DeskAccessibility(QMainWindow *window, DeskSession *session, std::function<QString()> connectionText)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_connectionText(std::move(connectionText))
    , m_live(new LiveRegion(window))
{
    setObjectName(QStringLiteral("deskAccessibility"));
    m_live->show();
    session->offers()->setQueueNames([session](const QString &id) {
        for (const QueueStatus &q : session->queues()->queues())
            if (q.id == id)
                return q.name;
        return QString();
    });
    nameMainWindow();
    connect(session->connection(), &DeskConnection::signedIn, this, &DeskAccessibility::nameMainWindow);
    connect(session, &DeskSession::messageArrived, this, &DeskAccessibility::onMessage);
    connect(session, &DeskSession::offerArrived, this, &DeskAccessibility::onOffer);
    connect(session, &DeskSession::presenceChanged, this, &DeskAccessibility::onPresence);
    connect(session->connection(), &DeskConnection::stateChanged, this, &DeskAccessibility::onConnection);
    connect(session, &DeskSession::offlineMessageArrived, this, [this](const OfflineMessage &m) {
        announce(m.name.isEmpty() ? tr("A visitor left a message.") : tr("%1 left a message.").arg(m.name));
    });
    connect(window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        announce(text); // notices and errors; cleared messages are empty and not announced
    });
    m_lastPresence = int(session->presence());
    m_lastConnection = int(session->connection()->state());
}

void DeskAccessibility::announce(const QString &text)
{
    m_live->announce(text);
}

void DeskAccessibility::nameMainWindow()
{
    QWidget *w = m_window;
    if (auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("queueTabs"))) {
        tabs->setAccessibleName(tr("Chats and messages"));
        tabs->tabBar()->setAccessibleName(tr("Chats and messages"));
    }
    if (auto *pages = w->findChild<QTabWidget *>(QStringLiteral("pages"))) {
        pages->setAccessibleName(tr("Chats and supervisor board"));
        pages->tabBar()->setAccessibleName(tr("Chats and supervisor board"));
    }
    // The supervisor board's parts.
    name(w, "tabs", tr("Board views"));
    name(w, "conversationsFilter", tr("Filter conversations"));
    name(w, "agentsFilter", tr("Filter agents"));
    name(w, "queuesFilter", tr("Filter queues"));
    name(w, "offersView", tr("Offers"),
        tr("Chats offered to you. Ctrl+Shift+A accepts the selected offer, Ctrl+Shift+D declines it."));
    name(w, "myChatsView", tr("My chats"), tr("Ctrl+Tab and Ctrl+Shift+Tab go to the next and previous chat."));
    name(w, "chatFilterCombo", tr("Show chats"), tr("All, only those waiting for your reply, unread or idle ones."));
    name(w, "chatOrderCombo", tr("Order of my chats"));
    name(w, "queuesView", tr("Queues"), tr("Visitors waiting in each queue."));
    name(w, "offlineMessagesView", tr("Messages left by visitors"));
    name(w, "transcriptView", tr("Transcript"), tr("The open chat's lines, oldest first."));
    name(w, "completionView", tr("Canned response suggestions"));
    name(w, "composer", tr("Message"),
        tr("Enter sends, Shift+Enter starts a new line, / suggests canned responses, Ctrl+Shift+I makes it an "
           "internal note."));
    name(w, "internalCheck", tr("Internal note"), tr("Only agents and supervisors see an internal note."));
    name(w, "fieldsView", tr("Fields the bot collected"), tr("Double-click or Copy puts a value on the clipboard."));
    name(w, "historyView", tr("Earlier chats of this customer"),
        tr("Enter or a double-click opens the chat's transcript and fields, read-only."));
    name(w, "cannedCategory", tr("Canned response category"));
    name(w, "cannedSearch", tr("Search canned responses"), tr("Enter inserts the selected response."));
    name(w, "cannedView", tr("Canned responses"));
    name(w, "presenceCombo", tr("Your status"), tr("Only Available agents are offered new chats."));
    name(w, "offlineTextView", tr("Left message"));
}

void DeskAccessibility::onMessage(const ChatMessage &m)
{
    const bool mine = m.author == AuthorKind::Agent && m.authorId == m_session->userId();
    if (mine)
        return;
    if (m.conversationId == m_session->currentConversationId()) {
        // A consult line is read from the consult thread: "Consult, Ben, 14:02: …".
        TranscriptModel *t = m.thread.isEmpty() ? m_session->transcript() : m_session->consultThread();
        for (int row = t->rowCount() - 1; row >= 0; --row)
            if (t->line(row).message.id == m.id) {
                announce(t->accessibleText(row));
                return;
            }
        announce(m.text);
        return;
    }
    if (m.author != AuthorKind::Visitor || m_session->myChats()->rowOf(m.conversationId) < 0)
        return;
    const auto chat = m_session->myChats()->chat(m.conversationId);
    const QString who = chat && !chat->conversation.visitorName.isEmpty() ? chat->conversation.visitorName
                                                                           : tr("a visitor");
    announce(tr("New message from %1 in another chat.").arg(who));
}

void DeskAccessibility::onOffer(const OfferInfo &offer)
{
    OfferModel *offers = m_session->offers();
    const int row = offers->rowOf(offer.conversationId);
    announce(row >= 0 ? tr("New chat offered. %1").arg(offers->accessibleText(row)) : tr("New chat offered."));
}

void DeskAccessibility::onPresence()
{
    const Presence p = m_session->presence();
    if (int(p) == m_lastPresence)
        return;
    m_lastPresence = int(p);
    switch (p) {
    case Presence::Available:
        announce(tr("Your status is Available."));
        break;
    case Presence::Busy:
        announce(tr("You have as many chats as you can take; no new offers until one ends."));
        break;
    case Presence::Away:
        announce(m_session->chosenPresence() == Presence::Away ? tr("Your status is Away.")
                                                               : tr("Your status was set to Away."));
        break;
    case Presence::Offline:
        announce(tr("Your status is Offline."));
        break;
    }
}

void DeskAccessibility::onConnection()
{
    const int s = int(m_session->connection()->state());
    if (s == m_lastConnection)
        return;
    m_lastConnection = s;
    announce(m_connectionText());
}

} // namespace handoff

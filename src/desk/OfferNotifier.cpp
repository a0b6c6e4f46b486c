#include "desk/OfferNotifier.h"
#include "client/PlainText.h"
#include "desk/DesktopNotifications.h"

#include <QApplication>
#include <QDir>
#include <QLibrary>
#include <QMetaEnum>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

namespace handoff {

namespace {

const QString kOfferPrefix = QStringLiteral("offer:");
const QString kConsultPrefix = QStringLiteral("consult:");
// The specification's urgency levels (hint "urgency", a byte).
constexpr int kNormal = 1;
constexpr int kCritical = 2;

} // namespace

QObject *OfferNotifier::newChime(QObject *parent)
{
#ifdef HANDOFF_DESK_HAS_MULTIMEDIA
    using Factory = QObject *(*)(QObject *);
    const QString dirs[] = { QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(HANDOFF_DESK_CHIME_FROM_BIN)),
        QStringLiteral(HANDOFF_DESK_CHIME_BUILD_DIR) };
    for (const QString &dir : dirs) {
        QLibrary module(QDir(dir).filePath(QStringLiteral("handoff-desk-chime")));
        if (auto factory = reinterpret_cast<Factory>(module.resolve("handoff_desk_new_chime")))
            return factory(parent); // the module stays loaded: QLibrary does not unload on destruction
    }
#endif
    Q_UNUSED(parent);
    return nullptr;
}

OfferNotifier::OfferNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

void OfferNotifier::setUp()
{
    if (m_setUp)
        return;
    m_setUp = true;
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/desk/icons/handoff.svg")), this);
        m_tray->setToolTip(trayToolTip());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit activated(); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &OfferNotifier::activated);
        m_tray->show();
    }
    m_desktop = new DesktopNotifications(this);
    connect(m_desktop, &DesktopNotifications::actionInvoked, this, &OfferNotifier::onAction);
    connect(m_desktop, &DesktopNotifications::closed, this, [this](const QString &key) { m_fallback.remove(key); });
    // A server that refuses a notification: the tray shows it instead, so nothing is lost.
    connect(m_desktop, &DesktopNotifications::failed, this, [this](const QString &key) {
        const auto texts = m_fallback.take(key);
        if (m_tray && !texts.second.isEmpty())
            m_tray->showMessage(texts.first, texts.second, QSystemTrayIcon::Information, 10000);
    });
    // Loaded once, soon after the start, so the first offer is heard at once, not after decoding.
    m_chime = newChime(this);
    if (m_chime) {
        m_chime->setProperty("source", QUrl(QStringLiteral("qrc:/desk/sounds/offer.wav")));
        m_chime->setProperty("volume", 0.8f);
    }
}

bool OfferNotifier::hasChime() const
{
    if (!m_chime)
        return false;
    const QMetaObject *type = m_chime->metaObject();
    const QMetaEnum status = type->enumerator(type->indexOfEnumerator("Status"));
    return m_chime->property("status").toInt() != status.keyToValue("Error");
}

void OfferNotifier::notifyOffer(const OfferInfo &offer)
{
    setUp();
    const auto &c = offer.conversation;
    const QString visitor = c.visitorName.isEmpty() ? tr("A visitor") : c.visitorName;
    const QString topic = c.topic.isEmpty() && c.handoff ? c.handoff->lastTopic : c.topic;
    QString text = topic.isEmpty() ? tr("%1 is waiting for you.").arg(visitor)
                                   : tr("%1 is waiting for you (%2).").arg(visitor, topic);
    if (c.handoff && !c.handoff->reason.isEmpty())
        text += QLatin1Char('\n') + c.handoff->reason;
    // Name, topic and reason come from the visitor and the bot: never markup for the notification server.
    m_last = plainNotification(text);
    ++m_shown;
    // Critical: most servers keep it on screen until the offer ends and the desk closes it.
    show(kOfferPrefix + offer.conversationId, tr("New chat offered"), m_last,
        { QStringLiteral("accept"), tr("Accept"), QStringLiteral("decline"), tr("Decline"), QStringLiteral("default"),
            tr("Open Handoff Desk") },
        kCritical, QSystemTrayIcon::Information, 10000);
    ringAndAlert();
}

void OfferNotifier::ringAndAlert()
{
    if (m_sound) {
        ++m_sounded;
        // The bundled chime when an audio output works; the system bell otherwise (no sound device,
        // or a build without QtMultimedia).
        if (hasChime()) {
            QMetaObject::invokeMethod(m_chime, "play");
        } else {
            QApplication::beep();
        }
    }
    QApplication::alert(m_window);
}

void OfferNotifier::notifyConsult(const ConsultInfo &consult)
{
    setUp();
    const QString visitor = consult.conversation.visitorName.isEmpty() ? tr("a visitor") : consult.conversation.visitorName;
    const QString topic = consult.conversation.topic;
    const QString text = topic.isEmpty() ? tr("%1 asks you about the chat with %2.").arg(consult.agentName, visitor)
                                         : tr("%1 asks you about the chat with %2 (%3).").arg(consult.agentName, visitor, topic);
    m_last = plainNotification(text);
    ++m_shown;
    show(kConsultPrefix + consult.conversationId, tr("Consult request"), m_last,
        { QStringLiteral("accept"), tr("Accept"), QStringLiteral("decline"), tr("Decline"), QStringLiteral("default"),
            tr("Open Handoff Desk") },
        kCritical, QSystemTrayIcon::Information, 10000);
    ringAndAlert();
}

void OfferNotifier::consultEnded(const QString &conversationId)
{
    m_fallback.remove(kConsultPrefix + conversationId);
    if (m_desktop)
        m_desktop->close(kConsultPrefix + conversationId);
}

void OfferNotifier::notifyOfflineMessage(const OfflineMessage &message)
{
    setUp();
    const QString visitor = message.name.isEmpty() ? tr("A visitor") : message.name;
    const QString queue = message.queueText();
    QString text
        = queue.isEmpty() ? tr("%1 left a message.").arg(visitor) : tr("%1 left a message in %2.").arg(visitor, queue);
    if (!message.firstLine().isEmpty())
        text += QLatin1Char('\n') + message.firstLine();
    m_last = plainNotification(text);
    ++m_shown;
    show(QStringLiteral("message:") + message.id, tr("New message left"), m_last,
        { QStringLiteral("default"), tr("Open Handoff Desk") }, kNormal, QSystemTrayIcon::Information, 10000);
}

void OfferNotifier::notifyStatus(const QString &title, const QString &text)
{
    m_last = plainNotification(text);
    ++m_shown;
    show(QStringLiteral("status"), title, m_last, { QStringLiteral("default"), tr("Open Handoff Desk") }, kNormal,
        QSystemTrayIcon::Warning, 30000);
}

bool OfferNotifier::usesDesktopNotifications() const
{
    return m_desktop && m_desktop->isAvailable();
}

void OfferNotifier::show(const QString &key, const QString &title, const QString &text, const QStringList &actions,
    int urgency, int trayIcon, int trayTimeoutMs)
{
    if (!m_notify)
        return;
    if (usesDesktopNotifications()) {
        const QVariantMap hints {
            { QStringLiteral("desktop-entry"), QStringLiteral("handoff-desk") },
            { QStringLiteral("category"), QStringLiteral("im.received") },
            { QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency)) },
        };
        m_fallback.insert(key, { title, text });
        // Timeout 0: the desk closes an offer's notification itself when the offer ends.
        m_desktop->show(key, title, text, actions, hints,
            key.startsWith(kOfferPrefix) || key.startsWith(kConsultPrefix) ? 0 : -1);
    } else if (m_tray) {
        m_tray->showMessage(title, text, QSystemTrayIcon::MessageIcon(trayIcon), trayTimeoutMs);
    }
}

void OfferNotifier::onAction(const QString &key, const QString &action)
{
    if (action == QLatin1String("default")) {
        emit activated();
        return;
    }
    if (key.startsWith(kConsultPrefix)) {
        const QString conversationId = key.mid(kConsultPrefix.size());
        if (action == QLatin1String("accept"))
            emit consultAcceptRequested(conversationId);
        else if (action == QLatin1String("decline"))
            emit consultDeclineRequested(conversationId);
        return;
    }
    if (!key.startsWith(kOfferPrefix))
        return;
    const QString conversationId = key.mid(kOfferPrefix.size());
    if (action == QLatin1String("accept"))
        emit acceptRequested(conversationId);
    else if (action == QLatin1String("decline"))
        emit declineRequested(conversationId);
}

void OfferNotifier::offerEnded(const QString &conversationId)
{
    m_fallback.remove(kOfferPrefix + conversationId);
    if (m_desktop)
        m_desktop->close(kOfferPrefix + conversationId);
}

void OfferNotifier::keepOffers(const QStringList &conversationIds)
{
    if (!m_desktop)
        return;
    for (const QString &key : m_desktop->shownKeys()) {
        if (key.startsWith(kOfferPrefix) && !conversationIds.contains(key.mid(kOfferPrefix.size())))
            offerEnded(key.mid(kOfferPrefix.size()));
    }
}

void OfferNotifier::setUnread(int unread)
{
    m_unread = unread;
    if (m_tray)
        m_tray->setToolTip(trayToolTip());
}

QString OfferNotifier::trayToolTip() const
{
    return m_unread > 0 ? tr("Handoff Desk — %n unread", nullptr, m_unread) : tr("Handoff Desk");
}

} // namespace handoff

#include "desk/OfferNotifier.h"
#include "client/PlainText.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>
#ifdef HANDOFF_DESK_HAS_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace handoff {

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
#ifdef HANDOFF_DESK_HAS_MULTIMEDIA
    // Loaded once, soon after the start, so the first offer is heard at once, not after decoding.
    m_chime = new QSoundEffect(this);
    m_chime->setSource(QUrl(QStringLiteral("qrc:/desk/sounds/offer.wav")));
    m_chime->setVolume(0.8f);
#endif
}

bool OfferNotifier::hasChime() const
{
#ifdef HANDOFF_DESK_HAS_MULTIMEDIA
    return m_chime && m_chime->status() != QSoundEffect::Error;
#else
    return false;
#endif
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
    if (m_notify && m_tray)
        m_tray->showMessage(tr("New chat offered"), m_last, QSystemTrayIcon::Information, 10000);
    if (m_sound) {
        ++m_sounded;
        // The bundled chime when an audio output works; the system bell otherwise (no sound device,
        // or a build without QtMultimedia).
        if (hasChime()) {
#ifdef HANDOFF_DESK_HAS_MULTIMEDIA
            m_chime->play();
#endif
        } else {
            QApplication::beep();
        }
    }
    QApplication::alert(m_window);
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
    if (m_notify && m_tray)
        m_tray->showMessage(tr("New message left"), m_last, QSystemTrayIcon::Information, 10000);
}

void OfferNotifier::notifyStatus(const QString &title, const QString &text)
{
    m_last = plainNotification(text);
    ++m_shown;
    if (m_notify && m_tray)
        m_tray->showMessage(title, m_last, QSystemTrayIcon::Warning, 30000);
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

#include "desk/OfferNotifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace handoff {

OfferNotifier::OfferNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/desk/icons/handoff.svg")), this);
        m_tray->setToolTip(tr("Handoff Desk"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { emit activated(); });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &OfferNotifier::activated);
        m_tray->show();
    }
}

void OfferNotifier::notifyOffer(const OfferInfo &offer)
{
    const auto &c = offer.conversation;
    const QString visitor = c.visitorName.isEmpty() ? tr("A visitor") : c.visitorName;
    const QString topic = c.topic.isEmpty() && c.handoff ? c.handoff->lastTopic : c.topic;
    m_last = topic.isEmpty() ? tr("%1 is waiting for you.").arg(visitor)
                             : tr("%1 is waiting for you (%2).").arg(visitor, topic);
    if (c.handoff && !c.handoff->reason.isEmpty())
        m_last += QLatin1Char('\n') + c.handoff->reason;
    ++m_shown;
    if (m_notify && m_tray)
        m_tray->showMessage(tr("New chat offered"), m_last, QSystemTrayIcon::Information, 10000);
    // QtMultimedia is not a build dependency; the system bell is heard on every desktop.
    if (m_sound)
        QApplication::beep();
    QApplication::alert(m_window);
}

void OfferNotifier::setUnread(int unread)
{
    if (m_tray)
        m_tray->setToolTip(unread > 0 ? tr("Handoff Desk — %n unread", nullptr, unread) : tr("Handoff Desk"));
}

} // namespace handoff

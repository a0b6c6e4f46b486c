#include "desk/DeskSettings.h"

#include <QCoreApplication>

namespace handoff {

namespace {

const QString kServer = QStringLiteral("connection/server");
const QString kUser = QStringLiteral("connection/user");
const QString kTlsCaFile = QStringLiteral("connection/tlsCaFile");
const QString kRemember = QStringLiteral("connection/rememberMe");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kSound = QStringLiteral("notifications/sound");
const QString kNotify = QStringLiteral("notifications/desktop");
const QString kChatFilter = QStringLiteral("chats/filter");
const QString kWindowState = QStringLiteral("window/state");
const QString kWindowGeometry = QStringLiteral("window/geometry");

} // namespace

// QSettings in user scope falls back to the system scope for keys the user has not set.
DeskSettings::DeskSettings()
    : m_settings(QSettings::UserScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
{ }

QString DeskSettings::systemFile()
{
    return QSettings(QSettings::SystemScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
        .fileName();
}

QString DeskSettings::tlsCaFile() const
{
    return m_settings.value(kTlsCaFile).toString();
}

QString DeskSettings::server() const
{
    return m_settings.value(kServer, QStringLiteral("127.0.0.1:8080")).toString();
}
void DeskSettings::setServer(const QString &s)
{
    m_settings.setValue(kServer, s);
}
QString DeskSettings::lastUser() const
{
    return m_settings.value(kUser).toString();
}
void DeskSettings::setLastUser(const QString &u)
{
    m_settings.setValue(kUser, u);
}
bool DeskSettings::rememberMe() const
{
    return m_settings.value(kRemember, false).toBool();
}
void DeskSettings::setRememberMe(bool on)
{
    m_settings.setValue(kRemember, on);
}

DeskSettings::Theme DeskSettings::theme() const
{
    return m_settings.value(kTheme).toString() == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

void DeskSettings::setTheme(Theme t)
{
    m_settings.setValue(kTheme, t == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

bool DeskSettings::soundOnOffer() const
{
    return m_settings.value(kSound, true).toBool();
}
void DeskSettings::setSoundOnOffer(bool on)
{
    m_settings.setValue(kSound, on);
}
bool DeskSettings::notifyOnOffer() const
{
    return m_settings.value(kNotify, true).toBool();
}
void DeskSettings::setNotifyOnOffer(bool on)
{
    m_settings.setValue(kNotify, on);
}
QString DeskSettings::chatFilter() const
{
    return m_settings.value(kChatFilter, QStringLiteral("all")).toString();
}
void DeskSettings::setChatFilter(const QString &filter)
{
    m_settings.setValue(kChatFilter, filter);
}
QByteArray DeskSettings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}
void DeskSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kWindowState, state);
}
QByteArray DeskSettings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}
void DeskSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

} // namespace handoff

#include "desk/DeskSettings.h"

#include <QCoreApplication>
#include <algorithm>

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
const QString kCacheMegabytes = QStringLiteral("files/cacheMegabytes");
constexpr int kDefaultCacheMegabytes = 200;
const QString kWindowState = QStringLiteral("window/state");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kLockedKeys = QStringLiteral("Locked/keys");
const QString kDefaultServer = QStringLiteral("127.0.0.1:8080");

// A value as it would be written to an INI file: "true" and true, "8080" and 8080 are the same setting.
QString canonical(const QVariant &v)
{
    if (v.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(v.toByteArray().toBase64());
    return v.toString();
}

} // namespace

// Each layer is read on its own: the user's QSettings must not fall back to the system files by itself,
// or a locked key could not ignore the user's value. The system layer keeps its fallbacks: every
// directory of XDG_CONFIG_DIRS is read, the first one that sets a key wins.
DeskSettings::DeskSettings()
    : m_user(QSettings::UserScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
    , m_system(QSettings::SystemScope, QCoreApplication::organizationName(), QCoreApplication::applicationName())
{
    m_user.setFallbacksEnabled(false);
}

QString DeskSettings::keyName(Key key)
{
    switch (key) {
    case Key::Server:
        return kServer;
    case Key::TlsCaFile:
        return kTlsCaFile;
    case Key::User:
        return kUser;
    case Key::RememberMe:
        return kRemember;
    case Key::Theme:
        return kTheme;
    case Key::SoundOnOffer:
        return kSound;
    case Key::NotifyOnOffer:
        return kNotify;
    }
    return {};
}

QString DeskSettings::lockedExplanation()
{
    return QCoreApplication::translate("handoff::DeskSettings", "Set by your IT department");
}

QString DeskSettings::lockedLabel(const QString &label)
{
    return QCoreApplication::translate("handoff::DeskSettings", "%1 (set by your IT department)").arg(label);
}

bool DeskSettings::isLocked(Key key) const
{
    return isLocked(keyName(key));
}

bool DeskSettings::isLocked(const QString &key) const
{
    // "keys=a, b" is read from an INI file as a list; from the Windows registry it is one string.
    // Names compare without case, as IT may write them either way.
    const QStringList locked
        = m_system.value(kLockedKeys).toStringList().join(QLatin1Char(',')).split(QLatin1Char(','));
    for (const QString &k : locked) {
        if (k.trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QVariant DeskSettings::value(const QString &key, const QVariant &fallback) const
{
    if (!isLocked(key) && m_user.contains(key))
        return m_user.value(key);
    return m_system.value(key, fallback);
}

void DeskSettings::store(const QString &key, const QVariant &v, const QVariant &fallback)
{
    if (isLocked(key))
        return;
    if (canonical(v) == canonical(m_system.value(key, fallback)))
        m_user.remove(key); // the same as IT's (or the built-in) value: keep following it
    else
        m_user.setValue(key, v);
}

QString DeskSettings::tlsCaFile() const
{
    return value(kTlsCaFile).toString();
}

int DeskSettings::attachmentCacheMegabytes() const
{
    bool ok = false;
    const int megabytes = value(kCacheMegabytes, kDefaultCacheMegabytes).toInt(&ok);
    return ok && megabytes >= 0 ? std::min(megabytes, 1024 * 1024) : kDefaultCacheMegabytes;
}

QString DeskSettings::server() const
{
    // Several routers, written "a:8080, b:8080" in an INI file, come back as a list.
    const QVariant v = value(kServer, kDefaultServer);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")) : v.toString();
}
void DeskSettings::setServer(const QString &s)
{
    store(kServer, s, kDefaultServer);
}
QString DeskSettings::lastUser() const
{
    return value(kUser).toString();
}
void DeskSettings::setLastUser(const QString &u)
{
    store(kUser, u, QString());
}
bool DeskSettings::rememberMe() const
{
    return value(kRemember, false).toBool();
}
void DeskSettings::setRememberMe(bool on)
{
    store(kRemember, on, false);
}

DeskSettings::Theme DeskSettings::theme() const
{
    return value(kTheme).toString() == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

void DeskSettings::setTheme(Theme t)
{
    store(kTheme, t == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"), QStringLiteral("light"));
}

bool DeskSettings::soundOnOffer() const
{
    return value(kSound, true).toBool();
}
void DeskSettings::setSoundOnOffer(bool on)
{
    store(kSound, on, true);
}
bool DeskSettings::notifyOnOffer() const
{
    return value(kNotify, true).toBool();
}
void DeskSettings::setNotifyOnOffer(bool on)
{
    store(kNotify, on, true);
}
QString DeskSettings::chatFilter() const
{
    return value(kChatFilter, QStringLiteral("all")).toString();
}
void DeskSettings::setChatFilter(const QString &filter)
{
    store(kChatFilter, filter, QStringLiteral("all"));
}
QByteArray DeskSettings::windowState() const
{
    return value(kWindowState).toByteArray();
}
void DeskSettings::setWindowState(const QByteArray &state)
{
    m_user.setValue(kWindowState, state);
}
QByteArray DeskSettings::windowGeometry() const
{
    return value(kWindowGeometry).toByteArray();
}
void DeskSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_user.setValue(kWindowGeometry, geometry);
}

} // namespace handoff

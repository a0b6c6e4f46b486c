// The desk's settings, in two layers. The system-wide file, which IT manages (on Linux
// /etc/xdg/Handoff/handoff-desk.conf; every directory of XDG_CONFIG_DIRS is read, the first that sets
// a key wins), is read on every start; the
// user's own file (~/.config/Handoff/handoff-desk.conf) overrides it only for what the user changed:
// a value equal to what the system file (or the built-in default) says is not written to the user's
// file, so a later change of the system file reaches every user who did not choose otherwise.
// The system file may lock keys (group [Locked], key `keys`, a comma-separated list of setting names
// such as connection/server): a locked key always has the system's value, a user's value for it is
// ignored and never written, and the desk shows it read-only ("Set by your IT department").
// No secret is ever stored here.
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace handoff {

class DeskSettings
{
public:
    enum class Theme { Light, Dark };
    // The settings the user can change in the desk, and so the ones IT may lock.
    enum class Key { Server, TlsCaFile, User, RememberMe, Theme, SoundOnOffer, NotifyOnOffer };

    DeskSettings();

    QString server() const; // router address, e.g. "chat.example.org:8080"
    void setServer(const QString &s);
    // PEM file of the CA that signed the router's certificate (wss:// and https:// addresses), trusted in
    // addition to the system's; usually set by IT in the system-wide file. Empty = the system's CAs only.
    QString tlsCaFile() const;
    // How much the cache of received files may hold (files/cacheMegabytes, default 200); the least
    // recently used go first. IT may set it in the system-wide file.
    int attachmentCacheMegabytes() const;
    QString lastUser() const;
    void setLastUser(const QString &u);
    bool rememberMe() const; // keep a sign-in token in the system keychain
    void setRememberMe(bool on);
    Theme theme() const;
    void setTheme(Theme t);
    bool soundOnOffer() const;
    void setSoundOnOffer(bool on);
    bool notifyOnOffer() const;
    void setNotifyOnOffer(bool on);
    // Which of my chats the list shows: "all", "waiting", "unread" or "idle".
    QString chatFilter() const;
    void setChatFilter(const QString &filter);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // True when the system-wide file locks this setting: the desk shows it read-only and ignores
    // the user's value.
    bool isLocked(Key key) const;
    static QString keyName(Key key); // as written in the files, e.g. "connection/server"
    // The text locked controls carry as tooltip and accessible description.
    static QString lockedExplanation();
    // A locked control's label with the explanation after it: "Sound on new offers (set by your IT department)".
    static QString lockedLabel(const QString &label);

    // Where the user's settings and the system-wide defaults are read from (for the docs and support).
    QString userFile() const { return m_user.fileName(); }
    QString systemFile() const { return m_system.fileName(); } // in the first XDG_CONFIG_DIRS directory

private:
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    // Writes to the user's file only what differs from the system's value (or the default); a locked
    // key is never written.
    void store(const QString &key, const QVariant &v, const QVariant &fallback = {});
    bool isLocked(const QString &key) const;

    QSettings m_user;
    QSettings m_system;
};

} // namespace handoff

// The desk's settings. Per-user values live in the user's QSettings file; IT can set defaults for
// every user of a computer in the system-wide file (on Linux /etc/xdg/Handoff/handoff-desk.conf),
// which QSettings reads when the user has not set a value. No secret is ever stored here.
#pragma once

#include <QSettings>
#include <QString>

namespace handoff {

class DeskSettings
{
public:
    enum class Theme { Light, Dark };

    DeskSettings();

    QString server() const; // router address, e.g. "chat.example.org:8080"
    void setServer(const QString &s);
    // PEM file of the CA that signed the router's certificate (wss:// and https:// addresses), trusted in
    // addition to the system's; usually set by IT in the system-wide file. Empty = the system's CAs only.
    QString tlsCaFile() const;
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

    // Where the user's settings and the system-wide defaults are read from (for the docs and support).
    QString userFile() const { return m_settings.fileName(); }
    static QString systemFile();

private:
    QSettings m_settings;
};

} // namespace handoff

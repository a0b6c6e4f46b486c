// The handoff-router command line: `serve` runs the router; `user`, `token`, `demo`, `queue`, `rule` and
// `routing` administer the data directory and its routing file. Errors are one
// clear line on stderr and a non-zero exit code.
#pragma once

#include "router/RoutingFile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace handoff::store {
class Store;
}

namespace handoff::router {

class RouterCommandLine
{
public:
    RouterCommandLine();
    int run(const QStringList &arguments);

private:
    int serve();
    int userAdd(const QStringList &args);
    int userList();
    int userPasswd(const QStringList &args);
    int tokenAdd(const QStringList &args);
    int webhookAdd(const QStringList &args);
    int webhookList();
    int webhookRemove(const QStringList &args);
    int webhookLog();
    int demo();
    int userSet(const QStringList &args);
    int queueList();
    int queueAdd(const QStringList &args);
    int queueSet(const QStringList &args);
    // Writes the queue flags given on the command line into the queue object; false with *error on a bad value.
    bool applyQueueOptions(QJsonObject *queue, QString *error) const;
    int queueRemove(const QStringList &args);
    int ruleList();
    int ruleAdd(const QStringList &args);
    int ruleRemove(const QStringList &args);
    int routingCheck(const QStringList &args);
    int report(const QStringList &args);
    QString routingFilePath(QString *error) const; // DATA/routing.json
    // The routing file read for an edit; nullopt with *error when it cannot be found or read.
    std::optional<RoutingFile> loadRoutingFile(QString *error) const;
    // Validates and writes the edited file, then says `done` and how a running router picks it up.
    int saveRoutingFile(RoutingFile &file, const QString &done) const;
    // Position of the object whose `key` is `value` in a list of queues or rules; -1 when there is none.
    // queue remove / rule remove: drops the entry of `list` whose `key` is the argument; the texts are the command's.
    int removeEntry(const QStringList &args, const QString &list, const QString &key, const QString &usage,
        const QString &missing, const QString &done);
    static qsizetype indexOfEntry(const QJsonArray &list, const QString &key, const QString &value);

    bool resolveDataDir(QString *dir, QString *error) const;
    std::unique_ptr<store::Store> openStore(QString *error) const;
    QString databaseLocation() const; // --database, the config's "database", or handoff.db in the data dir
    QString readPassword(const QString &prompt) const;
    int fail(const QString &message) const;

    QStringList m_arguments; // as given to run(), for advice that repeats the command
    QCommandLineParser m_parser;
    QCommandLineOption m_listen;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_database;
    QCommandLineOption m_tlsCert;
    QCommandLineOption m_tlsKey;
    QCommandLineOption m_config;
    QCommandLineOption m_role;
    QCommandLineOption m_password;
    QCommandLineOption m_displayName;
    QCommandLineOption m_skills;
    QCommandLineOption m_capacity;
    QCommandLineOption m_name;
    QCommandLineOption m_priority;
    QCommandLineOption m_timeZone;
    QCommandLineOption m_hours;
    QCommandLineOption m_overflow;
    QCommandLineOption m_after;
    QCommandLineOption m_closedMessage;
    QCommandLineOption m_noAgentsMessage;
    QCommandLineOption m_offerFormAfter;
    QCommandLineOption m_if;
    QCommandLineOption m_queue;
    QCommandLineOption m_position;
    QCommandLineOption m_events;
    QCommandLineOption m_secret;
    QCommandLineOption m_limit;
    QCommandLineOption m_kpi;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_json;
    // Listed in --help only: main() takes `--language` off the line before the parser sees it.
    QCommandLineOption m_language;
    QString m_configDataDir;
    QString m_configDatabase;
};

} // namespace handoff::router

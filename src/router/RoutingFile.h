// The routing file in the data directory (routing.json) as the command line edits it: read as JSON, changed
// field by field, validated by RoutingConfig::fromJson and written atomically, so a bad edit never reaches
// the file a running router reloads on SIGHUP.
#pragma once

#include "routing/RoutingConfig.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace handoff::router {

class RoutingFile
{
public:
    explicit RoutingFile(QString path);

    static QString inDataDir(const QString &dataDir); // DATA/routing.json

    const QString &path() const { return m_path; }
    bool exists() const;
    // Reads the file, or starts from the default configuration when there is none yet.
    bool load(QString *error);
    QJsonObject &root() { return m_root; }
    // Validates the edited configuration; writes it only when valid. *error names the line and field.
    bool save(QString *error);
    // Reads and validates a routing file without changing it.
    static std::optional<routing::RoutingConfig> check(const QString &path, QString *error);

private:
    QString m_path;
    QJsonObject m_root;
};

} // namespace handoff::router

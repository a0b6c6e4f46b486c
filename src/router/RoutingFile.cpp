#include "router/RoutingFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace handoff::router {

namespace {

// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::router::RoutingFile)
};

} // namespace

RoutingFile::RoutingFile(QString path)
    : m_path(std::move(path))
{ }

QString RoutingFile::inDataDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("routing.json"));
}

bool RoutingFile::exists() const
{
    return QFileInfo::exists(m_path);
}

bool RoutingFile::load(QString *error)
{
    QByteArray json;
    if (!exists()) {
        json = routing::RoutingConfig::defaults().toJson();
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("cannot read %1: %2").arg(m_path, file.errorString());
            return false;
        }
        json = file.readAll();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        // The validator turns JSON syntax errors into a line number.
        QString why;
        if (!routing::RoutingConfig::fromJson(json, &why))
            *error = QStringLiteral("%1: %2").arg(m_path, why);
        else
            *error = Text::tr("%1: not a JSON object").arg(m_path);
        return false;
    }
    m_root = document.object();
    return true;
}

bool RoutingFile::save(QString *error)
{
    const QByteArray json = QJsonDocument(m_root).toJson(QJsonDocument::Indented);
    QString why;
    if (!routing::RoutingConfig::fromJson(json, &why)) {
        *error = Text::tr("not changed, the result would be invalid: %1").arg(why);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

std::optional<routing::RoutingConfig> RoutingFile::check(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    auto config = routing::RoutingConfig::fromJson(file.readAll(), &why);
    if (!config)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return config;
}

} // namespace handoff::router

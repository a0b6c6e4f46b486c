#include "client/CannedResponseModel.h"
#include "client/PlainText.h"

#include <algorithm>

namespace handoff {

CannedResponseModel::CannedResponseModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int CannedResponseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant CannedResponseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const CannedResponse &c = m_visible.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("/%1 — %2").arg(c.shortcut, c.title);
    case Qt::ToolTipRole:
        return plainToolTip(c.text);
    case TextRole:
        return c.text;
    case IdRole:
        return c.id;
    case ShortcutRole:
        return c.shortcut;
    case TitleRole:
        return c.title;
    case CategoryRole:
        return c.category;
    case PersonalRole:
        return c.personal;
    default:
        return {};
    }
}

QHash<int, QByteArray> CannedResponseModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(ShortcutRole, "shortcut");
    names.insert(TitleRole, "title");
    names.insert(CategoryRole, "category");
    names.insert(TextRole, "text");
    names.insert(PersonalRole, "personal");
    return names;
}

void CannedResponseModel::setShared(const QList<CannedResponse> &responses)
{
    m_shared = responses; // the router's list: shared ones and any it keeps per agent
    rebuild();
}

void CannedResponseModel::setPersonal(const QList<CannedResponse> &responses)
{
    m_personal = responses;
    for (auto &c : m_personal)
        c.personal = true;
    rebuild();
}

QList<CannedResponse> CannedResponseModel::all() const
{
    // Personal ones first: an agent's own "/hi" wins over a shared "/hi".
    return m_personal + m_shared;
}

QStringList CannedResponseModel::categories() const
{
    QStringList out;
    const auto list = all();
    for (const CannedResponse &c : list)
        if (!c.category.isEmpty() && !out.contains(c.category))
            out << c.category;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

void CannedResponseModel::setFilter(const QString &category, const QString &search)
{
    m_category = category;
    m_search = search.trimmed();
    rebuild();
}

std::optional<CannedResponse> CannedResponseModel::byShortcut(const QString &shortcut) const
{
    QString s = shortcut.trimmed();
    if (s.startsWith(QLatin1Char('/')))
        s.remove(0, 1);
    const auto list = all();
    for (const CannedResponse &c : list)
        if (c.shortcut.compare(s, Qt::CaseInsensitive) == 0)
            return c;
    return std::nullopt;
}

QList<CannedResponse> CannedResponseModel::completions(const QString &prefix) const
{
    QString p = prefix;
    if (p.startsWith(QLatin1Char('/')))
        p.remove(0, 1);
    QList<CannedResponse> out;
    QStringList seen;
    const auto list = all();
    for (const CannedResponse &c : list)
        if (c.shortcut.startsWith(p, Qt::CaseInsensitive) && !seen.contains(c.shortcut, Qt::CaseInsensitive)) {
            out << c;
            seen << c.shortcut;
        }
    std::stable_sort(out.begin(), out.end(),
        [](const CannedResponse &a, const CannedResponse &b) { return a.shortcut.size() < b.shortcut.size(); });
    return out;
}

CannedResponse CannedResponseModel::at(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row) : CannedResponse {};
}

void CannedResponseModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    const auto list = all();
    for (const CannedResponse &c : list) {
        if (!m_category.isEmpty() && c.category != m_category)
            continue;
        if (!m_search.isEmpty() && !c.shortcut.contains(m_search, Qt::CaseInsensitive)
            && !c.title.contains(m_search, Qt::CaseInsensitive) && !c.text.contains(m_search, Qt::CaseInsensitive))
            continue;
        m_visible << c;
    }
    endResetModel();
}

} // namespace handoff

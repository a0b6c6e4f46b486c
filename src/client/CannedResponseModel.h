// Canned responses: the shared ones from the router (`canned.list`) and the agent's personal ones
// from the local cache, filtered by category and search words, with "/shortcut" lookup for the composer.
#pragma once

#include "client/DeskTypes.h"

#include <QAbstractListModel>

namespace handoff {

class CannedResponseModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ShortcutRole, TitleRole, CategoryRole, TextRole, PersonalRole };

    explicit CannedResponseModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setShared(const QList<CannedResponse> &responses); // from the router
    // Kept on this computer only.
    void setPersonal(const QList<CannedResponse> &responses);
    QList<CannedResponse> all() const;

    QStringList categories() const; // sorted, without duplicates
    // Empty category or search = no restriction. Search matches shortcut, title and text.
    void setFilter(const QString &category, const QString &search);

    std::optional<CannedResponse> byShortcut(const QString &shortcut) const; // exact, "/" optional
    QList<CannedResponse> completions(const QString &prefix) const; // shortcut starts with prefix
    CannedResponse at(int row) const;

private:
    void rebuild();

    QList<CannedResponse> m_shared;
    QList<CannedResponse> m_personal;
    QList<CannedResponse> m_visible;
    QString m_category;
    QString m_search;
};

} // namespace handoff

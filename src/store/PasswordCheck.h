// The sign-in check both stores share, over their own connection: read the user's hash, verify (a dummy
// hash for unknown names, so the time does not tell which names exist), and after a match replace an
// outdated hash with a current one unless the password changed meanwhile.
#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <functional>

class QSqlQuery;

namespace handoff::store {

// `exec` runs a prepared query the way the store does (recording errors, reconnecting if it does).
Store::PasswordCheck checkPasswordIn(const QSqlDatabase &db, const QString &name, const QString &password,
                                     const std::function<bool(QSqlQuery &)> &exec);

} // namespace handoff::store

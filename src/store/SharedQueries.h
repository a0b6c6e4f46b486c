// Statements both stores run the same way (the same SQL in SQLite and PostgreSQL), each over the store's
// own connection and with its own `exec` (which records errors, and reconnects where the store does).
#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <functional>

class QSqlQuery;

namespace handoff::store {

// The sign-in check: read the user's hash, verify (a dummy hash for unknown names, so the time does not
// tell which names exist), and after a match replace an outdated hash with a current one unless the
// password changed meanwhile.
Store::PasswordCheck checkPasswordIn(const QSqlDatabase &db, const QString &name, const QString &password,
                                     const std::function<bool(QSqlQuery &)> &exec);
// Store::deleteConversation: the transcript, then the conversation.
bool deleteConversationIn(const QSqlDatabase &db, const QString &id, const std::function<bool(QSqlQuery &)> &exec);

} // namespace handoff::store

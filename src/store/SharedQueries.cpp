#include "store/SharedQueries.h"

#include "store/PasswordHash.h"

#include <QSqlQuery>
#include <QVariant>

namespace handoff::store {

Store::PasswordCheck checkPasswordIn(const QSqlDatabase &db, const QString &name, const QString &password,
                                     const std::function<bool(QSqlQuery &)> &exec)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE name = ?"));
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!exec(q))
        return Store::PasswordCheck::Failed;
    if (!q.next()) {
        PasswordHash::verifyDummy(password);
        return Store::PasswordCheck::Mismatch;
    }
    const QString stored = q.value(0).toString();
    if (!PasswordHash::verify(password, stored))
        return Store::PasswordCheck::Mismatch;
    if (PasswordHash::needsRehash(stored)) {
        // Only while the old hash is still there: a password set meanwhile is not overwritten.
        const QString current = PasswordHash::create(password);
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ? AND password_hash = ?"));
        update.addBindValue(current);
        update.addBindValue(name);
        update.addBindValue(stored);
        if (current.isEmpty() || !exec(update))
            qWarning("store: cannot replace the outdated password hash of %s", qPrintable(name));
    }
    return Store::PasswordCheck::Match;
}

bool deleteConversationIn(const QSqlDatabase &db, const QString &id, const std::function<bool(QSqlQuery &)> &exec)
{
    QSqlQuery messages(db);
    messages.prepare(QStringLiteral("DELETE FROM messages WHERE conversation_id = ?"));
    messages.addBindValue(id);
    QSqlQuery conversation(db);
    conversation.prepare(QStringLiteral("DELETE FROM conversations WHERE id = ?"));
    conversation.addBindValue(id);
    return exec(messages) && exec(conversation);
}

} // namespace handoff::store

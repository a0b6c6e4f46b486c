// A small fixed order table for demonstrations and tests, behind the OrderDirectory interface
// a shop would implement against its real order system.
#pragma once

#include "bot/BotEngine.h"

#include <QMap>

namespace handoff::bot {

class DemoOrderDirectory : public OrderDirectory
{
public:
    DemoOrderDirectory();

    std::optional<QString> statusOf(const QString &orderNumber) const override;
    std::optional<Order> lookup(const QString &orderNumber) const override;
    std::optional<Order> lookup(const QString &orderNumber, const QString &language) const override;

private:
    struct Entry {
        const char *status; // source text, translated when looked up
        QString total;
    };
    QMap<QString, Entry> m_orders;
};

} // namespace handoff::bot

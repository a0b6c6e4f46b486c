// DemoOrderDirectory: six fixed orders, enough to show every answer of the order-status topic.
#include "bot/DemoOrderDirectory.h"
#include "bot/VisitorLanguage.h"

#include <QCoreApplication>

namespace handoff::bot {

namespace {
// The texts of this file, all under one translation context. lupdate reads the context from the macro, so
// the run-time lookup and the .ts entry agree wherever the call stands (free function, member, nested class).
class Text
{
    Q_DECLARE_TR_FUNCTIONS(handoff::bot::DemoOrderDirectory)
};
} // namespace

DemoOrderDirectory::DemoOrderDirectory()
{
    // The status sentences are looked up when asked, in the router's language or the visitor's.
    m_orders.insert(QStringLiteral("A1001"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory",
              "Shipped on 18 November; it should arrive within 2 working days."),
            QStringLiteral("59.90 EUR") });
    m_orders.insert(QStringLiteral("A1002"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory",
              "Being prepared in our warehouse; it will ship within 24 hours."),
            QStringLiteral("124.50 EUR") });
    m_orders.insert(QStringLiteral("A1003"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory", "Delivered on 20 November."),
            QStringLiteral("19.99 EUR") });
    m_orders.insert(QStringLiteral("A1004"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory",
              "Cancelled at your request; the refund was issued on 21 November."),
            QStringLiteral("42.00 EUR") });
    m_orders.insert(QStringLiteral("B2001"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory", "Waiting for payment."), QStringLiteral("310.00 EUR") });
    m_orders.insert(QStringLiteral("B2002"),
        { QT_TRANSLATE_NOOP("handoff::bot::DemoOrderDirectory", "Returned; the refund is being processed."),
            QStringLiteral("75.25 EUR") });
}

std::optional<QString> DemoOrderDirectory::statusOf(const QString &orderNumber) const
{
    const std::optional<Order> order = lookup(orderNumber);
    if (!order)
        return std::nullopt;
    return order->status;
}

std::optional<OrderDirectory::Order> DemoOrderDirectory::lookup(const QString &orderNumber) const
{
    auto it = m_orders.constFind(orderNumber.trimmed().toUpper());
    if (it == m_orders.constEnd())
        return std::nullopt;
    return Order { Text::tr(it->status), it->total };
}

std::optional<OrderDirectory::Order> DemoOrderDirectory::lookup(
    const QString &orderNumber, const QString &language) const
{
    auto it = m_orders.constFind(orderNumber.trimmed().toUpper());
    if (it == m_orders.constEnd())
        return std::nullopt;
    return Order { VisitorLanguage::translate(VisitorLanguage::choose(language), "handoff::bot::DemoOrderDirectory",
                       it->status),
        it->total };
}

} // namespace handoff::bot

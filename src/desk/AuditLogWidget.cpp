#include "desk/AuditLogWidget.h"

#include "client/SupervisorBoard.h"
#include "desk/BoardFilterModel.h"
#include "desk/BoardView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace handoff {

AuditLogWidget::AuditLogWidget(SupervisorBoard *board, Log log, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_log(log)
    , m_proxy(new BoardFilterModel(BoardFilterModel::Kind::Other, this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_count(new QLabel(this))
    , m_view(new BoardView(this))
{
    const bool audit = log == Log::Audit;
    const QString prefix = audit ? QStringLiteral("audit") : QStringLiteral("deliveries");
    m_filter->setObjectName(prefix + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(audit ? tr("Filter by person, action, chat or desk")
                                       : tr("Filter by event, address, state or chat"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setObjectName(prefix + QStringLiteral("RefreshButton"));
    m_view->setObjectName(prefix + QStringLiteral("View"));
    m_proxy->setSourceModel(audit ? static_cast<QAbstractItemModel *>(board->auditLog()) : board->deliveries());
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(audit ? tr("Audit log") : tr("Webhook deliveries"));
    m_view->sortByColumn(0, Qt::DescendingOrder); // the time of each row
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *label = new QLabel(tr("&Filter:"), this);
    label->setBuddy(m_filter);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &AuditLogWidget::refresh);
    auto updateCount = [this, audit] {
        m_count->setText(tr("Entries: %1").arg(m_proxy->rowCount()));
        const QList<int> fitted = audit
            ? QList<int> { AuditLogModel::AtColumn, AuditLogModel::ActorColumn, AuditLogModel::ActionColumn,
                  AuditLogModel::TargetColumn }
            : QList<int> { WebhookDeliveryModel::CreatedColumn, WebhookDeliveryModel::EventColumn,
                  WebhookDeliveryModel::UrlColumn, WebhookDeliveryModel::StateColumn,
                  WebhookDeliveryModel::AttemptsColumn, WebhookDeliveryModel::ChatColumn };
        for (int c : fitted)
            m_view->resizeColumnToContents(c);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(board, &SupervisorBoard::actionFinished, this, [this](const QString &action) {
        if (action == QLatin1String(m_log == Log::Audit ? "audit.list" : "webhooks.deliveries")) {
            // Its own answer (or failure) is no new entry: asking again here would ask for ever.
            m_inFlight = false;
            if (std::exchange(m_again, false))
                refresh();
            return;
        }
        if (isVisible())
            refresh();
    });
    updateCount();
}

void AuditLogWidget::refresh()
{
    // One request at a time: whatever asks while one is on its way (tab switches, a burst of actions)
    // is answered by one more request after it, not by one each.
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_fetched.start();
    if (m_log == Log::Audit)
        m_board->requestAudit(500);
    else
        m_board->requestDeliveries(500);
}

void AuditLogWidget::showEvent(QShowEvent *e)
{
    QWidget::showEvent(e);
    // Coming back to the tab shows the log again without asking when it was fetched moments ago.
    if (!m_fetched.isValid() || m_fetched.hasExpired(kFreshMs))
        refresh();
}

} // namespace handoff

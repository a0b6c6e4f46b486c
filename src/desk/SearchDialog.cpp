#include "desk/SearchDialog.h"
#include "client/PlainText.h"

#include "client/DeskSession.h"
#include "ui_SearchDialog.h"

#include "desk/EarlierChatDialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

SearchDialog::SearchDialog(DeskSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SearchDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->resultsView->setAccessibleName(tr("Results"));
    m_ui->resultsView->setModel(&m_results);
    m_ui->resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->resultsView->setTextElideMode(Qt::ElideRight);
    m_ui->resultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->resultsView->setAlternatingRowColors(true);
    connect(m_ui->queryEdit, &QLineEdit::textChanged, this, &SearchDialog::runSearch);
    auto open = [this](const QModelIndex &i) {
        if (i.isValid())
            emit conversationChosen(i.data(Qt::UserRole).toString());
    };
    connect(m_ui->resultsView, &QListView::activated, this, open);
    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, [this, open] {
        open(m_ui->resultsView->currentIndex().isValid() ? m_ui->resultsView->currentIndex() : m_results.index(0, 0));
    });
    // Down from the words goes to the hits, Up from the first hit back to the words, as in a browser's bar.
    m_ui->queryEdit->installEventFilter(this);
    m_ui->resultsView->installEventFilter(this);
    m_ui->queryEdit->setFocus();
    // Enter belongs to the hits: it must never fall through to Close when nothing was found.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAutoDefault(false);

    if (session->connection()->user().role != Role::Supervisor)
        return;
    // Supervisors: every conversation of signed-in customers, from the router.
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    const int at = layout->indexOf(m_ui->statusLabel) + 1;
    auto *label = new QLabel(tr("Signed-in &customers (every chat, from the router):"), this);
    m_customersView = new QListView(this);
    m_customersView->setObjectName(QStringLiteral("customersView"));
    m_customersView->setModel(&m_customers);
    m_customersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_customersView->setUniformItemSizes(true);
    m_customersView->setAccessibleName(tr("Conversations of signed-in customers"));
    label->setBuddy(m_customersView);
    m_customersStatus = new QLabel(this);
    m_customersStatus->setTextFormat(Qt::PlainText);
    m_customersStatus->setWordWrap(true);
    layout->insertWidget(at, label);
    layout->insertWidget(at + 1, m_customersView);
    layout->insertWidget(at + 2, m_customersStatus);
    setTabOrder(m_ui->resultsView, m_customersView);
    m_customerSearch.setSingleShot(true);
    m_customerSearch.setInterval(300);
    connect(&m_customerSearch, &QTimer::timeout, this, &SearchDialog::searchCustomers);
    connect(m_ui->queryEdit, &QLineEdit::textChanged, &m_customerSearch, qOverload<>(&QTimer::start));
    connect(m_customersView, &QListView::activated, this, &SearchDialog::openCustomerChat);
    resize(width(), 560);
}

void SearchDialog::searchCustomers()
{
    const QString query = m_ui->queryEdit->text().trimmed();
    m_customers.clear();
    if (query.size() < 2) {
        m_customersStatus->clear();
        return;
    }
    m_session->searchCustomers(query, [this, guard = QPointer<SearchDialog>(this), query](
                                          const QList<DeskSession::CustomerHit> &hits, bool more, const QString &error) {
        if (!guard || m_ui->queryEdit->text().trimmed() != query)
            return;
        m_customers.clear();
        for (const DeskSession::CustomerHit &h : hits) {
            const QString who = h.customer.name.isEmpty() ? h.customer.subject : h.customer.name;
            auto *item = new QStandardItem(tr("%1 <%2> · %3\n%4")
                                               .arg(who, h.customer.email, h.customer.subject,
                                                    CustomerHistoryModel::lineFor(h.conversation)));
            item->setData(tr("%1, %2, customer %3: %4")
                              .arg(who, h.customer.email, h.customer.subject,
                                   CustomerHistoryModel::wordsFor(h.conversation)),
                          Qt::AccessibleTextRole);
            item->setData(h.conversation.id, Qt::UserRole);
            m_customers.appendRow(item);
        }
        m_hits = hits;
        if (!error.isEmpty())
            m_customersStatus->setText(error);
        else if (hits.isEmpty())
            m_customersStatus->setText(tr("No signed-in customer matches “%1”.").arg(query));
        else
            m_customersStatus->setText(more ? tr("The latest %1 chats; refine the search to see others.").arg(hits.size())
                                            : tr("Chats found: %1. Enter opens one, read-only.").arg(hits.size()));
    });
}

void SearchDialog::openCustomerChat(const QModelIndex &index)
{
    const int row = index.row();
    if (row < 0 || row >= m_hits.size())
        return;
    const EarlierConversation entry = m_hits.at(row).conversation;
    m_session->fetchConversation(entry.id, [this, guard = QPointer<SearchDialog>(this), entry](
                                               const std::optional<ConversationSummary> &conversation,
                                               const QList<ChatMessage> &messages, const QString &error) {
        if (!guard)
            return;
        if (!conversation) {
            m_customersStatus->setText(error);
            return;
        }
        auto *dialog = new EarlierChatDialog(*conversation, entry, messages, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_ui->queryEdit && key->key() == Qt::Key_Down && m_results.rowCount() > 0) {
        if (!m_ui->resultsView->currentIndex().isValid())
            m_ui->resultsView->setCurrentIndex(m_results.index(0, 0));
        m_ui->resultsView->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (watched == m_ui->resultsView && key->key() == Qt::Key_Up && m_ui->resultsView->currentIndex().row() <= 0) {
        m_ui->queryEdit->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::runSearch()
{
    m_results.clear();
    const auto hits = m_session->searchTranscripts(m_ui->queryEdit->text(), 100);
    for (const SearchHit &h : hits) {
        // Who and when above the line itself, so a long line is cut at the end and never scrolls sideways.
        auto *item = new QStandardItem(
            tr("Chat with %1 · %2\n%3")
                .arg(h.visitorName.isEmpty() ? tr("a visitor") : h.visitorName,
                    QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat), h.snippet.simplified()));
        item->setData(h.conversationId, Qt::UserRole);
        item->setToolTip(plainToolTip(h.snippet));
        m_results.appendRow(item);
    }
    const QString words = m_ui->queryEdit->text().trimmed();
    if (words.isEmpty())
        m_ui->statusLabel->clear();
    else if (hits.isEmpty())
        m_ui->statusLabel->setText(tr("No transcript on this computer contains “%1”.").arg(words));
    else
        m_ui->statusLabel->setText(
            tr("Lines found: %1. Down goes to the list, Enter opens the chat.").arg(hits.size()));
}

} // namespace handoff

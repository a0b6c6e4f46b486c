#include "desk/SearchDialog.h"

#include "client/DeskSession.h"
#include "ui_SearchDialog.h"

namespace handoff {

SearchDialog::SearchDialog(DeskSession *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SearchDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->resultsView->setModel(&m_results);
    m_ui->resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_ui->queryEdit, &QLineEdit::textChanged, this, &SearchDialog::runSearch);
    auto open = [this](const QModelIndex &i) {
        if (i.isValid())
            emit conversationChosen(i.data(Qt::UserRole).toString());
    };
    connect(m_ui->resultsView, &QListView::activated, this, open);
    connect(m_ui->queryEdit, &QLineEdit::returnPressed, this, [this, open] {
        open(m_ui->resultsView->currentIndex().isValid() ? m_ui->resultsView->currentIndex() : m_results.index(0, 0));
    });
}

SearchDialog::~SearchDialog() = default;

void SearchDialog::runSearch()
{
    m_results.clear();
    const auto hits = m_session->searchTranscripts(m_ui->queryEdit->text(), 100);
    for (const SearchHit &h : hits) {
        auto *item = new QStandardItem(
            QStringLiteral("%1 · %2 — %3")
                .arg(h.visitorName.isEmpty() ? tr("Visitor") : h.visitorName,
                    QLocale().toString(h.at.toLocalTime(), QLocale::ShortFormat), h.snippet.simplified()));
        item->setData(h.conversationId, Qt::UserRole);
        item->setToolTip(h.snippet);
        m_results.appendRow(item);
    }
}

} // namespace handoff

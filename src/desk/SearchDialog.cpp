#include "desk/SearchDialog.h"
#include "client/PlainText.h"

#include "client/DeskSession.h"
#include "ui_SearchDialog.h"

#include <QKeyEvent>
#include <QPushButton>

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

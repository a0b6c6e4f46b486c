#include "desk/MainWindow.h"

#include "client/DeskSession.h"
#include "desk/AttachmentPreviews.h"
#include "desk/CannedResponseActions.h"
#include "desk/ChatListDelegate.h"
#include "desk/ConsultPanel.h"
#include "desk/DeskAccessibility.h"
#include "desk/OfferNotifier.h"
#include "desk/OfflineMessageDelegate.h"
#include "desk/OfflineMessageView.h"
#include "desk/EarlierChatDialog.h"
#include "desk/SearchDialog.h"
#include "desk/TranscriptPdf.h"
#include "desk/SupervisorBoardWidget.h"
#include "desk/ThemePalette.h"
#include "desk/TranscriptDelegate.h"
#include "desk/ShortcutOverview.h"
#include "desk/TransferDialog.h"
#include "desk/WrapUpDialog.h"
#include "ui_MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QActionGroup>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <memory>

namespace handoff {

namespace {

void makeHeading(QLabel *label)
{
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(2, 6, 2, 0);
}

} // namespace

MainWindow::MainWindow(DeskSession *session, DeskSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_settings(settings)
    , m_notifier(new OfferNotifier(this))
{
    m_ui->setupUi(this);
    // The chat's panes keep their room while hidden (no chat open): the window is fitted to the screen with
    // them, and nothing moves when a chat opens.
    for (QWidget *w : conversationPanes()) {
        QSizePolicy p = w->sizePolicy();
        p.setRetainSizeWhenHidden(true);
        w->setSizePolicy(p);
    }
    for (QLabel *l : {m_ui->offersLabel, m_ui->myChatsLabel, m_ui->queuesLabel, m_ui->fieldsLabel, m_ui->cannedLabel})
        makeHeading(l);
    QFont titleFont = m_ui->conversationTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_ui->conversationTitle->setFont(titleFont);

    // Left: queue panel.
    m_ui->offersView->setModel(session->offers());
    m_ui->offersView->setItemDelegate(new ChatListDelegate(ChatListDelegate::Kind::Offers, this));
    m_ui->offersView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->myChatsView->setModel(session->myChats());
    m_ui->myChatsView->setItemDelegate(new ChatListDelegate(ChatListDelegate::Kind::MyChats, this));
    m_ui->myChatsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->queuesView->setModel(session->queues());
    m_ui->queuesView->verticalHeader()->hide();
    m_ui->queuesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->queuesView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->queuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->offlineMessagesView->setModel(session->offlineMessages());
    m_ui->offlineMessagesView->setItemDelegate(new OfflineMessageDelegate(this));
    m_ui->offlineMessagesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->queueTabs->setCurrentWidget(m_ui->chatsTab);
    m_ui->centreStack->setCurrentWidget(m_ui->centrePanel);

    // Centre: transcript and composer.
    m_ui->transcriptView->setModel(session->transcript());
    m_ui->transcriptView->setItemDelegate(new TranscriptDelegate(m_ui->transcriptView));
    m_ui->transcriptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->transcriptView->setSpacing(0);
    // Lines wrap to the view's width; a transcript never scrolls sideways (rounding at 200% would show a bar).
    m_ui->transcriptView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Received files: downloaded, cached and (pictures) shown as thumbnails; a file line opens a menu.
    new AttachmentPreviews(session->transcript(), session->attachments(), this);
    m_ui->transcriptView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->transcriptView, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        // The Menu key (no mouse button down) means the current line, wherever the pointer is.
        QListView *view = m_ui->transcriptView;
        const bool keyboard = QGuiApplication::mouseButtons() == Qt::NoButton && view->currentIndex().isValid();
        const QModelIndex index = keyboard ? view->currentIndex() : view->indexAt(at);
        const QPoint where = keyboard ? view->visualRect(index).center() : at;
        showFileMenu(index, view->viewport()->mapToGlobal(where));
    });
    connect(m_ui->transcriptView, &QListView::activated, this, [this](const QModelIndex &index) {
        const QRect row = m_ui->transcriptView->visualRect(index);
        showFileMenu(index, m_ui->transcriptView->viewport()->mapToGlobal(row.center()));
    });
    m_ui->completionView->setModel(&m_completions);
    m_ui->composer->setEnabled(false);
    // The consult panel: under the transcript, in a colour of its own, never mistaken for the composer.
    m_consultPanel = new ConsultPanel(session, m_ui->centrePanel);
    m_ui->centreLayout->insertWidget(m_ui->centreLayout->indexOf(m_ui->transcriptView) + 1, m_consultPanel);
    connect(m_consultPanel, &ConsultPanel::notice, this, [this](const QString &text) {
        statusBar()->showMessage(text, 10000);
    });
    buildConsultInvitations();

    // Right: fields and canned responses.
    m_ui->fieldsView->setModel(session->fields());
    m_ui->fieldsView->verticalHeader()->hide();
    m_ui->fieldsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->fieldsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->fieldsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->cannedView->setModel(session->cannedResponses());
    m_ui->cannedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->historyView->setModel(session->customerHistory());
    m_ui->historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->mainSplitter->setSizes({300, 700, 300});

    createActions();
    createStatusBar();
    connect(session->connection(), &DeskConnection::signedIn, this, &MainWindow::updateSupervisorBoard);

    // Offers.
    connect(session, &DeskSession::offerArrived, this, [this](const OfferInfo &offer) {
        // The open chat stays open: Accept (Ctrl+Shift+A) takes the first offer unless another is selected.
        m_notifier->notifyOffer(offer);
        updateOfferButtons();
    });
    connect(session->offers(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateOfferButtons);
    connect(session->offers(), &QAbstractItemModel::modelReset, this, &MainWindow::updateOfferButtons);
    // An offer that ends (taken here or by the Accept of its notification, declined, withdrawn, timed
    // out) takes its desktop notification with it: no Accept button for a chat that is gone.
    connect(session->offers(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex &, int first, int last) {
            for (int row = first; row <= last; ++row)
                m_notifier->offerEnded(m_session->offers()->conversationIdAt(row));
        });
    connect(session->offers(), &QAbstractItemModel::modelReset, this, [this] {
        QStringList ids;
        for (int row = 0; row < m_session->offers()->rowCount(); ++row)
            ids << m_session->offers()->conversationIdAt(row);
        m_notifier->keepOffers(ids);
    });
    connect(m_ui->offersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                updateOfferButtons();
                if (i.isValid())
                    showConversation(i.data(OfferModel::ConversationIdRole).toString());
            });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &MainWindow::acceptOffer);
    connect(m_ui->transferButton, &QPushButton::clicked, this, &MainWindow::transferChat);
    connect(m_ui->endChatButton, &QPushButton::clicked, this, &MainWindow::endChat);
    connect(m_ui->declineButton, &QPushButton::clicked, this, &MainWindow::declineOffer);
    connect(m_notifier, &OfferNotifier::activated, this, &MainWindow::bringToFront);
    connect(m_notifier, &OfferNotifier::acceptRequested, this, [this](const QString &conversationId) {
        bringToFront(); // the agent is about to chat
        acceptOfferWithId(conversationId);
    });
    connect(m_notifier, &OfferNotifier::declineRequested, this, &MainWindow::declineOfferWithId);

    // Consults: a colleague's invitation is announced like an offer; how a consult ended goes to the
    // status bar (and so to screen readers).
    connect(session, &DeskSession::consultInvited, this, [this](const ConsultInfo &k) {
        m_notifier->notifyConsult(k);
        const int row = m_session->consults()->rowOf(k.conversationId);
        if (m_accessibility && row >= 0)
            m_accessibility->announce(tr("Consult request. %1").arg(m_session->consults()->accessibleText(row)));
    });
    connect(session, &DeskSession::consultChanged, this, [this](const QString &id) {
        const auto k = m_session->consults()->consult(id);
        if (!k || !m_session->consults()->isInvitationToMe(*k))
            m_notifier->consultEnded(id);
        if (id == m_session->currentConversationId())
            updateHeader();
    });
    connect(session, &DeskSession::consultEnded, this, [this](const QString &, const QString &text) {
        statusBar()->showMessage(text, 15000);
    });
    connect(m_notifier, &OfferNotifier::consultAcceptRequested, this, [this](const QString &id) {
        bringToFront();
        acceptConsultWithId(id);
    });
    connect(m_notifier, &OfferNotifier::consultDeclineRequested, this, &MainWindow::declineConsultWithId);

    // Messages visitors left: the tab shows how many are open, the centre the one chosen.
    connect(m_ui->queueTabs, &QTabWidget::currentChanged, this, [this] {
        const bool messages = m_ui->queueTabs->currentWidget() == m_ui->messagesTab;
        m_ui->centreStack->setCurrentWidget(
            messages ? static_cast<QWidget *>(offlineView()) : m_ui->centrePanel);
        // The chat's fields and canned responses have nothing to do with a left message.
        m_ui->rightPanel->setVisible(!messages);
        if (messages) {
            auto *view = m_ui->offlineMessagesView;
            if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
                view->setCurrentIndex(view->model()->index(0, 0));
            showSelectedOfflineMessage();
        }
    });
    OfflineMessageModel *left = session->offlineMessages();
    connect(left, &OfflineMessageModel::unhandledCountChanged, this, &MainWindow::updateMessagesTab);
    connect(m_ui->offlineMessagesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showSelectedOfflineMessage);
    connect(left, &QAbstractItemModel::dataChanged, this, &MainWindow::showSelectedOfflineMessage);
    connect(left, &QAbstractItemModel::rowsRemoved, this, &MainWindow::showSelectedOfflineMessage);
    connect(left, &QAbstractItemModel::rowsInserted, this, [this] {
        // The first message to arrive while the tab is open is shown at once.
        if (!m_ui->offlineMessagesView->currentIndex().isValid()
            && m_ui->queueTabs->currentWidget() == m_ui->messagesTab)
            m_ui->offlineMessagesView->setCurrentIndex(m_session->offlineMessages()->index(0));
        showSelectedOfflineMessage();
    });
    // Show handled rebuilds the rows: keep the message that was open.
    auto keptId = std::make_shared<QString>();
    connect(left, &QAbstractItemModel::modelAboutToBeReset, this,
        [this, keptId] { *keptId = m_offlineView ? m_offlineView->messageId() : QString(); });
    connect(left, &QAbstractItemModel::modelReset, this, [this, keptId] {
        const int row = m_session->offlineMessages()->rowOf(*keptId);
        if (row >= 0)
            m_ui->offlineMessagesView->setCurrentIndex(m_session->offlineMessages()->index(row));
        showSelectedOfflineMessage();
    });
    connect(m_ui->showHandledCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_showHandledAction->setChecked(on);
        m_session->setShowHandledOfflineMessages(on);
    });
    connect(session, &DeskSession::offlineMessageArrived, m_notifier, &OfferNotifier::notifyOfflineMessage);

    // My chats.
    connect(m_ui->myChatsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &i) {
                if (i.isValid())
                    showConversation(i.data(MyChatsModel::ConversationIdRole).toString());
            });
    // Chats waiting for a reply first (the default), or by unread lines, or the quietest first.
    m_ui->chatOrderCombo->addItem(tr("Waiting first"), int(MyChatsModel::Order::WaitingFirst));
    m_ui->chatOrderCombo->addItem(tr("Unread first"), int(MyChatsModel::Order::UnreadFirst));
    m_ui->chatOrderCombo->addItem(tr("Quietest first"), int(MyChatsModel::Order::IdleFirst));
    m_ui->chatOrderCombo->addItem(tr("As accepted"), int(MyChatsModel::Order::AsAccepted));
    m_ui->chatOrderCombo->setCurrentIndex(m_ui->chatOrderCombo->findData(int(session->myChats()->order())));
    // The order is read in full; the "My chats (…)" title beside it gives way first and wraps.
    m_ui->myChatsLabel->setSizePolicy(QSizePolicy::Ignored, m_ui->myChatsLabel->sizePolicy().verticalPolicy());
    connect(m_ui->chatOrderCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_session->myChats()->setOrder(MyChatsModel::Order(m_ui->chatOrderCombo->itemData(i).toInt()));
        m_ui->myChatsView->scrollTo(m_ui->myChatsView->currentIndex());
    });
    // Which chats show: all, only those waiting for my reply, unread or idle ones; remembered.
    const std::pair<QString, QString> filters[] = {
        {QStringLiteral("all"), tr("All")},
        {QStringLiteral("waiting"), tr("Waiting for me")},
        {QStringLiteral("unread"), tr("Unread")},
        {QStringLiteral("idle"), tr("Idle (%1 min)").arg(MyChatsModel::kIdleSeconds / 60)},
    };
    for (const auto &[key, text] : filters)
        m_ui->chatFilterCombo->addItem(text, key);
    m_ui->chatFilterCombo->setCurrentIndex(std::max(0, m_ui->chatFilterCombo->findData(settings->chatFilter())));
    connect(m_ui->chatFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_settings->setChatFilter(m_ui->chatFilterCombo->currentData().toString());
        applyChatFilter();
    });
    connect(session->myChats(), &QAbstractItemModel::layoutChanged, this, &MainWindow::applyChatFilter);
    connect(session->myChats(), &QAbstractItemModel::modelReset, this, &MainWindow::applyChatFilter);
    connect(session->myChats(), &QAbstractItemModel::rowsInserted, this, &MainWindow::applyChatFilter);
    connect(session->myChats(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::applyChatFilter);
    connect(session->myChats(), &QAbstractItemModel::dataChanged, this, &MainWindow::applyChatFilter);
    connect(session->myChats(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateTitle);
    applyChatFilter();
    connect(session->myChats(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTitle);
    connect(session, &DeskSession::conversationOpened, this, [this](const QString &id) {
        if (id.isEmpty())
            m_ui->composer->clear();
        else
            showChats(); // opened from a search or an accepted offer while the Messages tab was open
        // Keep the list's selection on the chat that is open, whoever opened it.
        const int row = m_session->myChats()->rowOf(id);
        const QSignalBlocker block(m_ui->myChatsView->selectionModel());
        if (row >= 0) {
            m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(row));
        } else {
            m_ui->myChatsView->selectionModel()->clear();
        }
        m_ui->myChatsView->viewport()->update();
        applyChatFilter(); // the chat left behind may not match the filter; the open one always shows
        updateHeader();
    });
    connect(session, &DeskSession::conversationUpdated, this, [this](const QString &id) {
        if (id == m_session->currentConversationId())
            updateHeader();
    });
    connect(session, &DeskSession::conversationRemoved, this, [this](const QString &, const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text, 10000);
        updateHeader();
        // Focus must not fall on whatever comes next in the window: the next chat, or the list.
        QWidget *f = QApplication::focusWidget();
        if (!f || !f->isEnabled() || !f->isVisible() || f == m_ui->composer || f == m_ui->fieldsView) {
            if (m_session->myChats()->rowCount() > 0 && m_session->currentConversationId().isEmpty()) {
                m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(0));
                focusComposer();
            } else {
                m_ui->myChatsView->setFocus();
            }
        }
    });
    connect(session, &DeskSession::visitorTypingChanged, this, [this](const QString &id, bool) {
        if (id == m_session->currentConversationId())
            updateHeader();
    });

    // Transcript follows new lines when the agent is at the bottom.
    // The transcript follows new lines while the agent is at the bottom; reading further up is left alone.
    QScrollBar *bar = m_ui->transcriptView->verticalScrollBar();
    // Reaching the top of a long transcript loads the lines before it, keeping the view where it was.
    auto keepFromBottom = std::make_shared<int>(-1);
    connect(bar, &QScrollBar::valueChanged, this, [this, bar, keepFromBottom](int v) {
        m_stickToBottom = v >= bar->maximum() - 4;
        if (v == bar->minimum() && bar->maximum() > 0 && m_session->transcript()->hasEarlier()) {
            *keepFromBottom = bar->maximum() - v;
            m_session->loadEarlierMessages();
        }
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar, keepFromBottom](int, int max) {
        if (*keepFromBottom >= 0) {
            bar->setValue(max - *keepFromBottom);
            *keepFromBottom = -1;
        } else if (m_stickToBottom) {
            bar->setValue(max);
        }
    });
    connect(session->transcript(), &QAbstractItemModel::modelReset, this, [this] {
        m_stickToBottom = true;
        QTimer::singleShot(0, m_ui->transcriptView, &QListView::scrollToBottom);
    });

    // Composer.
    connect(m_ui->composer, &ComposerEdit::submitted, this, &MainWindow::sendMessage);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &MainWindow::sendMessage);
    connect(m_ui->composer, &QPlainTextEdit::textChanged, this, [this] {
        m_hintError.clear();
        updateCompletion();
        updateComposerHint();
        const bool typing = !m_ui->composer->toPlainText().isEmpty() && !m_ui->internalCheck->isChecked();
        if (currentIsMine())
            m_session->setTyping(m_session->currentConversationId(), typing);
        if (typing)
            m_typingIdle.start();
    });
    m_typingIdle.setSingleShot(true);
    m_typingIdle.setInterval(5000);
    connect(&m_typingIdle, &QTimer::timeout, this, [this] {
        m_session->setTyping(m_session->currentConversationId(), false);
    });
    connect(m_ui->composer, &ComposerEdit::attachmentsChanged, this, [this] {
        QStringList names;
        for (const ComposerEdit::PendingAttachment &f : m_ui->composer->pendingAttachments())
            names << f.name;
        if (!names.isEmpty())
            statusBar()->showMessage(tr("To send with the next Send: %1").arg(names.join(QStringLiteral(", "))));
    });
    connect(m_ui->composer, &ComposerEdit::completionMove, this, &MainWindow::moveCompletion);
    connect(m_ui->composer, &ComposerEdit::completionAccepted, this, &MainWindow::acceptCompletion);
    connect(m_ui->composer, &ComposerEdit::completionCancelled, this, &MainWindow::closeCompletion);
    connect(m_ui->completionView, &QListView::clicked, this, [this](const QModelIndex &i) {
        m_ui->completionView->setCurrentIndex(i);
        acceptCompletion();
    });
    connect(m_ui->internalCheck, &QCheckBox::toggled, this, &MainWindow::updateNoteMode);
    updateNoteMode();

    // Fields and canned responses.
    connect(m_ui->copyFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->fieldsView->currentIndex().row();
        const QString value = m_session->fields()->valueAt(row);
        if (row < 0 || value.isEmpty()) {
            statusBar()->showMessage(tr("Select a field to copy."), 4000);
            return;
        }
        QGuiApplication::clipboard()->setText(value);
        statusBar()->showMessage(tr("Copied %1.").arg(m_session->fields()->nameAt(row)), 4000);
    });
    connect(m_ui->fieldsView, &QTableView::doubleClicked, m_ui->copyFieldButton, &QPushButton::click);
    // The customer's earlier chats: the label says whose (verified customer or this browser) and how many.
    auto updateHistoryLabel = [this] {
        CustomerHistoryModel *history = m_session->customerHistory();
        m_ui->historyLabel->setText(history->rowCount() == 0
                ? tr("%1: none").arg(history->title())
                : history->hasMore() ? tr("%1: the latest %2").arg(history->title()).arg(history->rowCount())
                                     : tr("%1: %2").arg(history->title()).arg(history->rowCount()));
    };
    auto updateHistory = [this, updateHistoryLabel] {
        updateHistoryLabel();
        m_ui->olderHistoryButton->setVisible(m_session->customerHistory()->hasMore());
    };
    connect(session->customerHistory(), &QAbstractItemModel::modelReset, this, updateHistory);
    connect(session->customerHistory(), &QAbstractItemModel::rowsInserted, this, updateHistory);
    connect(session->customerHistory(), &QAbstractItemModel::dataChanged, this, updateHistory);
    updateHistory();
    // "Show older chats": the next 20, appended; the first of them gets the focus for keyboard users.
    connect(m_ui->olderHistoryButton, &QPushButton::clicked, this, [this] {
        const int shown = m_session->customerHistory()->rowCount();
        auto focusFirstNew = std::make_shared<QMetaObject::Connection>();
        *focusFirstNew = connect(m_session->customerHistory(), &QAbstractItemModel::rowsInserted, this,
                                 [this, shown, focusFirstNew] {
                                     disconnect(*focusFirstNew);
                                     const QModelIndex first = m_session->customerHistory()->index(shown);
                                     m_ui->historyView->setCurrentIndex(first);
                                     m_ui->historyView->scrollTo(first);
                                     m_ui->historyView->setFocus();
                                 });
        m_session->loadOlderCustomerHistory();
    });
    connect(m_ui->historyView, &QListView::activated, this, &MainWindow::openEarlierChat);
    connect(session->cannedResponses(), &QAbstractItemModel::modelReset, this, &MainWindow::updateCannedCategories);
    auto refilter = [this] {
        m_session->cannedResponses()->setFilter(m_ui->cannedCategory->currentData().toString(),
                                                m_ui->cannedSearch->text());
    };
    connect(m_ui->cannedCategory, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_ui->cannedSearch, &QLineEdit::textChanged, this, refilter);
    auto insertCurrent = [this] {
        const QModelIndex i = m_ui->cannedView->currentIndex();
        if (i.isValid())
            insertCanned(m_session->cannedResponses()->at(i.row()));
    };
    connect(m_ui->insertCannedButton, &QPushButton::clicked, this, insertCurrent);
    connect(m_ui->cannedView, &QListView::activated, this, insertCurrent);
    connect(m_ui->cannedSearch, &QLineEdit::returnPressed, this, [this, insertCurrent] {
        if (!m_ui->cannedView->currentIndex().isValid() && m_session->cannedResponses()->rowCount() > 0)
            m_ui->cannedView->setCurrentIndex(m_session->cannedResponses()->index(0));
        insertCurrent();
    });
    updateCannedCategories();
    // Personal canned responses: New / Edit / Delete under the list (shared ones are read-only).
    auto *cannedActions = new CannedResponseActions(session, m_ui->cannedView, this);
    cannedActions->setObjectName(QStringLiteral("cannedActions"));
    if (auto *box = qobject_cast<QBoxLayout *>(m_ui->insertCannedButton->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->insertCannedButton) + 1, cannedActions);
    // Made after the form, the buttons would otherwise come last in the Tab chain, after the status bar.
    QWidget *previous = m_ui->insertCannedButton;
    for (auto *button : cannedActions->findChildren<QAbstractButton *>()) {
        setTabOrder(previous, button);
        previous = button;
    }
    connect(cannedActions, &CannedResponseActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });
    auto *newCanned = new QAction(tr("New personal canned response"), this);
    newCanned->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    connect(newCanned, &QAction::triggered, cannedActions, &CannedResponseActions::addResponse);
    addAction(newCanned);

    // Connection, presence, load.
    connect(session->connection(), &DeskConnection::stateChanged, this, &MainWindow::updateConnectionState);
    connect(session->connection(), &DeskConnection::reconnectCountdown, this, &MainWindow::updateConnectionState);
    connect(session, &DeskSession::presenceChanged, this, &MainWindow::updatePresence);
    // The router may set me Away (after missed offers): say so where it cannot be missed.
    connect(session, &DeskSession::presenceChangedForMe, this, &MainWindow::showPresenceChangedForMe);
    connect(m_ui->availableButton, &QPushButton::clicked, this, [this] {
        m_session->setPresence(Presence::Available, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Could not change your status: %1").arg(error), 8000);
        });
    });
    connect(m_ui->dismissAwayButton, &QPushButton::clicked, m_ui->awayBanner, &QWidget::hide);
    connect(session, &DeskSession::cacheError, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Local cache"), message); });

    if (!settings->windowGeometry().isEmpty())
        restoreGeometry(settings->windowGeometry());
    fitToScreen();
    updateConnectionState();
    updatePresence();
    updateHeader();
    updateOfferButtons();
    updateTitle();
    updateMessagesTab();
    showSelectedOfflineMessage();
    // Names for screen readers and announcements of what changes (docs/desk.md, "Accessibility").
    m_accessibility = new DeskAccessibility(this, session, [this] { return connectionText(); });
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent *e)
{
    if (e->type() == QEvent::Show && !m_fitted) {
        m_fitted = true;
        QTimer::singleShot(0, this, &MainWindow::fitToScreen); // now with the frame the platform gave it
    }
    if (e->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::finishStartAfterFirstPaint);
    }
    return QMainWindow::event(e);
}

void MainWindow::finishStartAfterFirstPaint()
{
    // The tray check (a D-Bus round trip on Linux), the chime and the clear button's icon-theme lookup
    // together cost more than a tenth of the start; nobody uses them in the first moment.
    m_notifier->setUp();
    m_ui->cannedSearch->setClearButtonEnabled(true);
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    add(desk, tr("&Search transcripts…"), QKeySequence(QStringLiteral("Ctrl+F")), &MainWindow::searchTranscripts);
    desk->addSeparator();
    add(desk, tr("Sign &out"), QKeySequence(), [this] { emit signOutRequested(); });
    add(desk, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    QAction *accept = add(chat, tr("&Accept offer"), QKeySequence(QStringLiteral("Ctrl+Shift+A")), &MainWindow::acceptOffer);
    accept->setObjectName(QStringLiteral("acceptAction"));
    add(chat, tr("&Decline offer"), QKeySequence(QStringLiteral("Ctrl+Shift+D")), &MainWindow::declineOffer);
    chat->addSeparator();
    add(chat, tr("&Next chat"), QKeySequence(QStringLiteral("Ctrl+Tab")), [this] { nextChat(1); });
    add(chat, tr("&Previous chat"), QKeySequence(QStringLiteral("Ctrl+Shift+Tab")), [this] { nextChat(-1); });
    add(chat, tr("Next chat waiting for a rep&ly"), QKeySequence(QStringLiteral("Ctrl+J")), &MainWindow::nextWaitingChat)
        ->setObjectName(QStringLiteral("nextWaitingAction"));
    add(chat, tr("&Write a message"), QKeySequence(QStringLiteral("Ctrl+L")), &MainWindow::focusComposer);
    add(chat, tr("Attach a &file…"), QKeySequence(QStringLiteral("Ctrl+Shift+U")), &MainWindow::attachFile)
        ->setObjectName(QStringLiteral("attachFileAction"));
    add(chat, tr("Toggle &internal note"), QKeySequence(QStringLiteral("Ctrl+Shift+I")),
        [this] { m_ui->internalCheck->toggle(); });
    chat->addSeparator();
    add(chat, tr("&Transfer…"), QKeySequence(QStringLiteral("Ctrl+Shift+T")), &MainWindow::transferChat);
    m_consultAction
        = add(chat, tr("&Consult a colleague…"), QKeySequence(QStringLiteral("Ctrl+Shift+K")), &MainWindow::consultColleague);
    m_consultAction->setObjectName(QStringLiteral("consultAction"));
    add(chat, tr("&End chat…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")), &MainWindow::endChat);
    add(chat, tr("E&xport the chat as PDF…"), QKeySequence(QStringLiteral("Ctrl+Shift+X")), &MainWindow::exportChatPdf);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Offers"), QKeySequence(QStringLiteral("Alt+1")), [this] {
        showChats();
        m_ui->offersView->setFocus();
    });
    add(go, tr("&My chats"), QKeySequence(QStringLiteral("Alt+2")), [this] {
        showChats();
        m_ui->myChatsView->setFocus();
    });
    add(go, tr("&Transcript"), QKeySequence(QStringLiteral("Alt+3")), [this] {
        showChats();
        m_ui->transcriptView->setFocus();
    });
    add(go, tr("&Fields"), QKeySequence(QStringLiteral("Alt+4")), [this] {
        showChats();
        m_ui->fieldsView->setFocus();
    });
    add(go, tr("&Canned responses"), QKeySequence(QStringLiteral("Ctrl+K")), [this] {
        showChats();
        m_ui->cannedSearch->setFocus();
        m_ui->cannedSearch->selectAll();
    });
    add(go, tr("M&essages left by visitors"), QKeySequence(QStringLiteral("Alt+5")), &MainWindow::showMessages);

    // Messages visitors left share the Chat menu: a menu of their own would take a mnemonic the
    // supervisor board already uses.
    QMenu *messages = chat;
    messages->addSeparator();
    add(messages, tr("&Reply to the left message by email"), QKeySequence(QStringLiteral("Ctrl+Shift+R")), [this] {
        if (m_offlineView && m_ui->centreStack->currentWidget() == m_offlineView)
            m_offlineView->reply();
    });
    add(messages, tr("Copy the visitor's e&mail address"), QKeySequence(), [this] {
        if (m_offlineView && m_ui->centreStack->currentWidget() == m_offlineView)
            m_offlineView->copyEmail();
    });
    QAction *handled = add(messages, tr("Mark the left message &handled"), QKeySequence(QStringLiteral("Ctrl+Shift+H")),
        &MainWindow::markOfflineMessageHandled);
    handled->setObjectName(QStringLiteral("markHandledAction"));
    m_showHandledAction = messages->addAction(tr("&Show handled messages"));
    m_showHandledAction->setCheckable(true);
    connect(m_showHandledAction, &QAction::toggled, m_ui->showHandledCheck, &QCheckBox::setChecked);

    QMenu *status = menuBar()->addMenu(tr("&Status"));
    add(status, tr("&Available"), QKeySequence(QStringLiteral("Ctrl+Alt+1")),
        [this] { m_session->setPresence(Presence::Available); });
    add(status, tr("A&way"), QKeySequence(QStringLiteral("Ctrl+Alt+2")), [this] { m_session->setPresence(Presence::Away); });
    add(status, tr("&Offline"), QKeySequence(QStringLiteral("Ctrl+Alt+3")),
        [this] { m_session->setPresence(Presence::Offline); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_boardAction = add(view, tr("Supervisor &board"), QKeySequence(QStringLiteral("Ctrl+B")), &MainWindow::toggleBoard);
    m_boardAction->setObjectName(QStringLiteral("boardAction"));
    m_boardAction->setVisible(false);
    view->addSeparator();
    auto *themes = new QActionGroup(this);
    QAction *light = view->addAction(tr("&Light theme"));
    QAction *dark = view->addAction(tr("&Dark theme"));
    for (QAction *a : {light, dark}) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    (m_settings->theme() == DeskSettings::Theme::Dark ? dark : light)->setChecked(true);
    connect(light, &QAction::triggered, this, [this] { applyTheme(DeskSettings::Theme::Light); });
    connect(dark, &QAction::triggered, this, [this] { applyTheme(DeskSettings::Theme::Dark); });
    view->addSeparator();
    QAction *sound = view->addAction(tr("&Sound on new offers"));
    sound->setCheckable(true);
    sound->setChecked(m_settings->soundOnOffer());
    m_notifier->setSoundEnabled(sound->isChecked());
    connect(sound, &QAction::toggled, this, [this](bool on) {
        m_settings->setSoundOnOffer(on);
        m_notifier->setSoundEnabled(on);
    });
    QAction *notify = view->addAction(tr("Desktop &notifications on new offers and messages"));
    notify->setCheckable(true);
    notify->setChecked(m_settings->notifyOnOffer());
    m_notifier->setDesktopNotificationsEnabled(notify->isChecked());
    connect(notify, &QAction::toggled, this, [this](bool on) {
        m_settings->setNotifyOnOffer(on);
        m_notifier->setDesktopNotificationsEnabled(on);
    });
    light->setObjectName(QStringLiteral("lightThemeAction"));
    dark->setObjectName(QStringLiteral("darkThemeAction"));
    sound->setObjectName(QStringLiteral("soundAction"));
    notify->setObjectName(QStringLiteral("notifyAction"));
    // Preferences IT locked in the system-wide settings stay visible, with their value, but cannot be
    // changed; the item says why, and so do its tooltip and, for a screen reader, its description (a
    // menu item's description is its "What's This" text).
    const auto lockIfSetByIt = [this](DeskSettings::Key key, std::initializer_list<QAction *> actions) {
        if (!m_settings->isLocked(key))
            return;
        for (QAction *a : actions) {
            a->setEnabled(false);
            a->setText(DeskSettings::lockedLabel(a->text()));
            a->setToolTip(DeskSettings::lockedExplanation());
            a->setStatusTip(DeskSettings::lockedExplanation());
            a->setWhatsThis(DeskSettings::lockedExplanation());
        }
    };
    lockIfSetByIt(DeskSettings::Key::Theme, { light, dark });
    lockIfSetByIt(DeskSettings::Key::SoundOnOffer, { sound });
    lockIfSetByIt(DeskSettings::Key::NotifyOnOffer, { notify });
    view->setToolTipsVisible(true);

    // Built from the actions above each time it opens, so it lists every key the window has.
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), [this] { showShortcuts(false); })
        ->setObjectName(QStringLiteral("shortcutsAction"));
    add(help, tr("&Find an action…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")), [this] { showShortcuts(true); })
        ->setObjectName(QStringLiteral("paletteAction"));
}

void MainWindow::showShortcuts(bool palette)
{
    auto *dialog = new ShortcutOverview(this, palette ? ShortcutOverview::Mode::Palette : ShortcutOverview::Mode::Overview,
                                        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::createStatusBar()
{
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_presenceCombo = new QComboBox(this);
    m_presenceCombo->setObjectName(QStringLiteral("presenceCombo"));
    m_presenceCombo->setToolTip(tr("Your status: only Available agents are offered new chats"));
    m_presenceCombo->addItem(tr("● Available"), int(Presence::Available));
    m_presenceCombo->addItem(tr("◐ Away"), int(Presence::Away));
    m_presenceCombo->addItem(tr("○ Offline"), int(Presence::Offline));
    m_loadLabel = new QLabel(this);
    m_loadLabel->setObjectName(QStringLiteral("loadLabel"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_loadLabel);
    statusBar()->addPermanentWidget(m_presenceCombo);
    connect(m_presenceCombo, &QComboBox::activated, this, [this](int i) {
        const auto p = Presence(m_presenceCombo->itemData(i).toInt());
        m_session->setPresence(p, [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Could not change your status: %1").arg(error), 8000);
            updatePresence();
        });
    });
}

QString MainWindow::connectionText() const
{
    const DeskConnection *c = m_session->connection();
    const QString where = c->serverText();
    switch (c->state()) {
    case ConnectionState::Connected:
        return tr("Connected to %1").arg(where);
    case ConnectionState::Connecting:
        return tr("Connecting to %1…").arg(where);
    case ConnectionState::Reconnecting:
        return tr("Router unreachable — reconnecting in %1 s. Your messages are kept and sent when it is back.")
            .arg(c->reconnectInSeconds());
    case ConnectionState::SignedOut:
        return tr("Signed out. %1").arg(c->lastError());
    case ConnectionState::Offline:
        return c->lastError().isEmpty() ? tr("Offline") : tr("Offline: %1").arg(c->lastError());
    }
    return {};
}

void MainWindow::updateConnectionState()
{
    const ConnectionState s = m_session->connection()->state();
    const TranscriptColours &c = ThemePalette::colours();
    // Connected: no colour of its own, so the label follows the theme; otherwise only the text colour is set.
    QPalette p;
    if (s != ConnectionState::Connected)
        p.setColor(QPalette::WindowText, c.failed);
    m_connectionLabel->setPalette(p);
    m_connectionLabel->setText(connectionText());
    m_presenceCombo->setEnabled(s == ConnectionState::Connected);
    m_ui->acceptButton->setEnabled(s == ConnectionState::Connected && !selectedOfferId().isEmpty());
    // An outage is a banner across the window, not only the status bar; what needs the router waits.
    if (s == ConnectionState::Connected)
        m_wasConnected = true;
    const bool outage = m_wasConnected && (s == ConnectionState::Reconnecting || s == ConnectionState::Connecting);
    m_ui->outageBanner->setText(tr("Connection to the router lost — reconnecting… Lines you send are kept and go "
                                   "out when it is back."));
    m_ui->outageBanner->setVisible(outage);
    styleBanners();
    updateOfferButtons();
    updateHeader();
}

void MainWindow::styleBanners()
{
    const TranscriptColours &c = ThemePalette::colours();
    for (QWidget *banner : { static_cast<QWidget *>(m_ui->outageBanner), static_cast<QWidget *>(m_ui->awayBanner) }) {
        QPalette p = banner->palette();
        p.setColor(QPalette::Window, c.banner);
        p.setColor(QPalette::WindowText, c.bannerText);
        banner->setPalette(p);
        // One line's height (more when the text wraps), never a share of the window's spare room.
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    }
    QPalette label = m_ui->awayBannerLabel->palette();
    label.setColor(QPalette::WindowText, c.bannerText);
    m_ui->awayBannerLabel->setPalette(label);
}

void MainWindow::updatePresence()
{
    const Presence chosen = m_session->chosenPresence();
    if (chosen != Presence::Away)
        m_ui->awayBanner->hide(); // Available again, or Offline on purpose
    const int i = m_presenceCombo->findData(int(chosen == Presence::Busy ? Presence::Available : chosen));
    if (i >= 0)
        m_presenceCombo->setCurrentIndex(i);
    const bool busy = m_session->presence() == Presence::Busy;
    m_loadLabel->setText(busy ? tr("Load %1 / %2 (full)").arg(m_session->load()).arg(m_session->capacity())
                              : tr("Load %1 / %2").arg(m_session->load()).arg(m_session->capacity()));
}

void MainWindow::showPresenceChangedForMe(Presence chosen, const QString &reason)
{
    if (chosen != Presence::Away || reason != QLatin1String("missed_offers"))
        return;
    const QString text
        = tr("You were set to Away after missed offers. Set yourself Available when you are back.");
    m_ui->awayBannerLabel->setText(text);
    m_ui->awayBanner->show();
    statusBar()->showMessage(text, 60000);
    m_notifier->notifyStatus(tr("You are Away"), text);
}

QString MainWindow::selectedOfferId() const
{
    const QModelIndex i = m_ui->offersView->currentIndex();
    if (i.isValid())
        return i.data(OfferModel::ConversationIdRole).toString();
    return m_session->offers()->conversationIdAt(0);
}

void MainWindow::updateOfferButtons()
{
    const bool any = m_session->offers()->rowCount() > 0;
    m_ui->acceptButton->setEnabled(any && m_session->connection()->isSignedIn());
    m_ui->declineButton->setEnabled(any && m_session->connection()->isSignedIn());
    m_ui->offersLabel->setText(any ? tr("Offers (%1)").arg(m_session->offers()->rowCount()) : tr("Offers"));
    // An offer must not go unnoticed behind the Messages tab.
    const int offers = m_session->offers()->rowCount();
    m_ui->queueTabs->setTabText(
        m_ui->queueTabs->indexOf(m_ui->chatsTab), offers > 0 ? tr("Chats (%n offered)", nullptr, offers) : tr("Chats"));
}

void MainWindow::showChats()
{
    m_ui->queueTabs->setCurrentWidget(m_ui->chatsTab);
}

void MainWindow::showMessages()
{
    m_ui->queueTabs->setCurrentWidget(m_ui->messagesTab);
    m_ui->offlineMessagesView->setFocus();
}

void MainWindow::updateMessagesTab()
{
    const int open = m_session->offlineMessages()->unhandledCount();
    m_ui->queueTabs->setTabText(
        m_ui->queueTabs->indexOf(m_ui->messagesTab), open > 0 ? tr("Messages (%1)").arg(open) : tr("Messages"));
    m_ui->queueTabs->setTabToolTip(
        m_ui->queueTabs->indexOf(m_ui->messagesTab), tr("Messages visitors left while nobody could chat (Alt+5)"));
}

OfflineMessageView *MainWindow::offlineView()
{
    if (m_offlineView)
        return m_offlineView;
    // Hidden until the Messages tab opens: not built before the first frame (its form, labels and
    // text view are a share of the start the first frame does not show).
    m_offlineView = new OfflineMessageView(m_ui->centreStack);
    m_offlineView->setObjectName(QStringLiteral("offlineMessageView"));
    m_ui->centreStack->addWidget(m_offlineView);
    connect(m_offlineView, &OfflineMessageView::markHandledRequested, this, &MainWindow::markOfflineMessageHandled);
    connect(m_offlineView, &OfflineMessageView::notice, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    if (m_accessibility)
        m_accessibility->nameMainWindow();
    showSelectedOfflineMessage();
    return m_offlineView;
}

void MainWindow::showSelectedOfflineMessage()
{
    OfflineMessageView *view = m_offlineView;
    if (!view)
        return; // filled when built
    OfflineMessageModel *left = m_session->offlineMessages();
    const QString id = left->idAt(m_ui->offlineMessagesView->currentIndex().row());
    if (id.isEmpty()) {
        view->setMessage(std::nullopt,
            left->rowCount() > 0 ? tr("Choose a message on the left.")
                                 : tr("No messages are waiting. Visitors leave one when nobody can "
                                      "chat with them; it appears here at once."));
        return;
    }
    view->setMessage(left->message(id));
    view->setBusy(id == m_handlingMessageId);
}

void MainWindow::markOfflineMessageHandled()
{
    const QString id = m_offlineView ? m_offlineView->messageId() : QString();
    if (!m_offlineView || m_ui->centreStack->currentWidget() != m_offlineView || id.isEmpty()) {
        statusBar()->showMessage(tr("Choose a message under Messages (Alt+5) first."), 4000);
        return;
    }
    const auto message = m_session->offlineMessages()->message(id);
    if (!message || message->isHandled() || id == m_handlingMessageId)
        return;
    m_handlingMessageId = id;
    m_offlineView->setBusy(true);
    const QString name = message->name.isEmpty() ? tr("a visitor") : message->name;
    m_session->markOfflineHandled(id, [this, id, name](const QString &error) {
        if (m_handlingMessageId == id)
            m_handlingMessageId.clear();
        if (m_offlineView->messageId() == id)
            m_offlineView->setBusy(false);
        statusBar()->showMessage(error.isEmpty() ? tr("The message from %1 is marked handled.").arg(name)
                                                 : tr("Could not mark the message handled: %1").arg(error),
            10000);
    });
}

void MainWindow::updateTitle()
{
    const int unread = m_session->myChats()->totalUnread();
    const QString who = m_session->displayName();
    // Ends with the application's display name: xcb and Windows add it to a title that does not, so
    // the name appears once everywhere.
    const QString app = QGuiApplication::applicationDisplayName();
    setWindowTitle(unread > 0 ? tr("%1 (%2 unread) — %3").arg(who).arg(unread).arg(app)
                              : tr("%1 — %2").arg(who, app));
    m_notifier->setUnread(unread);
    const int waiting = m_session->myChats()->waitingCount();
    const int all = m_session->myChats()->rowCount();
    // With a filter on, the count says how many of all are shown: "My chats (2 of 5 shown, 1 waiting …)".
    const QString count = m_shownChats < all ? tr("%1 of %2 shown").arg(m_shownChats).arg(all) : QString::number(all);
    m_ui->myChatsLabel->setText(waiting > 0 ? tr("My chats (%1, %2 waiting for a reply)").arg(count).arg(waiting)
                                            : tr("My chats (%1)").arg(count));
}

void MainWindow::applyChatFilter()
{
    static const QHash<QString, MyChatsModel::Filter> byKey{
        {QStringLiteral("waiting"), MyChatsModel::Filter::WaitingForReply},
        {QStringLiteral("unread"), MyChatsModel::Filter::Unread},
        {QStringLiteral("idle"), MyChatsModel::Filter::Idle},
    };
    const MyChatsModel::Filter filter =
        byKey.value(m_ui->chatFilterCombo->currentData().toString(), MyChatsModel::Filter::All);
    const MyChatsModel *chats = m_session->myChats();
    const int current = chats->rowOf(m_session->currentConversationId());
    int shown = 0;
    for (int row = 0; row < chats->rowCount(); ++row) {
        const bool show = row == current || chats->matches(row, filter);
        shown += show;
        if (m_ui->myChatsView->isRowHidden(row) == show)
            m_ui->myChatsView->setRowHidden(row, !show);
    }
    m_shownChats = shown;
    updateTitle();
}

bool MainWindow::currentIsMine() const
{
    // A colleague's chat I consult on is in my list but not mine to answer.
    const QString id = m_session->currentConversationId();
    return !id.isEmpty() && m_session->myChats()->rowOf(id) >= 0 && m_session->consultingFor(id).isEmpty();
}

void MainWindow::showConversation(const QString &conversationId)
{
    if (conversationId == m_session->currentConversationId())
        return;
    closeCompletion();
    m_ui->composer->clear();
    m_ui->composer->setMissingPlaceholders({});
    m_session->openConversation(conversationId);
    if (m_session->myChats()->rowOf(conversationId) >= 0)
        m_ui->offersView->clearSelection();
}

void MainWindow::updateHeader()
{
    const QString id = m_session->currentConversationId();
    const auto c = m_session->conversation(id);
    const bool mine = currentIsMine();
    const bool online = m_session->connection()->isSignedIn();
    m_ui->composer->setEnabled(mine); // lines typed during an outage wait in the outbox
    m_ui->sendButton->setEnabled(mine);
    m_ui->transferButton->setEnabled(mine && online);
    m_ui->endChatButton->setEnabled(mine && online);
    const QString needsRouter = online ? QString() : tr("Needs the connection to the router");
    m_ui->transferButton->setToolTip(needsRouter);
    m_ui->endChatButton->setToolTip(needsRouter);
    m_ui->internalCheck->setEnabled(mine);
    updateComposerHint();
    updateConsultAction();
    updateConversationPanes(c.has_value());
    if (!c) {
        m_ui->conversationTitle->setText(tr("No chat open"));
        m_ui->conversationInfo->setText(m_session->myChats()->rowCount() > 0
                                            ? tr("Choose a chat on the left (Ctrl+Tab goes to the next one).")
                                            : tr("New chats appear under Offers. Accept one with Ctrl+Shift+A."));
        m_ui->typingLabel->clear();
        return;
    }
    const QString visitor = c->visitorName.isEmpty() ? tr("Visitor") : c->visitorName;
    QString title = visitor;
    if (!c->topic.isEmpty())
        title += QStringLiteral(" · ") + c->topic;
    const QString consultingFor = m_session->consultingFor(id);
    if (c->state == ConversationState::Closed) // one of mine the visitor left, or an ended one opened from search
        title += mine ? tr(" — the visitor left") : tr(" — ended");
    else if (!consultingFor.isEmpty())
        title += tr(" — consulting for %1").arg(consultingFor);
    else if (!mine)
        title += tr(" — offered to you, accept to answer");
    m_ui->conversationTitle->setText(title);
    QString info;
    if (!consultingFor.isEmpty())
        info = tr("Read-only: %1 answers the visitor. Write to %1 in the consult panel.").arg(consultingFor);
    if (c->handoff)
        info += (info.isEmpty() ? QString() : QStringLiteral("  ")) + TranscriptModel::describeHandoff(*c->handoff);
    if (!c->queueId.isEmpty())
        info += (info.isEmpty() ? QString() : QStringLiteral("  ")) + tr("Queue: %1.").arg(queueName(c->queueId));
    if (const auto rated = m_session->rating(id))
        info += (info.isEmpty() ? QString() : QStringLiteral("  ")) + TranscriptPdf::describe(*rated);
    m_ui->conversationInfo->setText(info);
    m_ui->typingLabel->setText(m_session->isVisitorTyping(id) ? tr("%1 is typing…").arg(visitor) : QString());
}

QString MainWindow::queueName(const QString &queueId) const
{
    for (const QueueStatus &q : m_session->queues()->queues())
        if (q.id == queueId && !q.name.isEmpty())
            return q.name;
    return queueId;
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::acceptOffer()
{
    if (const QString invitation = invitationForKeys(); !invitation.isEmpty())
        acceptConsultWithId(invitation);
    else
        acceptOfferWithId(selectedOfferId());
}

void MainWindow::acceptOfferWithId(const QString &id)
{
    if (needsRouter())
        return;
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("No chat is offered to you right now."), 4000);
        return;
    }
    m_ui->acceptButton->setEnabled(false);
    m_session->acceptOffer(id, [this, id](const QString &error) {
        updateOfferButtons();
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not accept the chat: %1").arg(error), 10000);
            return;
        }
        showChats();
        const int row = m_session->myChats()->rowOf(id);
        if (row >= 0)
            m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(row));
        focusComposer();
    });
}

void MainWindow::declineOffer()
{
    if (const QString invitation = invitationForKeys(); !invitation.isEmpty())
        declineConsultWithId(invitation);
    else
        declineOfferWithId(selectedOfferId());
}

void MainWindow::declineOfferWithId(const QString &id)
{
    if (id.isEmpty())
        return;
    m_session->declineOffer(id, [this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Could not decline the chat: %1").arg(error), 10000);
        updateOfferButtons();
    });
}

void MainWindow::sendMessage()
{
    if (!currentIsMine())
        return;
    const bool internal = m_ui->internalCheck->isChecked();
    const QStringList missing = m_ui->composer->missingPlaceholders();
    if (!missing.isEmpty() && !internal) {
        m_hintError = tr("Fill in %1 before sending.").arg(QStringLiteral("{") + missing.join(QStringLiteral("}, {"))
                                                            + QStringLiteral("}"));
        updateComposerHint();
        return;
    }
    // Files go first, each as a line of its own (never as an internal note); the words, if any, after them.
    const QList<ComposerEdit::PendingAttachment> files = m_ui->composer->pendingAttachments();
    if (!files.isEmpty()) {
        if (internal) {
            m_hintError = tr("Files go to the visitor: switch off the internal note to send them.");
            updateComposerHint();
            return;
        }
        for (const ComposerEdit::PendingAttachment &f : files) {
            QByteArray bytes = f.bytes;
            if (!f.path.isEmpty()) {
                QFile file(f.path);
                if (file.size() > DeskSession::kMaxAttachmentBytes) {
                    statusBar()->showMessage(tr("%1 is larger than 10 MB.").arg(f.name), 10000);
                    continue;
                }
                if (!file.open(QIODevice::ReadOnly)) {
                    statusBar()->showMessage(tr("%1 cannot be read: %2").arg(f.name, file.errorString()), 10000);
                    continue;
                }
                bytes = file.readAll();
            }
            m_session->sendAttachment(m_session->currentConversationId(), f.name, bytes, [this](const QString &error) {
                if (!error.isEmpty())
                    statusBar()->showMessage(error, 10000);
            });
        }
        m_ui->composer->clearPendingAttachments();
        if (m_ui->composer->toPlainText().trimmed().isEmpty()) {
            m_typingIdle.stop();
            return;
        }
    }
    QString error;
    if (!m_session->send(m_session->currentConversationId(), m_ui->composer->toPlainText(), internal, &error)) {
        m_hintError = error;
        updateComposerHint();
        return;
    }
    m_ui->composer->clear();
    m_ui->composer->setMissingPlaceholders({});
    if (internal)
        m_ui->internalCheck->setChecked(false);
    m_typingIdle.stop();
}

QList<QWidget *> MainWindow::conversationPanes() const
{
    return { m_ui->transcriptView, m_ui->typingLabel, m_ui->composer, m_ui->internalCheck, m_ui->composerHint,
        m_ui->sendButton, m_ui->transferButton, m_ui->endChatButton, m_ui->rightContent };
}

void MainWindow::updateConversationPanes(bool open)
{
    // With no chat open the centre says so (title and hint) and shows nothing that belongs to a chat: no
    // empty transcript, no composer or buttons that cannot act, no fields or earlier chats of nobody. The
    // desk's first frame has that much less to lay out and draw; the panes show when a chat opens.
    for (QWidget *w : conversationPanes())
        w->setVisible(open);
    m_ui->noteBadge->setVisible(open && m_ui->internalCheck->isChecked());
}

void MainWindow::updateNoteMode()
{
    // Note mode changes the whole composer: its colours and border, a badge and the Send button's words,
    // so a note is never typed believing it goes to the visitor, nor the reverse.
    const bool on = m_ui->internalCheck->isChecked();
    const TranscriptColours &c = ThemePalette::colours();
    ComposerEdit *composer = m_ui->composer;
    composer->setPlaceholderText(on ? tr("Internal note — only agents and supervisors see it")
                                    : tr("Message to the visitor — Enter sends, Shift+Enter for a new line, / for "
                                         "canned responses"));
    QPalette p = QApplication::palette(composer);
    if (on) {
        p.setColor(QPalette::Base, c.internal);
        p.setColor(QPalette::Text, c.internalText);
        p.setColor(QPalette::PlaceholderText, c.internalPlaceholder);
    }
    // The style sheet first: removing one restores the palette the widget had when it was set.
    // None is set until note mode is first on: the first style sheet in the process sets up Qt's
    // style-sheet style, which the window's first frame does not need.
    if (on || !composer->styleSheet().isEmpty())
        composer->setStyleSheet(on ? QStringLiteral("handoff--ComposerEdit { border: 2px solid %1; background: %2; "
                                                    "color: %3; }")
                                         .arg(c.internalBorder.name(), c.internal.name(), c.internalText.name())
                                   : QString());
    composer->setPalette(p);
    // Qt 6.4's plain-text edit does not repaint when only its placeholder changes.
    composer->viewport()->update();
    m_ui->noteBadge->setVisible(on && m_ui->composer->isVisibleTo(this));
    if (on || !m_ui->noteBadge->styleSheet().isEmpty()) // hidden while off
        m_ui->noteBadge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                                  "border-radius: 3px; padding: 2px 6px; font-weight: bold; }")
                                       .arg(c.internal.name(), c.internalText.name(), c.internalBorder.name()));
    m_ui->sendButton->setText(on ? tr("Add note") : tr("Send"));
    m_ui->sendButton->setToolTip(on ? tr("Adds the note to the chat; the visitor does not see it")
                                    : tr("Sends the message to the visitor"));
    updateComposerHint();
}

bool MainWindow::isNoteMode() const
{
    return m_ui->internalCheck->isChecked();
}

void MainWindow::updateComposerHint()
{
    const TranscriptColours &c = ThemePalette::colours();
    QString text = m_hintError;
    if (text.isEmpty()) {
        const QStringList missing = m_ui->composer->missingPlaceholders();
        if (!missing.isEmpty())
            text = tr("Not known: %1 — replace the marked text before sending.")
                       .arg(QStringLiteral("{") + missing.join(QStringLiteral("}, {")) + QStringLiteral("}"));
        else if (m_ui->internalCheck->isChecked())
            text = tr("Internal note: the visitor will not see this.");
        else if (m_ui->composer->isEnabled())
            text = tr("To the visitor.");
    }
    QPalette p = m_ui->composerHint->palette();
    p.setColor(QPalette::WindowText, m_hintError.isEmpty() && m_ui->composer->missingPlaceholders().isEmpty()
                                         ? c.meta
                                         : c.failed);
    m_ui->composerHint->setPalette(p);
    m_ui->composerHint->setText(text);
}

void MainWindow::nextChat(int step)
{
    auto *chats = m_session->myChats();
    const int n = chats->rowCount();
    if (n == 0)
        return;
    int row = chats->rowOf(m_session->currentConversationId());
    // The next chat the list shows: those the filter hides are skipped (all of them when none is shown).
    for (int tries = 0; tries < n; ++tries) {
        row = row < 0 ? (step > 0 ? 0 : n - 1) : (row + step + n) % n;
        if (!m_ui->myChatsView->isRowHidden(row))
            break;
    }
    m_ui->myChatsView->setCurrentIndex(chats->index(row));
    focusComposer();
}

void MainWindow::nextWaitingChat()
{
    const QString id = m_session->myChats()->nextWaiting(m_session->currentConversationId());
    if (id.isEmpty()) {
        statusBar()->showMessage(tr("No chat is waiting for your reply."), 4000);
        return;
    }
    showChats();
    m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(m_session->myChats()->rowOf(id)));
    focusComposer();
}

void MainWindow::focusComposer()
{
    if (m_ui->composer->isEnabled())
        m_ui->composer->setFocus();
}

bool MainWindow::needsRouter()
{
    if (m_session->connection()->isSignedIn())
        return false;
    statusBar()->showMessage(tr("Not connected to the router: this waits until the connection is back."), 6000);
    return true;
}

void MainWindow::transferChat()
{
    if (!currentIsMine() || needsRouter())
        return;
    const QString id = m_session->currentConversationId();
    auto *dialog = new TransferDialog(m_session->queues(), this);
    fillColleagues(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_session->transfer(id, dialog->queueId(), dialog->agentId(), dialog->note(), [this](const QString &error) {
            statusBar()->showMessage(error.isEmpty() ? tr("Chat transferred.")
                                                     : tr("Could not transfer the chat: %1").arg(error),
                                     10000);
        });
    });
    dialog->open();
}

void MainWindow::fillColleagues(TransferDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Who is available is asked the moment the dialog opens, and the router reports every change of a
    // colleague's presence or load while it is open: they change by the minute.
    m_session->watchColleagues(true);
    connect(m_session, &DeskSession::colleaguesChanged, dialog, &TransferDialog::updateColleagues);
    connect(dialog, &QDialog::finished, this, [this] { m_session->watchColleagues(false); });
    QPointer<TransferDialog> guard(dialog);
    m_session->fetchColleagues([this, guard](const QList<BoardAgent> &agents, const QString &error) {
        if (!guard)
            return;
        if (error.isEmpty())
            guard->setColleagues(agents, m_session->userId());
        else
            guard->setColleaguesError(error);
    });
}

void MainWindow::consultColleague()
{
    if (!currentIsMine() || needsRouter())
        return;
    const QString id = m_session->currentConversationId();
    if (m_session->consults()->consult(id)) {
        statusBar()->showMessage(tr("This chat already has a consult; end it first."), 6000);
        return;
    }
    auto *dialog = new TransferDialog(m_session->queues(), this, TransferDialog::Purpose::Consult);
    fillColleagues(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        m_session->inviteConsult(id, dialog->agentId(), [this](const QString &error) {
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Could not ask the colleague: %1").arg(error), 10000);
        });
    });
    dialog->open();
}

void MainWindow::updateConsultAction()
{
    if (!m_consultAction)
        return;
    const QString id = m_session->currentConversationId();
    const auto c = m_session->conversation(id);
    m_consultAction->setEnabled(currentIsMine() && m_session->connection()->isSignedIn() && c
        && c->state != ConversationState::Closed && !m_session->consults()->consult(id));
}

void MainWindow::buildConsultInvitations()
{
    // Under the offers and like them: who asks about which chat, the seconds left, Accept and Decline.
    m_invitesLabel = new QLabel(m_ui->chatsTab);
    m_invitesLabel->setObjectName(QStringLiteral("consultInvitesLabel"));
    makeHeading(m_invitesLabel);
    m_invitesView = new QListView(m_ui->chatsTab);
    m_invitesView->setObjectName(QStringLiteral("consultInvitesView"));
    m_invitesView->setModel(m_session->consults());
    m_invitesView->setItemDelegate(new ChatListDelegate(ChatListDelegate::Kind::ConsultInvitations, this));
    m_invitesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_invitesView->setUniformItemSizes(true);
    m_invitesView->setMaximumHeight(120);
    m_invitesView->setAccessibleName(tr("Consult requests"));
    m_invitesView->setAccessibleDescription(
        tr("Colleagues asking you about their chats. Ctrl+Shift+A accepts the selected request, Ctrl+Shift+D "
           "declines it."));
    m_invitesLabel->setBuddy(m_invitesView);
    m_acceptConsultButton = new QPushButton(tr("Accept consult"), m_ui->chatsTab);
    m_acceptConsultButton->setObjectName(QStringLiteral("acceptConsultButton"));
    m_acceptConsultButton->setToolTip(tr("Ctrl+Shift+A"));
    m_declineConsultButton = new QPushButton(tr("Decline consult"), m_ui->chatsTab);
    m_declineConsultButton->setObjectName(QStringLiteral("declineConsultButton"));
    m_declineConsultButton->setToolTip(tr("Ctrl+Shift+D"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_acceptConsultButton);
    buttons->addWidget(m_declineConsultButton);
    const int at = m_ui->chatsTabLayout->indexOf(m_ui->offerButtons) + 1;
    m_ui->chatsTabLayout->insertWidget(at, m_invitesLabel);
    m_ui->chatsTabLayout->insertWidget(at + 1, m_invitesView);
    m_ui->chatsTabLayout->insertLayout(at + 2, buttons);
    // Made after the form: put them in the Tab chain where they show, right after the offers.
    setTabOrder(m_ui->declineButton, m_invitesView);
    setTabOrder(m_invitesView, m_acceptConsultButton);
    setTabOrder(m_acceptConsultButton, m_declineConsultButton);
    connect(m_acceptConsultButton, &QPushButton::clicked, this, [this] { acceptConsultWithId(selectedInvitationId()); });
    connect(m_declineConsultButton, &QPushButton::clicked, this, [this] { declineConsultWithId(selectedInvitationId()); });
    connect(m_session->consults(), &QAbstractItemModel::modelReset, this, &MainWindow::updateConsultInvitations);
    updateConsultInvitations();
}

void MainWindow::updateConsultInvitations()
{
    const int n = m_session->consults()->rowCount();
    m_invitesLabel->setText(tr("Consult requests (%1)").arg(n));
    for (QWidget *w : { static_cast<QWidget *>(m_invitesLabel), static_cast<QWidget *>(m_invitesView),
             static_cast<QWidget *>(m_acceptConsultButton), static_cast<QWidget *>(m_declineConsultButton) })
        w->setVisible(n > 0);
    if (n > 0 && !m_invitesView->currentIndex().isValid())
        m_invitesView->setCurrentIndex(m_session->consults()->index(0));
}

QString MainWindow::selectedInvitationId() const
{
    const QModelIndex i = m_invitesView->currentIndex();
    return i.isValid() ? i.data(ConsultModel::ConversationIdRole).toString()
                       : m_session->consults()->conversationIdAt(0);
}

QString MainWindow::invitationForKeys() const
{
    if (m_session->consults()->rowCount() == 0)
        return {};
    if (m_invitesView->hasFocus() || m_acceptConsultButton->hasFocus() || m_declineConsultButton->hasFocus()
        || m_session->offers()->rowCount() == 0)
        return selectedInvitationId();
    return {};
}

void MainWindow::acceptConsultWithId(const QString &id)
{
    if (needsRouter() || id.isEmpty())
        return;
    m_acceptConsultButton->setEnabled(false);
    m_session->acceptConsult(id, [this, id](const QString &error) {
        m_acceptConsultButton->setEnabled(true);
        if (!error.isEmpty()) {
            statusBar()->showMessage(tr("Could not accept the consult: %1").arg(error), 10000);
            return;
        }
        showChats();
        const int row = m_session->myChats()->rowOf(id);
        if (row >= 0)
            m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(row));
        m_consultPanel->focusLineEdit();
    });
}

void MainWindow::declineConsultWithId(const QString &id)
{
    if (id.isEmpty())
        return;
    m_session->declineConsult(id, [this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Could not decline the consult: %1").arg(error), 10000);
    });
}

void MainWindow::endChat()
{
    if (!currentIsMine() || needsRouter())
        return;
    const QString id = m_session->currentConversationId();
    auto *dialog = new WrapUpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog stays open until the router ended the chat: a refused or failed close keeps the note.
    dialog->setDeferredAccept(true);
    QPointer<WrapUpDialog> guard(dialog);
    connect(dialog, &WrapUpDialog::submitted, this, [this, dialog, guard, id] {
        if (!m_session->connection()->isSignedIn()) {
            dialog->showError(tr("The router is not reachable."));
            return;
        }
        m_session->closeConversation(id, dialog->disposition(), dialog->note(), [this, guard](const QString &error) {
            statusBar()->showMessage(error.isEmpty() ? tr("Chat ended.") : tr("Could not end the chat: %1").arg(error),
                                     10000);
            if (!guard)
                return;
            if (error.isEmpty())
                guard->finish();
            else
                guard->showError(error);
        });
    });
    dialog->open();
}

void MainWindow::searchTranscripts()
{
    auto *dialog = new SearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SearchDialog::conversationChosen, this, [this, dialog](const QString &id) {
        const int row = m_session->myChats()->rowOf(id);
        if (row >= 0)
            m_ui->myChatsView->setCurrentIndex(m_session->myChats()->index(row));
        else
            m_session->openConversation(id); // a closed chat: read-only from the cache
        dialog->close();
    });
    dialog->open();
}

void MainWindow::attachFile()
{
    if (!currentIsMine()) {
        statusBar()->showMessage(tr("Open one of your chats to send a file."), 5000);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Attach a file"), QDir::homePath());
    dialog->setObjectName(QStringLiteral("attachFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &paths) {
        for (const QString &path : paths)
            m_ui->composer->addFile(path);
        m_ui->composer->setFocus();
    });
    dialog->open();
}

void MainWindow::showFileMenu(const QModelIndex &index, const QPoint &globalPos)
{
    if (!index.isValid())
        return;
    const std::optional<Attachment> file = m_session->transcript()->line(index.row()).message.attachment;
    if (!file || file->id.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("fileMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("File %1").arg(file->name));
    const Attachment a = *file;
    if (AttachmentDownloads::mayOpen(a))
        menu->addAction(tr("&Open"), this, [this, a] { openAttachment(a); })->setObjectName(QStringLiteral("openFileAction"));
    menu->addAction(tr("&Save as…"), this, [this, a] { saveAttachmentAs(a); })->setObjectName(QStringLiteral("saveFileAction"));
    menu->popup(globalPos);
}

void MainWindow::saveAttachmentAs(const Attachment &a)
{
    auto *dialog = new QFileDialog(this, tr("Save the file"),
                                   QDir::home().filePath(AttachmentDownloads::safeFileName(a.name)));
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, a](const QString &target) {
        m_session->attachments()->whenCached(a, this, [this, a, target](const QString &path, const QString &why) {
            if (path.isEmpty()) {
                statusBar()->showMessage(tr("%1 cannot be saved: %2").arg(a.name, why), 8000);
                return;
            }
            QFile::remove(target); // the dialog asked before replacing it
            if (!QFile::copy(path, target)) {
                statusBar()->showMessage(tr("%1 cannot be saved as %2.").arg(a.name, target), 8000);
                return;
            }
            statusBar()->showMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(target)), 5000);
        });
    });
    dialog->open();
}

void MainWindow::openAttachment(const Attachment &a)
{
    if (!AttachmentDownloads::mayOpen(a))
        return;
    m_session->attachments()->whenCached(a, this, [this, a](const QString &path, const QString &why) {
        if (path.isEmpty()) {
            statusBar()->showMessage(tr("%1 cannot be opened: %2").arg(a.name, why), 8000);
            return;
        }
        // A copy under its own name with the extension of its verified type, readable by this user only,
        // handed to the system's viewer for that type: nothing is ever run.
        const QString directory = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                      .filePath(QStringLiteral("handoff-desk-files"));
        QDir().mkpath(directory);
        QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QString copy = QDir(directory).filePath(AttachmentDownloads::openName(a));
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            statusBar()->showMessage(tr("%1 cannot be opened.").arg(a.name), 8000);
            return;
        }
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
            statusBar()->showMessage(tr("No program to show %1 was found.").arg(a.name), 8000);
    });
}

void MainWindow::exportChatPdf()
{
    const QString id = m_session->currentConversationId();
    if (!m_session->conversation(id)) {
        statusBar()->showMessage(tr("Open a chat to export it."), 5000);
        return;
    }
    auto *dialog = new QFileDialog(this, tr("Export the chat as PDF"),
                                   QDir::home().filePath(QStringLiteral("chat-%1.pdf").arg(id)), tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("exportPdfDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, id](const QString &path) { writeChatPdf(id, path); });
    dialog->open();
}

bool MainWindow::writeChatPdf(const QString &conversationId, const QString &path)
{
    const auto c = m_session->conversation(conversationId);
    if (!c)
        return false;
    TranscriptPdf pdf;
    pdf.conversation = *c;
    pdf.messages = m_session->allMessages(conversationId);
    pdf.rating = m_session->rating(conversationId);
    pdf.queueName = queueName(c->queueId);
    QString error;
    if (!pdf.write(path, &error)) {
        QMessageBox::warning(this, tr("Export the chat as PDF"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

void MainWindow::applyTheme(DeskSettings::Theme theme)
{
    m_settings->setTheme(theme);
    ThemePalette::apply(theme);
    m_ui->transcriptView->viewport()->update();
    m_ui->offlineMessagesView->viewport()->update();
    updateConnectionState();
    updateNoteMode();
    styleBanners();
    m_consultPanel->applyColours();
}

void MainWindow::updateSupervisorBoard()
{
    const bool supervisor = m_session->connection()->user().role == Role::Supervisor;
    m_boardAction->setVisible(supervisor);
    if (supervisor == (m_boardWidget != nullptr))
        return;
    if (supervisor) {
        m_board = new SupervisorBoard(m_session->connection(), this);
        m_board->setAttachmentDownloads(m_session->attachments());
        m_boardWidget = new SupervisorBoardWidget(m_board);
        m_pages = new QTabWidget(this);
        m_pages->setObjectName(QStringLiteral("pages"));
        m_pages->setDocumentMode(true);
        m_pages->addTab(takeCentralWidget(), tr("Chats"));
        m_pages->addTab(m_boardWidget, tr("Board"));
        setCentralWidget(m_pages);
        return;
    }
    // Signed in again as an agent: back to the chats alone.
    QWidget *chats = m_pages->widget(0);
    m_pages->removeTab(0);
    setCentralWidget(chats);
    delete m_pages;
    delete m_board;
    m_pages = nullptr;
    m_board = nullptr;
    m_boardWidget = nullptr;
}

void MainWindow::toggleBoard()
{
    if (m_pages)
        m_pages->setCurrentIndex(m_pages->currentIndex() == 1 ? 0 : 1);
}

void MainWindow::updateCompletion()
{
    const QString prefix = m_ui->composer->shortcutPrefix();
    const auto matches = prefix.isEmpty() ? QList<CannedResponse>{} : m_session->cannedResponses()->completions(prefix);
    if (matches.isEmpty()) {
        closeCompletion();
        return;
    }
    m_completions.clear();
    for (const CannedResponse &c : matches) {
        auto *item = new QStandardItem(QStringLiteral("/%1 — %2").arg(c.shortcut, c.title));
        item->setData(c.shortcut, Qt::UserRole);
        m_completions.appendRow(item);
    }
    m_ui->completionView->setCurrentIndex(m_completions.index(0, 0));
    m_ui->completionView->setFixedHeight(qMin(5, int(matches.size())) * m_ui->completionView->sizeHintForRow(0) + 6);
    m_ui->completionView->show();
    m_ui->composer->setCompletionOpen(true);
    moveCompletion(0);
}

void MainWindow::moveCompletion(int delta)
{
    const int n = m_completions.rowCount();
    if (n == 0)
        return;
    const int row = (m_ui->completionView->currentIndex().row() + delta + n) % n;
    m_ui->completionView->setCurrentIndex(m_completions.index(row, 0));
    const auto c = m_session->cannedResponses()->byShortcut(m_completions.index(row, 0).data(Qt::UserRole).toString());
    if (!c)
        return;
    // Preview with the placeholders filled; unknown ones are marked. Escaped: only our markup is rich text.
    const auto filled = m_session->fillerFor(m_session->currentConversationId()).fill(c->text);
    QString html;
    int last = 0;
    const QColor bad = ThemePalette::colours().failed;
    for (const auto &span : filled.missingSpans) {
        html += filled.text.mid(last, span.start - last).toHtmlEscaped();
        html += QStringLiteral("<span style=\"color:%1; font-weight:bold; text-decoration:underline\">%2</span>")
                    .arg(bad.name(), filled.text.mid(span.start, span.length).toHtmlEscaped());
        last = span.start + span.length;
    }
    html += filled.text.mid(last).toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    QString note;
    if (!filled.missing.isEmpty())
        note = QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                   .arg(bad.name(), tr("Not known: %1").arg(filled.missing.join(QStringLiteral(", "))).toHtmlEscaped());
    m_ui->completionPreview->setText(tr("<b>Preview</b> (Enter or Tab inserts, Esc closes):") + QStringLiteral("<br>")
                                     + html + note);
    m_ui->completionPreview->show();
}

void MainWindow::acceptCompletion()
{
    const QModelIndex i = m_ui->completionView->currentIndex();
    if (!i.isValid()) {
        closeCompletion();
        return;
    }
    const auto c = m_session->cannedResponses()->byShortcut(i.data(Qt::UserRole).toString());
    closeCompletion();
    if (!c)
        return;
    m_ui->composer->replaceShortcut(QString()); // the "/ref" typed; text before it stays (several snippets)
    insertCanned(*c);
}

void MainWindow::closeCompletion()
{
    m_ui->composer->setCompletionOpen(false);
    m_ui->completionView->hide();
    m_ui->completionPreview->hide();
}

void MainWindow::insertCanned(const CannedResponse &c)
{
    if (!currentIsMine()) {
        statusBar()->showMessage(tr("Open one of your chats first."), 4000);
        return;
    }
    const auto filled = m_session->fillerFor(m_session->currentConversationId()).fill(c.text);
    QStringList missing = m_ui->composer->missingPlaceholders();
    for (const QString &m : filled.missing)
        if (!missing.contains(m))
            missing << m;
    m_ui->composer->insertSnippet(filled.text);
    m_ui->composer->setMissingPlaceholders(missing);
    updateComposerHint();
    m_ui->composer->setFocus();
    // Put the cursor on the first unknown placeholder so the agent can type over it.
    const auto spans = PlaceholderFiller::placeholdersIn(m_ui->composer->toPlainText());
    for (const auto &s : spans)
        if (missing.contains(s.name)) {
            QTextCursor cursor = m_ui->composer->textCursor();
            cursor.setPosition(s.start);
            cursor.setPosition(s.start + s.length, QTextCursor::KeepAnchor);
            m_ui->composer->setTextCursor(cursor);
            break;
        }
}

void MainWindow::updateCannedCategories()
{
    const QStringList categories = m_session->cannedResponses()->categories();
    const QString current = m_ui->cannedCategory->currentData().toString();
    QStringList existing;
    for (int i = 1; i < m_ui->cannedCategory->count(); ++i)
        existing << m_ui->cannedCategory->itemData(i).toString();
    if (existing == categories && m_ui->cannedCategory->count() > 0)
        return;
    const QSignalBlocker block(m_ui->cannedCategory);
    m_ui->cannedCategory->clear();
    m_ui->cannedCategory->addItem(tr("All categories"), QString());
    for (const QString &c : categories)
        m_ui->cannedCategory->addItem(c, c);
    const int i = m_ui->cannedCategory->findData(current);
    m_ui->cannedCategory->setCurrentIndex(i < 0 ? 0 : i);
}

void MainWindow::fitToScreen()
{
    // At 150-200 % scaling or with large fonts the form's 1280x800 (or a size saved on another screen)
    // can be larger than the screen: keep the window, and so the composer, Send and status bar, on it.
    m_ui->composer->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 12);
    m_ui->transcriptView->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame counts too: its size is known once shown; before that, room for a usual title bar.
    const QSize decoration = isVisible() ? frameGeometry().size() - geometry().size() : QSize(16, 40);
    const QRect available = screen->availableGeometry();
    QRect inner = geometry();
    inner.setWidth(qMin(inner.width(), available.width() - decoration.width()));
    inner.setHeight(qMin(inner.height(), available.height() - decoration.height()));
    const QPoint offset = isVisible() ? geometry().topLeft() - frameGeometry().topLeft() : QPoint(8, 32);
    QRect outer(inner.topLeft() - offset, inner.size() + decoration);
    if (!available.contains(outer))
        outer.moveTopLeft(QPoint(qBound(available.left(), outer.left(), available.right() + 1 - outer.width()),
            qBound(available.top(), outer.top(), available.bottom() + 1 - outer.height())));
    inner.moveTopLeft(outer.topLeft() + offset);
    setGeometry(inner);
    // The side panels give way first so the conversation keeps room.
    const int side = qMax(180, inner.width() / 5);
    if (inner.width() < 1100)
        m_ui->mainSplitter->setSizes({side, inner.width() - 2 * side, side});
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    m_settings->setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(e);
}

void MainWindow::openEarlierChat(const QModelIndex &index)
{
    const EarlierConversation earlier = m_session->customerHistory()->at(index.row());
    if (earlier.id.isEmpty())
        return;
    m_session->fetchEarlierConversation(earlier.id, [this, earlier, guard = QPointer<MainWindow>(this)](
                                                        const std::optional<ConversationSummary> &conversation,
                                                        const QList<ChatMessage> &messages, const QString &error) {
        if (!guard)
            return;
        if (!conversation) {
            statusBar()->showMessage(tr("The earlier chat cannot be shown: %1").arg(error), 6000);
            return;
        }
        auto *dialog = new EarlierChatDialog(*conversation, earlier, messages, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace handoff

// The agent's main window: queue panel (offers, my chats, queues; and a Messages tab with what visitors
// left while nobody could chat) on the left, the conversation and composer (or the chosen left message)
// in the centre, bot fields and canned responses on the right, connection, presence and load in the
// status bar. Everything it shows comes from DeskSession; it only wires views to it.
#pragma once

#include "desk/DeskSettings.h"
#include "protocol/DomainTypes.h"

#include <QMainWindow>
#include <QStandardItemModel>
#include <QTimer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace handoff {

class ConsultPanel;
class DeskAccessibility;
class DeskSession;
class OfflineMessageView;
class OfferNotifier;
class SupervisorBoard;
class SupervisorBoardWidget;
class TransferDialog;
struct CannedResponse;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DeskSession *session, DeskSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    OfferNotifier *notifier() const { return m_notifier; }
    QString connectionText() const;
    bool isNoteMode() const; // the composer writes an internal note
    // The supervisor board tab; null unless a supervisor is signed in.
    SupervisorBoardWidget *boardWidget() const { return m_boardWidget; }

public slots:
    void acceptOffer(); // the selected offer
    void declineOffer();
    void acceptOfferWithId(const QString &conversationId); // e.g. from the Accept of a notification
    void declineOfferWithId(const QString &conversationId);
    void bringToFront();
    void sendMessage();
    void nextChat(int step = 1);
    void nextWaitingChat(); // the chat waiting longest for my reply (Ctrl+J)
    void transferChat();
    // Chat > Consult…: asks a colleague (agent or supervisor) about the open chat, privately.
    void consultColleague();
    // A colleague's consult invitation: accepting opens their chat read-only with the consult panel.
    void acceptConsultWithId(const QString &conversationId);
    void declineConsultWithId(const QString &conversationId);
    void endChat();
    void focusComposer();
    void searchTranscripts();
    // The open chat as a PDF: asks where (a file dialog), then writeChatPdf().
    void exportChatPdf();
    void attachFile(); // Chat > Attach a file…: the files wait in the composer until Send
    bool writeChatPdf(const QString &conversationId, const QString &path);
    void applyTheme(DeskSettings::Theme theme);
    void toggleBoard(); // between the chats and the supervisor board
    void showMessages(); // the Messages tab, focus on its list
    void markOfflineMessageHandled();
    // Every keyboard shortcut of the window (F1); as a palette (Ctrl+Shift+P) the search field comes first.
    void showShortcuts(bool palette);

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *e) override;
    bool event(QEvent *e) override;

private:
    // What the agent does not need for the first look at the window waits until it has been painted.
    void finishStartAfterFirstPaint();
    void createActions();
    void createStatusBar();
    void updateSupervisorBoard(); // adds or removes the Board tab for the signed-in role
    void showConversation(const QString &conversationId);
    void openEarlierChat(const QModelIndex &index); // a row of the customer's earlier chats, read-only
    // A transcript line with a file, activated (Enter, double-click) or right-clicked: Save as…, and Open
    // for pictures and PDFs.
    void showFileMenu(const QModelIndex &index, const QPoint &globalPos);
    void saveAttachmentAs(const Attachment &a);
    void openAttachment(const Attachment &a);
    void updateHeader();
    void updateConnectionState();
    void updatePresence();
    void styleBanners();
    void fitToScreen(); // the window never opens larger than the screen's available area
    bool needsRouter(); // true (and says so) when the router is not reachable
    void showPresenceChangedForMe(Presence chosen, const QString &reason); // banner, status bar, tray
    void updateOfferButtons();
    void updateTitle();
    // Hides the chats the filter combo leaves out (never the open one) and says so in the heading.
    void applyChatFilter();
    void updateCompletion();
    void moveCompletion(int delta);
    void acceptCompletion();
    void closeCompletion();
    void insertCanned(const CannedResponse &c);
    void updateCannedCategories();
    void updateComposerHint();
    void updateNoteMode(); // composer colours, badge, placeholder and Send text for note mode
    void updateConversationPanes(bool open); // the chat's panes, shown while a chat is open
    QList<QWidget *> conversationPanes() const;
    bool currentIsMine() const;
    QString queueName(const QString &queueId) const; // the queue's display name, its id when unknown
    void showChats(); // the Chats tab, for the keys that go to offers and my chats
    void updateMessagesTab();
    void showSelectedOfflineMessage();
    // The centre's page for a left message, built the first time the Messages tab opens.
    OfflineMessageView *offlineView();
    QString selectedOfferId() const;
    // The consult invitation Ctrl+Shift+A / Ctrl+Shift+D answer: the one chosen when its list has the
    // focus, or the first when no chat is offered; empty otherwise (the keys answer the offer then).
    QString invitationForKeys() const;
    QString selectedInvitationId() const;
    void buildConsultInvitations(); // the list of invitations under the offers
    void updateConsultInvitations();
    void updateConsultAction();
    // The transfer dialog's colleague list: asked for at once and kept live while the dialog is open.
    void fillColleagues(TransferDialog *dialog);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DeskSession *m_session;
    DeskSettings *m_settings;
    int m_shownChats = 0; // rows of my chats the filter shows
    OfferNotifier *m_notifier;
    QLabel *m_connectionLabel = nullptr;
    QComboBox *m_presenceCombo = nullptr;
    QLabel *m_loadLabel = nullptr;
    QStandardItemModel m_completions;
    QTabWidget *m_pages = nullptr; // Chats | Board, only for supervisors
    SupervisorBoard *m_board = nullptr;
    SupervisorBoardWidget *m_boardWidget = nullptr;
    QAction *m_boardAction = nullptr;
    QAction *m_consultAction = nullptr;
    ConsultPanel *m_consultPanel = nullptr;
    QLabel *m_invitesLabel = nullptr;
    QListView *m_invitesView = nullptr;
    QPushButton *m_acceptConsultButton = nullptr;
    QPushButton *m_declineConsultButton = nullptr;
    QAction *m_showHandledAction = nullptr;
    QString m_handlingMessageId; // "Mark handled" sent, no answer yet
    QTimer m_typingIdle;
    QString m_hintError;
    bool m_stickToBottom = true;
    bool m_painted = false;
    OfflineMessageView *m_offlineView = nullptr;
    DeskAccessibility *m_accessibility = nullptr;
    bool m_fitted = false; // fitted to the screen again once shown
    bool m_wasConnected = false; // an outage banner only after the first connection
};

} // namespace handoff

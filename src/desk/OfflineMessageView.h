// The centre of the desk while the Messages tab is open: one message a visitor left, with who wrote
// it, when, in which queue, their text (always plain text), what the bot had collected and the page
// they were on; and the actions on it: reply by e-mail, copy the address, mark it handled.
#pragma once

#include "client/OfflineMessageModel.h"

#include <QUrl>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace handoff {

class OfflineMessageView : public QWidget
{
    Q_OBJECT
public:
    explicit OfflineMessageView(QWidget *parent = nullptr);

    // Shows this message, or the hint to choose one (`emptyText`) when there is none.
    void setMessage(const std::optional<OfflineMessage> &message, const QString &emptyText = {});
    QString messageId() const { return m_message ? m_message->id : QString(); }
    void setBusy(bool busy); // while "Mark handled" waits for the router

    // mailto: for the visitor's address with the reply subject; empty when the address is unusable.
    static QUrl replyUrl(const QString &email);
    static bool isUsableEmail(const QString &email);

public slots:
    void reply();
    void copyEmail();
    void markHandled();

signals:
    void markHandledRequested(const QString &id);
    void notice(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *e) override;

private:
    void updateButtons();
    void updateColours();

    std::optional<OfflineMessage> m_message;
    bool m_busy = false;
    QLabel *m_empty;
    QWidget *m_content;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_time;
    QLabel *m_queue;
    QLabel *m_topic;
    QLabel *m_page;
    QLabel *m_handled;
    QPlainTextEdit *m_text;
    QLabel *m_fieldsHeading;
    QWidget *m_fields;
    QFormLayout *m_fieldsForm;
    QFormLayout *m_info;
    QPushButton *m_replyButton;
    QPushButton *m_copyButton;
    QPushButton *m_handleButton;
};

} // namespace handoff

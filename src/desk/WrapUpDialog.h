// Ends a chat: the outcome (disposition) and a wrap-up note for the team.
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class WrapUpDialog;
}

namespace handoff {

class WrapUpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WrapUpDialog(QWidget *parent = nullptr);
    ~WrapUpDialog() override;

    QString disposition() const; // "resolved", "unresolved", "follow_up", "no_response"
    QString note() const;

    // When deferred, OK (or Ctrl+Enter) emits submitted() and the dialog stays open and busy until
    // finish() closes it or showError() says why the chat could not be ended: nothing typed is lost.
    void setDeferredAccept(bool on) { m_deferred = on; }
    void finish();
    void showError(const QString &message);
    QString errorText() const;

public slots:
    void accept() override;

signals:
    void submitted();

private:
    void setBusy(bool busy);
    bool m_deferred = false;
    std::unique_ptr<Ui::WrapUpDialog> m_ui;
};

} // namespace handoff

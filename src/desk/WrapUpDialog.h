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

private:
    std::unique_ptr<Ui::WrapUpDialog> m_ui;
};

} // namespace handoff

// Adds or edits one of the agent's personal canned responses: shortcut, title, category and text with
// {placeholders}, and a live preview filled with the open chat's fields. Shared responses are not
// edited here (they are managed on the router).
#pragma once

#include "client/DeskTypes.h"
#include "client/PlaceholderFiller.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace handoff {

class CannedResponseDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` holds every response (shared and personal) so a shortcut is never used twice;
    // `filler` fills the preview with the current chat's values.
    CannedResponseDialog(const QList<CannedResponse> &existing, const QStringList &categories,
        const PlaceholderFiller &filler, QWidget *parent = nullptr);

    void setResponse(const CannedResponse &c); // editing; a new one otherwise
    CannedResponse response() const;

    void accept() override;

private:
    void updatePreview();
    QString problem() const; // why it cannot be saved yet, or empty

    QList<CannedResponse> m_existing;
    PlaceholderFiller m_filler;
    QString m_id;
    QLineEdit *m_shortcut;
    QLineEdit *m_title;
    QComboBox *m_category;
    QPlainTextEdit *m_text;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace handoff

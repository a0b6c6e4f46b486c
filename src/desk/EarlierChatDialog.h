// One of the customer's earlier conversations, read-only: when, where, with whom and how it ended, its
// fields (verified ones marked) and its transcript as plain text. Opened from the history pane.
#pragma once

#include "client/CustomerHistoryModel.h"
#include "protocol/DomainTypes.h"

#include <QDialog>

namespace handoff {

class FieldsModel;

class EarlierChatDialog : public QDialog
{
    Q_OBJECT
public:
    EarlierChatDialog(const ConversationSummary &conversation, const EarlierConversation &entry,
                      const QList<ChatMessage> &messages, QWidget *parent = nullptr);

    // The transcript as the dialog shows it: one line per message, "time  author: text".
    static QString transcriptText(const QList<ChatMessage> &messages);

private:
    FieldsModel *m_fields;
};

} // namespace handoff

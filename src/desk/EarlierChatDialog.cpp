#include "desk/EarlierChatDialog.h"

#include "client/FieldsModel.h"
#include "client/TranscriptModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace handoff {

EarlierChatDialog::EarlierChatDialog(const ConversationSummary &conversation, const EarlierConversation &entry,
                                     const QList<ChatMessage> &messages, QWidget *parent)
    : QDialog(parent)
    , m_fields(new FieldsModel(this))
{
    const QLocale locale;
    setWindowTitle(tr("Earlier chat of %1").arg(locale.toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat)));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText); // names and queues are never markup
    summary->setWordWrap(true);
    summary->setText(tr("%1 in %2 with %3: %4")
                         .arg(locale.toString(entry.createdAt.toLocalTime(), QLocale::LongFormat), entry.queueName,
                              entry.agentName.isEmpty() ? tr("no agent") : entry.agentName,
                              CustomerHistoryModel::outcomeText(entry.disposition))
                     + (entry.rating > 0 ? QStringLiteral(", ") + tr("rated %1 of 5").arg(entry.rating) : QString())
                     + (entry.ratingComment.isEmpty() ? QString() : QStringLiteral(": ") + tr("“%1”").arg(entry.ratingComment)));
    layout->addWidget(summary);

    auto *fieldsLabel = new QLabel(tr("&Fields"), this);
    auto *fields = new QTableView(this);
    fields->setObjectName(QStringLiteral("earlierFieldsView"));
    m_fields->setConversation(conversation);
    fields->setModel(m_fields);
    fields->verticalHeader()->hide();
    fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    fields->horizontalHeader()->setStretchLastSection(true);
    fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    fields->setTabKeyNavigation(false);
    fields->setMaximumHeight(160);
    fields->setAccessibleName(tr("Fields of the earlier chat"));
    fieldsLabel->setBuddy(fields);
    layout->addWidget(fieldsLabel);
    layout->addWidget(fields);

    auto *transcriptLabel = new QLabel(tr("&Transcript"), this);
    auto *transcript = new QPlainTextEdit(this);
    transcript->setObjectName(QStringLiteral("earlierTranscript"));
    transcript->setReadOnly(true);
    transcript->setPlainText(transcriptText(messages)); // plain text: visitor lines are never HTML
    transcript->setAccessibleName(tr("Transcript of the earlier chat"));
    transcriptLabel->setBuddy(transcript);
    layout->addWidget(transcriptLabel);
    layout->addWidget(transcript, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString EarlierChatDialog::transcriptText(const QList<ChatMessage> &messages)
{
    const QLocale locale;
    QStringList lines;
    for (const ChatMessage &m : messages) {
        QString author = m.authorName;
        if (author.isEmpty())
            author = m.author == AuthorKind::Visitor ? tr("Visitor")
                : m.author == AuthorKind::Bot        ? tr("Bot")
                : m.author == AuthorKind::System     ? tr("System")
                                                     : tr("Agent");
        QString text = m.text;
        if (m.attachment) // the file by name: this read-only view shows no pictures
            text = text.isEmpty() ? tr("sent a file %1").arg(TranscriptModel::attachmentLabel(*m.attachment))
                                  : tr("sent a file %1: %2").arg(TranscriptModel::attachmentLabel(*m.attachment), text);
        lines << tr("%1  %2: %3")
                     .arg(locale.toString(m.at.toLocalTime(), QLocale::ShortFormat), author,
                          m.internal ? tr("(internal note) %1").arg(text) : text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace handoff

// A conversation as a PDF file for the record: its fields, every line (author, time, text; internal
// notes marked), and the visitor's rating. Visitor and agent text is escaped, never read as markup.
// QtGui only: QTextDocument printed onto a QPdfWriter.
#pragma once

#include "client/DeskTypes.h"
#include "protocol/DomainTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace handoff {

class TranscriptPdf
{
    Q_DECLARE_TR_FUNCTIONS(handoff::TranscriptPdf)
public:
    ConversationSummary conversation;
    QList<ChatMessage> messages;
    std::optional<VisitorRating> rating;
    QString queueName; // as the desk shows it; the id when unknown

    // The document's HTML (every text escaped), for the PDF and for tests.
    QString html() const;
    // Writes the PDF; false with *error when the file cannot be written.
    bool write(const QString &path, QString *error) const;
    // "Rated 4/5: comment", as the desk shows it.
    static QString describe(const VisitorRating &r);
};

} // namespace handoff

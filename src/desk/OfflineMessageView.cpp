#include "desk/OfflineMessageView.h"

#include "desk/ThemePalette.h"

#include <QBoxLayout>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrlQuery>

namespace handoff {

namespace {

QLabel *plainLabel(const char *objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(objectName));
    l->setTextFormat(Qt::PlainText); // visitor text: never rich text
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    // Wrapped labels ask for little width; in a form they would be cut to a word or two.
    l->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return l;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setContentsMargins(0, 6, 0, 0);
    return l;
}

QString longTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    return OfflineMessageView::tr("%1, %2").arg(
        locale.toString(local.date(), QLocale::LongFormat), locale.toString(local.time(), time));
}

} // namespace

OfflineMessageView::OfflineMessageView(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("offlineEmptyLabel"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    outer->addWidget(m_empty);

    m_content = new QWidget(this);
    outer->addWidget(m_content, 1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_name = plainLabel("offlineNameLabel", m_content);
    m_name->setWordWrap(false);
    QFont titleFont = m_name->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_name->setFont(titleFont);
    header->addWidget(m_name, 1);
    m_replyButton = new QPushButton(tr("&Reply by email"), m_content);
    m_replyButton->setObjectName(QStringLiteral("replyByEmailButton"));
    m_copyButton = new QPushButton(tr("Cop&y email"), m_content);
    m_copyButton->setObjectName(QStringLiteral("copyEmailButton"));
    m_handleButton = new QPushButton(tr("Mark &handled"), m_content);
    m_handleButton->setObjectName(QStringLiteral("markHandledButton"));
    m_handleButton->setToolTip(tr("Mark handled (Ctrl+Shift+H): the message leaves every agent's list"));
    for (QPushButton *b : { m_replyButton, m_copyButton, m_handleButton })
        header->addWidget(b);
    layout->addLayout(header);

    m_info = new QFormLayout;
    m_info->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_email = plainLabel("offlineEmailLabel", m_content);
    m_time = plainLabel("offlineTimeLabel", m_content);
    m_queue = plainLabel("offlineQueueLabel", m_content);
    m_topic = plainLabel("offlineTopicLabel", m_content);
    m_page = plainLabel("offlinePageLabel", m_content);
    m_info->addRow(tr("Email:"), m_email);
    m_info->addRow(tr("Left:"), m_time);
    m_info->addRow(tr("Queue:"), m_queue);
    m_info->addRow(tr("Topic:"), m_topic);
    m_info->addRow(tr("Page:"), m_page);
    layout->addLayout(m_info);
    m_handled = plainLabel("offlineHandledLabel", m_content);
    layout->addWidget(m_handled);

    m_fieldsHeading = heading(tr("Collected by the bot"), m_content);
    layout->addWidget(m_fieldsHeading);
    m_fields = new QWidget(m_content);
    m_fields->setObjectName(QStringLiteral("offlineFields"));
    m_fieldsForm = new QFormLayout(m_fields);
    m_fieldsForm->setContentsMargins(0, 0, 0, 0);
    m_fieldsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(m_fields);

    auto *textHeading = heading(tr("Message"), m_content);
    layout->addWidget(textHeading);
    m_text = new QPlainTextEdit(m_content);
    m_text->setObjectName(QStringLiteral("offlineTextView"));
    m_text->setReadOnly(true); // a plain text document: markup the visitor typed shows as typed
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTabChangesFocus(true);
    textHeading->setBuddy(m_text);
    layout->addWidget(m_text, 1);

    connect(m_replyButton, &QPushButton::clicked, this, &OfflineMessageView::reply);
    connect(m_copyButton, &QPushButton::clicked, this, &OfflineMessageView::copyEmail);
    connect(m_handleButton, &QPushButton::clicked, this, &OfflineMessageView::markHandled);

    updateColours();
    setMessage(std::nullopt);
}

bool OfflineMessageView::isUsableEmail(const QString &email)
{
    // One address and nothing a mail program would read as more headers or recipients.
    static const QRegularExpression plausible(
        QStringLiteral("^[^@\\s?&,;:<>\"'()\\[\\]\\\\/]+@[^@\\s?&,;:<>\"'()\\[\\]\\\\/]+$"));
    return email.size() <= 320 && plausible.match(email).hasMatch();
}

QUrl OfflineMessageView::replyUrl(const QString &email)
{
    if (!isUsableEmail(email))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"), tr("Re: your message"));
    url.setQuery(query);
    return url;
}

void OfflineMessageView::setMessage(const std::optional<OfflineMessage> &message, const QString &emptyText)
{
    const bool sameMessage = message && m_message && message->id == m_message->id;
    m_message = message;
    if (!sameMessage)
        m_busy = false;
    m_empty->setVisible(!message);
    m_content->setVisible(message.has_value());
    if (!message) {
        m_empty->setText(emptyText.isEmpty() ? tr("Choose a message on the left.") : emptyText);
        updateButtons();
        return;
    }
    const OfflineMessage &m = *message;
    m_name->setText(m.name.isEmpty() ? tr("Visitor") : m.name);
    m_email->setText(m.email.isEmpty() ? tr("(none given)") : m.email);
    m_time->setText(longTime(m.at));
    m_queue->setText(m.queueText());
    m_topic->setText(m.topic);
    m_page->setText(m.page);
    m_info->setRowVisible(m_topic, !m.topic.isEmpty());
    m_info->setRowVisible(m_page, !m.page.isEmpty());
    m_handled->setVisible(m.isHandled());
    m_handled->setText(
        m.isHandled() ? tr("Handled by %1 on %2.").arg(m.handledByText(), longTime(m.handledAt)) : QString());
    if (!sameMessage || m_text->toPlainText() != m.text)
        m_text->setPlainText(m.text);

    while (m_fieldsForm->rowCount() > 0)
        m_fieldsForm->removeRow(0);
    for (const OfflineMessage::Field &f : m.fields) {
        auto *value = plainLabel("", m_fields);
        value->setText(f.value);
        auto *label = new QLabel(m_fields);
        label->setTextFormat(Qt::PlainText);
        label->setText(tr("%1:").arg(f.label));
        m_fieldsForm->addRow(label, value);
    }
    m_fieldsHeading->setVisible(!m.fields.isEmpty());
    m_fields->setVisible(!m.fields.isEmpty());
    updateButtons();
}

void OfflineMessageView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void OfflineMessageView::updateButtons()
{
    const bool usable = m_message && isUsableEmail(m_message->email);
    m_replyButton->setEnabled(usable);
    m_replyButton->setToolTip(
        usable || !m_message ? QString() : tr("The visitor gave no e-mail address a reply could go to."));
    m_copyButton->setEnabled(m_message && !m_message->email.isEmpty());
    m_handleButton->setEnabled(m_message && !m_message->isHandled() && !m_busy);
}

void OfflineMessageView::updateColours()
{
    QPalette p = m_handled->palette();
    p.setColor(QPalette::WindowText, ThemePalette::colours().meta);
    m_handled->setPalette(p);
    QPalette e = m_empty->palette();
    e.setColor(QPalette::WindowText, ThemePalette::colours().meta);
    m_empty->setPalette(e);
}

void OfflineMessageView::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::PaletteChange)
        updateColours();
    QWidget::changeEvent(e);
}

void OfflineMessageView::reply()
{
    if (!m_message)
        return;
    const QUrl url = replyUrl(m_message->email);
    if (url.isEmpty()) {
        emit notice(tr("The visitor gave no e-mail address a reply could go to."));
        return;
    }
    if (!QDesktopServices::openUrl(url))
        emit notice(tr("No e-mail program could be opened. Copy the address with Copy email instead."));
}

void OfflineMessageView::copyEmail()
{
    if (!m_message || m_message->email.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_message->email);
    emit notice(tr("Copied %1.").arg(m_message->email));
}

void OfflineMessageView::markHandled()
{
    if (!m_message || m_message->isHandled() || m_busy)
        return;
    emit markHandledRequested(m_message->id);
}

} // namespace handoff

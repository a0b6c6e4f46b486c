#include "desk/CannedResponseDialog.h"

#include "desk/ThemePalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QVBoxLayout>

namespace handoff {

namespace {

const QRegularExpression &shortcutPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    return re;
}

} // namespace

CannedResponseDialog::CannedResponseDialog(const QList<CannedResponse> &existing, const QStringList &categories,
    const PlaceholderFiller &filler, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_filler(filler)
    , m_shortcut(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New canned response"));
    m_shortcut->setObjectName(QStringLiteral("shortcutEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_category->setObjectName(QStringLiteral("categoryCombo"));
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_shortcut->setPlaceholderText(tr("e.g. thanks (typed as /thanks)"));
    m_shortcut->setMaxLength(32);
    m_title->setPlaceholderText(tr("What the list shows"));
    m_title->setMaxLength(80);
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_category->lineEdit()->setAccessibleName(tr("Category"));
    m_category->setCurrentText(tr("Personal"));
    m_text->setPlaceholderText(tr("Hello {visitor.name|there}, …"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(90);
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setMinimumHeight(60);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, ThemePalette::colours().failed);
    m_error->setPalette(p);

    auto *form = new QFormLayout;
    form->addRow(tr("&Shortcut:"), m_shortcut);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Te&xt:"), m_text);
    auto *help = new QLabel(tr("Placeholders: {visitor.name}, {order.number} or any field the bot collected, {page}, "
                               "{conversation.topic}, {agent.name}; {name|fallback} when it may be unknown."),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    form->addRow(QString(), help);
    auto *previewCaption = new QLabel(tr("Preview with the open chat:"), this);
    form->addRow(previewCaption, m_preview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(520, 440);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &CannedResponseDialog::accept);
    // Ctrl+Enter saves also while writing the text (Enter there is a new line).
    auto *save = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(save, &QShortcut::activated, this, &CannedResponseDialog::accept);
    m_buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Ctrl+Enter"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { m_shortcut, m_title })
        connect(e, &QLineEdit::textChanged, this, &CannedResponseDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CannedResponseDialog::updatePreview);
    updatePreview();
}

void CannedResponseDialog::setResponse(const CannedResponse &c)
{
    setWindowTitle(tr("Edit canned response"));
    m_id = c.id;
    m_shortcut->setText(c.shortcut);
    m_title->setText(c.title);
    m_category->setCurrentText(c.category);
    m_text->setPlainText(c.text);
    updatePreview();
}

CannedResponse CannedResponseDialog::response() const
{
    CannedResponse c;
    c.id = m_id;
    c.shortcut = m_shortcut->text().trimmed();
    if (c.shortcut.startsWith(QLatin1Char('/')))
        c.shortcut.remove(0, 1);
    c.title = m_title->text().trimmed();
    if (c.title.isEmpty())
        c.title = c.shortcut;
    c.category = m_category->currentText().trimmed();
    c.text = m_text->toPlainText().trimmed();
    c.personal = true;
    return c;
}

QString CannedResponseDialog::problem() const
{
    const CannedResponse c = response();
    if (c.shortcut.isEmpty())
        return tr("Give it a shortcut.");
    if (!shortcutPattern().match(c.shortcut).hasMatch())
        return tr("A shortcut is one word of letters, digits, '.', '_' or '-' (up to 32).");
    for (const CannedResponse &other : m_existing)
        if (other.id != m_id && other.shortcut.compare(c.shortcut, Qt::CaseInsensitive) == 0)
            return other.personal ? tr("You already have /%1.").arg(other.shortcut)
                                  : tr("/%1 is a shared response; choose another shortcut.").arg(other.shortcut);
    if (c.text.isEmpty())
        return tr("Write the text.");
    if (c.text.size() > 4000)
        return tr("The text is too long (at most 4000 characters).");
    return {};
}

void CannedResponseDialog::updatePreview()
{
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_preview->setText(QStringLiteral("<i>%1</i>").arg(tr("The text, filled in, shows here.").toHtmlEscaped()));
    } else {
        // Escaped: only our own markup is rich text.
        const auto filled = m_filler.fill(text);
        const QColor bad = ThemePalette::colours().failed;
        QString html;
        int last = 0;
        for (const auto &span : filled.missingSpans) {
            html += filled.text.mid(last, span.start - last).toHtmlEscaped();
            html += QStringLiteral("<span style=\"color:%1; text-decoration:underline\">%2</span>")
                        .arg(bad.name(), filled.text.mid(span.start, span.length).toHtmlEscaped());
            last = span.start + span.length;
        }
        html += filled.text.mid(last).toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        if (!filled.missing.isEmpty())
            html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(bad.name(),
                            tr("Not known in this chat: %1")
                                .arg(filled.missing.join(QStringLiteral(", ")))
                                .toHtmlEscaped());
        m_preview->setText(html);
    }
    // Say what is wrong only once something was typed; the Save button tells the rest.
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    m_error->setText(m_shortcut->text().isEmpty() && text.isEmpty() ? QString() : why);
}

void CannedResponseDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_error->setText(why);
        return;
    }
    QDialog::accept();
}

} // namespace handoff

#include "desk/ReportControls.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace handoff {

ReportControls::ReportControls(QWidget *owner, const QString &prefix, const QList<std::pair<QString, int>> &periods,
                               int custom)
    : period(new QComboBox(owner))
    , from(new QDateEdit(owner))
    , to(new QDateEdit(owner))
    , refresh(new QPushButton(tr("&Show"), owner))
    , exportButton(new QPushButton(tr("&Export CSV…"), owner))
    , layout(new QHBoxLayout)
    , m_custom(custom)
{
    period->setObjectName(prefix + QStringLiteral("Period"));
    for (const auto &[name, value] : periods)
        period->addItem(name, value);
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        d->setMaximumDate(QDate::currentDate());
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
        // QDateEdit sizes itself for its earliest and latest dates; in short formats such as d/M/yy (Spanish)
        // or dd/MM/yyyy (French) a two-digit day and month is wider than those, and the last digit went under
        // the arrow. Two digits of room cover every format.
        d->setMinimumWidth(d->sizeHint().width() + d->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    }
    from->setObjectName(prefix + QStringLiteral("From"));
    to->setObjectName(prefix + QStringLiteral("To"));
    refresh->setObjectName(prefix + QStringLiteral("RefreshButton"));
    exportButton->setObjectName(prefix + QStringLiteral("ExportCsvButton"));

    auto *periodLabel = new QLabel(tr("&Period:"), owner);
    periodLabel->setBuddy(period);
    auto *fromLabel = new QLabel(tr("&From"), owner);
    fromLabel->setBuddy(from);
    auto *toLabel = new QLabel(tr("&to"), owner);
    toLabel->setBuddy(to);
    layout->addWidget(periodLabel);
    layout->addWidget(period);
    layout->addSpacing(owner->fontMetrics().height());
    layout->addWidget(fromLabel);
    layout->addWidget(from);
    layout->addWidget(toLabel);
    layout->addWidget(to);
    layout->addWidget(refresh);
    layout->addStretch(1);
    layout->addWidget(exportButton);
    QObject::connect(period, &QComboBox::currentIndexChanged, owner, [this] {
        from->setEnabled(customChosen());
        to->setEnabled(customChosen());
    });
}

int ReportControls::chosen() const
{
    return period->currentData().toInt();
}

void ReportControls::choose(int value, const std::function<void()> &refresh)
{
    const int i = period->findData(value);
    if (i == period->currentIndex())
        refresh();
    else
        period->setCurrentIndex(i);
}

void ReportControls::chooseDates(const QDate &first, const QDate &last, const std::function<void()> &refresh)
{
    from->setDate(first);
    to->setDate(last);
    period->setCurrentIndex(period->findData(m_custom));
    refresh();
}

bool ReportControls::writeCsv(const QString &path, const QString &csv, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(csv.toUtf8());
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool ReportControls::exportCsv(QWidget *parent, const QString &title, const QString &fileName, const QString &csv,
                               QString *saved)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(fileName), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!writeCsv(path, csv, &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    *saved = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace handoff

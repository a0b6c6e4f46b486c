// What the board's reports share: the bar above them (a period to choose, custom dates enabled only for
// "Custom dates", Show and Export CSV…), and writing the export where the supervisor chose.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <functional>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QPushButton;
class QWidget;

namespace handoff {

class ReportControls
{
    Q_DECLARE_TR_FUNCTIONS(handoff::ReportControls)
public:
    // Makes the controls as children of `owner`, named PREFIXPeriod, PREFIXFrom, PREFIXTo,
    // PREFIXRefreshButton and PREFIXExportCsvButton. `periods`: each period's name and value; the one
    // with the value `custom` enables the dates.
    ReportControls(QWidget *owner, const QString &prefix, const QList<std::pair<QString, int>> &periods, int custom);

    QComboBox *period;
    QDateEdit *from;
    QDateEdit *to;
    QPushButton *refresh;
    QPushButton *exportButton;
    QHBoxLayout *layout; // for the owner's own layout

    int chosen() const; // the value of the chosen period
    // Chooses the period of `value`; `refresh` runs when it was chosen already (a new choice refreshes
    // through the owner's own connection to the combo box).
    void choose(int value, const std::function<void()> &refresh);
    // Chooses custom dates from `first` to `last` and runs `refresh`.
    void chooseDates(const QDate &first, const QDate &last, const std::function<void()> &refresh);
    bool customChosen() const { return chosen() == m_custom; }

    // Writes `csv` as UTF-8 to `path` in one go (QSaveFile); false and a sentence in *error when it cannot.
    static bool writeCsv(const QString &path, const QString &csv, QString *error);
    // Asks where to save `fileName` (in the documents folder by default), writes `csv` there and tells
    // what happened: a warning titled `title`, or the sentence for the summary in *saved. False when nothing
    // was written.
    static bool exportCsv(QWidget *parent, const QString &title, const QString &fileName, const QString &csv,
                          QString *saved);

private:
    int m_custom;
};

} // namespace handoff

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace huitou {

class ReportViewWidget;
class Workspace;

// 回访: draw the month's callback sample, work through it with the survey
// form, read the results (table + chart).
class CallbacksPage : public QWidget
{
    Q_OBJECT
public:
    explicit CallbacksPage(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();
    qint64 currentSample() const;
    // Opens the survey for the member in ROW of the current sample.
    void openSurvey(int row);

signals:
    void openCustomer(qint64 customerId);
    void sampleDrawn(qint64 sampleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void draw();
    void showSample();
    void revealPhone();

    Workspace *m_workspace;
    QDateEdit *m_month;
    QComboBox *m_population;
    QSpinBox *m_size;
    QCheckBox *m_byTier;
    QLineEdit *m_seed;
    QComboBox *m_samples;
    QLabel *m_progress;
    QTableWidget *m_members;
    ReportViewWidget *m_results;
    ReportViewWidget *m_problems;
    bool m_stale = true;
};

} // namespace huitou

#pragma once

#include "feedback/SurveyAnswer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace huitou {

class Workspace;

// The callback survey form of DESIGN.md, keyboard-friendly (Tab through the
// fields, type 1-5 in satisfaction, Space ticks a reason, Ctrl+Enter saves).
class SurveyDialog : public QDialog
{
    Q_OBJECT
public:
    SurveyDialog(Workspace *workspace, qint64 sampleId, qint64 customerId, const QString &customerKey,
                 QWidget *parent = nullptr);
    SurveyAnswer answer() const;

private:
    void updateEnabled();
    void load(const SurveyAnswer &a);

    Workspace *m_workspace;
    qint64 m_sampleId, m_customerId;
    QComboBox *m_reached, *m_satisfaction, *m_buyAgain;
    QListWidget *m_problems, *m_whyNot;
    QLineEdit *m_problemText, *m_whyNotText;
    QPlainTextEdit *m_expectations;
    QCheckBox *m_followUp;
    QDateEdit *m_day;
};

} // namespace huitou

#pragma once

#include "outreach/ContactExporter.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace huitou {

class Workspace;

// Contact export for one audience: preset, format, message with its live
// length and SMS segment count, control share, cost; the exclusion funnel
// step by step (recomputed in the background as the choices change); the
// export itself in the background with progress and cancel.
class ExportContactsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportContactsDialog(Workspace *workspace, std::vector<qint64> audience, QString segmentDefinition,
                         const QString &audienceLabel, QWidget *parent = nullptr);

    // The last export's campaign id (0 before one succeeded).
    qint64 campaignId() const { return m_campaignId; }
    // Test seam: the file to write instead of asking.
    void setOutputPath(const QString &path) { m_nextPath = path; }

signals:
    void exported(qint64 campaignId);

private:
    ContactExportRequest request() const;
    void updateTemplateInfo();
    void schedulePreview();
    void preview();
    void showFunnel(const ContactExportSummary &summary);
    void exportContacts();

    Workspace *m_workspace;
    std::vector<qint64> m_audience;
    QString m_definition;
    QLineEdit *m_name;
    QComboBox *m_preset, *m_format;
    QPlainTextEdit *m_template;
    QLineEdit *m_coupon;
    QLabel *m_templateInfo;
    QDoubleSpinBox *m_control;
    QSpinBox *m_seed;
    QLineEdit *m_cost;
    QTableWidget *m_funnel;
    QLabel *m_staffWarning;
    QPushButton *m_export;
    QTimer *m_debounce;
    int m_generation = 0;
    int m_segmentLimit = 1;
    QString m_nextPath;
    qint64 m_campaignId = 0;
};

} // namespace huitou

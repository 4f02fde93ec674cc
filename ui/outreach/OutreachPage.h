#pragma once

#include "customers/Segment.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace huitou {

class ReportViewWidget;
class SegmentBuilder;
class Workspace;

// Outreach: build a segment (every condition of Segment, live count off the
// GUI thread; saved, edited and deleted by name), export its contacts
// (ExportContactsDialog), list the campaigns and read each one's result
// against its control group, as a table and a chart side by side.
class OutreachPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutreachPage(Workspace *workspace, QWidget *parent = nullptr);

    // Opens the export dialog for AUDIENCE (e.g. the customers page's selection).
    void exportAudience(std::vector<qint64> audience, const QString &definition, const QString &label);
    qint64 segmentCount() const { return m_count; }
    void reloadCampaigns();
    // Puts SEGMENT into the builder (e.g. the customers page's filter).
    void showSegment(const Segment &segment);
    SegmentBuilder *builder() const { return m_builder; }

signals:
    void campaignsReloaded();

protected:
    // Campaigns written elsewhere (the CLI, another workstation) show up when
    // the page is opened again.
    void showEvent(QShowEvent *event) override;

private:
    QString definitionText() const;
    QString definitionLabel() const;
    void scheduleCount();
    void count();
    void exportSegment();
    void saveSegment();
    void deleteSegment();
    void editCost();
    void loadSavedSegment(int index);
    void fillSavedSegments();
    void showCampaign(int row);
    void importOptOuts();
    void saveSettings();

    Workspace *m_workspace;
    SegmentBuilder *m_builder;
    QComboBox *m_saved;
    QPushButton *m_deleteSegment, *m_editCost;
    QLabel *m_countLabel;
    QTableWidget *m_campaigns;
    ReportViewWidget *m_result;
    QSpinBox *m_window;
    QCheckBox *m_requireConsent;
    QSpinBox *m_contactDays, *m_segmentLimit;
    qint64 m_count = -1;
    int m_generation = 0;
    int m_campaignGeneration = 0;
    std::vector<qint64> m_campaignIds;
};

} // namespace huitou

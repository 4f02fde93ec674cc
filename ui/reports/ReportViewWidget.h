#pragma once

#include "analytics/ReportTables.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableView;

namespace huitou {

class ReportTableModel;

// One report view: its chart and its table over one model, with PNG and CSV export.
class ReportViewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReportViewWidget(ReportView view, QWidget *parent = nullptr);
    void setTable(ReportTable table);
    // Shop name and month, printed under the title of exported images.
    void setCaption(const QString &caption) { m_caption = caption; }
    ReportTableModel *model() const { return m_model; }
    QChartView *chartView() const { return m_chartView; }
    // Whether the current table has a chart (some value to draw); when not, a
    // line in its place says so.
    bool hasChart() const;
    static QString noDataText();
    // The chart (or, for heatmaps, the table) as an image.
    QPixmap picture(const QSize &size);
    bool exportPng(const QString &path);
    bool exportCsv(const QString &path);

protected:
    // A palette change (light ↔ dark while running) redraws the chart in its colours.
    void changeEvent(QEvent *event) override;

signals:
    // A bar of the lifecycle chart: stage row, new (0) or returning (1).
    void barActivated(int row, int column);
    // A PNG or CSV was written to PATH (for the status bar).
    void exported(const QString &path);

private:
    // Shows TABLE as it is (setTable also clears the grid's sort order).
    void showTable(ReportTable table);

    ReportView m_view;
    ReportTableModel *m_model;
    QLabel *m_title;
    QLabel *m_note;
    QChartView *m_chartView;
    QLabel *m_noData;
    QTableView *m_table;
    QString m_caption;
};

} // namespace huitou

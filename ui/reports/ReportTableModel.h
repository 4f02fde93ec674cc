#pragma once

#include "analytics/ReportTables.h"

#include <QAbstractTableModel>

namespace huitou {

// One report view's table as a model: the chart (through model mappers) and
// the grid read the same cells, so they never disagree.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);
    void setTable(ReportTable table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    double m_max = 0; // for heatmap shading
};

} // namespace huitou

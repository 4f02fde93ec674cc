#include "ReportTableModel.h"

#include "ReportColors.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace huitou {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setTable(ReportTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_max = 0;
    for (int r = 0; r < int(m_table.cells.size()); ++r)
        for (int c = m_table.firstSeriesColumn; c < m_table.firstSeriesColumn + m_table.seriesCount; ++c)
            m_max = std::max(m_max, m_table.displayValue(r, c).toDouble());
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int r = index.row(), c = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return m_table.displayValue(r, c);
    case Qt::TextAlignmentRole: {
        // Figures to the right, words (a category, a product's top reasons) to the left.
        const bool words = size_t(r) < m_table.cells.size() && size_t(c) < m_table.cells[size_t(r)].size()
            && m_table.cells[size_t(r)][size_t(c)].typeId() == QMetaType::QString;
        return int((words ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    }
    case Qt::ToolTipRole:
        if (size_t(r) < m_table.open.size() && m_table.open[size_t(r)][size_t(c)])
            return tr("The window is still open: the rate so far.");
        return {};
    case Qt::FontRole:
        if (size_t(r) < m_table.open.size() && m_table.open[size_t(r)][size_t(c)]) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (m_table.chart == ReportTable::Chart::Heatmap && m_table.isSeriesColumn(c) && m_max > 0) {
            const QVariant v = m_table.displayValue(r, c);
            if (v.isValid())
                return QBrush(reportcolors::heat(v.toDouble() / m_max));
        }
        return {};
    case Qt::ForegroundRole:
        if (m_table.chart == ReportTable::Chart::Heatmap && m_table.isSeriesColumn(c) && m_max > 0) {
            // Set both ways: the cells carry their own background, so the
            // palette's text colour (white on a dark theme) would vanish.
            const QVariant v = m_table.displayValue(r, c);
            if (v.isValid())
                return QBrush(v.toDouble() / m_max > 0.55 ? Qt::white : Qt::black);
        }
        return {};
    default: return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return m_table.columnHeader(section);
    return m_table.rowLabels.value(section);
}

} // namespace huitou

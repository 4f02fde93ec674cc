#pragma once

class QChart;

namespace huitou {

class ReportTableModel;

// Builds the chart of a report view over its model (bar charts through model
// mappers). Heatmap views have no chart: their table is the heatmap.
namespace reportchart {

QChart *create(ReportTableModel *model, bool dark);

} // namespace reportchart
} // namespace huitou

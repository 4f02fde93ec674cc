#pragma once

class QChart;

namespace huitou {

class ReportTableModel;

// Builds the chart of a report view over its model (bar charts through model
// mappers). Heatmap views have no chart: their table is the heatmap.
namespace reportchart {

QChart *create(ReportTableModel *model, bool dark);

// Whether any plotted value of the model is above zero: a period with none
// shows a "nothing to chart" line instead of empty axes.
bool plotsAnything(const ReportTableModel *model);

} // namespace reportchart
} // namespace huitou

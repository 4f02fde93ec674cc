#include "ReportViewWidget.h"

#include "ReportChart.h"
#include "ReportTableModel.h"
#include "common/Dialogs.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace huitou {

namespace {

// The grid shows each cell as people read it (¥ amounts with two decimals
// and grouping, rates with one decimal); the model keeps plain numbers for
// the chart.
class ReportCellDelegate : public QStyledItemDelegate
{
public:
    ReportCellDelegate(const ReportTableModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const ReportTable &t = m_model->table();
        if (index.row() < int(t.cells.size()) && index.column() < int(t.columns.size()))
            option->text = t.displayText(index.row(), index.column());
    }

private:
    const ReportTableModel *m_model;
};

// A file name from a title: no characters file systems refuse ("/", ":" …).
QString fileNameOf(QString title, const QString &suffix)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|：]+"));
    title.replace(bad, QStringLiteral(" - "));
    return title.simplified() + suffix;
}

// TABLE with its rows ordered by COLUMN (empty cells last, whatever the order).
ReportTable sortedBy(ReportTable table, int column, Qt::SortOrder order)
{
    std::vector<int> rows(table.cells.size());
    for (size_t r = 0; r < rows.size(); ++r)
        rows[r] = int(r);
    std::stable_sort(rows.begin(), rows.end(), [&table, column, order](int a, int b) {
        const QVariant va = table.displayValue(a, column), vb = table.displayValue(b, column);
        if (!va.isValid() || !vb.isValid())
            return va.isValid() && !vb.isValid();
        int c = 0;
        if (va.typeId() == QMetaType::QString || vb.typeId() == QMetaType::QString)
            c = QString::localeAwareCompare(va.toString(), vb.toString());
        else
            c = va.toDouble() < vb.toDouble() ? -1 : va.toDouble() > vb.toDouble() ? 1 : 0;
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    ReportTable out = table;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto r = size_t(rows[i]);
        out.cells[i] = table.cells[r];
        if (r < size_t(table.rowLabels.size()))
            out.rowLabels[qsizetype(i)] = table.rowLabels[qsizetype(r)];
        if (r < size_t(table.rowKeys.size()))
            out.rowKeys[qsizetype(i)] = table.rowKeys[qsizetype(r)];
        if (r < table.open.size())
            out.open[i] = table.open[r];
    }
    return out;
}

} // namespace

ReportViewWidget::ReportViewWidget(ReportView view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_model(new ReportTableModel(this))
{
    setObjectName(QStringLiteral("reportView%1").arg(int(view)));
    m_title = new QLabel(ReportTable::titleOf(view), this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_chartView = new QChartView(this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Chart: %1").arg(ReportTable::titleOf(view)));
    m_chartView->setMinimumHeight(260);
    // In the chart's place when a period has nothing to draw, rather than empty axes.
    m_noData = new QLabel(noDataText(), this);
    m_noData->setObjectName(QStringLiteral("reportNoData"));
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setForegroundRole(QPalette::PlaceholderText);
    m_noData->setMinimumHeight(60);
    m_noData->setMaximumHeight(120);
    m_noData->hide();
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Table: %1").arg(ReportTable::titleOf(view)));
    m_table->setItemDelegate(new ReportCellDelegate(m_model, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (view == ReportView::ProductFeedback) {
        // Sortable by any column (a click on its header); the chart follows the grid's order.
        QHeaderView *header = m_table->horizontalHeader();
        header->setSectionsClickable(true);
        header->setSortIndicatorShown(true);
        header->setSortIndicator(-1, Qt::DescendingOrder);
        connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
            if (column >= 0 && column < int(m_model->table().columns.size()))
                showTable(sortedBy(m_model->table(), column, order));
        });
    }
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(png);
    buttons->addWidget(csv);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_noData);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveFile(this, tr("Export PNG"),
                                               fileNameOf(m_title->text(), QStringLiteral(".png")),
                                               tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        if (!exportPng(path)) {
            dialogs::warning(this, tr("Export PNG"), tr("Could not write %1").arg(path));
            return;
        }
        emit exported(path);
        dialogs::offerToOpen(this, tr("Export PNG"), path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveFile(this, tr("Export CSV"),
                                               fileNameOf(m_title->text(), QStringLiteral(".csv")),
                                               tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (!exportCsv(path)) {
            dialogs::warning(this, tr("Export CSV"), tr("Could not write %1").arg(path));
            return;
        }
        emit exported(path);
        dialogs::offerToOpen(this, tr("Export CSV"), path);
    });
}

void ReportViewWidget::setTable(ReportTable table)
{
    // A new table comes in its own order.
    if (m_table->horizontalHeader()->isSortIndicatorShown()) {
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    }
    showTable(std::move(table));
}

bool ReportViewWidget::hasChart() const
{
    return !m_chartView->isHidden();
}

QString ReportViewWidget::noDataText()
{
    return tr("Nothing to chart for this period yet.");
}

void ReportViewWidget::showTable(ReportTable table)
{
    // A heatmap is read as a grid: give it the width.
    m_table->horizontalHeader()->setSectionResizeMode(
        table.chart == ReportTable::Chart::Heatmap ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    const QString note = QStringList{table.note, table.hint}.join(QLatin1Char(' ')).trimmed();
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    if (!table.title.isEmpty()) // a table may carry its own title (survey problems)
        m_title->setText(table.title);
    m_model->setTable(std::move(table));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart = reportchart::plotsAnything(m_model) ? reportchart::create(m_model, dark) : nullptr;
    QChart *old = m_chartView->chart();
    m_noData->setVisible(!chart && m_model->table().chart != ReportTable::Chart::Heatmap);
    if (chart) {
        m_chartView->setChart(chart);
        m_chartView->show();
        if (m_view == ReportView::Lifecycle)
            for (QAbstractSeries *s : chart->series())
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                    for (int row = 0; row < bars->count(); ++row)
                        connect(bars->barSets().at(row), &QBarSet::doubleClicked, this,
                                [this, row](int index) { emit barActivated(row, index); });
    } else {
        m_chartView->setChart(new QChart);
        m_chartView->hide();
    }
    delete old;
}

void ReportViewWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_model->table().columns.isEmpty()) {
        ReportTable table = m_model->table();
        showTable(std::move(table));
    }
}

QPixmap ReportViewWidget::picture(const QSize &size)
{
    QWidget *source = m_chartView->isVisible() || m_model->table().chart != ReportTable::Chart::Heatmap
        ? static_cast<QWidget *>(m_chartView)
        : static_cast<QWidget *>(m_table);
    const QSize old = source->size();
    source->resize(size);
    const QPixmap pixmap = source->grab();
    source->resize(old);
    return pixmap;
}

bool ReportViewWidget::exportPng(const QString &path)
{
    // The picture says what it is on its own: title, then shop and month.
    const QPixmap chart = picture(QSize(1200, 700));
    QFont titleFont = font();
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont captionFont = font();
    captionFont.setPointSizeF(11);
    const int titleHeight = QFontMetrics(titleFont).height(), captionHeight = QFontMetrics(captionFont).height();
    const int band = 16 + titleHeight + 4 + captionHeight + 12;
    QImage image(chart.width(), chart.height() + band, QImage::Format_ARGB32);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    p.setPen(palette().color(QPalette::Text));
    p.setFont(titleFont);
    p.drawText(QRect(16, 16, image.width() - 32, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
               m_model->table().title);
    p.setFont(captionFont);
    p.drawText(QRect(16, 20 + titleHeight, image.width() - 32, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
               m_caption);
    p.drawPixmap(0, band, chart);
    p.end();
    return image.save(path, "PNG");
}

bool ReportViewWidget::exportCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_model->table().toCsv()) > 0;
}

} // namespace huitou

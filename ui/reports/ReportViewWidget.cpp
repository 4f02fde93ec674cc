#include "ReportViewWidget.h"

#include "ReportChart.h"
#include "ReportTableModel.h"
#include "common/Dialogs.h"

#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChartView>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace huitou {

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
    m_chartView->setMinimumHeight(260);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(png);
    buttons->addWidget(csv);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveFile(this, tr("Export PNG"), m_title->text() + QStringLiteral(".png"),
                                               tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = dialogs::saveFile(this, tr("Export CSV"), m_title->text() + QStringLiteral(".csv"),
                                               tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
}

void ReportViewWidget::setTable(ReportTable table)
{
    // A heatmap is read as a grid: give it the width.
    m_table->horizontalHeader()->setSectionResizeMode(table.chart == ReportTable::Chart::Heatmap
                                                          ? QHeaderView::Stretch
                                                          : QHeaderView::ResizeToContents);
    m_note->setText(table.note);
    m_note->setVisible(!table.note.isEmpty());
    if (!table.title.isEmpty()) // a table may carry its own title (survey problems)
        m_title->setText(table.title);
    m_model->setTable(std::move(table));
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart = reportchart::create(m_model, dark);
    QChart *old = m_chartView->chart();
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
    return picture(QSize(1200, 700)).save(path, "PNG");
}

bool ReportViewWidget::exportCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(m_model->table().toCsv()) > 0;
}

} // namespace huitou

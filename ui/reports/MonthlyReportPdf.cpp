#include "MonthlyReportPdf.h"

#include "ReportColors.h"
#include "ReportViewWidget.h"
#include "analytics/AnalyticsService.h"
#include "analytics/MonthlyKpis.h"
#include "analytics/ReportTables.h"
#include "feedback/VoiceOfCustomer.h"
#include "outreach/CampaignTables.h"
#include "storage/Database.h"
#include "storage/OutreachStore.h"
#include "storage/SettingsStore.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <memory>
#include <optional>

namespace huitou {

namespace {
// Writes from top to bottom, starting a new page (with the running header
// and the page number) when the next block does not fit.
class PageCursor
{
public:
    PageCursor(QPdfWriter *pdf, QPainter *painter, QString header)
        : m_pdf(pdf)
        , m_p(painter)
        , m_header(std::move(header))
    {
        m_page = m_p->viewport();
        m_small = QFont(QStringLiteral("DejaVu Sans"));
        m_small.setPointSizeF(8);
        m_top = QFontMetrics(m_small, m_pdf).height() * 2;
        decorate();
    }
    int width() const { return m_page.width(); }
    int y() const { return m_y; }
    int room() const { return m_page.height() - footer() - m_y; }
    void advance(int dy) { m_y += dy; }
    // Makes sure HEIGHT fits below; starts a page when not.
    void need(int height)
    {
        if (height > room() && m_y > m_top)
            newPage();
    }
    void newPage()
    {
        m_pdf->newPage();
        ++m_number;
        decorate();
    }

private:
    int footer() const { return QFontMetrics(m_small, m_pdf).height() * 2; }
    void decorate()
    {
        m_p->save();
        m_p->setFont(m_small);
        m_p->setPen(QColor(0x55, 0x55, 0x55));
        const int h = QFontMetrics(m_small, m_pdf).height();
        if (m_number > 1)
            m_p->drawText(QRect(0, 0, width(), h), Qt::AlignLeft | Qt::AlignTop, m_header);
        m_p->drawText(QRect(0, m_page.height() - h, width(), h), Qt::AlignRight | Qt::AlignBottom,
                      QCoreApplication::translate("huitou::MonthlyReportPdf", "Page %1").arg(m_number));
        m_p->restore();
        m_y = m_number > 1 ? m_top : 0;
    }
    QPdfWriter *m_pdf;
    QPainter *m_p;
    QString m_header;
    QRect m_page;
    QFont m_small;
    int m_top = 0;
    int m_y = 0;
    int m_number = 1;
};

// A report table as PDF text: header row repeated on every page it spans,
// figures right-aligned as people read them (format::), heat cells shaded
// from pale to dark so the grid still reads printed in grey.
void drawTable(QPainter &p, PageCursor &cursor, const ReportTable &t, const QFont &body, QPaintDevice *device)
{
    QFont font = body;
    font.setPointSizeF(8.5);
    QFont bold = font;
    bold.setBold(true);
    // The painter's own metrics: what is measured is what gets drawn.
    p.setFont(bold);
    const QFontMetrics fmBold = p.fontMetrics();
    p.setFont(font);
    const QFontMetrics fm = p.fontMetrics();
    Q_UNUSED(device);
    const int pad = fm.height() / 3;
    const int rowHeight = fm.height() + 2 * pad;
    const int columns = int(t.columns.size());
    const int w = cursor.width();
    // The label column as wide as its longest label (at most 35 %), the rest shared.
    int labelWidth = fm.horizontalAdvance(QStringLiteral("0000-00")) + 3 * pad;
    for (const QString &label : t.rowLabels)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(label) + 3 * pad); // a pad of slack: no "2024-…"
    labelWidth = std::min(labelWidth, int(w * 0.35));
    // Columns share the rest equally; when some hold words (a product's top
    // reasons), the figures take what their widest value needs and the words
    // the remainder.
    std::vector<bool> words(size_t(std::max(0, columns)), false);
    for (const auto &row : t.cells)
        for (int c = 0; c < columns && c < int(row.size()); ++c)
            if (row[size_t(c)].typeId() == QMetaType::QString)
                words[size_t(c)] = true;
    std::vector<int> widths(size_t(std::max(0, columns)), columns > 0 ? (w - labelWidth) / columns : 0);
    const int wordColumns = int(std::count(words.begin(), words.end(), true));
    bool headersWrapAnywhere = false;
    if (wordColumns > 0 && wordColumns < columns) {
        // A figure's column: its widest value, and its header's longest word
        // unless that leaves the words less than a sixth of the page (then
        // the header wraps inside the word: "Complai-nts").
        std::vector<int> content(size_t(columns), 0), header(size_t(columns), 0);
        int usedContent = 0, usedHeader = 0;
        for (int c = 0; c < columns; ++c) {
            if (words[size_t(c)])
                continue;
            content[size_t(c)] = fm.horizontalAdvance(QStringLiteral("000")) + 2 * pad;
            for (int r = 0; r < int(t.cells.size()); ++r)
                content[size_t(c)] = std::max(content[size_t(c)], fm.horizontalAdvance(t.displayText(r, c)) + 2 * pad);
            header[size_t(c)] = content[size_t(c)];
            for (const QString &word : t.columnHeader(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                header[size_t(c)] = std::max(header[size_t(c)], fmBold.horizontalAdvance(word) + 2 * pad);
            usedContent += content[size_t(c)];
            usedHeader += header[size_t(c)];
        }
        // Short of room: the product names give up some width first (elided).
        if (w - labelWidth - usedHeader < w / 6)
            labelWidth = std::max(std::min(labelWidth, int(w * 0.25)), w * 5 / 6 - usedHeader);
        headersWrapAnywhere = w - labelWidth - usedHeader < w / 10;
        const std::vector<int> &figures = headersWrapAnywhere ? content : header;
        const int used = headersWrapAnywhere ? usedContent : usedHeader;
        for (int c = 0; c < columns; ++c)
            if (!words[size_t(c)])
                widths[size_t(c)] = figures[size_t(c)];
        // Words get what they need when it fits (the rest to the widest), else a share by need.
        std::vector<int> need(size_t(columns), 0);
        qint64 needed = 0;
        int widest = -1;
        for (int c = 0; c < columns; ++c) {
            if (!words[size_t(c)])
                continue;
            for (const QString &word : t.columnHeader(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                need[size_t(c)] = std::max(need[size_t(c)], fmBold.horizontalAdvance(word) + 2 * pad);
            for (int r = 0; r < int(t.cells.size()); ++r)
                need[size_t(c)] = std::max(need[size_t(c)], fm.horizontalAdvance(t.displayText(r, c)) + 2 * pad);
            needed += need[size_t(c)];
            if (widest < 0 || need[size_t(c)] > need[size_t(widest)])
                widest = c;
        }
        // Too little room: the others keep their need (up to half), the widest wraps in what is left.
        const int room = std::max(0, w - labelWidth - used);
        for (int c = 0; c < columns; ++c) {
            if (!words[size_t(c)])
                continue;
            if (needed <= room || c != widest)
                widths[size_t(c)] = std::min(need[size_t(c)], needed <= room ? need[size_t(c)] : room / 2);
        }
        if (widest >= 0) {
            int rest = room;
            for (int c = 0; c < columns; ++c)
                if (words[size_t(c)] && c != widest)
                    rest -= widths[size_t(c)];
            widths[size_t(widest)] = std::max(0, rest);
        }
    }
    std::vector<int> left(size_t(std::max(0, columns)) + 1, labelWidth);
    for (int c = 0; c < columns; ++c)
        left[size_t(c) + 1] = left[size_t(c)] + widths[size_t(c)];
    const int tableWidth = left.back();
    int headerHeight = rowHeight;
    for (int c = 0; c < columns; ++c) {
        const QRect r = fmBold.boundingRect(QRect(0, 0, widths[size_t(c)] - 2 * pad, 10000),
                                            headersWrapAnywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap,
                                            t.columnHeader(c));
        headerHeight = std::max(headerHeight, r.height() + 2 * pad);
    }
    double max = 0;
    const bool heat = t.chart == ReportTable::Chart::Heatmap;
    if (heat)
        for (int r = 0; r < int(t.cells.size()); ++r)
            for (int c = t.firstSeriesColumn; c < t.firstSeriesColumn + t.seriesCount; ++c)
                max = std::max(max, t.displayValue(r, c).toDouble());
    const auto drawHeader = [&] {
        p.setFont(bold);
        p.setPen(Qt::black);
        const int y = cursor.y();
        for (int c = 0; c < columns; ++c)
            p.drawText(QRect(left[size_t(c)] + pad, y + pad, widths[size_t(c)] - 2 * pad, headerHeight - 2 * pad),
                       (words[size_t(c)] ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom
                           | (headersWrapAnywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap),
                       t.columnHeader(c));
        cursor.advance(headerHeight);
        p.setPen(QPen(Qt::black, std::max(1, fm.height() / 12)));
        p.drawLine(0, cursor.y(), tableWidth, cursor.y());
    };
    cursor.need(headerHeight + rowHeight * std::min<int>(3, int(t.cells.size()) + 1));
    drawHeader();
    for (int r = 0; r < int(t.cells.size()); ++r) {
        // Words wrap in their cell: the row is as tall as its tallest cell.
        int height = rowHeight;
        for (int c = 0; c < columns; ++c)
            if (words[size_t(c)])
                height = std::max(height,
                                  fm.boundingRect(QRect(0, 0, std::max(1, widths[size_t(c)] - 2 * pad), 10000),
                                                  Qt::TextWordWrap, t.displayText(r, c))
                                          .height()
                                      + 2 * pad);
        if (cursor.room() < height) {
            cursor.newPage();
            drawHeader();
        }
        const int y = cursor.y();
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRect(pad, y, labelWidth - 2 * pad, height), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(t.rowLabels.value(r), Qt::ElideRight, labelWidth - 2 * pad));
        for (int c = 0; c < columns; ++c) {
            const QRect cell(left[size_t(c)], y, widths[size_t(c)], height);
            QColor text = Qt::black;
            if (heat && t.isSeriesColumn(c) && max > 0) {
                const QVariant v = t.displayValue(r, c);
                if (v.isValid()) {
                    const QColor background = reportcolors::heat(v.toDouble() / max);
                    p.fillRect(cell.adjusted(1, 1, -1, -1), background);
                    // Text by the cell's brightness as printed in grey (luma), not by the value.
                    const double luma = 0.299 * background.redF() + 0.587 * background.greenF()
                        + 0.114 * background.blueF();
                    if (luma < 0.35)
                        text = Qt::white;
                }
            }
            const bool open = size_t(r) < t.open.size() && t.open[size_t(r)][size_t(c)];
            QFont cellFont = font;
            cellFont.setItalic(open);
            p.setFont(cellFont);
            p.setPen(text);
            if (words[size_t(c)])
                p.drawText(cell.adjusted(pad, pad, -pad, -pad), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                           t.displayText(r, c));
            else
                p.drawText(cell.adjusted(pad, 0, -pad, 0), Qt::AlignRight | Qt::AlignVCenter, t.displayText(r, c));
        }
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
        p.drawLine(0, y + height, tableWidth, y + height);
        cursor.advance(height);
    }
    cursor.advance(rowHeight / 2);
}
} // namespace

bool MonthlyReportPdf::write(QSqlDatabase db, int month, const QString &path, QString *error)
{
    // The two months from one read of the orders, side by side, without the
    // BG/NBD fit the PDF does not show.
    const auto reports = AnalyticsService(db).reportPair(months::last(month), months::last(month - 1), error);
    if (!reports)
        return false;
    const ShopReport &current = reports->first;
    const ShopReport &previous = reports->second;
    const QString shopName = SettingsStore(db).value(QStringLiteral("shop_name"), tr("Our shop"));
    return write(current, previous, shopName, path, error,
                 VoiceOfCustomer::tables(db, months::last(month), kProductRows),
                 recentCampaigns(db, months::last(month)));
}

QList<CampaignResult> MonthlyReportPdf::recentCampaigns(QSqlDatabase db, const QDate &asOf, int count)
{
    QList<CampaignResult> out;
    QString error;
    CampaignEvaluator evaluator(db);
    for (const CampaignRecord &c : OutreachStore(db).campaigns(&error)) { // newest first
        if (c.sendDay > asOf)
            continue;
        if (const auto r = evaluator.evaluate(c.id, asOf, 0, -1, &error))
            out << *r;
        if (out.size() >= count)
            break;
    }
    return out;
}

bool MonthlyReportPdf::write(const ShopReport &current, const ShopReport &previous, const QString &shopName,
                             const QString &path, QString *error, const std::vector<ReportTable> &extra,
                             const QList<CampaignResult> &campaigns)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(300);
    const QString month = months::text(months::of(current.asOf));
    pdf.setTitle(tr("%1 monthly report %2").arg(shopName, month));
    pdf.setCreator(QStringLiteral("Huitou"));
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    const QString heading = tr("%1 · monthly customer report · %2").arg(shopName, month);
    PageCursor cursor(&pdf, &p, heading);
    const int w = cursor.width();
    // Latin text and digits in DejaVu, Chinese from Noto CJK by fallback: the
    // CJK face's shaped digits have no text mapping in the PDF, and the
    // figures must stay searchable (pdftotext, copy and paste).
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    QFont bold = body;
    bold.setBold(true);
    QFont small = body;
    small.setPointSizeF(8.5);
    const int line = QFontMetrics(body, &pdf).height();

    p.setFont(titleFont);
    const QRect titleRect = p.boundingRect(QRect(0, 0, w, 10000), Qt::AlignLeft | Qt::TextWordWrap, heading);
    p.drawText(QRect(0, cursor.y(), w, titleRect.height()), Qt::AlignLeft | Qt::TextWordWrap, heading);
    cursor.advance(titleRect.height() + line / 2);
    p.setFont(body);
    p.drawText(
        QRect(0, cursor.y(), w, line), Qt::AlignLeft,
        tr("As of %1, compared with %2.").arg(current.asOf.toString(Qt::ISODate), previous.asOf.toString(Qt::ISODate)));
    cursor.advance(line * 2);

    // The key figures beside last month's.
    const int row = line * 3 / 2;
    const int col[] = {0, int(w * 0.52), int(w * 0.68), int(w * 0.84), w};
    p.setFont(bold);
    const QString headers[] = {tr("Figure"), tr("This month"), tr("Last month"), tr("Change")};
    for (int i = 0; i < 4; ++i)
        p.drawText(QRect(col[i], cursor.y(), col[i + 1] - col[i], row),
                   Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), headers[i]);
    cursor.advance(row);
    p.drawLine(0, cursor.y(), w, cursor.y());
    p.setFont(body);
    for (const Kpi &k : monthlyKpis(current, previous)) {
        const QString cells[] = {k.name, Kpi::format(k.kind, k.value), Kpi::format(k.kind, k.previous), k.change()};
        for (int i = 0; i < 4; ++i)
            p.drawText(QRect(col[i], cursor.y(), col[i + 1] - col[i], row),
                       Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight), cells[i]);
        cursor.advance(row);
    }
    cursor.advance(line);

    // Every view: its title, its chart drawn as vectors at print size (text
    // 8 pt and up), and its table as text. Heatmaps are their table.
    const double logicalDpi = 96.0; // the chart widget's own resolution
    const QSize chartLogical(qRound(w / double(pdf.resolution()) * logicalDpi),
                             qRound(w / double(pdf.resolution()) * logicalDpi * 0.5));
    const int chartHeight = qRound(chartLogical.height() * pdf.resolution() / logicalDpi);
    std::vector<ReportTable> tables;
    for (int v = 0; v < int(ReportView::Count); ++v)
        tables.push_back(buildReportTable(current, ReportView(v)));
    tables.insert(tables.end(), extra.begin(), extra.end()); // the voice of the customer
    for (const ReportTable &table : tables) {
        const bool heat = table.chart == ReportTable::Chart::Heatmap;
        // A view with nothing to draw this month gets a line saying so, not a chart's worth of blank page.
        std::unique_ptr<ReportViewWidget> widget;
        if (!heat) {
            widget = std::make_unique<ReportViewWidget>(table.view);
            widget->setTable(table);
        }
        const bool charted = widget && widget->hasChart();
        cursor.need(line * 2 + (charted ? chartHeight : line * 6));
        p.setFont(bold);
        p.setPen(Qt::black);
        p.drawText(QRect(0, cursor.y(), w, line * 3 / 2), Qt::AlignLeft | Qt::AlignVCenter, table.title);
        cursor.advance(line * 3 / 2);
        if (!table.note.isEmpty()) {
            p.setFont(small);
            const QRect r = p.boundingRect(QRect(0, 0, w, 10000), Qt::AlignLeft | Qt::TextWordWrap, table.note);
            p.drawText(QRect(0, cursor.y(), w, r.height()), Qt::AlignLeft | Qt::TextWordWrap, table.note);
            cursor.advance(r.height() + line / 3);
        }
        if (widget && !charted) {
            p.setFont(small);
            p.setPen(Qt::darkGray);
            p.drawText(QRect(0, cursor.y(), w, line), Qt::AlignLeft | Qt::AlignVCenter, ReportViewWidget::noDataText());
            p.setPen(Qt::black);
            cursor.advance(line + line / 3);
        }
        if (charted) {
            QChartView *view = widget->chartView();
            view->resize(chartLogical);
            view->setFrameShape(QFrame::NoFrame);
            if (QChart *chart = view->chart()) {
                QFont chartFont(QStringLiteral("DejaVu Sans"));
                chartFont.setPointSizeF(8.5);
                chart->legend()->setFont(chartFont);
                for (QAbstractAxis *axis : chart->axes()) {
                    axis->setLabelsFont(chartFont);
                    axis->setTitleFont(chartFont);
                }
                chart->setTitle(QString());
                chart->setBackgroundVisible(false);
                chart->setMargins(QMargins(0, 0, 0, 0));
                chart->resize(chartLogical);
            }
            view->render(&p, QRectF(0, cursor.y(), w, chartHeight), QRect(QPoint(0, 0), chartLogical),
                         Qt::IgnoreAspectRatio);
            cursor.advance(chartHeight + line / 2);
        }
        drawTable(p, cursor, table, body, &pdf);
        cursor.advance(line);
    }

    // The last campaigns: each the two groups side by side, its table and
    // its figures (uplift, p-value, incremental revenue, ROI, provisional).
    for (const CampaignResult &r : campaigns) {
        const ReportTable table = campaignResultTable(r);
        cursor.need(line * 4 + chartHeight / 2);
        p.setFont(bold);
        p.setPen(Qt::black);
        const QString title =
            tr("Campaign %1 · sent %2").arg(r.campaign.name, r.campaign.sendDay.toString(Qt::ISODate));
        p.drawText(QRect(0, cursor.y(), w, line * 3 / 2), Qt::AlignLeft | Qt::AlignVCenter, title);
        cursor.advance(line * 3 / 2);
        p.setFont(small);
        const QRect noteRect = p.boundingRect(QRect(0, 0, w, 10000), Qt::AlignLeft | Qt::TextWordWrap, table.note);
        p.drawText(QRect(0, cursor.y(), w, noteRect.height()), Qt::AlignLeft | Qt::TextWordWrap, table.note);
        cursor.advance(noteRect.height() + line / 3);
        ReportViewWidget widget{ReportView::CampaignResults};
        widget.setTable(table);
        QChartView *view = widget.chartView();
        const QSize logical(chartLogical.width(), chartLogical.height() / 2);
        view->resize(logical);
        view->setFrameShape(QFrame::NoFrame);
        if (QChart *chart = view->chart()) {
            QFont chartFont(QStringLiteral("DejaVu Sans"));
            chartFont.setPointSizeF(8.5);
            chart->legend()->setFont(chartFont);
            for (QAbstractAxis *axis : chart->axes()) {
                axis->setLabelsFont(chartFont);
                axis->setTitleFont(chartFont);
            }
            chart->setTitle(QString());
            chart->setBackgroundVisible(false);
            chart->setMargins(QMargins(0, 0, 0, 0));
            chart->resize(logical);
        }
        view->render(&p, QRectF(0, cursor.y(), w, chartHeight / 2), QRect(QPoint(0, 0), logical),
                     Qt::IgnoreAspectRatio);
        cursor.advance(chartHeight / 2 + line / 2);
        drawTable(p, cursor, table, body, &pdf);
        cursor.advance(line);
    }

    // Definitions.
    cursor.newPage();
    p.setPen(Qt::black); // the last table left its light grid pen on the painter
    p.setFont(bold);
    p.drawText(QRect(0, cursor.y(), w, line * 2), Qt::AlignLeft, tr("Definitions"));
    cursor.advance(line * 2);
    p.setFont(small);
    const QString notes =
        tr("Valid order: paid, not closed or awaiting payment, net amount (paid − refund) above zero. "
           "Purchase day: the calendar day of a valid order's payment; two orders on one day are one purchase.\n"
           "F: purchase days; M: net amount of valid orders; R: days since the last purchase day. New: F = 1; returning: F ≥ 2.\n"
           "Stages by R: active ≤ %1 days, silent ≤ %2, sleeping ≤ %3, lost beyond.\n"
           "Repeat purchase rate: customers with two or more purchase days in the 365 days to the as-of date, over those with one or more.\n"
           "Second-purchase rate: share of a first-purchase month's customers whose second purchase came within 30 / 90 / 180 days.\n"
           "Stage repurchase: customers in a stage on the day before the month, share who bought in the month; "
           "reactivation pools sleeping and lost.\n"
           "Tiers: top 1% / 4% / 20% by amount spent (or the shop's fixed thresholds).")
            .arg(current.stageThresholds[0])
            .arg(current.stageThresholds[1])
            .arg(current.stageThresholds[2]);
    p.drawText(QRect(0, cursor.y(), w, cursor.room()), Qt::AlignLeft | Qt::TextWordWrap, notes);
    p.end();
    return true;
}

} // namespace huitou

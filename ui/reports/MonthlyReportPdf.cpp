#include "MonthlyReportPdf.h"

#include "ReportViewWidget.h"
#include "analytics/AnalyticsService.h"
#include "analytics/MonthlyKpis.h"
#include "analytics/ReportTables.h"
#include "feedback/VoiceOfCustomer.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <optional>
#include <thread>

namespace huitou {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("huitou::MonthlyReportPdf", text);
}
} // namespace

bool MonthlyReportPdf::write(QSqlDatabase db, int month, const QString &path, QString *error)
{
    // The two months are computed side by side, the previous one on a
    // second connection of its own.
    std::optional<ShopReport> previous;
    QString previousError;
    std::thread other([&previous, &previousError, path = db.databaseName(), month] {
        const QString connection = QStringLiteral("pdf-previous-month");
        if (Database::open(path, connection, &previousError)) {
            previous = AnalyticsService(Database::connection(connection)).report(months::last(month - 1), &previousError);
            Database::close(connection);
        }
    });
    const auto current = AnalyticsService(db).report(months::last(month), error);
    other.join();
    if (!current)
        return false;
    if (!previous) {
        *error = previousError;
        return false;
    }
    const QString shopName = SettingsStore(db).value(QStringLiteral("shop_name"), tr("Our shop"));
    return write(*current, *previous, shopName, path, error, VoiceOfCustomer::tables(db, months::last(month)));
}

bool MonthlyReportPdf::write(const ShopReport &current, const ShopReport &previous, const QString &shopName,
                             const QString &path, QString *error, const std::vector<ReportTable> &extra)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(tr("%1 monthly report %2").arg(shopName, months::text(months::of(current.asOf))));
    pdf.setCreator(QStringLiteral("Huitou"));
    QPainter p;
    if (!p.begin(&pdf)) {
        *error = tr("Cannot write %1").arg(path);
        return false;
    }
    const QRect page = p.viewport();
    const int w = page.width();
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(18);
    // Latin text and digits in DejaVu, Chinese from Noto CJK by fallback: the
    // CJK face's shaped digits have no text mapping in the PDF, and the
    // figures must stay searchable (pdftotext, copy and paste).
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(10);
    QFont small = body;
    small.setPointSizeF(8);

    int y = 0;
    p.setFont(titleFont);
    const QString heading = tr("%1 · monthly customer report · %2").arg(shopName, months::text(months::of(current.asOf)));
    p.drawText(QRect(0, y, w, 120), Qt::AlignLeft | Qt::AlignTop, heading);
    y += 110;
    p.setFont(body);
    p.drawText(QRect(0, y, w, 60), Qt::AlignLeft, tr("As of %1, compared with %2.")
                                                     .arg(current.asOf.toString(Qt::ISODate),
                                                          previous.asOf.toString(Qt::ISODate)));
    y += 70;
    // KPI table.
    const int row = 52;
    const int col[] = {0, int(w * 0.55), int(w * 0.72), int(w * 0.87)};
    p.setFont(body);
    QFont bold = body;
    bold.setBold(true);
    p.setFont(bold);
    const QString headers[] = {tr("Figure"), tr("This month"), tr("Last month"), tr("Change")};
    for (int i = 0; i < 4; ++i)
        p.drawText(QRect(col[i], y, (i < 3 ? col[i + 1] : w) - col[i], row), Qt::AlignVCenter | Qt::AlignLeft, headers[i]);
    y += row;
    p.drawLine(0, y, w, y);
    p.setFont(body);
    for (const Kpi &k : monthlyKpis(current, previous)) {
        const QString cells[] = {k.name, Kpi::format(k.kind, k.value), Kpi::format(k.kind, k.previous), k.change()};
        for (int i = 0; i < 4; ++i)
            p.drawText(QRect(col[i], y, (i < 3 ? col[i + 1] : w) - col[i], row), Qt::AlignVCenter | Qt::AlignLeft, cells[i]);
        y += row;
    }
    y += 30;

    // The charts, two to a page after the first.
    const QSize chartSize(1400, 760);
    const int chartHeight = int(double(w) * chartSize.height() / chartSize.width());
    std::vector<ReportTable> tables;
    for (int v = 0; v < int(ReportView::Count); ++v)
        tables.push_back(buildReportTable(current, ReportView(v)));
    tables.insert(tables.end(), extra.begin(), extra.end());
    for (const ReportTable &table : tables) {
        ReportViewWidget widget{table.view};
        widget.setTable(table);
        const QPixmap picture = widget.picture(chartSize);
        const bool withNote = int(table.view) > int(ReportView::Count) && !table.note.isEmpty();
        if (y + chartHeight + (withNote ? 120 : 70) > page.height()) {
            pdf.newPage();
            y = 0;
        }
        p.setFont(bold);
        p.drawText(QRect(0, y, w, 60), Qt::AlignLeft | Qt::AlignVCenter, table.title);
        y += 60;
        if (withNote) {
            p.setFont(body);
            p.drawText(QRect(0, y, w, 50), Qt::AlignLeft | Qt::AlignVCenter, table.note);
            y += 50;
        }
        p.drawPixmap(QRect(0, y, w, chartHeight), picture);
        y += chartHeight + 30;
    }

    // Definitions.
    pdf.newPage();
    p.setFont(bold);
    p.drawText(QRect(0, 0, w, 60), Qt::AlignLeft, tr("Definitions"));
    p.setFont(small);
    const QString notes = tr(
        "Valid order: paid, not closed or awaiting payment, net amount (paid − refund) above zero. "
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
    p.drawText(QRect(0, 70, w, page.height() - 70), Qt::AlignLeft | Qt::TextWordWrap, notes);
    p.end();
    return true;
}

} // namespace huitou

#include "CustomersCommand.h"

#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "importing/CsvField.h"
#include "storage/AnalyticsStore.h"
#include "storage/CustomerMetricsQuery.h"

#include <QCommandLineParser>
#include <QFile>
#include <QStringEncoder>
#include <QHash>

namespace huitou::cli {

namespace {

void printRow(QTextStream &out, const CustomerContact &c, const StoredCustomerMetrics &m)
{
    const QStringList fields{
        csvField(c.key),
        csvField(c.receiverName),
        csvField(c.phoneDisplay),
        csvField(c.province),
        QString::number(m.frequency),
        money::text(m.monetaryFen),
        QString::number(m.validOrders),
        QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate),
        QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate),
        QString::number(m.recency),
        m.stage,
        m.type,
        m.tier,
        m.segment,
        QString::number(m.rScore),
        QString::number(m.fScore),
        QString::number(m.mScore),
        m.pAlive < 0 ? QString() : QString::number(m.pAlive, 'f', 4),
        QString::number(m.expected90, 'f', 4),
    };
    out << fields.join(QLatin1Char(',')) << '\n';
}

} // namespace

int runCustomers(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists customers with their figures (CSV)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("stage"), QStringLiteral("active|silent|sleeping|lost"), QStringLiteral("S")},
        {QStringLiteral("type"), QStringLiteral("new|returning"), QStringLiteral("T")},
        {QStringLiteral("tier"), QStringLiteral("regular|senior|vip|supreme_vip"), QStringLiteral("T")},
        {QStringLiteral("segment"), QStringLiteral("RFM segment, e.g. important_value"), QStringLiteral("SEG")},
        {QStringLiteral("as-of"), QStringLiteral("Date of the figures (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("csv"), QStringLiteral("CSV output (the only format; kept for scripts).")},
        {QStringLiteral("count"), QStringLiteral("Print only the number of matching customers.")},
        {QStringLiteral("encoding"),
         QStringLiteral("utf-8 (default), utf-8-bom (Excel / WPS on Windows) or gb18030."), QStringLiteral("E")},
    });
    p.process(c.arguments);
    const QString encoding = p.value(QStringLiteral("encoding")).toLower();
    if (!encoding.isEmpty() && encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf-8-bom")
        && encoding != QLatin1String("gb18030")) {
        c.err << "customers: --encoding is utf-8, utf-8-bom or gb18030\n";
        return 2;
    }
    // Rows go through a buffer encoded as asked (QTextStream itself knows no GB18030).
    QString buffer;
    QTextStream rowsOut(&buffer);
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    QStringEncoder encoder = encoding == QLatin1String("gb18030")
        ? QStringEncoder("GB18030")
        : QStringEncoder(QStringEncoder::Utf8,
                         encoding == QLatin1String("utf-8-bom") ? QStringEncoder::Flag::WriteBom
                                                                : QStringEncoder::Flag::Default);
    auto flushRows = [&] {
        rowsOut.flush();
        if (!buffer.isEmpty()) {
            c.out.flush();
            stdoutFile.write(encoder.encode(buffer));
            stdoutFile.flush();
            buffer.clear();
        }
    };
    CustomerFilter filter{p.value(QStringLiteral("stage")), p.value(QStringLiteral("type")),
                          p.value(QStringLiteral("tier")), p.value(QStringLiteral("segment"))};
    QDate asOf = AnalyticsService::today();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            c.err << "customers: --as-of must be YYYY-MM-DD\n";
            return 2;
        }
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    qint64 matched = 0;
    const bool countOnly = p.isSet(QStringLiteral("count"));
    if (!countOnly)
        rowsOut << "customer_key,receiver_name,phone,province,frequency,monetary,valid_orders,first_purchase,"
                 "last_purchase,recency,stage,type,tier,rfm_segment,r_score,f_score,m_score,p_alive,expected_90\n";
    auto emitRow = [&](const CustomerContact &contact, const StoredCustomerMetrics &m) {
        ++matched;
        if (!countOnly) {
            printRow(rowsOut, contact, m);
            if ((matched & 1023) == 0)
                flushRows();
        }
    };
    bool ok = true;
    if (AnalyticsStore(db).metricsAsOf() == asOf) {
        // The stored results are for this day: filter in SQL.
        ok = CustomerMetricsQuery(db).forEach(filter, emitRow, &error);
    } else {
        // Another day: compute in memory (the store keeps today's results).
        const auto report = AnalyticsService(db).report(asOf, &error);
        ok = report.has_value();
        if (ok) {
            QHash<qint64, CustomerContact> contacts;
            CustomerStore(db).forEach(
                [&contacts](const CustomerContact &cc) {
                    contacts.insert(cc.id, cc);
                    return true;
                },
                &error);
            std::vector<std::pair<QString, StoredCustomerMetrics>> rows;
            for (const CustomerFigures &f : report->perCustomer) {
                const StoredCustomerMetrics m = toStored(f);
                if (filter.matches(m))
                    rows.emplace_back(contacts.value(f.customerId).key, m);
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[key, m] : rows)
                emitRow(contacts.value(m.customerId), m);
        }
    }
    flushRows();
    if (!ok) {
        c.err << error << "\n";
        return 1;
    }
    if (countOnly)
        c.out << matched << "\n";
    return 0;
}

} // namespace huitou::cli

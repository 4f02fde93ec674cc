// The customers page's search through the trigram index (issue 12): the
// same customers as the plain scan of the search rule, on the hand-worked
// fixture tests/data/search (README.md there), through a first bulk import,
// a later import, a revert and a store copy; and the index always holds
// exactly one current row per customer.
#include "SmallShop.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "customers/Segment.h"
#include "importing/OrderImporter.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/SegmentQuery.h"
#include "storage/StoreCopy.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace huitou;
using test::keysOf;

namespace {

// The search rule evaluated by a scan of every customer, without the index.
QString scanned(const QSqlDatabase &db, const QString &text)
{
    const QString search = text.trimmed();
    QString digits = search;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    bool allDigits = !digits.isEmpty();
    for (QChar ch : digits)
        allDigits &= ch.isDigit();
    const bool phone = allDigits && digits.size() >= 3;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT customer_key FROM customer_contacts WHERE customer_key LIKE ? "
                             "OR receiver_name LIKE ? OR id IN (SELECT customer_id FROM orders WHERE order_no = ?) "
                             "OR (? AND (phone_display LIKE ? OR phone LIKE ?))"));
    const QString like = QLatin1Char('%') + search + QLatin1Char('%');
    const QString digitsLike = QLatin1Char('%') + digits + QLatin1Char('%');
    for (const QVariant &v : {QVariant(like), QVariant(like), QVariant(search), QVariant(phone ? 1 : 0),
                              QVariant(digitsLike), QVariant(digitsLike)})
        q.addBindValue(v);
    QStringList keys;
    if (!q.exec())
        return QStringLiteral("error: ") + q.lastError().text();
    while (q.next())
        keys << q.value(0).toString();
    keys.sort();
    return keys.join(QLatin1Char(' '));
}

QString found(const QSqlDatabase &db, const QString &text)
{
    Segment s;
    s.search = text;
    QString error;
    const SegmentQuery query(db, s);
    const QString byIds = keysOf(db, query.ids(CustomerSort{CustomerColumn::Nick, true}, &error));
    if (!error.isEmpty())
        return QStringLiteral("error: ") + error;
    if (query.count(&error) != (byIds.isEmpty() ? 0 : byIds.split(QLatin1Char(' ')).size()))
        return QStringLiteral("count differs");
    return byIds;
}

// Every customer has exactly the row the triggers and the rebuild write.
QString indexDrift(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM customer_search) - (SELECT COUNT(*) FROM customers), "
                           "(SELECT COUNT(*) FROM customer_contacts c LEFT JOIN customer_search s ON s.rowid = c.id "
                           "WHERE s.rowid IS NULL OR s.nick IS NOT c.customer_key OR s.name IS NOT c.receiver_name "
                           "OR s.phones IS NOT CASE WHEN c.phone_display = c.phone THEN c.phone "
                           "ELSE COALESCE(c.phone_display, '') || ' ' || COALESCE(c.phone, '') END)"))
        || !q.next())
        return q.lastError().text();
    if (q.value(0).toLongLong() != 0 || q.value(1).toLongLong() != 0)
        return QStringLiteral("%1 rows too many, %2 rows wrong")
            .arg(q.value(0).toLongLong())
            .arg(q.value(1).toLongLong());
    return {};
}

ImportResult importInto(const QSqlDatabase &db, const QString &file)
{
    ColumnMapping m;
    m.customer = QStringLiteral("customer");
    m.order = QStringLiteral("order");
    m.time = QStringLiteral("paid_at");
    m.amount = QStringLiteral("amount");
    m.phone = QStringLiteral("phone");
    m.address = QStringLiteral("address");
    ImportOptions options;
    options.mapping = m;
    return OrderImporter(std::make_unique<ImportStore>(db), options)
        .importFile(test::testDataPath(QStringLiteral("search/") + file));
}

} // namespace

class TestCustomerSearch : public QObject
{
    Q_OBJECT
    test::TestStore m_store;

    void compareAll(const QSqlDatabase &db, const QList<QPair<QString, QString>> &expected)
    {
        QCOMPARE(indexDrift(db), QString());
        for (const auto &[text, who] : expected) {
            QCOMPARE(found(db, text), who);
            QCOMPARE(found(db, text), scanned(db, text));
        }
    }

private slots:
    void firstImportFillsTheIndexOnce()
    {
        const ImportResult r = importInto(m_store.db(), QStringLiteral("first.csv"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        // The triggers are back after the bulk import.
        QCOMPARE(m_store
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                            "AND name LIKE 'customer_search_%'"))
                     .toInt(),
                 4);
        compareAll(m_store.db(),
                   {{QStringLiteral("8888"), QStringLiteral("LiSi zhangsan_88")},
                    {QStringLiteral("5678"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("ZHANG"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("小明"), QStringLiteral("王小明")},
                    {QStringLiteral("王小明"), QStringLiteral("王小明")},
                    {QStringLiteral("T1003"), QStringLiteral("LiSi")},
                    {QStringLiteral("T100"), QString()},
                    {QStringLiteral("%cot"), QStringLiteral("100%cotton")},
                    {QStringLiteral("n_8"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("san_88"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("han%8"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("1234 8888"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("ab"), QStringLiteral("ab")},
                    {QStringLiteral("88880"), QStringLiteral("LiSi")}});
    }

    void laterImportKeepsTheIndex()
    {
        const ImportResult r = importInto(m_store.db(), QStringLiteral("second.csv"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        compareAll(m_store.db(),
                   {{QStringLiteral("8888"), QStringLiteral("zhangsan_88")},
                    {QStringLiteral("5555"), QStringLiteral("LiSi")},
                    {QStringLiteral("newbu"), QStringLiteral("newbuyer")},
                    {QStringLiteral("0999"), QStringLiteral("newbuyer")},
                    {QStringLiteral("T1003"), QStringLiteral("LiSi")}});
    }

    void revertRestoresTheIndex()
    {
        QString error;
        const qint64 last = m_store.scalar(QStringLiteral("SELECT MAX(id) FROM imports")).toLongLong();
        QVERIFY2(ImportHistory(m_store.db()).revert(last, &error), qPrintable(error));
        compareAll(m_store.db(),
                   {{QStringLiteral("5555"), QString()},
                    {QStringLiteral("newbu"), QString()},
                    {QStringLiteral("8888"), QStringLiteral("LiSi zhangsan_88")}});
    }

    void copyRebuildsTheIndex()
    {
        test::TestStore target;
        QString error;
        QSqlDatabase db = target.db();
        QVERIFY2(StoreCopy::copy(m_store.db(), db, &error), qPrintable(error));
        // The index is not one of the shop's tables.
        const auto counts = StoreCopy::countRows(db, &error);
        for (const auto &c : counts)
            QVERIFY2(!c.table.startsWith(QLatin1String("customer_search")), qPrintable(c.table));
        compareAll(db,
                   {{QStringLiteral("8888"), QStringLiteral("LiSi zhangsan_88")},
                    {QStringLiteral("王小明"), QStringLiteral("王小明")}});
    }
};

QTEST_GUILESS_MAIN(TestCustomerSearch)
#include "test_customer_search.moc"

// The customers page and `huitou-cli customers` select customers through the
// same SegmentQuery: for a set of segments, the ids the real window lists
// are the ids the CLI prints (as customer keys), on a generated shop.
#include "Clock.h"
#include "analytics/AnalyticsService.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "demo/ShopGenerator.h"
#include "format/CsvField.h"
#include "importing/OrderImporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huitou;

namespace {

// The first field of a CSV line (quoted or not).
QString firstField(const QString &line)
{
    if (!line.startsWith(QLatin1Char('"')))
        return line.section(QLatin1Char(','), 0, 0);
    QString out;
    for (int i = 1; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('"')) {
            if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                out += QLatin1Char('"');
                ++i;
                continue;
            }
            break;
        }
        out += line[i];
    }
    return out;
}

} // namespace

class TestCustomerSegments : public QObject
{
    Q_OBJECT
    // GUI tests run on a pinned shop date (the CLI they start inherits it).
    PinnedClock m_clock{QDateTime(QDate(2026, 11, 16), QTime(10, 0), QTimeZone("Asia/Shanghai"))};
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<MainWindow> m_window;

    QStringList keysOf(const std::vector<qint64> &ids) const
    {
        QStringList keys;
        QSqlQuery q(m_window->workspace()->db());
        q.prepare(QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"));
        for (qint64 id : ids) {
            q.addBindValue(id);
            if (q.exec() && q.next())
                keys << csvField(q.value(0).toString());
        }
        keys.sort();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        GeneratorOptions o;
        o.customers = 600;
        o.seed = 8;
        o.end = AnalyticsService::today();
        GeneratedShop shop;
        QString error;
        QVERIFY2(ShopGenerator(o).write(m_dir.filePath(QStringLiteral("shop")), &shop, &error), qPrintable(error));
        m_dbPath = m_dir.filePath(QStringLiteral("store.db"));
        QVERIFY2(Database::open(StoreLocation::file(m_dbPath), QStringLiteral("gui"), &error), qPrintable(error));
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("gui"));
        for (const QString &file : {shop.orderFile, shop.itemFile}) {
            const ImportResult r = OrderImporter(std::make_unique<ImportStore>(db), ImportOptions()).importFile(file);
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        QVERIFY2(AnalyticsService(db).recompute(AnalyticsService::today(), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_dbPath, QStringLiteral("gui"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showPage(MainWindow::Customers);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
    }

    void guiAndCliListTheSameCustomers_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("segment");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("search");
        QTest::newRow("sleeping") << "sleeping"
                                  << ""
                                  << ""
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("active returning") << "active"
                                          << "returning"
                                          << ""
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("new") << ""
                             << "new"
                             << ""
                             << ""
                             << ""
                             << "";
        QTest::newRow("vip") << ""
                             << ""
                             << "vip"
                             << ""
                             << ""
                             << "";
        QTest::newRow("important value") << ""
                                         << ""
                                         << ""
                                         << "important_value"
                                         << ""
                                         << "";
        QTest::newRow("lost, size M") << "lost"
                                      << ""
                                      << ""
                                      << ""
                                      << "size=M"
                                      << "";
        QTest::newRow("returning, searched") << ""
                                             << "returning"
                                             << ""
                                             << ""
                                             << ""
                                             << "1";
        QTest::newRow("lost regular general") << "lost"
                                              << ""
                                              << "regular"
                                              << "general_winback"
                                              << ""
                                              << "";
    }
    void guiAndCliListTheSameCustomers()
    {
        QFETCH(QString, stage);
        QFETCH(QString, type);
        QFETCH(QString, tier);
        QFETCH(QString, segment);
        QFETCH(QString, tag);
        QFETCH(QString, search);
        CustomersPage *page = m_window->customersPage();
        auto *searchEdit = page->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        const auto choose = [page](const char *name, const QString &data) {
            auto *combo = page->findChild<QComboBox *>(QString::fromLatin1(name));
            const QSignalBlocker block(combo);
            const int index = combo->findData(data);
            combo->setCurrentIndex(index);
            return index >= 0;
        };
        {
            const QSignalBlocker block(searchEdit);
            searchEdit->setText(search);
        }
        QVERIFY(choose("stageFilter", stage));
        QVERIFY(choose("typeFilter", type));
        QVERIFY(choose("tierFilter", tier));
        QVERIFY(choose("segmentFilter", segment));
        QVERIFY(choose("tagFilter", tag));
        // List once, with every filter set: the check box toggled there and
        // back (the newest listing wins, the first is dropped).
        auto *unpaid = page->findChild<QCheckBox *>(QStringLiteral("showUnpaidCheck"));
        QVERIFY(unpaid && !unpaid->isChecked());
        QSignalSpy reloaded(page, &CustomersPage::reloaded);
        unpaid->toggle();
        unpaid->toggle();
        QVERIFY(reloaded.wait(30000));
        std::vector<qint64> shown;
        for (int row = 0; row < page->model()->rowCount(); ++row)
            shown.push_back(page->model()->customerId(row));

        QStringList args{QStringLiteral("--db"), m_dbPath, QStringLiteral("customers")};
        const std::pair<const char *, QString> options[] = {{"--stage", stage}, {"--type", type},
                                                            {"--tier", tier},   {"--segment", segment},
                                                            {"--tag", tag},     {"--search", search}};
        for (const auto &[option, value] : options)
            if (!value.isEmpty())
                args << QString::fromLatin1(option) << value;
        QProcess cli;
        cli.start(qEnvironmentVariable("HUITOU_CLI"), args);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QStringList printed;
        const QStringList lines =
            QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i)
            printed << firstField(lines[i]);
        printed.sort();
        QVERIFY(!printed.isEmpty());
        QCOMPARE(keysOf(shown), printed);
        QCOMPARE(page->matchCount(), qint64(printed.size()));
    }
};

QTEST_MAIN(TestCustomerSegments)
#include "test_customer_segments.moc"

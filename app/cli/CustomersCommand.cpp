#include "CustomersCommand.h"

#include "storage/CustomerStore.h"

#include <QCommandLineParser>

namespace huitou::cli {

namespace {
QString csvField(const QString &s)
{
    // Neutralise spreadsheet formulas; quote what needs quoting.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@\t").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}
} // namespace

int runCustomers(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists customers."));
    p.addHelpOption();
    p.addOption({QStringLiteral("csv"), QStringLiteral("CSV output (UTF-8).")});
    p.process(c.arguments);
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    CustomerStore store(db);
    c.out << "customer_key,receiver_name,phone,province,email\n";
    QString error;
    const bool ok = store.forEach(
        [&c](const CustomerContact &cu) {
            c.out << csvField(cu.key) << ',' << csvField(cu.receiverName) << ',' << csvField(cu.phoneDisplay) << ','
                  << csvField(cu.province) << ',' << csvField(cu.email) << '\n';
            return true;
        },
        &error);
    if (!ok)
        c.err << error << "\n";
    return ok ? 0 : 1;
}

} // namespace huitou::cli

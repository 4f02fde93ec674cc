#include "OptOutImporter.h"

#include "MobileNumber.h"
#include "importing/TextEncoding.h"
#include "storage/OutreachStore.h"
#include "storage/ProfileStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace huitou {

OptOutImporter::OptOutImporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool OptOutImporter::importFile(const QString &path, const QString &staff, OptOutResult *result, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("OptOutImporter", "Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray bytes = f.readAll();
    const TextEncoding::Kind kind = TextEncoding::detect(bytes);
    QStringDecoder decoder(TextEncoding::codecName(kind).constData(), QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return importText(text, QFileInfo(path).fileName(), staff, result, error);
}

bool OptOutImporter::importText(const QString &text, const QString &source, const QString &staff, OptOutResult *result,
                                QString *error)
{
    *result = {};
    if (staff.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("OptOutImporter",
                                             "Set the staff name first: consent changes record who made them.");
        return false;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\t，；]"));
    QSet<QString> numbers;
    QStringList ordered;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\n|\r")));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        ++result->lines;
        QString found;
        for (QString field : line.split(separators)) {
            field = field.trimmed();
            if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
                field = field.mid(1, field.size() - 2);
            if (field.startsWith(QLatin1String("=\"")) && field.endsWith(QLatin1Char('"')))
                field = field.mid(2, field.size() - 3);
            found = MobileNumber::normalize(field);
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty()) {
            result->junkLines << i + 1;
            continue;
        }
        if (!numbers.contains(found)) {
            numbers.insert(found);
            ordered << found;
        }
    }
    result->numbers = int(numbers.size());
    OutreachStore store(m_db);
    // Customers who used any of the numbers on any order.
    QSet<qint64> customers;
    QSet<QString> matched;
    if (!store.forEachOrderPhone(
            [&](qint64 customerId, const QString &phone) {
                const QString n = MobileNumber::normalize(phone);
                if (!n.isEmpty() && numbers.contains(n)) {
                    customers.insert(customerId);
                    matched.insert(n);
                }
            },
            error))
        return false;
    result->matchedNumbers = int(matched.size());
    Transaction tx(m_db);
    if (!store.addOptOutNumbers(ordered, source, staff.trimmed(), &result->newListNumbers, error))
        return false;
    ProfileStore profiles(m_db);
    for (qint64 id : customers) {
        CustomerProfile p = profiles.load(id);
        if (p.consent == QLatin1String("refused")) {
            ++result->alreadyRefused;
            continue;
        }
        // Signed by the staff member, with the list's file as the source (the profile's timeline shows both).
        if (!profiles.setConsent(id, QStringLiteral("refused"), error, staff.trimmed(),
                                 QStringLiteral("opt_out:") + source))
            return false;
        ++result->customersRefused;
    }
    if (!tx.commit()) {
        *error = QCoreApplication::translate("OptOutImporter", "The opt-out list could not be saved.");
        return false;
    }
    return true;
}

} // namespace huitou

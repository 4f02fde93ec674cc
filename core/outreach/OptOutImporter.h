#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// What an opt-out list (an SMS platform's 退订 report, or any list of numbers)
// did to the store.
struct OptOutResult
{
    int lines = 0; // non-empty lines read
    int numbers = 0; // distinct valid mobiles found
    QList<int> junkLines; // line numbers (1-based) holding no valid mobile
    int matchedNumbers = 0; // numbers used on some customer's orders
    int customersRefused = 0; // customers newly set to refused
    int alreadyRefused = 0;
    int newListNumbers = 0; // numbers added to the stored opt-out list
};

// Reads numbers one per line or as a CSV column (the first field of each line
// that is a valid mobile, after DESIGN's mobile rule), stores them in the
// opt-out list (so a number that buys later is never exported either) and sets
// every customer who used one of them to "refused".
class OptOutImporter
{
public:
    explicit OptOutImporter(QSqlDatabase db);
    bool importFile(const QString &path, const QString &staff, OptOutResult *result, QString *error);
    bool importText(const QString &text, const QString &source, const QString &staff, OptOutResult *result,
                    QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace huitou

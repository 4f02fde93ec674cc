#include "ReviewImporter.h"

#include "Clock.h"
#include "CsvReader.h"
#include "FieldParsers.h"
#include "TextEncoding.h"
#include "feedback/ReviewClassifier.h"
#include "storage/ReviewStore.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace huitou {

ReviewMapping ReviewMapping::fromSpec(const QString &spec, QString *error)
{
    ReviewMapping m;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed(), column = part.mid(eq + 1).trimmed();
        if (eq < 0 || column.isEmpty()) {
            *error = QCoreApplication::translate("huitou::ReviewMapping", "--map: \"%1\" is not key=COLUMN.").arg(part);
            return {};
        }
        if (key == QLatin1String("order"))
            m.order = column;
        else if (key == QLatin1String("rating"))
            m.rating = column;
        else if (key == QLatin1String("text"))
            m.text = column;
        else if (key == QLatin1String("time"))
            m.time = column;
        else {
            *error = QCoreApplication::translate("huitou::ReviewMapping",
                                                 "--map: unknown field \"%1\" (order, rating, text, time).")
                         .arg(key);
            return {};
        }
    }
    for (const auto &[name, value] : {std::pair{"order", m.order}, {"rating", m.rating}, {"text", m.text}})
        if (value.isEmpty()) {
            *error = QCoreApplication::translate("huitou::ReviewMapping", "--map: the %1 column is required.")
                         .arg(QLatin1String(name));
            return {};
        }
    return m;
}

QJsonObject ReviewMapping::toJson() const
{
    return {{QStringLiteral("order"), order},
            {QStringLiteral("rating"), rating},
            {QStringLiteral("text"), text},
            {QStringLiteral("time"), time}};
}

ReviewMapping ReviewMapping::fromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("order")).toString(), o.value(QStringLiteral("rating")).toString(),
            o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("time")).toString()};
}

ReviewImporter::ReviewImporter(QSqlDatabase db, ReviewMapping mapping, QString staff, QDate today)
    : m_db(std::move(db))
    , m_mapping(std::move(mapping))
    , m_staff(std::move(staff))
    , m_today(today)
{
}

ReviewImportResult ReviewImporter::importFile(const QString &path)
{
    ReviewImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1.").arg(QFileInfo(path).fileName());
        return result;
    }
    const TextEncoding::Kind encoding = TextEncoding::detect(file);
    file.seek(0);
    CsvReader reader(&file, encoding);
    CsvRecord header;
    if (!reader.next(header)) {
        result.error = tr("The file is empty.");
        return result;
    }
    QHash<QString, int> columns;
    for (int i = 0; i < header.fieldCount(); ++i)
        columns.insert(header.text(i).trimmed(), i);
    auto column = [&](const QString &name, const char *field) {
        if (name.isEmpty())
            return -1;
        if (!columns.contains(name)) {
            if (result.error.isEmpty())
                result.error = tr("The file has no column \"%1\" (for %2).").arg(name, QLatin1String(field));
            return -1;
        }
        return columns.value(name);
    };
    const int orderCol = column(m_mapping.order, "order"), ratingCol = column(m_mapping.rating, "rating"),
              textCol = column(m_mapping.text, "text"), timeCol = column(m_mapping.time, "time");
    if (!result.ok())
        return result;

    const ReviewClassifier classifier(TaxonomyStore(m_db).load());
    const QTimeZone shop = Clock::shopZone();
    ReviewStore store(m_db);
    QString error;
    if (!store.begin(m_staff, &error)) {
        result.error = error;
        return result;
    }
    CsvRecord record;
    while (reader.next(record)) {
        ++result.read;
        if (record.fieldCount() < header.fieldCount() || record.fieldCount() > header.fieldCount() + 1) {
            result.rejected << ReviewRejectedRow{
                record.line(), tr("%1 fields, the header has %2.").arg(record.fieldCount()).arg(header.fieldCount())};
            continue;
        }
        ReviewRow row;
        row.orderNo = record.text(orderCol);
        if (row.orderNo.isEmpty()) {
            result.rejected << ReviewRejectedRow{record.line(), tr("order: empty.")};
            continue;
        }
        const auto rating = parse::count(record.text(ratingCol));
        if (!rating || *rating < 1 || *rating > 5) {
            result.rejected << ReviewRejectedRow{record.line(),
                                                 tr("rating: must be 1 to 5, not \"%1\".").arg(record.text(ratingCol))};
            continue;
        }
        row.rating = *rating;
        row.text = record.text(textCol);
        if (timeCol >= 0) {
            const parse::Time t = parse::time(record.text(timeCol), shop);
            if (!t.ok && !t.empty) {
                result.rejected << ReviewRejectedRow{record.line(),
                                                     tr("time: cannot read \"%1\".").arg(record.text(timeCol))};
                continue;
            }
            row.reviewedAt = t.iso;
        }
        row.day = row.reviewedAt.isEmpty() ? m_today : QDate::fromString(row.reviewedAt.left(10), Qt::ISODate);
        if (row.rating < 5)
            row.suggestions = classifier.classify(row.text);
        const ReviewStore::Outcome outcome = store.add(row, &error);
        if (outcome == ReviewStore::Outcome::Failed) {
            result.error = error;
            return result; // the transaction rolls back
        }
        if (outcome == ReviewStore::Outcome::Unchanged) {
            ++result.unchanged;
            continue;
        }
        ++result.inserted;
        if (outcome == ReviewStore::Outcome::Unmatched)
            ++result.unmatched;
        else if (row.rating < 5)
            result.suggested += row.suggestions.size();
    }
    if (!store.commit(&error))
        result.error = error;
    return result;
}

} // namespace huitou

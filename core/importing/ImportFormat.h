#pragma once

#include "Clock.h"
#include "CsvRecord.h"
#include "ImportMessages.h"
#include "ParsedRow.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace huitou {

// A file format: binds its columns by (trimmed) header name, then turns each
// data record into an order and/or an order line. parse() returns an empty
// problem on success or the reason the row is bad.
class ImportFormat
{
public:
    virtual ~ImportFormat() = default;
    virtual QString id() const = 0;
    // Empty on success; otherwise a message naming the missing column.
    virtual QString bind(const CsvRecord &header) = 0;
    virtual RowProblem parse(const CsvRecord &record, ParsedRow &out) = 0;

    void setShopZone(const QTimeZone &zone) { m_zone = zone; }

    // Trimmed header names of RECORD.
    static QStringList headerNames(const CsvRecord &header);

protected:
    // Column index by trimmed name (first of NAMES found), or -1.
    int column(std::initializer_list<const char *> names) const;
    // Binds REQUIRED columns; returns the first missing one's message.
    QString requireColumns(std::initializer_list<std::pair<int *, const char *>> required) const;
    void indexHeader(const CsvRecord &header);
    static QString field(const CsvRecord &r, int column) { return column < 0 ? QString() : r.text(column); }

    QTimeZone m_zone = Clock::shopZone();

private:
    QHash<QString, int> m_columns;
};

} // namespace huitou

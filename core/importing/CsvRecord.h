#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <vector>

namespace huitou {

// One CSV record: the unquoted bytes of all its fields in one buffer plus the
// end offset of each field, so reading a record allocates nothing per field.
// Bytes are in the file's encoding; text() decodes one field on demand.
class CsvRecord
{
public:
    qsizetype fieldCount() const { return qsizetype(m_ends.size()); }
    QByteArrayView raw(qsizetype i) const;
    // The field as text, decoded, Excel ="…" unwrapped and trimmed.
    QString text(qsizetype i) const;
    // Physical line (1-based, header = 1) of the record's first line.
    qint64 line() const { return m_line; }
    // 1-based record number counting the header as record 0.
    qint64 number() const { return m_number; }
    // Set when the file ended inside a quoted field.
    bool unterminated() const { return m_unterminated; }
    bool isBlank() const { return m_ends.size() == 1 && m_ends.front() == 0; }

private:
    friend class CsvReader;
    QByteArray m_bytes;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
    qint64 m_number = 0;
    bool m_unterminated = false;
    QStringDecoder *m_decoder = nullptr;
};

} // namespace huitou

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
    // Longer than the reader's byte limit: skipped, no fields kept.
    bool oversized() const { return m_oversized; }
    // More fields than the reader's limit (the rest are run into the last).
    bool tooManyFields() const { return m_tooManyFields; }
    // A NUL byte in a field (a damaged file or a UTF-16 export).
    bool hasNul() const { return m_hasNul; }
    // Bytes that are not valid in the file's encoding (decoded as U+FFFD).
    bool badEncoding() const { return m_badEncoding; }
    bool isBlank() const { return !m_oversized && m_ends.size() == 1 && m_ends.front() == 0; }

private:
    friend class CsvReader;
    QByteArray m_bytes;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
    qint64 m_number = 0;
    bool m_unterminated = false;
    bool m_oversized = false;
    bool m_tooManyFields = false;
    bool m_hasNul = false;
    bool m_badEncoding = false;
    QStringDecoder *m_decoder = nullptr;
};

} // namespace huitou

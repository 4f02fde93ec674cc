#pragma once

#include "CsvRecord.h"
#include "TextEncoding.h"

#include <QIODevice>
#include <QStringDecoder>

namespace huitou {

// Streaming RFC 4180 reader for shop exports. It works on bytes, which is
// safe for UTF-8 and GB18030 alike (neither uses , " CR or LF inside a
// multi-byte character), and decodes only the fields asked for.
//
// Records end at CRLF, LF or a lone CR (old Mac "CSV (Macintosh)" exports),
// mixed freely; inside quotes all three are kept as data and each counts as
// one physical line. Time is linear in the input and memory is bounded
// whatever its shape: a record longer than maxRecordBytes() or with more than
// maxFields() fields is skipped without being kept and flagged, so the
// importer rejects it by line.
class CsvReader
{
public:
    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxFields = 10000;

    CsvReader(QIODevice *device, TextEncoding::Kind encoding, char delimiter = ',');

    // Reads the next non-blank record into RECORD; false at end of input.
    bool next(CsvRecord &record);
    // Bytes consumed so far (for progress).
    qint64 position() const { return m_consumed + m_pos; }
    // Test seam: smaller limits.
    void setLimits(qsizetype maxRecordBytes, qsizetype maxFields);
    qsizetype maxRecordBytes() const { return m_maxRecordBytes; }
    qsizetype maxFields() const { return m_maxFields; }

private:
    bool refill();
    // Parses one record from m_buffer[m_pos..]; returns false when the buffer
    // ends before the record does and more input may follow.
    bool parseRecord(CsvRecord &record, bool atEof);
    // Skips the record starting at m_pos without keeping it (streaming).
    void skipRecord(CsvRecord &record);
    void finishRecord(CsvRecord &record, qint64 newlines);
    void checkEncoding(CsvRecord &record) const;

    QIODevice *m_device;
    QStringDecoder m_decoder;
    TextEncoding::Kind m_encoding;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordNumber = 0;
    qsizetype m_maxRecordBytes = kMaxRecordBytes;
    qsizetype m_maxFields = kMaxFields;
    bool m_eof = false;
};

} // namespace huitou

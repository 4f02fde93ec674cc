#pragma once

#include "CsvRecord.h"
#include "TextEncoding.h"

#include <QIODevice>
#include <QStringDecoder>

namespace huitou {

// Streaming RFC 4180 reader for shop exports. It works on bytes, which is
// safe for UTF-8 and GB18030 alike (neither uses , " CR or LF inside a
// multi-byte character), and decodes only the fields asked for. Memory is one
// read buffer plus one record, whatever the file size.
class CsvReader
{
public:
    CsvReader(QIODevice *device, TextEncoding::Kind encoding, char delimiter = ',');

    // Reads the next non-blank record into RECORD; false at end of input.
    bool next(CsvRecord &record);
    // Bytes consumed so far (for progress).
    qint64 position() const { return m_consumed; }

private:
    bool refill();
    // Parses one record from m_buffer[m_pos..]; returns false when the buffer
    // ends before the record does and more input may follow.
    bool parseRecord(CsvRecord &record, bool atEof);

    QIODevice *m_device;
    QStringDecoder m_decoder;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordNumber = 0;
    bool m_eof = false;
};

} // namespace huitou

#include "CsvReader.h"

#include <algorithm>
#include <cstring>

namespace huitou {

namespace {

constexpr qsizetype kChunk = 1 << 20;

// Physical line breaks in DATA[begin, end): LF, CRLF and a lone CR each count
// once. SIZE bounds the look-ahead past a CR.
qint64 lineBreaks(const char *data, qsizetype begin, qsizetype end, qsizetype size)
{
    qint64 n = 0;
    for (qsizetype i = begin; i < end; ++i) {
        if (data[i] == '\n')
            ++n;
        else if (data[i] == '\r' && (i + 1 >= size || data[i + 1] != '\n'))
            ++n;
    }
    return n;
}

} // namespace

CsvReader::CsvReader(QIODevice *device, TextEncoding::Kind encoding, char delimiter)
    : m_device(device)
    , m_decoder(TextEncoding::codecName(encoding).constData(), QStringConverter::Flag::Stateless)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
{
    refill();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

void CsvReader::setLimits(qsizetype maxRecordBytes, qsizetype maxFields)
{
    m_maxRecordBytes = maxRecordBytes;
    m_maxFields = maxFields;
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Keep the unparsed tail, read the next chunk after it. The chunk grows
    // with the tail, so a record longer than one chunk is re-scanned a bounded
    // number of times (the work stays linear in its length).
    m_consumed += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    const qsizetype want = std::max(kChunk, old);
    m_buffer.resize(old + want);
    const qint64 n = m_device->read(m_buffer.data() + old, want);
    m_buffer.resize(old + std::max<qint64>(n, 0));
    if (n <= 0)
        m_eof = true;
    return n > 0;
}

bool CsvReader::next(CsvRecord &record)
{
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill())
            return false;
        if (!parseRecord(record, m_eof)) {
            if (m_buffer.size() - m_pos > m_maxRecordBytes) {
                skipRecord(record);
                return true;
            }
            refill();
            continue;
        }
        if (record.isBlank())
            continue;
        return true;
    }
}

bool CsvReader::parseRecord(CsvRecord &record, bool atEof)
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype p = m_pos;
    QByteArray &out = record.m_bytes;
    out.resize(0);
    record.m_ends.clear();
    record.m_unterminated = false;
    record.m_oversized = false;
    record.m_tooManyFields = false;
    record.m_hasNul = false;
    record.m_badEncoding = false;
    qint64 newlines = 0;

    for (;;) {
        // Start of a field.
        if (p < size && data[p] == '"') {
            ++p;
            for (;;) {
                const char *quote = static_cast<const char *>(std::memchr(data + p, '"', size_t(size - p)));
                const qsizetype runEnd = quote ? quote - data : size;
                newlines += lineBreaks(data, p, runEnd, size);
                out.append(data + p, runEnd - p);
                p = runEnd;
                if (!quote) {
                    if (!atEof)
                        return false;
                    record.m_unterminated = true;
                    break;
                }
                if (p + 1 >= size && !atEof)
                    return false;
                if (p + 1 < size && data[p + 1] == '"') {
                    out.append('"');
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
        }
        // Unquoted part (or text after a closing quote, kept leniently).
        const qsizetype runStart = p;
        while (p < size && data[p] != m_delimiter && data[p] != '\n' && data[p] != '\r')
            ++p;
        if (p >= size && !atEof)
            return false;
        out.append(data + runStart, p - runStart);
        if (qsizetype(record.m_ends.size()) < m_maxFields)
            record.m_ends.push_back(out.size());
        else
            record.m_tooManyFields = true;
        if (p < size && data[p] == m_delimiter) {
            ++p;
            continue;
        }
        if (p < size && data[p] == '\r') {
            // CR ends the record; a following LF belongs to it (CRLF).
            if (p + 1 >= size && !atEof)
                return false;
            ++p;
            if (p < size && data[p] == '\n')
                ++p;
        } else if (p < size) { // LF
            ++p;
        }
        break;
    }

    if (record.m_tooManyFields)
        record.m_ends.back() = out.size();
    if (out.size() > m_maxRecordBytes) {
        record.m_oversized = true;
        out.clear();
        out.squeeze();
        record.m_ends.clear();
    } else {
        record.m_hasNul = std::memchr(out.constData(), '\0', size_t(out.size())) != nullptr;
        checkEncoding(record);
    }
    m_pos = p;
    finishRecord(record, newlines);
    return true;
}

void CsvReader::skipRecord(CsvRecord &record)
{
    // A state machine over the bytes, dropping them as it goes: memory stays
    // one buffer whatever the record's length.
    record.m_bytes.clear();
    record.m_bytes.squeeze();
    record.m_ends.clear();
    record.m_unterminated = false;
    record.m_oversized = true;
    record.m_tooManyFields = false;
    record.m_hasNul = false;
    record.m_badEncoding = false;
    qint64 newlines = 0;
    bool fieldStart = true, inQuotes = false, quotePending = false, lastWasCr = false;
    char previous = 0;
    for (;;) {
        if (m_pos >= m_buffer.size() && !refill())
            break;
        const char c = m_buffer.at(m_pos);
        if (lastWasCr) { // the record ended at a CR; swallow the LF of a CRLF
            if (c == '\n')
                ++m_pos;
            break;
        }
        ++m_pos;
        if (inQuotes) {
            if (quotePending) {
                quotePending = false;
                if (c == '"')
                    continue;
                inQuotes = false; // the quote closed the field; C is outside
            } else if (c == '"') {
                quotePending = true;
                continue;
            } else {
                if (c == '\r' || (c == '\n' && previous != '\r'))
                    ++newlines;
                previous = c;
                continue;
            }
        }
        if (fieldStart && c == '"') {
            inQuotes = true;
            fieldStart = false;
            continue;
        }
        if (c == m_delimiter) {
            fieldStart = true;
            continue;
        }
        if (c == '\n')
            break;
        if (c == '\r') {
            lastWasCr = true;
            continue;
        }
        fieldStart = false;
    }
    record.m_unterminated = inQuotes && !quotePending;
    finishRecord(record, newlines);
}

void CsvReader::finishRecord(CsvRecord &record, qint64 newlines)
{
    record.m_line = m_line;
    record.m_decoder = &m_decoder;
    m_line += newlines + 1;
    if (!record.isBlank())
        record.m_number = m_recordNumber++;
}

void CsvReader::checkEncoding(CsvRecord &record) const
{
    for (qsizetype i = 0; i < record.fieldCount(); ++i) {
        if (!TextEncoding::isValid(record.raw(i), m_encoding)) {
            record.m_badEncoding = true;
            return;
        }
    }
}

} // namespace huitou

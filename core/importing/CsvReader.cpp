#include "CsvReader.h"

#include <algorithm>
#include <cstring>

namespace huitou {

namespace {
constexpr qsizetype kChunk = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, TextEncoding::Kind encoding, char delimiter)
    : m_device(device)
    , m_decoder(TextEncoding::codecName(encoding).constData(), QStringConverter::Flag::Stateless)
    , m_delimiter(delimiter)
{
    refill();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Keep the unparsed tail, read the next chunk after it.
    m_consumed += m_pos;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    m_buffer.resize(old + qMax<qint64>(n, 0));
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
    qint64 newlines = 0;

    for (;;) {
        // Start of a field.
        if (p < size && data[p] == '"') {
            ++p;
            for (;;) {
                const char *quote = static_cast<const char *>(std::memchr(data + p, '"', size_t(size - p)));
                const qsizetype runEnd = quote ? quote - data : size;
                newlines += std::count(data + p, data + runEnd, '\n');
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
        while (p < size && data[p] != m_delimiter && data[p] != '\n')
            ++p;
        if (p >= size && !atEof)
            return false;
        qsizetype runEnd = p;
        if (runEnd > runStart && data[runEnd - 1] == '\r' && (p >= size || data[p] == '\n'))
            --runEnd;
        out.append(data + runStart, runEnd - runStart);
        record.m_ends.push_back(out.size());
        if (p < size && data[p] == m_delimiter) {
            ++p;
            continue;
        }
        if (p < size) // newline
            ++p;
        break;
    }

    record.m_line = m_line;
    record.m_decoder = &m_decoder;
    m_line += newlines + 1;
    m_pos = p;
    if (!record.isBlank())
        record.m_number = m_recordNumber++;
    return true;
}

} // namespace huitou

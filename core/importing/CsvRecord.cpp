#include "CsvRecord.h"

#include "FieldText.h"

namespace huitou {

QByteArrayView CsvRecord::raw(qsizetype i) const
{
    if (i < 0 || i >= fieldCount())
        return {};
    const qsizetype begin = i == 0 ? 0 : m_ends[size_t(i - 1)];
    return QByteArrayView(m_bytes.constData() + begin, m_ends[size_t(i)] - begin);
}

QString CsvRecord::text(qsizetype i) const
{
    return FieldText::decode(raw(i), m_decoder);
}

} // namespace huitou

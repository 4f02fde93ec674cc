#include "ItemRow.h"

#include "Fingerprint.h"

namespace huitou {

qint64 ItemRow::fingerprint() const
{
    Fingerprint f;
    f.add(title).add(priceFen.value_or(-1)).add(qint64(quantity.value_or(-1))).add(outerId).add(skuText);
    f.add(status).add(merchantCode);
    return f.value();
}

} // namespace huitou

#include "OrderRow.h"

#include "Fingerprint.h"

namespace huitou {

qint64 OrderRow::fingerprint() const
{
    Fingerprint f;
    f.add(customerKey).add(status).add(createdAt).add(paidAt).add(paidFen).add(refundFen);
    f.add(itemCount ? qint64(*itemCount) : qint64(-1)).add(receiverName).add(phone).add(email);
    f.add(address).add(province).add(titles).add(qint64(valid));
    return f.value();
}

} // namespace huitou

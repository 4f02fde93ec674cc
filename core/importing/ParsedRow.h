#pragma once

#include "records/ItemRow.h"
#include "records/OrderRow.h"

#include <optional>

namespace huitou {

// What a format made of one record: an order, an order line, or both.
struct ParsedRow
{
    std::optional<OrderRow> order;
    std::optional<ItemRow> item;
    void clear()
    {
        order.reset();
        item.reset();
    }
};

} // namespace huitou

#pragma once

namespace huitou {

// The columns of the customer list, in display order; also the sort keys of
// a segment's ids.
enum class CustomerColumn {
    Nick,
    Name,
    Phone,
    Province,
    Frequency,
    Monetary,
    LastPurchase,
    Recency,
    Stage,
    Type,
    Tier,
    Segment,
    Tags,
    Count
};

struct CustomerSort
{
    CustomerColumn column = CustomerColumn::LastPurchase;
    bool ascending = false;
};

} // namespace huitou

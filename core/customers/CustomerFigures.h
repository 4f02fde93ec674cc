#pragma once

#include "Vocabulary.h"

#include <QtGlobal>

#include <optional>

namespace huitou {

// One customer's figures as of a day: computed by analytics, stored by
// storage (customer_metrics) and read back as they are. The one
// per-customer struct: typed, no sentinels, no string columns.
struct CustomerFigures
{
    qint64 customerId = 0;
    int frequency = 0;
    qint64 monetaryFen = 0;
    int validOrders = 0;
    qint32 firstDay = 0, lastDay = 0; // Julian days
    int recency = 0;
    Stage stage = Stage::Active;
    bool returning = false;
    Tier tier = Tier::Regular;
    RfmSegment segment = RfmSegment::GeneralWinback;
    int rScore = 1, fScore = 1, mScore = 1;
    std::optional<double> pAlive; // only for returning customers
    double expected90 = 0;

    CustomerType type() const { return returning ? CustomerType::Returning : CustomerType::New; }
    // Average order value: M / valid orders, rounded half up to the fen.
    qint64 aovFen() const { return validOrders > 0 ? (2 * monetaryFen + validOrders) / (2 * qint64(validOrders)) : 0; }
};

} // namespace huitou

#pragma once

#include "Clock.h"
#include <QDate>
#include <QString>

#include <functional>

namespace huitou {

struct GeneratorOptions
{
    qint64 customers = 2000; // used when orders == 0
    qint64 orders = 0; // when > 0, generate until this many orders
    quint64 seed = 1;
    QDate end = Clock::today(); // last day of the shop's history
    int years = 3;
    int badRows = 0; // broken rows mixed in, for import tests
    double repeatShare = 0.38; // share of customers who come back at least once
    double meanReturns = 1.6; // typical number of returns of a repeat customer
};

struct GeneratedShop
{
    QString orderFile;
    QString itemFile;
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 items = 0;
};

// Writes a realistic Taobao-format women's-clothing shop: an order report and
// an item report pair in GB18030, with the quirks of real exports (="…" ids,
// '-prefixed and masked phones, 元 amounts, Excel-resaved times, quoted
// commas/quotes/newlines, emoji). Most customers buy once; repeat buyers come
// back after clothing-like gaps. Deterministic for a given seed and end date.
class ShopGenerator
{
public:
    explicit ShopGenerator(GeneratorOptions options);
    bool write(const QString &directory, GeneratedShop *result, QString *error);

private:
    GeneratorOptions m_options;
};

} // namespace huitou

#pragma once

#include "records/ItemRow.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace huitou {

// Parsers for the field types of shop exports. Each accepts exactly what
// DESIGN.md's "Precise rules" allow and refuses the rest.
namespace parse {

// Money text to fen: trimmed; optional ¥/￥ prefix and 元 suffix; optional
// sign; any number of decimals, rounded half up (away from zero) to the fen.
// Thousands separators and anything else are refused.
std::optional<qint64> money(const QString &text);

// Result of parsing a time field. EMPTY is an empty field or 0000-00-00…
struct Time
{
    bool ok = false;
    bool empty = false;
    QString iso; // "yyyy-MM-dd HH:mm:ss" in shop time
};
// Accepts yyyy-MM-dd HH:mm:ss, yyyy/M/d H:mm[:ss], yyyy-MM-dd HH:mm, ISO with
// T, a bare date, fractional seconds (dropped) and a zone offset (converted to
// SHOPZONE). Impossible dates are refused.
Time time(const QString &text, const QTimeZone &shopZone);

// Strips the leading ' Excel adds and spaces.
QString phone(const QString &text);
bool isMaskedPhone(const QString &phone);

// Province (short name, e.g. 浙江, 内蒙古, 香港) from an address, or empty.
QString province(const QString &address);
const QStringList &provinceNames();

// 商品属性 such as "颜色分类：杏色;尺码：M" into ordered key/value pairs.
QList<QPair<QString, QString>> skuAttributes(const QString &text);
// Fills ITEM's color, size and attributesJson from its skuText.
void skuFields(ItemRow &item);

// True when an order id looks like Excel rewrote it: scientific notation
// (1.23E+18, 2.08912E+15) or a number with a trailing .0 (2089123456789.0).
// Such an id has lost digits; two orders may have become one.
bool isExcelMangledId(const QString &id);

// Integer count; nullopt when not a plain non-negative integer.
std::optional<int> count(const QString &text);

} // namespace parse
} // namespace huitou

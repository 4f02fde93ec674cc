#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace huitou::format {

// How numbers are written for people, everywhere (lists, profile, report
// tables and headers, PDF, CLI tables): in the given locale, by default the
// application's (QLocale::setDefault). QtCore only, so core and the CLI can
// use it too.
//
//   money(10690830)          "¥106,908.30"  two decimals, grouped, the yuan sign
//   amount(10690830)         "106,908.30"   the same without the sign (a column that says ¥ in its header)
//   percent(0.6834)          "68.3%"        one decimal, always (0.5 → "50.0%")
//   integer(2999)            "2,999"        grouped
//   decimal(0.8512, 2)       "0.85"
//
// Values are never rounded to significant digits: money comes in fen and is
// written exactly.
QString amount(qint64 fen, const QLocale &locale = QLocale());
QString money(qint64 fen, const QLocale &locale = QLocale());
QString percent(double ratio, const QLocale &locale = QLocale());
QString percent(const std::optional<double> &ratio, const QLocale &locale = QLocale()); // "—" when empty
QString integer(qint64 value, const QLocale &locale = QLocale());
QString decimal(double value, int decimals, const QLocale &locale = QLocale());

} // namespace huitou::format

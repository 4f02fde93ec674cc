#pragma once

#include <QColor>
#include <QString>

// One colour per stage and per tier in every chart (and the PDF), chosen to
// read on light and dark palettes alike.
namespace huitou::reportcolors {

QColor stage(int index); // active, silent, sleeping, lost
QColor tier(int index); // regular, senior, vip, supreme_vip
QColor series(int index); // other series
QColor heat(double fraction); // 0..1 → pale to strong

} // namespace huitou::reportcolors

#include "ReportColors.h"

namespace huitou::reportcolors {

QColor stage(int index)
{
    static const QColor colors[] = {QColor(0x2e, 0x9d, 0x5b), QColor(0xe0, 0xa1, 0x1b), QColor(0x4a, 0x7f, 0xd1),
                                    QColor(0xc8, 0x4b, 0x4b)};
    return colors[qBound(0, index, 3)];
}

QColor tier(int index)
{
    static const QColor colors[] = {QColor(0x9a, 0xa5, 0xb1), QColor(0x3c, 0x9a, 0xb0), QColor(0x8e, 0x5c, 0xc4),
                                    QColor(0xd4, 0x8a, 0x1c)};
    return colors[qBound(0, index, 3)];
}

QColor series(int index)
{
    static const QColor colors[] = {QColor(0x3b, 0x78, 0xc2), QColor(0xe0, 0x7b, 0x39), QColor(0x4c, 0xa8, 0x6b),
                                    QColor(0x9b, 0x59, 0xb6), QColor(0x7f, 0x8c, 0x8d)};
    return colors[index % 5];
}

QColor heat(double f)
{
    f = qBound(0.0, f, 1.0);
    const QColor pale(0xe8, 0xf1, 0xfb), strong(0x1f, 0x5f, 0xa8);
    return QColor::fromRgbF(float(pale.redF() + f * (strong.redF() - pale.redF())),
                            float(pale.greenF() + f * (strong.greenF() - pale.greenF())),
                            float(pale.blueF() + f * (strong.blueF() - pale.blueF())));
}

} // namespace huitou::reportcolors

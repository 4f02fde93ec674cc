#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace huitou {

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 256.0, size / 256.0); // the SVG's 256 × 256 view box
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xc8, 0x4b, 0x4b));
        p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48);
        QPen pen(Qt::white, 22, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QPainterPath arc; // M70 150 a58 58 0 1 1 58 58: three quarters round, clockwise
        arc.moveTo(70, 150);
        arc.arcTo(QRectF(70, 92, 116, 116), 180, -270);
        p.drawPath(arc);
        p.drawPolyline(QPolygonF{QPointF(40, 128), QPointF(70, 162), QPointF(100, 128)});
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace huitou

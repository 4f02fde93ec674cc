#include "ShopGenerator.h"

#include "DemoCatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringEncoder>

#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace huitou {

namespace {

// Portable random helpers over mt19937_64 (std distributions differ between
// standard libraries; these don't).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {
    }
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template <typename T, size_t N>
    const T &pick(const std::array<T, N> &a)
    {
        return a[size_t(below(int(N)))];
    }

private:
    std::mt19937_64 m_engine;
};

QString csvQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString excelId(const QString &id)
{
    return QStringLiteral("\"=\"\"%1\"\"\"").arg(id);
}

QString money(qint64 fen, bool yuanSuffix)
{
    QString s = QString::number(fen / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(fen % 100, 2, 10, QLatin1Char('0'));
    return yuanSuffix ? s + QStringLiteral("元") : s;
}

QString timeText(const QDateTime &t, bool excelStyle)
{
    return excelStyle ? t.toString(QStringLiteral("yyyy/M/d H:mm")) : t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

struct Customer
{
    QString nick, name, phone, address;
    int size = 0, colour = 0;
};

struct Line
{
    int product;
    int quantity;
    int colour;
    int size;
};

} // namespace

ShopGenerator::ShopGenerator(GeneratorOptions options)
    : m_options(std::move(options))
{
}

bool ShopGenerator::write(const QString &directory, GeneratedShop *result, QString *error)
{
    using namespace demo;
    if (!QDir().mkpath(directory)) {
        *error = QCoreApplication::translate("ShopGenerator", "Cannot create %1").arg(directory);
        return false;
    }
    const QString stamp = m_options.end.toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("2359");
    result->orderFile = QDir(directory).filePath(QStringLiteral("ExportOrderList%1.csv").arg(stamp));
    result->itemFile = QDir(directory).filePath(QStringLiteral("ExportOrderDetailList%1.csv").arg(stamp));
    QFile orderFile(result->orderFile), itemFile(result->itemFile);
    if (!orderFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !itemFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("ShopGenerator", "Cannot write into %1").arg(directory);
        return false;
    }
    QStringEncoder gb("GB18030");
    QString orderBuffer, itemBuffer;
    auto flush = [&](bool force) {
        if (force || orderBuffer.size() > (1 << 20)) {
            orderFile.write(gb.encode(orderBuffer));
            orderBuffer.clear();
        }
        if (force || itemBuffer.size() > (1 << 20)) {
            itemFile.write(gb.encode(itemBuffer));
            itemBuffer.clear();
        }
    };
    orderBuffer += orderHeader() + QStringLiteral("\r\n");
    itemBuffer += itemHeader() + QStringLiteral("\r\n");

    Random rnd(m_options.seed);
    const QDate first = m_options.end.addYears(-m_options.years).addDays(1);
    const int span = int(first.daysTo(m_options.end)) + 1;
    const QTime endOfDay(23, 59, 59);
    qint64 orderSeq = 0;
    int badLeft = m_options.badRows;
    const bool byOrders = m_options.orders > 0;

    for (qint64 c = 0; byOrders ? result->orders < m_options.orders : c < m_options.customers; ++c) {
        Customer cu;
        cu.nick = nickFor(c, rnd.below(1000000));
        cu.name = surname(rnd.below(1000)) + givenName(rnd.below(1000));
        cu.phone =
            QStringLiteral("1%1%2").arg(3 + rnd.below(7)).arg(qint64(rnd.below(1000000000)), 9, 10, QLatin1Char('0'));
        cu.address = addressFor(rnd.below(100000));
        cu.size = rnd.below(sizeCount());
        cu.colour = rnd.below(colourCount());
        ++result->customers;

        // Purchase days: first uniform over the span, then clothing-like gaps.
        std::vector<QDate> days;
        QDate day = first.addDays(rnd.below(span));
        // Loyalty differs between customers (BG/NBD's heterogeneous dropout):
        // each repeater has her own mean number of returns.
        const bool repeater = rnd.chance(m_options.repeatShare);
        const double loyalty = m_options.meanReturns * std::exp(0.8 * rnd.normal());
        const int extra = repeater ? 1 + int(std::floor(-std::log(std::max(rnd.uniform(), 1e-9)) * loyalty)) : 0;
        days.push_back(day);
        for (int i = 0; i < extra; ++i) {
            const int gap = std::max(1, int(std::lround(std::exp(std::log(55.0) + 0.9 * rnd.normal()))));
            day = day.addDays(gap);
            if (day > m_options.end)
                break;
            days.push_back(day);
        }
        for (const QDate &d : days) {
            const int ordersThisDay = rnd.chance(0.04) ? 2 : 1;
            for (int k = 0; k < ordersThisDay; ++k) {
                if (byOrders && result->orders >= m_options.orders)
                    break;
                ++result->orders;
                ++orderSeq;
                const QString orderNo = QString::number(2000000000000000000LL + orderSeq * 7919 + rnd.below(997));
                QDateTime created(d, QTime(rnd.below(24), rnd.below(60), rnd.below(60)));
                QDateTime paid = created.addSecs(30 + rnd.below(1800));
                if (paid.date() != d)
                    paid = QDateTime(d, endOfDay);
                const int age = int(d.daysTo(m_options.end));
                // Status: most succeed; some are never paid, closed or refunded.
                QString status = QStringLiteral("交易成功");
                QString closeReason;
                bool isPaid = true;
                const double roll = rnd.uniform();
                qint64 refund = 0;
                std::vector<Line> lines;
                const int lineCount = 1 + (rnd.chance(0.3) ? 1 : 0) + (rnd.chance(0.08) ? 1 : 0);
                qint64 goods = 0;
                int quantity = 0;
                for (int l = 0; l < lineCount; ++l) {
                    Line line{rnd.below(productCount()), rnd.chance(0.12) ? 2 : 1,
                              rnd.chance(0.7) ? cu.colour : rnd.below(colourCount()),
                              rnd.chance(0.85) ? cu.size : rnd.below(sizeCount())};
                    lines.push_back(line);
                    goods += productPriceFen(line.product) * line.quantity;
                    quantity += line.quantity;
                }
                const qint64 postage = goods >= 9900 ? 0 : 1000;
                const qint64 discount = rnd.chance(0.3) ? std::min<qint64>(goods / 10, 2000) : 0;
                const qint64 paidFen = goods + postage - discount;
                if (roll < 0.04) {
                    status = QStringLiteral("交易关闭");
                    closeReason = QStringLiteral("买家不想买了");
                    isPaid = false;
                } else if (roll < 0.06 && age < 3) {
                    status = QStringLiteral("等待买家付款");
                    isPaid = false;
                } else if (roll < 0.09) {
                    status = QStringLiteral("交易关闭");
                    closeReason = QStringLiteral("退款");
                    refund = paidFen;
                } else if (roll < 0.12) {
                    refund = std::min(paidFen - 100, productPriceFen(lines.front().product));
                } else if (age < 2) {
                    status = QStringLiteral("买家已付款，等待卖家发货");
                } else if (age < 10) {
                    status = QStringLiteral("卖家已发货，等待买家确认");
                }
                const bool excelTime = rnd.chance(0.1);
                const bool masked = d.year() >= 2019 && rnd.chance(0.35);
                const QString phone = masked ? cu.phone.left(3) + QStringLiteral("****") + cu.phone.right(4)
                                             : QStringLiteral("'") + cu.phone;
                QString message;
                if (rnd.chance(0.03))
                    message = buyerMessage(rnd.below(100));
                QStringList titleList;
                for (const Line &l : lines)
                    titleList << productTitle(l.product);

                QString nick = cu.nick;
                QString paidAtText = isPaid ? timeText(paid, excelTime) : QString();
                QString paidText = money(paidFen, rnd.chance(0.05));
                if (badLeft > 0 && rnd.chance(0.01)) {
                    --badLeft;
                    switch (badLeft % 3) {
                    case 0: paidAtText = QStringLiteral("2023-02-30 10:00:00"); break;
                    case 1: nick.clear(); break;
                    default: paidText = QStringLiteral("\"1,280.00\""); break; // thousands separator
                    }
                }
                QStringList f;
                f.reserve(61);
                f << excelId(orderNo) << csvQuote(nick) << csvQuote(maskedAlipay(rnd.below(100000)))
                  << excelId(QString::number(2023000000000LL + orderSeq)) << csvQuote(QString()) << money(goods, false)
                  << money(postage, false) << QStringLiteral("0") << money(paidFen, false) << QStringLiteral("0")
                  << paidText << QStringLiteral("0") << csvQuote(status) << csvQuote(message) << csvQuote(cu.name)
                  << csvQuote(cu.address) << csvQuote(QStringLiteral("快递")) << csvQuote(QString()) << phone
                  << timeText(created, excelTime) << paidAtText << csvQuote(titleList.join(QStringLiteral("，")))
                  << QString::number(lines.size())
                  << excelId(isPaid ? QString::number(7700000000000LL + orderSeq) : QString())
                  << csvQuote(isPaid ? QStringLiteral("中通快递") : QString()) << csvQuote(QString())
                  << QString::number(quantity) << QStringLiteral("0") << csvQuote(QStringLiteral("回头女装旗舰店"))
                  << csvQuote(closeReason);
                while (f.size() < 51)
                    f << QString();
                f << money(refund, false);
                while (f.size() < 61)
                    f << QString();
                orderBuffer += f.join(QLatin1Char(',')) + QStringLiteral("\r\n");

                for (const Line &l : lines) {
                    ++result->items;
                    const QString sku =
                        QStringLiteral("颜色分类：%1;尺码：%2").arg(colourName(l.colour), sizeName(l.size));
                    itemBuffer += QStringList{excelId(orderNo),
                                              csvQuote(productTitle(l.product)),
                                              money(productPriceFen(l.product), false),
                                              QString::number(l.quantity),
                                              excelId(QString()),
                                              csvQuote(sku),
                                              csvQuote(QString()),
                                              csvQuote(QString()),
                                              csvQuote(status),
                                              csvQuote(productCode(l.product)),
                                              QString()}
                                      .join(QLatin1Char(','))
                        + QStringLiteral("\r\n");
                }
                flush(false);
            }
        }
    }
    flush(true);
    if (orderFile.error() != QFile::NoError || itemFile.error() != QFile::NoError) {
        *error = orderFile.errorString();
        return false;
    }
    return true;
}

} // namespace huitou

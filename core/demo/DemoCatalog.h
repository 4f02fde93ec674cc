#pragma once

#include <QString>

// The vocabulary of the generated demo shop: headers, names, places, products.
namespace huitou::demo {

QString orderHeader(); // the 61-column 2019+ 订单报表 header, trailing spaces kept
QString itemHeader(); // the 10-column 宝贝报表 header
QString nickFor(qint64 index, int salt);
QString surname(int i);
QString givenName(int i);
QString addressFor(int i);
QString maskedAlipay(int i);
QString buyerMessage(int i);
int sizeCount();
QString sizeName(int i);
int colourCount();
QString colourName(int i);
int productCount();
QString productTitle(int i);
qint64 productPriceFen(int i);
QString productCode(int i);

} // namespace huitou::demo

#include "TestFiles.h"

#include <QFile>
#include <QStringEncoder>

namespace huitou::test {

QByteArray encode(const QString &text, const QByteArray &encoding)
{
    if (encoding == "UTF-8-BOM")
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QStringEncoder encoder(encoding.constData());
    return encoder.encode(text);
}

bool writeText(const QString &path, const QString &text, const QByteArray &encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(encode(text, encoding)) >= 0;
}

QString testDataPath(const QString &relativePath)
{
    return qEnvironmentVariable("HUITOU_TEST_DATA") + QLatin1Char('/') + relativePath;
}

QString testData(const QString &relativePath)
{
    QFile f(testDataPath(relativePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace huitou::test

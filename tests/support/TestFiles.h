#pragma once

#include <QByteArray>
#include <QString>

namespace huitou::test {

// Writes TEXT to PATH in the named encoding ("GB18030", "UTF-8", "UTF-8-BOM").
bool writeText(const QString &path, const QString &text, const QByteArray &encoding);
QByteArray encode(const QString &text, const QByteArray &encoding);
// Reads a file of tests/data (UTF-8).
QString testData(const QString &relativePath);
QString testDataPath(const QString &relativePath);

} // namespace huitou::test

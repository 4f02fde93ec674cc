// libFuzzer target for what reads untrusted files: the CSV reader, encoding
// and format detection, every format's row parser, and the importer writing
// into a real store. Built with clang (-DHUITOU_BUILD_FUZZ=ON, see .ci/run);
// the seed corpus in corpus/ holds every malformed file of issue 13's tests.
#include "importing/CsvReader.h"
#include "importing/FormatDetector.h"
#include "importing/OrderImporter.h"
#include "importing/TextEncoding.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

namespace {

QCoreApplication *g_app = nullptr;
QTemporaryDir *g_dir = nullptr;

void parseWithEveryFormat(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto encoding = huitou::TextEncoding::detect(buffer);
    huitou::CsvReader reader(&buffer, encoding);
    reader.setLimits(4096, 64); // small limits reach the skipping paths
    huitou::CsvRecord header, record;
    if (!reader.next(header))
        return;
    const QStringList names = huitou::ImportFormat::headerNames(header);
    huitou::FormatDetector::detect(names);
    huitou::FormatDetector::nearest(names);
    std::vector<std::unique_ptr<huitou::ImportFormat>> formats;
    for (const QString &id : huitou::FormatDetector::formatIds()) {
        auto format = huitou::FormatDetector::create(id, {});
        if (format && format->bind(header).isEmpty())
            formats.push_back(std::move(format));
    }
    int rows = 0;
    while (reader.next(record) && ++rows < 2000) {
        for (auto &format : formats) {
            huitou::ParsedRow row;
            format->parse(record, row);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    g_dir = new QTemporaryDir;
    QString error;
    if (!huitou::Database::open(huitou::StoreLocation::file(g_dir->filePath(QStringLiteral("fuzz.db"))),
                                QStringLiteral("fuzz"), &error))
        qFatal("cannot open the fuzz store: %s", qPrintable(error));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    parseWithEveryFormat(bytes);

    const QString path = g_dir->filePath(QStringLiteral("input.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }
    huitou::ImportOptions options;
    options.backup = false; // a backup per input would only measure the disk
    huitou::OrderImporter(std::make_unique<huitou::ImportStore>(huitou::Database::connection(QStringLiteral("fuzz"))),
                          options)
        .importFile(path);
    return 0;
}

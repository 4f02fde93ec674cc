#include "ContactFileWriter.h"

#include "format/CsvField.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>

namespace huitou {

struct ContactFileWriter::Impl
{
    QString path;
    ContactFileFormat format = ContactFileFormat::CsvUtf8Bom;
    // CSV
    std::unique_ptr<QSaveFile> csv;
    QStringEncoder encoder;
    QByteArray buffer;
    // xlsx
    QString tmpPath;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *text = nullptr;
    lxw_row_t row = 0;
    bool failed = false;
    bool committed = false;

    QString pending; // CSV rows not yet encoded
    QList<int> numberColumns;

    bool flush()
    {
        if (!pending.isEmpty()) {
            buffer += encoder.encode(pending);
            pending.clear();
        }
        if (buffer.isEmpty())
            return true;
        const bool ok = csv->write(buffer) == buffer.size();
        buffer.clear();
        failed |= !ok;
        return ok;
    }
};

ContactFileWriter::ContactFileWriter(QString path, ContactFileFormat format)
    : d(std::make_unique<Impl>())
{
    d->path = std::move(path);
    d->format = format;
}

ContactFileWriter::~ContactFileWriter()
{
    if (!d->committed)
        abort();
}

QString ContactFileWriter::formatKey(ContactFileFormat format)
{
    switch (format) {
    case ContactFileFormat::Xlsx: return QStringLiteral("xlsx");
    case ContactFileFormat::CsvUtf8Bom: return QStringLiteral("csv");
    case ContactFileFormat::CsvGb18030: return QStringLiteral("csv-gb18030");
    }
    return {};
}

bool ContactFileWriter::parseFormat(const QString &key, ContactFileFormat *format)
{
    for (ContactFileFormat f :
         {ContactFileFormat::Xlsx, ContactFileFormat::CsvUtf8Bom, ContactFileFormat::CsvGb18030}) {
        if (key == formatKey(f)) {
            *format = f;
            return true;
        }
    }
    if (key == QLatin1String("csv-utf8-bom") || key == QLatin1String("utf-8-bom")) {
        *format = ContactFileFormat::CsvUtf8Bom;
        return true;
    }
    return false;
}

QString ContactFileWriter::suffix(ContactFileFormat format)
{
    return format == ContactFileFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

bool ContactFileWriter::open(const QStringList &header, QString *error)
{
    const QFileInfo info(d->path);
    auto cannotWrite = [&](const QString &why) {
        *error = QCoreApplication::translate("ContactFileWriter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(d->path), why);
        return false;
    };
    if (!info.absoluteDir().exists())
        return cannotWrite(QCoreApplication::translate("ContactFileWriter", "the folder does not exist"));
    if (d->format != ContactFileFormat::Xlsx) {
        d->csv = std::make_unique<QSaveFile>(d->path);
        if (!d->csv->open(QIODevice::WriteOnly))
            return cannotWrite(d->csv->errorString());
        if (d->format == ContactFileFormat::CsvUtf8Bom) {
            d->encoder = QStringEncoder(QStringEncoder::Utf8, QStringEncoder::Flag::WriteBom);
        } else {
            d->encoder = QStringEncoder("GB18030");
            if (!d->encoder.isValid())
                return cannotWrite(QStringLiteral("GB18030 is not available"));
        }
        return writeRow(header);
    }
    // The temporary name is reserved by QTemporaryFile, then handed to libxlsxwriter.
    QTemporaryFile reserve(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return cannotWrite(reserve.errorString());
    d->tmpPath = reserve.fileName();
    reserve.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows stream to disk: 500,000 rows in a few MB
    const QByteArray tmpDir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    const QByteArray name = QFile::encodeName(d->tmpPath);
    d->workbook = workbook_new_opt(name.constData(), &options);
    if (!d->workbook) {
        QFile::remove(d->tmpPath);
        return cannotWrite(QCoreApplication::translate("ContactFileWriter", "the spreadsheet could not be created"));
    }
    d->sheet = workbook_add_worksheet(d->workbook, nullptr);
    d->text = workbook_add_format(d->workbook);
    format_set_num_format(d->text, "@"); // text: Excel keeps every digit when the cell is edited
    for (int c = 0; c < header.size(); ++c)
        worksheet_set_column(d->sheet, lxw_col_t(c), lxw_col_t(c), c == 0 ? 16 : 20, d->text);
    return writeRow(header);
}

namespace {

// A cell that a file for people can hold as it is: no quote, separator or
// line break to escape, no NUL, and no first character a spreadsheet would
// run as a formula (nearly every cell of an export).
bool isPlainCell(const QString &cell)
{
    if (!cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front()))
        return false;
    for (const QChar ch : cell) {
        const char16_t c = ch.unicode();
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == 0)
            return false;
    }
    return true;
}

bool isCount(const QString &cell)
{
    if (cell.isEmpty() || cell.size() > 9)
        return false;
    for (const QChar ch : cell) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

} // namespace

void ContactFileWriter::setNumberColumns(QList<int> columns)
{
    d->numberColumns = std::move(columns);
}

bool ContactFileWriter::writeRow(const QStringList &cells)
{
    if (d->failed)
        return false;
    if (d->csv) {
        // Rows gather as text and are encoded a few thousand at a time; a
        // cell that needs neither quotes nor neutralising (nearly all) is
        // copied as it is, the rest goes through the one CSV field writer.
        QString &text = d->pending;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            const QString &cell = cells[i];
            text += isPlainCell(cell) ? cell : csvField(cell);
        }
        text += QLatin1String("\r\n");
        return text.size() < (1 << 18) || d->flush();
    }
    if (!d->sheet)
        return false;
    for (int c = 0; c < cells.size(); ++c) {
        const QString &cell = cells[c];
        if (cell.isEmpty())
            continue;
        if (d->numberColumns.contains(c) && isCount(cell)) {
            if (worksheet_write_number(d->sheet, d->row, lxw_col_t(c), cell.toDouble(), nullptr) != LXW_NO_ERROR) {
                d->failed = true;
                return false;
            }
            continue;
        }
        const QByteArray utf8 = (isPlainCell(cell) ? cell : neutralizeFormula(cell)).toUtf8();
        if (utf8.isEmpty())
            continue;
        if (worksheet_write_string(d->sheet, d->row, lxw_col_t(c), utf8.constData(), d->text) != LXW_NO_ERROR) {
            d->failed = true;
            return false;
        }
    }
    ++d->row;
    return true;
}

bool ContactFileWriter::commit(QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("ContactFileWriter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(d->path), why);
        abort();
        return false;
    };
    if (d->csv) {
        if (!d->flush() || d->failed)
            return fail(d->csv->errorString());
        if (!d->csv->commit())
            return fail(d->csv->errorString());
        d->csv.reset();
        d->committed = true;
        return true;
    }
    if (!d->workbook || d->failed)
        return fail(QCoreApplication::translate("ContactFileWriter", "the spreadsheet could not be written"));
    const lxw_error closed = workbook_close(d->workbook);
    d->workbook = nullptr;
    d->sheet = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    // rename() replaces an existing file atomically on POSIX; elsewhere remove first.
    if (std::rename(QFile::encodeName(d->tmpPath).constData(), QFile::encodeName(d->path).constData()) != 0) {
        QFile::remove(d->path);
        if (!QFile::rename(d->tmpPath, d->path))
            return fail(QCoreApplication::translate("ContactFileWriter", "the file could not be replaced"));
    }
    d->tmpPath.clear();
    d->committed = true;
    return true;
}

void ContactFileWriter::abort()
{
    if (d->csv) {
        d->csv->cancelWriting();
        d->csv.reset();
    }
    if (d->workbook) {
        workbook_close(d->workbook); // frees it; the file is removed below
        d->workbook = nullptr;
        d->sheet = nullptr;
    }
    if (!d->tmpPath.isEmpty()) {
        QFile::remove(d->tmpPath);
        d->tmpPath.clear();
    }
}

} // namespace huitou

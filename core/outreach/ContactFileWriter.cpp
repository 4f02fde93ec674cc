#include "ContactFileWriter.h"

#include "format/CsvField.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <cstdio>
#include <cstring>
#include <optional>
#include <vector>

namespace huitou {

namespace {
constexpr qsizetype kCsvChunk = 1 << 19; // bytes of CSV gathered before a write
} // namespace

struct ContactFileWriter::Impl
{
    QString path;
    ContactFileFormat format = ContactFileFormat::CsvUtf8Bom;
    // CSV: rows gather as UTF-8 in BUFFER and go out a few hundred KB at a
    // time (GB18030: decoded and encoded once per chunk, at a row's end) to
    // the temporary file TMPPATH, as the .xlsx does.
    std::unique_ptr<QFile> csv;
    std::optional<QStringEncoder> gb18030;
    QByteArray buffer;
    QString tmpPath; // the temporary file beside PATH, until published
    // xlsx
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *text = nullptr;
    lxw_row_t row = 0;
    QByteArray cell; // one cell, NUL-terminated for libxlsxwriter
    bool failed = false;
    bool finished = false;
    bool committed = false;

    std::vector<char> numberColumn; // [column]: counts written as numbers in .xlsx

    bool flush()
    {
        if (buffer.isEmpty())
            return true;
        bool ok = true;
        if (gb18030) {
            const QByteArray encoded = gb18030->encode(QString::fromUtf8(buffer));
            ok = csv->write(encoded) == encoded.size();
        } else {
            ok = csv->write(buffer) == buffer.size();
        }
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
    // The temporary name is reserved by QTemporaryFile (mode 0600: a list of
    // phone numbers), then written by QFile or handed to libxlsxwriter.
    QTemporaryFile reserve(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return cannotWrite(reserve.errorString());
    d->tmpPath = reserve.fileName();
    reserve.close();
    if (d->format != ContactFileFormat::Xlsx) {
        d->csv = std::make_unique<QFile>(d->tmpPath);
        if (!d->csv->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString why = d->csv->errorString();
            abort();
            return cannotWrite(why);
        }
        d->buffer.reserve(kCsvChunk + 4096);
        if (d->format == ContactFileFormat::CsvUtf8Bom) {
            d->buffer.append("\xEF\xBB\xBF");
        } else {
            d->gb18030.emplace("GB18030");
            if (!d->gb18030->isValid()) {
                abort();
                return cannotWrite(QStringLiteral("GB18030 is not available"));
            }
        }
        return writeRow(header);
    }
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
// run as a formula (nearly every cell of an export). All of these are ASCII,
// and no byte of a multi-byte UTF-8 sequence is ASCII, so the bytes tell.
bool isPlainCell(QByteArrayView cell)
{
    if (!cell.isEmpty()) {
        switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r': return false;
        default: break;
        }
    }
    for (const char c : cell) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == 0)
            return false;
    }
    return true;
}

bool isCount(QByteArrayView cell)
{
    if (cell.isEmpty() || cell.size() > 9)
        return false;
    for (const char c : cell) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

void ContactFileWriter::setNumberColumns(QList<int> columns)
{
    d->numberColumn.clear();
    for (const int c : columns) {
        if (c < 0)
            continue;
        if (std::size_t(c) >= d->numberColumn.size())
            d->numberColumn.resize(std::size_t(c) + 1, 0);
        d->numberColumn[std::size_t(c)] = 1;
    }
}

bool ContactFileWriter::writeRow(const QStringList &cells)
{
    std::vector<QByteArray> utf8;
    utf8.reserve(std::size_t(cells.size()));
    std::vector<QByteArrayView> views;
    views.reserve(std::size_t(cells.size()));
    for (const QString &cell : cells) {
        utf8.push_back(cell.toUtf8());
        views.emplace_back(utf8.back());
    }
    return writeRowUtf8(views.data(), int(views.size()));
}

bool ContactFileWriter::writeRowUtf8(const QByteArrayView *cells, int count)
{
    if (d->failed)
        return false;
    if (d->csv) {
        // A cell that needs neither quotes nor neutralising (nearly all) is
        // copied as it is; the rest goes through the one CSV field writer.
        QByteArray &out = d->buffer;
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                out += ',';
            const QByteArrayView cell = cells[i];
            if (isPlainCell(cell))
                out += cell;
            else
                out += csvField(QString::fromUtf8(cell)).toUtf8();
        }
        out += "\r\n";
        return out.size() < kCsvChunk || d->flush();
    }
    if (!d->sheet)
        return false;
    for (int c = 0; c < count; ++c) {
        const QByteArrayView cell = cells[c];
        if (cell.isEmpty())
            continue;
        if (std::size_t(c) < d->numberColumn.size() && d->numberColumn[std::size_t(c)] && isCount(cell)) {
            double value = 0;
            for (const char ch : cell)
                value = value * 10 + (ch - '0');
            if (worksheet_write_number(d->sheet, d->row, lxw_col_t(c), value, nullptr) != LXW_NO_ERROR) {
                d->failed = true;
                return false;
            }
            continue;
        }
        // Commas and quotes need no escaping in a sheet; the first
        // character and NUL are what neutralizeFormula() looks at.
        if (isPlainCell(cell)) {
            d->cell.resize(cell.size());
            std::memcpy(d->cell.data(), cell.data(), std::size_t(cell.size()));
        } else {
            d->cell = neutralizeFormula(QString::fromUtf8(cell)).toUtf8();
            if (d->cell.isEmpty())
                continue;
        }
        if (worksheet_write_string(d->sheet, d->row, lxw_col_t(c), d->cell.constData(), d->text) != LXW_NO_ERROR) {
            d->failed = true;
            return false;
        }
    }
    ++d->row;
    return true;
}

bool ContactFileWriter::commit(QString *error)
{
    return finish(error) && publish(error);
}

bool ContactFileWriter::finish(QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("ContactFileWriter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(d->path), why);
        abort();
        return false;
    };
    if (d->finished)
        return true;
    if (d->csv) {
        if (!d->flush() || d->failed || !d->csv->flush())
            return fail(d->csv->errorString());
        d->csv->close();
        if (d->csv->error() != QFileDevice::NoError)
            return fail(d->csv->errorString());
        d->csv.reset();
        d->finished = true;
        return true;
    }
    if (!d->workbook || d->failed)
        return fail(QCoreApplication::translate("ContactFileWriter", "the spreadsheet could not be written"));
    const lxw_error closed = workbook_close(d->workbook);
    d->workbook = nullptr;
    d->sheet = nullptr;
    if (closed != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(closed)));
    d->finished = true;
    return true;
}

bool ContactFileWriter::publish(QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("ContactFileWriter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(d->path), why);
        abort();
        return false;
    };
    if (!d->finished || d->tmpPath.isEmpty())
        return fail(QCoreApplication::translate("ContactFileWriter", "the spreadsheet could not be written"));
    // Written privately (0600) while it is a part file; once published it is
    // a file the user saved, readable as their other files are (the colleague
    // at the SMS platform opens it): the replaced file's permissions, else
    // rw-r--r--.
    const QFileDevice::Permissions shared = QFile::exists(d->path) ? QFile::permissions(d->path)
                                                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QFile::setPermissions(d->tmpPath, shared);
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
        d->csv->close();
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

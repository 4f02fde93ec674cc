#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace huitou {

enum class ContactFileFormat { Xlsx, CsvUtf8Bom, CsvGb18030 };

// Writes one contact list for people and their spreadsheets: CSV in UTF-8
// with a BOM (Excel / WPS on a Chinese Windows read it right), CSV in
// GB18030, or .xlsx through libxlsxwriter with every cell a text cell (a phone
// keeps all 11 digits). Every cell passes through neutralizeFormula().
//
// The rows go to a temporary file beside PATH (mode 0600: phone numbers);
// publish() renames it over PATH, so a failed or cancelled export never
// leaves a half-written file. open() and the writes may run on one thread
// and publish() on another, one after the other.
class ContactFileWriter
{
public:
    ContactFileWriter(QString path, ContactFileFormat format);
    ~ContactFileWriter();
    ContactFileWriter(const ContactFileWriter &) = delete;
    ContactFileWriter &operator=(const ContactFileWriter &) = delete;

    bool open(const QStringList &header, QString *error);
    bool writeRow(const QStringList &cells);
    // The same row as COUNT cells of UTF-8 (an export's hot path: names and
    // keys come from the store as UTF-8 and go to the file without a detour
    // through QString). The bytes must be valid UTF-8.
    bool writeRowUtf8(const QByteArrayView *cells, int count);
    // Columns (0-based) whose cells are counts: in .xlsx a cell of plain
    // digits there is a number (Excel sums and sorts it; smaller to write).
    // Everything else, phones first, stays text. CSV is unaffected.
    void setNumberColumns(QList<int> columns);
    // finish() + publish().
    bool commit(QString *error);
    // Completes the temporary file (CSV: the last rows; .xlsx: the archive).
    bool finish(QString *error);
    // Renames the finished temporary file over PATH.
    bool publish(QString *error);
    // Drops the temporary file (also done by the destructor when not committed).
    void abort();

    static QString formatKey(ContactFileFormat format);
    static bool parseFormat(const QString &key, ContactFileFormat *format);
    static QString suffix(ContactFileFormat format);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace huitou

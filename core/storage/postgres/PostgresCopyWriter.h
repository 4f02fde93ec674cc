#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Rows sent to the server with COPY … FROM STDIN (text format) in pieces of
// a few megabytes: one round trip per piece instead of one per row. For the
// bulk writes of core/storage on PostgreSQL; libpq stays in this folder.
class PostgresCopyWriter
{
public:
    // STATEMENT: "COPY table (columns) FROM STDIN".
    PostgresCopyWriter(QSqlDatabase db, QByteArray statement);

    void field(qint64 value);
    void field(double value); // the shortest text that reads back as the same double
    void field(QByteArrayView utf8); // escaped for COPY's text format
    void null();
    // Ends the row; sends the rows gathered so far once they fill a piece.
    bool endRow(QString *error);
    // Sends what is left. False (with ERROR) when the server refused the rows.
    bool finish(QString *error);

    // One COPY of ROWS (complete lines of COPY's text format) through DB's
    // libpq connection; ROWS is emptied when sent.
    static bool send(const QSqlDatabase &db, const char *statement, QByteArray &rows, QString *error);
    // Whether DB is a QPSQL connection whose libpq handle COPY can use.
    static bool hasLibpqHandle(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    QByteArray m_statement;
    QByteArray m_rows;
};

} // namespace huitou

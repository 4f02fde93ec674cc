#include "StoreCommand.h"

#include "storage/BackupStore.h"

#include <QCommandLineParser>

namespace huitou::cli {

int runStore(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Backups and checks of the store. Backups are kept next to the store (the newest 10 by default); one is "
        "made automatically before every import, revert, upgrade and settings change."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            QStringLiteral("backup (make one now), backups (list), restore ID, check"),
                            QStringLiteral("backup|backups|restore ID|check"));
    p.process(c.arguments);
    const QStringList args = p.positionalArguments();
    const QString action = args.value(0);
    if (action.isEmpty() || (action == QLatin1String("restore") && args.size() < 2)) {
        c.err << "store: say backup, backups, restore ID or check\n";
        return 2;
    }
    QSqlDatabase db;
    // A damaged store must still open here: this is where it is restored.
    if (!c.openStore(&db, Database::Check::None))
        return 1;
    BackupStore backups(db);
    QString error;
    if (action == QLatin1String("backup")) {
        BackupInfo b;
        if (!backups.create(QStringLiteral("manual"), &b, &error)) {
            c.err << error << "\n";
            return 1;
        }
        c.out << "backup " << b.id << " written to " << b.path << "\n";
        return 0;
    }
    if (action == QLatin1String("backups")) {
        for (const BackupInfo &b : backups.list())
            c.out << b.id << "\t" << b.createdAt.toString(Qt::ISODate) << "\t" << b.reason << "\t" << b.bytes
                  << " bytes\t" << b.path << "\n";
        return 0;
    }
    if (action == QLatin1String("restore")) {
        bool ok = false;
        const qint64 id = args[1].toLongLong(&ok);
        if (!ok) {
            c.err << "store restore: ID is the number shown by 'store backups'\n";
            return 2;
        }
        BackupInfo before;
        if (!backups.restore(id, &before, &error)) {
            c.err << error << "\n";
            return 1;
        }
        c.out << "backup " << id << " restored";
        if (before.id)
            c.out << "; the store as it was is backup " << before.id << " (restore it to undo)";
        c.out << "\n";
        return 0;
    }
    if (action == QLatin1String("check")) {
        const QString problem = BackupStore::check(db);
        if (!problem.isEmpty()) {
            c.err << problem << "\n";
            return 1;
        }
        c.out << "ok\n";
        return 0;
    }
    c.err << "store: unknown action " << action << "\n";
    return 2;
}

} // namespace huitou::cli

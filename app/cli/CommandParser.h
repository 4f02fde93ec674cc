#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace huitou::cli {

// The options parser every command uses, so that all of them behave alike:
// `-h/--help` prints help headed "huitou-cli COMMAND" (Qt's own options are
// not offered), `--db PATH` is listed and honoured, the exit statuses are
// documented, and a bad option or value is a usage error (exit 2).
//
//     CommandParser p(c, tr("What the command does."));
//     p.addOption({QStringLiteral("limit"), tr("At most N rows."), QStringLiteral("N")});
//     if (const auto exit = p.parse())
//         return *exit;                      // --help (0) or a usage error (2)
//     const auto limit = p.integer(QStringLiteral("limit"), 1, 1000); // nullopt when unset or invalid
//     if (p.failed())
//         return kExitUsage;                 // the invalid value was reported already
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(huitou::cli) // the one CLI translation context

public:
    CommandParser(CliContext &context, const QString &description);

    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addOptions(const QList<QCommandLineOption> &options) { m_parser.addOptions(options); }
    // Lists --staff NAME (who records an action) in --help. Every command
    // accepts it; its value lands in CliContext::staff (defaults: the global
    // --staff, the workstation's staff/name setting, $USER).
    void addStaffOption() { m_showStaff = true; }
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {})
    {
        m_parser.addPositionalArgument(name, description, syntax);
    }
    // One more paragraph at the end of --help (before the exit statuses).
    void addHelpNote(const QString &note) { m_notes << note; }
    // Adds the exit status 3 line to --help (import --strict).
    void documentRejectedExit() { m_rejectedExit = true; }

    // Parses the command's arguments. Returns the exit status when the command
    // must stop here (--help: 0, usage error: 2), nullopt to go on.
    std::optional<int> parse();
    QString helpText() const;

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }

    // Typed values. nullopt when the option is not set, or when its value is
    // invalid: then the usage error is printed and failed() becomes true.
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max);
    std::optional<QDate> date(const QString &name); // YYYY-MM-DD
    std::optional<QDate> month(const QString &name); // YYYY-MM, as its first day
    std::optional<QString> choice(const QString &name, const QStringList &allowed);
    // Every value of a repeatable option, each checked against ALLOWED
    // ("--tier vip --tier supreme_vip": either).
    QStringList choices(const QString &name, const QStringList &allowed);
    // Reports a usage error about this command and marks the parse failed.
    void invalid(const QString &message);
    bool failed() const { return m_failed; }

    static QString exitStatusHelp(bool withRejected);

private:
    CliContext &m_context;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_db;
    bool m_showStaff = false;
    QStringList m_notes;
    bool m_rejectedExit = false;
    bool m_failed = false;
};

} // namespace huitou::cli

#include "CommandParser.h"

#include <QCoreApplication>

namespace huitou::cli {

CommandParser::CommandParser(CliContext &context, const QString &description)
    : m_context(context)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_db(QStringLiteral("db"), tr("The store file (default: the app's store)."), QStringLiteral("PATH"))
{
    m_parser.setApplicationDescription(description);
    // Our own help option: QCommandLineParser::addHelpOption() would also
    // offer --help-all, which lists Qt's options (-platform, -style …).
    m_parser.addOption(m_help);
    m_parser.addOption(m_db);
}

QString CommandParser::exitStatusHelp(bool withRejected)
{
    QString text = tr("Exit status:") + QLatin1Char('\n');
    text += tr("  0  success") + QLatin1Char('\n');
    text += tr("  1  the work failed (a file refused, a store error)") + QLatin1Char('\n');
    text += tr("  2  usage error (unknown option, missing or invalid value)") + QLatin1Char('\n');
    if (withRejected)
        text += tr("  3  with --strict: at least one row was rejected") + QLatin1Char('\n');
    return text;
}

QString CommandParser::helpText() const
{
    QString text = m_parser.helpText();
    // Qt heads the usage line with the binary's path; scripts and man pages
    // want the command as it is typed.
    const QStringList args = QCoreApplication::arguments();
    if (!args.isEmpty()) {
        const qsizetype at = text.indexOf(args.constFirst());
        if (at >= 0)
            text.replace(at, args.constFirst().size(), m_context.commandLine());
    }
    for (const QString &note : m_notes)
        text += QLatin1Char('\n') + note + QLatin1Char('\n');
    text += QLatin1Char('\n') + exitStatusHelp(m_rejectedExit);
    return text;
}

std::optional<int> CommandParser::parse()
{
    QCommandLineOption staff(QStringLiteral("staff"),
                             tr("Who does this (default: this computer's staff name, then $USER)."),
                             QStringLiteral("NAME"));
    if (!m_showStaff)
        staff.setFlags(QCommandLineOption::HiddenFromHelp);
    m_parser.addOption(staff);
    if (!m_parser.parse(m_context.arguments)) {
        m_failed = true;
        return m_context.usageError(m_parser.errorText());
    }
    if (m_parser.isSet(m_help)) {
        m_context.out << helpText();
        return kExitOk;
    }
    if (m_parser.isSet(m_db)) {
        if (m_parser.value(m_db).isEmpty()) {
            invalid(tr("--db needs a file name."));
            return kExitUsage;
        }
        m_context.dbPath = m_parser.value(m_db);
    }
    if (m_parser.isSet(staff)) {
        if (m_parser.value(staff).trimmed().isEmpty()) {
            invalid(tr("--staff needs a name."));
            return kExitUsage;
        }
        m_context.staff = m_parser.value(staff).trimmed();
    }
    return std::nullopt;
}

void CommandParser::invalid(const QString &message)
{
    m_failed = true;
    m_context.usageError(message);
}

std::optional<qint64> CommandParser::integer(const QString &name, qint64 min, qint64 max)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const qint64 v = m_parser.value(name).trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max) {
        invalid(tr("--%1 must be a whole number from %2 to %3, not \"%4\".")
                    .arg(name)
                    .arg(min)
                    .arg(max)
                    .arg(m_parser.value(name)));
        return std::nullopt;
    }
    return v;
}

std::optional<QDate> CommandParser::date(const QString &name)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name).trimmed();
    const QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid()) {
        invalid(tr("--%1 must be a date YYYY-MM-DD, not \"%2\".").arg(name, m_parser.value(name)));
        return std::nullopt;
    }
    return d;
}

std::optional<QDate> CommandParser::month(const QString &name)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QDate d = QDate::fromString(m_parser.value(name).trimmed(), QStringLiteral("yyyy-MM"));
    if (!d.isValid()) {
        invalid(tr("--%1 must be a month YYYY-MM, not \"%2\".").arg(name, m_parser.value(name)));
        return std::nullopt;
    }
    return d;
}

std::optional<QString> CommandParser::choice(const QString &name, const QStringList &allowed)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString v = m_parser.value(name).trimmed();
    if (!allowed.contains(v)) {
        invalid(
            tr("--%1 must be one of %2, not \"%3\".").arg(name, allowed.join(QLatin1Char('|')), m_parser.value(name)));
        return std::nullopt;
    }
    return v;
}

QStringList CommandParser::choices(const QString &name, const QStringList &allowed)
{
    QStringList result;
    for (const QString &value : m_parser.values(name)) {
        const QString v = value.trimmed();
        if (!allowed.contains(v)) {
            invalid(tr("--%1 must be one of %2, not \"%3\".").arg(name, allowed.join(QLatin1Char('|')), value));
            return {};
        }
        result << v;
    }
    return result;
}

} // namespace huitou::cli

#include "ActionTable.h"

#include "CommandParser.h"

namespace huitou::cli {

int runAction(CliContext &c, const QString &description, const Action *begin, const Action *end)
{
    const QString action = c.arguments.size() > 1 ? c.arguments.at(1) : QString();
    for (const Action *a = begin; a != end; ++a) {
        if (action == QLatin1String(a->name)) {
            c.command += QLatin1Char(' ') + action;
            c.arguments.removeAt(1);
            c.arguments.first() = c.commandLine();
            return a->run(c);
        }
    }
    // No action, --help, or an unknown one.
    const QString command = c.command;
    CommandParser p(c, description);
    QString actions = tr("Actions:");
    for (const Action *a = begin; a != end; ++a)
        actions += QStringLiteral("\n  %1  %2").arg(QLatin1String(a->name), -10).arg(tr(a->summary));
    p.addHelpNote(actions + QLatin1Char('\n')
                  + tr("'huitou-cli %1 ACTION --help' shows an action's options.").arg(command));
    p.addPositionalArgument(QStringLiteral("ACTION"), tr("What to do (see Actions)."));
    if (const auto exit = p.parse())
        return *exit;
    if (p.positionalArguments().isEmpty())
        return c.usageError(tr("no action given."));
    return c.usageError(tr("unknown action \"%1\".").arg(p.positionalArguments().constFirst()));
}

} // namespace huitou::cli

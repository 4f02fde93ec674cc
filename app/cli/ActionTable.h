#pragma once

#include "CliContext.h"

#include <QString>

namespace huitou::cli {

// A command made of actions (`store backup`, `callbacks sample`, `reasons
// top`): one table of actions, one dispatcher, one help page, so every such
// command's --help is headed "huitou-cli COMMAND", lists --db and the exit
// codes, and is translated like the others.
struct Action
{
    const char *name;
    const char *summary; // translated in the "huitou::cli" context
    int (*run)(CliContext &); // parses its own options: c.command is "COMMAND ACTION"
};

// Runs the action named by the first argument, or prints the command's help
// (no action, --help) or a usage error (unknown action). DESCRIPTION is the
// translated one-line description of the command.
int runAction(CliContext &c, const QString &description, const Action *begin, const Action *end);

template <std::size_t N>
int runAction(CliContext &c, const QString &description, const Action (&actions)[N])
{
    return runAction(c, description, actions, actions + N);
}

} // namespace huitou::cli

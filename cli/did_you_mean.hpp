// "Did you mean": a mistyped command, view or option named with the known names closest to it.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

namespace vidensgraf::cli {

/// The commands a user can type below `command`, in the order they were added (not the hidden
/// ones such as _docs, which have no group).
std::vector<const CLI::App*> visible_commands(const CLI::App& command);

/// The message for a command line CLI11 refused: when `args` (argv without the program name)
/// holds a word that is no command of the command before it, or an option that command does not
/// take, says so and names the closest known ones ("unknown command 'valdate'; did you mean
/// 'validate'?"); else CLI11's own message.
std::string explain_parse_error(const CLI::App& app, const std::vector<std::string>& args,
                                const CLI::ParseError& error);

/// The command `path` names below `app` (help query path), or nullptr; `unknown` is then the
/// message for the first word that is no command.
const CLI::App* find_command(const CLI::App& app, const std::vector<std::string>& path, std::string& unknown);

} // namespace vidensgraf::cli

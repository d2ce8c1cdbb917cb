#include "cli/did_you_mean.hpp"

#include "model/edit_distance.hpp"

namespace vidensgraf::cli {

std::vector<const CLI::App*> visible_commands(const CLI::App& command) {
  return command.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); });
}

namespace {

const CLI::App* subcommand(const CLI::App& command, const std::string& name) {
  for (const auto* c : visible_commands(command))
    if (c->check_name(name)) return c;
  return nullptr;
}

/// "vidensgraf diagram" for the diagram command: how the user reached `command`.
std::string command_path(const CLI::App* command) {
  std::string path;
  for (; command != nullptr; command = command->get_parent())
    path = command->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

/// The length of "vidensgraf " (the program's name and a space) in command_path's answer.
std::size_t app_name_length(const CLI::App& command) {
  const CLI::App* root = &command;
  while (root->get_parent() != nullptr)
    root = root->get_parent();
  return root->get_name().size() + 1;
}

/// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
std::string either(const std::vector<std::string>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + ("'" + names[i] + "'");
  return text;
}

std::string unknown_command(const CLI::App& parent, const std::string& word) {
  std::vector<std::string> names;
  for (const auto* c : visible_commands(parent))
    names.push_back(c->get_name());
  // Named as typed after "vidensgraf": 'diagram overveiw', with the suggestion 'diagram overview'.
  const std::string prefix =
      parent.get_parent() == nullptr ? "" : command_path(&parent).substr(app_name_length(parent)) + " ";
  std::string message = "unknown command '" + prefix + word + "'";
  if (const auto close = closest_names(word, names); !close.empty()) {
    std::vector<std::string> meant;
    meant.reserve(close.size());
    for (const auto& name : close)
      meant.push_back(prefix + name);
    return message + "; did you mean " + either(meant) + "?";
  }
  std::string list;
  for (const auto& name : names)
    list += (list.empty() ? "" : ", ") + name;
  return message + "; the commands of '" + command_path(&parent) + "' are: " + list;
}

std::string unknown_option(const CLI::App& command, const std::string& option) {
  std::vector<std::string> names;
  for (const auto* o : command.get_options())
    for (const auto& name : o->get_lnames())
      names.push_back("--" + name);
  std::string message = "unknown option '" + option + "' for '" + command_path(&command) + "'";
  if (const auto close = closest_names(option, names); !close.empty())
    return message + "; did you mean " + either(close) + "?";
  return message;
}

} // namespace

std::string explain_parse_error(const CLI::App& app, const std::vector<std::string>& args,
                                const CLI::ParseError& error) {
  const CLI::App* command = &app;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& word = args[i];
    if (word == "--") break;
    if (word.size() > 1 && word.front() == '-') {
      const std::string name = word.substr(0, word.find('='));
      const auto* option = command->get_option_no_throw(name);
      if (option == nullptr) {
        if (word.starts_with("--")) return unknown_option(*command, name);
        continue; // short flags may be grouped (-qv); CLI11's message says enough
      }
      if (option->get_expected_min() > 0 && name.size() == word.size()) ++i; // skip its value
      continue;
    }
    if (const auto* next = subcommand(*command, word)) {
      command = next;
      continue;
    }
    // A word where a command is expected: the command has subcommands and takes no positionals.
    const bool takes_words = !command->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
    if (!visible_commands(*command).empty() && !takes_words) return unknown_command(*command, word);
  }
  return error.what();
}

const CLI::App* find_command(const CLI::App& app, const std::vector<std::string>& path, std::string& unknown) {
  const CLI::App* command = &app;
  for (const auto& word : path) {
    const auto* next = subcommand(*command, word);
    if (next == nullptr) {
      unknown = unknown_command(*command, word);
      return nullptr;
    }
    command = next;
  }
  return command;
}

} // namespace vidensgraf::cli

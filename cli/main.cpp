// vidensgraf: the command line. Subcommands in the manner of git; errors are caught here, in
// one place, printed as "vidensgraf: message" and turned into the documented exit codes.
#include "build_config.hpp"
#include "cli/commands.hpp"
#include "cli/did_you_mean.hpp"
#include "model/dataset_location.hpp"
#include "model/error.hpp"
#include "model/load_input.hpp"
#include "model/progress.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <unistd.h>

namespace vidensgraf::cli {

namespace {

/// The meaning of each exit code: the one table behind every help's "Exit codes:" section.
std::string_view exit_code_meaning(ExitCode code) {
  switch (code) {
  case ExitCode::ok:
    return "success";
  case ExitCode::invalid_data:
    return "the input has errors (dataset, RDF file, query); each is reported as file:line:column";
  case ExitCode::usage:
    return "wrong command line (unknown command or option, bad value)";
  case ExitCode::output:
    return "an output could not be written (unwritable folder, full disk); the previous file is kept";
  case ExitCode::internal:
    return "internal error in vidensgraf or a library; please report it";
  }
  return "";
}

} // namespace

std::string help_footer(std::initializer_list<ExitCode> codes, std::initializer_list<std::string_view> examples) {
  std::string out;
  if (examples.size() > 0) {
    out += examples.size() == 1 ? "Example:\n" : "Examples:\n";
    for (auto example : examples)
      out += "  vidensgraf " + std::string(example) + "\n";
    out += "\n";
  }
  out += "Exit codes:\n";
  for (auto code : codes)
    out += "  " + std::to_string(static_cast<int>(code)) + "  " + std::string(exit_code_meaning(code)) + "\n";
  return out;
}

std::string all_exit_codes_help() {
  return help_footer({ExitCode::ok, ExitCode::invalid_data, ExitCode::usage, ExitCode::output, ExitCode::internal}) +
         "validate ends with 0 only for a valid dataset, with 1 when it has errors.\n";
}

const char* const entity_help =
    "An entity: its id, segment/id (project/kol-region-nord) or its label in either language, ignoring case, if "
    "unambiguous";

void add_dataset_argument(CLI::App& command, std::string& dir) {
  command.add_option("DIR", dir,
                     "Dataset folder, or an RDF file in a syntax Raptor reads (default: $VIDENSGRAF_DATASET, else the "
                     "bundled dataset)");
}

void add_base_option(CLI::App& command, std::string& base, BaseEnding ending) {
  const bool hash = ending == BaseEnding::slash_or_hash;
  command
      .add_option("--base", base,
                  std::string("Base IRI of the entities, overriding the dataset's (ends with /") +
                      (hash ? " or #)" : ")"))
      ->check(CLI::Validator(
          [hash](std::string& value) -> std::string {
            if (value.ends_with('/') || (hash && value.ends_with('#'))) return {};
            return std::string("must end with '/'") + (hash ? " or '#'" : "") +
                   " (entity IRIs are {base}{kind}/{id}), not '" + value + "'";
          },
          "IRI"));
}

namespace {
/// The dataset $VIDENSGRAF_DATASET named, when a command read it: an input error then says so.
std::string dataset_from_environment;
} // namespace

std::filesystem::path dataset_path(const std::string& dir) {
  if (!dir.empty()) return dir;
  if (const char* env = std::getenv("VIDENSGRAF_DATASET"); env && *env) dataset_from_environment = env;
  return default_dataset_dir();
}

Model load_model(const std::string& input, const std::string& input_format) {
  Diagnostics warnings;
  Model model = load_input_or_throw(dataset_path(input), input_format, &warnings);
  if (!warnings.all().empty()) warnings.print(std::cerr);
  return model;
}

std::string input_error_cause() {
  if (dataset_from_environment.empty()) return {};
  return "vidensgraf: the dataset '" + dataset_from_environment +
         "' was named by $VIDENSGRAF_DATASET; fix or unset it (without it, commands read the bundled dataset)\n";
}

namespace {

/// "vidensgraf query central": the command as the user typed it.
std::string command_name(const CLI::App& command) {
  std::string name = command.get_name();
  for (const CLI::App* parent = command.get_parent(); parent != nullptr; parent = parent->get_parent())
    name = parent->get_name() + " " + name;
  return name;
}

int run(int argc, char** argv) {
  CLI::App app{"vidensgraf: a knowledge graph of projects, organisations and challenges, published as linked data "
               "and diagrams.",
               "vidensgraf"};
  app.footer(all_exit_codes_help() + "Each command's help lists the codes it can end with.\n");
  app.set_version_flag("--version", VIDENSGRAF_VERSION);
  app.require_subcommand(0, 1);
  app.fallthrough(false);

  add_validate_command(app);
  add_stats_command(app);
  add_generate_command(app);
  add_query_command(app);
  add_sparql_command(app);
  add_diagram_command(app);
  add_export_command(app);

  add_import_command(app);
  add_site_command(app);
  add_serve_command(app);
  add_push_command(app);
  add_publish_command(app);
  add_docs_command(app);

  // Progress bars for long operations go to standard error when it is a terminal; --quiet,
  // before or after any command's name, turns them off (a flag callback runs before the command).
  Progress::enable(::isatty(STDERR_FILENO) == 1);
  app.add_flag_callback(
      "--quiet", [] { Progress::enable(false); }, "Show no progress bar (shown only on a terminal anyway)");
  const std::function<void(CLI::App&)> add_quiet = [&](CLI::App& parent) {
    for (auto* command : parent.get_subcommands([](CLI::App*) { return true; })) {
      command->add_flag_callback(
          "--quiet", [] { Progress::enable(false); }, "Show no progress bar (shown only on a terminal anyway)");
      add_quiet(*command);
    }
  };
  add_quiet(app);

  // --lang before the command's name: given to the command that takes --lang, unless it has one of its own.
  app.add_option_function<std::string>(
         "--lang",
         [&app](const std::string& lang) {
           CLI::App* command = &app;
           while (!command->get_subcommands().empty())
             command = command->get_subcommands().front();
           auto* own = command == &app ? nullptr : command->get_option_no_throw("--lang");
           if (own == nullptr)
             throw CLI::ValidationError("--lang",
                                        "'" + command_name(*command) + "' has no labels to choose a language for");
           if (own->count() == 0) {
             own->add_result(lang);
             own->run_callback();
           }
         },
         "Language of labels, for the commands that take --lang (query, diagram, site, publish): da or en")
      ->check(CLI::IsMember({"da", "en"}));

  std::vector<std::string> help_topic;
  auto* help = app.add_subcommand("help", "Show help for vidensgraf or one command");
  help->add_option("COMMAND", help_topic, "The command to explain, and its subcommand (help query path)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    std::cout << app.help("", CLI::AppFormatMode::All);
    return 0;
  } catch (const CLI::CallForVersion&) {
    std::cout << "vidensgraf " << VIDENSGRAF_VERSION << '\n';
    return 0;
  } catch (const CLI::ParseError& e) {
    std::cerr << "vidensgraf: " << explain_parse_error(app, std::vector<std::string>(argv + 1, argv + argc), e)
              << "\nRun 'vidensgraf help' for the commands and options.\n";
    return static_cast<int>(ExitCode::usage);
  }
  if (help->parsed() || app.get_subcommands().empty()) {
    // App::help() would delegate to the parsed `help` subcommand and explain only that one, so
    // the main help is formatted directly; a topic's help gets "vidensgraf" in its usage line.
    if (help_topic.empty()) {
      std::cout << app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal);
      return 0;
    }
    std::string unknown;
    const auto* topic = find_command(app, help_topic, unknown);
    if (topic == nullptr) {
      std::cerr << "vidensgraf: " << unknown << "\nRun 'vidensgraf help' for the commands.\n";
      return static_cast<int>(ExitCode::usage);
    }
    std::string usage = app.get_name();
    for (const auto* parent = topic->get_parent(); parent != &app; parent = parent->get_parent())
      usage.insert(app.get_name().size(), " " + parent->get_name());
    std::cout << topic->help(usage);
    return 0;
  }
  return 0;
}

} // namespace
} // namespace vidensgraf::cli

namespace {

/// Standard output is buffered: a full disk (or /dev/full) shows only when it is flushed, after
/// a command that printed to it returned. Such a run must not end as a success.
int check_standard_output(int code) {
  errno = 0;
  std::cout.flush();
  if (std::fflush(stdout) == 0 && !std::ferror(stdout) && std::cout) return code;
  if (code != 0) return code; // the first error has been reported
  std::cerr << "vidensgraf: cannot write to standard output" << (errno ? std::string(": ") + std::strerror(errno) : "")
            << '\n';
  return static_cast<int>(vidensgraf::ExitCode::output);
}

} // namespace

int main(int argc, char** argv) {
  try {
    return check_standard_output(vidensgraf::cli::run(argc, argv));
  } catch (const vidensgraf::Error& e) {
    if (const auto* invalid = dynamic_cast<const vidensgraf::ValidationError*>(&e))
      invalid->diagnostics().print(std::cerr);
    if (*e.what()) std::cerr << "vidensgraf: " << e.what() << '\n';
    if (e.exit_code() == vidensgraf::ExitCode::invalid_data) std::cerr << vidensgraf::cli::input_error_cause();
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    std::cerr << "vidensgraf: internal error: " << e.what() << "\nPlease report this as a bug.\n";
    return static_cast<int>(vidensgraf::ExitCode::internal);
  }
}

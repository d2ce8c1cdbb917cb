// vidensgraf diagram overview|focus|challenges|matrix|ontology [ARGS] [--format FMT] [-o FILE] [DIR]:
// relationship diagrams drawn in process through Graphviz; the format follows -o's extension.
#include "cli/commands.hpp"
#include "cli/output_format.hpp"
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/load_input.hpp"
#include "model/atomic_file.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"

#include <array>
#include <iostream>

namespace vidensgraf::cli {

namespace {

struct DiagramCommandOptions {
  std::string dir;
  std::string entity;
  std::string format; // empty: from -o's extension, else svg
  std::string output = "-";
  DiagramOptions view;
  std::string group_by = "sector";
};

std::vector<std::string> diagram_format_names() {
  std::vector<std::string> out;
  out.reserve(diagram_formats.size());
  for (const auto& f : diagram_formats)
    out.emplace_back(f.name);
  return out;
}

CLI::App* add_view(CLI::App& diagram, const std::string& name, const std::string& description,
                   const std::shared_ptr<DiagramCommandOptions>& options, bool uses_dataset) {
  auto* view = diagram.add_subcommand(name, description);
  view->add_option("--format", options->format,
                   "Output format (default: from -o's extension .svg .png .pdf .dot .gv, else svg; dot is the graph "
                   "before layout)")
      ->check(CLI::IsMember(diagram_format_names()));
  view->add_option("-o,--output", options->output, "File to write (default or '-': standard output)");
  view->add_option("--lang", options->view.language, "Language of the labels (default da; falls back to the other)")
      ->check(CLI::IsMember({"da", "en"}));
  view->add_option("--kinds", options->view.kinds, "Show only these kinds (e.g. Project,Organisation)")->delimiter(',');
  view->add_option("--relations", options->view.relations, "Show only these relation kinds (e.g. partner,owner)")
      ->delimiter(',');
  view->add_flag_callback(
      "--no-curated", [options] { options->view.curated = false; }, "Hide links derived by the editors");
  if (uses_dataset) add_dataset_argument(*view, options->dir);
  view->footer(help_footer(uses_dataset ? reading_command_codes
                                        : std::initializer_list<ExitCode>{ExitCode::ok, ExitCode::usage,
                                                                          ExitCode::output, ExitCode::internal}));
  return view;
}

} // namespace

void add_diagram_command(CLI::App& app) {
  auto options = std::make_shared<DiagramCommandOptions>();
  auto* cmd = app.add_subcommand("diagram", "Draw the knowledge graph, or a view of it, as SVG, PNG, PDF or DOT "
                                            "(styled by kind, with a legend; SVG nodes link to the entities' IRIs)");
  cmd->require_subcommand(1);
  cmd->footer(
      help_footer(reading_command_codes, {"diagram overview -o out/overview.svg", "diagram focus Jura --format dot"}));
  auto* overview = add_view(*cmd, "overview",
                            "The dataset on one page: a node per kind and an edge per kind pair and relation, with "
                            "their counts; --full draws every entity and relation",
                            options, true);
  overview->footer(
      help_footer(reading_command_codes, {"diagram overview -o out/overview.svg",
                                          "diagram overview --full --kinds Project,Organisation -o out/full.pdf"}));
  overview->add_flag("--full", options->view.full, "Every entity, clustered by kind, with every relation");
  auto* focus = add_view(*cmd, "focus", "The neighbourhood of one entity, the entity highlighted", options, false);
  focus->add_option("ENTITY", options->entity, entity_help)->required();
  focus->add_option("--depth", options->view.depth, "Steps from the entity (default 1)")->check(CLI::Range(1, 6));
  focus
      ->add_option("--max-nodes", options->view.max_nodes,
                   "Past this many nodes, a hub's outermost neighbours of one kind are drawn as one node "
                   "(default 20)")
      ->check(CLI::Range(2, 1500));
  add_dataset_argument(*focus, options->dir);
  focus->footer(help_footer(reading_command_codes, {"diagram focus kol-region-nord -o out/focus.png",
                                                    "diagram focus Law --depth 2 --lang en"}));
  add_view(*cmd, "challenges",
           "Projects against challenge areas: stated links solid, curated dashed, indirect (through the project's "
           "organisations and cases) dotted; --relations limits the relations a path may follow",
           options, true);
  auto* matrix = add_view(*cmd, "matrix",
                          "Projects (rows) against challenge areas (columns): each cell the strongest basis of the "
                          "link (stated, curated, indirect, none) as a mark and a fill, the path in its tooltip",
                          options, true);
  matrix->add_option("--group-by", options->group_by, "Group the projects by sector (default) or domain")
      ->check(CLI::IsMember({"sector", "domain"}));
  add_view(*cmd, "ontology", "The classes and properties of the ontology as a class diagram", options, false);

  cmd->callback([options, cmd] {
    const auto* view = cmd->get_subcommands().front();
    const std::string& name = view->get_name();
    // Each format's own extension, and .gv, Graphviz's other name for DOT files.
    static constexpr std::array<FormatExtension, 5> extensions{{{info(DiagramFormat::svg).extension, "svg"},
                                                                {info(DiagramFormat::png).extension, "png"},
                                                                {info(DiagramFormat::pdf).extension, "pdf"},
                                                                {info(DiagramFormat::dot).extension, "dot"},
                                                                {"gv", "dot"}}};
    const std::string chosen = choose_format(options->format, options->output, extensions, "svg");
    const auto format = parse_diagram_format(chosen);
    if (!format) throw UsageError("unknown format '" + chosen + "'; use svg, png, pdf or dot");
    if (*format == DiagramFormat::png || *format == DiagramFormat::pdf)
      refuse_binary_to_terminal(chosen, options->output, chosen);
    Diagram diagram;
    if (name == "ontology") {
      diagram = ontology_diagram(Schema::builtin(), options->view);
    } else {
      const Model model = load_model(options->dir);
      if (name == "overview")
        diagram = overview_diagram(model, options->view);
      else if (name == "focus")
        diagram = focus_diagram(model, options->entity, options->view);
      else if (name == "matrix")
        diagram = matrix_diagram(model, options->view, parse_matrix_grouping(options->group_by));
      else
        diagram = challenges_diagram(model, options->view);
    }
    const std::string bytes = render_diagram(diagram, *format);
    write_output(options->output,
                 [&bytes](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
  });
}

} // namespace vidensgraf::cli

// Using vidensgraf from C++: load the bundled dataset, ask which challenge areas one project
// meets and through what, and write the whole dataset as Turtle.
//
//   challenges_to_turtle [PROJECT_ID] [OUT.ttl]
#include "model/rdf/serializer.hpp"
#include "model/atomic_file.hpp"
#include "model/connections.hpp"
#include "model/dataset_loader.hpp"
#include "model/dataset_location.hpp"
#include "model/error.hpp"

#include <iostream>

int main(int argc, char** argv) {
  using namespace vidensgraf;
  const std::string project_id = argc > 1 ? argv[1] : "match-koebenhavn";
  const std::string out = argc > 2 ? argv[2] : "signaturprojekter.ttl";
  try {
    const Model model = load_dataset_or_throw(default_dataset_dir());
    const auto project = model.find(project_id);
    if (!project) {
      std::cerr << "no entity '" << project_id << "' in the dataset\n";
      return 2;
    }
    std::cout << model.label(*project, "en") << "\n";
    for (const auto& c : strongest_per_challenge(challenges_of_project(model, *project)))
      std::cout << "  " << model.label(c.challenge, "en") << " (" << basis_name(c.basis) << ")\n";
    write_output(out, [&](std::ostream& stream) { export_data(model, RdfFormat::turtle, {}, stream); });
    std::cout << "wrote " << out << "\n";
  } catch (const Error& e) {
    std::cerr << e.what() << "\n";
    return static_cast<int>(e.exit_code());
  }
  return 0;
}

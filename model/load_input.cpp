#include "model/load_input.hpp"

#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/rdf/import.hpp"

namespace vidensgraf {

Model load_input(const std::filesystem::path& path, const std::string& input_format, Diagnostics& diagnostics) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return load_dataset(path, diagnostics);
  if (!std::filesystem::exists(path, ec))
    throw InputError("'" + path.string() +
                     "' does not exist: it is not a dataset folder (with dataset.toml and CSV "
                     "tables) nor an RDF file");
  return import_rdf(path, input_format, diagnostics);
}

Model load_input_or_throw(const std::filesystem::path& path, const std::string& input_format, Diagnostics* warnings) {
  Diagnostics diagnostics;
  Model model = load_input(path, input_format, diagnostics);
  throw_if_invalid(diagnostics, path);
  if (warnings) *warnings = std::move(diagnostics);
  return model;
}

} // namespace vidensgraf

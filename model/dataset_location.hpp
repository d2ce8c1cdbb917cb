// Where the bundled dataset and the ontology files are, for a build tree and an installed program.
#pragma once

#include <filesystem>

namespace vidensgraf {

/// The bundled dataset (data/signaturprojekter): $VIDENSGRAF_DATASET when set, else the copy
/// installed beside the program (../share/vidensgraf/data/signaturprojekter), else the source tree.
std::filesystem::path default_dataset_dir();

/// The folder with vidensgraf.ttl, shapes.ttl and context.jsonld, found the same way.
std::filesystem::path ontology_dir();

} // namespace vidensgraf

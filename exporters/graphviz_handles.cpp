// The Graphviz context with its plugins preloaded, and the Graphviz lock.
#include "exporters/graphviz_handles.hpp"

#include "model/error.hpp"

// The plugin libraries Debian ships in /usr/lib/x86_64-linux-gnu/graphviz/ export one
// gvplugin_<name>_LTX_library each; linking them and listing them here (the table libltdl would
// generate for a static build) lets gvContextPlugins load them without the config6a file.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;

lt_symlist_t lt_preloaded_symbols[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};
}

namespace vidensgraf::detail {

std::mutex &graphviz_mutex() noexcept {
  static std::mutex mutex;
  return mutex;
}

GvcContext make_graphviz_context() {
  GvcContext context{gvContextPlugins(lt_preloaded_symbols, 0)};
  if (!context) throw InternalError("Graphviz could not create a context (out of memory?)");
  return context;
}

} // namespace vidensgraf::detail

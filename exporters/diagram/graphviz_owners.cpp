// The Graphviz context with its plugins preloaded, and the Graphviz lock.
#include "exporters/diagram/detail/graphviz_owners.hpp"

#include "model/error.hpp"

#include <map>
#include <string>

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

std::mutex& graphviz_mutex() noexcept {
  static std::mutex mutex;
  return mutex;
}

namespace {

// An id discipline that numbers named objects in the order their names are first seen (even ids)
// and anonymous ones by a counter (odd ids, as cgraph's own discipline does), so that every
// ordering by id is the order of creation.
// Names are kept as cgraph's own reference-counted strings: agwrite asks of a name whether it is
// an HTML string by looking just before it, which only works for strings cgraph allocated.
struct SequentialIds {
  Agraph_t* graph = nullptr;
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::map<IDTYPE, char*> names;
  IDTYPE next_named = 2;
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* g, Agdisc_t*) {
  auto* state = new SequentialIds;
  state->graph = g;
  return state;
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& s = *static_cast<SequentialIds*>(state);
  if (!name) {
    *id = s.next_anonymous;
    s.next_anonymous += 2;
    return 1;
  }
  if (const auto found = s.ids.find(std::string_view{name}); found != s.ids.end()) {
    *id = found->second;
    return 1;
  }
  if (!create) return 0;
  const auto [it, inserted] = s.ids.emplace(name, s.next_named);
  s.names.emplace(it->second, agstrdup(s.graph, name));
  s.next_named += 2;
  *id = it->second;
  return 1;
}

long ids_alloc(void*, int, IDTYPE) {
  return 1;
}
void ids_free(void*, int, IDTYPE) {}

char* ids_print(void* state, int, IDTYPE id) {
  const auto& s = *static_cast<SequentialIds*>(state);
  const auto found = s.names.find(id);
  return found == s.names.end() ? nullptr : found->second;
}

void ids_close(void* state) {
  delete static_cast<SequentialIds*>(state);
}
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_id_disc{ids_open, ids_map, ids_alloc, ids_free, ids_print, ids_close, ids_register};
Agdisc_t graph_disc{&AgMemDisc, &sequential_id_disc, &AgIoDisc};

} // namespace

AgraphPtr open_graph(const char* name) {
  AgraphPtr graph{agopen(gv_chars(name), Agdirected, &graph_disc)};
  if (!graph) throw InternalError("Graphviz could not create a graph (out of memory?)");
  return graph;
}

GvcContext make_graphviz_context() {
  GvcContext context{gvContextPlugins(lt_preloaded_symbols, 0)};
  if (!context) throw InternalError("Graphviz could not create a context (out of memory?)");
  return context;
}

GVC_t* graphviz_context() {
  static const GvcContext context = make_graphviz_context(); // a failure throws, and the next call tries again
  return context.get();
}

} // namespace vidensgraf::detail

// Owners for Graphviz's C handles (gvc context, cgraph graph), the one lock every Graphviz call
// is made under, and the one place where a const string is cast for the char* API of 2.43.
// Private to the library: Graphviz never appears in a public header.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <memory>
#include <mutex>

namespace vidensgraf::detail {

struct GvcFree {
  void operator()(GVC_t* gvc) const noexcept { gvFreeContext(gvc); }
};
struct AgraphFree {
  void operator()(Agraph_t* g) const noexcept { agclose(g); }
};

/// A Graphviz context; free it (and every graph laid out with it) under graphviz_mutex().
using GvcContext = std::unique_ptr<GVC_t, GvcFree>;
/// A cgraph graph (root graph; subgraphs are owned by it).
using AgraphPtr = std::unique_ptr<Agraph_t, AgraphFree>;

/// The lock held around every Graphviz call: Graphviz is not thread-safe, even with one context
/// per thread (see /work/shared/LIBRARY-NOTES.md).
std::mutex& graphviz_mutex() noexcept;

/// A context with the layout (dot, neato, sfdp) and render (svg, dot, png, pdf) plugins linked
/// into the program, so it never reads Graphviz's plugin configuration file. Call with the lock held.
/// Throws InternalError when Graphviz cannot start.
GvcContext make_graphviz_context();

/// The process's one Graphviz context, made on first use and freed at exit. One context for every
/// render, not one each: Graphviz's pango plugin (gvtextlayout_pango.c, 2.43) keeps in a static a
/// pointer to a font name owned by the context that last drew text, so text drawn after that
/// context was freed read freed memory (AddressSanitizer: heap-use-after-free in strcmp under
/// textspan_size). Call with the lock held.
GVC_t* graphviz_context();

/// A new, empty directed root graph whose objects get ids in creation order. (cgraph's default
/// id discipline uses the address of each interned name as its id and orders subgraphs by it, so
/// clusters came out in a different order on a second render in the same process.) Call with the
/// lock held; throws InternalError when out of memory.
AgraphPtr open_graph(const char* name);

/// Graphviz 2.43 takes char* for strings it only reads: the one cast for that.
inline char* gv_chars(const char* text) noexcept {
  return const_cast<char*>(text);
}

} // namespace vidensgraf::detail

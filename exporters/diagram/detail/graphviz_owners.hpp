// Owners for Graphviz's C handles (gvc context, cgraph graph), the one lock every Graphviz call
// is made under, and the one place where a const string is cast for the char* API of 2.43.
// Private to the library: Graphviz never appears in a public header.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include "model/detail/c_owner.hpp"

#include <mutex>

namespace vidensgraf::detail {

/// A Graphviz context; free it (and every graph laid out with it) under graphviz_mutex().
using GvcContext = COwner<GVC_t, gvFreeContext>;
/// A cgraph graph (root graph; subgraphs are owned by it).
using AgraphPtr = COwner<Agraph_t, agclose>;
/// The bytes gvRenderData allocated.
using GvRenderData = COwner<char, gvFreeRenderData>;

/// A graph's layout, freed (gvFreeLayout) before the graph and the context it was made with.
/// Two handles make it, so it is a small class of its own rather than a COwner.
class GvLayout {
public:
  GvLayout(GVC_t* context, Agraph_t* graph) noexcept : context_(context), graph_(graph) {}
  ~GvLayout() { gvFreeLayout(context_, graph_); }
  GvLayout(const GvLayout&) = delete;
  GvLayout& operator=(const GvLayout&) = delete;

private:
  GVC_t* context_;
  Agraph_t* graph_;
};

/// The lock held around every Graphviz call: Graphviz 2.43 is not thread-safe, even with one
/// context per thread (its layout and text-measuring code keep state in statics).
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

// Owners for Rasqal's C handles (the one idiom of model/detail/c_owner.hpp); Raptor's handles,
// which Rasqal hands out too, have theirs in model/rdf/detail/raptor_owners.hpp. Private to sparql/.
#pragma once

#include "model/detail/c_owner.hpp"
#include "model/rdf/detail/raptor_owners.hpp"

#include <rasqal.h>

namespace vidensgraf::detail {

using RasqalWorld = COwner<rasqal_world, rasqal_free_world>;
using RasqalQuery = COwner<rasqal_query, rasqal_free_query>;
using RasqalResults = COwner<rasqal_query_results, rasqal_free_query_results>;
using RasqalLiteral = COwner<rasqal_literal, rasqal_free_literal>;

} // namespace vidensgraf::detail

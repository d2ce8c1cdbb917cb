#include "model/connections.hpp"

#include "model/english.hpp"
#include "model/error.hpp"

#include <algorithm>

namespace vidensgraf {

namespace {

/// The relation and kind ids the search follows, looked up by name in the schema.
struct Kinds {
  explicit Kinds(const Schema& s)
      : project(s.require_kind("Project")), challenge(s.require_kind("ChallengeArea")),
        faces(s.require_relation("facesChallenge")), addresses(s.require_relation("addressesChallenge")),
        lead(s.require_relation("leadOrganisation")), partner(s.require_relation("partner")),
        owner(s.require_relation("owner")), concerns(s.require_relation("concernsProject")) {}
  KindId project, challenge;
  RelationId faces, addresses, lead, partner, owner, concerns;
};

template <class Visit> void for_each_out(const Model& m, Vertex v, RelationId kind, Visit visit) {
  for (auto e : boost::make_iterator_range(boost::out_edges(v, m.graph())))
    if (m.relation(e).kind == kind) visit(e);
}

template <class Visit> void for_each_in(const Model& m, Vertex v, RelationId kind, Visit visit) {
  for (auto e : boost::make_iterator_range(boost::in_edges(v, m.graph())))
    if (m.relation(e).kind == kind) visit(e);
}

ChallengeConnection connection_from(ConnectionPath path) {
  ChallengeConnection c;
  c.project = path.start;
  c.challenge = path.end();
  c.basis = path.steps.size() > 1 ? Basis::indirect : path.any_curated() ? Basis::curated : Basis::stated;
  c.path = std::move(path);
  return c;
}

bool connection_less(const Model& m, const ChallengeConnection& a, const ChallengeConnection& b) {
  if (a.challenge != b.challenge) return m.entity(a.challenge).id < m.entity(b.challenge).id;
  if (a.project != b.project) return m.entity(a.project).id < m.entity(b.project).id;
  if (a.basis != b.basis) return a.basis < b.basis;
  return path_less(m, a.path, b.path);
}

void require_kind(const Model& m, Vertex v, KindId kind) {
  const auto& e = m.entity(v);
  if (e.kind != kind)
    throw UsageError("'" + e.id + "' is " + with_article(m.schema().kind(e.kind).name) + ", not " +
                     with_article(m.schema().kind(kind).name));
}

} // namespace

std::string_view basis_name(Basis basis) noexcept {
  switch (basis) {
  case Basis::stated:
    return "stated";
  case Basis::curated:
    return "curated";
  case Basis::indirect:
    return "indirect";
  }
  return "indirect";
}

std::vector<ChallengeConnection> challenges_of_project(const Model& m, Vertex project) {
  const Kinds k(m.schema());
  require_kind(m, project, k.project);
  std::vector<ChallengeConnection> out;
  auto emit = [&](std::vector<PathStep> steps) {
    out.push_back(connection_from(ConnectionPath{project, std::move(steps)}));
  };
  // Stated: project -facesChallenge-> area.
  for_each_out(m, project, k.faces, [&](Edge e) { emit({make_step(m, project, e)}); });
  // Through an organisation: project -lead|partner-> org <-owner- case/tool -addressesChallenge-> area.
  for (RelationId via : {k.lead, k.partner}) {
    for_each_out(m, project, via, [&](Edge to_org) {
      const PathStep s1 = make_step(m, project, to_org);
      for_each_in(m, s1.entity, k.owner, [&](Edge owned) {
        const PathStep s2 = make_step(m, s1.entity, owned);
        for_each_out(m, s2.entity, k.addresses, [&](Edge addr) { emit({s1, s2, make_step(m, s2.entity, addr)}); });
      });
    });
  }
  // Through a case or result about it: project <-concernsProject- case -addressesChallenge-> area.
  for_each_in(m, project, k.concerns, [&](Edge about) {
    const PathStep s1 = make_step(m, project, about);
    for_each_out(m, s1.entity, k.addresses, [&](Edge addr) { emit({s1, make_step(m, s1.entity, addr)}); });
  });
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) { return connection_less(m, a, b); });
  return out;
}

std::vector<ChallengeConnection> projects_of_challenge(const Model& m, Vertex challenge) {
  const Kinds k(m.schema());
  require_kind(m, challenge, k.challenge);
  std::vector<ChallengeConnection> out;
  for (Vertex p : m.entities_of_kind(k.project))
    for (auto& c : challenges_of_project(m, p))
      if (c.challenge == challenge) out.push_back(std::move(c));
  std::sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    if (a.project != b.project) return m.entity(a.project).id < m.entity(b.project).id;
    return connection_less(m, a, b);
  });
  return out;
}

std::vector<ChallengeConnection> strongest_per_challenge(std::vector<ChallengeConnection> connections) {
  std::vector<ChallengeConnection> out;
  for (auto& c : connections)
    if (out.empty() || out.back().challenge != c.challenge || out.back().project != c.project)
      out.push_back(std::move(c));
  return out;
}

} // namespace vidensgraf

#!/usr/bin/python3
"""The job a Python user would write for what vidensgraf does, for the benchmark's comparison.

With Debian's python3-rdflib, python3-networkx and graphviz, from vidensgraf's full N-Triples
export (every triple vidensgraf writes, provenance and the relations' rdf:Statement nodes
included): parse it with rdflib, write the same triples as Turtle, find the shortest path
between two entities with networkx (relations between entities, direction ignored) and draw
one entity's focus (its neighbours at one step, with their labels) with Graphviz's dot. The
same triples in and out, the same path length and the same focus as `vidensgraf export
--format turtle`, `vidensgraf query path` and `vidensgraf diagram focus`.

Usage: python_pipeline.py DATA.nt OUT_DIR FOCUS_ID PATH_FROM PATH_TO
Prints the time of each step, the triple count and the path's length.
"""
import os
import subprocess
import sys
import time

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

VG = "https://w3id.org/vidensgraf/ontology#"


def entity_graph(graph):
    """The entities (subjects typed with a vg: class) and the vg: relations between them."""
    entities = {}
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(o).startswith(VG):
            entities[s] = str(s).rsplit("/", 1)[1]
    network = nx.MultiGraph()
    network.add_nodes_from(entities.values())
    for s, p, o in graph:
        if s in entities and o in entities and str(p).startswith(VG):
            network.add_edge(entities[s], entities[o], relation=str(p)[len(VG):])
    return entities, network


def focus_dot(graph, entities, network, focus):
    ids = {v: k for k, v in entities.items()}
    nodes = sorted(set(network.neighbors(focus)) | {focus})
    lines = ["digraph focus {"]
    for node in nodes:
        labels = [l for l in graph.objects(ids[node], RDFS.label) if isinstance(l, Literal)]
        label = next((str(l) for l in labels if l.language == "da"), str(labels[0]) if labels else node)
        label = label.replace("\\", "\\\\").replace('"', '\\"')
        style = ", style=bold" if node == focus else ""
        lines.append(f'  "{node}" [label="{label}"{style}];')
    for s, o, data in network.edges(focus, data=True):
        lines.append(f'  "{s}" -> "{o}" [label="{data["relation"]}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    ntriples, out, focus, source, target = sys.argv[1:6]
    os.makedirs(out, exist_ok=True)
    timings = {}

    start = time.perf_counter()
    graph = Graph()
    graph.parse(ntriples, format="nt")
    timings["parse"] = time.perf_counter() - start

    start = time.perf_counter()
    graph.serialize(destination=os.path.join(out, "python.ttl"), format="turtle")
    timings["turtle"] = time.perf_counter() - start

    start = time.perf_counter()
    entities, network = entity_graph(graph)
    path = nx.shortest_path(network, source, target)
    timings["path"] = time.perf_counter() - start

    start = time.perf_counter()
    dot_path = os.path.join(out, "python-focus.dot")
    with open(dot_path, "w", encoding="utf-8") as f:
        f.write(focus_dot(graph, entities, network, focus))
    subprocess.run(["dot", "-Tsvg", dot_path, "-o", os.path.join(out, "python-focus.svg")], check=True)
    timings["focus"] = time.perf_counter() - start

    print(" ".join(f"{k}={v:.3f}" for k, v in timings.items()), "triples=%d" % len(graph),
          "path_length=%d" % (len(path) - 1))


if __name__ == "__main__":
    main()

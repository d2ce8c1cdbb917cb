#!/usr/bin/python3
"""The job a Python user would write without vidensgraf, for the benchmark's comparison.

With Debian's python3-rdflib, python3-networkx and graphviz: load a vidensgraf CSV dataset,
write it as Turtle, draw the focus diagram of one entity, and find the path between two
entities. It does the same work as `vidensgraf export --format turtle`, `vidensgraf diagram
focus` and `vidensgraf query path` (labels, types and relations; provenance omitted, which only
makes this side faster).

Usage: python_pipeline.py DATASET_DIR OUT_DIR FOCUS_ID PATH_FROM PATH_TO
"""
import csv
import os
import subprocess
import sys
import time

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

VG = Namespace("https://w3id.org/vidensgraf/ontology#")
TABLES = {
    "sources": ("Source", "source"), "projects": ("Project", "project"),
    "organisations": ("Organisation", "organisation"), "challenge_areas": ("ChallengeArea", "challenge"),
    "cases": ("Case", "case"), "tools": ("Tool", "tool"), "advice": ("Advice", "advice"),
    "results": ("Result", "result"), "domains": ("Domain", "domain"), "programmes": ("Programme", "programme"),
    "funds": ("Fund", "fund"), "agreements": ("Agreement", "agreement"),
}


def main():
    dataset, out, focus, source, target = sys.argv[1:6]
    os.makedirs(out, exist_ok=True)
    timings = {}
    start = time.perf_counter()
    base = "https://example.org/vidensgraf/generated/"
    graph = Graph()
    network = nx.MultiDiGraph()
    iri = {}
    labels = {}
    for table, (cls, segment) in TABLES.items():
        path = os.path.join(dataset, table + ".csv")
        if not os.path.exists(path):
            continue
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                node = URIRef(f"{base}{segment}/{row['id']}")
                iri[row["id"]] = node
                graph.add((node, RDF.type, VG[cls]))
                for column, value in row.items():
                    if column.startswith("label@") and value:
                        graph.add((node, RDFS.label, Literal(value, lang=column[6:])))
                labels[row["id"]] = row.get("label@da", row["id"])
                network.add_node(row["id"], kind=cls)
    with open(os.path.join(dataset, "relations.csv"), newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["object"] in iri:
                graph.add((iri[row["subject"]], VG[row["relation"]], iri[row["object"]]))
                network.add_edge(row["subject"], row["object"], relation=row["relation"])
    timings["load"] = time.perf_counter() - start

    start = time.perf_counter()
    graph.serialize(destination=os.path.join(out, "python.ttl"), format="turtle")
    timings["turtle"] = time.perf_counter() - start

    start = time.perf_counter()
    undirected = network.to_undirected(as_view=True)
    neighbourhood = nx.ego_graph(undirected, focus, radius=1)
    lines = ["digraph focus {"]
    for node in sorted(neighbourhood.nodes):
        label = labels.get(node, node).replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'  "{node}" [label="{label}"];')
    for s, o, data in network.subgraph(neighbourhood.nodes).edges(data=True):
        lines.append(f'  "{s}" -> "{o}" [label="{data["relation"]}"];')
    lines.append("}")
    dot_path = os.path.join(out, "python-focus.dot")
    with open(dot_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    subprocess.run(["dot", "-Tsvg", dot_path, "-o", os.path.join(out, "python-focus.svg")], check=True)
    timings["focus"] = time.perf_counter() - start

    start = time.perf_counter()
    path = nx.shortest_path(undirected, source, target)
    timings["path"] = time.perf_counter() - start
    print(" ".join(f"{k}={v:.3f}" for k, v in timings.items()), "path_length=%d" % (len(path) - 1))


if __name__ == "__main__":
    main()

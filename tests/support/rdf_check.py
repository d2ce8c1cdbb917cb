#!/usr/bin/python3
"""Independent checks of vidensgraf's RDF output with rdflib (Debian's python3-rdflib).

  rdf_check.py values FILE FORMAT SUBJECT PREDICATE   -> JSON list of [lexical, lang, datatype]
  rdf_check.py iso FILE1 FORMAT1 FILE2 FORMAT2        -> exit 0 when the graphs are isomorphic
  rdf_check.py count FILE FORMAT                      -> number of triples (or quads)
  rdf_check.py dumps FILE FORMAT                      -> JSON list of every dcat:Distribution's
                                                         [downloadURL, byteSize, SHA-256], sorted

FORMAT is an rdflib parser name (turtle, nt, nquads, xml, json-ld) or "rdfjson", read here with
the json module because rdflib has no RDF/JSON parser.
"""
import json
import subprocess
import sys

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic



def load(path, fmt):
    if fmt == "rdfjson":
        g = Graph()
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        def node(o):
            if o["type"] == "uri":
                return URIRef(o["value"])
            if o["type"] == "bnode":
                return BNode(o["value"][2:])
            return Literal(o["value"], lang=o.get("lang"), datatype=URIRef(o["datatype"]) if "datatype" in o else None)
        for s, props in data.items():
            subject = BNode(s[2:]) if s.startswith("_:") else URIRef(s)
            for p, objects in props.items():
                for o in objects:
                    g.add((subject, URIRef(p), node(o)))
        return g
    g = Graph()
    if fmt in ("nt", "nquads"):
        # rdflib 6.1.1's N-Triples/N-Quads parsers decode "\\n" (an escaped backslash, then n) as a
        # backslash and a newline. N-Triples is a subset of Turtle, whose rdflib parser decodes
        # escapes correctly; N-Quads become N-Triples through serdi (graphs dropped), so the
        # triples are compared whatever graph they are in.
        if fmt == "nquads":
            text = subprocess.run(["serdi", "-i", "nquads", "-o", "ntriples", path], check=True,
                                  capture_output=True).stdout.decode("utf-8")
        else:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        g.parse(data=text, format="turtle")
        return g
    with open(path, "rb") as f:
        g.parse(f, format=fmt)
    return g


def main(argv):
    if argv[1] == "values":
        g = load(argv[2], argv[3])
        out = sorted([str(o), o.language or "", str(o.datatype or "")]
                     for o in g.objects(URIRef(argv[4]), URIRef(argv[5])) if isinstance(o, Literal))
        print(json.dumps(out))
        return 0
    if argv[1] == "iso":
        a, b = load(argv[2], argv[3]), load(argv[4], argv[5])
        if isomorphic(a, b):
            return 0
        _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
        print(f"not isomorphic: {len(a)} vs {len(b)} triples")
        for t in sorted(only_a)[:10]:
            print("only in first:", t)
        for t in sorted(only_b)[:10]:
            print("only in second:", t)
        return 1
    if argv[1] == "dumps":
        g = load(argv[2], argv[3])
        dcat = "http://www.w3.org/ns/dcat#"
        spdx = "http://spdx.org/rdf/terms#"
        out = []
        for d in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(dcat + "Distribution")):
            for url in g.objects(d, URIRef(dcat + "downloadURL")):
                sizes = [str(o) for o in g.objects(d, URIRef(dcat + "byteSize"))]
                sums = [str(v) for c in g.objects(d, URIRef(spdx + "checksum"))
                        for v in g.objects(c, URIRef(spdx + "checksumValue"))]
                out.append([str(url), sizes, sums])
        print(json.dumps(sorted(out)))
        return 0
    if argv[1] == "count":
        print(len(load(argv[2], argv[3])))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

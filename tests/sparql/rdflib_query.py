"""Runs a SPARQL query with rdflib (an engine independent of Rasqal) over an N-Triples file.

usage: /usr/bin/python3 rdflib_query.py DATA.nt QUERY.rq
SELECT and ASK answers are printed as SPARQL 1.1 JSON results; CONSTRUCT answers as N-Triples.
"""
import sys

import rdflib

graph = rdflib.Graph()
graph.parse(sys.argv[1], format="nt")
with open(sys.argv[2], encoding="utf-8") as f:
    result = graph.query(f.read())
if result.type == "CONSTRUCT":
    sys.stdout.write(result.graph.serialize(format="nt"))
else:
    sys.stdout.write(result.serialize(format="json").decode("utf-8"))

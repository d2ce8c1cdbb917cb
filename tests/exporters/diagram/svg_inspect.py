"""Prints what an SVG file shows, as JSON, for tests/exporters/diagram/diagram_test.cpp: the text of every
<text> element, every xlink:title (tooltip) and link target, and the set of element names. Parsing
with xml.etree (an independent XML parser) also checks that the file is well-formed XML."""
import json
import sys
import xml.etree.ElementTree as ET

XLINK = "{http://www.w3.org/1999/xlink}"
root = ET.parse(sys.argv[1]).getroot()
out = {"texts": [], "titles": [], "hrefs": [], "tags": set()}
for element in root.iter():
    out["tags"].add(element.tag.split("}")[-1])
    if element.tag.endswith("}text"):
        out["texts"].append("".join(element.itertext()))
    if element.get(XLINK + "title") is not None:
        out["titles"].append(element.get(XLINK + "title"))
    for name in (XLINK + "href", "href"):
        if element.get(name) is not None:
            out["hrefs"].append(element.get(name))
out["tags"] = sorted(out["tags"])
json.dump(out, sys.stdout, ensure_ascii=False)

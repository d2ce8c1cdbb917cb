#!/usr/bin/python3
"""Independent checks of the site written by `vidensgraf site` (Python's standard library and
Debian's python3-rdflib).

  site_check.py pages SITE    -> every .html is well-formed (parsed as XML, which fails on any
                                 unclosed or misnested tag and on a bare '&' or '<'), and every
                                 relative link (href, src, xlink:href) resolves to a file of the
                                 site, and its #fragment to an id in that page
  site_check.py jsonld SITE   -> every entity page's <script type="application/ld+json"> is
                                 isomorphic to the entity's .ttl; prints the number of pages checked
  site_check.py languages SITE -> every interface string has both languages: lists each text of
                                 an English page that its Danish twin shows too (so one of them
                                 is not translated), leaving out the data (any literal of the
                                 dump) and names that are the same in both (SAME_IN_BOTH)
  site_check.py page FILE     -> JSON: the h1's text, the script elements' types, the names of the
                                 elements in the body outside inline SVG (to see injected tags), the
                                 page's language, its h2 texts and its links (href, hreflang)
Exit 0 when fine; problems are printed one a line, exit 1.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

XHTML = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"


def html_files(site):
    for folder, _, names in os.walk(site):
        for name in sorted(names):
            if name.endswith(".html"):
                yield os.path.join(folder, name)


def parse(path):
    # XML parsing rejects what an HTML parser would silently repair; the pages are polyglot.
    with open(path, "rb") as f:
        text = f.read()
    if not text.startswith(b"<!DOCTYPE html>\n"):
        raise ValueError("does not start with <!DOCTYPE html>")
    return ET.fromstring(text)


def ids(root):
    return {e.get("id") for e in root.iter() if e.get("id")}


def check_pages(site):
    problems = []
    trees = {}
    for path in html_files(site):
        try:
            trees[os.path.realpath(path)] = parse(path)
        except (ET.ParseError, ValueError) as e:
            problems.append(f"{path}: not well-formed: {e}")
    links = 0
    for path, root in trees.items():
        for e in root.iter():
            for attr in ("href", "src", XLINK):
                target = e.get(attr)
                if target is None:
                    continue
                parts = urlsplit(target)
                if parts.scheme or parts.netloc or target.startswith("/"):
                    continue  # absolute: not part of the site
                links += 1
                file = os.path.realpath(os.path.join(os.path.dirname(path), unquote(parts.path))) if parts.path else path
                if not file.startswith(os.path.realpath(site) + os.sep) or not os.path.isfile(file):
                    problems.append(f"{path}: link {target!r} does not resolve")
                    continue
                if parts.fragment and file.endswith(".html") and file in trees:
                    if parts.fragment not in ids(trees[file]):
                        problems.append(f"{path}: link {target!r}: no id {parts.fragment!r} there")
    if not trees:
        problems.append("no pages")
    for p in problems:
        print(p)
    print(f"{len(trees)} pages, {links} internal links", file=sys.stderr)
    return 1 if problems else 0


def check_jsonld(site):
    from rdflib import Graph
    from rdflib.compare import graph_diff, isomorphic, to_isomorphic

    problems = []
    checked = 0
    for path in html_files(site):
        # NAME.html and its Danish twin NAME.da.html embed the same JSON-LD as NAME.ttl.
        ttl = path[: -len(".da.html" if path.endswith(".da.html") else ".html")] + ".ttl"
        if not os.path.isfile(ttl):
            continue
        root = parse(path)
        scripts = [e for e in root.iter(XHTML + "script") if e.get("type") == "application/ld+json"]
        if len(scripts) != 1:
            problems.append(f"{path}: {len(scripts)} JSON-LD scripts, expected 1")
            continue
        data = json.loads(scripts[0].text)
        embedded = Graph().parse(data=json.dumps(data), format="json-ld")
        turtle = Graph().parse(ttl, format="turtle")
        if len(turtle) == 0:
            problems.append(f"{ttl}: no triples")
        if not isomorphic(embedded, turtle):
            _, only_page, only_ttl = graph_diff(to_isomorphic(embedded), to_isomorphic(turtle))
            problems.append(f"{path}: JSON-LD differs from {ttl}: page only {sorted(only_page)[:3]}, "
                            f"Turtle only {sorted(only_ttl)[:3]}")
        checked += 1
    for p in problems:
        print(p)
    print(checked)
    return 1 if problems or checked == 0 else 0


def describe_page(path):
    root = parse(path)
    body = root.find(XHTML + "body")
    names = set()

    def walk(e):
        if e.tag == SVG + "svg":
            return
        names.add(e.tag.replace(XHTML, ""))
        for child in e:
            walk(child)

    walk(body)
    h1 = root.find(f".//{XHTML}h1")
    print(json.dumps({
        "h1": "".join(h1.itertext()) if h1 is not None else None,
        "title": root.find(f"{XHTML}head/{XHTML}title").text,
        "scripts": [e.get("type") for e in root.iter(XHTML + "script")],
        "body_elements": sorted(names),
        "text": "".join(body.itertext()),
        "lang": root.get("lang"),
        "h2": ["".join(e.itertext()) for e in root.iter(XHTML + "h2")],
        # (href, hreflang) of every link in the page, inline SVG's xlink:href too
        "links": [[e.get("href") or e.get(XLINK), e.get("hreflang")] for e in root.iter()
                  if e.get("href") is not None or e.get(XLINK) is not None],
    }))
    return 0


# Words and names written the same in English and Danish: syntaxes, standards, the program.
SAME_IN_BOTH = {"Turtle", "N-Triples", "N-Quads", "JSON-LD", "RDF/XML", "RDF/JSON", "TriG", "IRI", "SPARQL",
                "vidensgraf", "DCAT-AP 3.0.1", "DCAT-AP-DK 2.0.2", "SHACL", "Data", "curl", "Status", "Dansk",
                "English", "Regional"}


def texts(root):
    """The text nodes of a page's body, stripped, outside inline SVG, code, IRIs and text areas
    (a form's editable text, such as a query)."""
    out = []

    def walk(e):
        if e.tag in (SVG + "svg", XHTML + "pre", XHTML + "code", XHTML + "script", XHTML + "textarea") or \
                e.get("class") == "iri":
            return
        if e.text and e.text.strip():
            out.append(e.text.strip())
        for child in e:
            walk(child)
            if child.tail and child.tail.strip():
                out.append(child.tail.strip())

    walk(root.find(XHTML + "body"))
    return out


def is_interface_text(text, data):
    words = text.strip(" .,:;()·—–←§[]\u00a0")
    if not any(c.isalpha() for c in words) or words in data or text in data or words in SAME_IN_BOTH:
        return False
    # A media type, a file name or a prefixed name (vg:Project, xsd:date) is not interface text.
    # An amount ("8700000 DKK") is data too, written by the pages from its number and currency.
    if re.match(r"^[a-z]+:[A-Za-z]", words) or re.match(r"^[0-9][0-9.]* [A-Z]{3}$", words):
        return False
    return not any(t in words for t in ("/", ".ttl", ".jsonld", ".html", "_"))


def check_languages(site):
    from rdflib import Graph, Literal
    dump = Graph().parse(os.path.join(site, "downloads", "data.nt"), format="nt")
    data = {str(o) for o in dump.objects() if isinstance(o, Literal)}
    for ontology in ("vidensgraf.ttl",):
        data |= {str(o) for o in Graph().parse(os.path.join(site, "ontology", ontology)).objects()
                 if isinstance(o, Literal)}
    problems = []
    pairs = 0
    for path in html_files(site):
        if path.endswith(".da.html"):
            continue
        danish = path[: -len(".html")] + ".da.html"
        shared = set(texts(parse(path))) & set(texts(parse(danish)))
        pairs += 1
        for text in sorted(t for t in shared if is_interface_text(t, data)):
            problems.append(f"{os.path.relpath(path, site)}: {text!r} on both the English and the Danish page")
    for p in sorted(set(problems)):
        print(p)
    print(f"{pairs} page pairs", file=sys.stderr)
    return 1 if problems or pairs == 0 else 0


def main(argv):
    if argv[1] == "pages":
        return check_pages(argv[2])
    if argv[1] == "jsonld":
        return check_jsonld(argv[2])
    if argv[1] == "languages":
        return check_languages(argv[2])
    if argv[1] == "page":
        return describe_page(argv[2])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

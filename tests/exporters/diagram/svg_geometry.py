"""Measures a Graphviz SVG the way a printed page sees it, as JSON, for tests/exporters/diagram/diagram_test.cpp:
the drawing's size in pt, the smallest font size, every text box, pairs of text boxes that overlap,
texts that sit on a node they do not belong to, texts outside the drawing, the font families and
weights, and each node's shape signature and fill. The decisions (17 cm, 6 pt, 25 cm) are the test's.

Text boxes are computed from each <text>'s position, anchor and font size and the advance widths of
the glyphs in the DejaVu font files (fontTools), so a box is as wide as the text drawn; its height is
the font's ascent above the baseline and descent below it. Usage: svg_geometry.py FILE.svg (one JSON object) or svg_geometry.py FILE.svg FILE.svg ... (a JSON list of
them, in the order given)."""
import json
import re
import sys
import xml.etree.ElementTree as ET

from fontTools.ttLib import TTFont

SVG = "{http://www.w3.org/2000/svg}"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
ASCENT, DESCENT = 0.76, 0.24  # DejaVu Sans cap height and descender, in em (line spacing is 1.2 em)
SLACK = 0.5  # pt a box may touch another by (anti-aliasing, rounding of Graphviz's coordinates)

fonts = {}


def advance(text, bold):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    if name not in fonts:
        font = TTFont(FONT_DIR + name)
        fonts[name] = (font.getBestCmap(), font["hmtx"].metrics, font["head"].unitsPerEm)
    cmap, metrics, units = fonts[name]
    width = 0
    for ch in text:
        glyph = cmap.get(ord(ch))
        width += metrics[glyph][0] if glyph in metrics else units * 0.6
    return width / units


def numbers(text):
    return [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?(?:e-?\d+)?", text or "")]


def shape_box(element):
    tag = element.tag[len(SVG):]
    if tag == "ellipse":
        cx, cy, rx, ry = (float(element.get(k)) for k in ("cx", "cy", "rx", "ry"))
        return {"kind": "ellipse", "cx": cx, "cy": cy, "rx": rx, "ry": ry, "box": [cx - rx, cy - ry, cx + rx, cy + ry]}
    if tag in ("polygon", "polyline"):
        values = numbers(element.get("points"))
    elif tag == "path":
        values = numbers(element.get("d"))
    else:
        return None
    xs, ys = values[0::2], values[1::2]
    if not xs:
        return None
    return {"kind": "box", "box": [min(xs), min(ys), max(xs), max(ys)]}


def overlap(a, b):
    return min(a[2], b[2]) - max(a[0], b[0]) > SLACK and min(a[3], b[3]) - max(a[1], b[1]) > SLACK


def text_on_shape(box, shape):
    if not overlap(box, shape["box"]):
        return False
    if shape["kind"] != "ellipse":
        return True
    # The point of the (slack-shrunk) box nearest the centre lies inside the ellipse.
    px = min(max(shape["cx"], box[0] + SLACK), box[2] - SLACK)
    py = min(max(shape["cy"], box[1] + SLACK), box[3] - SLACK)
    return ((px - shape["cx"]) / shape["rx"]) ** 2 + ((py - shape["cy"]) / shape["ry"]) ** 2 < 1


# Machado, Oliveira and Fernandes (2009) simulation matrices for full protanopia, deuteranopia and
# tritanopia, applied to linear RGB.
CVD = {
    "normal": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def lab(hex_colour, matrix):
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    lin = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, lin)))) for row in matrix]
    x = (0.4124 * lin[0] + 0.3576 * lin[1] + 0.1805 * lin[2]) / 0.95047
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    z = (0.0193 * lin[0] + 0.1192 * lin[1] + 0.9505 * lin[2]) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return (116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2]))


def closest_colours(colours):
    """The smallest CIE76 distance between two of the colours under normal vision and each simulation."""
    worst = None
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            for vision, matrix in CVD.items():
                d = sum((p - q) ** 2 for p, q in zip(lab(a, matrix), lab(b, matrix))) ** 0.5
                if worst is None or d < worst[0]:
                    worst = (d, a, b, vision)
    return worst


def measure(path):
    root = ET.parse(path).getroot()
    width = float(root.get("width").removesuffix("pt"))
    height = float(root.get("height").removesuffix("pt"))
    graph = root.find(SVG + "g")
    transform = graph.get("transform", "")
    scale = re.search(r"scale\(([^ )]+)", transform)
    translate = re.search(r"translate\(([^ )]+) ([^ )]+)\)", transform)
    sx = float(scale.group(1)) if scale else 1.0
    tx, ty = (float(translate.group(1)), float(translate.group(2))) if translate else (0.0, 0.0)

    texts, nodes = [], []
    for group in graph.iter(SVG + "g"):
        cls = group.get("class", "")
        if cls not in ("graph", "node", "edge", "cluster"):
            continue
        title = group.find(SVG + "title")
        owner = {"class": cls, "title": title.text if title is not None else ""}
        shapes = []
        # Texts in a linked cell of an HTML-like table (Graphviz's <g id="a_node1_3">): the
        # matrix's project and challenge labels, which are data, not the interface.
        in_cell = {id(t) for g in group.iter(SVG + "g") if re.fullmatch(r"a_node\d+_\d+", g.get("id", ""))
                   for t in g.iter(SVG + "text")}
        # The graph's own texts (the title) are its direct children; the rest belong to its groups.
        for element in (list(group) if cls == "graph" else group.iter()):
            if element.tag == SVG + "text":
                size = float(element.get("font-size", "14"))
                bold = element.get("font-weight") == "bold"
                label = "".join(element.itertext())
                w = advance(label, bold) * size
                x, y = float(element.get("x")), float(element.get("y"))
                anchor = element.get("text-anchor", "start")
                x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
                texts.append({"text": label, "owner": owner["title"], "class": cls, "size": size,
                              "cell": id(element) in in_cell,
                              "family": element.get("font-family", ""), "weight": element.get("font-weight", ""),
                              "box": [x0, y - ASCENT * size, x0 + w, y + DESCENT * size]})
            elif cls == "node":
                box = shape_box(element)
                if box:
                    shapes.append(box)
        if cls == "node":
            signature = []
            fill = ""
            for element in group.iter():
                tag = element.tag[len(SVG):]
                if tag in ("polygon", "polyline", "ellipse", "path"):
                    points = len(numbers(element.get("points") or element.get("d"))) // 2
                    signature.append(f"{tag}:{points}" if tag != "ellipse" else "ellipse")
                    if not fill and element.get("fill") not in (None, "none"):
                        fill = element.get("fill")
            nodes.append({"title": owner["title"], "shapes": shapes, "signature": signature, "fill": fill})

    overlaps = []
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if overlap(a["box"], b["box"]):
                overlaps.append([a["text"], b["text"]])
    foreign = []
    for t in texts:
        for n in nodes:
            if t["class"] == "node" and t["owner"] == n["title"]:
                continue
            if any(text_on_shape(t["box"], s) for s in n["shapes"]):
                foreign.append([t["text"], n["title"]])
                break
    cut = [t["text"] for t in texts
           if t["box"][0] * sx + tx < -SLACK or t["box"][2] * sx + tx > width + SLACK
           or t["box"][1] * sx + ty < -SLACK or t["box"][3] * sx + ty > height + SLACK]
    smallest = min(texts, key=lambda t: t["size"] * sx) if texts else None
    out = {
        "width_pt": width, "height_pt": height,
        "min_font_pt": smallest["size"] * sx if smallest else 0, "min_font_text": smallest["text"] if smallest else "",
        "texts": [t["text"] for t in texts],
        # Texts of the interface: edge and cluster labels, the legend, groups, classes and kinds
        # (not the entities' labels, in their nodes or in a table's linked cells).
        "interface_texts": [{"text": t["text"], "class": t["class"]} for t in texts
                            if not t["cell"] and (t["class"] != "node" or "/" not in t["owner"]
                                                  or t["owner"].split("/")[0] in ("legend", "more", "class"))],
        "families": sorted({t["family"] for t in texts}), "weights": sorted({t["weight"] for t in texts}),
        "overlaps": overlaps, "on_foreign_node": foreign, "cut_off": cut,
        "nodes": [{"title": n["title"], "signature": n["signature"], "fill": n["fill"]} for n in nodes],
    }
    legend_fills = sorted({n["fill"] for n in nodes if n["title"].startswith("legend") and
                           re.fullmatch(r"#[0-9a-fA-F]{6}", n["fill"] or "")})
    worst = closest_colours(legend_fills)
    out["legend_fills"] = legend_fills
    out["closest_legend_colours"] = list(worst) if worst else []
    return out


def main():
    # One file: its measures; several (one process for many views, the font files read once): a list.
    if len(sys.argv) == 2:
        json.dump(measure(sys.argv[1]), sys.stdout, ensure_ascii=False)
    else:
        json.dump([measure(path) for path in sys.argv[1:]], sys.stdout, ensure_ascii=False)


main()

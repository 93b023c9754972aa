"""The report's charts as inline SVG, written directly: byte-stable and cheap.

Why not matplotlib: a chart cost 0.1-0.2 s of CPU there (layout, a second draw for the
tight bounding box), three to five per story, so at 5,000 stories the charts alone took
longer than the whole rest of the release. These charts are rectangles, circles, arcs
and text; written by hand they cost microseconds. Text stays text, numbers are printed
with fixed precision, nothing refers outside the SVG and no element has an id (so
several charts share a page without clashes; ``prefix`` is kept as a class name).
"""

from __future__ import annotations

from html import escape

DERIVATION_COLOURS = {"original": "#1b7837", "update": "#5aae61", "copy": "#2166ac",
                      "rewrite": "#e08214", "independent": "#8073ac"}
ALIGN_COLOURS = {"verbatim": "#2166ac", "rewritten": "#f4a582", "new": "#b2182b"}
STATUS_COLOURS = {"supported": "#1b7837", "refuted": "#b2182b",
                  "not_enough_evidence": "#bababa", "conflicting": "#e08214"}
FONT = "DejaVu Sans, Verdana, sans-serif"
CHAR = 5.6  # px per character at 9 px (an estimate for sizing margins, never for layout)


def _n(x: float) -> str:
    """A coordinate with fixed precision (the same bytes on every machine)."""
    s = f"{x:.1f}"
    return s[:-2] if s.endswith(".0") else s


def _e(s: object) -> str:
    return escape(str(s), quote=True)


def _text(x: float, y: float, s: str, anchor: str = "start", size: float = 9,
          fill: str = "#1a1a1a", baseline: str = "middle") -> str:
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" '
            f'dominant-baseline="{baseline}" fill="{fill}">{_e(s)}</text>')


def _rect(x: float, y: float, w: float, h: float, fill: str, title: str | None = None,
          stroke: str | None = None) -> str:
    extra = f' stroke="{stroke}"' if stroke else ""
    t = f"<title>{_e(title)}</title>" if title else ""
    return (f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0.0))}" height="{_n(h)}" '
            f'fill="{fill}"{extra}>{t}</rect>')


def _svg(width: float, height: float, prefix: str, label: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="{_e(prefix)}" '
            f'width="{_n(width)}" height="{_n(height)}" viewBox="0 0 {_n(width)} {_n(height)}" '
            f'role="img" aria-label="{_e(label)}" font-family="{FONT}">'
            f"<title>{_e(label)}</title>" + "".join(body) + "</svg>")


def _width(labels: list[str], size: float = 9, cap: float = 260) -> float:
    return min(cap, max([len(s) for s in labels] + [4]) * CHAR * size / 9 + 8)


def lineage(order: list[str], labels: dict[str, str], parents: dict[str, tuple[str, ...]],
            derivation: dict[str, str], prefix: str) -> str:
    """Versions left to right in story order; an arc from each parent to its child."""
    step, r, y = 90.0, 14.0, 95.0
    n = len(order)
    width = max(400.0, step * n + 40)
    x0 = (width - step * (n - 1)) / 2
    x = {d: x0 + i * step for i, d in enumerate(order)}
    body = []
    for d in order:
        for p in parents.get(d, ()):
            if p not in x:
                continue
            a, b = x[p], x[d]
            sign = 1.0 if b > a else -1.0
            sx, ex = a + sign * r * 0.7, b - sign * r * 0.7
            lift = min(70.0, 18 + 0.25 * abs(b - a))
            cx, cy = (sx + ex) / 2, y - r * 0.7 - lift
            sy = ey = y - r * 0.7
            body.append(f'<path d="M{_n(sx)},{_n(sy)} Q{_n(cx)},{_n(cy)} {_n(ex)},{_n(ey)}" '
                        'fill="none" stroke="#444444" stroke-width="1.2"/>')
            # arrow head along the curve's end tangent (from the control point to the end)
            dx, dy = ex - cx, ey - cy
            norm = (dx * dx + dy * dy) ** 0.5 or 1.0
            ux, uy = dx / norm, dy / norm
            bx, by = ex - 7 * ux, ey - 7 * uy
            body.append(f'<path d="M{_n(ex)},{_n(ey)} L{_n(bx - 3.5 * uy)},{_n(by + 3.5 * ux)} '
                        f'L{_n(bx + 3.5 * uy)},{_n(by - 3.5 * ux)} Z" fill="#444444"/>')
    for d in order:
        c = DERIVATION_COLOURS.get(derivation.get(d, ""), "#999999")
        body.append(f'<circle cx="{_n(x[d])}" cy="{_n(y)}" r="{_n(r)}" fill="{c}" '
                    f'stroke="#ffffff" stroke-width="1.5"><title>{_e(d)}: '
                    f"{_e(derivation.get(d, '?'))}</title></circle>")
        body.append(_text(x[d], y + r + 12, labels[d], "middle", 8))
        body.append(_text(x[d], y + r + 26, derivation.get(d, "?"), "middle", 8, c))
    return _svg(width, 150.0, prefix, "lineage of the versions", body)


def _ticks(top: float) -> list[float]:
    """Four or five round ticks from 0 to at least ``top``."""
    top = top or 1.0
    mag = 10 ** (len(str(int(top))) - 1)
    for unit in (mag / 5, mag / 2, mag, mag * 2, mag * 5, mag * 10):
        if top / unit <= 5:
            k = int(top / unit) + (top % unit > 1e-9)
            return [unit * i for i in range(k + 1)]
    return [0.0, top]


def stacked_bars(rows: list[str], series: dict[str, list[float]], colours: dict[str, str],
                 xlabel: str, prefix: str, percent: bool = True) -> str:
    """Horizontal stacked bars, one per row label (shares or counts)."""
    left_w = _width(rows)
    plot_w, row_h, top = 460.0, 18.0, 8.0
    totals = [sum(v[i] for v in series.values()) for i in range(len(rows))]
    ticks = [0.0, 0.25, 0.5, 0.75, 1.0] if percent else _ticks(max(totals, default=1.0))
    scale = plot_w / (ticks[-1] or 1.0)
    body = []
    for i, label in enumerate(rows):
        yy = top + i * row_h
        body.append(_text(left_w - 6, yy + row_h / 2, label, "end"))
        acc = 0.0
        for name, values in series.items():
            v = values[i]
            if v > 0:
                shown = f"{v:.0%}" if percent else f"{v:g}"
                body.append(_rect(left_w + acc * scale, yy + row_h * 0.2, v * scale,
                                  row_h * 0.6, colours.get(name, "#999999"),
                                  f"{label}: {name} {shown}"))
            acc += v
    axis_y = top + len(rows) * row_h + 2
    body.append(f'<path d="M{_n(left_w)},{_n(axis_y)} H{_n(left_w + plot_w)}" '
                'stroke="#1a1a1a" stroke-width="0.8"/>')
    body.append(f'<path d="M{_n(left_w)},{_n(top)} V{_n(axis_y)}" stroke="#1a1a1a" '
                'stroke-width="0.8"/>')
    for t in ticks:
        tx = left_w + t * scale
        body.append(f'<path d="M{_n(tx)},{_n(axis_y)} v4" stroke="#1a1a1a" '
                    'stroke-width="0.8"/>')
        body.append(_text(tx, axis_y + 12, f"{t:.0%}" if percent else f"{t:g}", "middle"))
    body.append(_text(left_w + plot_w / 2, axis_y + 28, xlabel, "middle"))
    lx, ly = left_w, axis_y + 46
    for name in series:
        body.append(_rect(lx, ly - 5, 14, 10, colours.get(name, "#999999")))
        body.append(_text(lx + 18, ly, name, "start", 8))
        lx += 18 + len(name) * CHAR * 8 / 9 + 16
    width = max(left_w + plot_w + 16, lx)
    return _svg(width, ly + 12, prefix, xlabel, body)


_BLUES = ((0xf7, 0xfb, 0xff), (0xc6, 0xdb, 0xef), (0x6b, 0xae, 0xd6), (0x21, 0x71, 0xb5),
          (0x08, 0x30, 0x6b))


def _blue(v: float) -> str:
    """Colour of ``v`` in 0..5 on a white-to-dark-blue scale."""
    t = max(0.0, min(v, 5.0)) / 5 * (len(_BLUES) - 1)
    i = min(int(t), len(_BLUES) - 2)
    f = t - i
    rgb = (round(a + (b - a) * f) for a, b in zip(_BLUES[i], _BLUES[i + 1], strict=True))
    return "#" + "".join(f"{c:02x}" for c in rgb)


def presence(entities: list[str], versions: list[str], matrix: list[list[int]],
             flagged: set[int], prefix: str) -> str:
    """Entity-by-version presence (number of mentions), flagged rows in red type."""
    left_w = _width(entities, 7, 240)
    cw, ch = max(34.0, _width(versions, 8, 120)), 14.0
    top = 22.0
    body = [_text(left_w + j * cw + cw / 2, top - 9, v, "middle", 8)
            for j, v in enumerate(versions)]
    for i, name in enumerate(entities):
        yy = top + i * ch
        body.append(_text(left_w - 6, yy + ch / 2, name, "end", 7,
                          "#b2182b" if i in flagged else "#1a1a1a"))
        for j, _v in enumerate(versions):
            n = matrix[i][j]
            body.append(_rect(left_w + j * cw, yy, cw, ch, _blue(n),
                              f"{name} in {versions[j]}: {n}", stroke="#ffffff"))
            if n:
                body.append(_text(left_w + j * cw + cw / 2, yy + ch / 2, str(n), "middle", 7,
                                  "#ffffff" if n >= 3 else "#000000"))
    return _svg(left_w + cw * len(versions) + 8, top + ch * len(entities) + 8, prefix,
                "mentions per entity and version", body)

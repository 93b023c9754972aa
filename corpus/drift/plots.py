"""The report's charts: matplotlib figures rendered to inline SVG, byte-stable.

Text stays text (``svg.fonttype = none``), ids are salted with a fixed string and
prefixed per chart (several SVGs share one page), and no date is written, so the same
data gives the same bytes. Nothing in an SVG refers outside itself.
"""

from __future__ import annotations

import io
import re

DERIVATION_COLOURS = {"original": "#1b7837", "update": "#5aae61", "copy": "#2166ac",
                      "rewrite": "#e08214", "independent": "#8073ac"}
ALIGN_COLOURS = {"verbatim": "#2166ac", "rewritten": "#f4a582", "new": "#b2182b"}
STATUS_COLOURS = {"supported": "#1b7837", "refuted": "#b2182b",
                  "not_enough_evidence": "#bababa", "conflicting": "#e08214"}


def _plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    matplotlib.rcParams.update({"svg.hashsalt": "storydrift", "svg.fonttype": "none",
                                "font.family": "DejaVu Sans", "font.size": 9,
                                "axes.spines.top": False, "axes.spines.right": False})
    return plt


def to_svg(fig, prefix: str) -> str:
    """The figure as an inline <svg> element, ids made unique with ``prefix``."""
    plt = _plt()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r'id="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'url\(#([^)]+)\)', lambda m: f"url(#{prefix}-{m.group(1)})", svg)
    svg = re.sub(r'xlink:href="#([^"]+)"', lambda m: f'xlink:href="#{prefix}-{m.group(1)}"', svg)
    return svg


def lineage(order: list[str], labels: dict[str, str], parents: dict[str, tuple[str, ...]],
            derivation: dict[str, str], prefix: str) -> str:
    """Versions left to right in story order; an arrow from each parent to its child."""
    plt = _plt()
    n = len(order)
    fig, ax = plt.subplots(figsize=(max(5.0, 1.6 * n), 2.6))
    x = {d: i for i, d in enumerate(order)}
    for d in order:
        for p in parents.get(d, ()):
            if p in x:
                ax.annotate("", xy=(x[d], 0), xytext=(x[p], 0),
                            arrowprops={"arrowstyle": "-|>", "color": "#444444", "lw": 1.2,
                                        "connectionstyle": "arc3,rad=-0.35",
                                        "shrinkA": 14, "shrinkB": 14})
    for d in order:
        c = DERIVATION_COLOURS.get(derivation.get(d, ""), "#999999")
        ax.scatter([x[d]], [0], s=700, color=c, zorder=3, edgecolors="white")
        ax.text(x[d], -0.55, labels[d], ha="center", va="top", fontsize=8)
        ax.text(x[d], 0.45, derivation.get(d, "?"), ha="center", va="bottom", fontsize=8,
                color=c)
    ax.set_xlim(-0.7, n - 0.3)
    ax.set_ylim(-1.2, 1.6)
    ax.axis("off")
    return to_svg(fig, prefix)


def stacked_bars(rows: list[str], series: dict[str, list[float]], colours: dict[str, str],
                 xlabel: str, prefix: str, percent: bool = True) -> str:
    """Horizontal stacked bars, one per row label (shares or counts)."""
    plt = _plt()
    fig, ax = plt.subplots(figsize=(7.5, 0.45 * len(rows) + 1.2))
    left = [0.0] * len(rows)
    ys = list(range(len(rows)))[::-1]
    for name, values in series.items():
        ax.barh(ys, values, left=left, color=colours.get(name, "#999999"), label=name,
                height=0.6)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(ys, rows)
    ax.set_xlabel(xlabel)
    if percent:
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _p: f"{v:.0%}"))
    ax.legend(ncol=len(series), loc="upper center", bbox_to_anchor=(0.5, -0.35 if len(rows) < 4
              else -0.12), frameon=False, fontsize=8)
    return to_svg(fig, prefix)


def presence(entities: list[str], versions: list[str], matrix: list[list[int]],
             flagged: set[int], prefix: str) -> str:
    """Entity-by-version presence (number of mentions), flagged rows in red type."""
    plt = _plt()
    import numpy as np

    data = np.array(matrix, dtype=float)
    fig, ax = plt.subplots(figsize=(1.0 * len(versions) + 3.5, 0.24 * len(entities) + 1.2))
    ax.imshow(np.minimum(data, 5), cmap="Blues", aspect="auto", vmin=0, vmax=5)
    for i in range(len(entities)):
        for j in range(len(versions)):
            if data[i, j]:
                ax.text(j, i, str(int(data[i, j])), ha="center", va="center", fontsize=7,
                        color="white" if data[i, j] >= 3 else "black")
    ax.set_xticks(range(len(versions)), versions, rotation=0)
    ax.set_yticks(range(len(entities)), entities, fontsize=7)
    for i, t in enumerate(ax.get_yticklabels()):
        if i in flagged:
            t.set_color("#b2182b")
    ax.tick_params(length=0)
    ax.xaxis.tick_top()
    for s in ax.spines.values():
        s.set_visible(False)
    return to_svg(fig, prefix)

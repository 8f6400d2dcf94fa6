"""The dashboard's trend chart, drawn on the server as inline SVG (no JavaScript, nothing to load).

One polyline per severity over the last scans; the y axis runs from 0 to the largest count, with
four gridlines. Colours match the severity badges in ``static/app.css``.
"""

from __future__ import annotations

from html import escape

from crossguard.register.dashboard import TrendPoint

COLOURS = {"critical": "#b3261e", "high": "#e8710a", "medium": "#c99a06", "low": "#1a73e8", "info": "#5f6368"}
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 640, 220, 44, 12, 12, 28


def _nice_max(value: int) -> int:
    for step in (4, 8, 20, 40, 80, 200, 400, 800, 2000, 4000, 8000, 20000):
        if value <= step:
            return step
    return ((value // 10000) + 1) * 10000


def trend_svg(points: list[TrendPoint], severities: tuple[str, ...]) -> str:
    if not points:
        return '<p class="muted">No scans yet: run <code>crossguard scan</code>.</p>'
    top = _nice_max(max([1, *(p.counts.get(s, 0) for p in points for s in severities)]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(1, len(points) - 1)

    def xy(index: int, count: int) -> tuple[float, float]:
        x = LEFT + (index * step if len(points) > 1 else plot_w / 2)
        return round(x, 1), round(TOP + plot_h - count / top * plot_h, 1)

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="Open findings per severity over the last {len(points)} scans">']
    for i in range(5):
        value = top * i // 4
        y = TOP + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="axis" text-anchor="end">{value}</text>')
    for index in {0, len(points) - 1}:
        x, _ = xy(index, 0)
        parts.append(f'<text x="{x}" y="{HEIGHT - 8}" class="axis" text-anchor="middle">'
                     f'#{points[index].scan_id}</text>')
    for severity in severities:
        counts = [p.counts.get(severity, 0) for p in points]
        if not any(counts):
            continue
        coords = [xy(i, c) for i, c in enumerate(counts)]
        colour = COLOURS[severity]
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2.5" '
                     f'points="{" ".join(f"{x},{y}" for x, y in coords)}"><title>{escape(severity)}</title></polyline>')
        for (x, y), count, point in zip(coords, counts, points, strict=True):
            parts.append(f'<circle cx="{x}" cy="{y}" r="3" fill="{colour}"><title>{escape(severity)}: {count} '
                         f'after scan #{point.scan_id}</title></circle>')
    parts.append("</svg>")
    return "".join(parts)

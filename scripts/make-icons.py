#!/usr/bin/env python3
"""Draws the app icons (static/icons/*.png) with the standard library only.

A white sheet on the app's blue, with three task lines, each with a tick box: a notice turned into
a task list. Run once after changing the design; the PNGs are committed.
"""

import struct
import sys
import zlib
from pathlib import Path

BLUE = (29, 78, 137)
WHITE = (255, 255, 255)
INK = (29, 78, 137)
GREEN = (46, 139, 87)
SUB = 3  # supersampling per axis, for smooth edges


def rounded_rect(x0, y0, x1, y1, r):
    """A predicate: is point (x, y), in units of the icon size, inside the rounded rectangle?"""

    def inside(x, y):
        if x < x0 or x > x1 or y < y0 or y > y1:
            return False
        cx = min(max(x, x0 + r), x1 - r)
        cy = min(max(y, y0 + r), y1 - r)
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

    return inside


def shapes(maskable):
    """Layers from bottom to top: (predicate, colour). Coordinates are fractions of the size."""
    # A maskable icon is cropped to a circle of 80%: fill everything, keep the sheet inside.
    scale = 0.78 if maskable else 1.0

    def s(v):
        return 0.5 + (v - 0.5) * scale

    layers = [(rounded_rect(0, 0, 1, 1, 0 if maskable else 0.18), BLUE)]
    layers.append((rounded_rect(s(0.22), s(0.14), s(0.78), s(0.86), 0.05 * scale), WHITE))
    for i, y in enumerate((0.30, 0.48, 0.66)):
        box = rounded_rect(s(0.30), s(y), s(0.40), s(y + 0.10), 0.02 * scale)
        layers.append((box, GREEN if i < 2 else INK))
        layers.append((rounded_rect(s(0.46), s(y + 0.03), s(0.70), s(y + 0.07), 0.02 * scale), INK))
    return layers


def render(size, maskable):
    layers = shapes(maskable)
    rows = []
    for py in range(size):
        row = []
        for px in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(SUB):
                for sx in range(SUB):
                    x = (px + (sx + 0.5) / SUB) / size
                    y = (py + (sy + 0.5) / SUB) / size
                    colour = None
                    for inside, c in layers:
                        if inside(x, y):
                            colour = c
                    if colour is not None:
                        acc[0] += colour[0]
                        acc[1] += colour[1]
                        acc[2] += colour[2]
                        acc[3] += 1
            n = SUB * SUB
            if acc[3]:
                row.append((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]),
                            round(255 * acc[3] / n)))
            else:
                row.append((0, 0, 0, 0))
        rows.append(row)
    return png(size, size, rows)


def png(width, height, rows):
    """Encodes RGBA pixels; as an indexed (palette) PNG when there are at most 256 colours,
    which the few flat colours and their edge blends always are: about half the bytes."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    colours = sorted({px for row in rows for px in row}, key=lambda c: c[3])  # transparent first
    signature = b"\x89PNG\r\n\x1a\n"
    if len(colours) <= 256:
        index = {c: i for i, c in enumerate(colours)}
        raw = b"".join(b"\x00" + bytes(index[px] for px in row) for row in rows)
        header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)  # 8-bit palette
        palette = b"".join(bytes(c[:3]) for c in colours)
        alpha = bytes(c[3] for c in colours).rstrip(b"\xff")
        chunks = [chunk(b"IHDR", header), chunk(b"PLTE", palette)]
        if alpha:
            chunks.append(chunk(b"tRNS", alpha))
    else:
        raw = b"".join(b"\x00" + b"".join(bytes(px) for px in row) for row in rows)
        header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
        chunks = [chunk(b"IHDR", header)]
    chunks += [chunk(b"IDAT", zlib.compress(raw, 9)), chunk(b"IEND", b"")]
    return signature + b"".join(chunks)


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent.parent / "static" / "icons")
    out.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in (("icon-192.png", 192, False), ("icon-512.png", 512, False),
                                 ("maskable-512.png", 512, True), ("favicon-32.png", 32, False)):
        (out / name).write_bytes(render(size, maskable))
        print("wrote", out / name)


if __name__ == "__main__":
    main()

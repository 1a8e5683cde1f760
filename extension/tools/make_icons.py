"""Draws the 検証 panel's severity icons (16 x 16 RGBA PNG) into extension/icons:
severity-error.png (a red disc with a white cross), severity-warning.png (an amber
triangle with a dark !), severity-info.png (a blue disc with a white i). Shapes differ as
well as colours, so the three stay apart for a reader who does not tell red from amber.

    /usr/bin/python3 extension/tools/make_icons.py
"""

import math
import os
import struct
import zlib

SIZE = 16
SAMPLES = 4  # per pixel and axis: edges are anti-aliased
ICONS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "icons")


def disc(x, y):
    return math.hypot(x - 8, y - 8) <= 7.5


def triangle(x, y):
    # Apex at (8, 0.5), base from (0.5, 15) to (15.5, 15).
    return 0.5 <= y <= 15 and abs(x - 8) <= (y - 0.5) * 7.5 / 14.5


def cross(x, y):
    u, v = x - 8, y - 8
    return abs(u) <= 4 and abs(v) <= 4 and min(abs(u - v), abs(u + v)) <= 1.6


def exclamation(x, y):
    return abs(x - 8) <= 1.1 and (5 <= y <= 10.5 or 12 <= y <= 14)


def letter_i(x, y):
    return abs(x - 8) <= 1.2 and (3.5 <= y <= 5.5 or 7 <= y <= 12.5)


SHAPES = {
    "severity-error.png": (disc, (0xD6, 0x2B, 0x2B), cross, (0xFF, 0xFF, 0xFF)),
    "severity-warning.png": (triangle, (0xF0, 0xA0, 0x20), exclamation, (0x33, 0x26, 0x00)),
    "severity-info.png": (disc, (0x2F, 0x6F, 0xD0), letter_i, (0xFF, 0xFF, 0xFF)),
}


def pixels(shape, colour, mark, mark_colour):
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter type: none
        for px in range(SIZE):
            inside = marked = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    x, y = px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES
                    if shape(x, y):
                        inside += 1
                        marked += mark(x, y)
            alpha = inside / SAMPLES ** 2
            share = marked / inside if inside else 0
            rgb = [round(c * (1 - share) + m * share) for c, m in zip(colour, mark_colour)]
            row += bytes(rgb + [round(alpha * 255)])
        rows.append(bytes(row))
    return b"".join(rows)


def png(raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main():
    for name, (shape, colour, mark, mark_colour) in SHAPES.items():
        with open(os.path.join(ICONS, name), "wb") as out:
            out.write(png(pixels(shape, colour, mark, mark_colour)))


if __name__ == "__main__":
    main()

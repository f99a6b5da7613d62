#!/usr/bin/env python3
"""Draw assets/icon-192.png and assets/icon-512.png (the same bars as assets/icon.svg) with only the
standard library, so the install icons need no image tools. Run once when the icon changes."""
import struct
import zlib
from pathlib import Path

BLUE, LIGHT, GOLD = (0x1A, 0x52, 0x76), (0xF4, 0xF6, 0xF7), (0xF1, 0xC4, 0x0F)
BARS = [(96, 300, 64, 116, LIGHT), (190, 236, 64, 180, LIGHT), (284, 172, 64, 244, LIGHT), (378, 96, 64, 320, GOLD)]


def inside_rounded(x, y, x0, y0, w, h, r):
    if not (x0 <= x < x0 + w and y0 <= y < y0 + h):
        return False
    cx = min(max(x, x0 + r), x0 + w - r)
    cy = min(max(y, y0 + r), y0 + h - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def pixel(u, v):
    # u, v in the 512-unit design space.
    if not inside_rounded(u, v, 0, 0, 512, 512, 96):
        return (0, 0, 0, 0)
    for x, y, w, h, colour in BARS:
        if inside_rounded(u, v, x, y, w, h, 10):
            return (*colour, 255)
    return (*BLUE, 255)


def png(size):
    rows = []
    for j in range(size):
        row = bytearray([0])
        for i in range(size):
            row.extend(pixel((i + 0.5) * 512 / size, (j + 0.5) * 512 / size))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


web = Path(__file__).resolve().parent.parent / "assets"
for size in (192, 512):
    (web / f"icon-{size}.png").write_bytes(png(size))
    print(f"assets/icon-{size}.png")

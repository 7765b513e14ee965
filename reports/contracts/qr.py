"""QR codes drawn as one vector path: the code is encoded once (zxing-cpp, C++) and each run of dark modules
becomes one rectangle, instead of reportlab's widget, which encodes twice and draws every module alone."""

from __future__ import annotations

from dataclasses import dataclass

import zxingcpp

QUIET_ZONE = 4  # modules of white border the QR standard asks for


@dataclass(frozen=True)
class QrMatrix:
    size: int  # modules per side, without the quiet zone
    runs: tuple[tuple[int, int, int], ...]  # (column, row from the top, length) of each dark run


def encode(payload: str, ec_level: str = "M") -> QrMatrix:
    """The modules of a QR code for `payload` (byte mode, error correction M: a crease or stain still scans)."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ec_level)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    view = memoryview(image)
    height, width = view.shape[0], view.shape[1]
    data = view.tobytes()
    runs = []
    for row in range(height):
        line = data[row * width:(row + 1) * width]
        column = 0
        while True:
            start = line.find(b"\x00", column)
            if start < 0:
                break
            end = line.find(b"\xff", start)
            if end < 0:
                end = width
            runs.append((start, row, end - start))
            column = end
    return QrMatrix(width, tuple(runs))


def path_operators(matrix: QrMatrix, x: float, y: float, side: float) -> str:
    """PDF operators that fill the code as one path in a square of `side` points whose lower left is (x, y).

    The quiet zone is inside the square. Coordinates are whole modules after one scaling matrix, so the
    operators are short integers and the path is exact.
    """
    total = matrix.size + 2 * QUIET_ZONE
    module = side / total
    top = matrix.size + QUIET_ZONE
    parts = [f"q 1 0 0 1 {x:.2f} {y:.2f} cm {module:.5f} 0 0 {module:.5f} 0 0 cm 0 g"]
    parts.extend(f"{column + QUIET_ZONE} {top - row - 1} {length} 1 re" for column, row, length in matrix.runs)
    parts.append("f Q")
    return "\n".join(parts)

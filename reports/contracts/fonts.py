"""The fonts a contract is set in: Liberation Serif (SIL Open Font License), shipped and embedded in every PDF."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

REGULAR = "SimpegSerif"
BOLD = "SimpegSerif-Bold"
ITALIC = "SimpegSerif-Italic"
_FILES = {REGULAR: "LiberationSerif-Regular.ttf", BOLD: "LiberationSerif-Bold.ttf",
          ITALIC: "LiberationSerif-Italic.ttf"}

# Streams stay binary (not ASCII85): a quarter smaller, and nothing here needs 7-bit-clean PDF.
rl_config.useA85 = 0


@cache
def register_fonts() -> None:
    """Register the shipped TrueType fonts once per process (a worker process does it again for itself)."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


def font_name(bold: bool) -> str:
    return BOLD if bold else REGULAR


@cache
def _face_width(name: str):
    register_fonts()
    return pdfmetrics.getFont(name).stringWidth


_WIDTHS: dict[tuple[str, bool], float] = {}


def text_width(text: str, bold: bool, size: float) -> float:
    """Width of text at `size` points; widths per 1 pt are cached, as a batch measures the same words often."""
    key = (text, bold)
    width = _WIDTHS.get(key)
    if width is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        width = _WIDTHS[key] = _face_width(font_name(bold))(text, 1.0)
    return width * size

"""Academic and professional titles (gelar) written in a name cell: "dr. Andi Pratama, Sp.PD" is gelar depan "dr.",
name "Andi Pratama", gelar belakang "Sp.PD". Titles are kept exactly as written (DOMAIN.md: "S.Kep., Ners")."""

from __future__ import annotations

import re

# Written before the name. Matched with their case as written: "Dr." (doktor) and "dr." (dokter) are both titles.
FRONT_TITLES = ("dr.", "drg.", "drh.", "Dr.", "Drs.", "Dra.", "Ir.", "Prof.", "H.", "Hj.", "apt.", "Ns.", "Bd.",
                "Ners", "Hc.", "K.H.", "R.", "Raden")
# Written after the name, after a comma, that carry no dot and so need naming ("Ners", "MBA").
BACK_WORDS = frozenset({"Ners", "MBA", "MPA", "MPH", "MSc", "PhD", "CPA", "Ak", "Apt", "Bd", "QIA", "CA"})
# A back title with dots: S.Kep., A.Md.Keb., M.Kes., Sp.PD, S.Tr.Kes., Ph.D., M.I.Kom.
_DOTTED = re.compile(r"^[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Za-z]{1,5}\.?)*$")


def is_back_title(text: str) -> bool:
    text = text.strip()
    return bool(text) and (text in BACK_WORDS or bool(_DOTTED.match(text)))


def split_titles(cell: str) -> tuple[str | None, str, str | None]:
    """(gelar depan, name, gelar belakang) of a name cell; a cell without titles comes back as (None, name, None).

    A comma-separated part after the name is a title only when every part is one; otherwise the name is kept
    whole (a name such as "Siti, Aminah" is left for the clerk)."""
    text = " ".join(cell.split())
    front: list[str] = []
    words = text.split(" ")
    while len(words) > 1 and words[0].rstrip(",") in FRONT_TITLES:
        front.append(words.pop(0).rstrip(","))
    rest = " ".join(words)
    name, back = rest, None
    if "," in rest:
        head, _, tail = rest.partition(",")
        parts = [p.strip() for p in tail.split(",")]
        if head.strip() and parts and all(is_back_title(p) for p in parts):
            name, back = head.strip(), ", ".join(parts)
    return (" ".join(front) or None), name, back

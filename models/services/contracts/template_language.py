"""The wording of a contract as data: a small line-based template language with {placeholders}.

The shipped templates are resources/templates/perjanjian_pppk.txt and perjanjian_pppk_paruh_waktu.txt;
an office copies one, adapts it in its settings, and it is checked here before it is stored. The syntax
(also explained at the top of each shipped template):

    % a comment line, not printed
    @kop                      letterhead lines follow, up to a blank line (the office logo goes left)
    # TEXT                    a title line, centred and bold
    ## TEXT                   an article heading (Pasal), centred and bold, kept with what follows
    @tengah TEXT              a centred line
    (1) TEXT / 1. TEXT / a. TEXT / 1) TEXT / - TEXT
                              a numbered item with a hanging indent; two leading spaces per nesting level
    Label :: value            a row of "label : value" (rows in a row line up their colons)
    @tanda_tangan             signature blocks follow, up to a blank line: "left | right" cells per line,
                              [meterai] for the stamp-duty box, [ruang] for room to sign
    @halaman_baru             start a new page
    @jika NAMA / @selain / @akhir
                              lines printed only when NAMA holds for the contract (or, after @selain, only when
                              it does not): a renewal, a term cut at the BUP, a PIHAK KESATU acting on behalf of
                              the PPK, one with a NIP (see CONDITIONS); blocks may nest and may sit inside
                              @kop and @tanda_tangan blocks
    **bold**                  bold text; {name} or {name|besar} (upper case) a value; {{ and }} literal braces

Lines of one paragraph are joined; a blank line ends a paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.rules.errors import RuleError

# name: (what it prints, personal). Personal values differ for every contract; the others are shared by
# many contracts in a batch (office, dates, amounts), so the renderer lays them out once.
PLACEHOLDERS: dict[str, tuple[str, bool]] = {
    "instansi": ("nama instansi (BKPSDM)", False),
    "instansi_alamat": ("alamat instansi", False),
    "daerah": ("nama kabupaten/kota, mis. Kota Palangka Raya", False),
    "kota": ("kota tempat penandatanganan pada pengaturan instansi", False),
    "ppk_nama": ("nama PPK atau pejabat yang bertindak untuknya", False),
    "ppk_nip": ("NIP PPK", False),
    "ppk_jabatan": ("jabatan PPK, mis. Wali Kota Palangka Raya", False),
    "pihak_kesatu_nama": ("nama yang menandatangani sebagai PIHAK KESATU: pejabat yang menerima pelimpahan, "
                          "atau PPK sendiri", False),
    "pihak_kesatu_nip": ("NIP yang menandatangani sebagai PIHAK KESATU (kosong bila PPK sendiri)", False),
    "pihak_kesatu_jabatan": ("jabatan yang menandatangani sebagai PIHAK KESATU, mis. Kepala BKPSDM", False),
    "dasar_pelimpahan": ("peraturan yang melimpahkan kewenangan menandatangani (pengaturan instansi)", False),
    "nomor": ("nomor perjanjian", True),
    "jenis_perjanjian": ("PPPK Penuh Waktu atau PPPK Paruh Waktu", False),
    "hari": ("hari penandatanganan, mis. Rabu", False),
    "tanggal_terbilang": ("tanggal penandatanganan dalam huruf, mis. satu", False),
    "bulan": ("bulan penandatanganan, mis. Oktober", False),
    "tahun_terbilang": ("tahun penandatanganan dalam huruf", False),
    "tanggal_ttd": ("tanggal penandatanganan, mis. 1 Oktober 2025", False),
    "tempat_ttd": ("tempat penandatanganan", False),
    "tanggal_mulai": ("awal masa perjanjian", False),
    "tanggal_selesai": ("akhir masa perjanjian", False),
    "masa_perjanjian": ("lama perjanjian, mis. 1 (satu) tahun", False),
    "golongan": ("golongan PPPK, mis. IX", False),
    "gaji": ("gaji atau upah sebulan, mis. Rp2.500.000,00", False),
    "gaji_terbilang": ("gaji atau upah dalam huruf", False),
    "jam_kerja": ("jam kerja seminggu, mis. 37 (tiga puluh tujuh) jam 30 (tiga puluh) menit", False),
    "nama": ("nama pegawai dengan gelar", True),
    "ni_pppk": ("NI PPPK, dikelompokkan", True),
    "tempat_lahir": ("tempat lahir", True),
    "tanggal_lahir": ("tanggal lahir", True),
    "tempat_tanggal_lahir": ("tempat dan tanggal lahir", True),
    "jenis_kelamin": ("jenis kelamin", True),
    "pendidikan": ("pendidikan terakhir, mis. S-1 Keperawatan", True),
    "alamat": ("alamat pegawai", True),
    "jabatan": ("jabatan", True),
    "unit_kerja": ("unit kerja", True),
    "unit_induk": ("perangkat daerah (OPD) unit kerja", True),
    "masa_kerja": ("masa kerja sebelumnya, mis. 2 tahun 3 bulan", True),
    "nomor_sebelumnya": ("nomor perjanjian yang diperpanjang (perpanjangan)", True),
    "tanggal_mulai_sebelumnya": ("awal masa perjanjian yang diperpanjang", True),
    "tanggal_selesai_sebelumnya": ("akhir masa perjanjian yang diperpanjang", True),
}
# name: when it holds. Personal ones differ from contract to contract; the others hold for the whole office.
CONDITIONS: dict[str, tuple[str, bool]] = {
    "perpanjangan": ("perjanjian ini memperpanjang perjanjian sebelumnya", True),
    "batas_usia_pensiun": ("masa perjanjian berakhir pada batas usia pensiun, sehingga tidak dapat diperpanjang",
                           True),
    "atas_nama": ("PIHAK KESATU menandatangani atas nama PPK (pelimpahan kewenangan)", False),
    "dasar_pelimpahan": ("pengaturan instansi memuat dasar pelimpahan kewenangan", False),
    "nip_pihak_kesatu": ("penandatangan PIHAK KESATU memiliki NIP (bukan kepala daerah)", False),
}
FILTERS = {"besar": str.upper}
STAMP = "[meterai]"
SIGN_SPACE = "[ruang]"

_FIELD = re.compile(r"{([^{}|]*)(?:\|([^{}]*))?}")
_MARKER = re.compile(r"^(\(\d+\)|\d+\.|\d+\)|[a-z]\.|[a-z]\)|-)\s+")
_DIRECTIVES = ("@kop", "@tanda_tangan", "@halaman_baru", "@tengah", "@jika", "@selain", "@akhir")
_CONDITIONAL = ("@jika", "@selain", "@akhir")
_HOURS_WITH_UNIT = re.compile(r"\{jam_kerja(?:\|[^{}]*)?\}\s*jam\b", re.IGNORECASE)
MAX_LEVEL = 4


class TemplateError(RuleError):
    """A template that cannot be used; `problems` lists each line and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:15] + ([f"... dan {len(problems) - 15} masalah lain"] if len(problems) > 15 else [])
        super().__init__("Templat perjanjian tidak dapat dipakai:\n" + "\n".join(f"- {p}" for p in shown))


@dataclass(frozen=True)
class Segment:
    """A piece of inline text: literal text, or the value of `field` (upper-cased when `upper`)."""

    text: str
    bold: bool = False
    field: str | None = None
    upper: bool = False


Inline = tuple[Segment, ...]


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[Inline, ...]


@dataclass(frozen=True)
class Title:
    text: Inline


@dataclass(frozen=True)
class Heading:
    text: Inline


@dataclass(frozen=True)
class Centered:
    text: Inline


@dataclass(frozen=True)
class Paragraph:
    text: Inline
    level: int = 0
    marker: str | None = None


@dataclass(frozen=True)
class FieldRow:
    label: Inline
    value: Inline
    level: int = 0
    marker: str | None = None


@dataclass(frozen=True)
class FieldRows:
    rows: tuple[FieldRow, ...]


@dataclass(frozen=True)
class Signatures:
    """Two columns of cells; a cell is inline text, STAMP or SIGN_SPACE."""

    left: tuple[Inline | str, ...]
    right: tuple[Inline | str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Letterhead | Title | Heading | Centered | Paragraph | FieldRows | Signatures | PageBreak


@dataclass(frozen=True)
class ContractTemplate:
    blocks: tuple[Block, ...]
    fields: frozenset[str]  # the placeholders it uses
    conditions: frozenset[str] = frozenset()  # the @jika names it asks about


def is_personal(segments: Inline) -> bool:
    """Whether this text holds a value that differs for every contract (name, NIP, number...)."""
    return any(s.field is not None and PLACEHOLDERS[s.field][1] for s in segments)


def parse_inline(text: str, line_no: int, problems: list[str]) -> Inline:
    """Split text into literal and placeholder segments, following **bold** toggles."""
    segments: list[Segment] = []
    bold = False
    for piece_no, piece in enumerate(text.split("**")):
        if piece_no:
            bold = not bold
        position = 0
        literal = []
        while position < len(piece):
            if piece.startswith("{{", position) or piece.startswith("}}", position):
                literal.append(piece[position])
                position += 2
                continue
            char = piece[position]
            if char == "{":
                match = _FIELD.match(piece, position)
                if match is None:
                    problems.append(f"baris {line_no}: kurung kurawal '{{' tanpa pasangan '}}' (tulis '{{{{' "
                                    "untuk kurung kurawal biasa)")
                    break
                if literal:
                    segments.append(Segment("".join(literal), bold))
                    literal = []
                name, filter_name = match.group(1).strip(), match.group(2)
                if name not in PLACEHOLDERS:
                    problems.append(f"baris {line_no}: penanda {{{name}}} tidak dikenal; penanda yang dikenal: "
                                    f"{', '.join(sorted(PLACEHOLDERS))}")
                elif filter_name is not None and filter_name.strip() not in FILTERS:
                    problems.append(f"baris {line_no}: pengubah '|{filter_name}' pada {{{name}}} tidak dikenal; "
                                    f"yang dikenal: {', '.join(FILTERS)}")
                else:
                    segments.append(Segment("", bold, name, filter_name is not None))
                position = match.end()
                continue
            if char == "}":
                problems.append(f"baris {line_no}: kurung kurawal '}}' tanpa pembuka (tulis '}}}}' untuk kurung "
                                "kurawal biasa)")
                break
            literal.append(char)
            position += 1
        if literal:
            segments.append(Segment("".join(literal), bold))
    if bold:
        problems.append(f"baris {line_no}: tanda tebal '**' tidak ditutup")
    return tuple(segments)


def _level(line: str) -> int:
    return min(MAX_LEVEL, (len(line) - len(line.lstrip(" "))) // 2)


class _Parser:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.problems: list[str] = []
        self.mode: str | None = None  # "kop", "ttd", "para", "rows"
        self.buffer: list = []
        self.para: tuple[int, str | None, list[str], int] | None = None

    def inline(self, text: str, line_no: int) -> Inline:
        return parse_inline(text, line_no, self.problems)

    def close(self) -> None:
        if self.mode == "kop":
            self.blocks.append(Letterhead(tuple(self.buffer)))
        elif self.mode == "ttd":
            left = tuple(cell for cell, _ in self.buffer)
            right = tuple(cell for _, cell in self.buffer)
            self.blocks.append(Signatures(left, right))
        elif self.mode == "rows":
            self.blocks.append(FieldRows(tuple(self.buffer)))
        elif self.mode == "para" and self.para is not None:
            level, marker, parts, line_no = self.para
            self.blocks.append(Paragraph(self.inline(" ".join(parts), line_no), level, marker))
        self.mode, self.buffer, self.para = None, [], None

    def cell(self, text: str, line_no: int) -> Inline | str:
        text = text.strip()
        if text in (STAMP, SIGN_SPACE):
            return text
        if text.startswith("[") and text.endswith("]"):
            self.problems.append(f"baris {line_no}: '{text}' tidak dikenal; pakai {STAMP} atau {SIGN_SPACE}")
        return self.inline(text, line_no)

    def line(self, raw: str, line_no: int) -> None:
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("%"):
            return
        if not stripped:
            self.close()
            return
        if self.mode == "kop":
            self.buffer.append(self.inline(stripped, line_no))
            return
        if self.mode == "ttd":
            left, sep, right = line.partition("|")
            if not sep:
                self.problems.append(f"baris {line_no}: baris tanda tangan perlu '|' di antara kolom kiri dan kanan")
            self.buffer.append((self.cell(left, line_no), self.cell(right, line_no)))
            return
        if stripped.startswith("@"):
            self.directive(stripped, line_no)
            return
        if stripped.startswith("## "):
            self.close()
            self.blocks.append(Heading(self.inline(stripped[3:].strip(), line_no)))
            return
        if stripped.startswith("# "):
            self.close()
            self.blocks.append(Title(self.inline(stripped[2:].strip(), line_no)))
            return
        level = _level(line)
        marker_match = _MARKER.match(stripped)
        marker = marker_match.group(1) if marker_match else None
        body = stripped[marker_match.end():] if marker_match else stripped
        if "::" in body:
            if self.mode != "rows":
                self.close()
                self.mode = "rows"
            label, _, value = body.partition("::")
            self.buffer.append(FieldRow(self.inline(label.strip(), line_no), self.inline(value.strip(), line_no),
                                        level, marker))
            return
        if self.mode == "para" and marker is None and self.para is not None:
            self.para[2].append(body)
            return
        self.close()
        self.mode = "para"
        self.para = (level, marker, [body], line_no)

    def directive(self, stripped: str, line_no: int) -> None:
        word, _, rest = stripped.partition(" ")
        self.close()
        if word == "@kop":
            self.mode = "kop"
        elif word == "@tanda_tangan":
            self.mode = "ttd"
        elif word == "@halaman_baru":
            self.blocks.append(PageBreak())
        elif word == "@tengah":
            self.blocks.append(Centered(self.inline(rest.strip(), line_no)))
        else:
            self.problems.append(f"baris {line_no}: perintah '{word}' tidak dikenal; yang dikenal: "
                                 f"{', '.join(_DIRECTIVES)}")


def _fields(blocks: list[Block]) -> frozenset[str]:
    names: set[str] = set()

    def add(segments: Inline | str) -> None:
        if not isinstance(segments, str):
            names.update(s.field for s in segments if s.field)

    for block in blocks:
        if isinstance(block, Letterhead):
            for line in block.lines:
                add(line)
        elif isinstance(block, Title | Heading | Centered | Paragraph):
            add(block.text)
        elif isinstance(block, FieldRows):
            for row in block.rows:
                add(row.label)
                add(row.value)
        elif isinstance(block, Signatures):
            for cell in block.left + block.right:
                add(cell)
    return frozenset(names)


def _conditional_lines(text: str) -> tuple[list[tuple[int, str, frozenset[str]]], frozenset[str], list[str]]:
    """Every line with the conditions it is printed under ("perpanjangan" or "!perpanjangan" for @selain),
    the names asked about, and what is wrong with the @jika/@selain/@akhir structure."""
    lines: list[tuple[int, str, frozenset[str]]] = []
    problems: list[str] = []
    names: set[str] = set()
    stack: list[tuple[str, int, bool]] = []  # (name, line of @jika, inside @selain)
    for line_no, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip()
        word, _, rest = stripped.partition(" ")
        if word not in _CONDITIONAL:
            lines.append((line_no, raw, frozenset(f"!{n}" if other else n for n, _, other in stack)))
            continue
        if word == "@jika":
            name = rest.strip()
            if name not in CONDITIONS:
                problems.append(f"baris {line_no}: syarat '@jika {name}' tidak dikenal; yang dikenal: "
                                f"{', '.join(CONDITIONS)}")
            names.add(name)
            stack.append((name, line_no, False))
        elif not stack:
            problems.append(f"baris {line_no}: '{word}' tanpa '@jika' sebelumnya")
        elif word == "@selain":
            name, opened, other = stack[-1]
            if other:
                problems.append(f"baris {line_no}: '@selain' kedua untuk '@jika {name}' (baris {opened})")
            stack[-1] = (name, opened, True)
        else:
            stack.pop()
    problems += [f"baris {opened}: '@jika {name}' tidak ditutup dengan '@akhir'" for name, opened, _ in stack]
    return lines, frozenset(names & CONDITIONS.keys()), problems


def _applies(under: frozenset[str], holding: frozenset[str]) -> bool:
    return all((c[1:] not in holding) if c.startswith("!") else (c in holding) for c in under)


def _parse_lines(lines: list[tuple[int, str]]) -> tuple[list[Block], list[str]]:
    parser = _Parser()
    for line_no, raw in lines:
        parser.line(raw.replace("\t", "    "), line_no)
    parser.close()
    blocks = parser.blocks
    problems = parser.problems
    if not any(isinstance(b, Paragraph | FieldRows) for b in blocks):
        problems.append("templat tidak berisi satu paragraf pun")
    if not any(isinstance(b, Signatures) for b in blocks):
        problems.append("templat harus memuat blok @tanda_tangan untuk kedua pihak")
    if "nomor" not in _fields(blocks):
        problems.append("templat harus mencetak {nomor}, nomor perjanjian")
    return blocks, problems


def parse_template(text: str, holding: frozenset[str] | None = None) -> ContractTemplate:
    """Read a template as printed where the conditions in `holding` hold; raise TemplateError naming every line
    that cannot be used. Without `holding`, check the template every way it can print: with all its conditions
    holding and with none (every line is read at least once), and return it as printed with none."""
    lines, names, problems = _conditional_lines(text)
    for line_no, raw, _under in lines:
        if _HOURS_WITH_UNIT.search(raw):
            problems.append(f"baris {line_no}: tulis {{jam_kerja}} tanpa kata 'jam' sesudahnya: penanda ini sudah "
                            "mencetak satuannya, mis. '37 (tiga puluh tujuh) jam 30 (tiga puluh) menit'")
    ways = [holding] if holding is not None else [frozenset(names), frozenset()]
    found: list[str] = list(problems)
    result: list[Block] = []
    for way in ways:
        blocks, way_problems = _parse_lines([(n, raw) for n, raw, under in lines if _applies(under, way)])
        found += [p for p in way_problems if p not in found]
        result = blocks
    if found:
        raise TemplateError(found)
    return ContractTemplate(tuple(result), _fields(result), names)


def template_problems(text: str) -> list[str]:
    """Why a template cannot be used ([] when it can)."""
    try:
        parse_template(text)
    except TemplateError as exc:
        return exc.problems
    return []

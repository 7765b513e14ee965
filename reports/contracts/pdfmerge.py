"""Joining PDFs that reportlab wrote (one per chunk of contracts) into one file, written as it goes.

A merged batch of thousands of contracts is never held in memory: each chunk's objects are renumbered
and copied to the output, and only their offsets are kept. Each chunk's page tree becomes a branch of the
merged one. Font subset tags are made unique per chunk, because every chunk's subsets of the same font
are different and some printers cache fonts by name. Only the PDF that reportlab writes (classic xref
table, no object streams) is understood; anything else is refused.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_REF = re.compile(rb"(?<![\d.])(\d+) 0 R\b")
_OBJ_HEAD = re.compile(rb"(\d+) 0 obj\r?\n")
_PAGES_REF = re.compile(rb"/Pages (\d+) 0 R")
_SUBSET_TAG = re.compile(rb"/(BaseFont|FontName) /([A-Z]{6})\+")
_STREAM = re.compile(rb"\r?\nstream\r?\n")
ROOT_PAGES, CATALOG, INFO = 1, 2, 3


class MergeError(Exception):
    pass


def _pdf_string(text: str) -> bytes:
    if text.isascii():
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return ("(" + escaped + ")").encode("ascii")
    return b"<feff" + text.encode("utf-16-be").hex().encode("ascii") + b">"


def _letters(n: int, width: int) -> bytes:
    out = []
    for _ in range(width):
        n, r = divmod(n, 26)
        out.append(65 + r)
    return bytes(reversed(out))


class PdfConcatenator:
    """Appends whole PDFs, page after page, to one output file."""

    def __init__(self, path: Path | str, title: str = "") -> None:
        self.path = Path(path)
        self.title = title
        self._file = self.path.open("wb")
        self._file.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        self._offsets: dict[int, int] = {}
        self._next = INFO + 1
        self._branches: list[int] = []
        self.pages = 0
        self._chunks = 0
        self._digest = hashlib.md5(usedforsecurity=False)

    def _write_object(self, number: int, body: bytes) -> None:
        self._offsets[number] = self._file.tell()
        self._file.write(b"%d 0 obj\n" % number)
        self._file.write(body)
        self._file.write(b"\nendobj\n")

    def append(self, data: bytes) -> int:
        """Add every page of one PDF; returns how many pages it had."""
        match = _XREF.search(data[-64:])
        if match is None:
            raise MergeError("berkas PDF tidak lengkap (tanpa startxref)")
        xref_at = int(match.group(1))
        offsets = self._read_xref(data, xref_at)
        trailer = data[data.index(b"trailer", xref_at):]
        refs = {name.decode(): int(num) for name, num in _TRAILER_REF.findall(trailer)}
        if "Root" not in refs:
            raise MergeError("berkas PDF tanpa katalog")
        skip = {refs["Root"], refs.get("Info", -1)}
        catalog = self._object_body(data, offsets, refs["Root"])
        pages_match = _PAGES_REF.search(catalog)
        if pages_match is None:
            raise MergeError("katalog PDF tanpa /Pages")
        pages_node = int(pages_match.group(1))
        kept = [n for n in sorted(offsets) if n not in skip]
        mapping = {old: self._next + i for i, old in enumerate(kept)}
        self._next += len(kept)
        tag = _letters(self._chunks, 4)
        self._chunks += 1

        def renumber(m: re.Match) -> bytes:
            old = int(m.group(1))
            if old not in mapping:
                raise MergeError(f"rujukan ke objek {old} yang tidak ada")
            return b"%d 0 R" % mapping[old]

        def retag(m: re.Match) -> bytes:
            return b"/" + m.group(1) + b" /" + tag + m.group(2)[-2:] + b"+"

        count = 0
        for old in kept:
            body = self._object_body(data, offsets, old)
            stream = _STREAM.search(body)
            head, tail = (body[:stream.start()], body[stream.start():]) if stream else (body, b"")
            head = _SUBSET_TAG.sub(retag, _REF.sub(renumber, head))
            if old == pages_node:
                count_match = re.search(rb"/Count (\d+)", head)
                count = int(count_match.group(1)) if count_match else 0
                head = head.replace(b"<<", b"<< /Parent %d 0 R" % ROOT_PAGES, 1)
            self._write_object(mapping[old], head + tail)
        self._branches.append(mapping[pages_node])
        self.pages += count
        self._digest.update(data[-200:])
        return count

    @staticmethod
    def _read_xref(data: bytes, at: int) -> dict[int, int]:
        if not data.startswith(b"xref", at):
            raise MergeError("PDF dengan tabel xref terkompresi tidak didukung")
        lines = data[at:data.index(b"trailer", at)].split(b"\n")
        offsets: dict[int, int] = {}
        index = 1
        while index < len(lines):
            header = lines[index].split()
            index += 1
            if len(header) != 2:
                continue
            first, count = int(header[0]), int(header[1])
            for n in range(count):
                entry = lines[index + n].split()
                if len(entry) >= 3 and entry[2] == b"n":
                    offsets[first + n] = int(entry[0])
            index += count
        return offsets

    @staticmethod
    def _object_body(data: bytes, offsets: dict[int, int], number: int) -> bytes:
        start = offsets[number]
        head = _OBJ_HEAD.match(data, start)
        if head is None or int(head.group(1)) != number:
            raise MergeError(f"objek {number} tidak ditemukan pada tempatnya")
        end = data.index(b"endobj", head.end())
        return data[head.end():end].rstrip(b"\r\n")

    def close(self) -> None:
        kids = b" ".join(b"%d 0 R" % n for n in self._branches)
        self._write_object(ROOT_PAGES, b"<< /Type /Pages /Kids [ %s ] /Count %d >>" % (kids, self.pages))
        self._write_object(CATALOG, b"<< /Type /Catalog /Pages %d 0 R >>" % ROOT_PAGES)
        self._write_object(INFO, b"<< /Title " + _pdf_string(self.title) + b" /Producer (SIMPEG Luring) >>")
        xref_at = self._file.tell()
        size = self._next
        self._file.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
        for number in range(1, size):
            self._file.write(b"%010d 00000 n \n" % self._offsets[number])
        file_id = self._digest.hexdigest().encode("ascii")
        self._file.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                         % (size, CATALOG, INFO, file_id, file_id, xref_at))
        self._file.close()

    def abort(self) -> None:
        """Stop and remove the half-written file."""
        self._file.close()
        self.path.unlink(missing_ok=True)

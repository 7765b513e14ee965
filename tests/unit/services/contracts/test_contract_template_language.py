"""The contract template language: the shipped wording parses, and a template naming an unknown value is refused."""

from __future__ import annotations

import pytest

from models.services.contracts.template_language import (
    PLACEHOLDERS,
    FieldRows,
    Heading,
    Paragraph,
    Signatures,
    TemplateError,
    parse_template,
    template_problems,
)
from models.services.contracts.templates import default_template_text
from models.vocabulary import ContractKind

MINIMAL = "# PERJANJIAN\n@tengah Nomor: {nomor}\n\nIsi.\n\n@tanda_tangan\nA | B\n"


@pytest.mark.parametrize("kind", list(ContractKind))
def test_shipped_templates_have_thirteen_articles_and_both_signatures(kind: ContractKind) -> None:
    template = parse_template(default_template_text(kind))
    articles = [b for b in template.blocks if isinstance(b, Heading) and b.text[0].text.startswith("Pasal ")]
    assert [a.text[0].text for a in articles] == [f"Pasal {n}" for n in range(1, 14)]
    assert sum(isinstance(b, Signatures) for b in template.blocks) == 1
    assert {"nomor", "nama", "ni_pppk", "gaji", "gaji_terbilang", "tanggal_mulai", "hari"} <= template.fields
    assert template.fields <= set(PLACEHOLDERS)


def test_unknown_placeholder_is_refused_with_its_line_and_the_known_names() -> None:
    with pytest.raises(TemplateError) as refused:
        parse_template(MINIMAL + "\nUpah {gaji_pokok} sebulan.\n")
    message = refused.value.message
    assert "baris 9: penanda {gaji_pokok} tidak dikenal" in message
    assert "gaji_terbilang" in message  # the clerk sees what is available


@pytest.mark.parametrize("text, reason", [
    (MINIMAL + "\nTeks {nama\n", "tanpa pasangan"),
    (MINIMAL + "\nTeks } lepas\n", "tanpa pembuka"),
    (MINIMAL + "\n**tebal tanpa tutup\n", "tidak ditutup"),
    (MINIMAL + "\n@lampiran\n", "perintah '@lampiran' tidak dikenal"),
    (MINIMAL + "\nNama {nama|miring}\n", "pengubah '|miring'"),
    ("# X\n\nIsi {nama}.\n\n@tanda_tangan\nA | B\n", "harus mencetak {nomor}"),
    ("# X\n@tengah {nomor}\n\nIsi.\n", "@tanda_tangan"),
])
def test_broken_templates_say_what_is_wrong(text: str, reason: str) -> None:
    assert any(reason in p for p in template_problems(text))


def test_items_rows_and_literal_braces_are_read_as_written() -> None:
    template = parse_template(MINIMAL + "\n(1) Satu {{kurung}}\nlanjutan\n  a. Sub **tebal {nama|besar}**.\n"
                                        "  Jabatan :: {jabatan}\n")
    item, sub, rows = template.blocks[-3:]
    assert isinstance(item, Paragraph) and item.marker == "(1)" and item.level == 0
    assert "".join(s.text for s in item.text) == "Satu {kurung} lanjutan"
    assert isinstance(sub, Paragraph) and (sub.marker, sub.level) == ("a.", 1)
    bold_field = next(s for s in sub.text if s.field == "nama")
    assert bold_field.bold and bold_field.upper
    assert isinstance(rows, FieldRows) and rows.rows[0].level == 1


def _words(template) -> str:
    texts = []
    for block in template.blocks:
        if isinstance(block, Paragraph):
            texts.append("".join(s.text or "{" + s.field + "}" for s in block.text))
        elif isinstance(block, FieldRows):
            texts += ["".join(s.text for s in row.label) for row in block.rows]
        elif isinstance(block, Signatures):
            texts += ["".join(s.text for s in cell) for cell in block.right if not isinstance(cell, str)]
    return " | ".join(texts)


CONDITIONAL = MINIMAL.replace("@tanda_tangan\nA | B\n", "@tanda_tangan\nA | B\n@jika nip_pihak_kesatu\nNIP | NIP\n"
                                                       "@akhir\n") + """
@jika perpanjangan
Diperpanjang.
@jika batas_usia_pensiun
Sampai BUP.
@selain
Dapat diperpanjang lagi.
@akhir
@selain
Baru.
@akhir
  Nama :: {nama}
@jika nip_pihak_kesatu
  NIP :: {pihak_kesatu_nip}
@akhir
"""


@pytest.mark.parametrize("holding, words", [
    (frozenset(), "Isi. | B | Baru. | Nama"),
    ({"perpanjangan"}, "Isi. | B | Diperpanjang. Dapat diperpanjang lagi. | Nama"),
    ({"perpanjangan", "batas_usia_pensiun"}, "Isi. | B | Diperpanjang. Sampai BUP. | Nama"),
    ({"batas_usia_pensiun", "nip_pihak_kesatu"}, "Isi. | B | NIP | Baru. | Nama | NIP"),
])
def test_conditional_lines_print_only_where_their_condition_holds(holding, words) -> None:
    template = parse_template(CONDITIONAL, frozenset(holding))
    assert _words(template) == words
    assert template.conditions == {"perpanjangan", "batas_usia_pensiun", "nip_pihak_kesatu"}


@pytest.mark.parametrize("text, reason", [
    (MINIMAL + "\n@jika hujan\nBasah.\n@akhir\n", "syarat '@jika hujan' tidak dikenal"),
    (MINIMAL + "\n@jika perpanjangan\nLagi.\n", "baris 9: '@jika perpanjangan' tidak ditutup"),
    (MINIMAL + "\n@akhir\n", "baris 9: '@akhir' tanpa '@jika'"),
    (MINIMAL + "\n@jika perpanjangan\nA\n@selain\nB\n@selain\nC\n@akhir\n", "'@selain' kedua"),
    # An error in either branch is found, whichever way the template prints.
    (MINIMAL + "\n@jika perpanjangan\nBaru {tidak_ada}.\n@akhir\n", "penanda {tidak_ada} tidak dikenal"),
    (MINIMAL + "\n@jika perpanjangan\nA\n@selain\nB {salah}\n@akhir\n", "penanda {salah} tidak dikenal"),
    (MINIMAL + "\nBekerja {jam_kerja} jam seminggu.\n", "tulis {jam_kerja} tanpa kata 'jam'"),
])
def test_broken_conditions_say_what_is_wrong(text: str, reason: str) -> None:
    assert any(reason in p for p in template_problems(text)), template_problems(text)


def test_a_template_whose_only_signatures_are_conditional_is_refused_for_the_way_without_them() -> None:
    text = "# X\n@tengah {nomor}\n\nIsi.\n\n@jika perpanjangan\n@tanda_tangan\nA | B\n@akhir\n"
    assert any("@tanda_tangan" in p for p in template_problems(text))
    assert parse_template(text, frozenset({"perpanjangan"})).blocks

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

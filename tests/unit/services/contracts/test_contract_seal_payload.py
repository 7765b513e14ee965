"""The QR seal: signed with the office's key, checked offline, and any change to the payload is caught."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.services.contracts.seal_payload import (
    PREFIX,
    SealFacts,
    SealInvalid,
    facts_digest,
    key_id,
    make_payload,
    parse_payload,
    public_key_from_text,
    public_key_text,
    verify_payload,
)

KEY = Ed25519PrivateKey.generate()
FACTS = SealFacts(key_id(KEY.public_key()), "800.1.2.5/12/PPPK-PW/BKPSDM/2025", "199507022025242001",
                  "dr. Rina Wati | 100% Ners", date(2025, 10, 1), date(2026, 9, 30), "AbCdEfGhIjKlMnOpQrStUv")


def test_a_sealed_payload_verifies_and_certifies_its_facts() -> None:
    payload = make_payload(FACTS, KEY)
    assert payload.startswith(PREFIX + "|") and payload.count("|") == 8
    assert verify_payload(payload, KEY.public_key()) == FACTS


@pytest.mark.parametrize("change", [
    lambda p: p.replace("2026-09-30", "2027-09-30"),
    lambda p: p.replace("199507022025242001", "199507022025242002"),
    lambda p: p.replace("Rina", "Rino"),
    lambda p: p[:-3] + ("A" if p[-3] != "A" else "B") + p[-2:],
])
def test_any_change_to_the_payload_fails_verification(change) -> None:
    payload = change(make_payload(FACTS, KEY))
    with pytest.raises(SealInvalid, match="Tanda tangan digital tidak cocok"):
        verify_payload(payload, KEY.public_key())


def test_a_seal_from_another_key_names_both_keys() -> None:
    other = Ed25519PrivateKey.generate()
    payload = make_payload(FACTS, KEY)
    with pytest.raises(SealInvalid, match=f"kunci {FACTS.key_id}, bukan kunci instansi ini"):
        verify_payload(payload, other.public_key())


@pytest.mark.parametrize("payload, reason", [
    ("https://contoh.go.id/qr", "bukan segel perjanjian kerja"),
    (PREFIX + "|a|b|c", "tidak lengkap"),
    (PREFIX + "|a|b|c|d|2025-13-01|2026-01-01|x|sig", "rusak"),
])
def test_a_payload_that_is_not_a_seal_is_refused_with_a_reason(payload: str, reason: str) -> None:
    with pytest.raises(SealInvalid, match=reason):
        parse_payload(payload)


def test_the_public_key_round_trips_as_text_and_the_digest_is_order_fixed() -> None:
    text = public_key_text(KEY.public_key())
    assert key_id(public_key_from_text(text)) == key_id(KEY.public_key())
    with pytest.raises(SealInvalid, match="Kunci publik instansi rusak"):
        public_key_from_text("bukan-kunci")
    values = {"nama": "A", "gaji": "Rp1,00"}
    assert facts_digest(values, ("nama", "gaji")) != facts_digest(values, ("gaji", "nama"))
    assert facts_digest(values, ("nama",)) == facts_digest({**values, "gaji": "lain"}, ("nama",))


def test_a_paper_printed_by_0_9_with_hours_without_their_unit_still_matches() -> None:
    from datetime import date
    from decimal import Decimal

    from models.services.contracts.documents import DIGEST_FIELDS, ContractFacts
    from models.services.contracts.seal_payload import facts_digest
    from models.vocabulary import ContractKind, ContractStatus

    values = {name: f"nilai {name}" for name in DIGEST_FIELDS} | {"jam_kerja": "40 (empat puluh) jam"}
    facts = ContractFacts(1, 1, ContractKind.FULL_TIME, ContractStatus.SIGNED, "1/PPPK", 1, "1", "A", "U", ("U",),
                          "J", date(2024, 3, 1), date(2029, 2, 28), Decimal(1), None, None, values)
    old_paper = facts_digest({**values, "jam_kerja": "40 (empat puluh)"}, DIGEST_FIELDS)
    assert old_paper in facts.accepted_digests and facts.digest in facts.accepted_digests
    other = facts_digest({**values, "jam_kerja": "20 (dua puluh)"}, DIGEST_FIELDS)
    assert other not in facts.accepted_digests

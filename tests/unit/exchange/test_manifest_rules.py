"""The pure rules of the package: manifest shape, sequence numbers, row versions."""

from __future__ import annotations

import json

import pytest

from models.rules.exchange_manifest import (
    FORMAT,
    FORMAT_VERSION,
    ManifestProblem,
    RowVerdict,
    SequenceStatus,
    check_sequence,
    compare_versions,
    data_file_name,
    manifest_bytes,
    parse_manifest,
    sequence_warning,
)


def manifest(**changes) -> dict:
    base = {"format": FORMAT, "format_version": FORMAT_VERSION, "package_uuid": "p", "program_version": "0.1.0",
            "office": {"uuid": "o", "name": "BKPSDM", "code": "62.71", "key_id": "abcd1234"},
            "schema_version": "0005", "sequence": 3, "previous_sha256": "aa", "created_at": "2026-11-26T01:00:00Z",
            "full": False, "encryption": {},
            "tables": {"employee": {"file": data_file_name("employee"), "rows": 2, "deleted": 0, "sha256": "x",
                                    "sha256_encrypted": "y", "nonce": "z"}}}
    base.update(changes)
    return base


def test_the_signed_bytes_do_not_depend_on_key_order() -> None:
    a = manifest()
    b = dict(reversed(list(a.items())))
    assert manifest_bytes(a) == manifest_bytes(b)
    assert parse_manifest(manifest_bytes(a)) == a


@pytest.mark.parametrize(("changes", "message"), [
    ({"format": "lain"}, "bukan paket data"),
    ({"format_version": 9}, "format versi 9"),
    ({"sequence": 0}, "Nomor urut"),
    ({"tables": {"rahasia": {}}}, "tidak dikenal"),
    ({"office": {"uuid": "o"}}, "kantor pengirim"),
])
def test_a_manifest_that_cannot_be_trusted_is_refused_with_the_reason(changes: dict, message: str) -> None:
    with pytest.raises(ManifestProblem, match=message):
        parse_manifest(manifest_bytes(manifest(**changes)))


def test_a_manifest_without_required_keys_names_them() -> None:
    raw = manifest()
    del raw["sequence"], raw["tables"]
    with pytest.raises(ManifestProblem, match=r"sequence, .*tables"):
        parse_manifest(json.dumps(raw).encode())


def test_a_table_file_under_another_name_is_refused() -> None:
    tables = {"employee": {**manifest()["tables"]["employee"], "file": "../../etc/passwd"}}
    with pytest.raises(ManifestProblem, match="bernama aneh"):
        parse_manifest(manifest_bytes(manifest(tables=tables)))


def test_sequence_numbers_follow_or_show_the_gap() -> None:
    assert check_sequence(0, None, 1, None).status is SequenceStatus.FIRST
    assert check_sequence(2, "h2", 3, "h2").status is SequenceStatus.NEXT
    assert check_sequence(2, "h2", 3, "other").chain_broken
    gap = check_sequence(2, "h2", 5, "h4")
    assert gap.status is SequenceStatus.GAP and gap.missing == (3, 4)
    assert check_sequence(0, None, 3, "h2").missing == (1, 2)
    assert check_sequence(5, "h5", 4, "h3").status is SequenceStatus.OLD
    assert "3, 4" in sequence_warning("Kapuas", gap) and "Kapuas" in sequence_warning("Kapuas", gap)
    assert sequence_warning("Kapuas", check_sequence(2, "h2", 3, "h2")) is None


def test_row_versions_decide_insert_update_unchanged_or_older() -> None:
    assert compare_versions(None, 1) is RowVerdict.INSERT
    assert compare_versions(2, 3) is RowVerdict.UPDATE
    assert compare_versions(3, 3) is RowVerdict.UNCHANGED
    assert compare_versions(3, 2) is RowVerdict.OLDER

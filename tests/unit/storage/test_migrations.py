"""The migration chain: linear, and a database made at the first migration opens at head with nothing lost."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic.script import ScriptDirectory

from models.storage.database import alembic_config, head_revision, open_database

KEPT_DATABASE = Path(__file__).resolve().parents[2] / "data" / "db_at_0001.sqlite"


def test_migration_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())
    for revision in revisions:
        assert not isinstance(revision.down_revision, tuple | list), revision.revision
    assert revisions[-1].revision == "0001"


def test_database_made_at_first_migration_opens_at_head_with_nothing_lost(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite"
    shutil.copy(KEPT_DATABASE, path)
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
        employees = conn.exec_driver_sql("SELECT nip, name, golongan FROM employee ORDER BY id").all()
        contracts = conn.exec_driver_sql("SELECT start_date, end_date, salary FROM contract").all()
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('employee')").all()}
    db.close()
    assert [tuple(r) for r in employees] == [
        ("198503122010011003", "Budi Santoso", "III/b"),
        ("199001152024212001", "Siti Aminah", "IX"),
    ]
    assert [tuple(r) for r in contracts] == [("2024-03-01", "2029-02-28", 3203600)]
    assert "ix_employee_name_nocase" in indexes
    # A copy was taken before the upgrade, and it is still at the old revision.
    backups = list((tmp_path / "cadangan").glob("lama.sebelum-migrasi-0001.*.sqlite"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_0007_keeps_working_hours_in_minutes_and_fixes_an_office_template(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    path = tmp_path / "0006.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        stamp = "'2026-01-01 00:00:00', '2026-01-01 00:00:00', 1"
        conn.exec_driver_sql(
            "INSERT INTO office (id, uuid, created_at, updated_at, version, name, regency_code, regency_name, "
            "contract_number_pattern, paper_size, template_part_time) VALUES (1, 'o', " + stamp + ", 'BKPSDM', "
            "'62.71', 'Kota Palangka Raya', '{seq}', 'A4', 'Jam kerja {jam_kerja} jam dalam satu minggu.')")
        # An employee for the contract: every NOT NULL column filled with a value of its type.
        columns = {row[1]: row[2] for row in conn.exec_driver_sql("PRAGMA table_info(employee)") if row[3]}
        fill = {"id": 1, "uuid": "'e'", "nip": "'199001152024212001'", "status": "'pppk'", "sex": "'P'",
                "employment_state": "'active'", "version": 1}
        values = [str(fill.get(name, "'2026-01-01'" if kind in ("DATE", "DATETIME") else
                                "0" if kind in ("INTEGER", "BOOLEAN") else "'x'")) for name, kind in columns.items()]
        conn.exec_driver_sql(f"INSERT INTO employee ({', '.join(columns)}) VALUES ({', '.join(values)})")
        conn.exec_driver_sql(
            "INSERT INTO contract (id, uuid, created_at, updated_at, version, employee_id, kind, start_date, "
            "end_date, salary, weekly_hours, status) VALUES (1, 'c', " + stamp + ", 1, 'part_time', '2025-10-01', "
            "'2026-09-30', 2500000, 20, 'draft')")
    engine.dispose()
    db = open_database(path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT weekly_minutes FROM contract").scalar() == 1200
        assert conn.exec_driver_sql("SELECT template_part_time, pw_term_months, number_date FROM office").one() \
            == ("Jam kerja {jam_kerja} dalam satu minggu.", 12, "print")
    db.close()

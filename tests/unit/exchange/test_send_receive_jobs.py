"""Sending and receiving are jobs (models/services/jobs.py) that take the package format from their caller."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import clock
from models.entities.exchange import ExchangeSent
from models.rules.exchange_manifest import EXCHANGED_TABLES
from models.services.errors import DomainError
from models.services.exchange import receive_package, record_sent, send_package
from models.services.jobs import Progress, run_to_end
from models.storage.database import Database
from reports.exchange import package
from tests.factories import CLERK
from tests.staff import build_office
from tests.unit.exchange.helpers import Keys, register


def test_sending_and_receiving_report_their_steps_as_progress(office: Database, any_db: Database, keys: Keys,
                                                              tmp_path: Path) -> None:
    build_office(office, 3)
    register(any_db, office)
    sent_steps: list[Progress] = []
    received_steps: list[Progress] = []

    sent = run_to_end(send_package(office, tmp_path, CLERK, package), sent_steps.append)
    run_to_end(receive_package(any_db, sent.path, keys.private, CLERK, package), received_steps.append)

    total = len(EXCHANGED_TABLES) + 1
    assert all(isinstance(step, Progress) for step in sent_steps + received_steps)
    assert [step.text for step in sent_steps] == [*EXCHANGED_TABLES, "selesai"]
    assert sent_steps[-1] == Progress(total, total, "selesai")
    assert received_steps[0] == Progress(1, total, "terverifikasi")
    assert received_steps[-1].done == received_steps[-1].total == total


class NumberTakenMeanwhile:
    """The real format, but another process records the same package number while the file is written."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def write_package(self, out, plan, payloads, *args, **kwargs):
        written = yield from package.write_package(out, plan, payloads, *args, **kwargs)
        record_sent(self.db, CLERK, plan, written.sha256, written.rows, "lain.zip")
        return written


def test_a_package_whose_number_is_taken_meanwhile_is_removed(office: Database, tmp_path: Path) -> None:
    build_office(office, 2)

    with pytest.raises(DomainError, match="sudah dibuat oleh proses lain"):
        run_to_end(send_package(office, tmp_path, CLERK, NumberTakenMeanwhile(office)))

    assert not list(tmp_path.glob("*.zip"))
    with office.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(ExchangeSent)) == 1  # only the other process's


def test_the_sync_status_counts_what_waits_and_how_long_ago_a_package_went(office, keys, tmp_path) -> None:
    from datetime import timedelta

    from models.services.queries.sync_status import sync_status
    from tests.factories import BUDI, SITI, make_employee
    from tests.unit.exchange.helpers import export_package

    today = clock.today()
    make_employee(office, BUDI)
    with office.session_factory() as s:
        never = sync_status(s, today)
    assert never.last_sequence is None and never.waiting == 1 and never.overdue
    export_package(office, tmp_path, CLERK)
    with office.session_factory() as s:
        sent = sync_status(s, today)
    assert (sent.last_sequence, sent.days_since, sent.waiting, sent.overdue) == (1, 0, 0, False)
    make_employee(office, SITI)
    with office.session_factory() as s:
        assert sync_status(s, today).waiting == 1  # one change since the package
    with office.session_factory.begin() as s:  # the package went 31 days ago
        row = s.scalars(select(ExchangeSent)).one()
        row.created_at -= timedelta(days=31)
    with office.session_factory() as s:
        late = sync_status(s, today)
    assert late.days_since == 31 and late.overdue

"""Several clerks, one server: two sessions editing the same employee on PostgreSQL. The second save is
refused by row version, never silently lost."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy.orm.exc import StaleDataError

from models.entities import Employee
from models.services.employees import get_employee, update_employee
from models.services.errors import ConcurrentEdit
from models.storage.database import Database
from tests.factories import BUDI, CLERK, make_employee


def test_the_second_save_from_a_stale_form_is_refused_with_who_and_which_version(pg_db: Database) -> None:
    budi = make_employee(pg_db, BUDI)
    form_a = get_employee(pg_db, budi.id)  # clerk A opens the form (version 1)
    form_b = get_employee(pg_db, budi.id)  # clerk B opens it too
    update_employee(pg_db, budi.id, {"phone": "081255550001"}, CLERK, expected_version=form_b.version)

    with pytest.raises(ConcurrentEdit) as refused:
        update_employee(pg_db, budi.id, {"address": "Jl. Diponegoro 3"}, CLERK, expected_version=form_a.version)

    message = refused.value.message
    assert "Budi Santoso" in message and BUDI.nip in message and "versi 2" in message
    stored = get_employee(pg_db, budi.id)
    assert (stored.phone, stored.address, stored.version) == ("081255550001", None, 2)


def test_two_open_transactions_on_the_server_cannot_both_save_the_same_row(pg_db: Database) -> None:
    budi = make_employee(pg_db, BUDI)
    first, second = pg_db.session_factory(), pg_db.session_factory()
    a = first.get(Employee, budi.id)
    b = second.get(Employee, budi.id)
    a.phone = "081200000001"
    first.flush()  # A holds the row (UPDATE ... WHERE version = 1), not committed yet
    b.phone = "081200000002"
    outcome: list[BaseException | None] = []

    def save_b() -> None:
        try:
            second.flush()  # waits for A's lock, then finds version 1 gone
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=save_b)
    worker.start()
    time.sleep(0.3)
    assert worker.is_alive()  # B is waiting for A on the server
    first.commit()
    worker.join(10)
    second.rollback()
    first.close(), second.close()

    assert len(outcome) == 1 and isinstance(outcome[0], StaleDataError)
    stored = get_employee(pg_db, budi.id)
    assert (stored.phone, stored.version) == ("081200000001", 2)

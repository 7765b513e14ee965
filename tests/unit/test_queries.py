"""The read-only query layer: keyset pages cover every row once in order, search, filters, counts, bezetting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from models.entities import Contract, Employee
from models.services import queries as q
from models.services.employees import end_employee
from models.storage.database import Database, open_database
from models.vocabulary import ContractKind, ContractStatus, EmployeeStatus, EmploymentState
from tests.factories import CLERK
from tests.staff import TODAY, Office, build_office

STAFF = 40  # 16 PNS, 8 CPNS, 8 PPPK, 8 PPPK Paruh Waktu; names repeat every 12


@pytest.fixture(scope="module")
def office_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Database, Office]:
    database = open_database(tmp_path_factory.mktemp("queries") / "simpeg.sqlite")
    office = build_office(database, STAFF)
    yield database, office
    database.close()


@pytest.fixture
def session(office_db: tuple[Database, Office]) -> Session:
    with office_db[0].session_factory() as s:
        yield s


def all_pages(fetch: Callable[..., q.Page[Any]], size: int, **kwargs: Any) -> list[Any]:
    rows: list[Any] = []
    after = None
    for _ in range(1000):
        page = fetch(after=after, limit=size, **kwargs)
        assert len(page.rows) <= size
        rows += page.rows
        after = page.next_cursor
        if after is None:
            return rows
    raise AssertionError("paging never ended")


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(q.EMPLOYEE_SORTS))
def test_employee_pages_of_7_return_every_row_once_in_order(session, sort, descending) -> None:
    def fetch(**kw: Any) -> q.Page[q.EmployeeRow]:
        return q.list_employees(session, sort=sort, descending=descending, **kw)

    paged = all_pages(fetch, 7)
    whole = fetch(limit=1000).rows
    assert [r.id for r in paged] == [r.id for r in whole]
    assert len({r.id for r in paged}) == STAFF


@pytest.mark.parametrize("descending", [False, True])
def test_name_order_is_case_insensitive_with_ties_broken_by_id(session, descending) -> None:
    rows = all_pages(lambda **kw: q.list_employees(session, descending=descending, **kw), 7)
    keys = [(r.name.split(",")[0].lower(), r.id) for r in rows]
    assert keys == sorted(keys, reverse=descending)
    assert sum(1 for r in rows if r.name.startswith("Budi Santoso")) == 4  # ties span pages of 7
    first = [r.name[0] for r in rows]
    # A binary order would put "dewi lestari" after every capitalised name; NOCASE puts it among the D's.
    assert (first.index("d") < first.index("E")) != descending


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(q.CONTRACT_SORTS))
def test_contract_pages_return_every_row_once_in_order(session, sort, descending) -> None:
    def fetch(**kw: Any) -> q.Page[q.ContractRow]:
        return q.list_contracts(session, sort=sort, descending=descending, today=TODAY, **kw)

    paged = all_pages(fetch, 7)
    assert [r.id for r in paged] == [r.id for r in fetch(limit=1000).rows]
    assert len({r.id for r in paged}) == 16


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", sorted(q.FORMATION_SORTS))
def test_formation_pages_return_every_row_once_in_order(session, sort, descending) -> None:
    def fetch(**kw: Any) -> q.Page[q.FormationRow]:
        return q.list_formations(session, sort=sort, descending=descending, **kw)

    paged = all_pages(fetch, 2)
    assert [r.id for r in paged] == [r.id for r in fetch(limit=1000).rows]
    assert len(paged) == 3


def test_a_full_last_page_ends_with_no_cursor(session) -> None:
    first = q.list_employees(session, limit=STAFF // 2)
    second = q.list_employees(session, limit=STAFF // 2, after=first.next_cursor)
    assert len(second.rows) == STAFF // 2 and second.next_cursor is None


def test_unknown_sort_key_and_bad_cursor_are_refused(session) -> None:
    with pytest.raises(ValueError, match="Unknown sort key"):
        q.list_employees(session, sort="birth_date; DROP TABLE employee")
    with pytest.raises(ValueError, match="Cursor"):
        q.list_employees(session, after=("Budi",))


def test_name_search_is_a_case_insensitive_prefix(session) -> None:
    names = {r.name for r in q.list_employees(session, search="  bUdI ").rows}
    assert names == {"Budi Santoso, S.Pd."}
    assert {r.name for r in q.list_employees(session, search="DEWI L").rows} == {"dewi lestari, S.Pd."}
    assert {r.name for r in q.list_employees(session, search="ag").rows} == {"Agus Salim"}
    assert q.list_employees(session, search="Santoso").rows == []  # a prefix, not a substring
    assert q.count_employees(session, "budi") == 4


def test_digit_search_matches_nip_or_nik_prefix(session) -> None:
    everyone = q.list_employees(session, limit=1000).rows
    target = everyone[5]
    with_spaces = f"{target.nip[:8]} {target.nip[8:14]}"
    assert target.id in {r.id for r in q.list_employees(session, search=with_spaces).rows}
    assert [r.id for r in q.list_employees(session, search=target.nip).rows] == [target.id]
    nik = session.get(Employee, target.id).nik
    assert [r.id for r in q.list_employees(session, search=nik).rows] == [target.id]
    assert q.count_employees(session, nik[:6]) == STAFF  # every NIK was registered in Pahandut


def test_name_prefix_search_uses_the_nocase_index(office_db) -> None:
    plans = explain(office_db[0], lambda s: q.list_employees(s, search="bu"))
    assert "ix_employee_name_nocase" in plans
    plans = explain(office_db[0], lambda s: q.list_employees(s, after=("Budi Santoso", 3)))
    assert "SEARCH employee USING INDEX ix_employee_name_nocase" in plans


def test_digit_search_uses_the_nip_and_nik_indexes(office_db) -> None:
    plans = explain(office_db[0], lambda s: q.list_employees(s, search="1985"))
    assert "sqlite_autoindex_employee" in plans and "ix_employee_nik" in plans


def explain(database: Database, run: Callable[[Session], Any]) -> str:
    """The query plans SQLite chose for the SELECT statements `run` executes."""
    seen: list[tuple[str, Any]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        with database.session_factory() as s:
            run(s)
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    with database.engine.connect() as conn:
        raw = conn.connection.driver_connection
        return "\n".join(str(row) for sql, params in seen for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_search_on_postgresql_uses_lower_like() -> None:
    condition = q.person_search("Bu_di", "postgresql", Employee.name, Employee.nip, Employee.nik)
    compiled = condition.compile(dialect=postgresql.dialect())
    assert str(compiled).startswith("lower(employee.name) LIKE ") and "ESCAPE" in str(compiled)
    assert list(compiled.params.values()) == ["bu\\_di%"]  # lower-cased, the underscore escaped
    digits = q.person_search("1985", "postgresql", Employee.name, Employee.nip, Employee.nik).compile(
        dialect=postgresql.dialect())
    assert "employee.nip LIKE" in str(digits) and "employee.nik LIKE" in str(digits)
    assert set(digits.params.values()) == {"1985%"}


def test_employee_filters(office_db, session) -> None:
    _, office = office_db
    pns = q.list_employees(session, filters=q.EmployeeFilter(status=EmployeeStatus.PNS), limit=1000).rows
    assert len(pns) == 16 and {r.status_label for r in pns} == {"PNS"}
    pendidikan = q.EmployeeFilter(unit_id=office.unit_ids["Dinas Pendidikan"])
    units = {r.unit_name for r in q.list_employees(session, filters=pendidikan, limit=1000).rows}
    assert units == {"Dinas Pendidikan", "SD Negeri 1 Pahandut", "SMP Negeri 2 Jekan Raya"}  # with sub-units
    assert q.count_employees(session, filters=pendidikan) == 30
    pahandut = q.EmployeeFilter(kecamatan_code="62.71.01")
    assert {r.kecamatan_name for r in q.list_employees(session, filters=pahandut, limit=1000).rows} == {"Pahandut"}
    assert q.count_employees(session, filters=pahandut) == 20
    both = q.EmployeeFilter(status=EmployeeStatus.PPPK, golongan="IX")
    rows = q.list_employees(session, search="g", filters=both).rows
    assert [(r.name, r.golongan, r.status) for r in rows] == [("Gita Permata, S.Pd.", "IX", EmployeeStatus.PPPK)]
    assert q.count_employees(session, "g", both) == 1


def test_employment_state_filter_status_counts_and_in_post_follow_an_ended_employee(db) -> None:
    office = build_office(db, 12)
    with db.session_factory() as s:
        before = q.list_formations(s).rows
        first = q.list_employees(s, filters=q.EmployeeFilter(unit_id=office.unit_ids["SD Negeri 1 Pahandut"])).rows
    end_employee(db, first[0].id, "retired", date(2026, 1, 1), "BUP", CLERK)
    with db.session_factory() as s:
        retired = q.list_employees(s, filters=q.EmployeeFilter(employment_state=EmploymentState.RETIRED)).rows
        assert [(r.id, r.employment_state_label) for r in retired] == [(first[0].id, "Pensiun")]
        assert sum(q.status_counts(s).values()) == 11
        assert sum(q.status_counts(s, employment_state=None).values()) == 12
        after = q.list_formations(s).rows
    sd_before = next(r for r in before if r.unit_name == "SD Negeri 1 Pahandut")
    sd_after = next(r for r in after if r.unit_name == "SD Negeri 1 Pahandut")
    assert sd_after.in_post == sd_before.in_post - 1
    assert sd_after.vacancies == sd_before.vacancies + 1


def test_status_counts_cover_every_status_in_order(session) -> None:
    counts = q.status_counts(session)
    assert list(counts) == list(EmployeeStatus)
    assert counts == {EmployeeStatus.PNS: 16, EmployeeStatus.CPNS: 8, EmployeeStatus.PPPK: 8,
                      EmployeeStatus.PPPK_PW: 8}


def test_formations_show_bezetting_and_vacancies_floored_at_zero(session) -> None:
    rows = q.list_formations(session).rows
    assert [r.opd_name for r in rows] == ["Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pendidikan"]
    by_unit = {r.unit_name: r for r in rows}
    sd = by_unit["SD Negeri 1 Pahandut"]
    assert (sd.needed, sd.approved, sd.in_post, sd.vacancies) == (30, 4, 10, 20)
    puskesmas = by_unit["Puskesmas Pahandut"]
    assert (puskesmas.needed, puskesmas.in_post, puskesmas.vacancies) == (1, 10, 0)
    assert puskesmas.procurement_kind_label == "PPPK Paruh Waktu"
    assert q.count_formations(session, "perawat") == 1
    assert [r.unit_name for r in q.list_formations(session, search="jekan").rows] == ["SMP Negeri 2 Jekan Raya"]
    assert q.count_formations(session, filters=q.FormationFilter(year=2026)) == 2
    assert [r.vacancies for r in q.list_formations(session, sort="vacancies", descending=True).rows] == [20, 0, 0]


def test_contracts_show_days_left_and_alerts(session) -> None:
    rows = q.list_contracts(session, today=TODAY, limit=1000).rows
    by_end = {}
    for r in rows:
        by_end.setdefault(r.end_date, r)
    assert by_end[date(2026, 11, 30)].days_left == 5
    assert by_end[date(2026, 11, 30)].alert is q.ContractAlert.ENDING_SOON
    assert by_end[date(2026, 12, 31)].days_left == 36  # part-time: within its 3 months
    assert by_end[date(2026, 12, 31)].alert is q.ContractAlert.ENDING_SOON
    assert by_end[date(2026, 5, 31)].days_left == -178
    assert by_end[date(2026, 5, 31)].alert is q.ContractAlert.EXPIRED
    assert by_end[date(2029, 2, 28)].alert is None and by_end[date(2027, 9, 30)].alert is None
    assert rows[0].status_label == "Draf" and rows[0].kind_label in ("PPPK Penuh Waktu", "PPPK Paruh Waktu")


def test_contract_filters(session) -> None:
    soon = q.list_contracts(session, filters=q.ContractFilter(ends_within_months=3), today=TODAY, limit=1000).rows
    assert {r.end_date for r in soon} == {date(2026, 11, 30), date(2026, 12, 31)}
    assert q.count_contracts(session, filters=q.ContractFilter(ends_within_months=3), today=TODAY) == len(soon)
    part_time = q.ContractFilter(kind=ContractKind.PART_TIME)
    assert q.count_contracts(session, filters=part_time) == 8
    assert q.count_contracts(session, filters=q.ContractFilter(status=ContractStatus.SIGNED)) == 0
    assert {r.employee_name.split(",")[0] for r in q.list_contracts(session, search="siti").rows} == {"Siti Aminah"}


@pytest.mark.parametrize(("status", "end", "expected"), [
    (ContractStatus.ACTIVE, date(2027, 5, 25), q.ContractAlert.ENDING_SOON),
    (ContractStatus.ACTIVE, date(2027, 5, 26), None),
    (ContractStatus.EXPIRED, date(2027, 5, 26), q.ContractAlert.EXPIRED),
    (ContractStatus.RENEWED, date(2026, 1, 1), None),
    (ContractStatus.TERMINATED, date(2026, 1, 1), None),
])
def test_contract_alert_follows_the_renewal_notice(status, end, expected) -> None:
    assert q.contract_alert(ContractKind.FULL_TIME, status, end, TODAY) is expected


def test_add_months_clamps_to_month_end() -> None:
    assert q.add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert q.add_months(date(2026, 11, 25), 3) == date(2027, 2, 25)


def test_sort_keys_are_the_same_on_every_dialect() -> None:
    assert set(q.employee_sort_keys("postgresql")) == q.EMPLOYEE_SORTS
    assert set(q.contract_sort_keys("postgresql")) == q.CONTRACT_SORTS


def test_later_pages_skip_no_rows_by_offset(tmp_path: Path) -> None:
    # SQLAlchemy writes "LIMIT ? OFFSET ?" on SQLite; the offset must stay 0 on every page.
    database = open_database(tmp_path / "x.sqlite")
    try:
        build_office(database, 9, contracts=False, formations=False)
        executed: list[tuple[str, Any]] = []
        event.listen(database.engine, "before_cursor_execute", lambda *args: executed.append((args[2], args[3])))
        with database.session_factory() as s:
            all_pages(lambda **kw: q.list_employees(s, **kw), 2)
        pages = [params for sql, params in executed if "LIMIT" in sql]
        assert len(pages) == 5 and all(params[-2:] == (3, 0) for params in pages)
    finally:
        database.close()


def test_days_left_order_puts_open_contracts_first_soonest_end_on_top(db) -> None:
    office = build_office(db, 10, formations=False)
    with db.session_factory.begin() as s:
        renewed = s.get(Contract, office.contract_ids[0])
        renewed.status = ContractStatus.RENEWED
    with db.session_factory() as s:
        rows = q.list_contracts(s, today=TODAY).rows
    assert rows[-1].id == renewed.id and rows[-1].closed and rows[-1].alert is None
    assert [r.end_date for r in rows[:-1]] == sorted(r.end_date for r in rows[:-1])
    assert not any(r.closed for r in rows[:-1])


# ---- filters added for the filter bars, and the formation numbers ----


def test_contract_unit_filter_covers_sub_units(office_db, session) -> None:
    _, office = office_db
    kesehatan = q.ContractFilter(unit_id=office.unit_ids["Dinas Kesehatan"])
    rows = q.list_contracts(session, filters=kesehatan, today=TODAY, limit=1000).rows
    assert rows and {r.unit_name for r in rows} == {"Puskesmas Pahandut"}
    assert q.count_contracts(session, filters=kesehatan, today=TODAY) == len(rows)


def test_ends_within_leaves_out_renewed_contracts(db) -> None:
    office = build_office(db, 10, formations=False)
    soon = q.ContractFilter(ends_within_months=3)
    with db.session_factory() as s:
        before = q.list_contracts(s, filters=soon, today=TODAY).rows
    with db.session_factory.begin() as s:
        s.get(Contract, before[0].id).status = ContractStatus.RENEWED
    with db.session_factory() as s:
        after = q.list_contracts(s, filters=soon, today=TODAY).rows
        assert q.count_contracts(s, filters=soon, today=TODAY) == len(before) - 1
    assert before[0].id not in {r.id for r in after}
    assert office.contract_ids


def test_formation_filters_shortage_year_kecamatan(session) -> None:
    short = q.list_formations(session, filters=q.FormationFilter(shortage_only=True), today=TODAY).rows
    assert [(r.unit_name, r.vacancies) for r in short] == [("SD Negeri 1 Pahandut", 20)]
    assert q.count_formations(session, filters=q.FormationFilter(shortage_only=True)) == 1
    pahandut = q.FormationFilter(kecamatan_code="62.71.01", year=2026)
    assert q.count_formations(session, filters=pahandut) == 2
    assert q.count_formations(session, "guru", pahandut) == 1


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", ["in_post", "vacancies", "retiring_1y", "retiring_5y", "opd"])
def test_formation_pages_of_1_cover_ties_in_computed_sorts(session, sort, descending) -> None:
    def fetch(**kw: Any) -> q.Page[q.FormationRow]:
        return q.list_formations(session, sort=sort, descending=descending, today=TODAY, **kw)

    paged = all_pages(fetch, 1)
    whole = fetch(limit=1000).rows
    assert [r.id for r in paged] == [r.id for r in whole] and len({r.id for r in paged}) == 3
    values = [getattr(r, sort) if sort != "opd" else r.opd_name for r in whole]
    assert values == sorted(values, reverse=descending)


def test_employee_rows_carry_the_optional_columns(session) -> None:
    row = q.list_employees(session, sort="birth_date", limit=1).rows[0]
    assert row.nik and len(row.nik) == 16 and row.birth_date is not None and row.tmt is not None
    assert row.bup in (58, 60) and row.retirement_date.day == 1
    oldest = min(r.birth_date for r in q.list_employees(session, limit=1000).rows)
    assert row.birth_date == oldest


def test_status_and_keadaan_filters_keep_the_name_index_for_search(office_db) -> None:
    if not office_db[0].is_sqlite:
        pytest.skip("reads SQLite's EXPLAIN QUERY PLAN")
    active = q.EmployeeFilter(employment_state=EmploymentState.ACTIVE, status=EmployeeStatus.PNS)
    plans = explain(office_db[0], lambda s: q.list_employees(s, search="bu", filters=active))
    assert "ix_employee_name_nocase" in plans and "ix_employee_employment_state" not in plans


def test_status_counts_follow_search_and_filters(office_db, session) -> None:
    _, office = office_db
    pendidikan = q.EmployeeFilter(unit_id=office.unit_ids["Dinas Pendidikan"])
    counts = q.status_counts(session, filters=pendidikan)
    assert sum(counts.values()) == q.count_employees(session, filters=pendidikan) == 30
    assert sum(q.status_counts(session, search="budi").values()) == 4


def test_a_broad_nik_prefix_walks_the_name_index_and_gives_the_same_rows(office_db, session, monkeypatch) -> None:
    from models.services.queries import employees as employee_queries

    active = q.EmployeeFilter(employment_state=EmploymentState.ACTIVE)
    narrow_rows = [r.id for r in q.list_employees(session, search="6271", filters=active, limit=1000).rows]
    narrow_count = q.count_employees(session, "6271", active)
    monkeypatch.setattr(employee_queries, "BROAD_PAGE", 5)
    monkeypatch.setattr(employee_queries, "BROAD_COUNT", 5)
    assert q.count_employees(session, "6271", active) == narrow_count == STAFF  # every NIK is Pahandut's
    paged = all_pages(lambda **kw: q.list_employees(session, search="6271", filters=active, **kw), 7)
    assert [r.id for r in paged] == narrow_rows
    assert q.count_employees(session, "9") == 0 and q.list_employees(session, search="9").rows == []
    if office_db[0].is_sqlite:
        broad = explain(office_db[0], lambda s: q.list_employees(s, search="6271", filters=active))
        assert "MULTI-INDEX OR" not in broad  # the rows are not gathered through the NIP and NIK indexes
        monkeypatch.setattr(employee_queries, "BROAD_PAGE", 1000)
        assert "MULTI-INDEX OR" in explain(office_db[0], lambda s: q.list_employees(s, search="6271", filters=active))

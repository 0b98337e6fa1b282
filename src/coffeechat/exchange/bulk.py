"""Inserting many rows of one model at once, for imports of tens of thousands of people.

`bulk_create` prepares every value of every row through the ORM's compiler (about 20
calls a value), and splits SQLite inserts into batches of 999 parameters: for 30,000
people that alone took longer than reading, checking and matching the whole file. Here
each column's conversion is chosen once (plain text and numbers go as they are; dates,
JSON and UUIDs through the field's own `get_db_prep_save`), and the rows go to the
database in one `executemany`. Ids are not read back: callers that need them look rows
up by a unique column (people by `uid`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.backends.base.base import BaseDatabaseWrapper

# Fields whose Python value is already what the database driver takes.
_AS_IS = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
)


def _converter(
    field: models.Field[Any, Any], connection: BaseDatabaseWrapper
) -> Callable[[Any], Any] | None:
    """How a value of `field` goes to the database; None when it goes as it is. Dates
    and moments repeat (every row of an import was added at the same minute): each is
    converted once."""
    if isinstance(field, _AS_IS) and not isinstance(field, models.JSONField):
        return None
    if isinstance(field, models.DateField):  # DateTimeField too
        seen: dict[Any, Any] = {}

        def once(value: Any) -> Any:
            if value not in seen:
                seen[value] = field.get_db_prep_save(value, connection)
            return seen[value]

        return once
    if isinstance(field, models.JSONField):
        empty: dict[str, Any] = {}

        def json(value: Any) -> Any:
            if value:
                return field.get_db_prep_save(value, connection)
            key = type(value).__name__  # [] and {}: the same every time
            if key not in empty:
                empty[key] = field.get_db_prep_save(value, connection)
            return empty[key]

        return json
    return lambda value: field.get_db_prep_save(value, connection)


def insert_rows(model: type[models.Model], rows: Iterable[Mapping[str, Any]]) -> None:
    """INSERT every row (a mapping of field attribute names to values; a missing field
    takes its default) in one statement run over all rows."""
    connection = connections[DEFAULT_DB_ALIAS]  # the proxy costs a lookup per use
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    pairs = [(f, _converter(f, connection)) for f in fields]
    # A missing field takes its default: made per row when it is a callable (uuid4),
    # else the same value for every row.
    made = [f.has_default() and callable(f.default) for f in fields]
    constant = [None if m else f.get_default() for f, m in zip(fields, made, strict=True)]
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"

    def values(row: Mapping[str, Any]) -> list[Any]:
        out = []
        for (field, convert), per_row, default in zip(pairs, made, constant, strict=True):
            if field.attname in row:
                value = row[field.attname]
            else:
                value = field.get_default() if per_row else default
            out.append(convert(value) if convert is not None else value)
        return out

    with connection.cursor() as cursor:
        cursor.executemany(sql, [values(row) for row in rows])

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

from django.db import connection, models

# Fields whose Python value is already what the database driver takes.
_AS_IS = (
    models.CharField,
    models.TextField,
    models.IntegerField,
    models.BooleanField,
    models.ForeignKey,
)


def _converter(field: models.Field[Any, Any]) -> Callable[[Any], Any] | None:
    if isinstance(field, _AS_IS) and not isinstance(field, models.JSONField):
        return None
    return lambda value: field.get_db_prep_save(value, connection)


def insert_rows(model: type[models.Model], rows: Iterable[Mapping[str, Any]]) -> None:
    """INSERT every row (a mapping of field attribute names to values; a missing field
    takes its default) in one statement run over all rows."""
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    pairs = [(f, _converter(f)) for f in fields]
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"

    def values(row: Mapping[str, Any]) -> list[Any]:
        out = []
        for field, convert in pairs:
            value = row[field.attname] if field.attname in row else field.get_default()
            out.append(convert(value) if convert is not None else value)
        return out

    with connection.cursor() as cursor:
        cursor.executemany(sql, [values(row) for row in rows])

"""`coffeechat backup FILE` and `coffeechat restore FILE`: everything one user has, in one
JSON file with a format version, and back.

Built over the models of every installed coffeechat app, whatever they are: a table
another developer adds is backed up without a change here (a test fails when one is
left out). Tables are written in the order their foreign keys need, each row with its
old id; restoring inserts them in that order and maps every old id to the new one, so a
file restores into any database, whatever ids it hands out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from uuid import UUID

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import models, transaction

from coffeechat import __version__
from coffeechat.errors import UserError

FORMAT = "coffeechat backup"
VERSION = 1  # raise it when a file written now would restore wrongly into older code

Model = type[models.Model]


def coffeechat_models() -> list[Model]:
    """Every model of the installed coffeechat apps, each after the models it points at."""
    found = [
        m
        for config in apps.get_app_configs()
        if config.name.startswith("coffeechat.")
        for m in config.get_models()
        if getattr(m, "backed_up", True)  # not the database's bookkeeping (DataVersion)
    ]
    ordered: list[Model] = []
    pending = list(found)
    while pending:
        ready = [m for m in pending if all(d in ordered for d in _depends_on(m, found))]
        if not ready:
            raise RuntimeError(f"foreign keys go round in a circle: {pending}")
        ordered += ready
        pending = [m for m in pending if m not in ready]
    return ordered


def _relations(model: Model) -> list[models.ForeignKey[Any, Any]]:
    return [f for f in model._meta.concrete_fields if isinstance(f, models.ForeignKey)]


def _depends_on(model: Model, among: list[Model]) -> set[Model]:
    targets = {f.related_model for f in _relations(model)}
    targets |= {f.related_model for f in model._meta.many_to_many}
    return {t for t in targets if t in among and t is not model}


def owner_path(model: Model) -> str:
    """The lookup from a row to the user it belongs to: "owner", or through the row it
    belongs to ("conversation__owner")."""
    user = get_user_model()
    for relation in _relations(model):
        if relation.related_model is user:
            return relation.name
    for relation in _relations(model):
        target = relation.related_model
        if not relation.null and target is not model and isinstance(target, type):
            return f"{relation.name}__{owner_path(target)}"
    raise RuntimeError(f"{model.__name__} belongs to no user: backup cannot tell whose it is")


def _through(m2m: Any) -> Model:
    """The table of a many-to-many field (Person.tags: person_id, tag_id)."""
    through: Model = m2m.remote_field.through
    return through


def table_name(model: Model) -> str:
    return model._meta.label_lower  # "people.person"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    return value


def backup(*, owner: User, now: datetime) -> dict[str, Any]:
    """Everything `owner` has, as plain JSON data."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for model in coffeechat_models():
        mine = model._default_manager.filter(**{owner_path(model): owner}).order_by("pk")
        columns = [f.attname for f in model._meta.concrete_fields]
        rows = [{k: _plain(v) for k, v in row.items()} for row in mine.values(*columns)]
        for m2m in model._meta.many_to_many:
            links: dict[int, list[int]] = {}
            through = _through(m2m)
            source, target = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
            for a, b in through._default_manager.filter(**{f"{source}__in": mine}).values_list(
                f"{source}_id", f"{target}_id"
            ):
                links.setdefault(a, []).append(b)
            for row in rows:
                row[m2m.name] = sorted(links.get(row["id"], []))
        tables[table_name(model)] = rows
    return {
        "format": FORMAT,
        "version": VERSION,
        "coffeechat": __version__,
        "created": now.isoformat(timespec="minutes"),
        "tables": tables,
    }


@dataclass
class RestoreReport:
    file: str
    replaced: bool
    rows: dict[str, int] = field(default_factory=dict)


def read_backup(text: str, name: str) -> dict[str, Any]:
    """The file's data, once it is known to be a backup this coffeechat can restore."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(
            f"{name} is not a coffeechat backup (line {error.lineno}: {error.msg}): give a "
            "file written by coffeechat backup"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(f"{name} is not a coffeechat backup: give a file written by "
                        "coffeechat backup")
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise UserError(
            f"{name} was written by a newer coffeechat (backup format {version}; this one "
            f"reads up to {VERSION}): upgrade coffeechat (pip install -U coffeechat), then restore"
        )
    known = {table_name(m) for m in coffeechat_models()}
    unknown = sorted(set(data.get("tables", {})) - known)
    if unknown:
        raise UserError(
            f"{name} holds {', '.join(unknown)}, which this coffeechat does not know: "
            "upgrade coffeechat, then restore"
        )
    return data


def has_data(owner: User) -> bool:
    """Whether `owner` has anything a restore would overwrite (a settings row left at
    its defaults, as any command creates, is nothing)."""
    for model in coffeechat_models():
        rows = model._default_manager.filter(**{owner_path(model): owner})
        for row in rows[:2]:
            if not _at_defaults(row):
                return True
    return False


def _at_defaults(row: models.Model) -> bool:
    fields = [f for f in row._meta.concrete_fields if not f.primary_key and not f.is_relation]
    return all(getattr(row, f.attname) == f.get_default() for f in fields)


@transaction.atomic
def restore(
    *, owner: User, data: dict[str, Any], name: str, replace: bool = False
) -> RestoreReport:
    """Put a backup's rows into the database as `owner`'s, refusing when they have data
    already, unless `replace` (which deletes it first)."""
    if has_data(owner):
        if not replace:
            raise UserError(
                "this database already holds your data: restore into a new file "
                "(coffeechat --db new.sqlite3 restore FILE), or add --replace to delete "
                "everything here first"
            )
        for model in reversed(coffeechat_models()):
            model._default_manager.filter(**{owner_path(model): owner}).delete()
    else:
        for model in reversed(coffeechat_models()):  # blank settings rows make way
            model._default_manager.filter(**{owner_path(model): owner}).delete()
    report = RestoreReport(name, replace)
    ids: dict[Model, dict[int, int]] = {get_user_model(): _AnyOwner(owner.pk)}
    for model in coffeechat_models():
        rows = data["tables"].get(table_name(model), [])
        ids[model] = _insert(model, rows, ids, name)
        report.rows[table_name(model)] = len(rows)
    return report


class _AnyOwner(dict[int, int]):
    """Every user id in the file is the one restoring it."""

    def __init__(self, owner_id: int) -> None:
        super().__init__()
        self.owner_id = owner_id

    def __missing__(self, key: int) -> int:
        return self.owner_id


def _insert(
    model: Model, rows: list[dict[str, Any]], ids: dict[Model, dict[int, int]], name: str
) -> dict[int, int]:
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    objects: list[models.Model] = []
    later: list[tuple[int, str, int]] = []
    for number, row in enumerate(rows, 1):
        values = {}
        for f in fields:
            if f.attname not in row:
                continue  # a field added since the backup: its default
            values[f.attname] = _value(model, f, row[f.attname], ids, name, number)
            if f.is_relation and f.related_model is model and values[f.attname] is not None:
                later.append((len(objects), f.attname, row[f.attname]))
                values[f.attname] = None
        objects.append(model(**values))
    _make_way(model, objects)
    model._default_manager.bulk_create(objects, batch_size=500)
    mapping = {row["id"]: obj.pk for row, obj in zip(rows, objects, strict=True)}
    _point_to_own_rows(model, objects, later, mapping)
    _link(model, rows, mapping, ids)
    return mapping


def _value(
    model: Model,
    f: models.Field[Any, Any],
    value: Any,
    ids: dict[Model, dict[int, int]],
    name: str,
    number: int,
) -> Any:
    target = f.related_model
    if f.is_relation and value is not None and target is not model:
        try:
            return ids[target][value]  # type: ignore[index]
        except KeyError:
            why = f"no row {value} it points to"
            raise UserError(_damaged(name, model, number, f.name, why)) from None
    try:
        return f.to_python(value)
    except ValidationError as error:
        raise UserError(_damaged(name, model, number, f.name, "; ".join(error.messages))) from None


def _make_way(model: Model, objects: list[models.Model]) -> None:
    """A unique value the database already holds for someone else (a person's uid, when
    one database hosts several users who restored the same file) is made anew."""
    for f in model._meta.concrete_fields:
        if not f.unique or f.primary_key or not callable(f.default):
            continue
        wanted = [getattr(o, f.attname) for o in objects]
        taken: set[Any] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            manager = model._default_manager
            taken |= set(manager.filter(**{f"{f.attname}__in": chunk}).values_list(
                f.attname, flat=True))
        for o in objects:
            if getattr(o, f.attname) in taken:
                setattr(o, f.attname, f.get_default())


def _damaged(name: str, model: Model, number: int, field_name: str, why: str) -> str:
    return (
        f"{name} is damaged: {table_name(model)} row {number}, {field_name}: {why}. "
        "Nothing was restored; use another backup"
    )


def _point_to_own_rows(
    model: Model, objects: list[models.Model], later: Iterable[tuple[int, str, int]],
    mapping: dict[int, int],
) -> None:
    changed = []
    for index, attname, old in later:
        setattr(objects[index], attname, mapping[old])
        changed.append((objects[index], attname))
    for attname in {a for _, a in changed}:
        model._default_manager.bulk_update([o for o, a in changed if a == attname], [attname])


def _link(
    model: Model, rows: list[dict[str, Any]], mapping: dict[int, int],
    ids: dict[Model, dict[int, int]],
) -> None:
    for m2m in model._meta.many_to_many:
        through = _through(m2m)
        target = ids[m2m.related_model]
        source, other = m2m.m2m_field_name(), m2m.m2m_reverse_field_name()
        through._default_manager.bulk_create(
            [
                through(**{f"{source}_id": mapping[row["id"]], f"{other}_id": target[t]})
                for row in rows
                for t in row.get(m2m.name, [])
            ],
            batch_size=1000,
        )

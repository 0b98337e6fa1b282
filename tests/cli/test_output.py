"""`dumps` writes exactly what `json.dumps(indent=2, ensure_ascii=False)` writes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from coffeechat.cli.output import dumps

CASES: list[Any] = [
    None,
    "plain",
    3.5,
    {},
    [],
    {"a": 1, "b": None, "c": True, "d": "x"},
    {"date": "2026-11-23", "items": [], "upcoming": []},
    {"items": [{"kind": "follow_up", "person": "Zoë \"Z\" Ng", "due": "2026-11-24T10:00"}]},
    {"items": [{"a": 1}, {"b": "line one\nline two"}, {"c": "}, {"}]},
    [{"nested": {"deeper": [1, 2, {"x": []}]}}, "tail", [[], {}]],
    {"tuple": (1, "two", None), "records": ({"a": 1}, {"a": 2})},
    [{"a": 1}, {}],  # an empty record is not a flat record
    {1: "a key that is not a string"},
    {"emoji": "☕ café", "float": 1e-7, "big": 10**20, "neg": -0.0},
]


@pytest.mark.parametrize("data", CASES)
def test_it_writes_what_the_standard_library_writes(data: Any) -> None:
    assert dumps(data) == json.dumps(data, indent=2, ensure_ascii=False)


def test_it_leaves_what_json_cannot_encode_to_json_itself() -> None:
    with pytest.raises(TypeError):
        dumps({"when": object()})

"""A fast yes/no check of a pack against the JSON Schema, compiled from the schema itself.

``jsonschema`` explains every problem well but needs tens of microseconds per phrase, which is
seconds for a 100,000-phrase pack. This module turns the same schema file into plain Python
predicates that only answer "does the data conform?". A pack that conforms skips
``jsonschema`` entirely; one that does not is handed to ``jsonschema`` for the precise messages.
So the schema file stays the one contract, and this checker may only be stricter, never looser
(tests compare both on a corpus).

Only the keywords the pack schema uses are understood; an unknown keyword is a programming
error raised when the schema is compiled, so the schema cannot silently outgrow the checker.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from assistant.packs.validate import schema

Predicate = Callable[[Any], bool]

# Keywords that carry no constraint.
_ANNOTATIONS = {"$schema", "$id", "title", "description", "default", "$defs"}
_UNDERSTOOD = _ANNOTATIONS | {
    "type",
    "const",
    "enum",
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "maxItems",
    "uniqueItems",
    "items",
    "required",
    "properties",
    "additionalProperties",
    "$ref",
}


def _is_type(name: str) -> Predicate:
    # Stricter than JSON Schema on one point: 3.0 is not accepted as an integer.
    checks: dict[str, Predicate] = {
        "string": lambda v: type(v) is str,
        "integer": lambda v: type(v) is int,
        "number": lambda v: type(v) in (int, float),
        "boolean": lambda v: type(v) is bool,
        "array": lambda v: type(v) is list,
        "object": lambda v: type(v) is dict,
        "null": lambda v: v is None,
    }
    return checks[name]


def _compile(node: dict[str, Any], root: dict[str, Any]) -> Predicate:
    unknown = set(node) - _UNDERSTOOD
    if unknown:
        raise ValueError(f"the fast pack checker does not understand {sorted(unknown)}")
    if "$ref" in node:
        target: Any = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _compile(target, root)
    if "const" in node:
        constant = node["const"]
        return lambda v: type(v) is type(constant) and v == constant
    if "enum" in node:
        allowed = frozenset(node["enum"])
        return lambda v: type(v) is str and v in allowed
    kind = node.get("type")
    if kind == "string":
        return _string(node)
    if kind == "integer":
        low, high = node.get("minimum"), node.get("maximum")
        return lambda v: (
            type(v) is int and (low is None or v >= low) and (high is None or v <= high)
        )
    if kind == "boolean":
        return _is_type("boolean")
    if kind == "array":
        return _array(node, root)
    if kind == "object":
        return _object(node, root)
    raise ValueError(f"the fast pack checker cannot compile {node!r}")


def _string(node: dict[str, Any]) -> Predicate:
    low = node.get("minLength", 0)
    high = node.get("maxLength")
    search = re.compile(node["pattern"]).search if "pattern" in node else None
    if search is None and high is None:
        return lambda v: type(v) is str and len(v) >= low
    if high is None:
        assert search is not None
        return lambda v: type(v) is str and len(v) >= low and search(v) is not None
    most: int = high
    if search is None:
        return lambda v: type(v) is str and low <= len(v) <= most
    return lambda v: type(v) is str and low <= len(v) <= most and search(v) is not None


def _array(node: dict[str, Any], root: dict[str, Any]) -> Predicate:
    item = _compile(node["items"], root) if "items" in node else (lambda v: True)
    most = node.get("maxItems")
    unique = bool(node.get("uniqueItems"))

    def check(value: Any) -> bool:
        if type(value) is not list or (most is not None and len(value) > most):
            return False
        if unique:
            try:
                if len(set(value)) != len(value):
                    return False
            except TypeError:  # unhashable items: let jsonschema decide
                return False
        return all(item(v) for v in value)

    return check


def _object(node: dict[str, Any], root: dict[str, Any]) -> Predicate:
    if node.get("additionalProperties", True) is not False:
        raise ValueError("the fast pack checker expects additionalProperties: false")
    fields = {key: _compile(sub, root) for key, sub in node.get("properties", {}).items()}
    required = tuple(node.get("required", ()))

    def check(value: Any) -> bool:
        if type(value) is not dict:
            return False
        for key in required:
            if key not in value:
                return False
        for key, item in value.items():
            field = fields.get(key)
            if field is None or not field(item):
                return False
        return True

    return check


@cache
def _root_predicate() -> Predicate:
    root = schema()
    return _compile(root, root)


def conforms(data: Any) -> bool:
    """True when ``data`` certainly passes the pack schema (False: ask jsonschema why not)."""
    return _root_predicate()(data)

"""Frozen record classes, declared like frozen dataclasses, made at import
without most of what ``@dataclass`` costs there.

``@dataclass`` writes six methods per class as source text and compiles
them when the module is imported: ~0.45 ms a class, ~20 ms for the model's
classes on every cold start. A :class:`Record` compiles only its
``__init__`` (the one method whose speed matters: the pipeline makes
thousands of nodes per document); equality, hashing, ``repr``, pickling and
the refusal to change a field are written once, here, for every record.

A record behaves as ``@dataclass(frozen=True, slots=True)`` does: fields in
the order of their annotations, defaults after them, keyword or positional
arguments, ``==`` and ``hash`` over the fields' values (only between records
of the same class), the same ``repr``, ``__match_args__``, no ``__dict__``,
and :class:`dataclasses.FrozenInstanceError` on assignment. Type checkers
read it as a frozen dataclass (:func:`typing.dataclass_transform`).

>>> class Point(Record):
...     x: int
...     y: int = 0
>>> Point(1), Point(1) == Point(x=1, y=0), Point.__match_args__
(Point(x=1, y=0), True, ('x', 'y'))
>>> Point(1).x = 2
Traceback (most recent call last):
dataclasses.FrozenInstanceError: cannot assign to field 'x'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from operator import attrgetter
from typing import Any, ClassVar, Final, TypeVar, dataclass_transform

_R = TypeVar("_R", bound="Record")
_SET: Final = object.__setattr__


@dataclass_transform(frozen_default=True)
class _RecordMeta(type):
    """Gives each class its ``__slots__``, ``__match_args__`` and
    ``__init__`` from its annotations, before the class is made."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> _RecordMeta:
        if any(isinstance(base, _RecordMeta) for base in bases):  # not Record itself
            if any(getattr(base, "_fields", ()) for base in bases):
                raise TypeError(f"{name}: a record does not extend another record's fields")
            fields = tuple(namespace.get("__annotations__", ()))
            defaults = {field: namespace.pop(field) for field in fields if field in namespace}
            namespace["__slots__"] = fields
            namespace["__match_args__"] = fields
            namespace["_fields"] = fields
            namespace["_values"] = staticmethod(_values_getter(fields))
            namespace["__init__"] = _init(namespace["__qualname__"], fields, defaults)
        return super().__new__(mcs, name, bases, namespace)


def _values_getter(fields: tuple[str, ...]) -> Callable[[Any], tuple[object, ...]]:
    """A function giving a record's values as a tuple (attrgetter gives one
    field's value bare)."""
    if len(fields) > 1:
        return attrgetter(*fields)
    if fields:
        one = attrgetter(fields[0])
        return lambda record: (one(record),)
    return lambda record: ()


def _init(
    qualname: str, fields: tuple[str, ...], defaults: dict[str, object]
) -> Callable[..., None]:
    """``__init__`` compiled for these fields: one assignment per field, as
    fast as the one ``@dataclass`` writes."""
    params = ["self"]
    for field in fields:
        if field in defaults:
            params.append(f"{field}=_default_{field}")
        elif any(earlier in defaults for earlier in fields[: fields.index(field)]):
            raise TypeError(f"{qualname}: field {field!r} without a default follows one with")
        else:
            params.append(field)
    body = "".join(f"    _set(self, {field!r}, {field})\n" for field in fields) or "    pass\n"
    source = f"def __init__({', '.join(params)}):\n{body}"
    scope: dict[str, Any] = {"_set": _SET}
    scope.update((f"_default_{field}", value) for field, value in defaults.items())
    exec(source, scope)  # the one method compiled per class
    init: Callable[..., None] = scope["__init__"]
    init.__qualname__ = f"{qualname}.__init__"
    return init


class Record(metaclass=_RecordMeta):
    """The base of every record class (see the module's text)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _values: ClassVar[Callable[[Any], tuple[object, ...]]]

    def __repr__(self) -> str:
        shown = ", ".join(f"{field}={getattr(self, field)!r}" for field in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return type(self)._values(self) == type(self)._values(other)

    def __hash__(self) -> int:
        return hash(type(self)._values(self))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> tuple[object, ...]:
        return type(self)._values(self)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for field, value in zip(self._fields, state, strict=True):
            _SET(self, field, value)


def replace(record: _R, **changes: object) -> _R:
    """A copy of ``record`` with some fields changed (``dataclasses.replace``)."""
    unknown = changes.keys() - set(record._fields)
    if unknown:
        raise TypeError(f"{type(record).__name__} has no field {sorted(unknown)[0]!r}")
    return type(record)(*[changes.get(f, getattr(record, f)) for f in record._fields])

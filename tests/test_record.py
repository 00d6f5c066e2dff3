"""encoder.record: a Record behaves as the frozen, slotted dataclass it replaces.

Each check builds the same class both ways and compares what Python's own
``@dataclass(frozen=True, slots=True)`` does with what the record does.
"""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass

import pytest

from encoder.model import Paragraph, Text, Turn, evolve
from encoder.record import Record, replace


class Pair(Record):
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DataPair:
    name: str
    count: int = 0
    tags: tuple[str, ...] = ()


class One(Record):
    value: str


@dataclass(frozen=True, slots=True)
class DataOne:
    value: str


def test_construction_defaults_and_repr_match_a_dataclass() -> None:
    for args, kwargs in [
        (("a",), {}),
        (("a", 2), {}),
        (("a",), {"tags": ("x",)}),
        ((), {"name": "b"}),
    ]:
        record, data = Pair(*args, **kwargs), DataPair(*args, **kwargs)  # type: ignore[arg-type]
        assert repr(record) == repr(data).replace("DataPair", "Pair")
        assert (record.name, record.count, record.tags) == (data.name, data.count, data.tags)
    assert repr(Text("it's")) == 'Text(value="it\'s")'


def test_equality_and_hash_are_over_the_values_as_in_a_dataclass() -> None:
    assert Pair("a", 1) == Pair("a", count=1)
    assert Pair("a", 1) != Pair("a", 2)
    assert hash(Pair("a", 1, ("t",))) == hash(DataPair("a", 1, ("t",)))
    assert hash(One("v")) == hash(DataOne("v")) == hash(("v",))
    assert len({Pair("a"), Pair("a"), Pair("b")}) == 2
    # records of two classes are never equal, even with the same values
    assert One("x") != Text("x")
    assert (One("x") == "x") is False


def test_a_record_is_frozen_and_has_no_dict() -> None:
    record = Pair("a")
    with pytest.raises(FrozenInstanceError):
        record.name = "b"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del record.count
    assert not hasattr(record, "__dict__")
    assert list(Pair.__slots__) == ["name", "count", "tags"] == list(Pair.__match_args__)


def test_arguments_are_checked_as_a_dataclass_checks_them() -> None:
    with pytest.raises(TypeError):
        Pair()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Pair("a", 1, (), "extra")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Pair("a", nothing=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="does not extend"):

        class Wider(Pair):
            extra: int = 0

    with pytest.raises(TypeError, match="without a default follows"):

        class Wrong(Record):
            first: int = 0
            second: int  # type: ignore[misc]


def test_pickle_copy_and_replace_give_equal_records() -> None:
    turn = Turn("MAO.", "MAO", None, (Paragraph((Text("Yes."),), 3),), 3, who="mao")
    assert pickle.loads(pickle.dumps(turn)) == turn
    assert copy.deepcopy(turn) == turn
    assert replace(turn, who="x", line=4) == Turn("MAO.", "MAO", None, turn.paragraphs, 4, who="x")
    assert evolve(turn, "who", "y").who == "y"
    with pytest.raises(TypeError):
        replace(turn, nothing=1)
    with pytest.raises(TypeError):
        evolve(turn, "nothing", 1)

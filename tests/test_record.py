"""``_record.record`` classes behave like ``dataclasses.dataclass(frozen=True)`` ones.

Every record class of the router core is compared with a real frozen
dataclass declared with the same fields: fields and defaults, ``__init__``
signature, equality, hashing, ``repr``, ``asdict``/``astuple``/``replace``,
frozenness, copy and pickle.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle
import subprocess
import sys

import pytest

from model_router import config, models, policy
from model_router._record import field, record

RECORD_CLASSES = [
    cls
    for module in (models, config, policy)
    for cls in vars(module).values()
    if isinstance(cls, type) and cls.__module__ == module.__name__ and "__record_fields__" in cls.__dict__
]


def _real_dataclass(cls: type) -> type:
    """The same class declared with ``dataclasses.dataclass(frozen=True)``."""
    namespace = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__annotations__": dict(cls.__annotations__),
    }
    for name, default in cls.__record_defaults__.items():
        if hasattr(default, "make"):
            namespace[name] = dataclasses.field(default_factory=default.make)
        else:
            namespace[name] = default
    return dataclasses.dataclass(frozen=True)(type(cls.__name__, (), namespace))


def _sample_arguments(cls: type, salt: int) -> dict[str, object]:
    """Hashable values for the fields without defaults, different per salt."""
    arguments: dict[str, object] = {}
    for index, name in enumerate(cls.__record_fields__):
        if name in cls.__record_defaults__:
            continue
        arguments[name] = f"{name}-{salt}" if index % 2 else salt + index
    return arguments


def test_the_core_classes_are_records() -> None:
    names = {cls.__name__ for cls in RECORD_CLASSES}
    assert {"PromptFeatures", "RoutingDecision", "RouterConfig", "EngineConfig", "ChainResult"} <= names
    assert len(RECORD_CLASSES) >= 20


@pytest.mark.parametrize("cls", RECORD_CLASSES, ids=lambda cls: cls.__name__)
def test_record_matches_a_real_frozen_dataclass(cls: type) -> None:
    real = _real_dataclass(cls)
    assert dataclasses.is_dataclass(cls)
    ours_fields = [(f.name, f.type, f.default, f.default_factory) for f in dataclasses.fields(cls)]
    real_fields = [(f.name, f.type, f.default, f.default_factory) for f in dataclasses.fields(real)]
    assert ours_fields == real_fields
    assert cls.__dataclass_params__.frozen and cls.__dataclass_params__.eq
    assert str(inspect.signature(cls)) == str(inspect.signature(real))
    assert cls.__match_args__ == real.__match_args__

    first, other = _sample_arguments(cls, 1), _sample_arguments(cls, 2)
    ours, real_instance = cls(**first), real(**first)
    assert dataclasses.is_dataclass(ours)
    assert repr(ours) == repr(real_instance)
    assert dataclasses.astuple(ours) == dataclasses.astuple(real_instance)
    assert dataclasses.asdict(ours) == dataclasses.asdict(real_instance)
    assert list(ours.__dict__) == list(cls.__record_fields__)
    assert ours == cls(**first) and not (ours != cls(**first))
    assert ours != real_instance  # exactly the same class only, like dataclasses
    if other != first:
        assert ours != cls(**other)
    try:
        expected_hash = hash(real_instance)
    except TypeError:  # a dict field: unhashable in both
        with pytest.raises(TypeError):
            hash(ours)
    else:
        assert hash(ours) == expected_hash
    if first:
        name = next(iter(first))
        changed = dataclasses.replace(ours, **{name: other[name]})
        assert changed == cls(**{**first, name: other[name]})
    for clone in (copy.copy(ours), copy.deepcopy(ours), pickle.loads(pickle.dumps(ours))):
        assert clone == ours and list(clone.__dict__) == list(cls.__record_fields__)

    for name in (*cls.__record_fields__, "not_a_field"):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(ours, name, 0)
        if name in cls.__record_fields__:
            with pytest.raises(dataclasses.FrozenInstanceError):
                delattr(ours, name)
    with pytest.raises(TypeError):
        cls(**first, not_a_field=1)


def test_default_factories_give_each_instance_its_own_value() -> None:
    @record
    class Box:
        label: str
        items: list[int] = field(default_factory=list)
        size: int = 3

    first, second = Box("a"), Box("b")
    assert first.items == [] and first.items is not second.items
    assert Box("a", [1]).items == [1] and Box("a").size == 3
    assert not hasattr(Box, "items")  # like dataclasses, the factory leaves no class attribute
    assert dataclasses.fields(Box)[1].default_factory is list
    assert str(inspect.signature(Box)).startswith("(label: 'str', items: 'list[int]' = ")


def test_record_rejects_what_it_does_not_support() -> None:
    with pytest.raises(TypeError, match="non-default argument"):

        @record
        class Bad:
            a: int = 1
            b: int

    with pytest.raises(TypeError, match="__slots__"):

        @record
        class Slotted:
            __slots__ = ("a",)
            a: int


def test_a_user_dataclass_may_extend_a_record() -> None:
    @dataclasses.dataclass(frozen=True)
    class Tagged(models.EngineRejection):
        tag: str = "x"

    tagged = Tagged("fast_local", "too slow", "t")
    assert [f.name for f in dataclasses.fields(Tagged)] == ["engine", "reason", "tag"]
    assert tagged.reason == "too slow" and dataclasses.asdict(tagged)["tag"] == "t"
    with pytest.raises(dataclasses.FrozenInstanceError):
        tagged.engine = "other"  # type: ignore[misc]


def test_routing_imports_neither_dataclasses_nor_yaml() -> None:
    code = (
        "import sys\n"
        "from model_router import ModelRouter\n"
        "router = ModelRouter.from_config()\n"
        "decision = router.route('fix the repo and run tests')\n"
        "decision.to_dict()\n"
        "print(sorted(name for name in ('dataclasses', 'inspect', 'yaml') if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

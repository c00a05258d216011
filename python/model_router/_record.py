"""``@record``: frozen dataclasses that cost almost nothing to define.

``dataclasses.dataclass(frozen=True)`` compiles six methods per class with
``exec``, and ``import dataclasses`` imports ``inspect``; for the ~20 data
classes of the router core that was ~45 ms of every ``model-router decide``
on the development machine (2 GHz EPYC). ``@record`` makes the same classes
with one small compilation each (``__init__``) and shared, generic ``__eq__``,
``__hash__``, ``__repr__``, ``__setattr__`` and ``__delattr__`` that behave as
the generated ones do:

* ``__init__(self, <fields in order, defaults as declared>)``; ``field(
  default_factory=...)`` gives a per-instance default;
* equality with an object of exactly the same class compares the field
  tuples, hashing hashes the field tuple, ``repr`` is ``Name(a=1, b='x')``;
* assigning or deleting any attribute raises
  ``dataclasses.FrozenInstanceError``;
* ``__match_args__`` is the field names.

They stay dataclasses for every caller: ``dataclasses.is_dataclass``,
``fields``, ``asdict``, ``astuple`` and ``replace`` work, because
``__dataclass_fields__`` and ``__dataclass_params__`` are made on first access
(by applying ``dataclasses.dataclass(frozen=True)`` to a shadow class with the
same fields; only then is ``dataclasses`` imported).

Instances keep their fields in ``__dict__`` in declaration order, and
``__init__`` sets that dict in one step, which is what makes building the
33-field ``PromptFeatures`` cheap; see :func:`instance_dict_setter` for hot
paths that copy a template instead.
"""

from __future__ import annotations

from operator import attrgetter

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _T = TypeVar("_T")
else:

    def dataclass_transform(**_: object) -> object:
        return lambda decorated: decorated


__all__ = ["field", "instance_dict_setter", "record", "record_fields"]

class _FactoryDefault:
    """The ``__init__`` default of a factory field (shown as ``<factory>``, as in dataclasses)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _FactoryDefault()
_MISSING = object()


class _Factory:
    """What ``field(default_factory=...)`` leaves in the class body."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], object]) -> None:
        self.make = make


def field(*, default_factory: Callable[[], _T]) -> _T:
    """A field whose default is ``default_factory()``, called per instance."""
    return _Factory(default_factory)  # type: ignore[return-value]


def record_fields(cls: type) -> tuple[str, ...]:
    """The field names of a record class (or instance's class), in declaration order."""
    return cls.__record_fields__  # type: ignore[attr-defined, no-any-return]


def instance_dict_setter(cls: type) -> Any:
    """The ``__set__`` of ``cls``'s ``__dict__`` descriptor (bypasses the frozen ``__setattr__``).

    Hot paths build an instance as ``instance = object.__new__(cls)`` then
    ``set_dict(instance, values)``, where ``values`` is a fresh dict holding
    exactly the fields of ``cls`` in declaration order (for example
    ``template.copy()`` of another instance's ``__dict__`` with some values
    replaced); it then behaves exactly like an instance built by ``__init__``.
    """
    for klass in cls.__mro__:
        descriptor = klass.__dict__.get("__dict__")
        if descriptor is not None:
            return descriptor.__set__
    raise TypeError(f"{cls.__name__} instances have no __dict__")


def _frozen(name: str) -> Exception:
    from dataclasses import FrozenInstanceError

    return FrozenInstanceError(f"cannot assign to field {name!r}")


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is self.__class__:
        values = self.__record_values__
        return values(self) == values(other)  # type: ignore[no-any-return]
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__record_values__(self))


def _repr(self: Any) -> str:
    values = self.__record_values__(self)
    pairs = ", ".join(f"{name}={value!r}" for name, value in zip(self.__record_fields__, values))
    return f"{type(self).__qualname__}({pairs})"


def _setattr(self: Any, name: str, value: object) -> None:
    cls = type(self)
    if cls.__dict__.get("__record_fields__") is not None or name in cls.__record_fields__:
        raise _frozen(name)
    object.__setattr__(self, name, value)


def _delattr(self: Any, name: str) -> None:
    cls = type(self)
    if cls.__dict__.get("__record_fields__") is not None or name in cls.__record_fields__:
        raise _frozen(name)
    object.__delattr__(self, name)


class _DataclassView:
    """``__dataclass_fields__`` / ``__dataclass_params__`` of a record, made on first access."""

    def __init__(self, cls: type, attribute: str) -> None:
        self.cls = cls
        self.attribute = attribute

    def __get__(self, instance: object, owner: type | None = None) -> Any:
        import dataclasses

        cls = self.cls
        namespace: dict[str, Any] = {
            "__module__": cls.__module__,
            "__qualname__": cls.__qualname__,
            "__annotations__": dict(cls.__dict__["__annotations__"]),
        }
        for name, default in cls.__record_defaults__.items():  # type: ignore[attr-defined]
            if isinstance(default, _Factory):
                namespace[name] = dataclasses.field(default_factory=default.make)
            else:
                namespace[name] = default
        shadow = dataclasses.dataclass(frozen=True)(type(cls.__name__, (), namespace))
        type.__setattr__(cls, "__dataclass_fields__", shadow.__dataclass_fields__)
        type.__setattr__(cls, "__dataclass_params__", shadow.__dataclass_params__)
        return getattr(cls, self.attribute)


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen dataclass (see the module docstring)."""
    own = cls.__dict__
    if "__slots__" in own:
        raise TypeError(f"{cls.__name__}: a record keeps its fields in __dict__, not __slots__")
    for base in cls.__mro__[1:]:
        if "__record_fields__" in base.__dict__ or hasattr(base, "__dataclass_fields__"):
            raise TypeError(f"{cls.__name__}: records do not inherit fields")
    for method in ("__setattr__", "__delattr__"):
        if method in own:
            raise TypeError(f"{cls.__name__}: a record cannot define {method}")
    names = tuple(own.get("__annotations__", {}))
    defaults: dict[str, Any] = {}
    parameters, items = [], []
    namespace: dict[str, Any] = {"_set_dict": instance_dict_setter(cls), "_FACTORY": _FACTORY}
    for index, name in enumerate(names):
        default = own.get(name, _MISSING)
        if isinstance(default, _Factory):
            defaults[name] = default
            namespace[f"_make{index}"] = default.make
            parameters.append(f"{name}=_FACTORY")
            items.append(f"{name!r}: _make{index}() if {name} is _FACTORY else {name}")
            delattr(cls, name)
            continue
        if default is not _MISSING:
            defaults[name] = default
            namespace[f"_default{index}"] = default
            parameters.append(f"{name}=_default{index}")
        elif defaults:
            raise TypeError(f"{cls.__name__}: non-default argument {name!r} follows default argument")
        else:
            parameters.append(name)
        items.append(f"{name!r}: {name}")
    source = f"def __init__(self, {', '.join(parameters)}):\n    _set_dict(self, {{{', '.join(items)}}})\n"
    exec(source, namespace)  # noqa: S102 - generated from the annotated names above
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    annotations = own.get("__annotations__", {})
    init.__annotations__ = {**{name: annotations[name] for name in names}, "return": None}

    if len(names) == 1:
        only = names[0]

        def values(instance: object) -> tuple[object, ...]:
            return (getattr(instance, only),)
    else:
        values = attrgetter(*names)  # type: ignore[assignment]

    setattr_ = type.__setattr__
    setattr_(cls, "__init__", init)
    setattr_(cls, "__record_fields__", names)
    setattr_(cls, "__record_defaults__", defaults)
    setattr_(cls, "__record_values__", staticmethod(values))
    setattr_(cls, "__match_args__", names)
    setattr_(cls, "__setattr__", _setattr)
    setattr_(cls, "__delattr__", _delattr)
    for method, function in (("__eq__", _eq), ("__hash__", _hash), ("__repr__", _repr)):
        if method not in own or (method == "__hash__" and own[method] is None):
            setattr_(cls, method, function)
    setattr_(cls, "__dataclass_fields__", _DataclassView(cls, "__dataclass_fields__"))
    setattr_(cls, "__dataclass_params__", _DataclassView(cls, "__dataclass_params__"))
    return cls

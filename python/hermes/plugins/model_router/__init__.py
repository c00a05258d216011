"""Legacy import path of release 0.5.3: the same objects as ``model_router``.

``hermes.plugins.model_router.<sub>`` resolves to the very module object
``model_router.<sub>`` (an alias, not a copy), so both paths share one state.
Only ``cli`` is a real file here, so ``python -m hermes.plugins.model_router.cli``
keeps working.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
from types import ModuleType

import model_router as _model_router
from model_router import ModelRouter, backend, build_dispatch_plan, route_prompt, score_prompt

__all__ = list(_model_router.__all__)
_ = (ModelRouter, backend, build_dispatch_plan, route_prompt, score_prompt)


def __getattr__(name: str) -> object:
    # Every other public name of model_router, loaded on first use there too.
    return getattr(_model_router, name)


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self._target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self._target)

    def exec_module(self, module: ModuleType) -> None:
        """The target module is already executed."""


class _AliasFinder(importlib.abc.MetaPathFinder):
    _prefix = __name__ + "."
    _real_files = frozenset({__name__ + ".cli"})

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if not fullname.startswith(self._prefix) or fullname in self._real_files:
            return None
        real = "model_router." + fullname[len(self._prefix):]
        if importlib.util.find_spec(real) is None:
            return None
        return importlib.util.spec_from_loader(fullname, _AliasLoader(real))


if not any(isinstance(finder, _AliasFinder) for finder in sys.meta_path):
    sys.meta_path.insert(0, _AliasFinder())

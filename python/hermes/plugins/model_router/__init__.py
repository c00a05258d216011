"""Legacy import path of release 0.5.3: the same objects as ``model_router``.

Submodules (``hermes.plugins.model_router.config``, ``.cli``, ...) resolve
to the ``model_router`` modules themselves, so both paths share one state.
"""

from __future__ import annotations

import model_router as _model_router
from model_router import *  # noqa: F403
from model_router import ModelRouter, build_dispatch_plan, backend, route_prompt, score_prompt

__all__ = list(_model_router.__all__)
# Let "import hermes.plugins.model_router.config" find model_router's modules.
__path__ = _model_router.__path__  # type: ignore[assignment]
_ = (ModelRouter, build_dispatch_plan, backend, route_prompt, score_prompt)

"""Both scoring backends built from the same table and the default config.

The benchmarks compare the Rust extension and the pure-Python twin side by
side in one process, so each backend's classes are constructed directly with
the arguments ``ModelRouter`` itself passes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

# model_router is imported inside the functions: `bench/run.py` imports the
# prompts below before it times a worker's first import and `from_config`,
# which must see a process that has loaded nothing of the package yet.

#: The routing table of the product README: prompt -> engine of the default config.
README_ROUTES: dict[str, str] = {
    "rewrite this text": "fast_local",
    "summarize these notes": "balanced_local",
    "design a distributed task scheduler architecture": "reasoning_local",
    "fix the repo and run tests": "code_agent",
    "search the web for the latest TypeScript release notes": "web_research",
    "extract text from this screenshot": "multimodal_vision",
    "generate an image of a router dashboard": "image_generation",
    "drop the production database": "human_confirm",
}

_PARAGRAPH = (
    "Please refactor the payment module in our repo, explain the tradeoffs of the "
    "new retry design, add unit tests for the edge cases, and summarize the changes "
    "for the release notes. Keep the public API stable and document every function. "
)


#: A pasted-material prompt (an ask, then an email thread full of acts): the
#: layout is read and the user's own lines scanned again (docs/routing.md).
PASTED_PROMPT = (
    "Summarize this email thread for my manager in 4 bullets: what was decided, what is open, who owns what.\n"
    "\n"
    "From: Helena Voss\n"
    "Subject: Re: Tableau renewal\n"
    "Our Creator licences (14 seats) renew on 30 June at $75/seat/month. Finance wants us to approve the PO\n"
    "by 15 June or cancel. I'd propose we drop to 9 seats; five had no logins since January.\n"
    "\n"
    "From: Marcus Obi\n"
    "Agree on 9. The two analysts in Rotterdam start in July and will need seats. Can we add seats mid-term?\n"
    "\n"
    "From: Jess Kowalczyk (Finance)\n"
    "Fine by me. Helena, please send me the revised quote and I'll approve the PO once it's in Coupa.\n"
    "Do we cancel the old Server licence too? It's still billed at $4,100/yr. Please pay the June invoice.\n"
    "\n"
    "From: Helena Voss\n"
    "Need to check with IT whether anyone still uses Server. Will confirm by Friday.\n"
)


def long_prompt(size: int) -> str:
    """A realistic English/code prompt of exactly ``size`` characters."""
    return (_PARAGRAPH * (size // len(_PARAGRAPH) + 1))[:size]


@dataclass(frozen=True)
class BackendTables:
    """One backend's scorer and route table for the default config."""

    name: str
    scorer: Any
    route_table: Any


def backend_modules() -> dict[str, ModuleType]:
    """Available backends by name: always ``python``, ``rust`` when built."""
    from model_router import scorer_py

    modules: dict[str, ModuleType] = {"python": scorer_py}
    try:
        from model_router import _rust
    except ImportError:
        pass
    else:
        modules["rust"] = _rust
    return modules


def build_tables() -> dict[str, BackendTables]:
    """Scorer and route table of every available backend, same inputs."""
    from model_router import ModelRouter, features, first_words
    from model_router.policy import FAIL_CLOSED_ENGINE, static_chains
    from model_router.scorer import merge_weights

    router = ModelRouter.from_config(validate_availability=False)
    config = router.config
    weights = merge_weights(config.scoring.weights)
    safety = (bool(config.safety.require_human_confirmation),) + tuple(
        bool(config.safety.confirmation_overrides.get(flag, False))
        for flag in (
            "allow_destructive_actions",
            "allow_send_actions",
            "allow_purchase_actions",
            "allow_high_impact_external_actions",
            "allow_ambiguous_high_impact",
        )
    )
    chains = static_chains(config, router._availability_of)  # noqa: SLF001 - same chains the router uses
    tables: dict[str, BackendTables] = {}
    for name, module in backend_modules().items():
        scorer = module.FeatureScorer(
            list(features.PRESENCE_PATTERNS),
            list(features.GUARDED_PATTERNS),
            weights,
            config.scoring.saturation_k,
            first_words.packaged_index() if name == "rust" else None,
            (features.PASTED_TEXT_REQUEST, features.PASTED_ACT_REQUEST),
        )
        table = module.RouteTable(scorer, safety, chains, FAIL_CLOSED_ENGINE)
        tables[name] = BackendTables(name, scorer, table)
    return tables

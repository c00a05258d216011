"""Guess which engine roles a local model can fill, from its name alone.

0.5.3 looked for substrings, so "gemini" counted as "mini" and "vl" matched
inside "develop". Here a name is split into whole tokens on every
non-alphanumeric character ("Qwen2.5-VL-7B" -> qwen2, 5, vl, 7b) and a role
keyword must equal a token. Sizes are read from the raw name, because the
token split would cut "1.5b" in two.
"""

from __future__ import annotations

import re

from model_router.config import DEFAULT_ROUTING_TARGETS

__all__ = [
    "ENGINE_ROLES",
    "ROUTE_ENGINES",
    "ROUTE_LABELS",
    "ROLE_ADAPTERS",
    "infer_roles",
    "name_tokens",
    "parse_size_billions",
]

#: The seven routes the setup assistant configures, with the local engine that
#: serves each one by default (behaviour 3, default routing targets).
ROUTE_ENGINES: dict[str, str] = {
    route: engine for route, engine in DEFAULT_ROUTING_TARGETS.items() if route != "confirmation"
}

#: What each route is for, shown by the wizard.
ROUTE_LABELS: dict[str, str] = {
    "simple": "Simple: rewrites, extraction, formatting",
    "balanced": "Balanced: summaries and general tasks",
    "reasoning": "Reasoning: planning, architecture, hard questions",
    "coding": "Coding: repository work, edits, tests",
    "research": "Research: current information, retrieval (RAG)",
    "vision": "Vision: screenshots, OCR, charts",
    "image_generation": "Image generation: text to image",
}

#: Engine roles in the order a model is checked for them.
ENGINE_ROLES: tuple[str, ...] = (
    "multimodal_vision",
    "image_generation",
    "code_agent",
    "web_research",
    "fast_local",
    "balanced_local",
    "reasoning_local",
)

#: The adapter a local model gets when it is wired into a role.
ROLE_ADAPTERS: dict[str, str] = {
    "fast_local": "local_chat",
    "balanced_local": "local_chat",
    "reasoning_local": "local_reasoning",
    "code_agent": "local_code",
    "web_research": "web_research",
    "multimodal_vision": "local_vision",
    "image_generation": "local_image_generation",
}

# Whole-token keywords per role. The 0.5.3 keywords are all here; the extras
# are model-family names that are unambiguous as whole tokens.
_VISION_TOKENS = frozenset({"vl", "vision", "ocr", "llava", "vlm", "pixtral", "moondream"})
_IMAGE_GENERATION_TOKENS = frozenset({"diffusion", "sdxl", "flux", "sd3", "sd15"})
_CODE_TOKENS = frozenset(
    {"code", "coder", "codellama", "starcoder", "starcoder2", "codegemma", "codestral", "codeqwen", "devstral"}
)
_RESEARCH_TOKENS = frozenset({"embed", "embedding", "embeddings", "bge", "e5", "rerank", "reranker"})
_FAST_TOKENS = frozenset({"small", "mini", "tiny", "nano"})
_BALANCED_TOKENS = frozenset({"instruct", "chat", "it"})
_REASONING_TOKENS = frozenset({"reason", "reasoning", "reasoner", "r1", "qwq", "thinking"})

_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
# "<n>b" or "<n>m" (millions), not glued to a preceding letter, digit or dot
# (so "e4b" and "v0.5b" are not sizes) and not followed by one ("4bit").
# "8x7b" (mixture of experts) is read as 8 * 7.
_SIZE = re.compile(r"(?<![a-z0-9.])(?:(\d+)x)?(\d+(?:\.\d+)?)([bm])(?![a-z0-9])")


def name_tokens(name: str) -> list[str]:
    """Split a model name into lowercase alphanumeric tokens."""
    return [token for token in _TOKEN_SPLIT.split(name.lower()) if token]


def parse_size_billions(name: str) -> float | None:
    """Return the largest parameter count named in ``name``, in billions.

    ``"Qwen2.5-Coder-1.5B-Instruct"`` gives 1.5, ``"SmolLM2-135M"`` gives
    0.135, ``"Mixtral-8x7B"`` gives 56.0, and a name without a size gives
    ``None``.
    """
    largest: float | None = None
    for experts, number, unit in _SIZE.findall(name.lower()):
        size = float(number) * (int(experts) if experts else 1)
        if unit == "m":
            size /= 1000.0
        if largest is None or size > largest:
            largest = size
    return largest


def infer_roles(name: str) -> list[str]:
    """Return the engine roles a model named ``name`` can fill, in role order.

    Only the name is used; no file is opened. An empty list means the name
    says nothing about what the model is for.
    """
    tokens = set(name_tokens(name))
    size = parse_size_billions(name)
    roles: list[str] = []
    if tokens & _VISION_TOKENS or {"image", "text"} <= tokens:
        roles.append("multimodal_vision")
    if tokens & _IMAGE_GENERATION_TOKENS:
        roles.append("image_generation")
    if tokens & _CODE_TOKENS:
        roles.append("code_agent")
    if tokens & _RESEARCH_TOKENS:
        roles.append("web_research")
    # Embedding and diffusion models are not chat models, whatever their size.
    if "web_research" in roles or "image_generation" in roles:
        return roles
    if tokens & _FAST_TOKENS or (size is not None and size <= 1.5):
        roles.append("fast_local")
    if tokens & _BALANCED_TOKENS or (size is not None and 2 <= size <= 13):
        roles.append("balanced_local")
    if tokens & _REASONING_TOKENS or (size is not None and size >= 7):
        roles.append("reasoning_local")
    return roles

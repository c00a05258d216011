"""The names and numbers both scoring backends share.

Signal and feature names (bit order), the built-in weights and the scoring
thresholds. ``features`` (the pattern table) re-exports every name here, so
``features.X`` keeps working; modules that need only these constants import
this module instead, because importing ``features`` means building the
table (tens of milliseconds), which the Rust backend does not need: it reads
the packaged copy of the finished table (``model_router.pattern_table``).
"""

from __future__ import annotations

# Not typing.TYPE_CHECKING: importing typing costs more than this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Final

__all__ = [
    "AMBIGUOUS_MAX_WORDS",
    "BUILTIN_WEIGHTS",
    "CONDITIONAL_SIGNALS",
    "CONFIRMATION_RISK",
    "DEFAULT_SATURATION_K",
    "FEATURE_NAMES",
    "LONG_CONTEXT_CHARS",
    "LONG_CONTEXT_TOKENS",
    "LONG_PROMPT_TOKENS",
    "MEDIUM_PROMPT_TOKENS",
    "PASTED_ACTION_SIGNALS",
    "PASTED_FRESHNESS_SIGNALS",
    "PASTED_PLANNING_SIGNALS",
    "SEPARATOR_RANGES",
    "SIGNAL_NAMES",
    "VERY_LONG_PROMPT_TOKENS",
]

# --- normalization ------------------------------------------------------------

# Non-ASCII code point ranges that separate words: Latin-1 punctuation and
# NBSP, general punctuation (dashes, curly quotes, zero-width joiners, line and
# paragraph separators), arrows/math/technical/box/shapes/dingbats, CJK
# punctuation, presentation forms, full-width punctuation, the BOM and
# emoji/pictographs with their variation selectors. Kept as explicit ranges so
# the rule never depends on a Unicode database version.
SEPARATOR_RANGES: Final[tuple[tuple[int, int], ...]] = (
    (0x0080, 0x00BF),
    (0x00D7, 0x00D7),
    (0x00F7, 0x00F7),
    (0x1680, 0x1680),
    (0x2000, 0x206F),
    (0x2190, 0x2BFF),
    (0x3000, 0x303F),
    (0xFE00, 0xFE0F),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFEFF, 0xFEFF),
    (0xFF01, 0xFF0F),
    (0xFF1A, 0xFF20),
    (0xFF3B, 0xFF40),
    (0xFF5B, 0xFF65),
    (0x1F000, 0x1FAFF),
)

# --- signals ------------------------------------------------------------------

#: Bit ``i`` of a signal mask is ``SIGNAL_NAMES[i]``: the presence signals in
#: table order, then the guarded ones. Written out (``features`` builds the
#: same names from its table and asserts at import that they are these), so
#: the Rust backend's path needs no table to know them.
SIGNAL_NAMES: Final[tuple[str, ...]] = (
    # presence signals (features.PRESENCE_PATTERNS)
    "simple_transform",
    "code_task",
    "design_question",
    "prose_request",
    "code_request",
    "concrete_request",
    "email_words",
    "email_object",
    "production",
    "security",
    "pii",
    "danger_command",
    "structured_output",
    "vague_request",
    # guarded signals (features.GUARDED_PATTERNS)
    "research_intent",
    "current_info_intent",
    "freshness_object",
    "multi_step_reasoning",
    "architecture",
    "tool_intent",
    "file_intent",
    "calendar_intent",
    "shell_intent",
    "github_intent",
    "legal_domain",
    "medical_domain",
    "financial_domain",
    "coding_intent",
    "image_generation_intent",
    "vision_intent",
    "destructive_action",
    "send_action",
    "purchase_action",
    "high_impact_external_action",
)

#: Presence signals a scan looks for only when all the signals of their
#: condition are set, in this order, after every other signal is decided:
#: the derivation reads them only then (a design question that names code,
#: prose asked about code, see ``scorer_py._derive``), and their words ("how",
#: "should", "from", "fix") are too common to try at every occurrence in
#: every prompt. Both backends hold to it (the Rust scorer lists the same
#: conditions).
CONDITIONAL_SIGNALS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("design_question", ("coding_intent", "multi_step_reasoning")),
    ("code_task", ("coding_intent", "multi_step_reasoning", "design_question")),
    ("code_request", ("coding_intent", "prose_request")),
)

# Action signals of a pasted block (``model_router.pasted``; the two cue regexes
# that decide when they are dropped are ``features.PASTED_TEXT_REQUEST`` and
# ``features.PASTED_ACT_REQUEST``).

#: Action signals a pasted block's acts set (the ones that make a prompt
#: external, see ``scorer_py._derive``). Not ``danger_command``: the danger lexicon
#: (rm -rf, DROP TABLE, a force push) is never exempt, pasted or not.
PASTED_ACTION_SIGNALS: Final[tuple[str, ...]] = (
    "destructive_action", "send_action", "purchase_action", "high_impact_external_action",
)
#: The ask for current information, which a pasted block's dates and news
#: words set ("announced today", "the latest update"): the user's own lines
#: say whether current information is asked for (what it is about, the
#: block may name: "Is this recall notice still current?").
PASTED_FRESHNESS_SIGNALS: Final[tuple[str, ...]] = ("current_info_intent",)
#: Planning and design words a block is full of (a runbook's "rollback plan",
#: an incident report's "migration"): with a text task whose lines ask no
#: question ("Can you find a roster that works?" after a list of rules makes
#: the rules the problem), only the user's own lines make the prompt
#: reasoning work. Like ``freshness_object`` (which the
#: block keeps only when a user line with current information is a question:
#: "Is this recall notice still current?"), never added from a part.
PASTED_PLANNING_SIGNALS: Final[tuple[str, ...]] = ("multi_step_reasoning", "architecture")

# --- features, weights and thresholds -------------------------------------------

#: Bit ``i`` of a feature mask is ``FEATURE_NAMES[i]`` (PromptFeatures order,
#: after prompt_length and estimated_tokens).
FEATURE_NAMES: Final[tuple[str, ...]] = (
    "simple_transform",
    "coding_intent",
    "research_intent",
    "current_info_intent",
    "multi_step_reasoning",
    "tool_intent",
    "file_intent",
    "email_intent",
    "calendar_intent",
    "shell_intent",
    "github_intent",
    "vision_intent",
    "image_generation_intent",
    "legal_domain",
    "medical_domain",
    "financial_domain",
    "sensitive_domain",
    "destructive_action",
    "external_action",
    "high_impact_external_action",
    "purchase_action",
    "send_action",
    "structured_output",
    "ambiguous",
    "long_context",
    "requires_tools",
    "requires_freshness",
    "requires_code_execution",
    "requires_vision",
    "requires_image_generation",
    "requires_confirmation",
)

#: The scorer's built-in weights (behaviour §2.3). A config's ``scoring.weights``
#: are merged over these, dimension by dimension.
BUILTIN_WEIGHTS: Final[dict[str, dict[str, int]]] = {
    "complexity": {
        "medium_prompt": 10,
        "long_prompt": 15,
        "very_long_prompt": 15,
        "coding_intent": 25,
        "research_intent": 20,
        "current_info_intent": 20,
        "multi_step_reasoning": 25,
        "architecture": 25,
        "tool_intent": 10,
        "structured_output": 8,
        "ambiguous": 12,
        "long_context": 20,
        "sensitive_domain": 8,
        "vision_intent": 15,
        "image_generation_intent": 18,
    },
    "risk": {
        "destructive_action": 70,
        "send_action": 60,
        "purchase_action": 60,
        "external_action": 40,
        "file_shell_github": 25,
        "sensitive_domain": 25,
        "legal_domain": 5,
        "medical_domain": 5,
        "financial_domain": 5,
        "ambiguous_high_impact": 15,
        "production": 20,
        "security": 15,
        "pii": 20,
    },
    "confidence": {
        "ambiguous": 25,
        "short_high_risk": 15,
        "weak_feature_match": 10,
        "empty_prompt": 40,
    },
}

DEFAULT_SATURATION_K: Final[int] = 50

# Thresholds of behaviour §2.2/§2.3, shared by both backends.
MEDIUM_PROMPT_TOKENS: Final[int] = 200
LONG_PROMPT_TOKENS: Final[int] = 800
VERY_LONG_PROMPT_TOKENS: Final[int] = 1600
LONG_CONTEXT_TOKENS: Final[int] = 1000
LONG_CONTEXT_CHARS: Final[int] = 4000
AMBIGUOUS_MAX_WORDS: Final[int] = 4
CONFIRMATION_RISK: Final[int] = 70

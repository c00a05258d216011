"""Hypothesis strategies that actually reach the routing patterns."""

from __future__ import annotations

import re

from hypothesis import strategies as st

from model_router import features
from model_router.config import load_router_config

# Vocabulary: every literal word that appears in the pattern table, plus
# filler. Pulled from the table itself so new patterns are exercised too.
_TABLE_TEXT = " ".join(
    [p for _, p in features.PRESENCE_PATTERNS] + [b + " " + p for _, b, p in features.GUARDED_PATTERNS]
)
VOCABULARY = sorted(set(re.findall(r"[a-z][a-z0-9'.+#-]{1,}", _TABLE_TEXT)) - {"b", "u", "x"})
FILLER = ["the", "a", "my", "please", "now", "and", "then", "to", "of", "this", "it", "in", "for", "how", "do", "i"]
SEPARATORS = [" ", "  ", "\n", "\t", "-", ",", ".", "?", "!", '"', "(", ")", "/", ":", "\u00a0", "\u2028",
              "\x1c", "\x85", "\u3000", "\u201c", "\u2014", "_", "'", "*", "=", "\r\n", "\x00"]
NOISE = ["é", "ſ", "\u212a", "İ", "Σ", "ς", "²", "\u0301", "😀", "👍🏽", "中文", "\ufeff", "\u200d", "ß", "\ufffd"]
TRAPS = ["\n", "\x1c\x1d\x1e\x1f", "\x85", "\xa0", "ſ", "\u212a", "İ", "ΑΣ", "²", "e\u0301", "😀", "\U0001f9d1\u200d\U0001f4bb"]

def _case(word: str, mode: int) -> str:
    return [word, word.upper(), word.title(), word.swapcase()][mode]


@st.composite
def vocabulary_prompts(draw):
    count = draw(st.integers(min_value=1, max_value=14))
    parts = []
    for _ in range(count):
        kind = draw(st.integers(0, 9))
        if kind <= 5:
            word = draw(st.sampled_from(VOCABULARY))
        elif kind <= 7:
            word = draw(st.sampled_from(FILLER))
        elif kind == 8:
            word = draw(st.sampled_from(NOISE))
        else:
            word = draw(st.text(max_size=4))
        parts.append(_case(word, draw(st.integers(0, 3))))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


# Seeds that reach each target, so every route is exercised, then perturbed.
SEEDS = [
    "rewrite this text", "proofread my cover letter", "summarize these notes",
    "design a distributed task scheduler architecture", "fix the repo and run tests",
    "search the web for the latest TypeScript release notes", "extract text from this screenshot",
    "generate an image of a router dashboard", "drop the production database", "fix this",
    "Handle my taxes", "how do I delete a git branch?", "sort in alphabetical order and order a pizza",
]


@st.composite
def seeded_prompts(draw):
    seed = draw(st.sampled_from(SEEDS))
    words = seed.split(" ")
    extra = draw(st.lists(st.sampled_from(VOCABULARY + FILLER + NOISE), max_size=3))
    for word in extra:
        words.insert(draw(st.integers(0, len(words))), word)
    separators = [draw(st.sampled_from(SEPARATORS)) for _ in words]
    return "".join(_case(w, draw(st.integers(0, 3))) + sep for w, sep in zip(words, separators))


PROMPTS = st.one_of(
    vocabulary_prompts(), seeded_prompts(), seeded_prompts(), st.text(max_size=200), st.sampled_from(TRAPS)
)



HINTS = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {},
        optional={
            "attachments": st.lists(st.sampled_from(["image", "pdf", "audio", "code"]), max_size=3),
            "max_cost_tier": st.sampled_from(["none", "free", "low", "medium", "paid", "high", "bogus"]),
            "max_latency_tier": st.sampled_from(["low", "medium", "high", "manual", "bogus"]),
            "latency_sensitive": st.booleans(),
            "force_engine": st.sampled_from(sorted(load_router_config().engines) + ["missing_engine"]),
            "context_tokens": st.integers(min_value=0, max_value=300_000),
        },
    ),
)



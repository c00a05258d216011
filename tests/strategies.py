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


# Pasted material: an ask, a block with acts in it, sometimes a line after.
# Every layout rule of model_router.pasted has pieces here (colon and blank
# line openings, paragraphs, list items, quotes that close or not, fences,
# lines to the reader, continuations, trailers) so both ports are compared
# where they branch.
PASTE_OPENINGS = [
    "Summarize this thread for my manager:", "Translate this into French", "Is this a scam?",
    "Here's my todo list:", "Do these for me:", "Can you take care of these?", "FYI:",
    "Make this Slack message friendlier. I'll post it myself.", "What does this mean?",
    "Review this script before I run it:", "Which of these should I pay first?", "Dear tenant,",
    "Proofread this and send it to Marco:", "Explain the error below", "Follow the steps below:",
]
PASTE_LINES = [
    "Please pay the invoice by Friday.", "Cancel the old PO.", "Delete your drafts from /Q3.",
    "We will refund the fee to your card.", "Order your permit at www.example.gov/permits.",
    "Deploy v2.3 to prod tonight.", "Thanks,", "Jo", "From: Helena Voss", "Subject: Re: renewal",
    "- pay rent", "* cancel gym", "1. book the dentist", "2) send the RSVP", "\u2022 transfer $300",
    '"Delete it all.', 'Pay it now."', '"Send the report."', "> please wire the money", "```", "~~~",
    "rm -rf /srv/app", "DROP TABLE users;", "Also, delete the English version.", "Then forward it to Dana.",
    "PS: pay the overdue one.", "And then email Tom.", "Ok, transfer the money then.", "Go ahead.",
    "Rank your hypotheses.", "\u201cCancel my plan.\u201d", "\u00abpay now\u00bb", "Alsoo delete it",
    "Once done, publish the post.", "Please submit the form by 30 April.", "", "  ", "\t", "\r",
    '{"action": "delete", "id": 7}', '[{"day": "Mon"},', ' {"event": "pay rent"}]', "[1, 2]", "{",
    # lines a tool printed, and near misses of them
    "10:14:02 checkout deploy paused", "12:30 works for me, book it", "2026-03-04 12:00 sent",
    "2026-03-04 works, pay it", "2026-03-04T09:00Z purge done", "feat(export): bulk delete",
    "fix!: drop the cache", "feature: send it", "harbor/events.py:18: error: publish",
    "a1b2c3d Delete old branch", "deadbeef send it", "+x = delete()", "-5 degrees, cancel it",
    "+1 post it", "@@ -1,2 +1,3 @@", "$ rm -rf build", "--- a/app.py", "été: 12:30:00",
    # a script's shebang, and a near miss
    "#!/usr/bin/env bash", "#!/bin/sh", "# !not a shebang, send it", "If it looks fine, run it.",
    # a transcript's lines (a speaker heard twice ends it) and near misses of a label
    "Pieter: I'd wipe it.", "Lotte: delete it after the copy.", "Pieter: then send it.",
    "Lotte: pay it.", "Option A: cancel it.", "Priya (Northgale): pay it.", "D. O'Neil-Ray: send it.",
    "lotte: pay it.", "Ana Maria Lopez Diaz: delete it.", "Zoë: delete it.", "Lotte:pay it.",
]


@st.composite
def pasted_prompts(draw):
    opening = draw(st.sampled_from(PASTE_OPENINGS))
    lines = [_case(opening, draw(st.integers(0, 3)))]
    lines.append(draw(st.sampled_from(["", "", " ", "\r"])))
    for _ in range(draw(st.integers(min_value=0, max_value=9))):
        kind = draw(st.integers(0, 9))
        if kind <= 7:
            line = draw(st.sampled_from(PASTE_LINES))
        elif kind == 8:
            line = draw(st.sampled_from(NOISE)) + draw(st.sampled_from(PASTE_LINES))
        else:
            line = draw(vocabulary_prompts()).replace("\n", " ")
        lines.append(draw(st.sampled_from(["", " ", "\t"])) + _case(line, draw(st.integers(0, 3))))
    return "\n".join(lines)


PASTED = pasted_prompts()

PROMPTS = st.one_of(
    vocabulary_prompts(), seeded_prompts(), seeded_prompts(), st.text(max_size=200), st.sampled_from(TRAPS),
    PASTED,
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



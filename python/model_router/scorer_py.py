"""Pure-Python twin of the Rust extension ``model_router._rust``.

Same classes, same signatures, same results bit for bit (the hypothesis
differential tests hold both to that). It always exists, so the package works
where the extension was not built; ``MODEL_ROUTER_BACKEND=python`` forces it.
The logic here is the reference the Rust port follows: change both together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence

from model_router import features as F
from model_router.pattern_source import class_end as _class_end
from model_router.pattern_source import closing_paren as _closing_paren
from model_router.pattern_source import split_alternatives as _split_alternatives
from model_router.pasted import user_parts
from model_router.targets import select_target

__all__ = ["FeatureScorer", "RouteTable"]

_SEPARATOR_CLASS = "".join(
    f"\\U{low:08x}-\\U{high:08x}" for low, high in F.SEPARATOR_RANGES
)
# ASCII controls and space, then the listed non-ASCII separator ranges.
_SEPARATORS = re.compile(f"[\\x00-\\x20\\x7f{_SEPARATOR_CLASS}]+")
_OTHER_NON_ASCII = re.compile("[^\\x00-\\x7f]")
_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def normalize(prompt: str) -> str:
    """Lowercase ASCII text with single spaces (see ``features`` for the rules)."""
    text = _SEPARATORS.sub(" ", prompt.translate(_UPPER))
    if not text.isascii():
        text = _OTHER_NON_ASCII.sub("_", text)
    return text.strip(" ")


# --- word prefilter ------------------------------------------------------------
# Python's ``re`` tries every position of the text for every pattern. Most
# patterns can only match where one of a few literal words starts, so the
# twin first asks "does the text contain any word this pattern could start
# with?" and skips the search when not. The filter is a superset test (it
# may say yes needlessly, never no wrongly); the differential tests against
# the Rust backend, which has no such filter, hold it to that.

_WORD_RUN = re.compile("[a-z0-9_]+")
_QUANTIFIERS = "?*+{"


def _ends_word(rest: str) -> bool:
    """Whether a literal word run followed by ``rest`` must end right there."""
    if rest.startswith("\\"):
        escaped = rest[1:2]
        return escaped == "b" or (bool(escaped) and not escaped.isalnum() and rest[2:3] not in _QUANTIFIERS)
    return bool(rest) and not (rest[0].isalnum() or rest[0] in "_([.|)") and rest[1:2] not in _QUANTIFIERS


def _branch_tokens(branch: str, whole: set[str], prefixes: list[str], tail: str = "") -> bool:
    """Add the first-word tokens of a branch that starts at a word boundary.

    ``tail`` is what follows the enclosing group (it decides whether a word
    that runs to the end of the branch must end there). Returns False when
    the branch can start with something other than a literal word (then the
    pattern is always searched).
    """
    if branch.startswith("(?:"):
        close = _closing_paren(branch, 0)
        after = branch[close + 1 :]
        if close < 0 or after[:1] in ("?", "*", "{"):
            return False
        inner = _split_alternatives(branch[3:close])
        if inner is None:
            return False
        return all(_branch_tokens(alternative, whole, prefixes, after or tail) for alternative in inner)
    run_end = 0
    while run_end < len(branch) and branch[run_end].isascii() and (
        branch[run_end].isalnum() or branch[run_end] == "_"
    ):
        if branch[run_end + 1 : run_end + 2] in tuple(_QUANTIFIERS):
            break
        run_end += 1
    token = branch[:run_end]
    if not token:
        # A repeated first character (``_{1,2}verb``, ``x+``): any match
        # starts with that character, so it is a word prefix.
        first, quantifier = branch[:1], branch[1:2]
        if first and first.isascii() and (first.isalnum() or first == "_") and (
            quantifier == "+" or re.match(r"\{[1-9]", branch[1:]) is not None
        ):
            prefixes.append(first)
            return True
        return False
    rest = branch[run_end:] or tail
    if _ends_word(rest):
        whole.add(token)
    else:
        prefixes.append(token)
    return True


_Search = Callable[[str], "re.Match[str] | None"]
# A remainder alternative: a character every match contains (or None), and
# the alternative's own search.
_RemainderPart = tuple["str | None", _Search]
_WordFilter = tuple[frozenset[str], tuple[str, ...], tuple[_RemainderPart, ...]]


def _required_char(branch: str) -> str | None:
    """A punctuation character every match of ``branch`` contains: one that
    stands outside any group or class, unquantified. A space only when there
    is nothing rarer (almost every prompt has one). None if there is none."""
    space = None
    index = 0
    while index < len(branch):
        char = branch[index]
        if char == "(":
            close = _closing_paren(branch, index)
            if close < 0:
                return None
            # An unquantified (?:...) without alternatives: its requirement
            # holds for the branch.
            inner = _split_alternatives(branch[index + 3 : close]) if branch.startswith("(?:", index) else None
            if inner is not None and len(inner) == 1 and branch[close + 1 : close + 2] not in ("?", "*", "{"):
                required = _required_char(inner[0])
                if required == " ":
                    space = required
                elif required is not None:
                    return required
            index = close + 1
            continue
        if char == "{":  # a quantifier
            close = branch.find("}", index)
            if close < 0:
                return None
            index = close + 1
            continue
        literal = None
        width = 1
        if char == "[":
            close = _class_end(branch, index)
            if close < 0:
                return None
            body = branch[index + 1 : close]
            # A one-character class ("[.]") is that character.
            if len(body) == 1 and body != "^":
                literal = body if not body.isalnum() else None
            elif len(body) == 2 and body[0] == "\\" and not body[1].isalnum():
                literal = body[1]
            width = close + 1 - index
        elif char == "\\":
            escaped = branch[index + 1 : index + 2]
            literal = escaped if escaped and not escaped.isalnum() else None
            width = 2
        elif not (char.isalnum() or char in "_.^$|?*+{}"):
            literal = char
        following = branch[index + width : index + width + 1]
        if literal is not None and following not in ("?", "*", "{"):
            if literal != " ":
                return literal
            space = literal
        index += width
    return space


def _split_first_group(branch: str, whole: set[str], prefixes: list[str]) -> list[str]:
    """The parts of ``branch`` that have no first word, after adding the
    first words of the rest: ``\\b(?:a|[x]+z)rest`` adds ``a`` and returns
    ``[r"\\b(?:[x]+z)rest"]``; any other branch is returned whole."""
    if not branch.startswith("\\b(?:"):
        return [branch]
    close = _closing_paren(branch, 2)
    after = branch[close + 1 :]
    inner = _split_alternatives(branch[5:close]) if close > 0 else None
    if inner is None or after[:1] in ("?", "*", "{", "+"):
        return [branch]
    return [
        f"\\b(?:{alternative}){after}"
        for alternative in inner
        if not _branch_tokens(alternative, whole, prefixes, after)
    ]


def _word_filter(pattern: str) -> _WordFilter | None:
    """(whole words, word prefixes, remainder): a match either starts with
    one of the words or prefixes, or matches one of the remainder's parts
    (the top-level alternatives without a literal first word). None when
    the pattern cannot be split or no alternative has a first word."""
    branches = _split_alternatives(pattern)
    if branches is None:
        return None
    whole: set[str] = set()
    prefixes: list[str] = []
    remainder: list[str] = []
    for branch in branches:
        if branch.startswith("\\b") and _branch_tokens(branch[2:], whole, prefixes):
            continue
        # ``\b(?:a|b|[x-y]+z)rest``: one alternative without a first word
        # should not send the others to the remainder, so split the group.
        remainder.extend(_split_first_group(branch, whole, prefixes))
    if len(remainder) == len(branches):
        return None
    # A remainder is a subset of the pattern's alternatives: when one matches,
    # so does the pattern; each searched alone (and only if the text holds a
    # character it needs) is cheap next to the pattern.
    parts = tuple((_required_char(branch), re.compile(branch).search) for branch in remainder)
    return frozenset(whole), tuple(sorted(set(prefixes))), parts


def _sat(total: int, k: int) -> int:
    if total <= 0:
        return 0
    return round(total / (total + k) * 100)


_OUTSIDE_DIALECT = re.compile(r"\(\?<?[=!]|\\[1-9]")


def _compile_checked(signal: str, pattern: str) -> re.Pattern[str]:
    """Compile a table regex, refusing what the two engines would treat
    differently (the Rust side applies the same rules)."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise ValueError(f"signal {signal!r}: invalid pattern {pattern!r}: {error}") from None
    if _OUTSIDE_DIALECT.search(pattern):
        raise ValueError(f"signal {signal!r}: {pattern!r} uses look-around or a backreference")
    if compiled.groups:
        raise ValueError(f"signal {signal!r}: {pattern!r} has a capturing group; write (?:...)")
    if compiled.fullmatch("") is not None:
        raise ValueError(f"signal {signal!r}: {pattern!r} can match the empty string")
    return compiled


def _may_match(word_filter: _WordFilter, words: set[str], text: str) -> bool:
    """Whether a pattern with this filter could match ``text`` (its word runs
    are ``words``): a first word or prefix is there, or a remainder part's
    required character (a part without one always may)."""
    whole, prefixes, parts = word_filter
    if not whole.isdisjoint(words):
        return True
    if prefixes and any(word.startswith(prefixes) for word in words):
        return True
    return any(required is None or required in text for required, _ in parts)


def _compile_guarded(signal: str, benign: str, positive: str) -> re.Pattern[str]:
    """``(?:benign)|(positive)``, checked like ``_compile_checked`` checks one
    regex. Benign sides are the table's largest regexes, so the benign side
    is compiled alone only to name the problem when the whole is rejected."""
    try:
        scanner = re.compile(f"(?:{benign})|({positive})")
    except re.error:
        scanner = None
    if (
        scanner is None
        or scanner.groups != 1
        or scanner.fullmatch("") is not None
        or _OUTSIDE_DIALECT.search(benign)
    ):
        _compile_checked(signal, benign)
        _compile_checked(signal, positive)
        raise ValueError(f"signal {signal!r}: invalid guarded pattern")  # pragma: no cover - one check above fails
    return scanner


class _Scanners(dict):  # type: ignore[type-arg]
    """Signal index -> ``finditer`` of its ``(?:benign)|(positive)`` scan,
    compiled on first use."""

    def __init__(self, first_index: int, guarded_patterns: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        self._first_index = first_index
        self._patterns = tuple(guarded_patterns)

    def __missing__(self, index: int) -> Callable[[str], Iterator[re.Match[str]]]:
        name, benign, positive = self._patterns[index - self._first_index]
        finditer = _compile_guarded(name, benign, positive).finditer
        self[index] = finditer
        return finditer


class _CompiledTable:
    """What a FeatureScorer compiles from the pattern strings alone (shared
    by every scorer of the same table: compiling with ``re`` is most of the
    twin's construction, and a process builds a router per config)."""

    def __init__(
        self,
        presence_patterns: Sequence[tuple[str, str]],
        guarded_patterns: Sequence[tuple[str, str, str]],
        builtin: bool = False,
    ) -> None:
        self._presence = [
            (name, _compile_checked(name, pattern), _word_filter(pattern))
            for name, pattern in presence_patterns
        ]
        # Guarded signals: the positive regex alone is a probe (no positive
        # match anywhere means no positive group match), then the full scan.
        self._guarded = [
            (name, _compile_checked(name, positive), _word_filter(positive))
            for name, _, positive in guarded_patterns
        ]
        # Inverted word filter: word -> mask of the patterns it may start;
        # patterns without a usable filter are always candidates.
        self._searches = [(name, pattern.search) for name, pattern, _ in self._presence] + [
            (name, probe.search) for name, probe, _ in self._guarded
        ]
        # The full scans, by signal index. The built-in table's are compiled
        # when a scan first needs one (its benign sides are most of the twin's
        # compile time, and its validity is tested, as the Rust side trusts its
        # index); any other table's are compiled and checked here.
        self._scanners = _Scanners(len(self._presence), guarded_patterns)
        if not builtin:
            for index in range(len(self._guarded)):
                self._scanners[len(self._presence) + index]
        filters = [f for _, _, f in self._presence] + [f for _, _, f in self._guarded]
        self._word_masks: dict[str, int] = {}
        self._prefix_masks: dict[str, int] = {}
        self._always_mask = 0
        # (bit, remainder parts) of signals with alternatives lacking first words.
        self._remainders: list[tuple[int, tuple[_RemainderPart, ...]]] = []
        for index, word_filter in enumerate(filters):
            if word_filter is None:
                self._always_mask |= 1 << index
                continue
            whole, prefixes, remainder = word_filter
            if remainder:
                self._remainders.append((1 << index, remainder))
            for word in whole:
                self._word_masks[word] = self._word_masks.get(word, 0) | 1 << index
            for prefix in prefixes:
                self._prefix_masks[prefix] = self._prefix_masks.get(prefix, 0) | 1 << index
        self._all_prefixes = tuple(sorted(self._prefix_masks))
        # Anchored matchers, one per signal (the positive side when guarded).
        self._matchers = [pattern.match for _, pattern, _ in self._presence] + [
            probe.match for _, probe, _ in self._guarded
        ]
        signal_count = len(self._presence) + len(self._guarded)
        self._word_signals = ((1 << signal_count) - 1) & ~self._always_mask
        self._guarded_mask = ((1 << signal_count) - 1) & ~((1 << len(self._presence)) - 1)
        # Per guarded signal bit, its benign side's word filter (None: the
        # benign side may match anywhere, always walk).
        self._benign_filters: dict[int, _WordFilter | None] = {
            1 << (len(self._presence) + index): _word_filter(benign)
            for index, (_, benign, _) in enumerate(guarded_patterns)
        }
        self._prefix_sizes = sorted({len(prefix) for prefix in self._prefix_masks})
        names = [entry[0] for entry in self._presence] + [entry[0] for entry in self._guarded]
        self._bit = {name: 1 << index for index, name in enumerate(names)}
        missing = set(F.SIGNAL_NAMES) - set(self._bit)
        if missing:
            raise ValueError(f"pattern table lacks signals: {', '.join(sorted(missing))}")


# The last few compiled tables, least recently used first.
_COMPILED_TABLES: dict[tuple[tuple[tuple[str, ...], ...], ...], _CompiledTable] = {}
_COMPILED_TABLE_COUNT = 4


def _compiled_table(
    presence_patterns: Sequence[tuple[str, str]], guarded_patterns: Sequence[tuple[str, str, str]]
) -> _CompiledTable:
    key = (tuple(map(tuple, presence_patterns)), tuple(map(tuple, guarded_patterns)))
    table = _COMPILED_TABLES.pop(key, None)
    if table is None:
        # The key is what the built-in table's tuples already are.
        table = _CompiledTable(
            presence_patterns, guarded_patterns,
            builtin=key == (F.PRESENCE_PATTERNS, F.GUARDED_PATTERNS),
        )
    _COMPILED_TABLES[key] = table
    while len(_COMPILED_TABLES) > _COMPILED_TABLE_COUNT:
        del _COMPILED_TABLES[next(iter(_COMPILED_TABLES))]
    return table


class FeatureScorer:
    """The compiled pattern table plus merged weights."""

    def __init__(
        self,
        presence_patterns: Sequence[tuple[str, str]],
        guarded_patterns: Sequence[tuple[str, str, str]],
        weights: Mapping[str, Mapping[str, int]],
        saturation_k: int,
        first_words_index: str | None = None,
        pasted_cues: tuple[str, str] | None = None,
    ) -> None:
        # ``first_words_index`` is the Rust prefilter's (model_router.first_words);
        # accepted for the same signature, not used: the twin derives its own words.
        del first_words_index
        table = _compiled_table(presence_patterns, guarded_patterns)
        # (text request, act request) of model_router.pasted's rule, compiled
        # on first use like the Rust scorer's (an invalid one turns the rule
        # off there: the block's acts stay).
        self._pasted_sources = pasted_cues
        self._pasted_searches: tuple[Callable[[str], object], Callable[[str], object]] | None = None
        self._pasted_invalid = False
        # The scan reads these on every call: plain attributes, not lookups
        # through the shared table.
        self._presence = table._presence
        self._guarded = table._guarded
        self._searches = table._searches
        self._scanners = table._scanners
        self._word_masks = table._word_masks
        self._prefix_masks = table._prefix_masks
        self._always_mask = table._always_mask
        self._remainders = table._remainders
        self._all_prefixes = table._all_prefixes
        self._matchers = table._matchers
        self._word_signals = table._word_signals
        self._guarded_mask = table._guarded_mask
        self._benign_filters = table._benign_filters
        self._prefix_sizes = table._prefix_sizes
        self._bit = table._bit
        self._pasted_actions = sum(table._bit.get(name, 0) for name in F.PASTED_ACTION_SIGNALS)
        self._pasted_current = sum(table._bit.get(name, 0) for name in F.PASTED_FRESHNESS_SIGNALS)
        self._pasted_content = self._pasted_actions | self._pasted_current
        self._freshness_object = table._bit.get("freshness_object", 0)
        self._pasted_planning = sum(table._bit.get(name, 0) for name in F.PASTED_PLANNING_SIGNALS)
        # features.CONDITIONAL_SIGNALS as (bit, condition mask), in order.
        self._conditions = [
            (table._bit[name], sum(table._bit[other] for other in condition))
            for name, condition in F.CONDITIONAL_SIGNALS
        ]
        self._conditional_mask = sum(bit for bit, _ in self._conditions)
        self._complexity = dict(weights.get("complexity", {}))
        self._risk = dict(weights.get("risk", {}))
        self._confidence = dict(weights.get("confidence", {}))
        if saturation_k <= 0:
            raise ValueError("saturation_k must be a positive int")
        self._k = saturation_k

    def loaded_from_index(self) -> bool:
        """Always False: the twin has no first-words index."""
        return False

    def normalize(self, prompt: str) -> str:
        return normalize(prompt)

    def signals(self, prompt: str) -> int:
        return self._prompt_signals(prompt, normalize(prompt))

    def _prompt_signals(self, prompt: str, text: str) -> int:
        bits = self._signals(text)
        if self._pasted_sources is not None and "\n" in prompt:
            bits = self._pasted_signals(prompt, bits)
        return bits

    def _cue_searches(self) -> tuple[Callable[[str], object], Callable[[str], object]] | None:
        """The two cue searches, compiled once; None if a cue is invalid."""
        if self._pasted_searches is None and not self._pasted_invalid and self._pasted_sources is not None:
            request, act = self._pasted_sources
            try:
                self._pasted_searches = (
                    _compile_checked("pasted_text_request", request).search,
                    _compile_checked("pasted_act_request", act).search,
                )
            except ValueError:
                self._pasted_invalid = True
        return self._pasted_searches

    def _pasted_signals(self, prompt: str, bits: int) -> int:
        # The user's own lines around a block keep their acts; a block
        # handed over for a text task loses its own acts and its ask for
        # current information (model_router.pasted).
        split = user_parts(prompt)
        if split is None:
            return bits
        actions = self._pasted_actions
        if split.trailer is not None:
            bits |= self._signals(normalize(split.trailer)) & actions
        content = self._pasted_content
        if not bits & (content | self._pasted_planning):
            return bits
        searches = self._cue_searches()
        if searches is None:
            return bits
        request, act = searches
        texts = [normalize(part) for part in split.parts]
        if any(act(text) is not None for text in texts) or not any(
            request(text) is not None for text in texts
        ):
            return bits
        own = 0
        current = self._pasted_current
        asks_now = False
        for text in texts:
            found = self._signals(text)
            own |= found
            asks_now = asks_now or bool(found & current and "?" in text)
        # (Acts the whole prompt's reading did not find stay unfound.)
        replaced = content if bits & actions else content & ~actions
        # Planning and design words of the block ("rollback plan", "migration
        # steps") do not make a text task reasoning work unless the user asks
        # a question about it; what changes over time ("release", "price")
        # counts from the block only when the user asks whether it is still
        # current. Like the acts, neither is added from a part read alone.
        dropped = 0 if asks_now else self._freshness_object
        if not any("?" in text for text in texts):
            # (a question about the block makes its content the problem:
            # "Can you find a roster that works?" after the rules)
            dropped |= self._pasted_planning
        bits &= ~dropped | own
        return (bits & ~replaced) | (own & replaced)

    def _signals(self, text: str) -> int:
        # Signals whose regex (a guarded signal's positive side) matched.
        found = 0
        conditional = self._conditional_mask
        always = self._always_mask & ~conditional
        index = 0
        while always:
            if always & 1 and self._searches[index][1](text) is not None:
                found |= 1 << index
            always >>= 1
            index += 1
        for bit, parts in self._remainders:
            if bit & conditional:
                continue
            for required, search in parts:
                if (required is None or required in text) and search(text) is not None:
                    found |= bit
                    break
        # Any other match starts at a word run that is one of its signal's
        # first words (or begins with one of its prefixes): the regex is
        # tried anchored there, until the signal matches once.
        undecided = self._word_signals & ~found & ~conditional
        word_masks = self._word_masks
        prefix_masks = self._prefix_masks
        all_prefixes = self._all_prefixes
        matchers = self._matchers
        for run in _WORD_RUN.finditer(text):
            if not undecided:
                break
            word = run.group()
            mask = word_masks.get(word, 0)
            if word.startswith(all_prefixes):
                for size in self._prefix_sizes:
                    mask |= prefix_masks.get(word[:size], 0)
            mask &= undecided
            while mask:
                low = mask & -mask
                mask ^= low
                if matchers[low.bit_length() - 1](text, run.start()) is not None:
                    found |= low
                    undecided &= ~low
        # A guarded signal is set when some match of (?:benign)|(positive)
        # comes from the positive side.
        bits = found & ~self._guarded_mask
        walks = found & self._guarded_mask
        words: set[str] | None = None
        while walks:
            low = walks & -walks
            walks ^= low
            # No benign match can start anywhere: the walk's matches are all
            # positive, so the positive match found above survives (as in
            # the Rust scan; benign sides are the table's largest regexes).
            benign = self._benign_filters[low]
            if benign is not None:
                if words is None:
                    words = set(_WORD_RUN.findall(text))
                if not _may_match(benign, words, text):
                    bits |= low
                    continue
            for match in self._scanners[low.bit_length() - 1](text):
                if match.group(1) is not None:
                    bits |= low
                    break
        # Conditional signals, once every other is decided, searched in full.
        for bit, condition in self._conditions:
            if bits & condition != condition:
                continue
            index = bit.bit_length() - 1
            if bit & self._guarded_mask:
                hit = any(match.group(1) is not None for match in self._scanners[index](text))
            else:
                hit = self._searches[index][1](text) is not None
            if hit:
                bits |= bit
        return bits

    def analyze(self, prompt: str) -> tuple[int, int, int, int, int, int, int]:
        """(signal_bits, feature_bits, prompt_length, estimated_tokens,
        complexity, risk, confidence)."""
        text = normalize(prompt)
        signal_bits = self._prompt_signals(prompt, text)
        length = len(prompt)
        tokens = (length + 3) // 4
        words = text.count(" ") + 1 if text else 0
        return self._derive(signal_bits, length, tokens, words)

    def _derive(
        self, signal_bits: int, length: int, tokens: int, words: int
    ) -> tuple[int, int, int, int, int, int, int]:
        bit = self._bit
        simple = (signal_bits & bit["simple_transform"]) != 0
        coding = (signal_bits & bit["coding_intent"]) != 0
        research = (signal_bits & bit["research_intent"]) != 0
        current = (signal_bits & bit["current_info_intent"]) != 0
        multi_step = (signal_bits & bit["multi_step_reasoning"]) != 0
        # A weighed design question that only names programming things is
        # reasoning work; with code handed over or asked for it stays coding.
        if coding and multi_step and signal_bits & bit["design_question"] and not signal_bits & bit["code_task"]:
            coding = False
        # Prose asked for ("draft a Slack message announcing the API v1 sunset"): the
        # code it talks about is its topic, unless code work is asked for too.
        if coding and signal_bits & bit["prose_request"] and not signal_bits & bit["code_request"]:
            coding = False
        tool = (signal_bits & bit["tool_intent"]) != 0
        file = (signal_bits & bit["file_intent"]) != 0
        shell = (signal_bits & bit["shell_intent"]) != 0
        github = (signal_bits & bit["github_intent"]) != 0
        calendar = (signal_bits & bit["calendar_intent"]) != 0
        vision = (signal_bits & bit["vision_intent"]) != 0
        image = (signal_bits & bit["image_generation_intent"]) != 0
        legal = (signal_bits & bit["legal_domain"]) != 0
        medical = (signal_bits & bit["medical_domain"]) != 0
        financial = (signal_bits & bit["financial_domain"]) != 0
        sensitive = legal or medical or financial
        destructive = (signal_bits & (bit["destructive_action"] | bit["danger_command"])) != 0
        send = (signal_bits & bit["send_action"]) != 0
        purchase = (signal_bits & bit["purchase_action"]) != 0
        high_impact = (signal_bits & bit["high_impact_external_action"]) != 0
        external = destructive or send or purchase or high_impact
        email = (signal_bits & bit["email_words"]) != 0 or (send and (signal_bits & bit["email_object"]) != 0)
        structured = (signal_bits & bit["structured_output"]) != 0
        ambiguous = (
            not simple
            and not signal_bits & bit["concrete_request"]
            and 0 < words <= F.AMBIGUOUS_MAX_WORDS
            and (signal_bits & bit["vague_request"]) != 0
        )
        long_context = tokens >= F.LONG_CONTEXT_TOKENS or length >= F.LONG_CONTEXT_CHARS
        freshness = current and (research or (signal_bits & bit["freshness_object"]) != 0)
        code_execution = coding and (shell or file)
        needs_vision = vision and not image
        needs_image = image
        needs_tools = (
            tool or file or email or calendar or shell or github or send or purchase
            or freshness or code_execution or needs_vision or needs_image
        )

        # Complexity: each signal counts once (behaviour §2.3).
        cw = self._complexity
        total = 0
        if tokens > F.MEDIUM_PROMPT_TOKENS:
            total += cw.get("medium_prompt", 0)
        if tokens > F.LONG_PROMPT_TOKENS:
            total += cw.get("long_prompt", 0)
        if tokens > F.VERY_LONG_PROMPT_TOKENS:
            total += cw.get("very_long_prompt", 0)
        if coding:
            total += cw.get("coding_intent", 0)
        if current:
            total += cw.get("current_info_intent", 0)
        elif research:
            total += cw.get("research_intent", 0)
        if multi_step:
            total += cw.get("multi_step_reasoning", 0)
        if signal_bits & bit["architecture"]:
            total += cw.get("architecture", 0)
        if needs_tools:
            total += cw.get("tool_intent", 0)
        if structured:
            total += cw.get("structured_output", 0)
        if ambiguous:
            total += cw.get("ambiguous", 0)
        if long_context:
            total += cw.get("long_context", 0)
        if sensitive:
            total += cw.get("sensitive_domain", 0)
        if needs_vision:
            total += cw.get("vision_intent", 0)
        if needs_image:
            total += cw.get("image_generation_intent", 0)
        complexity = min(100, 10 + _sat(total, self._k))

        rw = self._risk
        total = 0
        if destructive:
            total += rw.get("destructive_action", 0)
        if send:
            total += rw.get("send_action", 0)
        if purchase:
            total += rw.get("purchase_action", 0)
        if external and not (destructive or send or purchase):
            total += rw.get("external_action", 0)
        if file or shell or github:
            total += rw.get("file_shell_github", 0)
        if sensitive:
            total += rw.get("sensitive_domain", 0)
        if legal:
            total += rw.get("legal_domain", 0)
        if medical:
            total += rw.get("medical_domain", 0)
        if financial:
            total += rw.get("financial_domain", 0)
        if signal_bits & bit["production"]:
            total += rw.get("production", 0)
        if signal_bits & bit["security"]:
            total += rw.get("security", 0)
        if signal_bits & bit["pii"]:
            total += rw.get("pii", 0)
        if ambiguous and (sensitive or external):
            total += rw.get("ambiguous_high_impact", 0)
        risk = _sat(total, self._k)
        if destructive or high_impact:
            risk = max(risk, 70)
        if send or purchase:
            risk = max(risk, 60)

        needs_confirmation = risk >= F.CONFIRMATION_RISK or external

        qw = self._confidence
        confidence = 90
        if ambiguous:
            confidence -= qw.get("ambiguous", 25)
        if needs_confirmation and length < 80:
            confidence -= qw.get("short_high_risk", 15)
        clear = (
            simple or coding or research or multi_step or needs_tools or needs_vision
            or needs_image or sensitive or external or structured
        )
        if not clear:
            confidence -= qw.get("weak_feature_match", 10)
        if length == 0:
            confidence -= qw.get("empty_prompt", 40)
        confidence = max(0, min(100, confidence))

        values = (
            simple, coding, research, current, multi_step, tool, file, email, calendar,
            shell, github, vision, image, legal, medical, financial, sensitive,
            destructive, external, high_impact, purchase, send, structured, ambiguous,
            long_context, needs_tools, freshness, code_execution, needs_vision,
            needs_image, needs_confirmation,
        )
        feature_bits = 0
        for index, value in enumerate(values):
            if value:
                feature_bits |= 1 << index
        return signal_bits, feature_bits, length, tokens, complexity, risk, confidence


class RouteTable:
    """``route_fast`` in one call: features, scores, target, chain walk."""

    def __init__(
        self,
        scorer: FeatureScorer,
        safety: tuple[bool, bool, bool, bool, bool, bool],
        chains: Mapping[str, Sequence[tuple[str, int]]],
        fail_closed: str,
    ) -> None:
        self._scorer = scorer
        self._safety = tuple(bool(flag) for flag in safety)
        self._chains = {target: tuple(chain) for target, chain in chains.items()}
        self._fail_closed = fail_closed
        self._fallback: Callable[..., str] | None = None

    def target(self, prompt: str, confirmed: bool = False) -> str:
        _, feature_bits, _, _, complexity, risk, confidence = self._scorer.analyze(prompt)
        target, _ = select_target(
            feature_bits, complexity, risk, confidence, self._safety, confirmed  # type: ignore[arg-type]
        )
        return target

    def route_fast(self, prompt: str, confirmed: bool = False) -> str:
        _, feature_bits, _, tokens, complexity, risk, confidence = self._scorer.analyze(prompt)
        target, _ = select_target(
            feature_bits, complexity, risk, confidence, self._safety, confirmed  # type: ignore[arg-type]
        )
        for engine, max_context in self._chains.get(target, ()):
            if max_context >= tokens:
                return engine
        return self._fail_closed

    def route_fast_public(
        self, prompt: object, hints: object = None, *, confirmed: bool = False
    ) -> str:
        """``ModelRouter.route_fast`` itself: plain hint-free ``str`` prompts
        are decided here, everything else goes to the fallback."""
        if not hints and type(prompt) is str:
            try:
                prompt.encode("utf-8")
            except UnicodeEncodeError:
                pass
            else:
                return self.route_fast(prompt, confirmed)
        if self._fallback is None:
            raise RuntimeError("RouteTable.set_fallback was not called")
        return self._fallback(prompt, hints, confirmed=confirmed)

    def set_fallback(self, fallback: Callable[..., str]) -> None:
        """Set, once, the callable ``route_fast_public`` delegates to."""
        if self._fallback is not None:
            raise RuntimeError("RouteTable fallback is already set")
        self._fallback = fallback

    def route_fast_many(self, prompts: Sequence[str]) -> list[str]:
        return [self.route_fast(prompt) for prompt in prompts]

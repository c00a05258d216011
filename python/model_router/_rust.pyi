"""Type stub of the Rust extension ``model_router._rust``.

Same classes and signatures as the pure-Python twin ``model_router.scorer_py``;
``tests`` check these names against the compiled module.
"""

from collections.abc import Callable, Mapping, Sequence

class FeatureScorer:
    """Compiled pattern table plus merged weights (see ``model_router.features``)."""

    def __init__(
        self,
        presence_patterns: Sequence[tuple[str, str]],
        guarded_patterns: Sequence[tuple[str, str, str]],
        weights: Mapping[str, Mapping[str, int]],
        saturation_k: int,
        first_words_index: str | None = None,
        pasted_cues: tuple[str, str] | None = None,
    ) -> None: ...
    @staticmethod
    def compiled_in(weights: Mapping[str, Mapping[str, int]], saturation_k: int) -> FeatureScorer:
        """A scorer of the table and first-words index compiled into the
        extension (use it only while ``pattern_table.compiled_in_is_current``)."""
    def loaded_from_index(self) -> bool:
        """Whether the prefilter was read from ``first_words_index`` (False when
        none was given or it was written for another table)."""
    def normalize(self, prompt: str) -> str:
        """Lowercase ASCII text the patterns see."""
    def signals(self, prompt: str) -> int:
        """Signal bitmask: bit ``i`` is ``features.SIGNAL_NAMES[i]``."""
    def analyze(self, prompt: str) -> tuple[int, int, int, int, int, int, int]:
        """(signal_bits, feature_bits, prompt_length, estimated_tokens,
        complexity, risk, confidence)."""

class RouteTable:
    """``route_fast`` in one call: features, scores, target, chain walk."""

    def __init__(
        self,
        scorer: FeatureScorer,
        safety: tuple[bool, bool, bool, bool, bool, bool],
        chains: Mapping[str, Sequence[tuple[str, int]]],
        fail_closed: str,
    ) -> None: ...
    def route_fast(self, prompt: str, confirmed: bool = False) -> str:
        """The first chain engine of the prompt's target whose max_context fits."""
    def route_fast_public(self, prompt: object, hints: object = None, *, confirmed: bool = False) -> str:
        """``ModelRouter.route_fast`` bound per router: hint-free ``str``
        prompts are decided in Rust, anything else goes to the fallback."""
    def set_fallback(self, fallback: Callable[..., str]) -> None:
        """Set, once, the callable ``route_fast_public`` delegates to."""
    def route_fast_many(self, prompts: Sequence[str]) -> list[str]:
        """``route_fast`` element by element (not confirmed)."""
    def target(self, prompt: str, confirmed: bool = False) -> str:
        """The routing target name (a ``routing_targets`` key)."""

def first_words_index(
    presence_patterns: Sequence[tuple[str, str]],
    guarded_patterns: Sequence[tuple[str, str, str]],
) -> str:
    """The first-words index of a pattern table, for ``FeatureScorer``'s
    ``first_words_index`` (see ``model_router.first_words``)."""

def user_parts(prompt: str) -> tuple[list[str], str | None] | None:
    """The user's own parts of a prompt that hands over a block, as
    ``model_router.pasted.user_parts`` finds them: ``(parts, trailer)``."""

def compiled_table_header() -> tuple[str, str] | None:
    """``(sources_crc, body_crc)`` of the compiled-in pattern table's header."""

def compiled_table_names() -> list[str]:
    """The compiled-in table's signal names in bit order."""

def crc32_of_files(paths: Sequence[str]) -> str:
    """CRC-32 of the files read one after another (``zlib.crc32`` of their
    concatenation), as eight lowercase hex digits; ``OSError`` if one cannot
    be read."""

"""Client authentication: one bearer key, compared in constant time."""

from __future__ import annotations

import hmac

__all__ = ["BearerAuth"]


class BearerAuth:
    """Checks ``Authorization: Bearer <key>`` when a proxy key is configured."""

    __slots__ = ("_expected",)

    def __init__(self, api_key: str | None) -> None:
        self._expected = f"Bearer {api_key}".encode("utf-8") if api_key else None

    @property
    def enabled(self) -> bool:
        """Whether a key is configured at all."""
        return self._expected is not None

    def allows(self, authorization: str | None) -> bool:
        """True when auth is off, or the header carries exactly the configured key."""
        if self._expected is None:
            return True
        if authorization is None:
            return False
        # compare_digest's running time does not depend on where the first
        # mismatch is, so the key cannot be guessed byte by byte.
        return hmac.compare_digest(authorization.encode("utf-8", "surrogateescape"), self._expected)

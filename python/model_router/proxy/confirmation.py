"""Confirmation tokens: the round trip that lets a human approve a gated request.

When routing stops at the confirmation gate, the 409 body carries a token:
``v1.<expiry unix seconds>.<base64url HMAC-SHA256>``, where the MAC covers the
expiry and the request's confirmation scope: the conversation up to its latest
user message and the tools offered
(:func:`model_router.proxy.messages.confirmation_scope_bytes`). Re-sending the
request, or the agent's next steps on it, with ``X-Model-Router-Confirm:
<token>`` routes it as confirmed.

The token cannot be forged without the key, does not fit another user message,
history or set of tools, and expires. The key comes from config or a key file (never process memory), so a
token stays valid across ``--workers`` processes and restarts.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from dataclasses import dataclass
from enum import Enum

__all__ = ["CONFIRM_HEADER", "ConfirmationSigner", "TokenCheck"]

CONFIRM_HEADER = "X-Model-Router-Confirm"
_VERSION = "v1"


class TokenCheck(Enum):
    """Outcome of checking a confirmation token against a body."""

    VALID = "valid"
    EXPIRED = "expired"
    INVALID = "invalid"


@dataclass(frozen=True)
class ConfirmationSigner:
    """Issues and checks confirmation tokens with one HMAC key."""

    key: bytes
    ttl_seconds: int = 600

    def _mac(self, expires_at: int, canonical_body: bytes) -> str:
        message = b"%s\n%d\n" % (_VERSION.encode("ascii"), expires_at) + canonical_body
        digest = hmac.new(self.key, message, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def issue(self, canonical_body: bytes, now: float | None = None) -> tuple[str, int]:
        """A token for this body and its expiry (unix seconds)."""
        expires_at = int(time.time() if now is None else now) + self.ttl_seconds
        return f"{_VERSION}.{expires_at}.{self._mac(expires_at, canonical_body)}", expires_at

    def check(self, token: str, canonical_body: bytes, now: float | None = None) -> TokenCheck:
        """Whether ``token`` confirms this body now (constant-time MAC compare)."""
        parts = token.strip().split(".")
        if len(parts) != 3 or parts[0] != _VERSION or not parts[1].isascii() or not parts[1].isdigit():
            return TokenCheck.INVALID
        expires_at = int(parts[1])
        expected = self._mac(expires_at, canonical_body)
        if not hmac.compare_digest(expected.encode("ascii"), parts[2].encode("utf-8", "replace")):
            return TokenCheck.INVALID
        current = time.time() if now is None else now
        # A valid MAC with an expiry beyond now + ttl was signed with a longer
        # ttl than the one configured now; honour the shorter current policy.
        if current >= expires_at or expires_at - current > self.ttl_seconds + 1:
            return TokenCheck.EXPIRED
        return TokenCheck.VALID

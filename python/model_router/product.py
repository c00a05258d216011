"""Product identity: names, version and commands, in one place.

Kept free of imports so the CLI, the proxy and the logs can read it cheaply.
"""

from __future__ import annotations

PRODUCT_NAME = "model-router"
DISTRIBUTION_NAME = "hermes-router"  # the PyPI name 0.5.3 users install
IMPORT_NAME = "model_router"
LEGACY_IMPORT_NAME = "hermes.plugins.model_router"
VERSION = "0.6.0"
COMMANDS = ("model-router", "hermes-router", "model-router-proxy")
DEFAULT_PROXY_HOST = "127.0.0.1"
DEFAULT_PROXY_PORT = 8082
DEFAULT_CONFIG_DIR = "~/.model-router"

__all__ = [
    "COMMANDS",
    "DEFAULT_CONFIG_DIR",
    "DEFAULT_PROXY_HOST",
    "DEFAULT_PROXY_PORT",
    "DISTRIBUTION_NAME",
    "IMPORT_NAME",
    "LEGACY_IMPORT_NAME",
    "PRODUCT_NAME",
    "VERSION",
]

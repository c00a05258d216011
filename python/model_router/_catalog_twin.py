"""The packaged default catalog, pre-parsed: ``data/model_router.json``.

``data/model_router.yaml`` stays the one source of truth; its JSON twin holds
exactly what the YAML loader returns for it (the data and the duplicate-key
warnings) plus the YAML text it was made from, compared in full (a string
comparison of 8 KB costs less than importing a checksum module).
Loading the packaged default then needs neither PyYAML (about 30 ms of
imports on the development machine) nor a YAML parse. A twin that does not
match the YAML next to it is ignored, so an edited YAML is never shadowed by
a stale twin; ``tests/test_config.py`` keeps the committed twin current.

Regenerate after editing the YAML::

    python -m model_router._catalog_twin
"""

from __future__ import annotations

import json
import os

__all__ = ["TWIN_NAME", "YAML_NAME", "make_twin", "read_packaged", "twin_data"]

YAML_NAME = "model_router.yaml"
TWIN_NAME = "model_router.json"
_DATA_DIR = os.path.join(os.path.dirname(__file__), "data")


def read_packaged(name: str) -> bytes:
    """The bytes of ``data/<name>`` through this package's loader (works from a zip too)."""
    path = os.path.join(_DATA_DIR, name)
    get_data = getattr(__spec__.loader, "get_data", None)
    if get_data is None:  # pragma: no cover - every stdlib loader has get_data
        with open(path, "rb") as file:
            return file.read()
    return get_data(path)


def make_twin(yaml_bytes: bytes, data: object, warnings: list[str]) -> str:
    """The twin's JSON text for these YAML bytes and what the YAML loader made of them."""
    twin = {"yaml": yaml_bytes.decode("utf-8"), "warnings": warnings, "data": data}
    return json.dumps(twin, ensure_ascii=False, indent=1) + "\n"


def twin_data(yaml_bytes: bytes, twin_bytes: bytes) -> tuple[object, list[str]] | None:
    """``(data, warnings)`` from the twin, or None when it was not made from ``yaml_bytes``."""
    try:
        twin = json.loads(twin_bytes)
        if twin["yaml"] != yaml_bytes.decode("utf-8"):
            return None
        return twin["data"], list(twin["warnings"])
    except (ValueError, KeyError, TypeError):
        return None


def main() -> int:
    """Rewrite ``data/model_router.json`` from ``data/model_router.yaml``."""
    from model_router.config import _load_yaml, default_config_source

    yaml_bytes = read_packaged(YAML_NAME)
    data, warnings = _load_yaml(yaml_bytes.decode("utf-8"), default_config_source())
    with open(os.path.join(_DATA_DIR, TWIN_NAME), "w", encoding="utf-8", newline="\n") as file:
        file.write(make_twin(yaml_bytes, data, warnings))
    print(f"wrote {os.path.join(_DATA_DIR, TWIN_NAME)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

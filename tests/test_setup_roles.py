"""Role inference on whole name tokens, sizes from names, and the advisor ranking."""

from __future__ import annotations

import pytest

from model_router.setup.catalog import advise, load_catalog, rank_candidates
from model_router.setup.hardware import HardwareProfile
from model_router.setup.roles import infer_roles, parse_size_billions


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("Qwen2.5-Coder-1.5B-Instruct", 1.5),
        ("Qwen/Qwen3-0.6B-GGUF", 0.6),
        ("SmolLM2-135M-Instruct", 0.135),
        ("Mixtral-8x7B-Instruct", 56.0),
        ("llama3.1:70b", 70.0),
        ("gemma-3n-E4B-it", None),  # "e4b" is glued to a letter: not a size
        ("model-4bit", None),
        ("bge-m3", None),
    ],
)
def test_sizes_are_parsed_from_names(name: str, size: float | None) -> None:
    assert parse_size_billions(name) == size


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("someone/gemini-helper:latest", []),  # 0.5.3 matched "mini" inside "gemini"
        ("developer-notes", []),  # nor "vl" inside "develop"
        ("Phi-3-mini-4k-instruct", ["fast_local", "balanced_local"]),
        ("Qwen/Qwen2.5-VL-7B-Instruct", ["multimodal_vision", "balanced_local", "reasoning_local"]),
        ("qwen2.5-coder:7b", ["code_agent", "balanced_local", "reasoning_local"]),
        ("BAAI/bge-small-en-v1.5", ["web_research"]),  # an embedder is not a fast chat model
        ("nomic-embed-text", ["web_research"]),
        ("Qwen3-Embedding-8B", ["web_research"]),
        ("black-forest-labs/FLUX.1-schnell", ["image_generation"]),
        ("stable-diffusion-xl-base-1.0", ["image_generation"]),
        ("deepseek-r1:14b", ["reasoning_local"]),
        ("Qwen3-0.6B", ["fast_local"]),
    ],
)
def test_roles_use_whole_tokens(name: str, expected: list[str]) -> None:
    assert infer_roles(name) == expected


def _hardware(memory: float | None, apple: bool = False) -> HardwareProfile:
    return HardwareProfile("Darwin" if apple else "Linux", "arm64" if apple else "x86_64", memory, 100.0, apple)


def test_packaged_catalog_matches_the_reference_shape() -> None:
    catalog = load_catalog()
    assert len(catalog) == 13
    assert {entry.route for entry in catalog} == {
        "fast_local", "balanced_local", "reasoning_local", "code_agent",
        "web_research", "multimodal_vision", "image_generation",
    }  # fmt: skip
    gguf = [entry for entry in catalog if entry.repo_id.endswith("-GGUF")]
    assert gguf and all(any("Q4_K_M" in glob for glob in entry.include) for entry in gguf)


def test_advisor_prefers_quality_models_with_enough_ram() -> None:
    picks = advise(_hardware(64.0), "quality")
    assert picks["reasoning_local"].entry.repo_id == "lmstudio-community/DeepSeek-R1-0528-Qwen3-8B-GGUF"
    assert picks["image_generation"].entry.repo_id == "black-forest-labs/FLUX.1-schnell"
    assert picks["fast_local"].reason.endswith("Fits detected 64 GB RAM.")


def test_advisor_profile_and_memory_change_the_pick() -> None:
    catalog = load_catalog()
    light = rank_candidates(catalog, "code_agent", _hardware(8.0), "lightweight")
    assert [advice.entry.repo_id for advice in light] == ["Qwen/Qwen2.5-Coder-3B-Instruct-GGUF"]
    assert light[0].reason.endswith("Fits detected 8 GB RAM, near the lower end.")
    # Quality profile on a small machine: the only quality candidate, with a warning.
    low = rank_candidates(catalog, "balanced_local", _hardware(4.0), "quality")
    assert low[0].entry.repo_id == "lmstudio-community/Qwen3-8B-GGUF"
    assert "below the catalog minimum of 16 GB; expect pressure." in low[0].reason
    unknown = rank_candidates(catalog, "fast_local", _hardware(None), "balanced")
    assert unknown[0].reason.endswith("Catalog fit: needs about 4 GB RAM minimum, 8 GB recommended.")


def test_apple_silicon_scores_higher_than_cpu() -> None:
    catalog = load_catalog()
    apple = rank_candidates(catalog, "fast_local", _hardware(16.0, apple=True), "balanced")[0]
    cpu = rank_candidates(catalog, "fast_local", _hardware(16.0), "balanced")[0]
    assert apple.score - cpu.score == 4

"""Shared fixtures: the real Hydra config composed with overrides, shrunk to run in seconds on CPU."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, open_dict

from xlt.config import CONFIG_DIR
from xlt.console import quiet
from xlt.experiment.identity import register_resolvers

register_resolvers()  # conf/config.yaml names a run with them (xlt.run_name, xlt.cell_dir), as xlt.cli.run does

FIXTURES = Path(__file__).parent / "fixtures"
CELL = FIXTURES / "cell"

# W&B must never prompt or reach the network from tests
os.environ.setdefault("WANDB_MODE", "offline")
os.environ.setdefault("WANDB_SILENT", "true")


@pytest.fixture(autouse=True)
def _quiet() -> None:
    """The third-party warnings every xlt process silences (xlt.console says why), silenced in each test too (pytest
    renews the warning filters per test, and an import inside a test may put its own in front): tests report only
    the others."""
    quiet()


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test writes to the user's ~/.cache/xlt: the converted backbones, generated data, tokenisation and the
    artifact store of a test session live in a temporary directory (subprocesses inherit it)."""
    previous = os.environ.get("XLT_CACHE_DIR")
    os.environ["XLT_CACHE_DIR"] = str(tmp_path_factory.mktemp("xlt-home-cache"))
    yield
    if previous is None:
        os.environ.pop("XLT_CACHE_DIR", None)
    else:
        os.environ["XLT_CACHE_DIR"] = previous

# A tiny random BERT on the offline XLM-R tokenizer, trained on the fixture CoNLL files
TINY_FILES = [
    "model=tiny",
    "source=conll_files",
    f"source.train.path={CELL / 'en.train.conll'}",
    f"source.dev.path={CELL / 'en.dev.conll'}",
    "source.train.scheme=iob2",
    "source.dev.scheme=iob2",
    "benchmark=files",
    f"benchmark.test.path={CELL / 'de.test.conll'}",
    "benchmark.unlabeled.kind=text",
    f"benchmark.unlabeled.path={CELL / 'de.text.txt'}",
    "lang=de",
    "teacher.epochs=2",
    "student.epochs=1",
    "trainer.log_every_n_steps=1",
    "trainer.enable_progress_bar=false",
]


def compose_config(overrides: list[str], output_dir: Path, cache_dir: Path, name: str = "config") -> DictConfig:
    """The real config from conf/, as `python -m xlt.run <overrides>` would see it."""
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        cfg = compose(name, overrides=overrides, return_hydra_config=True)
    HydraConfig().set_config(cfg)
    with open_dict(cfg):
        cfg.paths.output_dir = str(output_dir)
        cfg.paths.cache_dir = str(cache_dir)
    return cfg


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the session (tokenisation, generated data); the e5small conversion has its own."""
    return tmp_path_factory.mktemp("xlt-cache")


@pytest.fixture
def make_cfg(tmp_path: Path, cache_dir: Path) -> Iterator[Callable[..., DictConfig]]:
    def make(overrides: list[str], name: str = "config") -> DictConfig:
        return compose_config(overrides, tmp_path / "run", cache_dir, name)

    yield make
    GlobalHydra.instance().clear()

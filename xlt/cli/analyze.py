"""`python -m xlt.analyze model=... lang=...` (console script `xlt-analyze`): language characteristics per backbone
(xlt.analysis.analyze) and, with `results=<sweep>`, their correlation with transfer (xlt.analysis.correlate)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.experimental.callback import Callback
from hydra.types import RunMode
from omegaconf import DictConfig

from xlt.analysis.analyze import analyze, correlate_config, summary_line
from xlt.cli.errors import run_cli
from xlt.config import CONFIG_DIR
from xlt.experiment.identity import register_resolvers

register_resolvers()  # analyze.yaml builds on config.yaml, which names a run with them (in a sweep's workers too)


def _analyze(cfg: DictConfig) -> None:
    result = analyze(cfg)
    print(summary_line(result), flush=True)
    if HydraConfig.get().mode != RunMode.MULTIRUN and cfg.get("results"):
        print(f"correlation table and plots: {correlate_config(cfg, Path(str(cfg.analysis_root)))}")


class CorrelateAfterSweep(Callback):
    """Hydra callback: after the last job of an analysis multirun, correlate all of them at once."""

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        if not config.get("results"):
            return
        path = run_cli(lambda c: correlate_config(c, Path(str(c.analysis_root))), config)
        print(f"correlation table and plots: {path}")


@hydra.main(version_base="1.3", config_path=str(CONFIG_DIR), config_name="analyze")
def main(cfg: DictConfig) -> None:
    run_cli(_analyze, cfg)


if __name__ == "__main__":
    main()

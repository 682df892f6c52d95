"""Write the best recipe of a finished teacher or student recipe study as a config a cell selects (docs/sweeps.md).

    python -m xlt.run -m hparams_search=teacher_recipe model=gemma270m          # the study (resumable)
    python bench/search_recipe.py outputs/multirun/hparams/teacher_recipe/gemma270m
        -> conf/teacher/searched/gemma270m.yaml (select it: teacher=searched/gemma270m)
        -> bench/results/search_gemma270m/teacher_trials.csv (every trial: state, source dev F1, values, times)
    python -m xlt.run -m hparams_search=student_recipe model=gemma270m          # then the student's, on de dev
    python bench/search_recipe.py outputs/multirun/hparams/student_recipe/gemma270m/de
        -> conf/student/searched/gemma270m.yaml, bench/results/search_gemma270m/student_trials.csv

The config's opening comment names the study, its objective, its budget, its sampler seed and the date
(xlt.analysis.searched_recipe).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from xlt.analysis.searched_recipe import RESULTS_DIR, write_searched_recipe  # noqa: E402
from xlt.cli.errors import run_cli  # noqa: E402
from xlt.config import CONFIG_DIR  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sweep_dir", type=Path, help="the study's sweep directory (it holds study.json)")
    parser.add_argument("--conf-dir", type=Path, default=CONFIG_DIR, help="where <stage>/searched/<model>.yaml goes")
    parser.add_argument("--results-dir", type=Path, default=RESULTS_DIR,
                        help="where search_<model>/<stage>_trials.csv goes")
    args = parser.parse_args(argv)
    config, table = run_cli(lambda a: write_searched_recipe(a.sweep_dir, a.conf_dir, a.results_dir), args)
    print(f"wrote {config} (select it with {config.parent.parent.name}=searched/{config.stem}) and {table}")


if __name__ == "__main__":
    main()

"""A sweep's finished cells carried to another machine: their records out of a sweep directory, and back into one.

A complete cell's *record* is what the report and the skip on rerun read: `metrics.json` (its scores, its config
identity, the machine that computed it), `config.yaml`, Hydra's `.hydra/`, the `predictions/` files and `run.log`.
It holds no weights: no checkpoint, no store artifact, no cache. Copied into a sweep directory on a fresh machine,
a rerun of the sweep's command skips those cells (xlt.experiment.record.completed_run: `status: complete` and the
same config identity) and trains only the rest, so a sweep longer than one machine's lease finishes in pieces and
its report reads every cell. The identity holds what a machine resolves for itself (`perf.threads=auto`,
`trainer.precision=auto`): pin both on every machine, or a rerun on another core count or CPU refuses the carried
cells. `xlt predict` cannot load a carried cell's student: its checkpoints stayed behind.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xlt.errors import ConfigError, DataError
from xlt.experiment.record import (
    METRICS_FILE,
    PREDICTIONS_DIR,
    STUDENT_CHECKPOINTS,
    run_metrics_files,
    summary_metrics,
)
from xlt.io import atomic_write_bytes, is_partial_write

RECORD_FILES = (METRICS_FILE, "config.yaml", "run.log")  # a cell's own files that its record carries
RECORD_DIRS = (".hydra", PREDICTIONS_DIR)                 # and its folders (files one level deep)


@dataclass(frozen=True)
class Carried:
    """What one export or import did: the cells copied, those already there with the same results, those left out."""

    copied: list[str]
    unchanged: list[str]
    left_out: list[str]  # cells not complete (running, failed, killed): nothing of theirs is copied


def _record(run: Path) -> list[Path]:
    """The files of `run`'s record that exist, relative to it."""
    files = [Path(name) for name in RECORD_FILES if (run / name).is_file()]
    for folder in RECORD_DIRS:
        if (run / folder).is_dir():
            files += sorted(p.relative_to(run) for p in (run / folder).iterdir()
                            if p.is_file() and not is_partial_write(p))
    return files


def _metrics(run: Path) -> dict[str, Any]:
    try:
        return json.loads((run / METRICS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataError(f"{run / METRICS_FILE}: unreadable ({err}); delete that cell's folder or rerun it") from err


def _copy(src: Path, dst: Path, files: list[Path]) -> None:
    """The record's files, each written atomically and metrics.json last: a copy cut short leaves no
    complete-looking cell behind."""
    for f in sorted(files, key=lambda f: f.name == METRICS_FILE):
        atomic_write_bytes(dst / f, (src / f).read_bytes())


def _already_there(dst: Path, metrics: dict[str, Any], what: str) -> bool:
    """True where `dst` holds the same config's complete run with the same results (left as it is: its own
    checkpoints, timings and machine stay); a ConfigError where the record must not go over what `dst` holds."""
    if not (dst / METRICS_FILE).is_file():
        return False
    there = _metrics(dst)
    if there.get("config_identity") != metrics.get("config_identity"):
        raise ConfigError(
            f"{dst} holds a {there.get('status')} run of another config (identity {there.get('config_identity')}, "
            f"{what} has {metrics.get('config_identity')}): carry the records into their own sweep directory, "
            "or delete that folder first")
    if there.get("status") == "complete":
        # what each measured: every number of every stage, source dev included (a study trial's only one), and the
        # gains; no timings, paths or machine
        if summary_metrics(there) != summary_metrics(metrics):
            raise ConfigError(
                f"{dst} holds a complete run of the same config with other results than {what} (another machine, "
                "or a rerun with resume=false): keep both by carrying into another directory, or delete one")
        return True
    if (dst / STUDENT_CHECKPOINTS).exists():
        raise ConfigError(
            f"{dst} holds a {there.get('status')} run of the same config that trained a student of its own (a kill "
            f"here, while {what} finished elsewhere), which the record's scores do not describe: delete "
            f"{dst / STUDENT_CHECKPOINTS} to take the record, or rerun the sweep there to finish it")
    return False  # unfinished, with no student of its own: the record completes it


def _carry(src: Path, dst: Path) -> Carried:
    """Copy the record of every complete cell under `src` to `dst`, at the same relative path."""
    copied, unchanged, left_out = [], [], []
    for path in run_metrics_files(src):
        run = path.parent
        name = str(run.relative_to(src))
        metrics = _metrics(run)
        if metrics.get("status") != "complete":
            left_out.append(f"{name} ({metrics.get('status')})")
        elif _already_there(dst / name, metrics, str(run)):
            unchanged.append(name)
        else:
            _copy(run, dst / name, _record(run))
            copied.append(name)
    return Carried(copied, unchanged, left_out)


def _inside(a: Path, b: Path) -> bool:
    a, b = a.resolve(), b.resolve()
    return a == b or b in a.parents


def export_records(sweep: Path, dest: Path) -> Carried:
    """The record of every complete cell of the sweep directory `sweep`, copied to `dest`."""
    sweep, dest = Path(sweep), Path(dest)
    if not sweep.is_dir():
        raise DataError(f"{sweep} does not exist: pass a sweep directory (outputs/multirun/<sweep_name>)")
    if _inside(dest, sweep) or _inside(sweep, dest):
        raise ConfigError(f"{dest} and {sweep} overlap: export to a folder outside the sweep (its report would read "
                          "each cell twice)")
    done = _carry(sweep, dest)
    if not done.copied and not done.unchanged:
        raise DataError(f"{sweep} holds no complete cell ({len(done.left_out)} unfinished): nothing to export yet")
    return done


def import_records(src: Path, sweep: Path) -> Carried:
    """The cell records under `src` (an export), copied into the sweep directory `sweep`, where a rerun of the
    sweep's command skips them."""
    src, sweep = Path(src), Path(sweep)
    if not (src.is_dir() and run_metrics_files(src)):
        raise DataError(f"{src} holds no cell records (metrics.json): pass the folder an export wrote")
    if _inside(sweep, src) or _inside(src, sweep):
        raise ConfigError(f"{src} and {sweep} overlap: import from the export's own folder into the sweep directory")
    return _carry(src, sweep)

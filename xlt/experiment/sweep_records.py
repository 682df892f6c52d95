"""A sweep's finished cells carried to another machine: their records out of a sweep directory, and back into one.

A complete cell's *record* is what the report and the skip on rerun read: `metrics.json` (its scores and its config
identity), `config.yaml`, Hydra's `.hydra/`, the `predictions/` files and `run.log`. It is small (a few hundred KB)
and holds no weights: no checkpoint, no store artifact, no cache. Copied into a sweep directory on a fresh machine,
a rerun of the sweep's command skips those cells (xlt.experiment.record.completed_run: `status: complete` and the
same config identity) and trains only the rest, so a sweep longer than one machine's lease finishes in pieces and
its report reads every cell. `xlt predict` cannot load a carried cell's student: its checkpoints stayed behind.
"""

from __future__ import annotations

import filecmp
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from xlt.errors import ConfigError, DataError
from xlt.experiment.record import METRICS_FILE, run_metrics_files

RECORD_FILES = (METRICS_FILE, "config.yaml", "run.log")  # a cell's own files that its record carries
RECORD_DIRS = (".hydra", "predictions")                   # and its folders (files one level deep)


@dataclass(frozen=True)
class Carried:
    """What one export or import did: the cells copied, those already there with the same record, those left out."""

    copied: list[str]
    unchanged: list[str]
    left_out: list[str]  # export: cells not complete (running, failed, killed); nothing of theirs is copied


def _record(run: Path) -> list[Path]:
    """The files of `run`'s record that exist, relative to it."""
    files = [Path(name) for name in RECORD_FILES if (run / name).is_file()]
    for folder in RECORD_DIRS:
        if (run / folder).is_dir():
            files += sorted(p.relative_to(run) for p in (run / folder).iterdir() if p.is_file())
    return files


def _metrics(run: Path) -> dict:
    try:
        return json.loads((run / METRICS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DataError(f"{run / METRICS_FILE}: unreadable ({err}); delete that cell's folder or rerun it") from err


def _same(src: Path, dst: Path, files: list[Path]) -> bool:
    return all((dst / f).is_file() and filecmp.cmp(src / f, dst / f, shallow=False) for f in files)


def _copy(src: Path, dst: Path, files: list[Path]) -> None:
    """The record's files, metrics.json last: a copy cut short leaves no complete-looking cell behind."""
    for f in sorted(files, key=lambda f: f.name == METRICS_FILE):
        (dst / f).parent.mkdir(parents=True, exist_ok=True)
        tmp = (dst / f).with_name((dst / f).name + ".part")
        shutil.copyfile(src / f, tmp)
        tmp.replace(dst / f)


def _check_target(dst: Path, metrics: dict, what: str) -> None:
    """Refuse to put a record over another config's cell, or over an unfinished run that holds its own state."""
    if not (dst / METRICS_FILE).is_file():
        return
    there = _metrics(dst)
    if there.get("config_identity") != metrics.get("config_identity"):
        raise ConfigError(
            f"{dst} holds a {there.get('status')} run of another config (identity {there.get('config_identity')}, "
            f"{what} has {metrics.get('config_identity')}): carry the records into their own sweep directory, "
            "or delete that folder first")
    if there.get("status") != "complete" and (dst / "checkpoints").exists():
        raise ConfigError(
            f"{dst} holds a {there.get('status')} run of the same config with its own checkpoints (a kill here, while "
            f"{what} finished elsewhere): its student would not be the one the record scores; delete "
            f"{dst / 'checkpoints'} to take the record, or rerun the sweep there to finish it")
    if there.get("status") == "complete" and not _same_scores(there, metrics):
        raise ConfigError(
            f"{dst} holds a complete run of the same config with other scores than {what} (another machine, or a "
            "rerun with resume=false): keep both by carrying into another directory, or delete one of them")


def _same_scores(a: dict, b: dict) -> bool:
    keys = ("zero_shot", "student")
    return all(json.dumps(a.get(k), sort_keys=True) == json.dumps(b.get(k), sort_keys=True) for k in keys)


def _carry(src: Path, dst: Path) -> Carried:
    """Copy the record of every complete cell under `src` to `dst`, at the same relative path."""
    copied, unchanged, left_out = [], [], []
    for path in run_metrics_files(src):
        run = path.parent
        name = str(run.relative_to(src))
        metrics = _metrics(run)
        if metrics.get("status") != "complete":
            left_out.append(f"{name} ({metrics.get('status')})")
            continue
        files = _record(run)
        _check_target(dst / name, metrics, str(run))
        if _same(run, dst / name, files):
            unchanged.append(name)
            continue
        _copy(run, dst / name, files)
        copied.append(name)
    return Carried(copied, unchanged, left_out)


def export_records(sweep: Path, dest: Path) -> Carried:
    """The record of every complete cell of the sweep directory `sweep`, copied to `dest`."""
    if not Path(sweep).is_dir():
        raise DataError(f"{sweep} does not exist: pass a sweep directory (outputs/multirun/<sweep_name>)")
    return _carry(Path(sweep), Path(dest))


def import_records(src: Path, sweep: Path) -> Carried:
    """The cell records under `src` (an export), copied into the sweep directory `sweep`, where a rerun of the
    sweep's command skips them."""
    if not (Path(src).is_dir() and run_metrics_files(Path(src))):
        raise DataError(f"{src} holds no cell records (metrics.json): pass the folder an export wrote")
    return _carry(Path(src), Path(sweep))

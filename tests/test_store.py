"""The artifact store: content keys, one build across concurrent processes, recovery from a killed build."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from pathlib import Path

import pytest

from xlt.experiment.store import ArtifactStore, spec_key


def test_key_depends_on_exactly_the_spec():
    a = {"model": {"name": "xlmr"}, "seed": 1, "recipe": {"lr": 5e-5}}
    assert spec_key("teacher", a) == spec_key("teacher", dict(reversed(list(a.items()))))  # order-free
    assert spec_key("teacher", a) != spec_key("teacher", {**a, "seed": 2})
    assert spec_key("teacher", a) != spec_key("soft", a)


def _build_slowly(root: str, marker_dir: str, out: mp.Queue) -> None:
    def build(tmp: Path, work: Path) -> None:
        (Path(marker_dir) / f"built-by-{os.getpid()}").touch()
        time.sleep(0.5)
        (tmp / "payload.txt").write_text("done")

    art = ArtifactStore(root).get_or_build("teacher", {"seed": 1}, build)
    out.put((art.reused, (art.path / "payload.txt").read_text()))


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_concurrent_processes_build_once_and_never_see_a_partial_artifact(tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=_build_slowly, args=(str(tmp_path / "store"), str(markers), out)) for _ in range(3)]
    for p in procs:
        p.start()
    results = [out.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert len(list(markers.iterdir())) == 1  # one builder; the others waited on the lock
    assert sorted(r[0] for r in results) == [False, True, True]
    assert all(r[1] == "done" for r in results)


def _build_until_told(root: str, signals: str) -> None:
    def build(tmp: Path, work: Path) -> None:
        (Path(signals) / "building").touch()
        while not (Path(signals) / "go").exists():
            time.sleep(0.05)
        (tmp / "payload.txt").write_text("done")

    ArtifactStore(root).get_or_build("teacher", {"seed": 1}, build)


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_job_that_waits_for_another_builder_records_the_wait(tmp_path):
    signals = tmp_path / "signals"
    signals.mkdir()
    builder = mp.get_context("spawn").Process(target=_build_until_told, args=(str(tmp_path / "store"), str(signals)))
    builder.start()
    while not (signals / "building").exists():  # the other job holds the lock now
        time.sleep(0.05)
    threading.Timer(1.0, (signals / "go").touch).start()
    art = ArtifactStore(tmp_path / "store").get_or_build("teacher", {"seed": 1}, lambda tmp, work: None)
    builder.join(timeout=60)
    assert art.reused and art.build_s == 0.0 and art.wait_s > 0  # it waited on the lock, then reused
    assert art.record()["wait_s"] == round(art.wait_s, 2)


def test_a_killed_build_leaves_no_artifact_and_the_next_one_cleans_up(tmp_path):
    store = ArtifactStore(tmp_path)
    key = spec_key("soft", {"x": 1})
    stale = tmp_path / "soft" / f".{key}.tmp-99999"  # what a SIGKILLed builder leaves behind
    stale.mkdir(parents=True)
    (stale / "half.npz").write_bytes(b"\0" * 10)
    assert store.find("soft", {"x": 1}) is None

    def build(tmp: Path, work: Path) -> None:
        (tmp / "soft.npz").write_text("ok")

    art = store.get_or_build("soft", {"x": 1}, build)
    assert not art.reused and not stale.exists() and (art.path / "soft.npz").read_text() == "ok"
    assert store.get_or_build("soft", {"x": 1}, build).reused


def test_a_failing_build_publishes_nothing_and_keeps_its_work_dir(tmp_path):
    store = ArtifactStore(tmp_path)

    def build(tmp: Path, work: Path) -> None:
        (work / "last.ckpt").write_text("progress")
        raise RuntimeError("out of memory")

    with pytest.raises(RuntimeError):
        store.get_or_build("teacher", {"s": 1}, build)
    assert store.find("teacher", {"s": 1}) is None
    work = store.work_dir("teacher", spec_key("teacher", {"s": 1}))
    assert (work / "last.ckpt").read_text() == "progress"  # a rerun resumes from it


def _build_forever(root: str, started: str) -> None:
    def build(tmp: Path, work: Path) -> None:
        (tmp / "partial.bin").write_bytes(b"\0" * 100)
        Path(started).touch()
        time.sleep(600)

    ArtifactStore(root).get_or_build("teacher", {"seed": 7}, build)


def test_a_builder_killed_while_holding_the_lock_does_not_block_the_next(tmp_path):
    started = tmp_path / "started"
    proc = mp.get_context("spawn").Process(target=_build_forever, args=(str(tmp_path / "store"), str(started)))
    proc.start()
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started.exists()
    os.kill(proc.pid, 9)  # SIGKILL: no cleanup runs; the lock file and a partial temp dir stay behind
    proc.join(timeout=30)
    kind_dir = tmp_path / "store" / "teacher"
    assert list(kind_dir.glob("*.lock")) and list(kind_dir.glob(".*.tmp-*"))

    def build(tmp: Path, work: Path) -> None:
        (tmp / "payload.txt").write_text("ok")

    store = ArtifactStore(tmp_path / "store", lock_timeout_s=10)  # would time out if the lock were still held
    art = store.get_or_build("teacher", {"seed": 7}, build)
    assert not art.reused and (art.path / "payload.txt").read_text() == "ok"
    assert not list(kind_dir.glob(".*.tmp-*"))  # the killed builder's partial output is gone


def test_teacher_key_follows_the_teacher_seed_not_the_student_seed(make_cfg):
    """Several student seeds reuse one teacher; another teacher seed is another teacher."""
    from xlt.data.sentence import Sentence
    from xlt.experiment.identity import teacher_spec

    data = [Sentence(["Anna", "sings"], ["B-PER", "O"])]

    def key(overrides: list[str]) -> str:
        return spec_key("teacher", teacher_spec(make_cfg(overrides), data, data))

    base = key(["seed=1"])
    assert key(["seed=1", "student.seed=2"]) == base
    assert key(["seed=2", "teacher.seed=1"]) == base  # the cell's seed only matters through teacher.seed
    assert key(["seed=1", "teacher.seed=3"]) != base

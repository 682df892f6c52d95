"""`python -m xlt.store ls|du|gc`: what the store holds and who uses it; gc never removes what a job needs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from filelock import FileLock

from xlt.cli.store import main
from xlt.experiment.store import ArtifactStore
from xlt.experiment.store_admin import entries


def _store(tmp_path: Path) -> tuple[Path, dict[str, Path]]:
    """Three teachers (1 KiB each) and one soft-label entry; a complete run uses teacher a, a running one uses b."""
    store = ArtifactStore(tmp_path / "store")
    paths = {}
    for name in ("a", "b", "c"):
        spec = {"fields": {"model.name": "tiny", "teacher.seed": name}, "source_train": {"n": 10}}
        build = lambda tmp, work: (tmp / "t.ckpt").write_bytes(b"x" * 1024)  # noqa: E731
        paths[name] = store.get_or_build("teacher", spec, build).path
    paths["soft"] = store.get_or_build("soft", {"teacher": "k", "data": {"n": 3}},
                                       lambda tmp, work: (tmp / "soft.npz").write_bytes(b"y" * 10)).path
    for run, status, used in (("done", "complete", "a"), ("busy", "running", "b")):
        (tmp_path / "outputs" / run).mkdir(parents=True)
        (tmp_path / "outputs" / run / "metrics.json").write_text(json.dumps(
            {"status": status, "artifacts": {"teacher": {"key": paths[used].name, "path": str(paths[used])}}}))
    # the copy the teacher's W&B run of `done` took while the cell was still running (xlt.training.loggers)
    copy = tmp_path / "outputs" / "done" / "wandb" / "offline-run-20240101_000000-teacher-x" / "files" / "metrics.json"
    copy.parent.mkdir(parents=True)
    copy.write_text(json.dumps({"status": "running", "artifacts": {"teacher": {"path": str(paths["a"])}}}))
    return tmp_path / "store", paths


def test_ls_knows_sizes_and_users(tmp_path):
    root, paths = _store(tmp_path)
    found = {e.path: e for e in entries(root, [tmp_path / "outputs"])}
    assert len(found) == 4
    a, b, c = (found[paths[n]] for n in "abc")
    assert a.bytes > 1024 and a.users == [str(tmp_path / "outputs" / "done")] and not a.running  # + spec.json
    assert b.running == [str(tmp_path / "outputs" / "busy")] and not c.users
    assert a.what == "tiny on 10 source sentences, seed a"


def test_ls_counts_each_run_once(tmp_path, capsys):
    """A run's metrics.json, never its W&B runs' copies: teacher a is used by one complete run, not by two runs of
    which one still runs (gc could never remove it); a run under two of the --runs roots counts once too."""
    root, paths = _store(tmp_path)
    main(["ls", "--store", str(root), "--runs", str(tmp_path / "outputs"), str(tmp_path / "outputs" / "done")])
    lines = {line.split()[1]: line for line in capsys.readouterr().out.splitlines()[1:]}
    assert "  1 run(s)  " in lines[paths["a"].name] and "running" not in lines[paths["a"].name]
    assert "1 run(s), 1 running" in lines[paths["b"].name] and "0 run(s)" in lines[paths["c"].name]


def test_gc_lists_first_and_removes_only_unused_unlocked_entries(tmp_path, capsys):
    root, paths = _store(tmp_path)
    runs = ["--runs", str(tmp_path / "outputs")]
    assert main(["gc", "--unused", "--store", str(root), *runs]) == 0
    assert "2 of 4 entries would go" in capsys.readouterr().out and paths["c"].is_dir()  # dry run: nothing gone
    with FileLock(str(paths["c"].parent / f"{paths['c'].name}.lock")):  # a job is (re)building c right now
        main(["gc", "--unused", "--kind", "teacher", "--yes", "--store", str(root), *runs])
    assert "kept (a job holds its lock)" in capsys.readouterr().out and paths["c"].is_dir()
    main(["gc", "--unused", "--yes", "--store", str(root), *runs])
    assert not paths["c"].exists() and not paths["soft"].exists()
    # --older-than 0 would take everything, but never an entry of a running cell
    main(["gc", "--older-than", "0", "--yes", "--store", str(root), *runs])
    assert not paths["a"].exists() and paths["b"].is_dir()
    main(["du", "--store", str(root), *runs])
    assert "total         1 entries" in capsys.readouterr().out


def test_gc_without_a_rule_refuses(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["gc", "--store", str(tmp_path)])
    assert info.value.code == 2 and "--unused" in capsys.readouterr().err

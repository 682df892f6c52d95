"""`python -m xlt.wandb_workspace`: the comparison matrix as a W&B workspace whose panels read only keys that xlt
logs (the student run's summary and its config), built and written offline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from xlt.cli.wandb_workspace import main
from xlt.data.tags import ENTITY_TYPES
from xlt.evaluation.metrics import entity_scores
from xlt.experiment.identity import wandb_config
from xlt.experiment.record import PER_TYPE_TABLE, summary_metrics

GOLD = [["B-PER", "O", "B-ORG", "I-ORG"], ["B-LOC", "O", "B-MISC"]]
PRED = [["B-PER", "O", "B-LOC", "O"], ["B-LOC", "O", "O"]]


def _logged_summary_keys() -> set[str]:
    """The summary keys of a student run: summary_metrics of a finished cell's record (real scores of every type)."""
    scores = entity_scores(GOLD, PRED)
    record = {"source_dev": {**scores, "calibration": {"ece": 0.1}}, "zero_shot": scores, "student": scores,
              "diagnostics": {"agreement": {"token": 0.9, "entity_token": 0.8}}, "gain_over_zero_shot": 0.0}
    return set(summary_metrics(record))


def _panel_keys(spec: Any) -> Iterator[tuple[str, str]]:
    """("summary" | "config", key) of every metric, axis, column and grouping in a workspace spec."""
    if isinstance(spec, dict):
        if spec.get("section") == "config" and isinstance(spec.get("name"), str):  # the runset's grouping
            yield "config", spec["name"].removesuffix(".value")
        for key, value in spec.items():
            if key == "groupBy" and isinstance(value, str):  # a bar plot's own grouping: a config key
                yield "config", value.removesuffix(".value")
            else:
                yield from _panel_keys(value)
    elif isinstance(spec, list):
        for item in spec:
            yield from _panel_keys(item)
    elif isinstance(spec, str):
        for prefix in ("summary_metrics.", "summary:"):
            if spec.startswith(prefix):
                yield "summary", spec.removeprefix(prefix)
        if spec.startswith("config:"):
            yield "config", spec.removeprefix("config:").removesuffix(".value")


def _panels(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for s in spec["spec"]["section"]["panelBankConfig"]["sections"] for p in s["panels"]]


@pytest.fixture
def spec(tmp_path, capsys) -> dict[str, Any]:
    out = tmp_path / "ws.json"
    assert main(["--entity", "my-team", "--project", "xlt", "--out", str(out), "--offline"]) == 0
    assert str(out) in capsys.readouterr().out  # it says where the spec is
    return json.loads(out.read_text())


def test_the_workspace_names_its_project_and_holds_the_matrix_panels(spec):
    assert (spec["entity"], spec["project"], spec["displayName"]) == ("my-team", "xlt", "xlt comparison matrix")
    kinds = [p["viewType"] for p in _panels(spec)]
    assert sorted(kinds) == sorted(["Bar Chart", "Bar Chart", "Parallel Coordinates Plot", "Scatter Plot",
                                    "Bar Chart", "Weave"])
    bars = {p["config"]["chartTitle"]: p["config"] for p in _panels(spec) if p["viewType"] == "Bar Chart"}
    f1 = next(c for t, c in bars.items() if t.startswith("Zero-shot and student F1"))
    assert f1["metrics"] == ["summary_metrics.zero_shot/f1", "summary_metrics.student/f1"]
    gain = next(c for t, c in bars.items() if t.startswith("Gain"))
    assert gain["metrics"] == ["summary_metrics.gain_over_zero_shot"] and gain["groupBy"] == "distill.value"
    types = next(c for t, c in bars.items() if "entity type" in t)
    assert types["metrics"] == [f"summary_metrics.student/per_type/{t}/f1" for t in ENTITY_TYPES]
    pc = next(p["config"] for p in _panels(spec) if p["viewType"] == "Parallel Coordinates Plot")
    assert [c["accessor"] for c in pc["columns"]] == [
        "config:model.value", "config:src.value", "config:lang.value", "config:distill.value", "config:seed.value",
        "config:student_init.value", "summary:zero_shot/f1", "summary:student/f1", "summary:gain_over_zero_shot"]
    assert PER_TYPE_TABLE in json.dumps(next(p for p in _panels(spec) if p["viewType"] == "Weave"))


def test_runs_are_the_student_runs_grouped_by_cell(spec):
    runset = spec["spec"]["section"]["runSets"][0]
    assert "jobType" in json.dumps(runset["filters"]) and '"student"' in json.dumps(runset["filters"])
    assert [(k["section"], k["name"]) for k in runset["grouping"]] == [
        ("config", "model.value"), ("config", "src.value"), ("config", "lang.value"), ("config", "distill.value")]


def test_every_key_a_panel_reads_is_one_xlt_logs(spec, make_cfg):
    summary = _logged_summary_keys()
    config = set(wandb_config(make_cfg(["model=tiny", "lang=de", "distill=kl"])))
    used = set(_panel_keys(spec))
    assert {k for kind, k in used if kind == "summary"} >= {"student/f1", "zero_shot/f1", "gain_over_zero_shot"}
    assert {k for kind, k in used if kind == "config"} >= {"model", "src", "lang", "distill", "seed", "student_init"}
    for kind, key in used:
        assert key in (summary if kind == "summary" else config), (kind, key)


def test_a_group_restricts_the_workspace_to_one_sweep(tmp_path):
    out = tmp_path / "ws.json"
    main(["--entity", "e", "--project", "p", "--group", "grid-2024", "--out", str(out), "--offline"])
    assert "grid-2024" in json.dumps(json.loads(out.read_text())["spec"]["section"]["runSets"][0]["filters"])


def test_without_an_api_key_the_spec_is_written_not_saved(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("WANDB_API_KEY", raising=False)
    monkeypatch.setenv("WANDB_MODE", "offline")
    out = tmp_path / "nested" / "ws.json"
    assert main(["--entity", "e", "--project", "p", "--out", str(out)]) == 0  # no --offline: found out
    assert out.is_file() and "offline" in capsys.readouterr().out


@pytest.mark.parametrize("flag, value", [("--entity", "my team"), ("--entity", "a/b"), ("--project", "x/y"),
                                         ("--project", " ")])
def test_a_bad_entity_or_project_is_one_clear_line(tmp_path, capsys, flag, value):
    names = {"--entity": "e", "--project": "p", flag: value}
    with pytest.raises(SystemExit) as info:
        main([*(a for k, v in names.items() for a in (k, v)), "--out", str(tmp_path / "ws.json"), "--offline"])
    err = capsys.readouterr().err
    assert info.value.code == 2 and flag in err and repr(value) in err and "Traceback" not in err
    assert not (tmp_path / "ws.json").exists()

"""What names a run and what determines its result are declared once (xlt.experiment.identity): the run's name,
its sweep directory, its W&B labels and its metrics.json header are derived from the headline; the cell identity,
the teacher's store key and a sweep cell's directory from the roles. Every field of every config option is
declared, and changing a field changes exactly the keys its role says."""

from __future__ import annotations

import copy
import importlib.util
import sys
import types
from pathlib import Path

import pytest
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import OmegaConf

from xlt.config import CONFIG_DIR, SCHEMA, options, resolved
from xlt.data.sentence import Sentence
from xlt.errors import ConfigError
from xlt.experiment import identity
from xlt.experiment.identity import (
    CELL_KEYS,
    HEADLINE,
    ROLES,
    SEED_KEYS,
    cell_dir_name,
    cell_identity,
    derived_spec,
    determining_overrides,
    fields,
    header,
    leaves,
    recorded,
    role,
    run_name,
    stage_labels,
    teacher_overrides,
    teacher_spec,
)
from xlt.experiment.record import RunRecord
from xlt.experiment.store import spec_key

DATA = [Sentence(["Anna", "sings"], ["B-PER", "O"])]
GROUPS = ["model", "lang", "benchmark", "source", "teacher", "student", "distill", "trainer", "logger", "callbacks"]


def _changed(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, list):
        return [*value, "x"]
    return f"{value}-changed"


def _set(tree: dict, path: str, value) -> dict:
    out = copy.deepcopy(tree)
    node = out
    *head, last = path.split(".")
    for key in head:
        node = node[key]
    node[last] = value
    return out


@pytest.mark.parametrize("group", GROUPS)
def test_every_field_of_every_option_has_a_declared_role(make_cfg, group):
    for option in options(group):
        if group == "benchmark" and option == "files":
            continue  # needs file paths to compose its `???` fields; same keys as conll
        if option == "searched_for_model" and not (CONFIG_DIR / group / "searched" / "e5small.yaml").is_file():
            continue  # the default model's searched recipe, once hparams_search=student_recipe wrote it
        tree = resolved(make_cfg([f"{group}={option}"] + (["benchmark.test.path=x", "benchmark.unlabeled.path=x"]
                                                          if option == "files" else [])))
        for path, _ in leaves(tree):
            assert role(path) in ("teacher", "teacher_data", "cell", "none"), path


def test_an_undeclared_field_is_an_error_not_a_silent_omission():
    with pytest.raises(ConfigError, match="no declared role.*ROLES"):
        role("brand_new_section.setting")


def test_each_field_changes_exactly_the_keys_of_its_role(make_cfg):
    tree = resolved(make_cfg(["logger=wandb"]))
    base_cell = cell_identity(tree)
    base_teacher = spec_key("teacher", teacher_spec(tree, DATA, DATA))
    checked = {"teacher": 0, "teacher_data": 0, "cell": 0, "none": 0}
    for path, value in leaves(tree):
        changed = _set(tree, path, _changed(value))
        r = role(path)
        cell_moved = cell_identity(changed) != base_cell
        teacher_moved = spec_key("teacher", teacher_spec(changed, DATA, DATA)) != base_teacher
        assert cell_moved == (r != "none"), (path, r)
        # the teacher's data counts by content (DATA here), not by its spec
        assert teacher_moved == (r == "teacher"), (path, r)
        checked[r] += 1
    assert all(n > 0 for n in checked.values()), checked


def test_source_data_changes_the_teacher_by_content():
    tree = {"model": {"name": "m"}, "teacher": {"lr": 1.0}}
    other = [Sentence(["Anna", "sings"], ["B-ORG", "O"])]
    assert spec_key("teacher", teacher_spec(tree, DATA, DATA)) != spec_key("teacher", teacher_spec(tree, other, DATA))


def test_examples_of_roles():
    assert role("perf.fused_optimizer") == "teacher"  # it changes the numbers: the old teacher key missed it
    assert role("trainer.precision") == "teacher" and role("trainer.enable_progress_bar") == "none"
    assert role("model.lm_head") == "none" and role("source.train.path") == "teacher_data"
    assert role("distill.temperature") == "cell" and role("logger.wandb.project") == "none"
    assert role("paths.cache_dir") == "none" and role("progress.log_every_s") == "none"
    assert {"teacher", "teacher_data", "cell", "none"} == set(ROLES.values())


def test_sweep_directories_keep_the_determining_overrides():
    overrides = ["lang=de", "model=xlmr", "seed=3", "logger=none", "sweep_name=s", "paths.cache_dir=/c",
                 "progress.log_every_s=5", "hydra/launcher=joblib", "+distill.temperature=3", "store.shared=false"]
    assert determining_overrides(overrides) == ["+distill.temperature=3", "lang=de", "model=xlmr"]
    assert cell_dir_name(overrides) == "+distill.temperature=3,lang=de,model=xlmr"
    assert cell_dir_name([]) == "defaults" and cell_dir_name(["logger=csv"]) == "defaults"
    assert cell_dir_name(["benchmark.test.path=/data/de.conll", "lang=de"]) == \
        "benchmark.test.path=_data_de.conll,lang=de"
    long_a, long_b = ["student.lr=" + "1" * 300], ["student.lr=" + "1" * 299 + "2"]
    assert len(cell_dir_name(long_a)) <= 180 and cell_dir_name(long_a) != cell_dir_name(long_b)


def test_fields_select_by_role(make_cfg):
    tree = resolved(make_cfg([]))
    teacher = fields(tree, ("teacher",))
    assert "perf.fused_optimizer" in teacher and "teacher.lr" in teacher and "student.lr" not in teacher
    assert "paths.cache_dir" not in fields(tree, ("teacher", "teacher_data", "cell"))


# --- the headline: what names a run ----------------------------------------------------------------------------------

CELL_OVERRIDES = ["model=tiny", "lang=de", "distill=kl", "seed=3", "src=de", "student.seed=5", "student.model=mbert",
                  "student.init=pretrained"]


def test_the_names_derived_from_the_headline(make_cfg, tmp_path):
    cfg = make_cfg(CELL_OVERRIDES)
    assert cfg.run_name == run_name(cfg) == "tiny-de-de-kl-s3"  # conf/config.yaml: ${xlt.run_name:}
    assert OmegaConf.select(cfg, "hydra.sweep.subdir") == (  # the determining overrides, then the seed's own level
        "distill=kl,lang=de,model=tiny,src=de,student.init=pretrained,student.model=mbert,student.seed=5/seed=3")
    named = {"model": "tiny", "source": "synth", "benchmark": "synth", "src": "de", "lang": "de", "distill": "kl",
             "seed": 3, "teacher_seed": 3, "student_seed": 5, "student_model": "mbert", "student_init": "pretrained",
             "until": "student", "metric_mode": "conlleval"}
    assert header(cfg) == named
    record = RunRecord(tmp_path, cfg, "id").data
    assert {k: record[k] for k in named} == named
    assert (record["run_name"], record["in_language"]) == ("tiny-de-de-kl-s3", True)
    teacher = stage_labels(cfg, "teacher", "0123456789abcdef")
    assert (teacher.name, teacher.group) == ("teacher-tiny-synth-de-s3-01234567", "teacher-tiny-synth-de")
    assert list(teacher.tags.items()) == [("model", "tiny"), ("source", "synth"), ("src", "de"), ("seed", 3)]
    assert teacher.config["model"] == "tiny" and teacher.config["teacher.seed"] == 3 and "lang" not in teacher.config
    student = stage_labels(cfg, "student")
    assert (student.name, student.group) == ("tiny-de-de-kl-s3/student", "tiny-de-de-kl-s3")
    assert list(student.tags.items()) == [("model", "tiny"), ("src", "de"), ("lang", "de"), ("distill", "kl"),
                                          ("seed", 3)]
    assert (student.config["lang"], student.config["student_init"], student.config["student.seed"]) == (
        "de", "pretrained", 5)
    assert CELL_KEYS == ["model", "src", "lang", "distill"] and SEED_KEYS == ["seed", "teacher_seed", "student_seed"]


def test_a_multirun_cell_is_grouped_with_its_sweep(make_cfg):
    cfg = make_cfg(["sweep_name=grid"])
    OmegaConf.set_readonly(cfg.hydra, False)
    cfg.hydra.mode = RunMode.MULTIRUN
    HydraConfig().set_config(cfg)
    assert stage_labels(cfg, "student").group == "grid"
    assert stage_labels(cfg, "teacher", "k").group == "teacher-e5small-synth-en"  # a teacher's seeds, in any sweep


def test_an_older_record_reads_as_what_its_runs_did():
    old = {"model": "xlmr", "lang": "de", "distill": "kl", "seed": 2}
    assert [recorded(old, key) for key in ("src", "teacher_seed", "student_model", "student_init", "metric_mode")] \
        == ["en", 2, "xlmr", "pretrained", "conlleval"]


def _copy_of(module: types.ModuleType, name: str, monkeypatch: pytest.MonkeyPatch,
             source: str | None = None) -> types.ModuleType:
    """A fresh copy of `module` under `name` (its source edited: `source`), whatever it imports as it is now."""
    path = Path(module.__file__)
    copy_ = types.ModuleType(name)
    copy_.__file__ = str(path)
    monkeypatch.setitem(sys.modules, name, copy_)  # dataclasses look their module up
    exec(compile(source or path.read_text(encoding="utf-8"), str(path), "exec"), copy_.__dict__)
    return copy_


def test_a_new_headline_field_is_one_edit(make_cfg, tmp_path, monkeypatch):
    """One line added to HEADLINE, nothing else: the run's name, its tags, its W&B config, its metrics.json header,
    the report's and the workspace's cells all carry the new field."""
    source = Path(identity.__file__).read_text(encoding="utf-8")
    line = '    Headline("seed", "seed", cell=True, seed=True),\n'
    edited = source.replace(line, '    Headline("select", "student.select", cell=True, wandb=True),\n' + line)
    assert edited.count("student.select") == 1
    new = _copy_of(identity, "xlt.experiment.identity", monkeypatch, edited)  # what the others import from now
    cfg = make_cfg(["lang=de"])
    assert new.run_name(cfg) == "e5small-en-de-mse-last-s42"
    student = new.stage_labels(cfg, "student")
    assert student.tags["select"] == "last" and student.config["select"] == "last"
    record = _copy_of(importlib.import_module("xlt.experiment.record"), "copy_of_record", monkeypatch)
    assert record.RunRecord(tmp_path, cfg, "id").data["select"] == "last"
    report = _copy_of(importlib.import_module("xlt.analysis.report"), "copy_of_report", monkeypatch)
    assert "select" in report.GROUP and "select" in report.PAIRED
    workspace = _copy_of(importlib.import_module("xlt.analysis.wandb_workspace"), "copy_of_workspace", monkeypatch)
    assert "select" in workspace.CELL and "select" in workspace.SETTINGS


def test_every_headline_field_is_a_config_group_choice_or_validated():
    """The headline names fields; what values they may take is checked once, by xlt.config.SCHEMA (a group's
    `name`/`code` by Hydra: an option that is not a YAML file of the group does not compose)."""
    for field in HEADLINE:
        section = field.path.split(".")[0]
        assert field.path in SCHEMA or ((CONFIG_DIR / section).is_dir() and "." in field.path), field


def test_the_one_version_is_part_of_every_key(make_cfg, monkeypatch):
    tree = resolved(make_cfg([]))
    keys = (cell_identity(tree), spec_key("teacher", teacher_spec(tree, DATA, DATA)),
            spec_key("soft", derived_spec("k", DATA)))
    monkeypatch.setattr(identity, "FORMAT_VERSION", identity.FORMAT_VERSION + 1)
    moved = (cell_identity(tree), spec_key("teacher", teacher_spec(tree, DATA, DATA)),
             spec_key("soft", derived_spec("k", DATA)))
    assert all(a != b for a, b in zip(keys, moved, strict=True))


def test_an_override_reaches_the_teacher_by_its_role_a_default_or_a_preset():
    assert teacher_overrides(["teacher.lr=1", "seed=2", "debug=default", "source=wikiann"]) == (
        "debug=default", "seed=2", "source=wikiann", "teacher.lr=1")  # role; teacher.seed: ${seed}; its presets
    assert teacher_overrides(["lang=de", "distill=kl", "student.seed=3", "logger=none", "debug=null"]) == ()

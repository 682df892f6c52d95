"""What determines a result is declared once (xlt.experiment.identity); the cell identity, the teacher's store key
and a sweep cell's directory are derived from it. Every field of every config option is declared, and changing a
field changes exactly the keys its role says."""

from __future__ import annotations

import copy

import pytest

from xlt.config import options, resolved
from xlt.data.sentence import Sentence
from xlt.errors import ConfigError
from xlt.experiment.identity import (
    ROLES,
    cell_dir_name,
    cell_identity,
    determining_overrides,
    fields,
    leaves,
    role,
    teacher_spec,
)
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

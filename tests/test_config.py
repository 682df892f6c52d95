"""The Hydra config tree: every cell composes and validates, defaults and recipe selection, config errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hydra import compose, initialize_config_dir
from hydra.core.global_hydra import GlobalHydra
from hydra.errors import MissingConfigException
from omegaconf import DictConfig, OmegaConf

from xlt.config import CONFIG_DIR, load_model_config, options, validate
from xlt.errors import ConfigError
from xlt.experiment.identity import run_name  # also registers the resolvers that name a run (${xlt.run_name:})

REPO = CONFIG_DIR.parent
MODELS, LANGS, DISTILLS = options("model"), options("lang"), options("distill")


@pytest.fixture
def hydra_ctx() -> Iterator[None]:
    """One Hydra initialisation on the real conf/ for a test that composes many configs."""
    GlobalHydra.instance().clear()
    with initialize_config_dir(str(CONFIG_DIR), version_base="1.3"):
        yield
    GlobalHydra.instance().clear()


def _compose(overrides: list[str]) -> DictConfig:
    return compose("config", overrides=overrides, return_hydra_config=True)


def _choice(cfg: DictConfig, group: str) -> str:
    return cfg.hydra.runtime.choices[group]


# --------------------------------------------------------------------------------------- the whole matrix


def test_option_groups_are_the_yaml_files():
    assert {"xlmr", "mbert", "e5small", "tiny", "bloom", "mt5"} <= set(MODELS)
    assert {"sw", "de", "en"} <= set(LANGS)
    assert {"hard", "kl", "mse"} <= set(DISTILLS)  # the losses are the YAML files: a new one is one more


@pytest.mark.parametrize("model", MODELS)
def test_every_model_lang_distill_pair_composes_and_validates(hydra_ctx, model):
    # every (model, lang) cell, with the loss rotated so every (model, distill) and (lang, distill) pair
    # occurs too: all pairs of options at a third of the cost of the full product
    m = MODELS.index(model)
    for i, lang in enumerate(LANGS):
        for distill in (DISTILLS[(i + m) % len(DISTILLS)],):
            cfg = _compose([f"model={model}", f"lang={lang}", f"distill={distill}"])
            cell = f"{model}/{lang}/{distill}"
            assert (cfg.model.name, cfg.lang.code, cfg.distill.name) == (model, lang, distill), cell
            assert cfg.run_name == f"{model}-en-{lang}-{distill}-s42", cell
            validate(cfg)


# ---------------------------------------------------------------------------------------------- defaults


def test_defaults_are_the_offline_cell(hydra_ctx):
    cfg = _compose([])
    assert cfg.model.name == "e5small" and cfg.model.kind == "e5small"
    assert cfg.lang.code == "sw" and cfg.distill.name == "mse"
    assert cfg.source.name == "synth" and cfg.src == "en" and cfg.benchmark.name == "synth"
    assert cfg.benchmark.test.lang == "sw"  # the benchmark follows lang
    assert cfg.seed == 42 and cfg.run_name == run_name(cfg) == "e5small-en-sw-mse-s42"
    assert _compose(["run_name=mine"]).run_name == "mine"  # derived by default, the command line's when given
    # e5small selects the recipes tuned for it: the student starts from the teacher (the transfer study's choice)
    assert _choice(cfg, "teacher") == "embedded" and _choice(cfg, "student") == "embedded_from_teacher"
    assert cfg.student.init == "teacher" and cfg.student.select == "last"
    assert cfg.teacher.lr == pytest.approx(2e-4) and cfg.teacher.head_lr == pytest.approx(5e-3)
    assert cfg.teacher.batch_size == cfg.student.batch_size == 8
    assert cfg.teacher.freeze_layers == 0 and cfg.student.freeze_layers == 0
    validate(cfg)


def test_xlmr_keeps_the_tsl_recipes(hydra_ctx):
    cfg = _compose(["model=xlmr"])
    assert _choice(cfg, "teacher") == "tsl" and _choice(cfg, "student") == "tsl"
    assert cfg.teacher.lr == pytest.approx(5e-5) and cfg.teacher.head_lr is None
    assert cfg.teacher.freeze_embeddings is True and cfg.teacher.freeze_layers == 3
    assert cfg.teacher.epochs == 3 and cfg.teacher.batch_size == 32
    assert cfg.student.lr == pytest.approx(1e-4) and cfg.student.freeze_layers == 3
    assert cfg.student.init == "pretrained" and cfg.student.model is None


@pytest.mark.parametrize("model", ["e5small", "xlmr", "tiny"])
def test_command_line_recipe_wins_over_the_models_choice(hydra_ctx, model):
    cfg = _compose([f"model={model}", "teacher=xtreme"])
    assert _choice(cfg, "teacher") == "xtreme"
    assert cfg.teacher.lr == pytest.approx(2e-5) and cfg.teacher.epochs == 10
    assert cfg.teacher.freeze_embeddings is False and cfg.teacher.freeze_layers == 0
    # the student recipe is still the model's
    assert _choice(cfg, "student") == {"xlmr": "tsl", "tiny": "embedded", "e5small": "embedded_from_teacher"}[model]


# ------------------------------------------------------------------------------------- unknown options


@pytest.mark.parametrize(
    ("override", "group"), [("model=nope", "model"), ("lang=xx", "lang"), ("distill=l2", "distill")]
)
def test_unknown_group_option_lists_the_available_ones(hydra_ctx, override, group):
    with pytest.raises(MissingConfigException) as info:
        _compose([override])
    msg = str(info.value)
    assert f"Could not find '{group}/{override.split('=')[1]}'" in msg
    assert f"Available options in '{group}'" in msg
    for name in options(group):
        assert name in msg
    if group == "model":
        assert "xlmr" in msg and "mbert" in msg


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_unknown_model_on_the_real_command_line():
    env = {k: v for k, v in os.environ.items() if not k.startswith("HYDRA_")}
    env["WANDB_MODE"] = "offline"
    res = subprocess.run([sys.executable, "-m", "xlt.run", "model=nope"], capture_output=True, text=True,
                         cwd=REPO, env=env, timeout=180)
    assert res.returncode != 0
    assert "Could not find 'model/nope'" in res.stderr
    for name in ("xlmr", "mbert", "e5small"):
        assert f"\t{name}\n" in res.stderr, res.stderr[-2000:]
    assert "Traceback" not in res.stderr  # Hydra's short error, not a stack trace


# ------------------------------------------------------------------------------------------- validate()


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        (["teacher.lr=0"], "teacher.lr"),
        (["student.lr=-1"], "student.lr"),
        (["teacher.batch_size=0"], "teacher.batch_size"),
        (["data.max_len=4"], "data.max_len"),
        (["distill=kl", "distill.temperature=0"], "distill.temperature"),
        (["distill=hard", "distill.threshold=1.5"], "distill.threshold"),
        (["student.init=foo"], "student.init"),
        (["model=e5small", "student.init=teacher", "student.model=xlmr"], "student.model"),
        (["teacher.lr=fast"], "teacher.lr"),
        (["teacher.epochs=2.5"], "teacher.epochs"),
        (["student.batch_size=true"], "student.batch_size"),
        (["+teacher.learning_rate=1e-4"], "teacher.learning_rate"),
        (["teacher.warmup_ratio=1.0"], "teacher.warmup_ratio"),
        (["teacher.dropout=1.5"], "teacher.dropout"),
        (["metric.mode=lenient"], "metric.mode"),
        (["data.label_position=middle"], "data.label_position"),
        (["checkpoint.every_n_steps=-5"], "checkpoint.every_n_steps"),
        (["seed=abc"], "seed"),
        (["+data.max_length=64"], "data.max_length"),
        (["distill=kl", "+distill.temprature=3"], "distill.temprature"),
        (["student.select=best"], "student.select"),
        (["benchmark=files", "student.select=target_dev"], "student.select=target_dev"),
        (["student.seed=abc"], "student.seed"),
        (["teacher.seed=1.5"], "teacher.seed"),
        (["perf.threads=0"], "perf.threads"),
        (["perf.threads=many"], "perf.threads"),
        (["perf.threads=true"], "perf.threads"),
    ],
)
def test_validate_rejects_naming_the_key(make_cfg, overrides, key):
    cfg = make_cfg(overrides)
    with pytest.raises(ConfigError) as info:
        validate(cfg)
    assert key in str(info.value)


@pytest.mark.parametrize(
    "overrides",
    [
        ["student.init=teacher"],
        ["student.init=teacher", "student.model=e5small"],
        ["model=xlmr", "student.model=mbert"],
        ["distill=hard", "distill.threshold=1.0"],
        ["distill=kl", "distill.temperature=0.5"],
        ["data.max_len=8"],
        ["teacher.epochs=0", "teacher.max_steps=5"],
        ["teacher.lr=1"],  # an int where a float is expected is fine
        ["teacher.head_lr=null", "teacher.grad_clip=null"],
        ["seed=0"],
        ["student.select=target_dev"],  # benchmark=synth declares a target dev split
        ["perf.threads=1"], ["perf.threads=auto"], ["perf.threads=null"],
    ],
)
def test_validate_accepts_boundary_values(make_cfg, overrides):
    validate(make_cfg(overrides))


# ---------------------------------------------------------------------------------------- model configs


def test_load_model_config_returns_the_model_node():
    node = load_model_config("mbert")
    assert node.name == "mbert" and node.kind == "encoder"
    assert node.pretrained == "bert-base-multilingual-cased"
    assert "model" not in node
    expected = OmegaConf.load(Path(CONFIG_DIR, "model", "mbert.yaml")).model
    assert node == expected


def test_load_model_config_unknown_lists_valid_models():
    with pytest.raises(ConfigError) as info:
        load_model_config("nope")
    msg = str(info.value)
    assert "'nope'" in msg
    for name in MODELS:
        assert name in msg


# ------------------------------------------------------------------------------------------------- seed


def test_seed_zero_is_kept(make_cfg):
    cfg = make_cfg(["seed=0"])
    assert cfg.seed == 0 and cfg.seed is not None
    assert cfg.run_name == "e5small-en-sw-mse-s0" and "-s0" in cfg.run_name
    validate(cfg)


def test_teacher_and_student_seeds_default_to_the_cells_seed_and_are_separable(make_cfg):
    cfg = make_cfg(["seed=7"])
    assert cfg.teacher.seed == cfg.student.seed == 7
    cfg = make_cfg(["seed=7", "student.seed=3"])
    assert cfg.teacher.seed == 7 and cfg.student.seed == 3
    validate(cfg)


def test_every_console_script_and_its_python_m_shim_import():
    """pyproject's console scripts (Hydra's shell completion needs them) and `python -m xlt.<name>` reach the same
    command line."""
    import importlib
    import tomllib

    scripts = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"]["scripts"]
    assert set(scripts) == {"xlt-run", "xlt-evaluate", "xlt-predict", "xlt-analyze", "xlt-report", "xlt-store",
                            "xlt-sweep", "xlt-wandb-workspace"}
    for name, target in scripts.items():
        module, func = target.split(":")
        assert callable(getattr(importlib.import_module(module), func)), target
        command = name.removeprefix("xlt-").replace("-", "_")  # xlt-wandb-workspace: python -m xlt.wandb_workspace
        shim = importlib.import_module(f"xlt.{command}")
        assert module.rsplit(".", 1)[-1] == command and shim.__doc__ and module in shim.__doc__


def test_debug_caps_every_split_and_never_touches_the_shared_store(hydra_ctx):
    cfg = _compose(["debug=default"])
    validate(cfg)
    assert cfg.data.max_sentences == 32 and cfg.store.shared is False
    assert not cfg.logger and cfg.teacher.max_steps == 8  # no logger at all
    assert _compose([]).data.max_sentences is None  # a real cell reads everything


@pytest.mark.parametrize("search, objective, param", [("teacher_optuna", "source_dev", "teacher.lr"),
                                                      ("student_optuna", "target_dev", "student.lr")])
def test_hparams_searches_optimise_a_dev_score_never_the_test(hydra_ctx, search, objective, param):
    cfg = _compose([f"hparams_search={search}"])
    validate(cfg)
    assert cfg.objective == objective and param in cfg.hydra.sweeper.params
    assert cfg.hydra.sweeper._target_.endswith("OptunaSweeper") and cfg.hydra.sweeper.n_trials == 3


def test_the_objective_is_checked_before_training_and_read_from_dev_scores(hydra_ctx):
    from xlt.cli.run import check_objective, objective_value

    metrics = {"source_dev": {"f1": 0.9}, "student": {"f1": 0.5, "dev": {"f1": 0.7}}}
    assert objective_value(_compose([]), metrics) == 0.9  # default: the teacher on English dev
    assert objective_value(_compose(["objective=target_dev"]), metrics) == 0.7  # never student.f1 (the test)
    with pytest.raises(ConfigError, match="never an objective"):
        check_objective(_compose(["objective=test"]))
    with pytest.raises(ConfigError, match="declares a dev split"):
        check_objective(_compose(["objective=target_dev", "benchmark=files"]))
    check_objective(_compose(["objective=target_dev"]))  # benchmark=synth declares one
    check_objective(_compose(["objective=target_dev", "until=student_dev"]))  # a student study's trials
    with pytest.raises(ConfigError, match="until=zero_shot trains none"):
        check_objective(_compose(["objective=target_dev", "until=zero_shot"]))
    assert _compose(["hparams_search=teacher_optuna"]).until == "zero_shot"  # a teacher trial trains no student


def test_a_cell_scored_on_dev_only_needs_a_declared_dev_split(hydra_ctx):
    validate(_compose(["until=student_dev"]))  # benchmark=synth declares one
    with pytest.raises(ConfigError, match="until=student_dev scores the declared target dev split only, but "
                                          "benchmark=files declares none"):
        validate(_compose(["until=student_dev", "benchmark=files"]))

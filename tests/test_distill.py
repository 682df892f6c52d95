"""Each distillation loss against a computation done by hand."""

import math

import pytest
import torch
from omegaconf import OmegaConf

from xlt.config import CONFIG_DIR, options
from xlt.errors import ConfigError
from xlt.models.losses import build_loss
from xlt.models.losses.hard import hard_loss
from xlt.models.losses.kl import kl_loss
from xlt.models.losses.mse import mse_loss

LN3, LN9 = math.log(3.0), math.log(9.0)


def test_mse_is_mean_over_positions_and_classes_of_squared_softmax_difference():
    student = torch.tensor([[0.0, 0.0], [0.0, LN3]])  # softmax: [.5, .5], [.25, .75]
    teacher = torch.tensor([[LN3, 0.0], [0.0, LN3]])  # softmax: [.75, .25], [.25, .75]
    # position 1: (.5-.75)^2 + (.5-.25)^2 = 0.125; position 2: 0; mean over 2x2 elements
    assert mse_loss(student, teacher).item() == pytest.approx(0.125 / 4, abs=1e-7)


def test_kl_at_temperature_one():
    student = torch.tensor([[0.0, 0.0]])
    teacher = torch.tensor([[LN3, 0.0]])  # p = [.75, .25], q = [.5, .5]
    expected = 0.75 * math.log(0.75 / 0.5) + 0.25 * math.log(0.25 / 0.5)
    assert kl_loss(student, teacher, 1.0).item() == pytest.approx(expected, abs=1e-6)


def test_kl_temperature_softens_and_scales_by_t_squared():
    student = torch.tensor([[0.0, 0.0]])
    teacher = torch.tensor([[LN3, 0.0]])
    s3 = math.sqrt(3.0)  # at T=2 the teacher's logits are [ln(3)/2, 0]: p = [s3, 1] / (s3 + 1)
    p = [s3 / (s3 + 1), 1 / (s3 + 1)]
    expected = 4.0 * (p[0] * math.log(p[0] / 0.5) + p[1] * math.log(p[1] / 0.5))
    assert kl_loss(student, teacher, 2.0).item() == pytest.approx(expected, abs=1e-6)


def test_kl_of_identical_distributions_is_zero():
    x = torch.randn(5, 9)
    assert kl_loss(x, x.clone(), 3.0).item() == pytest.approx(0.0, abs=1e-6)


def test_hard_loss_uses_teacher_argmax_and_threshold():
    student = torch.tensor([[0.0, 0.0], [0.0, LN3]])
    teacher = torch.tensor([[LN3, 0.0], [0.0, LN9]])  # argmax 0 (conf .75), argmax 1 (conf .9)
    ce1, ce2 = math.log(2.0), -math.log(0.75)
    assert hard_loss(student, teacher, 0.0).item() == pytest.approx((ce1 + ce2) / 2, abs=1e-6)
    assert hard_loss(student, teacher, 0.8).item() == pytest.approx(ce2, abs=1e-6)


def test_hard_loss_with_nothing_confident_is_zero_but_differentiable():
    student = torch.zeros(2, 3, requires_grad=True)
    loss = hard_loss(student, torch.zeros(2, 3), 0.99)
    assert loss.item() == 0.0
    loss.backward()
    assert student.grad is not None and torch.all(student.grad == 0)


def _distill(name: str, **params) -> dict:
    """conf/distill/<name>.yaml as the student receives it, with parameters overridden."""
    return {**OmegaConf.to_container(OmegaConf.load(CONFIG_DIR / "distill" / f"{name}.yaml")), **params}


def test_losses_have_gradients_towards_the_teacher():
    student = torch.zeros(1, 2, requires_grad=True)
    teacher = torch.tensor([[2.0, 0.0]])
    for name in options("distill"):  # every loss of conf/distill/
        student.grad = None
        build_loss(_distill(name))(student, teacher).backward()
        assert student.grad[0, 0] < 0 < student.grad[0, 1], name  # gradient descent raises class 0


def test_the_yaml_binds_its_parameters():
    student, teacher = torch.tensor([[0.0, 0.0]]), torch.tensor([[LN3, 0.0]])
    assert build_loss(_distill("kl", temperature=2.0))(student, teacher).item() == pytest.approx(
        kl_loss(student, teacher, 2.0).item())
    assert build_loss(_distill("hard", threshold=0.8))(student, teacher).item() == pytest.approx(0.0)  # .75 < .8


@pytest.mark.parametrize(
    "distill, match",
    [(_distill("kl", temperature=0.0), "distill.temperature must be > 0"),
     (_distill("kl", temperature="warm"), "distill"),
     (_distill("hard", threshold=1.5), "distill.threshold must lie in"),
     (_distill("kl", temprature=3.0), "distill.temprature is not a parameter .*valid: temperature"),
     ({"name": "l1", "_target_": "xlt.models.losses.l1.l1_loss", "_partial_": True}, "cannot be imported"),
     ({"name": "l1"}, "names no loss")],
)
def test_bad_loss_configs_are_rejected_before_training(distill, match):
    with pytest.raises(ConfigError, match=match):
        build_loss(distill)


@pytest.mark.parametrize("stage", ["teacher", "student"])
def test_old_checkpoints_without_a_stage_or_a_loss_target_still_load(make_cfg, tmp_path, stage):
    """Checkpoints written before they recorded their stage (a student's told by its `distill`), whose `distill`
    names its loss only (before losses were Hydra objects): each loads as its stage, for inference, which needs
    no loss."""
    import pytorch_lightning as pl

    from xlt.config import to_dict
    from xlt.models.loading import load_tagger_module
    from xlt.models.student import Student
    from xlt.models.teacher import Teacher

    cfg = make_cfg(["model=tiny"])
    args = (to_dict(cfg.model), to_dict(cfg[stage]), cfg.metric.mode, str(cfg.paths.cache_dir))
    torch.manual_seed(0)
    module = Student(*args, distill={"name": "kl", "temperature": 1.0}) if stage == "student" else Teacher(*args)
    torch.save({"state_dict": module.state_dict(), "hyper_parameters": dict(module.hparams),
                "pytorch-lightning_version": pl.__version__}, tmp_path / "old.ckpt")
    loaded = load_tagger_module(tmp_path / "old.ckpt", cfg.paths.cache_dir)
    assert type(loaded) is type(module) and loaded.stage == stage
    assert all(torch.equal(a, b) for a, b in zip(loaded.state_dict().values(), module.state_dict().values(),
                                                  strict=True))


def test_a_new_loss_is_one_function_and_one_yaml(make_cfg, tmp_path, monkeypatch):
    """The plug-in point: a loss written here (a module and a YAML outside the repository) trains a student,
    with no edit to the student, the schema or the pipeline."""
    from tests.conftest import TINY_FILES
    from xlt.experiment.cell import train

    plugin = tmp_path / "plugin"
    (plugin / "conf" / "distill").mkdir(parents=True)
    (plugin / "my_losses.py").write_text(
        "import torch\n\n\n"
        "def l1_loss(student_logits, teacher_logits, scale=1.0):\n"
        "    return scale * (student_logits.softmax(-1) - teacher_logits.softmax(-1)).abs().mean()\n")
    (plugin / "conf" / "distill" / "l1.yaml").write_text(
        "# L1 between the softmax distributions (a test's plug-in)\n"
        "_target_: my_losses.l1_loss\n_partial_: true\nname: l1\nscale: 2.0\n")
    monkeypatch.syspath_prepend(str(plugin))
    monkeypatch.setenv("XLT_TRUSTED_TARGETS", "my_losses.")  # a package outside xlt is named trusted (xlt/targets.py)
    cfg = make_cfg(TINY_FILES + ["logger=none", f"hydra.searchpath=[file://{plugin / 'conf'}]", "distill=l1",
                                 "distill.scale=3.0"])
    assert cfg.distill.scale == 3.0 and cfg.run_name.endswith("-l1-s42")
    metrics = train(cfg)
    assert metrics["status"] == "complete" and metrics["distill"] == "l1"
    import torch

    ckpt = torch.load(metrics["student_checkpoint"], weights_only=False)
    assert ckpt["hyper_parameters"]["distill"]["_target_"] == "my_losses.l1_loss"
    assert ckpt["xlt_stage"] == "student"

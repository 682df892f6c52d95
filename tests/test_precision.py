"""trainer.precision: `auto` resolved once, when a cell starts, for the device it trains on; the resolved value is
what keys, config.yaml and metrics.json hold; soft labels and evaluations compute in it, the head and losses in fp32."""

from __future__ import annotations

import json

import pytest
import torch
import yaml

from tests.conftest import TINY_FILES
from xlt import runtime
from xlt.config import validate
from xlt.errors import ConfigError
from xlt.experiment.cell import use_precision
from xlt.experiment.identity import cell_identity, fields
from xlt.runtime import PRECISIONS, cpu_flags, native_bf16, resolve_precision


def _native(monkeypatch: pytest.MonkeyPatch, native: bool) -> None:
    """This machine multiplies bf16 natively on its CPU, or not, whatever /proc/cpuinfo says."""
    monkeypatch.setattr(runtime, "cpu_flags", lambda cpuinfo="/proc/cpuinfo": {"avx512_bf16"} if native else {"avx2"})


def test_native_bf16_on_a_cpu_comes_from_its_flags(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse avx2 avx512f amx_bf16 amx_tile\n")
    assert "amx_bf16" in cpu_flags(str(cpuinfo)) and cpu_flags(str(tmp_path / "absent")) == set()
    assert native_bf16("cpu", {"avx512f", "avx512_bf16"}) and native_bf16("cpu", {"amx_bf16"})
    assert not native_bf16("cpu", {"avx2", "avx512f"})  # bf16 would be emulated there: slower than fp32
    assert not native_bf16("mps", {"avx512_bf16"})


@pytest.mark.parametrize(("native", "resolved"), [(False, "32-true"), (True, "bf16-mixed")])
def test_auto_resolves_for_the_device(monkeypatch, native, resolved):
    _native(monkeypatch, native)
    assert resolve_precision("auto", "cpu") == resolved
    assert resolve_precision("32-true", "cpu") == "32-true" and resolve_precision("bf16-mixed", "cpu") == "bf16-mixed"


@pytest.mark.parametrize(("native", "resolved"), [(False, "32-true"), (True, "bf16-mixed")])
def test_a_cell_writes_the_resolved_precision_into_its_config_and_keys(make_cfg, monkeypatch, native, resolved):
    _native(monkeypatch, native)
    auto = make_cfg(["model=tiny", "trainer.precision=auto"])
    assert use_precision(auto) == resolved == auto.trainer.precision
    assert fields(auto, ("teacher",))["trainer.precision"] == resolved  # the teacher's store key holds it
    explicit = make_cfg(["model=tiny", f"trainer.precision={resolved}"])
    use_precision(explicit)
    assert cell_identity(auto) == cell_identity(explicit)  # `auto` is never a key of its own
    fp32 = make_cfg(["model=tiny", "trainer.precision=32-true"])
    assert use_precision(fp32) == "32-true"  # an explicit setting is kept whatever the device
    if native:
        assert cell_identity(auto) != cell_identity(fp32)  # the precision changes the numbers


@pytest.mark.parametrize("setting", ["fp32", "bf16", "32"])
def test_an_unknown_precision_is_refused_naming_the_setting_and_the_valid_values(make_cfg, setting):
    cfg = make_cfg(["model=tiny", f"trainer.precision={setting}"])
    with pytest.raises(ConfigError, match=r"trainer\.precision=.*" + ", ".join(PRECISIONS)):
        validate(cfg)


def test_under_bf16_autocast_the_head_the_targets_softmax_and_the_loss_stay_fp32(make_cfg):
    from xlt.config import to_dict
    from xlt.data.tags import LABELS
    from xlt.models.losses import build_loss
    from xlt.models.student import Student

    cfg = make_cfg(["model=tiny", "distill=kl"])
    torch.manual_seed(0)
    student = Student(to_dict(cfg.model), to_dict(cfg.student), cfg.metric.mode, str(cfg.paths.cache_dir),
                      distill=to_dict(cfg.distill), loss=build_loss(to_dict(cfg.distill)))
    ids, mask = torch.randint(5, 100, (2, 7)), torch.ones(2, 7, dtype=torch.long)
    word_mask = torch.zeros(2, 7, dtype=torch.bool)
    word_mask[:, 1:4] = True
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = student.tagger(ids, mask)
        loss = student.training_loss(logits, {"word_mask": word_mask, "teacher_logits": torch.randn(6, len(LABELS))})
    assert logits.dtype == torch.float32 and loss.dtype == torch.float32


def test_a_cell_with_auto_records_the_resolved_precision(make_cfg):
    """The real resolution on this machine (bf16-mixed with AVX512-BF16/AMX, else 32-true): in metrics.json, the
    closing header line and config.yaml; the cell runs through soft labels and the student in it."""
    from xlt.experiment.cell import train
    from xlt.experiment.record import summary_lines

    expected = resolve_precision("auto", "cpu")
    cfg = make_cfg(TINY_FILES + ["trainer.precision=auto", "logger=none", "store.shared=false"])
    metrics = train(cfg)
    run = cfg.paths.output_dir
    on_disk = json.loads(open(f"{run}/metrics.json", encoding="utf-8").read())
    assert on_disk["status"] == "complete" and on_disk["precision"] == metrics["precision"] == expected
    assert f"precision={expected} " in summary_lines(on_disk)[0]
    assert yaml.safe_load(open(f"{run}/config.yaml", encoding="utf-8"))["trainer"]["precision"] == expected

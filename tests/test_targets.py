"""The `_target_` allow-list: a config names only callables under xlt's prefixes, checked before anything runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from omegaconf import OmegaConf

from tests.conftest import compose_config
from xlt.config import validate
from xlt.errors import ConfigError
from xlt.models.losses import build_loss
from xlt.targets import TARGET_PREFIXES, TRUSTED_TARGETS_ENV, check_target, check_targets, instantiate

ROOT = Path(__file__).resolve().parents[1]


def test_the_project_s_own_targets_pass_and_others_are_refused_naming_key_target_and_allow_list() -> None:
    for target in ("xlt.models.losses.mse.mse_loss", "pytorch_lightning.Trainer", "optuna.samplers.TPESampler",
                   "hydra_plugins.xlt_sweeper.teachers_first.TeachersFirstSweeper",
                   "hydra._internal.core_plugins.basic_launcher.BasicLauncher"):
        check_target("k._target_", target)
    for target in ("os.system", "builtins.eval", "subprocess.run", "xltx.evil", "torch.hub.load", "xlt"):
        with pytest.raises(ConfigError) as err:
            check_target("distill._target_", target)
        msg = str(err.value)
        assert msg.startswith(f"distill._target_={target!r} is not allowed")
        assert all(prefix in msg for prefix in TARGET_PREFIXES)
        assert TRUSTED_TARGETS_ENV in msg


def test_a_callable_given_as_an_object_is_judged_by_its_module() -> None:
    import os

    check_target("k", build_loss)  # xlt.models.losses.build_loss
    with pytest.raises(ConfigError, match="'posix.system' is not allowed"):
        check_target("k", os.system)


def test_targets_are_found_at_any_depth_in_lists_and_through_interpolations() -> None:
    cfg = OmegaConf.create({"a": {"b": [{"_target_": "xlt.x"}, {"c": {"_target_": "${evil}"}}]},
                            "evil": "os.system"})
    with pytest.raises(ConfigError, match=r"^hydra\.a\.b\[1\]\.c\._target_='os.system' is not allowed"):
        check_targets(cfg, "hydra")
    with pytest.raises(ConfigError, match=r"^x\._target_='os.system'"):
        instantiate(OmegaConf.create({"_target_": "os.system", "_args_": ["touch /tmp/never"]}), "x")


def test_a_user_trusts_their_own_package_from_the_environment_never_from_a_config(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError):
        check_target("distill._target_", "mylab.losses.focal")
    monkeypatch.setenv(TRUSTED_TARGETS_ENV, " mylab.losses. , other.")
    check_target("distill._target_", "mylab.losses.focal")
    with pytest.raises(ConfigError, match="under xlt.*mylab.losses., other."):
        check_target("distill._target_", "mylab.data.reader")


@pytest.mark.parametrize("override", ["distill._target_=os.system", "trainer._target_=os.system",
                                      "callbacks.progress._target_=os.system", "logger.wandb._target_=os.system"])
def test_validate_refuses_every_configured_section(override: str, tmp_path: Path) -> None:
    cfg = compose_config(["model=tiny", override], tmp_path / "run", tmp_path / "cache")
    key = override.split("=")[0]
    with pytest.raises(ConfigError) as err:
        validate(cfg)
    assert str(err.value).startswith(f"{key}='os.system' is not allowed")


def _run(*overrides: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "xlt.run", *overrides], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def test_the_command_line_refuses_before_any_work_once_without_traceback(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    proc = _run("model=tiny", "distill._target_=os.system", f"hydra.run.dir={run_dir}", cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "xlt: error: distill._target_='os.system' is not allowed" in proc.stderr
    assert "xlt., pytorch_lightning., optuna.samplers., hydra_plugins., hydra._internal.core_plugins." in proc.stderr
    assert not run_dir.exists()  # refused before Hydra made the run directory: nothing was trained


def test_a_hydra_callback_is_refused_before_hydra_builds_it(tmp_path: Path) -> None:
    """Hydra instantiates its callbacks before any job starts; the command line's check comes first."""
    trace = tmp_path / "made-by-the-callback"
    proc = _run("-m", "model=tiny", "lang=de,nl", "+hydra.callbacks.evil._target_=os.makedirs",
                f"+hydra.callbacks.evil.name={trace}", f"hydra.sweep.dir={tmp_path / 'sweep'}", cwd=tmp_path)
    assert proc.returncode == 2
    assert "hydra.callbacks.evil._target_='os.makedirs' is not allowed" in proc.stderr
    assert not trace.exists() and not (tmp_path / "sweep").exists()

"""A plain run prints xlt's lines and its table: no warning, no deprecation, no third-party chatter, on a terminal
or not (xlt.console), and Lightning's progress never shares a line with a log line."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# what a plain run must not print: warnings and deprecations of any origin, and the chatter xlt silences
FORBIDDEN = re.compile(r"warn|is deprecated|Loading weights|Seed set to|GPU available|TPU available|Tip:|"
                       r"weights_only|litlogger|Traceback", re.IGNORECASE)
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _cell(tmp_path: Path, name: str) -> list[str]:
    """The e5small cell shrunk to seconds (debug=default), with W&B on so that its own messages are in play."""
    return [sys.executable, "-m", "xlt.run", "debug=default", "logger=wandb", f"hydra.run.dir={tmp_path / name}"]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WANDB_SILENT", "PYTHONWARNINGS")}
    return {**env, "WANDB_MODE": "offline"}


def _offending(text: str) -> list[str]:
    return [line for line in ANSI.sub("", text).replace("\r", "\n").splitlines() if FORBIDDEN.search(line)]


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_plain_run_in_a_log_prints_no_warning_line(tmp_path: Path) -> None:
    proc = subprocess.run(_cell(tmp_path, "plain"), cwd=ROOT, env=_env(), capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _offending(proc.stdout + proc.stderr) == []
    assert "run e5small-en-sw-mse-s42" in proc.stdout  # the table is there


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_a_plain_run_on_a_terminal_prints_no_warning_line_and_no_glued_progress(tmp_path: Path) -> None:
    """On a pseudo-terminal (progress.bar follows the terminal: Rich's bars), stdout and stderr alike."""
    main, secondary = pty.openpty()
    proc = subprocess.Popen(_cell(tmp_path, "tty") + ["trainer.enable_progress_bar=true"], cwd=ROOT, env=_env(),
                            stdin=secondary, stdout=secondary, stderr=secondary, close_fds=True)
    os.close(secondary)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 600)
        if not ready:
            proc.kill()
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    assert proc.wait(timeout=60) == 0
    text = b"".join(chunks).decode("utf-8", "replace")
    assert _offending(text) == []
    lines = ANSI.sub("", text).replace("\r", "\n").splitlines()
    # a log line starts its own line: never glued behind a progress bar's text
    assert all(line.startswith("[20") for line in lines if "][xlt." in line and "INFO]" in line)
    assert any(line.startswith("run e5small-en-sw-mse-s42") for line in lines)

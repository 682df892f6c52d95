"""`python -m xlt.analyze`: the real config composed and run on a tiny offline MLM, then a multirun with the
correlation against a sweep."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from transformers import BertConfig, BertForMaskedLM

from tests.conftest import TINY_FILES
from tests.test_correlate import _sweep
from xlt.analysis.analyze import analyze, summary_line
from xlt.analysis.lm.statistics import lm_statistics
from xlt.data.conll import read_text
from xlt.errors import ConfigError
from xlt.models.tokenizers import load_tokenizer

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_mlm(tmp_path_factory) -> Path:
    """A random 2-layer BertForMaskedLM on the offline XLM-R tokenizer, saved like a hub model."""
    import torch

    folder = tmp_path_factory.mktemp("tiny-mlm")
    tok = load_tokenizer({"tokenizer": "embedded:xlmr", "name": "tiny"})
    torch.manual_seed(0)
    model = BertForMaskedLM(BertConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=2,
                                       num_attention_heads=2, intermediate_size=64, max_position_embeddings=130,
                                       pad_token_id=tok.pad_token_id))
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def _mlm_overrides(folder: Path) -> list[str]:
    return [f"model.pretrained={folder}", f"model.tokenizer={folder}", "model.random_init=false",
            "model.lm_head=AutoModelForMaskedLM", "model.lm_objective=mlm"]


def test_mlm_backbone_gets_lml_lmem_and_features(make_cfg, tiny_mlm):
    cfg = make_cfg([*TINY_FILES, *_mlm_overrides(tiny_mlm), "analysis.max_sentences=12"], name="analyze")
    result = analyze(cfg)
    out = Path(cfg.paths.output_dir) / "features.json"
    assert json.loads(out.read_text())["key"] == result["key"]
    f = result["features"]
    # the wiring: the same numbers as the statistic computed directly on the same text and masking seed
    from transformers import AutoModelForMaskedLM

    texts = [" ".join(s.tokens) for s in read_text(cfg.benchmark.unlabeled.path)[:12]]
    direct = lm_statistics(AutoModelForMaskedLM.from_pretrained(tiny_mlm), load_tokenizer(
        {"tokenizer": str(tiny_mlm), "name": "t"}), texts, "mlm", seed=0, batch_size=16, max_len=128, rate=0.15)
    assert f["lml"] == pytest.approx(direct["lml"], abs=1e-6) and f["lmem"] == pytest.approx(direct["lmem"])
    assert result["lm"]["n_items"] == direct["n_items"] > 0
    assert math.log(250002) - 1 < f["lml"] < math.log(250002) + 1  # a random model: about uniform
    assert f["fertility"] >= 1.0 and f["unk_rate"] == 0.0 and 0.0 <= f["subword_type_overlap"] <= 1.0
    assert 0.0 <= f["entity_overlap"] <= 1.0
    assert "LML" in summary_line(result) and "fertility" in summary_line(result)
    # rerun with the same settings: reused; another masking seed: recomputed, other masks
    mtime = out.stat().st_mtime_ns
    assert analyze(cfg)["key"] == result["key"] and out.stat().st_mtime_ns == mtime
    cfg.analysis.seed = 1
    other = analyze(cfg)
    assert other["key"] != result["key"] and other["features"]["lml"] != f["lml"]


def test_backbone_without_lm_head_reports_not_available(make_cfg):
    cfg = make_cfg([*TINY_FILES, "analysis.max_sentences=5"], name="analyze")
    result = analyze(cfg)
    assert result["lm"]["available"] is False and "not available" in result["lm"]["reason"]
    assert result["features"]["lml"] is None and result["features"]["lmem"] is None  # not a zero
    assert result["features"]["fertility"] > 0
    assert "not available" in summary_line(result)


@pytest.mark.parametrize(("override", "match"), [
    ("analysis.device=tpu", "analysis.device"),
    ("analysis.mlm_rate=1.5", "analysis.mlm_rate"),
    ("analysis.max_sentences=0", "analysis.max_sentences"),
    ("+model.lm_head=AutoModelForMaskedLM", None),
])
def test_bad_analysis_settings_name_the_key(make_cfg, override, match):
    if match is None:  # an objective nobody knows
        cfg = make_cfg([*TINY_FILES, "model.lm_head=AutoModelForMaskedLM", "model.lm_objective=diffusion"],
                       name="analyze")
        match = "lm_objective"
    else:
        cfg = make_cfg([*TINY_FILES, override], name="analyze")
    with pytest.raises(ConfigError, match=match):
        analyze(cfg)


def test_text_file_override_and_missing_file(make_cfg, tmp_path):
    text = tmp_path / "sw.txt"
    text.write_text("Rais alitembelea Nairobi jana .\nKampuni ya Safaricom ilitangaza faida .\n", encoding="utf-8")
    cfg = make_cfg([*TINY_FILES, f"analysis.text={text}"], name="analyze")
    result = analyze(cfg)
    assert result["n_sentences"] == 2 and result["text"] == str(text)
    cfg = make_cfg([*TINY_FILES, f"analysis.text={tmp_path / 'nope.txt'}"], name="analyze")
    with pytest.raises(Exception, match="nope.txt"):
        analyze(cfg)


@pytest.mark.slow  # subprocesses or several processes: the slow tier
def test_multirun_analysis_correlates_with_a_sweep(tmp_path, cache_dir, tiny_mlm):
    langs = ["de", "es", "nl", "sw"]
    sweep = _sweep(tmp_path / "sweep", {("tiny", lg, 1): (0.5 + 0.1 * i, 0.4 + 0.05 * i)
                                        for i, lg in enumerate(langs)})
    env = {**os.environ, "XLT_CACHE_DIR": str(cache_dir), "WANDB_MODE": "disabled"}
    cmd = [sys.executable, "-m", "xlt.analyze", "-m", f"lang={','.join(langs)}", "model=tiny",
           *_mlm_overrides(tiny_mlm), "benchmark.unlabeled.n=40", "benchmark.test.n=30", "source.train.n=60",
           "analysis.max_sentences=20", f"paths.log_dir={tmp_path / 'outputs'}", f"results={sweep}"]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    root = tmp_path / "outputs" / "analysis" / "default"
    assert sorted(p.parent.name for p in root.glob("tiny/*/features.json")) == sorted(langs)
    assert proc.stdout.count("tiny/") >= len(langs) and "correlation table and plots" in proc.stdout
    md = (root / "correlation" / "correlation.md").read_text()
    assert "### tiny (up to 4 points)" in md and "no correlation here means much" in md
    assert (root / "correlation" / "scatter.png").is_file()


def test_hub_backbones_name_their_lm_heads_and_fail_offline_with_the_alternative(make_cfg, monkeypatch):
    from xlt.errors import HubUnavailableError

    for name, objective in {"mbert": "mlm", "xlmr": "mlm", "mt5": "span", "bloom": "causal"}.items():
        cfg = make_cfg([f"model={name}"], name="analyze")
        assert cfg.model.lm_objective == objective and cfg.model.lm_head.startswith("AutoModelFor")
    monkeypatch.setattr("xlt.models.hub.hub_unreachable_reason", lambda: "no network (test)")
    files = [o for o in TINY_FILES if not o.startswith("model=")]
    cfg = make_cfg([*files, "model=xlmr", "analysis.max_sentences=3"], name="analyze")
    with pytest.raises(HubUnavailableError, match="model=e5small"):
        analyze(cfg)

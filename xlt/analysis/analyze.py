"""`python -m xlt.analyze model=... lang=...`: why does transfer differ? Language characteristics per backbone.

For one (model, language) it measures, on held-out text of that language (by default the unlabeled target
text the student trains on; `analysis.text=<file>` for any other):

- LML / LMEM (arXiv 2212.01757): the backbone's own language-modelling loss and the exact match of its
  predictions, with the objective it was pre-trained with (`model.lm_objective`: masked LM, T5 span
  corruption or next token; `xlt.analysis.lm.statistics`), fixed masking seeds. A backbone without an LM head
  (e5small) gets `null` with the reason, never a zero;
- LML / LMEM per character as well (`lml_char`, `lmem_char`): per-token LML depends on how finely the tokenizer
  splits the language, per-character LML does not;
- model-agnostic features (`xlt.analysis.lm.features`): sub-word fertility, unknown-piece rate, sub-word overlap with
  the run's source, entity-string overlap with the source, the script;
- the language's side of every pair feature (`pairs.json`): its sub-word piece counts, the gold entity strings of
  its test split and of its train split as a source (`src` set to this language). `xlt.analysis.correlate` joins
  two languages' files into the (source, target) overlaps, so 10 analyses give the features of all 90 pairs.

Results go to `outputs/analysis/<analysis_name>/<model>/<lang>/features.json` (a rerun with the same
settings reuses it). With `results=<sweep dir>` the features of every (model, language) of the analysis are
joined with the sweep's transfer results and correlated (`xlt.analysis.correlate`): after a single run, or once at the
end of a multirun (`-m model=e5small,gemma270m lang=en,de,es,nl,sw results=...`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from pathlib import Path
from typing import Any

from omegaconf import DictConfig, OmegaConf

from xlt.analysis.lm.features import entity_strings, piece_counts, script_of, text_features
from xlt.analysis.lm.loading import lm_unavailable_reason, load_lm
from xlt.analysis.lm.statistics import lm_statistics, perplexity
from xlt.config import Check, check_schema, to_dict
from xlt.data.conll import read_text
from xlt.data.sentence import Sentence
from xlt.data.sources import load_split
from xlt.errors import XltError
from xlt.io import write_json
from xlt.models.backbones import resolve_embedded
from xlt.models.tokenizers import load_tokenizer
from xlt.runtime import resolve_device

log = logging.getLogger("xlt.analyze")

FEATURES_FILE = "features.json"
PAIRS_FILE = "pairs.json"
# bumped when a statistic's definition changes, so stale features.json are recomputed;
# 2: per-character LML/LMEM, the script, pairs.json
ANALYSIS_VERSION = 2


_OPEN_UNIT = (lambda v: 0.0 < v < 1.0, "in (0, 1)")
# checked like the run's settings (xlt.config.check_schema): type first, then the value
ANALYSIS_SCHEMA: dict[str, Check] = {
    "analysis.max_sentences": (int, lambda v: v > 0, "> 0"),
    "analysis.batch_size": (int, lambda v: v > 0, "> 0"),
    "analysis.max_len": (int, lambda v: v >= 8, ">= 8"),
    "analysis.seed": (int, None, ""),
    "analysis.mlm_rate": (float, *_OPEN_UNIT),
    "analysis.span_noise": (float, *_OPEN_UNIT),
    "analysis.span_mean": (float, lambda v: v >= 1.0, ">= 1"),
    "analysis.span_random_roll": (bool, None, ""),
    "analysis.device": (str, lambda v: v in ("auto", "cpu", "cuda"), "auto, cpu or cuda"),
}


def target_sentences(cfg: DictConfig) -> tuple[list[Sentence], str]:
    """The text the statistics are measured on, and a description of where it came from."""
    limit = int(cfg.analysis.max_sentences)
    if cfg.analysis.text:
        path = Path(str(cfg.analysis.text)).expanduser()
        return read_text(path, what="analysis.text")[:limit], str(path)
    spec = cfg.benchmark.unlabeled
    sentences = load_split(spec, cfg.paths.cache_dir, "benchmark.unlabeled")[:limit]
    return sentences, f"benchmark.unlabeled ({cfg.benchmark.name}, {cfg.lang.code})"


def _entities(spec: Any, cfg: DictConfig, what: str) -> set[str] | None:
    """Gold entity strings of a labeled split, or None when it has no labels (or cannot be loaded)."""
    if spec is None:
        return None
    try:
        sentences = load_split(spec, cfg.paths.cache_dir, what)
    except XltError as err:
        log.warning("no entity strings from %s: %s", what, err)
        return None
    labeled = [s for s in sentences if s.tags is not None]
    return entity_strings(labeled) if labeled else None


def spec_of(cfg: DictConfig, text_desc: str, sentences: list[Sentence], own: DictConfig | None) -> dict[str, Any]:
    """Everything that determines the numbers (to reuse features.json only when nothing changed)."""
    h = hashlib.sha256()
    for s in sentences:
        h.update(" ".join(s.tokens).encode("utf-8") + b"\n")
    model = to_dict(cfg.model)
    source = to_dict(cfg.source.train)
    test = to_dict(cfg.benchmark.test) if cfg.benchmark.get("test") is not None else None
    settings = {k: v for k, v in to_dict(cfg.analysis).items() if k != "device"}
    return {"version": ANALYSIS_VERSION, "model": model, "lang": cfg.lang.code, "text": text_desc,
            "text_sha256": h.hexdigest(), "source": source, "own_source": to_dict(own) if own is not None else None,
            "test": test, "analysis": settings}


def own_source(cfg: DictConfig) -> DictConfig | None:
    """The labeled train split of the analysed language as a source (the run's source config with `src` set to
    it), or None when that source holds one language only (source=conll2003 is English)."""
    copy = OmegaConf.create(OmegaConf.to_container(cfg, resolve=False))
    copy.src = cfg.lang.code
    if str(copy.source.get("lang", copy.src)) != str(cfg.lang.code):
        return None
    return copy.source.train


def analyze(cfg: DictConfig) -> dict[str, Any]:
    """Features and LM statistics of (cfg.model, cfg.lang); written to <output_dir>/features.json."""
    check_schema(cfg, ANALYSIS_SCHEMA)
    out = Path(cfg.paths.output_dir)
    sentences, text_desc = target_sentences(cfg)
    own = own_source(cfg)  # the language's own labeled split as a source (pairs.json), part of the spec
    spec = spec_of(cfg, text_desc, sentences, own)
    key = hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()[:16]
    done = out / FEATURES_FILE
    if done.is_file() and (out / PAIRS_FILE).is_file():
        previous = json.loads(done.read_text(encoding="utf-8"))
        if previous.get("key") == key:
            log.info("%s is up to date: reusing it", done)
            return previous
    model_cfg = to_dict(cfg.model)
    cache = str(cfg.paths.cache_dir)
    # the tokenizer as the tagger sees words (pre-split, prefix space where the model config asks for it)
    tokenizer = load_tokenizer(resolve_embedded(model_cfg, cache))
    source = load_split(cfg.source.train, cache, "source.train")
    target_entities = _entities(cfg.benchmark.get("test"), cfg, "benchmark.test")
    source_entities = entity_strings([s for s in source if s.tags is not None])
    features = text_features(tokenizer, sentences, source, target_entities or (), source_entities)
    if target_entities is None:
        features["entity_overlap"] = None
    features["script"] = script_of(sentences)
    own_entities = _entities(own, cfg, f"source.train (src={cfg.lang.code})") if own is not None else None
    write_json(out / PAIRS_FILE, {
        "key": key, "model": cfg.model.name, "lang": cfg.lang.code, "script": features["script"],
        "pieces": {str(k): v for k, v in sorted(piece_counts(tokenizer, sentences).items())},
        "test_entities": sorted(target_entities) if target_entities is not None else None,
        "train_entities": sorted(own_entities) if own_entities is not None else None,
    })
    result: dict[str, Any] = {
        "key": key, "model": cfg.model.name, "lang": cfg.lang.code, "text": text_desc,
        "n_sentences": len(sentences), "n_target_entities": len(target_entities or ()),
        "n_source_entities": len(source_entities), "features": features, "spec": spec,
    }
    reason = lm_unavailable_reason(model_cfg)
    if reason is None:
        lm = load_lm(model_cfg, cache)
        lm.model.to(resolve_device(str(cfg.analysis.device)))
        texts = [" ".join(s.tokens) for s in sentences]
        a = cfg.analysis
        rate = float(a.span_noise) if lm.objective == "span" else float(a.mlm_rate)
        stats = lm_statistics(lm.model, lm.tokenizer, texts, lm.objective, seed=int(a.seed),
                              batch_size=int(a.batch_size), max_len=int(a.max_len), rate=rate,
                              mean_span=float(a.span_mean), random_roll=bool(a.span_random_roll))
        features["lml"], features["lmem"] = stats["lml"], stats["lmem"]
        features["lml_char"], features["lmem_char"] = stats["lml_char"], stats["lmem_char"]
        result["lm"] = {**stats, "available": True,
                        "perplexity": perplexity(stats["lml"]) if math.isfinite(stats["lml"]) else None}
    else:
        features["lml"] = features["lmem"] = features["lml_char"] = features["lmem_char"] = None
        result["lm"] = {"available": False, "reason": reason}
    write_json(done, result)
    return result


def summary_line(result: dict[str, Any]) -> str:
    f, lm = result["features"], result["lm"]

    def num(v: Any, fmt: str = "{:.3f}") -> str:
        return "n/a" if v is None or (isinstance(v, float) and not math.isfinite(v)) else fmt.format(v)

    lm_part = (f"LML {num(f['lml'])} ({lm['objective']}, ppl {num(lm.get('perplexity'), '{:.1f}')}) "
               f"LMEM {num(f['lmem'])} over {lm['n_items']} {lm['item']}s" if lm["available"]
               else "LML/LMEM not available (no LM head)")
    return (f"{result['model']}/{result['lang']}: {lm_part}; fertility {num(f['fertility'], '{:.2f}')}, "
            f"unk {num(f['unk_rate'], '{:.4f}')}, sub-word overlap {num(f['subword_type_overlap'])} (types) "
            f"{num(f['subword_token_overlap'])} (tokens), entity overlap {num(f['entity_overlap'])} "
            f"[{result['n_sentences']} sentences]")


def correlate_config(cfg: DictConfig, analysis_root: Path) -> Path | None:
    """Correlate every features.json under `analysis_root` with the sweep(s) in `cfg.results`."""
    if not cfg.get("results"):
        return None
    from xlt.analysis.correlate import write_correlation

    results = cfg.results if OmegaConf.is_list(cfg.results) else [cfg.results]
    out = Path(str(cfg.correlation.out)) if cfg.correlation.get("out") else analysis_root / "correlation"
    return write_correlation(analysis_root, [str(r) for r in results], out, int(cfg.correlation.min_points))

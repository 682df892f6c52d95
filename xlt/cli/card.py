"""`python -m xlt.cli.card [--out docs/data_card.md]`: the data card of the embedded benchmark.

For every language of the generator, with the splits exactly as the default configs ask for them
(conf/source/synth.yaml, conf/benchmark/synth.yaml), and for the natural sentences of xlt/data/natural:
sizes, entities per type, sentence length, text diversity (distinct composed templates, distinct word
3-grams per 1,000 words), and the measured share of test mentions whose string occurs in the student's
unlabeled text and among the English source's gold mentions (xlt.evaluation.diagnostics), i.e. what the `seen_*`
knobs give, measured rather than assumed.
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from omegaconf import OmegaConf

from xlt.config import CONFIG_DIR
from xlt.data import synth
from xlt.data.conll import read_conll
from xlt.data.sentence import Sentence
from xlt.data.sources import SYNTH_KNOBS, natural_file
from xlt.data.spans import entity_chunks
from xlt.evaluation.diagnostics import TokenSequences, mention_strings, token_sequences

PROG = "python -m xlt.cli.card"
DIVERSITY_WORDS = 1900  # 3-grams are counted over the first sentences up to this many words: comparable sizes


def default_specs(lang: str) -> dict[str, dict[str, Any]]:
    """The generated splits of a default cell for target `lang`, read from the YAML configs."""
    cfg = OmegaConf.create({"lang": {"code": lang}, "src": "en",  # the protocol's English source
                            "benchmark": OmegaConf.load(CONFIG_DIR / "benchmark" / "synth.yaml"),
                            "source": OmegaConf.load(CONFIG_DIR / "source" / "synth.yaml")})
    spec = {"source_train": cfg.source.train, "source_dev": cfg.source.dev, "unlabeled": cfg.benchmark.unlabeled,
            "dev": cfg.benchmark.dev, "test": cfg.benchmark.test}
    return {k: OmegaConf.to_container(v, resolve=True) for k, v in spec.items()}


Generated = list[tuple[list[str], list[str], str]]  # (tokens, tags, composed template) per sentence


def _generate(spec: dict[str, Any]) -> Generated:
    knobs = {k: spec.get(k) if spec.get(k) is not None else d for k, d in SYNTH_KNOBS.items()}
    return synth.compose(spec["lang"], spec["split"], int(spec["n"]), int(spec.get("seed", 0)), **knobs)


def describe(sentences: Sequence[Sentence], templates: Sequence[str] | None = None) -> dict[str, Any]:
    """Sizes, entity types, length and diversity of labeled sentences."""
    types = Counter(t for s in sentences for t, _, _ in entity_chunks(s.tags or (), "strict"))
    lengths = [len(s.tokens) for s in sentences]
    return {"sentences": len(sentences), "words": sum(lengths), "entities": sum(types.values()),
            "per_type": {t: types.get(t, 0) for t in ("PER", "ORG", "LOC", "MISC")},
            "mean_len": statistics.mean(lengths), "sd_len": statistics.pstdev(lengths),
            "trigrams_per_1k": synth.distinct_trigrams_per_1k([s.tokens for s in sentences], max_words=DIVERSITY_WORDS),
            "templates": len(set(templates)) if templates is not None else None}


def seen_shares(test: Sequence[Sentence], text: TokenSequences, source_mentions: set[str]) -> tuple[float, float]:
    mentions = [" ".join(s.tokens[a:b]) for s in test for _, a, b in entity_chunks(s.tags or (), "strict")]
    n = len(mentions) or 1
    return sum(m in text for m in mentions) / n, sum(m in source_mentions for m in mentions) / n


def _intro() -> list[str]:
    return [
        "# Data card: the embedded benchmark (generated) and the natural sentences",
        "",
        f"Written by `{PROG}` (generator version "
        f"{synth.GENERATOR_VERSION}). Splits as the default configs ask for them; `seen in text` = share of the "
        "test mentions whose string occurs (as a token sequence) in the student's unlabeled text of that language, "
        "`seen in source` = share that is a gold mention string of the English source train split. Diversity: "
        f"distinct composed templates (template + lead-in + appended clause) used, distinct word 3-grams per "
        f"1,000 words over the first {DIVERSITY_WORDS} words of each sample (the count grows with the sample, so "
        "equal sizes keep it comparable). `low diversity` is the transfer study's contrast (10 templates, no clauses).",
        "",
    ]


def _template_table() -> list[str]:
    lines = [
        "## Templates per language",
        "",
        "| lang | templates (train / dev / test) | lead-ins (train / dev / test) | "
        "appended clauses (train / dev / test) |",
        "|---|---|---|---|",
    ]
    for lang in synth.SYNTH_LANGS:
        L = synth._load(lang)
        row = [f"{len(getattr(L, part)['train'])} / {len(getattr(L, part)['dev'])} / {len(getattr(L, part)['test'])}"
               for part in ("templates", "leads", "tails")]
        lines.append(f"| {lang} | " + " | ".join(row) + " |")
    return lines


def _size_cells(d: dict[str, Any]) -> str:
    """sentences | words | length | entities: the cells a generated and a natural row share."""
    types = "/".join(str(v) for v in d["per_type"].values())
    return f"{d['sentences']} | {d['words']} | {d['mean_len']:.1f} ± {d['sd_len']:.1f} | {d['entities']} ({types})"


def _generated_rows(lang: str, specs: dict[str, dict[str, Any]], unlabeled: Generated, text: TokenSequences,
                    source: tuple[Generated, set[str]]) -> list[str]:
    """The rows of one language's generated splits (the English source's splits first, for en)."""
    src, source_mentions = source
    low = _generate({**specs["unlabeled"], "max_templates": 10, "clauses": False})
    parts = [("unlabeled", unlabeled), ("unlabeled, low diversity", low),
             ("dev", _generate(specs["dev"])), ("test", _generate(specs["test"]))]
    if lang == "en":
        parts = [("source train", src), ("source dev", _generate(specs["source_dev"]))] + parts
    rows = []
    for name, gen in parts:
        sents = [Sentence(t, g) for t, g, _ in gen]
        d = describe(sents, [tpl for *_, tpl in gen])
        seen = (f"{100 * x:.0f} %" for x in seen_shares(sents, text, source_mentions)) \
            if name in ("dev", "test", "source dev") else ("", "")
        rows.append(f"| {lang} | {name} | {_size_cells(d)} | {d['templates']} | "
                    f"{d['trigrams_per_1k']:.0f} | " + " | ".join(seen) + " |")
    return rows


def inventory_matcher(lang: str) -> Callable[[str], bool]:
    """Whether a mention string is one the generator of `lang` can write as it stands: a surface of an inventory
    entry (any split, any form), a surname, or a first name followed by a surname (how persons are composed)."""
    L = synth._load(lang)
    strings = {s for kind in L.pools.values() for pools in kind.values() for pool in pools for e in pool
               for s in (e.text, *(v for _, v in e.forms))}
    firsts = {n for names in (*L.first_m.values(), *L.first_f.values()) for n in names}
    lasts = {n for names in L.last.values() for n in names}

    def known(mention: str) -> bool:
        first, _, rest = mention.partition(" ")
        return mention in strings or mention in lasts or (first in firsts and rest in lasts)

    return known


def inventory_share(sentences: Sequence[Sentence], known: Callable[[str], bool]) -> float:
    """The share of the gold mentions of `sentences` whose string the generator's inventories hold."""
    mentions = [" ".join(s.tokens[a:b]) for s in sentences for _, a, b in entity_chunks(s.tags or (), "strict")]
    return sum(map(known, mentions)) / (len(mentions) or 1)


def _natural_row(lang: str, text: TokenSequences, source_mentions: set[str]) -> str:
    nat = read_conll(natural_file(lang))
    d = describe(nat)
    shares = seen_shares(nat, text, source_mentions)
    return (f"| {lang} | {_size_cells(d)} | {d['trigrams_per_1k']:.0f} | {100 * shares[0]:.0f} % | "
            f"{100 * shares[1]:.0f} % | {100 * inventory_share(nat, inventory_matcher(lang)):.0f} % |")


def card() -> str:
    """The data card as Markdown: templates per language, the default cell's generated splits, the natural sets."""
    src = _generate(default_specs("en")["source_train"])
    source = (src, mention_strings(Sentence(t, g) for t, g, _ in src))
    lines = _intro() + _template_table()
    lines += ["", "## Generated splits (default cell)", "",
              "| lang | split | sentences | words | length mean ± sd | entities (PER/ORG/LOC/MISC) | "
              "distinct templates | 3-grams / 1k words | seen in text | seen in source |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    natural_rows = []
    for lang in synth.SYNTH_LANGS:
        specs = default_specs(lang)
        unlabeled = _generate(specs["unlabeled"])
        text = token_sequences(Sentence(t, g) for t, g, _ in unlabeled)
        lines += _generated_rows(lang, specs, unlabeled, text, source)
        natural_rows.append(_natural_row(lang, text, source[1]))
    lines += ["", "## Natural sentences (xlt/data/natural; hand-written, not templated)", "",
              "Written by hand for xlt, one file per language (CoNLL-2003 guidelines; en serves as a source-language "
              "dev set). Never used to choose anything. `in inventories` = share of the mentions whose string the "
              "generator's entity inventories of that language hold (any split; a person as first name + surname): "
              "the inventories were not built from these files, but a gain measured on such mentions is a gain "
              "on names the student's generated text can contain, so read `seen in text` beside it.", "",
              "| lang | sentences | words | length mean ± sd | entities (PER/ORG/LOC/MISC) | 3-grams / 1k words | "
              "seen in text | seen in source | in inventories |", "|---|---|---|---|---|---|---|---|---|",
              *natural_rows, ""]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=None, help="write the card here (default: print it)")
    args = parser.parse_args(argv)
    text = card()
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Generator of gold news-style NER data in several languages (IOB2 over PER/ORG/LOC/MISC).

No gold non-English NER data exists offline, so xlt generates it: the English teacher's training
data and, for every target language, a gold test set plus unlabeled training text for the student.

How a sentence is made
----------------------
Each language has hand-written, native news-style templates (``xlt/data/synth_templates/<lang>.py``).
A template is a pre-tokenised string (tokens separated by spaces, punctuation as its own token) with

* ``[a|b|c]``: pick one alternative (may be empty, may contain slots);
* ``{KIND}``, ``{KIND#2}``: an entity slot, KIND one of :data:`KIND_TYPE` (``PER``, ``COMPANY``,
  ``INST``, ``PARTY``, ``CLUB``, ``MEDIA``, ``UNI``, ``ORG``, ``CITY``, ``COUNTRY``, ``REGION``,
  ``GEO``, ``SITE``, ``LOC``, ``NAT``, ``TOURNEY``, ``FEST``, ``EVENT``, ``PRODUCT``, ``WORK``,
  ``LANG``), or a non-entity filler from :data:`O_KINDS` (``DAY``, ``MONTH``, ``NUM`` digits,
  ``CNT`` a count written as a word or in digits, ``BIG``, ``DEC``, ``YEAR``, ``DATE``, ``AGE``,
  ``SCORE``), formatted the language's way (``3,5`` / ``3.5``, ``2:1`` / ``2-1``).
  ``#n`` tells two slots of one kind apart; repeating an id repeats its entity;
* ``{KIND:form}``: another surface of the slot's entity: for persons ``last`` (surname alone),
  ``gen`` (German genitive ``Hans Müllers``), ``lastgen`` (``Müllers``); for other entities a
  form key of the entry (``sg`` for a Swahili singular demonym) or ``+suffix`` (an ending:
  ``{NAT:+en}`` gives ``deutschen``, ``{NAT:+-born}`` gives ``German-born``);
* ``{KIND@case}``: the entity preceded by the article the language's ``CASES[case]`` gives for
  its gender (``die Deutsche Bahn``, ``el Banco Santander``, ``the United Nations``), in the
  entry's form for that case if it has one (``der Deutschen Bahn``); the article is an O token;
* ``{KIND?a|b}``: ``b`` if the slot's gender starts with ``f`` (female persons, feminine
  nouns), else ``a`` (``{PER?Minister|Ministerin}``);
* ``{KIND.attr}``: the string ``ATTRS[attr]`` gives for the slot's gender/noun class, spliced into
  a word (Swahili subject agreement: ``{ORG.sp}mesema`` gives ``imesema`` or ``kimesema``).

Preposition + article pairs before an entity contract (``bei dem`` -> ``beim``, ``de el`` ->
``del``) and the first word is capitalised.

Entities come from faker (person names, German/Dutch cities, company names drawn once with a fixed
``seed_instance``), Debian iso-codes country names (``iso_3166-1.mo``; a hand-written list when
absent) and hand-written per-language inventories.

Split disjointness
------------------
Every inventory string (and every first and last name) lands in train/dev/test by a stable hash
of the string alone (~70/15/15), so a name never appears in two splits, in any language (the
English teacher never sees a string that is in a target language's test set). Templates are
partitioned per language the same way, with dev and test first given templates covering every
entity type, entity-free sentences and sentence-initial entities.

Realism knobs (generator version 2)
----------------------------------
* **Frequent entities.** Real news repeats a small head of entities (Germany, the EU, a minister) across
  its whole text. Each (language, kind) has :data:`FREQUENT_PER_KIND` frequent entries (and
  :data:`FREQUENT_PERSONS` persons), taken from the *train* bucket by a second stable hash; a train-split
  slot is filled from them with probability :data:`FREQUENT_RATE`, so they all occur in the unlabeled text.
* **Seen test entities** (``seen_train``, ``seen_source`` of :func:`generate`, dev/test splits only): a
  dev/test slot is filled, with probability ``seen_source``, by an entity frequent in the *English source*
  train text whose string the target language shares (persons, companies, clubs, acronyms...; where a kind
  shares none, a frequent target entity is taken instead), and with probability ``seen_train`` by a
  frequent entity of the language's own train split (the student's unlabeled text). With both 0 (the
  "unseen only" stress test) no dev/test entity string occurs in any train split. What share of test
  mentions really occurs in the unlabeled text is measured, not assumed (:mod:`xlt.cli.card`).
* **Clause-level composition** (``clauses=True``): a sentence may open with a lead-in (a dateline such as
  ``Berlin ( dpa ) -``; module field ``LEADS``, probability :data:`LEAD_RATE`) and end with an appended
  clause (``, wie die Zeitung berichtete``; ``TAILS``, probability :data:`TAIL_RATE`), each partitioned
  across splits like the templates; ``max_templates`` keeps only the first N templates of a split (a
  diversity knob for the transfer study).

Determinism: ``random.Random`` seeded with a string (sha512-based, independent of PYTHONHASHSEED);
no set iteration order is relied upon.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import importlib
import json
import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from xlt.data.tags import ENTITY_TYPES
from xlt.errors import ConfigError
from xlt.io import atomic_write_text

#: bumped whenever the same arguments generate other sentences (the on-disk cache of xlt.data.sources keys on it)
GENERATOR_VERSION = 2
SYNTH_LANGS: tuple[str, ...] = ("en", "de", "es", "nl", "sw", "ar", "bn", "fi", "id", "ru")
#: languages whose script has no letter case (no capitalised non-entity word can exist)
CASELESS: frozenset[str] = frozenset({"ar", "bn"})
SPLITS: tuple[str, ...] = ("train", "dev", "test")

#: entity kinds usable in templates and the CoNLL type each one is tagged with
KIND_TYPE: dict[str, str] = {
    "PER": "PER",
    # organisations: companies, public bodies and international organisations, parties, sports
    # clubs, newspapers and broadcasters, universities; ORG = COMPANY or INST
    "COMPANY": "ORG", "INST": "ORG", "PARTY": "ORG", "CLUB": "ORG", "MEDIA": "ORG", "UNI": "ORG",
    "ORG": "ORG",
    # places: cities, countries, regions/provinces, waters (rivers, lakes, seas), sites (parks,
    # mountains); LOC = CITY or COUNTRY
    "CITY": "LOC", "COUNTRY": "LOC", "REGION": "LOC", "GEO": "LOC", "SITE": "LOC", "LOC": "LOC",
    # miscellaneous: nationality adjectives/demonyms, sports competitions, festivals and fairs,
    # products, works (books, films, paintings), languages; EVENT = TOURNEY or FEST
    "NAT": "MISC", "TOURNEY": "MISC", "FEST": "MISC", "EVENT": "MISC", "PRODUCT": "MISC",
    "WORK": "MISC", "LANG": "MISC",
}
#: kinds that draw from several others (each member equally likely)
UNION_KINDS: dict[str, tuple[str, ...]] = {
    "ORG": ("COMPANY", "INST"),
    "LOC": ("CITY", "COUNTRY"),
    "EVENT": ("TOURNEY", "FEST"),
}
#: non-entity fillers (tagged O)
O_KINDS: tuple[str, ...] = ("DAY", "MONTH", "NUM", "CNT", "BIG", "DEC", "YEAR", "DATE", "AGE", "SCORE")

ENTITY_FREE_RATE = 0.10  # share of sentences drawn from entity-free templates
FREQUENT_PER_KIND = 8  # frequent entities per kind (train bucket), drawn often in the train split
FREQUENT_PERSONS = 40  # frequent persons per language
FREQUENT_RATE = 0.3  # share of train-split entity slots filled from the frequent entities
LEAD_RATE = 0.15  # share of sentences (clauses=True) opening with a lead-in (dateline)
TAIL_RATE = 0.35  # share of sentences (clauses=True, ending in " ." without quotes) with an appended clause
_TRAIN_CUT, _DEV_CUT = 70, 85  # hash buckets 0-69 train, 70-84 dev, 85-99 test
_TEMPLATE_SHARE = 0.15  # share of a language's templates held out for dev and for test each
_ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
_LOCALE_DIR = "/usr/share/locale"

QUOTES = set('"„“”«»')  # a template with quoted speech takes no appended clause
CAP_MARK = "{^}"  # in a composed template: the next word starts the sentence proper (capitalised)
_SLOT_RE = re.compile(r"^\{([A-Z]+)(?:#(\d+))?(?::([+a-z-]+))?(?:@([a-z]+))?\}$")
_INLINE_RE = re.compile(r"\{([A-Z]+)(?:#(\d+))?(?:\.([a-z]+)|\?([^{}|]*)\|([^{}|]*))\}")
_ALT_RE = re.compile(r"\[([^\[\]]*)\]")


# ----------------------------------------------------------------------------------------------
# inventories


@dataclass(frozen=True)
class Entry:
    """One inventory item: its base surface (the string the split partition hashes), the
    gender/noun class that selects articles and agreement, and other surface forms by key
    (a case name such as ``dat``, or ``sg`` for a Swahili singular demonym)."""

    text: str
    g: str = ""
    forms: tuple[tuple[str, str], ...] = ()

    def form(self, key: str) -> str | None:
        for k, v in self.forms:
            if k == key:
                return v
        return None


@dataclass(frozen=True)
class Person:
    first: str
    last: str  # may be several words ("van der Berg", "García López")
    short: str  # surname as used alone ("Van der Berg", "García")
    g: str  # "m" or "f"

    @property
    def text(self) -> str:
        return f"{self.first} {self.last}"


def _bucket(s: str) -> str:
    """The split a string belongs to: a stable hash of the string alone (language-independent)."""
    h = int.from_bytes(hashlib.sha256(s.encode("utf-8")).digest()[:8], "big") % 100
    return "train" if h < _TRAIN_CUT else "dev" if h < _DEV_CUT else "test"


def _parse_forms(parts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    out = []
    for part in parts:
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise ValueError(f"synth: bad form {part!r} (expected key=form)")
        out.append((key.strip(), value.strip()))
    return tuple(out)


def _parse_entry(raw: str) -> Entry:
    """Hand-written inventory notation: ``"text"``, ``"g:text"`` or ``"g:text|key=form|..."``."""
    head, *forms = raw.split("|")
    g, sep, text = head.partition(":")
    if not sep or not re.fullmatch(r"[a-z]+", g):
        g, text = "", head
    return Entry(text.strip(), g, _parse_forms(forms))


def _gendered(names: Iterable[str], table: Mapping[str, str] | Callable[[str], str | None],
              rules: Sequence[tuple[str, str]]) -> list[Entry]:
    """Entries for plain names: the gender (and forms, ``"g|key=form"``) from ``table`` (a mapping, or a function
    of the name for forms computed by the language module), else from the first matching regex in ``rules``, else
    none."""
    out = []
    for name in names:
        spec = table(name) if callable(table) else table.get(name)
        if spec is None:
            spec = next((g for pattern, g in rules if re.search(pattern, name)), "")
        g, *forms = spec.split("|")
        out.append(Entry(name, g, _parse_forms(forms)))
    return out


def _dedupe(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for s in items:
        s = re.sub(r"\s+", " ", s).strip()
        if s and s not in seen:
            seen[s] = None
    return list(seen)


def _faker_attr(kind: str, locale: str, attr: str, top: int | None = None) -> list[str]:
    """A list attribute of a faker provider (``person``/``address``); empty if absent."""
    try:
        mod = importlib.import_module(f"faker.providers.{kind}.{locale}")
    except ImportError:
        return []
    value = getattr(mod.Provider, attr, ())
    seq = list(value.keys()) if isinstance(value, dict) else list(value)
    return [str(s) for s in (seq[:top] if top else seq)]


def _faker_companies(locale: str, n: int) -> list[str]:
    """Up to ``n`` multi-word company names drawn once from faker with a fixed seed."""
    try:
        from faker import Faker
    except ImportError:
        return []
    fake = Faker(locale)
    fake.seed_instance(0)
    out: dict[str, None] = {}
    for _ in range(n * 4):
        name = re.sub(r"\s+", " ", fake.company().replace(",", " ,")).strip()  # CoNLL: "Smith" ","
        if len(name.split()) >= 2 and not re.search(r"\d", name):
            out[name[:1].upper() + name[1:]] = None
        if len(out) >= n:
            break
    return list(out)


def _iso_countries(lang: str, mod: ModuleType) -> list[str]:
    """Short country names from Debian iso-codes in ``lang`` (plus the module's own list); only
    the module's list when iso-codes is not installed."""
    own = list(mod.COUNTRY_FALLBACK)
    try:
        rows = json.loads(_ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
        english = [row.get("common_name", row["name"]) for row in rows]
        if lang == "en":
            names = english
        else:
            cat = gettext.translation("iso_3166-1", _LOCALE_DIR, languages=[lang])
            names = [cat.gettext(src) for src in english if cat.gettext(src) != src or mod.COUNTRY_KEEP_UNTRANSLATED]
    except (OSError, ValueError, KeyError):
        return _dedupe(own)
    fix = mod.COUNTRY_FIX  # a mapping, or a function of the iso-codes name ("" drops the name)
    out = []
    for name in names:
        name = fix(name) if callable(fix) else fix.get(name, name)
        if name and not re.search(r"[,()\[\]]", name) and len(name.split()) <= 4:
            out.append(name)
    return _dedupe(out + own)


@dataclass
class _Lang:
    code: str
    mod: ModuleType
    # kind -> split -> sub-pools (lists of Entry); a draw picks a sub-pool, then an entry
    pools: dict[str, dict[str, list[list[Entry]]]] = field(default_factory=dict)
    first_m: dict[str, list[str]] = field(default_factory=dict)
    first_f: dict[str, list[str]] = field(default_factory=dict)
    last: dict[str, list[str]] = field(default_factory=dict)
    templates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    leads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tails: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    frequent: dict[str, list[Entry]] = field(default_factory=dict)  # kind -> frequent train entries
    frequent_persons: list[Person] = field(default_factory=list)


def _by_split(items: Iterable[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {s: [] for s in SPLITS}
    for s in items:
        out[_bucket(s)].append(s)
    return out


def _keep_name(name: str, drop: set[str], drop_re: Sequence[str]) -> bool:
    return name not in drop and not any(re.search(p, name) for p in drop_re)


def _load_persons(L: _Lang, drop: set[str], drop_re: Sequence[str]) -> None:
    """First names by gender and last names, each partitioned by the string."""
    mod = L.mod
    fm, ff, ln = list(mod.FIRST_NAMES_MALE), list(mod.FIRST_NAMES_FEMALE), list(mod.LAST_NAMES)
    for locale, top, *which in mod.FAKER.get("person", ()):  # (locale, top-n, optional "first"/"last")
        if not which or which[0] == "first":
            fm += _faker_attr("person", locale, "first_names_male", top)
            ff += _faker_attr("person", locale, "first_names_female", top)
        if not which or which[0] == "last":
            ln += _faker_attr("person", locale, "last_names", top)
    fm = [s for s in _dedupe(fm) if _keep_name(s, drop, drop_re)]
    male = set(fm)
    ff = [s for s in _dedupe(ff) if _keep_name(s, drop, drop_re) and s not in male]
    ln = [s for s in _dedupe(ln) if _keep_name(s, drop, drop_re)]
    L.first_m, L.first_f, L.last = _by_split(fm), _by_split(ff), _by_split(ln)
    L.sizes.update(first_names_male=len(fm), first_names_female=len(ff), last_names=len(ln))


def _sub_pools(L: _Lang, drop: set[str]) -> dict[str, list[list[Entry]]]:
    """Every kind but persons: kind -> sub-pools of entries, a string an earlier sub-pool of the kind has dropped
    from later ones."""
    lang, mod, spec = L.code, L.mod, L.mod.FAKER
    sub: dict[str, list[list[Entry]]] = {}
    sub["COUNTRY"] = [_gendered(_iso_countries(lang, mod), mod.COUNTRY_GENDER, mod.COUNTRY_GENDER_RULES)]
    for kind, raws in mod.INVENTORY.items():
        sub.setdefault(kind, []).append([_parse_entry(r) for r in _dedupe(raws)])
    for kind, (locale, attr) in spec.get("address", {}).items():
        names = [
            s for s in _dedupe(_faker_attr("address", locale, attr)) if not re.search(r"\d", s) and s not in drop
        ]
        sub.setdefault(kind, []).append(_gendered(names, mod.REGION_GENDER, ()))
    if spec.get("company"):
        names = _faker_companies(*spec["company"])
        sub.setdefault("COMPANY", []).append(_gendered(names, {}, mod.COMPANY_GENDER_RULES))
    for kind, pools in sub.items():
        if kind not in KIND_TYPE or kind in UNION_KINDS:
            raise ValueError(f"synth: {lang}: inventory kind {kind!r} is not a base entity kind")
        seen: set[str] = set()
        cleaned = []
        for pool in pools:
            pool = [e for e in pool if e.text not in seen and e.text not in drop]
            seen.update(e.text for e in pool)
            if pool:
                cleaned.append(pool)
        sub[kind] = cleaned
        L.sizes[kind] = sum(len(p) for p in cleaned)
    return sub


def _split_pools(sub: Mapping[str, list[list[Entry]]], kind: str) -> dict[str, list[list[Entry]]]:
    """split -> the non-empty parts of the sub-pools of `kind` (of each member, for a union kind)."""
    by_split: dict[str, list[list[Entry]]] = {s: [] for s in SPLITS}
    for member in UNION_KINDS.get(kind, (kind,)):
        for pool in sub.get(member, []):
            parts: dict[str, list[Entry]] = {s: [] for s in SPLITS}
            for e in pool:
                parts[_bucket(e.text)].append(e)
            for s in SPLITS:
                if parts[s]:
                    by_split[s].append(parts[s])
    return by_split


@functools.cache
def _load(lang: str) -> _Lang:
    mod = importlib.import_module(f"xlt.data.synth_templates.{lang}")
    L = _Lang(lang, mod)
    drop, drop_re = set(mod.NAME_DROP), tuple(mod.NAME_DROP_RE)
    _load_persons(L, drop, drop_re)
    sub = _sub_pools(L, drop)
    L.pools = {kind: _split_pools(sub, kind) for kind in KIND_TYPE if kind != "PER"}
    L.templates = _partition_templates(lang, tuple(mod.TEMPLATES))
    L.leads = _partition_clauses(lang, "lead", tuple(getattr(mod, "LEADS", ())))
    L.tails = _partition_clauses(lang, "tail", tuple(getattr(mod, "TAILS", ())))
    _choose_frequent(L)
    return L


def _freq_rank(text: str) -> str:
    return hashlib.sha256(f"xlt-frequent|{text}".encode()).hexdigest()


def _choose_frequent(L: _Lang) -> None:
    """The head of frequent entities: per base kind the FREQUENT_PER_KIND train entries first by a second
    stable hash (union kinds: the union of their members' heads), and FREQUENT_PERSONS persons drawn once."""
    for kind in KIND_TYPE:
        if kind == "PER" or kind in UNION_KINDS:
            continue
        entries = {e.text: e for pool in L.pools[kind]["train"] for e in pool}
        L.frequent[kind] = [entries[t] for t in sorted(entries, key=_freq_rank)[:FREQUENT_PER_KIND]]
    for kind, members in UNION_KINDS.items():
        L.frequent[kind] = [e for m in members for e in L.frequent.get(m, [])]
    rng = random.Random(f"xlt-synth-frequent-persons|{L.code}")
    drawer = _Sentence(L, "train", rng)
    persons: dict[str, Person] = {}
    for _ in range(FREQUENT_PERSONS * 5):
        person = drawer._person()
        persons.setdefault(person.text, person)
        if len(persons) >= FREQUENT_PERSONS:
            break
    L.frequent_persons = list(persons.values())


@functools.cache
def _source_shared(lang: str) -> dict[str, list[Entry | Person]]:
    """Per kind, the entities frequent in the English source train text that `lang` can use with the same
    string: its own entries whose text is an English frequent entry's (any split), and English persons."""
    en, L = _load("en"), _load(lang)
    out: dict[str, list[Entry | Person]] = {"PER": list(en.frequent_persons)}
    for kind in KIND_TYPE:
        if kind == "PER":
            continue
        texts = {e.text for e in en.frequent.get(kind, [])}
        own = {e.text: e for split in SPLITS for pool in L.pools[kind][split] for e in pool if e.text in texts}
        out[kind] = [own[t] for t in sorted(own)]
    return out


# ----------------------------------------------------------------------------------------------
# templates


def _slot_ids(template: str) -> list[tuple[str, str]]:
    """(kind, index) of every entity slot a template mentions (any alternative)."""
    out = []
    for kind, idx in re.findall(r"\{([A-Z]+)(?:#(\d+))?", template):
        if kind in KIND_TYPE and (kind, idx or "1") not in out:
            out.append((kind, idx or "1"))
    return out


def _features(template: str) -> set[str]:
    slots = _slot_ids(template)
    feats = {KIND_TYPE[k] for k, _ in slots}
    if not slots:
        feats.add("free")
    m = _SLOT_RE.match(template.split()[0])
    if m and m.group(1) in KIND_TYPE:
        feats.add("initial")
    if len(slots) >= 3:
        feats.add("many")
    literal = re.sub(r"\{[^{}]*\}", " ", re.sub(r"[\[\]|]", " ", template)).split()[1:]
    if any(w[:1].isupper() for w in literal):
        feats.add("caps")  # a capitalised non-entity word inside the sentence
    return feats


def _partition_templates(lang: str, templates: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Disjoint train/dev/test template sets. Templates are ordered by a stable hash; dev and
    test (15 % each) first take templates covering each entity type twice, an entity-free one,
    one starting with an entity, one with 3+ entities and one with a capitalised non-entity word
    inside the sentence; train keeps the rest."""
    order = sorted(templates, key=lambda t: hashlib.sha256(f"{lang}\n{t}".encode()).hexdigest())
    feats = {t: _features(t) for t in templates}
    quota = max(1, math.ceil(_TEMPLATE_SHARE * len(templates)))
    wants = [(t, 2) for t in ENTITY_TYPES] + [("free", 1), ("initial", 1), ("many", 1), ("caps", 1)]
    taken: set[str] = set()
    held: dict[str, list[str]] = {"test": [], "dev": []}
    for split in ("test", "dev"):
        chosen = held[split]
        for feat, count in wants:
            for t in order:
                if sum(feat in feats[c] for c in chosen) >= count:
                    break
                if t not in taken and feat in feats[t]:
                    chosen.append(t)
                    taken.add(t)
        for t in order:
            if len(chosen) >= quota:
                break
            if t not in taken:
                chosen.append(t)
                taken.add(t)
    train = [t for t in order if t not in taken]
    return {"train": tuple(train), "dev": tuple(held["dev"]), "test": tuple(held["test"])}


def _type_mix(templates: Sequence[str]) -> dict[str, float]:
    """Share of each entity type among the entity slots of `templates` (each template counted once)."""
    counts = {t: 0 for t in ENTITY_TYPES}
    for template in templates:
        for kind, _ in _slot_ids(template):
            counts[KIND_TYPE[kind]] += 1
    total = sum(counts.values()) or 1
    return {t: c / total for t, c in counts.items()}


@functools.cache
def _subset_templates(lang: str, split: str, n: int) -> tuple[str, ...]:
    """`n` of a split's templates that keep its mix: an entity-free one and every entity type first, then, in the
    split's stable order, the template that keeps the entity-type shares closest to the whole split's."""
    pool = _load(lang).templates[split]
    if n >= len(pool):
        return pool
    target = _type_mix(pool)
    chosen: list[str] = []
    for feat in ("free", *ENTITY_TYPES):
        t = next((t for t in pool if t not in chosen and feat in _features(t)), None)
        if t is not None and len(chosen) < n:
            chosen.append(t)
    while len(chosen) < n:
        rest = [t for t in pool if t not in chosen][:30]
        chosen.append(min(rest, key=lambda t: sum(abs(v - target[k]) for k, v in _type_mix([*chosen, t]).items())))
    return tuple(chosen)


def _partition_clauses(lang: str, what: str, clauses: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Disjoint train/dev/test sets of lead-ins or appended clauses: dev and test take 15 % each (at least
    one when there are three or more), ordered by a stable hash; train keeps the rest."""
    order = sorted(clauses, key=lambda c: hashlib.sha256(f"{lang}|{what}\n{c}".encode()).hexdigest())
    quota = math.ceil(_TEMPLATE_SHARE * len(order)) if len(order) >= 3 else 0
    return {"dev": tuple(order[:quota]), "test": tuple(order[quota : 2 * quota]), "train": tuple(order[2 * quota :])}


def _split_top(s: str, sep: str) -> list[str]:
    """Split on ``sep`` (``" "``: any whitespace) outside ``{...}``."""
    parts, depth, cur = [], 0, []
    for ch in s:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        if depth == 0 and (ch == sep or (sep == " " and ch.isspace())):
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


# ----------------------------------------------------------------------------------------------
# rendering


class _Sentence:
    """Renders one template: draws each slot once, expands articles, forms and agreement."""

    def __init__(self, L: _Lang, split: str, rng: random.Random, p_source: float = 0.0, p_frequent: float = 0.0):
        self.L, self.split, self.rng, self.mod = L, split, rng, L.mod
        self.p_source, self.p_frequent = p_source, p_frequent  # see generate(): seen_source, seen_train
        self.slots: dict[str, Entry | Person] = {}
        self._cap_particles = set(getattr(self.mod, "CAPITALISE_AT_START", ()))
        self.used: set[str] = set()

    # -- drawing
    def _person(self) -> Person:
        rng, L, s = self.rng, self.L, self.split
        g = "m" if rng.random() < 0.5 else "f"
        first = rng.choice((L.first_m if g == "m" else L.first_f)[s])
        first, last, short = self.mod.name_parts(first, g, L.last[s], rng)
        return Person(first, last, short, g)

    def _entry(self, kind: str) -> Entry:
        pools = self.L.pools[kind][self.split]
        if not pools:
            raise ConfigError(f"synth: no {kind!r} entities for language {self.L.code!r}, split {self.split!r}")
        return self.rng.choice(self.rng.choice(pools))

    def _filler(self, kind: str) -> str:
        rng, mod = self.rng, self.mod
        if kind == "DAY":
            return rng.choice(mod.DAYS)
        if kind == "MONTH":
            return rng.choice(mod.MONTHS)
        if kind == "NUM":
            return str(rng.choice((rng.randint(2, 12), rng.randint(2, 60))))
        if kind == "CNT":  # a count of people or things: "two" .. "twelve" as words, else 13-60
            words = self.mod.NUMBER_WORDS
            return rng.choice(words) if words and rng.random() < 0.5 else str(rng.randint(13, 60))
        if kind == "DATE":
            return str(rng.randint(1, 28))
        if kind == "YEAR":
            return str(rng.randint(1990, 2025))
        if kind == "AGE":
            return str(rng.randint(19, 78))
        if kind == "SCORE":
            a = rng.randint(1, 5)
            return f"{a}{mod.SCORE_SEP}{rng.randint(0, a - 1)}"
        if kind == "DEC":
            return f"{rng.randint(1, 9)}{mod.DECIMAL_SEP}{rng.randint(1, 9)}"
        if kind == "BIG":
            v = rng.choice((rng.randint(12, 99) * 10, rng.randint(1, 99) * 100, rng.randint(2, 40) * 1000))
            return f"{v:,}".replace(",", mod.THOUSANDS_SEP) if v >= 1000 else str(v)
        raise ConfigError(f"synth: unknown filler kind {kind!r}")

    def _draw(self, kind: str) -> Entry | Person:
        """An entity of `kind`: shared with the English source, frequent in the train split, or from the
        split's own bucket, with the probabilities this sentence was given."""
        if self.p_source or self.p_frequent:
            u = self.rng.random()
            if u < self.p_source and (pool := _source_shared(self.L.code).get(kind)):
                return self.rng.choice(pool)
            if u < self.p_source + self.p_frequent:
                pool = self.L.frequent_persons if kind == "PER" else self.L.frequent.get(kind)
                if pool:
                    return self.rng.choice(pool)
        return self._person() if kind == "PER" else self._entry(kind)

    def get(self, kind: str, idx: str | None) -> Entry | Person:
        key = f"{kind}#{idx or 1}"
        if key not in self.slots:
            for _ in range(20):
                item = self._draw(kind)
                if item.text not in self.used:
                    break
            self.used.add(item.text)
            self.slots[key] = item
        return self.slots[key]

    # -- surface forms
    def _surface(self, item: Entry | Person, form: str | None) -> str:
        if isinstance(item, Person):
            if form is None:
                return item.text
            if form == "last":
                return item.short
            if form == "gen":
                return f"{item.first} {self.mod.genitive(item.last)}"
            if form == "lastgen":
                return self.mod.genitive(item.short)
            raise ConfigError(f"synth: unknown person form {form!r}")
        if form is None:
            return item.text
        if form.startswith("+"):
            return item.text + form[1:]
        return item.form(form) or item.text

    def _inline(self, m: re.Match) -> str:
        kind, idx, attr, first, second = m.groups()
        item = self.get(kind, idx)
        if attr is not None:
            table: dict[str, str] = self.mod.ATTRS[attr]
            return table.get(item.g, table.get("", ""))
        return second if item.g.startswith("f") else first

    def render(self, template: str) -> tuple[list[str], list[str]]:
        text = template
        while (m := _ALT_RE.search(text)) is not None:
            text = text[: m.start()] + self.rng.choice(_split_top(m.group(1), "|")) + text[m.end():]
        tokens: list[str] = []
        tags: list[str] = []
        articles: set[int] = set()  # positions of generated articles (for contractions)
        for raw in _split_top(text, " "):
            if not raw:
                continue
            if raw == CAP_MARK:  # after a lead-in (compose) the sentence proper starts: kept as a token until
                tokens.append(CAP_MARK)  # contractions have been made, so that its position stays right
                tags.append("O")
                continue
            sm = _SLOT_RE.match(raw)
            if sm is None:
                word = _INLINE_RE.sub(self._inline, raw)
                if "{" in word or "}" in word:
                    raise ConfigError(f"synth: cannot parse {raw!r} in template {template!r}")
                for w in word.split():
                    tokens.append(w)
                    tags.append("O")
                continue
            kind, idx, form, case = sm.groups()
            if kind in O_KINDS:
                tokens.append(self._filler(kind))
                tags.append("O")
                continue
            if kind not in KIND_TYPE:
                raise ConfigError(f"synth: unknown slot kind {kind!r} in template {template!r}")
            item = self.get(kind, idx)
            if case:
                for a in self.mod.CASES[case].get(item.g, "").split():
                    articles.add(len(tokens))
                    tokens.append(a)
                    tags.append("O")
                if form is None and isinstance(item, Entry):
                    key = case if item.form(case) else getattr(self.mod, "CASE_FALLBACK", {}).get(case, {}).get(item.g)
                    if key and item.form(key):
                        form = key
            etype = KIND_TYPE[kind]
            for i, tok in enumerate(self._surface(item, form).split()):
                tokens.append(tok)
                tags.append(f"B-{etype}" if i == 0 else f"I-{etype}")
        tokens, tags = self._contract(tokens, tags, articles)
        starts = [0]
        if CAP_MARK in tokens:
            starts.append(tokens.index(CAP_MARK))
            del tags[starts[-1]], tokens[starts[-1]]
        for i in starts:
            if i < len(tokens) and tokens[i][:1].islower() and (tags[i] == "O" or tokens[i] in self._cap_particles):
                tokens[i] = tokens[i][:1].upper() + tokens[i][1:]
        return tokens, tags

    def _contract(self, tokens: list[str], tags: list[str], articles: set[int]):
        """Preposition + generated article before an entity -> contraction (bei dem -> beim)."""
        table: dict[tuple[str, str], str] = self.mod.CONTRACTIONS
        if not table or not articles:
            return tokens, tags
        out_t: list[str] = []
        out_g: list[str] = []
        i = 0
        while i < len(tokens):
            if (
                i + 2 < len(tokens)
                and i + 1 in articles
                and tags[i] == "O"
                and (tokens[i].lower(), tokens[i + 1]) in table
            ):
                c = table[(tokens[i].lower(), tokens[i + 1])]
                out_t.append(c[:1].upper() + c[1:] if tokens[i][:1].isupper() else c)
                out_g.append("O")
                i += 2
                continue
            out_t.append(tokens[i])
            out_g.append(tags[i])
            i += 1
        return out_t, out_g


# ----------------------------------------------------------------------------------------------
# public API


def _check(lang: str, split: str | None = None) -> None:
    if lang not in SYNTH_LANGS:
        raise ConfigError(
            f"synth: unknown language {lang!r}; the generator knows {', '.join(SYNTH_LANGS)}"
        )
    if split is not None and split not in SPLITS:
        raise ConfigError(f"synth: unknown split {split!r}; valid splits are {', '.join(SPLITS)}")


def fingerprint(lang: str) -> str:
    """What the generated sentences of `lang` depend on besides the arguments: this module, the language's
    template module and the English one (entities shared with the source), faker's version and whether
    Debian's iso-codes is installed. A cache keyed on it never hands out text of another generator."""
    import faker

    h = hashlib.sha256(f"v{GENERATOR_VERSION}|faker {faker.VERSION}|iso {_ISO_JSON.is_file()}".encode())
    for module in (__name__, f"xlt.data.synth_templates.{lang}", "xlt.data.synth_templates.en"):
        h.update(Path(importlib.import_module(module).__file__).read_bytes())
    return h.hexdigest()[:12]


def templates(lang: str, split: str) -> tuple[str, ...]:
    """The templates ``split`` draws from (disjoint across splits)."""
    _check(lang, split)
    return _load(lang).templates[split]


def all_templates(lang: str) -> tuple[str, ...]:
    _check(lang)
    return tuple(_load(lang).mod.TEMPLATES)


def inventory_sizes(lang: str) -> dict[str, int]:
    """Number of distinct strings per inventory (before the split partition)."""
    _check(lang)
    return dict(_load(lang).sizes)


def _check_knobs(split: str, seen_train: float, seen_source: float, max_templates: int | None) -> None:
    for name, p in (("seen_train", seen_train), ("seen_source", seen_source)):
        if not 0.0 <= p <= 1.0:
            raise ConfigError(f"synth: {name}={p} must lie in [0, 1] (the probability that a dev/test entity slot "
                              "is filled from seen entities)")
    if seen_train + seen_source > 1.0:
        raise ConfigError(f"synth: seen_train={seen_train} + seen_source={seen_source} exceeds 1 (both are "
                          "probabilities of one draw per entity slot)")
    if split == "train" and (seen_train or seen_source):
        raise ConfigError("synth: seen_train/seen_source apply to the dev and test splits; the train split draws "
                          "its frequent entities itself")
    if max_templates is not None and max_templates < 1:
        raise ConfigError(f"synth: max_templates={max_templates} must be >= 1 (or null: all templates)")


def compose(lang: str, split: str, n: int, seed: int = 0, **knobs: Any) -> list[tuple[list[str], list[str], str]]:
    """Like :func:`generate`, with the composed template (lead + template + tail) of each sentence."""
    return [(d.tokens, d.tags, d.template) for d in _draw(lang, split, n, seed, **knobs)]


def generate_clustered(lang: str, split: str, n: int, seed: int = 0,
                       **knobs: Any) -> tuple[list[tuple[list[str], list[str]]], list[int]]:
    """The sentences of :func:`generate` and, per sentence, its template cluster: the index in the language's
    ``TEMPLATES`` of the base template it was rendered from (lead-ins, appended clauses and entities left aside).
    Sentences of one template share their wording, so they are not independent draws: the report resamples
    clusters (xlt.analysis.stats), as for cluster-sampled data (Field and Welsh 2007)."""
    drawn, numbered = _draw(lang, split, n, seed, **knobs), all_templates(lang)
    return [(d.tokens, d.tags) for d in drawn], [numbered.index(d.base) for d in drawn]


def clusters_path(conll: Path) -> Path:
    """The side index of a generated CoNLL file: one template cluster id per sentence, one per line."""
    return conll.with_name(f"{conll.name}.clusters")


def write_clusters(conll: Path, clusters: Sequence[int]) -> Path:
    """Write the side index of `conll` (atomically: a reader never sees half of it)."""
    path = clusters_path(conll)
    atomic_write_text(path, "".join(f"{c}\n" for c in clusters))
    return path


def read_clusters(conll: Path) -> list[int] | None:
    """The template cluster of every sentence of a generated CoNLL file, or None where it has no side index."""
    path = clusters_path(conll)
    return [int(line) for line in path.read_text(encoding="utf-8").split()] if path.is_file() else None


@dataclass
class _Drawn:
    tokens: list[str]
    tags: list[str]
    template: str  # composed: lead-in + base template + appended clause
    base: str  # the language module's template it was rendered from


def _draw(
    lang: str,
    split: str,
    n: int,
    seed: int = 0,
    *,
    seen_train: float = 0.0,
    seen_source: float = 0.0,
    clauses: bool = True,
    max_templates: int | None = None,
) -> list[_Drawn]:
    _check(lang, split)
    if n < 0:
        raise ConfigError(f"synth: n must be >= 0, got {n}")
    _check_knobs(split, seen_train, seen_source, max_templates)
    L = _load(lang)
    pool = _subset_templates(lang, split, max_templates) if max_templates else L.templates[split]
    free = [t for t in pool if not _slot_ids(t)]
    full = [t for t in pool if _slot_ids(t)]
    leads, tails = (L.leads[split], L.tails[split]) if clauses else ((), ())
    end, no_tail = getattr(L.mod, "SENTENCE_END", "."), getattr(L.mod, "NO_TAIL_RE", None)
    p_frequent = FREQUENT_RATE if split == "train" else seen_train
    rng = random.Random(f"xlt-synth|{lang}|{split}|{seed}")
    out = []
    for _ in range(n):
        use_free = free and (not full or rng.random() < ENTITY_FREE_RATE)
        template = base = rng.choice(free if use_free else full)
        if not use_free:  # entity-free sentences stay so; a tail never follows quoted speech (double attribution)
            if (tails and template.endswith(f" {end}") and not QUOTES & set(template)
                    and not (no_tail and re.search(no_tail, template)) and rng.random() < TAIL_RATE):
                template = f"{template[: -len(end) - 1]} {rng.choice(tails)} {end}"
            if leads and rng.random() < LEAD_RATE:
                template = f"{rng.choice(leads)} {CAP_MARK} {template}"
        tokens, tags = _Sentence(L, split, rng, seen_source, p_frequent).render(template)
        out.append(_Drawn(tokens, tags, template, base))
    return out


def generate(lang: str, split: str, n: int, seed: int = 0, **knobs: Any) -> list[tuple[list[str], list[str]]]:
    """n sentences of `lang` for `split`: (tokens, IOB2 tags over PER/ORG/LOC/MISC), deterministic in the
    arguments. A shorter run is a prefix of a longer one with the same arguments.

    knobs (keyword-only, as for :func:`compose`): seen_train / seen_source (dev and test only): the probability
    that an entity slot is filled from the entities frequent in this language's train split / shared with the
    English source train text (see the module docstring); clauses: lead-ins and appended clauses; max_templates:
    only the split's first N templates (fewer templates, less varied text).
    """
    return [(toks, tags) for toks, tags, _ in compose(lang, split, n, seed, **knobs)]


def distinct_trigrams_per_1k(token_lists: Sequence[Sequence[str]], max_words: int | None = None) -> float:
    """Distinct word 3-grams (within sentences) per 1,000 words: a text-diversity figure (higher = more varied).
    It grows as a sample shrinks, so compare samples of one size: `max_words` keeps the first sentences up to it."""
    if max_words is not None:
        kept, total = [], 0
        for t in token_lists:
            if total + len(t) > max_words:
                break
            kept.append(t)
            total += len(t)
        token_lists = kept
    words = sum(len(t) for t in token_lists)
    grams = {tuple(t[i : i + 3]) for t in token_lists for i in range(len(t) - 2)}
    return 1000.0 * len(grams) / words if words else 0.0


def stats(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict:
    """Counts: sentences, tokens, entities (total and per type), entity tokens and their share,
    entity-free sentences, multi-token entities."""
    from xlt.data.spans import entity_spans  # seqeval loads only when counting

    per_type = {t: 0 for t in ENTITY_TYPES}
    n_tok = n_ent_tok = n_free = n_multi = 0
    for tokens, tags in sentences:
        n_tok += len(tokens)
        n_ent_tok += sum(t != "O" for t in tags)
        spans = entity_spans(tokens, tags)
        if not spans:
            n_free += 1
        for etype, surface in spans:
            per_type[etype] = per_type.get(etype, 0) + 1
            n_multi += " " in surface
    n_ent = sum(per_type.values())
    return {
        "sentences": len(sentences),
        "tokens": n_tok,
        "entities": n_ent,
        "per_type": per_type,
        "entity_tokens": n_ent_tok,
        "entity_token_ratio": n_ent_tok / n_tok if n_tok else 0.0,
        "entity_free_sentences": n_free,
        "multi_token_entities": n_multi,
    }

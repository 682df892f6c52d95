"""The README is a front door that stays true: short, its layout tree names only paths that exist, and every relative
link of the README and of docs/*.md leads to a file."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MAX_README_LINES = 250

# what may precede a name in a tree line: indentation and the drawing of `tree` (├── │ └──) or its ASCII form (|-- `--)
_TREE_PREFIX = re.compile(r"^[\s│├└─┬┼╰╭|`+-]*")
# a name field ends where the description starts: two or more spaces, or a ` # ` comment
_DESCRIPTION = re.compile(r"\s{2,}|\s+#\s")
# a file or folder name: with a dot or a slash (`cell.py`, `conf/`, `.ci/run`), or capitalised and bare (`Makefile`)
_PATH_TOKEN = re.compile(r"[\w\-]*[./][\w.\-/]*|[A-Z][\w\-]*")


def layout_block(markdown: str) -> str:
    """The first fenced code block after the `## Layout` heading."""
    section = re.search(r"^##\s+Layout\b.*?^```[^\n]*\n(.*?)^```", markdown, re.S | re.M)
    assert section, "no fenced code block under a '## Layout' heading"
    return section.group(1)


def tree_paths(block: str) -> list[PurePosixPath]:
    """Every path a layout tree names, relative to its root. A line is `<indent or tree drawing><names>  <description>`:
    the names (one or more, separated by single spaces) end at two spaces or ` # `; a name ending in `/` is a folder,
    and when it is a line's first name the deeper-indented lines below it lie inside it."""
    paths: list[PurePosixPath] = []
    parents: list[tuple[int, PurePosixPath]] = []  # (column of the folder's name, its path)
    for number, line in enumerate(block.splitlines(), 1):
        if not line.strip():
            continue
        column = _TREE_PREFIX.match(line).end()
        names = _DESCRIPTION.split(line[column:].rstrip(), maxsplit=1)[0].split()
        if not names:
            continue
        while parents and parents[-1][0] >= column:
            parents.pop()
        parent = parents[-1][1] if parents else PurePosixPath()
        for name in names:
            name = name.strip("`,")
            assert _PATH_TOKEN.fullmatch(name), (
                f"layout line {number}: {name!r} is not a path; separate the description from the names by two "
                f"spaces: {line!r}")
            paths.append(parent / name)
        if names[0].endswith("/"):
            parents.append((column, parent / names[0].strip("`,")))
    return paths



def test_the_readme_is_a_front_door_of_at_most_250_lines():
    n = len(README.read_text(encoding="utf-8").splitlines())
    assert n <= MAX_README_LINES, f"README.md has {n} lines; move studies and measurements to docs/"


@pytest.mark.parametrize("md, least", [(README, 20), (ROOT / "docs" / "layout.md", 100)],
                         ids=["README.md", "docs/layout.md"])
def test_every_path_of_the_layout_tree_exists(md, least):
    """The README's short map and docs/layout.md's whole tree (paths relative to the repository root)."""
    paths = tree_paths(layout_block(md.read_text(encoding="utf-8")))
    assert len(paths) >= least, f"{md.name}'s layout tree names too few paths to be the map of the repository"
    missing = [str(p) for p in paths if not (ROOT / p).exists()]
    assert not missing, f"{md.relative_to(ROOT)}'s layout names paths that do not exist: {missing}"


@pytest.mark.parametrize("tree", [
    # indentation, several names on one line, a folder path of two parts
    "conf/            configs\n  model/ lang/   groups\n  config.yaml    one cell\n"
    "xlt/\n  data/         readers\n    units.py    the unit\n    a.py b.py   two modules\n"
    "  cli/          command lines\n    run.py      xlt-run\nhydra_plugins/xlt_sweeper/  the sweeper\n.ci/run  CI\n",
    # the drawing of `tree`, descriptions after ` # `
    "├── conf/ # configs\n│   ├── model/ lang/ # groups\n│   └── config.yaml # one cell\n"
    "├── xlt/\n│   ├── data/ # readers\n│   │   ├── units.py # the unit\n│   │   └── a.py b.py # two modules\n"
    "│   └── cli/ # command lines\n│       └── run.py # xlt-run\n├── hydra_plugins/xlt_sweeper/ # the sweeper\n"
    "└── .ci/run # CI\n",
], ids=["indented", "tree-drawing"])
def test_the_layout_parser_reads_indented_and_drawn_trees(tree):
    assert [str(p) for p in tree_paths(tree)] == [
        "conf", "conf/model", "conf/lang", "conf/config.yaml", "xlt", "xlt/data", "xlt/data/units.py",
        "xlt/data/a.py", "xlt/data/b.py", "xlt/cli", "xlt/cli/run.py", "hydra_plugins/xlt_sweeper", ".ci/run"]


def test_the_layout_parser_refuses_a_description_glued_to_the_names():
    with pytest.raises(AssertionError, match="not a path"):
        tree_paths("xlt/\n  cell.py the cell, one space only\n")


_FENCE = re.compile(r"^(```|~~~).*?^\1", re.S | re.M)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_INLINE_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$", re.M)


def relative_links(markdown: str) -> list[str]:
    """The targets of the inline and reference links and images of a Markdown text that point at a local file (no
    URL scheme, no bare #anchor), without their #fragment; links inside code are not links."""
    text = _CODE_SPAN.sub("", _FENCE.sub("", markdown))
    out = []
    for target in [*_INLINE_LINK.findall(text), *_REFERENCE_LINK.findall(text)]:
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", target) or target.startswith("#"):
            continue
        out.append(target.split("#", 1)[0].split("?", 1)[0])
    return out


def test_the_link_finder_skips_urls_anchors_and_code():
    text = ("[a](docs/a.md#x) ![b](img/b.png \"title\") [c](https://x.org) [d](#top) `[e](no.md)`\n"
            "```\n[f](no.md)\n```\n[g]: ../h.md\n")
    assert relative_links(text) == ["docs/a.md", "img/b.png", "../h.md"]


def _markdown_files() -> list[Path]:
    return [README, *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("md", _markdown_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_resolves_to_a_file(md):
    links = relative_links(md.read_text(encoding="utf-8"))
    broken = [link for link in links if not (md.parent / link).exists()]
    assert not broken, f"{md.relative_to(ROOT)}: links to missing files {broken}"


def test_the_readme_links_to_the_docs():
    links = {(README.parent / link).resolve() for link in relative_links(README.read_text(encoding="utf-8"))}
    unlinked = [p.name for p in sorted((ROOT / "docs").glob("*.md")) if p.resolve() not in links]
    assert not unlinked, f"docs not reachable from README.md: {unlinked}"


def test_the_results_table_is_rendered_from_the_committed_report():
    """Each number of the README's results table lives in one place: the committed report of the sweep
    (bench/results/transfer_embedded/summary.csv and significance.csv), which bench/reproduce.py checks a rerun
    against; the README holds the table `xlt.analysis.reproduce.readme_table` renders from it, verbatim."""
    from xlt.analysis.reproduce import read_published, readme_table

    table = readme_table(read_published(ROOT / "bench" / "results" / "transfer_embedded"))
    assert table in README.read_text(encoding="utf-8"), "README.md: re-render the results table:\n" + table


def test_the_backbone_table_is_rendered_from_the_committed_comparison_report():
    """The README's answer to the project's question quotes the committed report of experiment=backbone_comparison
    (bench/results/backbone_comparison/summary.csv and significance.csv): its table is the rendering of
    `xlt.analysis.backbone_table.read_backbone_table` for the searched student's arm, verbatim."""
    from xlt.analysis.backbone_table import read_backbone_table

    table = read_backbone_table(ROOT / "bench" / "results" / "backbone_comparison", arm="searched_for_model")
    assert table in README.read_text(encoding="utf-8"), "README.md: re-render the backbone table:\n" + table


def test_the_quickstart_output_is_the_recorded_make_run():
    """The lines the README's quickstart shows are the closing lines `make run` printed from a clean clone, as
    bench/results/make_run.md records them (a line the README cuts short with "(...)" up to that point)."""
    readme = README.read_text(encoding="utf-8")
    block = readme.split("run e5small-en-sw-mse-s42:", 1)[1].split("```", 1)[0]
    shown = ("run e5small-en-sw-mse-s42:" + block).splitlines()
    recorded = (ROOT / "bench" / "results" / "make_run.md").read_text(encoding="utf-8").splitlines()
    assert len(shown) >= 8
    for line in shown:
        if line.strip() == "...":
            continue
        if line.endswith("(...)"):
            assert any(r.startswith(line.removesuffix("(...)")) for r in recorded), line
        else:
            assert line in recorded, line

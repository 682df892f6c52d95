"""The installed environment holds stable releases only: a pre-release is tolerated solely where another installed
distribution pins exactly that version (`==<version>`), so nothing but that pin can have brought it in."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import distributions

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version


@dataclass(frozen=True)
class Dist:
    """What the check reads of an installed distribution."""

    name: str
    version: str
    requires: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()  # its Provides-Extra: a requirement under any of them may have been installed


def installed() -> list[Dist]:
    """Every distribution this interpreter sees (the virtualenv the tests run in)."""
    return [Dist(d.metadata["Name"], d.version, tuple(d.requires or ()),
                 tuple(d.metadata.get_all("Provides-Extra") or ())) for d in distributions()]


def _pins_exactly(requirement: Requirement, version: Version) -> bool:
    specs = list(requirement.specifier)
    return (len(specs) == 1 and specs[0].operator == "==" and not specs[0].version.endswith(".*")  # 2.*: a range
            and Version(specs[0].version) == version)


def _applies(requirement: Requirement, extras: tuple[str, ...]) -> bool:
    """The requirement holds on this interpreter and platform, without extras or under one the requirer declares."""
    return requirement.marker is None or any(requirement.marker.evaluate({"extra": e}) for e in ("", *extras))


def unpinned_prereleases(dists: Iterable[Dist]) -> list[str]:
    """`name==version` of each installed pre-release that no other installed distribution pins exactly."""
    dists = list(dists)
    found = []
    for dist in dists:
        try:
            version = Version(dist.version)
        except InvalidVersion:  # not PEP 440: no pre-release to speak of
            continue
        if not version.is_prerelease:
            continue
        name = canonicalize_name(dist.name)
        pinned = any(canonicalize_name(req.name) == name and _applies(req, other.extras) and _pins_exactly(req, version)
                     for other in dists if canonicalize_name(other.name) != name
                     for req in map(Requirement, other.requires))
        if not pinned:
            found.append(f"{dist.name}=={dist.version}")
    return sorted(found)


def test_the_installed_environment_holds_no_unpinned_prerelease():
    found = unpinned_prereleases(installed())
    assert found == [], (f"pre-releases in the environment: {found}; lock a stable release in requirements.lock "
                         "(or the distribution that needs it must pin it with ==)")


def test_a_prerelease_is_allowed_only_where_another_distribution_pins_it_exactly():
    dists = [
        Dist("hydra-core", "1.4.0.dev1"),                                   # pinned exactly below: allowed
        Dist("Some_Plugin", "2.0rc1"),                                      # pinned with >=: reported
        Dist("orphan", "0.3b2"),                                            # required by no one: reported
        Dist("self-pinned", "1.0a1", ("self-pinned==1.0a1",)),              # only by itself: reported
        Dist("extra-pinned", "3.0.dev0"),                                   # pinned under an extra: allowed
        Dist("other-python", "5.0rc1"),                                     # pinned for another Python: reported
        Dist("stable", "1.2.3"),                                            # not a pre-release
        Dist("app", "1.0", ("hydra-core==1.4.0.dev1", "some-plugin>=2.0rc1", "extra-pinned==3.0.dev0; extra == 'x'",
                            "other-python==5.0rc1; python_version < '3'", "stable>=1"), ("x",)),
    ]
    assert unpinned_prereleases(dists) == ["Some_Plugin==2.0rc1", "orphan==0.3b2", "other-python==5.0rc1",
                                           "self-pinned==1.0a1"]


def test_an_exact_pin_must_name_the_installed_version():
    dists = [Dist("lib", "2.0b1"), Dist("app", "1.0", ("lib==2.0b2",)), Dist("tool", "1.0", ("lib==2.*",))]
    assert unpinned_prereleases(dists) == ["lib==2.0b1"]
    assert unpinned_prereleases([Dist("lib", "2.0b1"), Dist("app", "1.0", ("lib==2.0.0b1",))]) == []  # same version

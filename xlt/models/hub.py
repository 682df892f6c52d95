"""Loading from the HF hub, and failing fast and clearly when it cannot be reached (offline machines, CI).

The HF clients retry for ~25 s when the network is down. xlt asks once per process whether the hub is
reachable (offline environment flags first, else one HEAD request with a hard deadline) and, when it is
not, loads models and datasets from the local HF cache only, failing at once with a message that names the
offline alternative.
"""

from __future__ import annotations

import functools
import os
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from xlt.errors import ConfigError, HubUnavailableError

PROBE_TIMEOUT_S = 3.0
_TRUE = {"1", "ON", "YES", "TRUE"}


def offline_requested() -> str | None:
    """Name of the environment variable that switches the hub off (as datasets reads them), or None."""
    datasets_flag = os.environ.get("HF_DATASETS_OFFLINE")
    if datasets_flag is not None:  # datasets lets this one override HF_HUB_OFFLINE either way
        return "HF_DATASETS_OFFLINE" if datasets_flag.upper() in _TRUE else None
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        if os.environ.get(var, "").upper() in _TRUE:
            return var
    return None


def _hub_url() -> str:
    """The hub endpoint datasets talks to (HF_ENDPOINT, e.g. a mirror, or huggingface.co)."""
    return os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/") + "/"


def _probe(url: str, timeout: float) -> str | None:
    """One HEAD request (through the environment's proxy, as the hub client would); None if answered."""
    result: list[str | None] = []

    def request() -> None:
        try:
            urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout).close()
            result.append(None)
        except urllib.error.HTTPError:  # any HTTP status means the server is there
            result.append(None)
        except (OSError, ValueError) as err:  # URLError, TLS and socket errors, a malformed HF_ENDPOINT
            reason = getattr(err, "reason", None) or err
            reason = getattr(reason, "strerror", None) or reason
            result.append(f"{urllib.parse.urlsplit(url).netloc}: {reason}")

    # A TCP connect alone is not enough (sandboxes and proxies accept any connection), and DNS lookups
    # ignore socket timeouts, so a real request runs in a thread with a hard deadline.
    worker = threading.Thread(target=request, daemon=True, name="xlt-hub-probe")
    worker.start()
    worker.join(timeout)
    return result[0] if result else f"{url}: no answer within {timeout:g} s"


@functools.cache
def _probe_once(url: str, timeout: float) -> str | None:
    """_probe, made once per process and endpoint: a dead network costs the time budget only once."""
    return _probe(url, timeout)


def unreachable(url: str, timeout: float = PROBE_TIMEOUT_S) -> str | None:
    """Why `url` cannot be reached (one probe per process and URL), or None if a server answered."""
    return _probe_once(url, timeout)


def hub_unreachable_reason(timeout: float = PROBE_TIMEOUT_S) -> str | None:
    """Why the HF hub cannot be reached (offline flag, or a failed connect probe), or None if it can."""
    var = offline_requested()
    if var:
        return f"offline mode is on ({var}={os.environ[var]})"
    reason = _probe_once(_hub_url(), timeout)
    return None if reason is None else f"the hub is unreachable ({reason})"


OFFLINE_ALTERNATIVE = (
    "Offline, use the embedded backbone (model=e5small), or set model.pretrained to a local folder "
    "that holds the model (save_pretrained format)."
)


def _is_local(ident: str | None) -> bool:
    return bool(ident) and Path(str(ident)).expanduser().exists()


def hub_call(fn: Callable[..., Any], ident: str, what: str, **kwargs: Any) -> Any:
    """Call a from_pretrained-style loader; offline, fail at once with a message naming the alternative."""
    local = _is_local(ident)
    unreachable = None if local else hub_unreachable_reason()
    if unreachable:
        # the HF cache may still hold it: try it without network before giving up
        kwargs = {**kwargs, "local_files_only": True}
    try:
        return fn(str(Path(ident).expanduser()) if local else ident, **kwargs)
    except (OSError, ValueError) as err:
        if local:
            raise ConfigError(f"cannot load {what} from local folder {ident!r}: {err}") from err
        reason = f"{unreachable}; not in the local HF cache either" if unreachable else str(err).splitlines()[0]
        raise HubUnavailableError(
            f"cannot load {what} {ident!r} from the HF hub ({reason}). "
            f"{OFFLINE_ALTERNATIVE}"
        ) from err

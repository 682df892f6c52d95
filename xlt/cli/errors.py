"""The one error wrapper of every command line: a user-fixable problem is one line on stderr and exit status 2."""

from __future__ import annotations

import errno
import logging
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from xlt.errors import XltError

log = logging.getLogger("xlt")

T = TypeVar("T")

# the environment, not the code: a full disk, a read-only or foreign-owned directory, a quota
ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EDQUOT}


def fail(message: str) -> NoReturn:
    """One clear line on stderr, no traceback, exit status 2; the job's log file (Hydra's) keeps it too."""
    print(f"xlt: error: {message}", file=sys.stderr, flush=True)
    _log_to_files(message)
    sys.exit(2)


def _log_to_files(message: str) -> None:
    """The error into the log files `log` reaches (a Hydra job's <job>.log), not to its console handlers: on a terminal
    the message is printed once, on stderr."""
    record = log.makeRecord(log.name, logging.ERROR, __file__, 0, "%s", (message,), None)
    logger: logging.Logger | None = log
    while logger is not None:
        for handler in logger.handlers:
            if isinstance(handler, logging.FileHandler) and record.levelno >= handler.level:
                handler.handle(record)
        logger = logger.parent if logger.propagate else None


def run_cli(fn: Callable[[Any], T], cfg: Any, *, kept: str | None = None) -> T:
    """`fn(cfg)`, with xlt's typed errors and a full/read-only/foreign disk turned into one line; `kept` says
    what a failed run leaves on disk and how to resume it."""
    try:
        return fn(cfg)
    except XltError as err:
        fail(str(err))
    except OSError as err:
        if err.errno not in ENVIRONMENT_ERRNOS:
            raise
        where = f" {err.filename}" if err.filename else ""
        fail(f"cannot write{where}: {err.strerror}. Free space or fix permissions, or point paths.cache_dir / "
             "hydra.run.dir (paths.log_dir) elsewhere." + (f" {kept}" if kept else ""))

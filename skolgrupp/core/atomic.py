"""Writing a file so that it appears whole or not at all."""

from __future__ import annotations

import errno
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from skolgrupp.core.errors import CannotWrite, DiskFull
from skolgrupp.core.i18n import translate


def write_error(error: OSError, target: Path) -> CannotWrite | DiskFull:
    """What to tell the user when writing ``target`` failed."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(target)
    if not target.parent.is_dir():
        reason = translate("errors", "The folder does not exist.")
    elif target.is_dir():
        reason = translate("errors", "It is a folder.")
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = translate("errors", "You have no permission to write there.")
    else:
        reason = error.strerror or ""
    return CannotWrite(target, reason)


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """Give a temporary path beside ``target`` to write; when the block succeeds, flush it to
    disk and rename it to ``target``. An interrupted write never leaves a half-written file
    under the final name, and leaves no temporary file behind."""
    temporary = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        try:
            yield temporary
            with open(temporary, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(temporary, target)
        except OSError as e:
            raise write_error(e, target) from e
    finally:
        temporary.unlink(missing_ok=True)

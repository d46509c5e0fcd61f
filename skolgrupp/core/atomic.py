"""Writing a file so that it appears whole or not at all."""

from __future__ import annotations

import errno
import os
import stat
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from skolgrupp.core.errors import CannotOpen, CannotWrite, DiskFull
from skolgrupp.core.i18n import translate


def _reason(error: OSError, path: Path, *, writing: bool) -> str:
    if not path.parent.is_dir():
        return translate("errors", "The folder does not exist.")
    if path.is_dir():
        return translate("errors", "It is a folder.")
    if error.errno == errno.ENOENT:
        return translate("errors", "The file does not exist.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if writing:
            return translate("errors", "You have no permission to write there.")
        return translate("errors", "You have no permission to read it.")
    if error.errno == errno.ENAMETOOLONG:
        return translate("errors", "The name is too long.")
    return error.strerror or ""


def write_error(error: OSError, target: Path) -> CannotWrite | DiskFull:
    """What to tell the user when writing ``target`` failed."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull.for_new_file(target)
    return CannotWrite(target, _reason(error, target, writing=True))


def read_error(error: OSError, source: Path) -> CannotOpen:
    """What to tell the user when reading ``source`` failed."""
    return CannotOpen(source, _reason(error, source, writing=False))


def require_regular_file(path: Path) -> None:
    """Refuse a path that is a folder, a device or a pipe before anything opens it (reading a
    pipe or a device could wait forever or never end)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing or unreadable: the caller's open() gives the precise message
    if stat.S_ISDIR(mode):
        raise CannotOpen(path, translate("errors", "It is a folder."))
    if not stat.S_ISREG(mode):
        raise CannotOpen(path, translate("errors", "It is not an ordinary file."))


@contextmanager
def replacing(
    target: Path, *, not_over: Path | Sequence[Path | None] | None = None
) -> Iterator[Path]:
    """Give a temporary path beside ``target`` to write; when the block succeeds, flush it to
    disk and rename it to ``target``. An interrupted write never leaves a half-written file
    under the final name, and leaves no temporary file behind.

    A link is followed and the file it points to replaced, keeping that file's permissions.
    Anything but an ordinary file is refused, and so is ``not_over`` (the open workspace, or
    the files the new one is made from).
    """
    target = Path(os.path.realpath(target))
    mode = None
    if target.exists():
        current = target.stat()
        if stat.S_ISDIR(current.st_mode):
            raise CannotWrite(target, translate("errors", "It is a folder."))
        if not stat.S_ISREG(current.st_mode):
            raise CannotWrite(target, translate("errors", "It is not an ordinary file."))
        kept = [not_over] if not_over is None or isinstance(not_over, Path) else not_over
        if any(p is not None and p.exists() and os.path.samefile(target, p) for p in kept):
            raise CannotWrite(target, translate("errors", "It is the open workspace itself."))
        mode = stat.S_IMODE(current.st_mode)
    temporary = target.with_name(f".skolgrupp-{uuid.uuid4().hex[:12]}.tmp")
    try:
        try:
            yield temporary
            if mode is not None:
                os.chmod(temporary, mode)
            with open(temporary, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(temporary, target)
        except OSError as e:
            raise write_error(e, target) from e
    finally:
        # It may never have been made (a folder that does not exist, a name too long).
        with suppress(OSError):
            temporary.unlink(missing_ok=True)

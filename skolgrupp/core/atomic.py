"""Writing a file so that it appears whole or not at all, and clearing away what a write
that was killed half-way left behind."""

from __future__ import annotations

import errno
import hashlib
import os
import platform
import re
import shutil
import stat
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from skolgrupp.core.errors import (
    CannotOpen,
    CannotWrite,
    DiskFull,
    ReadOnlyWorkspace,
    WorkspaceError,
)
from skolgrupp.core.i18n import translate

# A temporary file or folder is named for the computer and the process that made it, so that
# the next run can tell one whose maker is gone (killed, or the power cut) from one still being
# written, and remove it.
_HOST = hashlib.sha256(platform.node().encode()).hexdigest()[:6]
_TEMPORARY_FILE = re.compile(
    r"^\.skolgrupp-(?:(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[0-9a-f]{8}|[0-9a-f]{12})"
    r"\.tmp(?:-journal|-wal|-shm)?$"
)
_SCRATCH_FOLDER = re.compile(r"^skolgrupp-[a-z]+-(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[0-9a-z_]{8}$")
# How long a leftover of another computer (on a shared folder), or of an older version of
# Skolgrupp that did not name its maker, is left alone: it may still be being written.
FOREIGN_LEFTOVER_SECONDS = 24 * 3600


def _tag() -> str:
    return f"{_HOST}-{os.getpid()}"


def temporary_beside(target: Path) -> Path:
    """A name beside ``target`` for a file written before it takes ``target``'s name."""
    return target.with_name(f".skolgrupp-{_tag()}-{uuid.uuid4().hex[:8]}.tmp")


def scratch_folder(kind: str) -> Path:
    """A new private folder in the system's temporary folder (for a colleague's file being
    checked, a share being made); what a killed run left there is removed first."""
    root = Path(tempfile.gettempdir())
    clear_leftovers(root)
    return Path(tempfile.mkdtemp(prefix=f"skolgrupp-{kind}-{_tag()}-", dir=root))


def _process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


_TAG = re.compile(r"(?P<host>[0-9a-f]{6})-(?P<pid>\d+)")


def maker_gone(path: Path, tag: str | None = None, *, now: float | None = None) -> bool:
    """Whether the run that made ``path`` (named with ``process_tag()``; ``tag`` is that
    part of its name) has ended, so that what it left can go: a process of this computer
    that no longer runs; of another computer (on a shared folder), or where a process cannot
    be asked about harmlessly (Windows), one that has not touched the file for a day."""
    found = _TAG.fullmatch(tag) if tag else None
    if found is not None and found["host"] == _HOST and os.name == "posix":
        pid = int(found["pid"])
        return pid != os.getpid() and _process_gone(pid)
    try:
        age = (time.time() if now is None else now) - path.lstat().st_mtime
    except OSError:
        return False
    return age > FOREIGN_LEFTOVER_SECONDS


def process_tag() -> str:
    """This run's mark in the names of the files it writes before they are whole."""
    return _tag()


def _is_leftover(path: Path, now: float) -> bool:
    if path.is_symlink():
        return False
    pattern = _SCRATCH_FOLDER if path.is_dir() else _TEMPORARY_FILE
    found = pattern.match(path.name)
    if found is None:
        return False
    tag = f"{found['host']}-{found['pid']}" if found["pid"] is not None else None
    return maker_gone(path, tag, now=now)


def clear_leftovers(folder: Path) -> None:
    """Remove the temporary files and folders in ``folder`` that a run of Skolgrupp which was
    killed, or lost its power, left behind. Housekeeping only: what cannot be removed stays."""
    now = time.time()
    try:
        names = [p for p in folder.iterdir() if p.name.startswith((".skolgrupp-", "skolgrupp-"))]
    except OSError:
        return
    for path in names:
        if not _is_leftover(path, now):
            continue
        with suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()


def sync_folder(folder: Path) -> None:
    """Make a rename or removal in ``folder`` durable: until the folder is flushed, a power cut
    can undo it. (Windows has no such call, and needs none.) Some network file systems
    refuse it: what was renamed stays renamed, so that is no reason to report a failure."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
    clear_leftovers(target.parent)
    temporary = temporary_beside(target)
    try:
        # Made here, so that a folder that cannot be written is told in the target's name.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as e:
        raise write_error(e, target) from e
    try:
        try:
            yield temporary
            if mode is not None:
                os.chmod(temporary, mode)
            with open(temporary, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(temporary, target)
            sync_folder(target.parent)
        except OSError as e:
            raise write_error(e, target) from e
        except WorkspaceError as e:
            if e.path is None or e.path.name != temporary.name:
                raise
            raise _for_target(e, target) from e
    finally:
        # It may never have been made (a folder that does not exist, a name too long).
        with suppress(OSError):
            temporary.unlink(missing_ok=True)
        with suppress(OSError):
            Path(f"{temporary}-journal").unlink(missing_ok=True)


def _for_target(error: WorkspaceError, target: Path) -> WorkspaceError:
    """A problem met while writing the temporary file, told of the file the user named."""
    if isinstance(error, DiskFull):
        return DiskFull.for_new_file(target)
    if isinstance(error, (ReadOnlyWorkspace, CannotOpen)):
        return CannotWrite(target, translate("errors", "You have no permission to write there."))
    return CannotWrite(target)

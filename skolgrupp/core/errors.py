"""The problems the core reports, in two kinds (as qutebrowser's ``misc/sql.py`` does).

A ``WorkspaceError`` is something the user's environment or file caused: a locked, read-only,
damaged or foreign file, a full disk. It carries a message in the user's language and is shown
as it is, without a traceback. Anything else that escapes the core is a bug.
"""

from __future__ import annotations

from pathlib import Path

from skolgrupp.core.i18n import translate


class WorkspaceError(Exception):
    """A problem with a workspace file that the user can understand and act on."""

    def __init__(self, message: str, path: Path | str | None = None):
        super().__init__(message)
        self.message = message
        self.path = Path(path) if path is not None else None


class NotAWorkspace(WorkspaceError):
    """The file is not a Skolgrupp workspace (random bytes, another program's database)."""

    @classmethod
    def for_path(cls, path: Path, why: str = "") -> NotAWorkspace:
        message = translate("errors", "{name} is not a Skolgrupp workspace.").format(name=path.name)
        return cls(f"{message} {why}".strip(), path)


class NewerFormat(WorkspaceError):
    """The file was written by a newer Skolgrupp whose format this version cannot write."""

    def __init__(self, path: Path, found: str):
        super().__init__(
            translate(
                "errors",
                "{name} was made by a newer version of Skolgrupp (file format {found}). "
                "Update Skolgrupp to change it; this version can only show it.",
            ).format(name=path.name, found=found),
            path,
        )
        self.found = found


class RefusedFile(WorkspaceError):
    """A file from someone else that is not exactly a workspace as Skolgrupp writes it: it is
    not read any further."""

    def __init__(self, path: Path, reason: str):
        message = translate("errors", "{name} cannot be used. {reason}").format(
            name=path.name, reason=reason
        )
        super().__init__(message, path)


class WorkspaceLocked(WorkspaceError):
    """Another program holds a lock on the file."""

    def __init__(self, path: Path | None):
        name = path.name if path else ""
        super().__init__(
            translate(
                "errors", "{name} is in use by another program. Close it there and try again."
            ).format(name=name),
            path,
        )


class ReadOnlyWorkspace(WorkspaceError):
    """The file, or its folder, cannot be written."""

    def __init__(self, path: Path | None):
        name = path.name if path else ""
        super().__init__(
            translate(
                "errors",
                "{name} is read-only, so nothing can be changed in it. "
                "Save a copy somewhere you can write, or change the file's permissions.",
            ).format(name=name),
            path,
        )


class DiskFull(WorkspaceError):
    """The disk is full; the change was not saved and the file is as it was before."""

    def __init__(self, path: Path | None):
        super().__init__(
            translate(
                "errors",
                "The disk is full. The last change was not saved; the workspace is as it was "
                "before. Free some space and try again.",
            ),
            path,
        )

    @classmethod
    def not_yet_put_back(cls, path: Path) -> DiskFull:
        """The disk filled up in the middle of saving, and the file could not yet be put back
        as it was (that needs the file written again)."""
        error = cls(path)
        error.message = translate(
            "errors",
            "The disk is full. The last change was not saved. Free some space and open {name} "
            "again: Skolgrupp then puts it back as it was. Do not copy the file before that.",
        ).format(name=path.name)
        error.args = (error.message,)
        return error

    @classmethod
    def for_new_file(cls, path: Path) -> DiskFull:
        """The disk filled up while writing a new file (a copy, an export)."""
        error = cls(path)
        error.message = translate(
            "errors", "The disk is full, so {name} was not written. Free some space and try again."
        ).format(name=path.name)
        error.args = (error.message,)
        return error


class DamagedWorkspace(WorkspaceError):
    """SQLite found the file damaged (truncated, overwritten)."""

    def __init__(self, path: Path | None, detail: str = ""):
        name = path.name if path else ""
        message = translate(
            "errors",
            "{name} is damaged and cannot be read safely. Open a backup copy instead; "
            "the damaged file has not been changed.",
        ).format(name=name)
        super().__init__(f"{message} {detail}".strip(), path)


class AlteredWorkspace(WorkspaceError):
    """A workspace whose schema is not exactly the one its format has (changed by another
    program, or made to do harm): it is not read, so nothing its schema says runs."""

    def __init__(self, path: Path, problems: list[str]):
        message = translate(
            "errors",
            "{name} is not a workspace exactly as Skolgrupp writes it, so it was not opened. "
            "Another program may have changed it; open a backup copy instead.",
        ).format(name=path.name)
        super().__init__(message, path)
        self.problems = problems  # what differs, in words for ``check`` to list


class NeedsRecovery(WorkspaceError):
    """A crash interrupted a change, and the file cannot be written to roll it back."""

    def __init__(self, path: Path | None):
        name = path.name if path else ""
        super().__init__(
            translate(
                "errors",
                "{name} was not closed properly, and it cannot be repaired where it is because "
                "it is read-only. Copy it together with the file {name}-journal beside it to a "
                "folder where you can write, and open the copy.",
            ).format(name=name),
            path,
        )


class CannotOpen(WorkspaceError):
    """The file or its folder could not be opened (missing, no permission, a folder)."""

    def __init__(self, path: Path, reason: str = ""):
        message = translate("errors", "{name} could not be opened.").format(name=path.name)
        super().__init__(f"{message} {reason}".strip(), path)


class CannotWrite(WorkspaceError):
    """A file the user asked for (a copy, an export) could not be written."""

    def __init__(self, path: Path, reason: str = ""):
        message = translate("errors", "{name} could not be written.").format(name=path.name)
        super().__init__(f"{message} {reason}".strip(), path)


class WorkspaceExists(WorkspaceError):
    def __init__(self, path: Path):
        super().__init__(
            translate(
                "errors", "{name} already exists. Choose another name, or open the existing file."
            ).format(name=path.name),
            path,
        )


class RecordNotFound(WorkspaceError):
    def __init__(self, kind: str, record_id: str):
        super().__init__(
            translate("errors", "Nothing with the id {id} is in this workspace.").format(
                id=record_id
            )
        )
        self.kind = kind
        self.record_id = record_id


class InvalidData(WorkspaceError):
    """Data handed to the core (a JSON file, a form) breaks the workspace's rules."""


def bug_report(error: BaseException) -> str:
    """Where in the program the error happened, without the error's message: a message can
    quote what the user wrote, a traceback's file and line numbers cannot."""
    import platform
    import traceback

    from skolgrupp import __version__

    lines = [f"Skolgrupp {__version__}, Python {platform.python_version()}, {platform.platform()}"]
    seen: BaseException | None = error
    for _ in range(5):  # the error and what caused it
        if seen is None:
            break
        lines.append(f"{type(seen).__module__}.{type(seen).__qualname__}")
        for frame in traceback.extract_tb(seen.__traceback__):
            # Only the file's place in the program: a full path can hold the user's name.
            where = frame.filename.replace("\\", "/").rsplit("/skolgrupp/", 1)[-1]
            lines.append(
                f"  {where.rsplit('/', 1)[-1] if where == frame.filename else where}"
                f":{frame.lineno} in {frame.name}"
            )
        seen = seen.__cause__ or seen.__context__
    return "\n".join(lines)

"""A command's writes as strace records them.

``record`` runs a command under strace; ``parse`` turns the log into the operations on files
inside one work folder (data written at offsets, files made, renamed and removed, and the
flushes that make them durable), which ``power_replay`` plays up to a power cut.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SYSCALLS = (
    "openat,open,creat,write,pwrite64,pwritev,writev,fsync,fdatasync,sync_file_range,"
    "rename,renameat,renameat2,unlink,unlinkat,ftruncate,truncate,mkdir,mkdirat,"
    # Not in the brief's list, but a copy (shutil.copyfile) writes with sendfile, and write()
    # lands at a position that only lseek tells.
    "sendfile,copy_file_range,lseek,fallocate"
)
# Large enough for any single write the commands make (a locked share is written at once).
STRING_LIMIT = 1 << 28


class TraceError(RuntimeError):
    """The log holds something this model cannot replay faithfully."""


@dataclass(frozen=True)
class Op:
    """One operation on the work folder.

    kind is one of: write (data at offset into inode), truncate (inode to size), sync (the
    inode's data flushed), link (name made for a new inode), rename (name to target), unlink
    (name removed), dirsync (the folder's names flushed). ``name`` is the file's name when
    the operation was made.
    """

    kind: str
    inode: int = -1
    offset: int = 0
    data: bytes = b""
    name: str = ""
    target: str = ""

    def describe(self) -> str:
        where = self.name
        if self.kind == "write":
            return f"write {where} @{self.offset} ({len(self.data)} bytes)"
        if self.kind == "truncate":
            return f"truncate {where} to {self.offset}"
        if self.kind == "sync":
            return f"fsync {where}"
        if self.kind == "rename":
            return f"rename {self.name} -> {self.target}"
        if self.kind in ("link", "unlink"):
            return f"{'create' if self.kind == 'link' else 'unlink'} {self.name}"
        return "fsync of the folder"


@dataclass
class Trace:
    """What a command did to the work folder: its files before, and the operations."""

    before: dict[str, bytes]
    ops: list[Op]
    first_inodes: dict[str, int]

    def describe(self, point: int) -> str:
        """Where cut ``point`` falls, in words: just after which operation."""
        if point == 0:
            return "before the first write"
        return f"after #{point} {self.ops[point - 1].describe()}"


def require_strace() -> str:
    found = shutil.which("strace")
    if found is None:
        raise RuntimeError(
            "The power-cut harness needs strace, which is not installed "
            "(Debian: apt-get install strace)."
        )
    return found


def record(
    argv: list[str], log: Path, *, cwd: Path, env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` under strace, writing the log of its file operations to ``log``."""
    command = [
        require_strace(),
        "-f",
        "-qq",
        "-y",
        "-xx",
        "-s",
        str(STRING_LIMIT),
        "-e",
        f"trace={SYSCALLS}",
        "-o",
        str(log),
        *argv,
    ]
    return subprocess.run(
        command,
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def folder_files(folder: Path) -> dict[str, bytes]:
    """The files of a (flat) folder by name."""
    found = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_dir():
            raise TraceError(f"subfolders are not modelled: {entry}")
        found[entry.name] = entry.read_bytes()
    return found


# -- reading the log ----------------------------------------------------------------------

_HEX = r"(?:\\x[0-9a-f]{2})*"
_LINE = re.compile(r"^(\d+)\s+(.*)$")
_CALL = re.compile(r"^(\w+)\((.*)\) = (-?\d+)(?:<(" + _HEX + r")>)?(?: .*)?$", re.S)
_FD = re.compile(r"(-?\d+|AT_FDCWD)<(" + _HEX + r")>")
_STRING = re.compile(r'"(' + _HEX + r')"(\.\.\.)?')


def _bytes(text: str) -> bytes:
    return bytes.fromhex(text.replace("\\x", ""))


def _path(text: str) -> str:
    path = os.fsdecode(_bytes(text))
    return path.removesuffix(" (deleted)")


def _calls(log: Path) -> Iterator[tuple[str, str, int, str | None]]:
    """(syscall, arguments, result, result's path) of each successful call, in order, with
    calls that another thread interrupted put back together."""
    pending: dict[str, str] = {}
    with open(log, encoding="ascii") as lines:
        for raw in lines:
            match = _LINE.match(raw.rstrip("\n"))
            if not match:
                continue
            pid, text = match.groups()
            if text.startswith(("---", "+++")):
                continue
            if text.endswith("<unfinished ...>"):
                pending[pid] = text.removesuffix("<unfinished ...>").rstrip()
                continue
            resumed = re.match(r"^<\.\.\. \w+ resumed>\s?(.*)$", text, re.S)
            if resumed:
                text = pending.pop(pid, "") + resumed.group(1)
            call = _CALL.match(text)
            if call is None:
                if "= -1" not in text and "= ?" not in text:
                    raise TraceError(f"an unreadable line in the trace: {text[:200]}")
                continue
            name, args, result, result_path = call.groups()
            if int(result) < 0:
                continue
            yield name, args, int(result), result_path


def parse(log: Path, work: Path, before: dict[str, bytes]) -> Trace:
    """The operations on files inside ``work`` (whose files were ``before``) in the log."""
    state = _Truth(work.resolve(), before)
    for name, args, result, result_path in _calls(log):
        handler = getattr(state, f"on_{name}", None)
        if handler is None:
            raise TraceError(f"no model for {name}")
        handler(args, result, result_path)
    return Trace(dict(before), state.ops, dict(state.first))


class _Truth:
    """The work folder as the command saw it (every operation applied), which gives each
    operation its file and, for a copy between files, the data it copied."""

    def __init__(self, root: Path, before: dict[str, bytes]):
        self.root = str(root)
        self.names: dict[str, int] = {}
        self.data: dict[int, bytearray] = {}
        for number, (name, content) in enumerate(sorted(before.items())):
            self.names[name] = number
            self.data[number] = bytearray(content)
        self.first = dict(self.names)
        self.next_inode = len(before)
        self.fds: dict[str, int] = {}  # fd number -> inode (or -2: the folder itself)
        self.positions: dict[str, int] = {}
        self.ops: list[Op] = []

    # -- names --------------------------------------------------------------------------

    def _relative(self, path: str, base: str | None = None) -> str | None:
        """The name inside the work folder, or None for a path outside it."""
        full = os.path.normpath(os.path.join(base or self.root, path))
        if full == self.root:
            return ""
        if not full.startswith(self.root + os.sep):
            return None
        name = full[len(self.root) + 1 :]
        if os.sep in name:
            raise TraceError(f"subfolders are not modelled: {full}")
        return name

    def _fd(self, text: str) -> tuple[str, str | None]:
        match = _FD.match(text.strip())
        if match is None:
            raise TraceError(f"no file descriptor in {text[:80]}")
        path = _path(match.group(2))
        # Pipes, sockets and the like show as "pipe:[123]": never a file in the folder.
        return match.group(1), self._relative(path) if path.startswith("/") else None

    def _inode(self, fd: str, name: str) -> int:
        if name in self.names:
            return self.names[name]
        if fd in self.fds:  # removed while open
            return self.fds[fd]
        raise TraceError(f"a write to {name}, which the trace never opened")

    # -- data ---------------------------------------------------------------------------

    def _write(self, inode: int, offset: int, data: bytes, name: str) -> None:
        content = self.data[inode]
        if len(content) < offset:
            content.extend(bytes(offset - len(content)))
        content[offset : offset + len(data)] = data
        self.ops.append(Op("write", inode, offset, bytes(data), name))

    def _truncate(self, inode: int, size: int, name: str) -> None:
        content = self.data[inode]
        del content[size:]
        content.extend(bytes(size - len(content)))
        self.ops.append(Op("truncate", inode, size, name=name))

    def _strings(self, args: str) -> bytes:
        found = _STRING.findall(args)
        if any(cut for _, cut in found):
            raise TraceError("strace cut a write short; raise STRING_LIMIT")
        return b"".join(_bytes(text) for text, _ in found)

    def on_write(self, args: str, result: int, _path: str | None) -> None:
        fd, name = self._fd(args)
        if name is None:
            return
        inode = self._inode(fd, name)
        at = self.positions.get(fd, 0)
        self._write(inode, at, self._strings(args.split(",", 1)[1])[:result], name)
        self.positions[fd] = at + result

    on_writev = on_write

    def on_pwrite64(self, args: str, result: int, _path: str | None) -> None:
        fd, name = self._fd(args)
        if name is None:
            return
        head, offset = args.rsplit(",", 1)
        data = self._strings(head.split(",", 1)[1])[:result]
        self._write(self._inode(fd, name), int(offset), data, name)

    on_pwritev = on_pwrite64

    def on_sendfile(self, args: str, result: int, _path: str | None) -> None:
        out_text, in_text, rest = args.split(",", 2)
        out_fd, out_name = self._fd(out_text)
        in_fd, in_name = self._fd(in_text)
        if out_name is None:
            return
        if in_name is None:
            raise TraceError("a copy into the work folder from outside it")
        explicit = re.match(r"\s*\[(\d+)\]", rest)
        start = int(explicit.group(1)) if explicit else self.positions.get(in_fd, 0)
        if not explicit:
            self.positions[in_fd] = start + result
        source = self.data[self._inode(in_fd, in_name)][start : start + result]
        at = self.positions.get(out_fd, 0)
        self._write(self._inode(out_fd, out_name), at, bytes(source), out_name)
        self.positions[out_fd] = at + result

    def on_copy_file_range(self, args: str, result: int, _path: str | None) -> None:
        if result and any(name is not None for _, name in map(self._fd, args.split(",")[::2])):
            raise TraceError("copy_file_range into the work folder is not modelled")

    def on_fallocate(self, args: str, _result: int, _path: str | None) -> None:
        if self._fd(args)[1] is not None:
            raise TraceError("fallocate in the work folder is not modelled")

    def on_lseek(self, args: str, result: int, _path: str | None) -> None:
        fd, _ = self._fd(args)
        self.positions[fd] = result

    def on_ftruncate(self, args: str, _result: int, _path: str | None) -> None:
        fd, name = self._fd(args)
        if name is not None:
            self._truncate(self._inode(fd, name), int(args.rsplit(",", 1)[1]), name)

    def on_truncate(self, args: str, _result: int, _path: str | None) -> None:
        text, size = args.rsplit(",", 1)
        name = self._relative(os.fsdecode(_bytes(_STRING.search(text).group(1))))
        if name is not None:
            self._truncate(self.names[name], int(size), name)

    def on_fsync(self, args: str, _result: int, _path: str | None) -> None:
        fd, name = self._fd(args)
        if name == "":
            self.ops.append(Op("dirsync"))
        elif name is not None:
            self.ops.append(Op("sync", self._inode(fd, name), name=name))

    on_fdatasync = on_fsync

    def on_sync_file_range(self, args: str, _result: int, _path: str | None) -> None:
        pass  # starts writeback but promises nothing about a power cut

    # -- opening and names --------------------------------------------------------------

    def _open(self, path_text: str, base: str | None, flags: str, fd: int) -> None:
        key = str(fd)
        self.positions[key] = 0
        self.fds.pop(key, None)
        name = self._relative(os.fsdecode(_bytes(path_text)), base)
        if name is None:
            return
        if name == "":
            self.fds[key] = -2
            return
        if "O_APPEND" in flags:
            raise TraceError("O_APPEND is not modelled")
        if name not in self.names:
            if "O_CREAT" not in flags:
                raise TraceError(f"{name} opened but not known")
            inode = self.next_inode
            self.next_inode += 1
            self.names[name] = inode
            self.data[inode] = bytearray()
            self.ops.append(Op("link", inode, name=name))
        elif "O_TRUNC" in flags and self.data[self.names[name]]:
            self._truncate(self.names[name], 0, name)
        self.fds[key] = self.names[name]

    def on_openat(self, args: str, result: int, _path: str | None) -> None:
        base_text, rest = args.split(",", 1)
        base = self._base(base_text)
        path_text = _STRING.search(rest).group(1)
        self._open(path_text, base, rest, result)

    def on_open(self, args: str, result: int, _path: str | None) -> None:
        self._open(_STRING.search(args).group(1), None, args, result)

    def on_creat(self, args: str, result: int, _path: str | None) -> None:
        self._open(_STRING.search(args).group(1), None, "O_CREAT|O_TRUNC", result)

    def _base(self, text: str) -> str | None:
        match = _FD.match(text.strip())
        return _path(match.group(2)) if match else None

    def _named(self, args: str) -> list[str | None]:
        """The names a rename or unlink call gives, each against its folder."""
        names = []
        base = None
        for part in re.split(r",\s*", args):
            fd = _FD.match(part.strip())
            if fd:
                base = _path(fd.group(2))
                continue
            string = _STRING.match(part.strip())
            if string:
                names.append(self._relative(os.fsdecode(_bytes(string.group(1))), base))
                base = None
        return names

    def on_rename(self, args: str, _result: int, _path: str | None) -> None:
        source, target = self._named(args)
        if source is None and target is None:
            return
        if source is None or target is None:
            raise TraceError("a rename across the work folder's edge")
        inode = self.names.pop(source)
        self.names[target] = inode
        self.ops.append(Op("rename", inode, name=source, target=target))

    on_renameat = on_renameat2 = on_rename

    def on_unlink(self, args: str, _result: int, _path: str | None) -> None:
        (name,) = self._named(args)
        if name is None:
            return
        if "AT_REMOVEDIR" in args:
            raise TraceError("removing a folder is not modelled")
        inode = self.names.pop(name)
        self.ops.append(Op("unlink", inode, name=name))

    on_unlinkat = on_unlink

    def on_mkdir(self, args: str, _result: int, _path: str | None) -> None:
        if any(name is not None for name in self._named(args)):
            raise TraceError("making a folder inside the work folder is not modelled")

    on_mkdirat = on_mkdir

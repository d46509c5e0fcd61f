"""The files of a work folder as a power cut at a chosen point of a command's recorded
operations (``power_trace``) would leave them."""

from __future__ import annotations

from collections.abc import Iterator
from random import Random

from tests.faults.power_trace import Op, Trace

SECTOR = 512
NAMESPACE = ("link", "rename", "unlink")


def replay(
    trace: Trace, point: int, rng: Random, *, tear: bool = True, whole: bool = False
) -> dict[str, bytes]:
    """The work folder's files after a power cut just after the first ``point`` operations.

    Data: every write (or truncation) to a file before that file's last fsync/fdatasync is
    on disk; each later one is there or not at random, and with ``tear`` may be there only in
    part, 512-byte sector by sector (a drive may persist any subset of the sectors it was
    given). A file made but never flushed may so be empty or partial.

    Names (create, rename, unlink): durable only when the folder was fsynced after them. The
    ones that are not are kept as a random *prefix*: ext4 (like most journalling file systems)
    commits metadata in order, so a later rename never survives an earlier one that was lost;
    taking a random prefix includes "all undone" and "all kept", and also every state where a
    rename landed while the data it was meant to publish did not (POSIX allows it, ext4's
    delayed allocation does it). Always undoing them would be gentler: it never shows a file
    under its final name without its data.

    ``whole`` keeps everything: the folder as the command left it, to prove the trace whole.
    """
    done = trace.ops[:point]
    synced = _last_syncs(done)
    durable_names = _durable_names(done)
    loose = [i for i, op in enumerate(done) if op.kind in NAMESPACE and i not in durable_names]
    kept_loose = set(loose if whole else loose[: rng.randint(0, len(loose))])
    names = dict(trace.first_inodes)
    data = {trace.first_inodes[n]: bytearray(c) for n, c in trace.before.items()}
    for i, op in enumerate(done):
        if op.kind in NAMESPACE:
            if i in durable_names or i in kept_loose:
                _rename(names, data, op)
        elif op.kind in ("write", "truncate"):
            if whole or i < synced.get(op.inode, -1):
                _apply(data.setdefault(op.inode, bytearray()), op, None)
            elif rng.random() < 0.5:
                sectors = rng if tear and rng.random() < 0.3 else None
                _apply(data.setdefault(op.inode, bytearray()), op, sectors)
    return {name: bytes(data.get(inode, b"")) for name, inode in names.items()}


def _last_syncs(done: list[Op]) -> dict[int, int]:
    synced: dict[int, int] = {}
    for i, op in enumerate(done):
        if op.kind == "sync":
            synced[op.inode] = i
    return synced


def _durable_names(done: list[Op]) -> set[int]:
    last_dirsync = max((i for i, op in enumerate(done) if op.kind == "dirsync"), default=-1)
    return {i for i, op in enumerate(done) if op.kind in NAMESPACE and i < last_dirsync}


def _rename(names: dict[str, int], data: dict[int, bytearray], op: Op) -> None:
    if op.kind == "link":
        names[op.name] = op.inode
        data.setdefault(op.inode, bytearray())
    elif op.kind == "rename":
        if names.get(op.name) == op.inode:  # its making may have been lost
            names[op.target] = names.pop(op.name)
    elif names.get(op.name) == op.inode:
        del names[op.name]


def _apply(content: bytearray, op: Op, sectors: Random | None) -> None:
    if op.kind == "truncate":
        del content[op.offset :]
        content.extend(bytes(op.offset - len(content)))
        return
    for start, piece in _pieces(op.offset, op.data, sectors):
        if len(content) < start:
            content.extend(bytes(start - len(content)))
        content[start : start + len(piece)] = piece


def _pieces(offset: int, data: bytes, sectors: Random | None) -> Iterator[tuple[int, bytes]]:
    """The parts of a write that reach the disk: all of it, or (torn) a random subset of
    its 512-byte sectors."""
    if sectors is None or len(data) <= SECTOR:
        yield offset, data
        return
    at = offset
    while at < offset + len(data):
        end = min((at // SECTOR + 1) * SECTOR, offset + len(data))
        if sectors.random() < 0.5:
            yield at, data[at - offset : end - offset]
        at = end

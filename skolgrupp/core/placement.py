"""Where a workspace file lives, and the copies a sync service leaves beside it.

A workspace is safest on the computer's own disk. On a network share, in a folder a sync
service copies around (Dropbox, OneDrive, Google Drive, iCloud, Nextcloud, Syncthing…) or on a
USB stick, two computers can change it at once or a copy can be cut off mid-way; sync
services then leave "conflicted copies" beside it, which the program offers to merge back.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.i18n import translate
from skolgrupp.core.store.connection import read_header

# Folder names sync services make (compared without case).
_SYNC_FOLDERS = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "my drive",
    "min enhet",
    "icloud drive",
    "icloud~",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "pcloud",
    "box",
    "box sync",
    "sync",  # Syncthing's default folder
)
_NETWORK_FILESYSTEMS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "fuse.sshfs",
    "davfs",
    "fuse.davfs",
    "9p",
    "afpfs",
    "fuse.rclone",
}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def _mount_type(path: Path) -> str:
    """The file system type of the mount holding ``path`` (Linux), or ''."""
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    best, kind = "", ""
    target = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
            best
        ):
            best, kind = point, parts[2]
    return kind


def risky_place(path: Path) -> str:
    """Why the place of a live workspace is risky, in the user's language ('' when it is
    not): a network share, a sync folder or removable media."""
    real = Path(os.path.realpath(path))
    if sys.platform.startswith("linux") and _mount_type(real) in _NETWORK_FILESYSTEMS:
        return translate(
            "placement",
            "The workspace is on a network share. If two computers change it at once, changes "
            "can be lost: keep it on this computer and share groups as files instead.",
        )
    if str(real).startswith("\\\\"):
        return translate(
            "placement",
            "The workspace is on a network share. If two computers change it at once, changes "
            "can be lost: keep it on this computer and share groups as files instead.",
        )
    if any(part.casefold() in _SYNC_FOLDERS for part in real.parts[:-1]):
        return translate(
            "placement",
            "The workspace is in a folder a sync service copies between computers. If it is "
            "changed on two at once, the service makes conflicted copies; Skolgrupp offers to "
            "merge them, but keeping it on this computer is safer.",
        )
    if str(real).startswith(_REMOVABLE_ROOTS):
        return translate(
            "placement",
            "The workspace is on removable media. Do not take the USB stick out while "
            "Skolgrupp is open; save a copy on this computer now and then.",
        )
    return ""


def conflict_copies(path: Path) -> list[Path]:
    """Workspace files beside ``path`` that a sync service made of it: "name (… conflicted
    copy …)", "name-COMPUTER", "name.sync-conflict-…" and the like, newest first."""
    stem = path.stem
    pattern = re.compile(
        rf"^{re.escape(stem)}"
        r"(\s*\(.*(conflict|konflikt|copy|kopia).*\)|-[A-Za-z0-9_-]+|\.sync-conflict-.+)$",
        re.IGNORECASE,
    )
    found = []
    try:
        candidates = list(path.parent.iterdir())
    except OSError:
        return []
    for candidate in candidates:
        if candidate == path or candidate.suffix.casefold() != path.suffix.casefold():
            continue
        if pattern.match(candidate.stem) and _looks_like_a_workspace(candidate):
            found.append(candidate)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _looks_like_a_workspace(path: Path) -> bool:
    """Only the header, as bytes: SQLite's magic string and Skolgrupp's application id (a
    pipe or a folder is not read at all)."""
    try:
        return read_header(path) is not None
    except WorkspaceError:
        return False

"""Where Skolgrupp keeps its own files on this computer (platformdirs)."""

from __future__ import annotations

import uuid
from pathlib import Path

import platformdirs

APP_NAME = "Skolgrupp"
WORKSPACE_SUFFIX = ".skolgrupp"
DEFAULT_WORKSPACE_NAME = "Arbetsyta" + WORKSPACE_SUFFIX


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def installation_id() -> str:
    """This installation's id, made on first use; it marks the changes made here."""
    path = config_dir() / "installation-id"
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    new = str(uuid.uuid4())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(new + "\n", encoding="ascii")
    except OSError:
        pass  # a read-only home still gets a working (if short-lived) installation id
    return new

"""Where the program's resources (translations, fonts, icons) live.

In a source checkout they sit in ``resources/`` beside the package; an installed wheel carries
the same folder as ``skolgrupp/_resources``; a frozen bundle unpacks it next to the program.
"""

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    # The package's own first: in site-packages, a folder beside it is someone else's.
    candidates = [here / "_resources", here.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    return candidates[0]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)

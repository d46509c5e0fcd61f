"""An installed Skolgrupp has all of its code and resources."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_package_and_resource_folder_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    code = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "skolgrupp").rglob("__init__.py")
    }
    resources = {
        f"skolgrupp._resources.{p.name}" for p in (ROOT / "resources").iterdir() if p.is_dir()
    }
    assert listed == code | resources | {"skolgrupp._resources"}
    assert set(config["setuptools"]["package-data"]) == resources

"""Skolgrupp: plan, run and document collegial learning in school subject groups."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("skolgrupp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

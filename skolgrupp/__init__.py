"""Skolgrupp: plan, run and document collegial learning in school subject groups."""

from skolgrupp._version import __version__

__all__ = ["__version__"]

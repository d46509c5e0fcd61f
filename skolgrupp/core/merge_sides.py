"""The two copies as a merge plan reads them: first each kind's ids and stamps, then whole
only the records whose versions may differ. What comes from a colleague's file is checked to
be exactly as Skolgrupp writes it (stamps, vectors, kept versions) before it is used."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skolgrupp.core.clock import wall_ms
from skolgrupp.core.domain import BY_KIND
from skolgrupp.core.errors import RefusedFile
from skolgrupp.core.i18n import translate
from skolgrupp.core.merging import Version
from skolgrupp.core.store.records import Conflict, Store, json_object

_STAMP = re.compile(r"\d{15}\.\d{5}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
LATEST_MS = 10 * 365 * 24 * 3_600_000  # a stamp further ahead of today than this is refused


def _good_stamp(stamp: object, now: int) -> bool:
    return (
        isinstance(stamp, str)
        and _STAMP.fullmatch(stamp) is not None
        and int(stamp[:15]) <= now + LATEST_MS
    )


def _vector(
    text: str | None, record: dict[str, Any], path: Path, now: int | None
) -> dict[str, str]:
    """A version's vector, checked to be as we write it unless ``now`` is None (read from
    this workspace, which only we write)."""
    if now is not None and not _good_stamp(record["hlc"], now) and record["hlc"] != "":
        raise RefusedFile(path, translate("errors", "It is damaged."))
    if not text:
        return {record["changed_by"]: record["hlc"]} if record["hlc"] else {}
    try:
        vv: dict[str, Any] | None = json_object(text)
    except ValueError:
        vv = None
    if isinstance(vv, dict) and (
        now is None
        or all(
            isinstance(k, str) and _good_stamp(v, now) and v.endswith(f".{k}")
            for k, v in vv.items()
        )
    ):
        return vv
    raise RefusedFile(path, translate("errors", "It is damaged."))


@dataclass
class Side:
    """What the plan first reads of each copy, by kind: all ids and stamps as one text, and
    as a mapping where needed; and the versions kept beside shown ones."""

    texts: dict[str, list[str]]
    stamps: dict[str, dict[str, str]]
    kept: dict[str, list[Conflict]]


def read_side(store: Store, *, stamps: bool) -> Side:
    """With ``stamps``, the stamps of every kind; else only ``texts`` (``differing`` reads
    the stamps of the kinds that differ)."""
    kept: dict[str, list[Conflict]] = {}
    for conflict in store.conflicts():
        kept.setdefault(conflict.record_id, []).append(conflict)
    texts = {kind: store.stamps_text(cls) for kind, cls in BY_KIND.items()}
    read = {kind: store.stamps(cls) for kind, cls in BY_KIND.items()} if stamps else {}
    return Side(texts, read, kept)


def read_versions(
    store: Store, side: Side, wanted: dict[str, set[str]], *, path: Path, ours: bool
) -> Iterator[tuple[str, list[Version]]]:
    """The versions of the records ``wanted`` (ids by kind): the one shown, then those kept
    beside it. Theirs are checked to be as we write them."""
    now = None if ours else wall_ms()
    for kind, ids in wanted.items():
        cls = BY_KIND[kind]
        for row, vector in store.with_vectors(cls, ids):
            vv = _vector(vector, row, path, now)
            others = []
            for conflict in side.kept.get(row["id"], []):
                try:
                    data = json_object(conflict.data)
                except ValueError:
                    raise RefusedFile(path, translate("errors", "It is damaged.")) from None
                if (
                    not isinstance(data, dict)
                    or set(data) != set(cls.columns())
                    or data["id"] != row["id"]
                ):
                    raise RefusedFile(path, translate("errors", "It is damaged."))
                others.append(
                    Version(row["id"], conflict.hlc, _vector(conflict.vv, data, path, now), data)
                )
            yield kind, [Version(row["id"], row["hlc"], vv, row), *others]


def differing(ours: Side, theirs: Side, store: Store, path: Path) -> dict[str, set[str]]:
    """By kind, the records whose versions may differ: a stamp not the same on both sides,
    or versions kept beside it on either side. Only these are read whole; ``store`` is
    theirs, read for the stamps of a kind whose text differs from ours."""
    conflicted = ours.kept.keys() | theirs.kept.keys()
    out: dict[str, set[str]] = {}
    for kind, mine in ours.stamps.items():
        if theirs.texts[kind] == ours.texts[kind]:
            ids = {i for i in conflicted if i in mine}
        else:
            other = theirs.stamps[kind] = store.stamps(BY_KIND[kind])
            ids = {i for i, stamp in other.items() if mine.get(i) != stamp}
            ids |= {i for i in conflicted if i in mine or i in other}
        # An id both have under different kinds: not from a workspace made like ours.
        new = [i for i in ids if i not in mine]
        if any(i in ours.stamps[k] for k in ours.stamps if k != kind for i in new):
            raise RefusedFile(
                path, translate("errors", "It is not a workspace exactly as Skolgrupp writes it.")
            )
        if ids:
            out[kind] = ids
    return out


def known(mine: list[Version] | None, theirs: Side, kind: str, record_id: str) -> bool:
    """Whether our one version of a record was made knowing their one version of it: then
    merging theirs keeps ours as it is."""
    stamp = theirs.stamps.get(kind, {}).get(record_id)
    return (
        mine is not None
        and len(mine) == 1
        and record_id not in theirs.kept
        and isinstance(stamp, str)
        and _STAMP.fullmatch(stamp) is not None
        and mine[0].supersedes(Version(record_id, stamp, {}))
    )

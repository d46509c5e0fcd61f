"""Full-text search over what groups wrote: session titles and preparation, agendas and their
minutes, decisions, action items, commitments, reflections and lesson-study cycles (a cycle, its
research lessons with their interviews, and observations).

Whatever the user types becomes a safe FTS5 query: words are quoted, so no text can break the
query syntax, each word also matches as a prefix (``läs`` finds ``läsförståelse``), and a
phrase in double quotes matches as a phrase. Matching ignores case, keeps å, ä and ö apart from
a, a and o, and ranks with BM25, titles weighing more than bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skolgrupp.core.store import search_index
from skolgrupp.core.text import clean_text

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
_PHRASE = re.compile(r'"([^"]*)"')
MAX_TERMS = 16
MAX_TYPED = 2000


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: str
    group_id: str | None
    group_name: str
    session_id: str | None
    session_title: str
    visibility: str
    date: str
    title: str  # with highlight markers
    snippet: str  # with highlight markers
    score: float


def build_query(text: str) -> str | None:
    """The FTS5 expression for what a user typed, or None when it has no words.

    Each word (or phrase in double quotes) becomes a quoted FTS5 string, which FTS5 splits
    into words with the index's own rules, so nothing typed is ever read as query syntax.
    Repeated words count once, and only the first ``MAX_TERMS`` are used: more would not
    narrow the search, only slow it down.
    """
    text = clean_text(text[:MAX_TYPED])
    parts = [f'"{phrase}"' for phrase in _PHRASE.findall(text) if _has_word(phrase)]
    for chunk in _PHRASE.sub(" ", text).replace('"', " ").split():
        if _has_word(chunk):
            # A one-letter prefix matches most of the index; search such words whole.
            parts.append(f'"{chunk}"*' if len(chunk) > 1 else f'"{chunk}"')
    unique = list(dict.fromkeys(parts))[:MAX_TERMS]
    return " ".join(unique) or None


def _has_word(text: str) -> bool:
    return any(c.isalnum() for c in text)


def search(
    workspace: Workspace,
    text: str,
    *,
    limit: int = 20,
    group_id: str | None = None,
    include_private: bool = True,
) -> list[Hit]:
    """The best matches for ``text``, best first."""
    match = build_query(text)
    if match is None or limit <= 0:
        return []
    store = workspace.store
    with store.reading():
        rows = search_index.search(
            store.conn,
            match,
            limit=limit,
            group_id=group_id,
            include_private=include_private,
            start=HIGHLIGHT_START,
            end=HIGHLIGHT_END,
        )
        names = search_index.names_for(
            store.conn,
            group_ids={r["group_id"] for r in rows if r["group_id"]},
            session_ids={r["session_id"] for r in rows if r["session_id"]},
        )
    return [
        Hit(
            kind=r["kind"],
            record_id=r["record_id"],
            group_id=r["group_id"],
            group_name=names.get(r["group_id"], ""),
            session_id=r["session_id"],
            session_title=names.get(r["session_id"], ""),
            visibility=r["visibility"],
            date=r["on_date"],
            title=r["title"],
            snippet=r["snippet"].strip(),
            score=r["score"],
        )
        for r in rows
    ]


def segments(marked: str) -> list[tuple[str, bool]]:
    """Split highlighted text into (text, is_match) pieces for display as plain text."""
    pieces: list[tuple[str, bool]] = []
    for i, chunk in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", marked)):
        if chunk:
            pieces.append((chunk, i % 2 == 1))
    return pieces

"""Where a workspace lives: a warning for risky places, and the conflicted copies sync
services leave beside it, found by name and by their header alone."""

import shutil
from pathlib import Path

from skolgrupp.core.placement import conflict_copies, risky_place

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "workspace-1.2.skolgrupp"


def test_copies_a_sync_service_left_are_found(tmp_path):
    live = tmp_path / "Läsgruppen.skolgrupp"
    shutil.copy(SAMPLE, live)
    copies = [
        "Läsgruppen (Annas conflicted copy 2026-11-25).skolgrupp",
        "Läsgruppen-SKOLDATOR17.skolgrupp",
        "Läsgruppen.sync-conflict-20261125-101010-ABCDEFG.skolgrupp",
        "Läsgruppen (konfliktkopia).skolgrupp",
    ]
    for name in copies:
        shutil.copy(SAMPLE, tmp_path / name)
    (tmp_path / "Läsgruppen (conflicted copy).txt").write_text("inte en arbetsyta")
    (tmp_path / "Läsgruppen-falsk.skolgrupp").write_bytes(b"random bytes, not ours" * 10)
    shutil.copy(SAMPLE, tmp_path / "Matematikgruppen.skolgrupp")
    assert sorted(p.name for p in conflict_copies(live)) == sorted(copies)


def test_a_sync_folder_and_removable_media_are_named(tmp_path):
    in_sync = tmp_path / "Dropbox" / "skola" / "ws.skolgrupp"
    assert "synktjänst" in risky_place(in_sync)
    assert risky_place(Path("/media/anna/USB/ws.skolgrupp"))
    assert risky_place(tmp_path / "ws.skolgrupp") == ""

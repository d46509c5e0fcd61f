"""Draw the program's icon (resources/icons/skolgrupp.svg) at the sizes each platform wants:
PNGs for Linux's icon theme and the AppStream metadata, an .ico for Windows and an .icns for
macOS. Qt draws them, so the pictures are the same everywhere. Run it after changing the SVG;
the results are kept under packaging/icons, packaging/windows and packaging/macos."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "resources" / "icons" / "skolgrupp.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    QGuiApplication(sys.argv[:1])
    images = {size: render(size) for size in SIZES}
    for size, image in images.items():
        target = HERE / "icons" / f"{size}x{size}" / "skolgrupp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
    # Pillow writes the multi-size .ico and .icns (Qt's writers take one picture a file),
    # from the pictures Qt drew at each size.
    from PIL import Image

    pictures = {
        size: Image.open(HERE / "icons" / f"{size}x{size}" / "skolgrupp.png") for size in SIZES
    }
    (HERE / "windows").mkdir(exist_ok=True)
    (HERE / "macos").mkdir(exist_ok=True)
    ico = [16, 24, 32, 48, 64, 128, 256]
    pictures[256].save(
        HERE / "windows" / "skolgrupp.ico",
        sizes=[(n, n) for n in ico],
        append_images=[pictures[n] for n in ico[:-1]],
    )
    pictures[512].save(
        HERE / "macos" / "skolgrupp.icns",
        append_images=[pictures[n] for n in (16, 32, 64, 128, 256)],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Render resources/icons/app.svg to app.ico (for the Windows .exe and installer).

QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "app.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = ICONS / "app.ico"
    if not image.save(str(target), b"ICO"):
        print(f"could not write {target}", file=sys.stderr)
        return 1
    print(f"wrote {target}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Tier 3: the seed map as pixels, against a reference shot kept in the repository.

The reference (``tests/screenshots/seed-1280x800.png``) is what the seed map
looked like when someone last decided it looked right. A change to symbols,
layout or colours makes this test fail until the reference is renewed on
purpose::

    GEOMAP_UPDATE_SCREENSHOTS=1 .venv/bin/python -m pytest tests/test_screenshots.py

(``make screenshots`` does the same). The comparison allows for anti-aliasing
and font hinting: a pixel counts as changed only when a channel moves by more
than ``CHANNEL_TOLERANCE``, and the test fails when more than
``CHANGED_SHARE`` of the pixels changed. On failure the new shot and a diff
image are written beside the test's temporary folder for a look.
"""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from render_cases import seed_situation

from geomap.render import render_html

CHROMIUM = Path("/usr/bin/chromium")
REFERENCES = Path(__file__).parent / "screenshots"
SIZE = (1280, 800)
#: A channel difference below this is rendering noise (anti-aliasing, hinting).
CHANNEL_TOLERANCE = 40
#: Share of pixels allowed to change beyond the tolerance.
CHANGED_SHARE = 0.005

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"),
]


def _pixels(png: bytes) -> np.ndarray:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return np.asarray(image.convert("RGB"), dtype=np.int16)


def changed_share(reference: np.ndarray, shot: np.ndarray) -> tuple[float, np.ndarray]:
    """The share of pixels that moved beyond the tolerance, and their mask."""
    if reference.shape != shot.shape:
        return 1.0, np.ones(shot.shape[:2], dtype=bool)
    moved = np.abs(reference - shot).max(axis=2) > CHANNEL_TOLERANCE
    return float(moved.mean()), moved


def _seed_map_png() -> bytes:
    from geomap.render.png import screenshot_png

    html = render_html([seed_situation()], title="US-Russia talks in Geneva", viewpoint="US", hostile=["RU"])
    return screenshot_png(html, size=SIZE)


def test_comparison_tells_noise_from_change() -> None:
    """The instrument itself: small shifts pass, a moved marker fails."""
    base = np.full((100, 100, 3), 200, dtype=np.int16)
    noisy = base + 20  # a faint change of every pixel: anti-aliasing, hinting
    assert changed_share(base, noisy)[0] == 0.0
    moved = base.copy()
    moved[40:60, 40:60] = 0  # a 20x20 symbol appears
    assert changed_share(base, moved)[0] == pytest.approx(0.04)
    assert changed_share(base, moved)[0] > CHANGED_SHARE
    assert changed_share(base, base[:50])[0] == 1.0  # another size is all change


def _chromium_version() -> str:
    found = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True, timeout=60)
    return found.stdout.strip()


def test_seed_map_looks_as_approved(tmp_path: Path) -> None:
    reference_path = REFERENCES / f"seed-{SIZE[0]}x{SIZE[1]}.png"
    # Pixels are only comparable from the same renderer: the reference names its browser.
    renderer_path = reference_path.with_suffix(".chromium.txt")
    shot = _seed_map_png()
    if os.environ.get("GEOMAP_UPDATE_SCREENSHOTS"):
        REFERENCES.mkdir(exist_ok=True)
        reference_path.write_bytes(shot)
        renderer_path.write_text(_chromium_version() + "\n", encoding="utf-8")
        pytest.skip(f"reference renewed: {reference_path}")
    assert reference_path.exists(), f"no reference shot; make one with GEOMAP_UPDATE_SCREENSHOTS=1 ({reference_path})"
    made_with = renderer_path.read_text(encoding="utf-8").strip()
    if made_with != _chromium_version():
        pytest.skip(f"reference made with {made_with!r}, this is {_chromium_version()!r}: renew it on purpose")
    reference, new = _pixels(reference_path.read_bytes()), _pixels(shot)
    share, moved = changed_share(reference, new)
    if share > CHANGED_SHARE:
        from PIL import Image

        (tmp_path / "seed-new.png").write_bytes(shot)
        diff = np.where(moved[..., None], np.array([255, 0, 255]), new // 3).astype(np.uint8)
        Image.fromarray(diff).save(tmp_path / "seed-diff.png")
    assert share <= CHANGED_SHARE, (
        f"{share:.2%} of the seed map's pixels changed (allowed {CHANGED_SHARE:.1%}); new shot and diff in {tmp_path}; "
        "if the change is wanted, renew the reference with GEOMAP_UPDATE_SCREENSHOTS=1"
    )

"""Points on the sphere for places no source gives a point: weighted means
of member points, and the member nearest to such a mean."""

from __future__ import annotations

import math
from collections.abc import Iterable


def mean_point(points: Iterable[tuple[float, float, float]]) -> tuple[float, float] | None:
    """Weighted mean of (lat, lon, weight) on the sphere, or None if empty.

    Averaging unit vectors instead of degrees keeps regions that straddle the
    antimeridian (Chukotka, Polynesia) from landing on the other side of Earth.
    """
    x = y = z = 0.0
    for lat, lon, weight in points:
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if x == y == z == 0.0:
        return None
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def nearest(point: tuple[float, float], points: Iterable[tuple[float, float, float]]) -> tuple[float, float]:
    """The member of ``points`` closest to ``point`` (great-circle order)."""
    phi0, lam0 = math.radians(point[0]), math.radians(point[1])

    def closeness(p: tuple[float, float, float]) -> float:
        phi, lam = math.radians(p[0]), math.radians(p[1])
        return math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(lam - lam0)

    best = max(points, key=closeness)
    return best[0], best[1]

"""A force (a troop-position Item) as a unit symbol, and the legend keys for them.

Joins the three parts: the affiliation from the viewpoint
(:mod:`.affiliation`), the drawing (:mod:`.unit_symbols`) and the label
(:mod:`.labels`). Everything comes from the Item: its side, unit, count, date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Item
from .affiliation import AFFILIATIONS, Viewpoint
from .labels import force_label
from .legend import LegendKey
from .unit_symbols import (
    ARMOUR,
    ARTILLERY,
    ECHELON_OF_UNIT,
    ECHELONS,
    FRAMES,
    INFANTRY,
    LEGEND_SCALE,
    MECHANISED,
    Echelon,
    branch_for,
    echelon_for,
    unit_icon_options,
    unit_symbol_svg,
)

BRANCH_NAMES = {
    INFANTRY: "Infantry (troops)",
    ARMOUR: "Armour (tanks)",
    MECHANISED: "Mechanised (armoured vehicles)",
    ARTILLERY: "Artillery",
}


@dataclass(frozen=True)
class ForceSymbol:
    """How one force is drawn: frame, icon, echelon mark and label."""

    affiliation: str
    branch: str | None
    echelon: Echelon | None
    #: Whether the echelon was estimated from a head count (not named by the unit).
    estimated: bool
    label: str

    @property
    def ink(self) -> str:
        """The colour of lines drawn for this force (along a border, a move)."""
        return FRAMES[self.affiliation].ink

    def svg(self) -> str:
        return unit_symbol_svg(self.affiliation, branch=self.branch, echelon=self.echelon)

    def icon(self) -> dict[str, object]:
        """Leaflet DivIcon options: the symbol with its label beside it."""
        return unit_icon_options(self.svg(), self.label, affiliation=self.affiliation)


def force_symbol(item: Item, viewpoint: Viewpoint, *, article_date: str | None = None) -> ForceSymbol:
    """The symbol of a troop-position Item seen from ``viewpoint``."""
    echelon = echelon_for(item.unit, item.troop_count)
    return ForceSymbol(
        affiliation=viewpoint.affiliation(item.side),
        branch=branch_for(item.unit),
        echelon=echelon,
        estimated=echelon is not None and item.unit not in ECHELON_OF_UNIT,
        label=force_label(
            item.troop_count, item.unit, item.date, side=item.side, sides=item.sides, article_date=article_date
        ),
    )


@dataclass
class ForceKeys:
    """Collects what the drawn forces use, so the legend explains only that."""

    affiliations: set[str] = field(default_factory=set)
    branches: set[str] = field(default_factory=set)
    #: Echelon name -> whether any of its marks was estimated from a count.
    echelons: dict[str, bool] = field(default_factory=dict)

    def add(self, force: ForceSymbol) -> None:
        self.affiliations.add(force.affiliation)
        if force.branch:
            self.branches.add(force.branch)
        if force.echelon is not None:
            name = force.echelon.name
            self.echelons[name] = self.echelons.get(name, False) or force.estimated

    def legend_keys(self, viewpoint: Viewpoint) -> tuple[LegendKey, ...]:
        """How frames were assigned, then the frames, icons and marks drawn, in a fixed order."""
        if not self.affiliations:
            return ()
        keys = [LegendKey(viewpoint.describe())]
        present = [a for a in AFFILIATIONS if a in self.affiliations]
        for affiliation in present:
            keys.append(LegendKey(FRAMES[affiliation].label, unit_symbol_svg(affiliation, scale=LEGEND_SCALE)))
        for branch in (INFANTRY, ARMOUR, MECHANISED, ARTILLERY):
            if branch in self.branches:
                swatch = unit_symbol_svg(present[0], branch=branch, scale=LEGEND_SCALE)
                keys.append(LegendKey(BRANCH_NAMES[branch], swatch))
        for name, echelon in ECHELONS.items():
            if name in self.echelons:
                text = f"{name.capitalize()}{' (est. from the count)' if self.echelons[name] else ''}"
                keys.append(LegendKey(text, f'<span class="gm-mark">{echelon.mark}</span>'))
        return tuple(keys)

"""Whose forces are whose, as seen from a viewpoint the user sets.

Military symbols frame a unit by its *affiliation* to the reader: friendly,
hostile, neutral or unknown (APP-6 / MIL-STD-2525). An article only says whose
forces they are (``Item.side``: an ISO 3166-1 alpha-2 code or a group such as
``NATO``); who is friend or foe depends on who reads the map. The rule is kept
simple enough to state in one breath, and the legend states it:

- no viewpoint: every force is **unknown** (the map takes no side);
- a force with no side is **unknown**;
- a side that *is* the viewpoint, a member of the viewpoint group (viewpoint
  ``NATO``, side ``PL``), or a group the viewpoint country belongs to
  (viewpoint ``US``, side ``NATO``) is **friendly**;
- so is an ally: a country in the same defence alliance as the viewpoint
  (``DEFENCE_ALLIANCES``: France seen from the US, Armenia from Russia);
- a side the user lists as neutral (or a member of a listed group) is
  **neutral**;
- when the user lists hostile sides, those (and members of listed groups) are
  **hostile** and every other side **unknown**; without such a list, a side
  with no country in common with the viewpoint is **hostile**;
- what is left, a group sharing only some members with the viewpoint group
  (the EU seen from NATO), is **unknown**: the map does not guess.

Group memberships are today's (``groups.current_members``), the same list the
gazetteer resolves group names with. This is presentation, not analysis: the
Situation is unchanged, only the frames and colours follow the viewpoint.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from geomap import groups

FRIENDLY, HOSTILE, NEUTRAL, UNKNOWN = "friendly", "hostile", "neutral", "unknown"
#: Groups whose members are bound to defend each other: their members are
#: friendly to each other whatever the viewpoint's own forces.
DEFENCE_ALLIANCES = ("NATO", "CSTO")
#: Affiliations in the order the legend lists them.
AFFILIATIONS = (FRIENDLY, HOSTILE, NEUTRAL, UNKNOWN)


def side_name(text: str) -> str:
    """The canonical spelling of a viewpoint or neutral side the user typed.

    A two-letter ISO 3166-1 code of a country on the basemap ("ru" -> "RU"),
    or a group of ``data/groups.csv`` by its name or short name, in any case
    ("nato" -> "NATO", "EU" -> "European Union"). ``ValueError`` otherwise,
    naming what is accepted.
    """
    from geomap import shapes

    name = text.strip()
    if len(name) == 2 and name.isalpha():
        code = name.upper()
        if shapes.country_shape(code) is not None:
            return code
    folded = name.casefold()
    for group in groups.names():
        if folded in (group.casefold(), groups.short_name(group).casefold()):
            return group
    known = ", ".join(groups.names())
    raise ValueError(f"unknown side {text!r}: give an ISO 3166-1 alpha-2 country code (RU, US) or a group ({known})")


def _members(name: str) -> frozenset[str]:
    """The countries a side stands for: a group's members, or the country itself."""
    return frozenset(groups.current_members(name)) if groups.is_group(name) else frozenset({name})


@dataclass(frozen=True)
class Viewpoint:
    """The reader's side and the sides they count as neutral.

    ``side`` and ``neutral`` hold canonical names (see :func:`side_name`);
    ``side`` None means no viewpoint, so every force is unknown.
    """

    side: str | None = None
    neutral: tuple[str, ...] = ()
    hostile: tuple[str, ...] = ()

    @classmethod
    def parse(cls, side: str | None, neutral: Iterable[str] = (), hostile: Iterable[str] = ()) -> Viewpoint:
        """A viewpoint from user text; ``ValueError`` for an unknown side."""
        return cls(
            side_name(side) if side else None,
            tuple(dict.fromkeys(side_name(n) for n in neutral if n.strip())),
            tuple(dict.fromkeys(side_name(h) for h in hostile if h.strip())),
        )

    def affiliation(self, side: str | None) -> str:
        """``friendly``, ``hostile``, ``neutral`` or ``unknown`` for a force of ``side``."""
        if self.side is None or not side:
            return UNKNOWN
        side = _canonical(side)
        theirs, ours = _members(side), _members(self.side)
        if side == self.side or (theirs and ours and (theirs <= ours or ours <= theirs)) or _allied(theirs, ours):
            return FRIENDLY
        if any(side == n or (theirs and theirs <= _members(n)) for n in self.neutral):
            return NEUTRAL
        if self.hostile:
            listed = any(side == h or (theirs and theirs <= _members(h)) for h in self.hostile)
            return HOSTILE if listed else UNKNOWN
        return HOSTILE if theirs.isdisjoint(ours) else UNKNOWN

    def describe(self) -> str:
        """One line for the legend saying how frames were assigned."""
        if self.side is None:
            return "No viewpoint set: every force is unknown"
        text = f"Seen from {groups.short_name(self.side)}"
        if self.neutral:
            text += f"; neutral: {', '.join(groups.short_name(n) for n in self.neutral)}"
        if self.hostile:
            text += f"; hostile: {', '.join(groups.short_name(h) for h in self.hostile)}"
        return text


def _allied(theirs: frozenset[str], ours: frozenset[str]) -> bool:
    """Whether both sides lie inside one defence alliance."""
    return bool(theirs and ours) and any(
        theirs | ours <= frozenset(groups.current_members(a)) for a in DEFENCE_ALLIANCES if groups.is_group(a)
    )


def _canonical(side: str) -> str:
    """A side as items write it: ISO codes upper-cased, group names as they are."""
    side = side.strip()
    return side.upper() if len(side) == 2 and side.isalpha() else side

"""A MacroElement whose rendered text is never parsed as a template again.

branca's ``MacroElement.render`` wraps each rendered macro in
``Element(text)``, which *compiles the text as a Jinja template*: any ``{{``,
``{%`` or ``{#`` in the data (an article sentence, a place name, encoded
coordinates) is then evaluated or fails to parse, i.e. template injection from
article text. :class:`VerbatimMacroElement` does the same job with the
output kept as a plain value.
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.template import Template


class Verbatim(Element):
    """Already-rendered markup or script, output exactly as given."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Verbatim"
        self.text = text


class VerbatimMacroElement(MacroElement):
    """``MacroElement`` with ``header``/``html``/``script`` macros, rendered verbatim."""

    def render(self, **kwargs: Any) -> None:
        """Add the rendered macros to the figure's header, body and script."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} must be inside a Figure to render")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = macros.get(part)
            if macro is not None:
                getattr(figure, part).add_child(Verbatim(str(macro(self, kwargs))), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)

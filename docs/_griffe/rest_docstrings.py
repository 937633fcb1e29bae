"""Griffe extension: render quoteattr's reST-flavoured docstrings as Markdown.

quoteattr's docstrings are written for ``help()`` and doctest: ``:class:`~quoteattr.Quote```
roles and bare ``>>>`` examples. mkdocstrings reads docstrings as Markdown, where a role is
noise and a ``>>>`` line is a block quote, so before rendering this extension

* turns ``:class:``, ``:func:``, ``:meth:``, ``:mod:``, ``:attr:``, ``:data:``, ``:exc:``
  and ``:obj:`` roles into cross-references (optional ones: a target the site does not
  document renders as plain code instead of breaking the strict build);
* fences every run of ``>>>`` example lines, with its expected output, as a ``pycon`` block.

``:param:``, ``:returns:`` and ``:raises:`` fields are left to the Sphinx docstring parser.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

_ROLE = re.compile(
    r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj):"
    r"`(?P<tilde>~?)(?P<target>[\w.]+)`"
)


def _qualify(obj: griffe.Object, name: str) -> str:
    """A dotted path for ``name``: as given, or, when bare, in ``obj``'s module."""
    return name if "." in name else f"{obj.module.path}.{name}"


def _roles_to_refs(text: str, obj: griffe.Object) -> str:
    def replace(match: re.Match[str]) -> str:
        target = match["target"]
        shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
        identifier = html.escape(_qualify(obj, target), quote=True)
        code = f"<code>{html.escape(shown)}</code>"
        return f'<autoref identifier="{identifier}" optional>{code}</autoref>'

    return _ROLE.sub(replace, text)


def _fence_doctests(text: str) -> str:
    """Wrap each run of ``>>>`` lines (and their output, up to a blank line) in a fence."""
    out: list[str] = []
    in_example = False
    for line in text.splitlines():
        if not in_example and line.lstrip().startswith(">>>"):
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


class RestDocstrings(griffe.Extension):
    """Rewrite docstrings before mkdocstrings parses them (see the module docstring)."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Called by griffe as it creates each object, before anything parses its docstring."""
        if obj.docstring is not None:
            value = _fence_doctests(obj.docstring.value)
            obj.docstring.value = _roles_to_refs(value, obj)

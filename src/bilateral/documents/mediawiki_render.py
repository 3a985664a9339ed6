"""Wikitext -> plain rendering, one character at a time with its wikitext offset.

The `Renderer` walks mwparserfromhell's node tree. `str(node)` of every node is exactly its
wikitext, so the offset of each node, and of a link's label or a template parameter inside it,
is known by arithmetic; every rendered character is appended together with the offset it came
from (`exact`) or the offset of the construct that produced it (`synth`). `mediawiki.py` tidies
the result and turns it into a Document. See that module for what is rendered how.
"""

from __future__ import annotations

import re
from typing import Any

from mwparserfromhell import nodes as mw
from mwparserfromhell.wikicode import Wikicode

from bilateral.documents.mediawiki_tables import table_rows

_DROP_TAGS = frozenset(
    "references gallery math score timeline syntaxhighlight source imagemap templatestyles graph "
    "mapframe maplink chem ce hiero categorytree indicator noinclude includeonly onlyinclude".split()
)
_BLOCK_TAGS = frozenset("p div blockquote center poem".split())
_NAMESPACES_DROPPED = frozenset({"file", "image", "category", "media"})
_INTERLANG = re.compile(r"^[a-z]{2,3}(-[a-z]+)?$")
_TRANSPARENT_FIRST = frozenset(
    {"nowrap", "nobr", "small", "big", "smaller", "larger", "nobold", "noitalic", "em", "strong", "abbr", "sic",
     "ill", "interlanguage link", "illm", "flag", "flagcountry", "flagu", "flag country", "nihongo", "nowrap begin",
     "ship", "tooltip", "visible anchor", "anchor"}
)  # fmt: skip
_SYMBOLS = {
    "nbsp": " ", "ndash": "–", "mdash": "—", "snd": " – ", "spnd": " – ", "spaced ndash": " – ", "'": "'",
    "!": "|", "=": "=", "dot": " · ", "·": " · ", "-": "–", "en dash": "–", "em dash": "—", "year": "",
}  # fmt: skip
_CITE_LIKE = frozenset({"efn", "sfn", "sfnp", "harvnb", "r", "refn", "note", "cite", "citation", "notetag"})
_DATE_TEMPLATES = frozenset(
    {"start date", "start date and age", "end date", "end date and age", "birth date", "death date", "date",
     "dts", "start-date", "birth date and age", "death date and age", "end-date"}
)  # fmt: skip
_MONTHS = (
    "January February March April May June July August September October November December".split()
)
_MALFORMED = re.compile(r"\{\{|\}\}|\[\[|\]\]|<ref\b|(?m:^)\{\||__[A-Z]+__|</[a-zA-Z][a-zA-Z0-9]*\s*>")
_ITEM = "\x1f"  # stands between list items inside an infobox value until they are split into bullets
_QUOTES = frozenset({"quote", "blockquote", "cquote", "quotation", "quote box", "rquote", "centered pull quote"})
_LISTS = frozenset({"plainlist", "plain list", "ubl", "unbulleted list", "hlist", "flatlist", "bulleted list",
                    "ordered list", "collapsible list", "enum"})


class Renderer:
    """Accumulates the rendering: `chars[i]` came from wikitext offset `src[i]`."""

    def __init__(self, wikitext: str) -> None:
        self.wikitext = wikitext
        self.chars: list[str] = []
        self.src: list[int] = []
        self.warnings: list[str] = []
        self.citations: list[dict[str, Any]] = []
        self.captions: list[tuple[str, str]] = []
        self.skipped_templates = 0
        self._skip = False  # inside a malformed construct: drop everything up to the next blank line
        self._inline = 0  # >0 inside an infobox value or a table cell: no block structure, no newlines
        self._br = " "  # what <br> renders as
        self._sep = ", "  # what separates list items (`*` lines, {{ubl}}) in inline mode

    # -- output -----------------------------------------------------------------------------------
    def exact(self, text: str, pos: int) -> None:
        if self._inline:
            text = text.replace("\n", " ")
        self.chars.extend(text)
        self.src.extend(range(pos, pos + len(text)))

    def synth(self, text: str, pos: int) -> None:
        self.chars.extend(text)
        self.src.extend([pos] * len(text))

    def _line(self, pos: int) -> int:
        return self.wikitext.count("\n", 0, pos) + 1

    def _at_line_start(self) -> bool:
        return not self.chars or self.chars[-1] == "\n"

    # -- traversal --------------------------------------------------------------------------------
    def code(self, code: Wikicode, base: int) -> None:
        pos = base
        for node in code.nodes:
            s = str(node)
            if isinstance(node, mw.Text):
                self.text(node.value, pos)
            elif not self._skip:
                self.node(node, s, pos)
            pos += len(s)

    def node(self, node: Any, s: str, pos: int) -> None:
        if isinstance(node, mw.Wikilink):
            self.wikilink(node, pos)
        elif isinstance(node, mw.ExternalLink):
            if node.brackets and node.title is not None:
                self.code(node.title, pos + 1 + len(str(node.url)) + (0 if node.suppress_space else 1))
            elif not node.brackets:
                self.exact(str(node.url), pos)
        elif isinstance(node, mw.Tag):
            self.tag(node, s, pos)
        elif isinstance(node, mw.Template):
            self.template(node, s, pos)
        elif isinstance(node, mw.Heading):
            level = node.level
            if self._inline:
                self.code(node.title, pos + level)
                return
            if not self._at_line_start():
                self.synth("\n", pos)
            self.synth("=" * level, pos)
            self.code(node.title, pos + level)
            self.synth("=" * level, pos + len(s) - 1)
        elif isinstance(node, mw.HTMLEntity):
            self.synth(node.normalize().replace("\xa0", " "), pos)
        # Comment, Argument and anything else render as nothing.

    def text(self, value: str, pos: int) -> None:
        """Plain text, watching for markup the parser left as text because it was never closed."""
        i = 0
        while i < len(value):
            if self._skip:
                j = value.find("\n\n", i)
                if j < 0:
                    return
                self._skip = False
                i = j
                continue
            m = _MALFORMED.search(value, i)
            if not m:
                self.exact(value[i:], pos + i)
                return
            self.exact(value[i : m.start()], pos + i)
            tok, at = m.group(), pos + m.start()
            if tok.startswith("__"):  # a magic word (__NOTOC__): renders as nothing
                i = m.end()
                continue
            snippet = self.wikitext[at : at + 40].split("\n")[0]
            if tok in ("{{", "<ref", "{|"):
                what = {"{{": "template", "<ref": "<ref>", "{|": "table"}[tok]
                self.warnings.append(
                    f"line {self._line(at)}: unclosed {what} {snippet!r}: skipped to the end of its paragraph"
                )
                self._skip = True
            elif tok == "[[":
                self.warnings.append(f"line {self._line(at)}: unclosed link {snippet!r}: brackets removed")
            else:
                self.warnings.append(f"line {self._line(at)}: stray {tok!r} removed")
            i = m.end()

    def wikilink(self, node: mw.Wikilink, pos: int) -> None:
        title = str(node.title)
        bare = title.strip()
        if ":" in bare and not bare.startswith(":"):
            ns = bare.split(":", 1)[0].strip().lower()
            if ns in _NAMESPACES_DROPPED or _INTERLANG.match(ns):
                return
        if node.text is not None and str(node.text).strip():
            self.code(node.text, pos + 2 + len(title) + 1)
            return
        if any(not isinstance(n, mw.Text) for n in node.title.nodes):  # a malformed title holding markup
            self.code(node.title, pos + 2)
            return
        lead = len(title) - len(title.lstrip(" :"))
        shown = title.strip(" :")
        if node.text is not None:  # pipe trick [[Foo (bar)|]] shows "Foo"
            shown = re.sub(r"\s*\(.*\)$", "", shown.split(":", 1)[-1])
        self.exact(shown, pos + 2 + lead)

    def tag(self, node: mw.Tag, s: str, pos: int) -> None:
        name = str(node.tag).strip().lower()
        markup = node.wiki_markup
        if name == "ref":
            self.cite(node, s, pos)
            return
        if name in _DROP_TAGS:
            return
        if name == "table" and markup == "{|":
            self.table(node, s, pos)
            return
        if name == "li" and markup:
            if markup in ("*", "#") and not self._inline and self._at_line_start():
                self.synth("- ", pos)
            elif self._inline:
                while self.chars and self.chars[-1] == " ":
                    self.chars.pop(), self.src.pop()
                self.synth(self._sep, pos)
            return
        if name in ("dt", "dd") and markup:
            return
        if name == "br":
            self.synth(self._br if self._inline else " ", pos)
            return
        if name == "hr":
            if not self._inline:
                self.synth("\n", pos)
            return
        if node.self_closing or node.contents is None:
            return
        inner = str(node.contents)
        if markup:
            base = pos + len(markup)
        else:
            base = pos + (s.index(">") + 1 if s.startswith("<") and ">" in s else 0)
        if name == "nowiki":
            self.exact(inner, base)
            return
        block = name in _BLOCK_TAGS and not self._inline
        if block:
            self.synth("\n\n", pos)
        self.code(node.contents, base)
        if block:
            self.synth("\n\n", pos + len(s) - 1)

    def cite(self, node: mw.Tag, s: str, pos: int) -> None:
        """A <ref>: kept as a citation record, never as text."""
        entry: dict[str, Any] = {"src_start": pos, "src_end": pos + len(s)}
        if node.has("name"):
            entry["name"] = str(node.get("name").value).strip().strip("\"'")
        if node.contents is not None and str(node.contents).strip():
            entry["text"] = node.contents.strip_code().strip()[:500]
            for t in node.contents.filter_templates(recursive=False):
                for key in ("title", "url", "date", "work", "website", "publisher", "newspaper"):
                    if t.has(key) and str(t.get(key).value).strip():
                        value = t.get(key).value
                        entry[key] = (str(value) if key == "url" else value.strip_code()).strip()[:300]
                break
        else:
            entry["reuse"] = True
        self.citations.append(entry)

    # -- templates --------------------------------------------------------------------------------
    @staticmethod
    def _params(node: mw.Template, pos: int) -> list[tuple[str, Any, int]]:
        """(name, value wikicode, wikitext offset of the value) for each parameter."""
        out = []
        off = pos + 2 + len(str(node.name))
        for p in node.params:
            off += 1
            vstart = off + (len(str(p.name)) + 1 if p.showkey else 0)
            out.append((p.name.strip_code().strip(), p.value, vstart))
            off += len(str(p))
        return out

    def template(self, node: mw.Template, s: str, pos: int) -> None:
        name = str(node.name).strip().replace("_", " ")
        low = name.lower()
        params = self._params(node, pos)
        positional = [(v, at) for k, v, at in params if k.isdigit()]
        if low.startswith("infobox"):
            if not self._inline:
                self.infobox(params, s, pos)
            return
        if low in _SYMBOLS:
            self.synth(_SYMBOLS[low], pos)
        elif low in _TRANSPARENT_FIRST and positional:
            self.code(*positional[0])
        elif low == "lang" and len(positional) >= 2:
            self.code(*positional[1])
        elif (low.startswith("lang-") or low in ("langx", "transl", "transliteration")) and positional:
            self.code(*positional[-1])
        elif low in ("circa", "c.", "c"):
            self.synth("circa ", pos)  # not "c.": a sentence splitter would end the sentence there
            if positional:
                self.code(*positional[0])
        elif low in ("as of", "asof") and positional:
            self.synth("As of " + " ".join(str(v).strip() for v, _ in positional[:3]), pos)
        elif low in ("convert", "cvt") and positional:
            self.synth(self._convert([str(v).strip() for v, _ in positional]), pos)
        elif low in _DATE_TEMPLATES and positional:
            self.synth(self._date([str(v).strip() for v, _ in positional]), pos)
        elif low in ("us$", "usd") and positional:
            self.synth("US$", pos)
            self.code(*positional[0])
        elif low in _QUOTES:
            named = {k: (v, at) for k, v, at in params}
            body = named.get("text") or named.get("quote") or (positional[0] if positional else None)
            if body is not None:
                self.synth("" if self._inline else "\n\n", pos)
                self.code(*body)
                self.synth(" " if self._inline else "\n\n", pos + len(s) - 1)
        elif low in _LISTS:
            items = positional or [(v, at) for k, v, at in params if k in ("1", "list")]
            for k, item in enumerate(items):
                if k:
                    self.synth(self._sep, item[1])
                self._inline += 1
                self.code(*item)
                self._inline -= 1
        elif low in _CITE_LIKE:
            text = " ".join(v.strip_code().strip() for v, _ in positional)
            self.citations.append({"src_start": pos, "src_end": pos + len(s), "text": text[:500]})
        else:
            self.skipped_templates += 1

    @staticmethod
    def _convert(values: list[str]) -> str:
        if len(values) >= 4 and values[1] in ("to", "-", "–", "and", "or", "by", "x"):
            return f"{values[0]} {values[1]} {values[2]} {values[3]}"
        return f"{values[0]} {values[1]}" if len(values) >= 2 else values[0]

    @staticmethod
    def _date(values: list[str]) -> str:
        nums = [v for v in values[:3] if v.isdigit()]
        if len(nums) == 3 and 1 <= int(nums[1]) <= 12:
            return f"{int(nums[2])} {_MONTHS[int(nums[1]) - 1]} {nums[0]}"
        if len(nums) == 2 and 1 <= int(nums[1]) <= 12:
            return f"{_MONTHS[int(nums[1]) - 1]} {nums[0]}"
        return nums[0] if nums else values[0]

    def infobox(self, params: list[tuple[str, Any, int]], s: str, pos: int) -> None:
        """An infobox template -> `Infobox` line and one `- Key: value` bullet per non-empty parameter.

        A value that is a list (`*` lines, {{plainlist}}, {{ubl}}, `<br>`-separated) becomes one
        bullet per item, `- Key: first`, `- Key (2): second`, ..., so each item reads on its own
        ("Embassy of X, City" stays a whole value).
        """
        start = len(self.chars)
        self.synth("\n\nInfobox\n", pos)
        for key, value, at in params:
            if not key:
                continue
            label = f"{key[:1].upper()}{key[1:]}"
            mark = len(self.chars)
            self._inline += 1
            saved = self._br, self._sep
            self._br = self._sep = _ITEM
            self.code(value, at)
            self._inline -= 1
            self._br, self._sep = saved
            chars, src = self.chars[mark:], self.src[mark:]
            del self.chars[mark:], self.src[mark:]
            items: list[tuple[list[str], list[int]]] = [([], [])]
            for ch, o in zip(chars, src, strict=True):
                if ch == _ITEM:
                    items.append(([], []))
                else:
                    items[-1][0].append(ch)
                    items[-1][1].append(o)
            n = 0
            for ic, io in items:
                a, b = 0, len(ic)
                while a < b and ic[a] in " ,;":
                    a += 1
                while b > a and ic[b - 1] in " ,;":
                    b -= 1
                if a == b:
                    continue
                n += 1
                self.synth(f"- {label}: " if n == 1 else f"- {label} ({n}): ", io[a])
                self.chars.extend(ic[a:b])
                self.src.extend(io[a:b])
                self.synth("\n", io[b - 1])
        if len(self.chars) == start + len("\n\nInfobox\n"):  # no non-empty parameter: no block at all
            del self.chars[start:], self.src[start:]
            return
        self.synth("\n", pos + len(s) - 1)

    # -- tables -----------------------------------------------------------------------------------
    def table(self, node: mw.Tag, s: str, pos: int) -> None:
        """A `{| ... |}` wikitable -> Markdown rows (`| a | b |`), a separator after the first row."""
        rows, caption = table_rows(node, s, pos)
        if self._inline:
            for row in rows:
                for cell, at in row:
                    self.code(cell, at)
                    self.synth("; ", pos)
            return
        self.synth("\n\n", pos)
        for r, row in enumerate(rows):
            row_mark = len(self.chars)
            self.synth("|", pos)
            for cell, at in row:
                self.synth(" ", pos)
                cell_mark = len(self.chars)
                self._inline += 1
                self.code(cell, at)
                self._inline -= 1
                for k in range(cell_mark, len(self.chars)):
                    if self.chars[k] == "|":
                        self.chars[k] = "/"
                self.synth(" |", pos)
            if r == 0:
                self.captions.append(("".join(self.chars[row_mark:]), caption))
                self.synth("\n|" + "---|" * len(row), pos)
            self.synth("\n", pos)
        self.synth("\n", pos + len(s) - 1)

"""Turn the corpus rendering back into the markup a reader meets in the wild: wikitext and HTML.

The tests build both from the real corpus article, so the readers are checked on real prose, and
the expected reading is known independently: the sentences, tables and infobox that
`read_plaintext` finds in the corpus file itself. Markup is added around the text (links, bold,
refs, comments, templates, edit links, footnote markers) — never inside a sentence's words.
"""

from __future__ import annotations

import html
import re

_HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
_SENT_END = re.compile(r"(?<=[a-z0-9\)][.])(?= [A-Z])")
_CAPWORD = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{3,})(?=[ ,.])")


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """(kind, lines): title, heading, infobox, bullets, table or paragraph."""
    out: list[tuple[str, list[str]]] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        if _HEADING.match(line):
            out.append(("title" if line.startswith("= ") and not out else "heading", [line]))
            i += 1
            continue
        kind = "infobox" if line == "Infobox" else "table" if line.startswith("|") else (
            "bullets" if line.startswith("- ") else "paragraph")
        group = [line]
        i += 1
        while i < len(lines) and lines[i].strip() and not _HEADING.match(lines[i].strip()):
            nxt = lines[i].strip()
            listed = kind in ("infobox", "bullets") and nxt.startswith("- ")
            same = (kind == "table" and nxt.startswith("|")) or listed
            if not same and kind != "paragraph":
                break
            group.append(nxt)
            i += 1
        out.append((kind, group))
    return out


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _wiki_para(text: str, n: int) -> str:
    """Link one capitalised word, bold the first paragraph's opening, cite every other sentence."""
    text = _CAPWORD.sub(lambda m: f"[[{m.group(1)} (article)|{m.group(1)}]]", text, count=1)
    parts = _SENT_END.split(text)
    out = []
    for k, p in enumerate(parts):
        if k % 2 == 0:
            p += f'<ref name="r{n}-{k}">{{{{cite web|title=Source {n}.{k}|url=https://example.org/{n}/{k}}}}}</ref>'
        out.append(p)
    return "".join(out)


def corpus_to_wikitext(text: str) -> str:
    """Wikitext with an Infobox bilateral relations template, links, refs, a wikitable and apparatus."""
    out: list[str] = ["{{Short description|Bilateral relations}}", "{{Use dmy dates|date=May 2024}}"]
    n = 0
    for kind, lines in _blocks(text):
        if kind == "title":
            continue
        if kind == "heading":
            out += ["", lines[0], "<!-- editors: keep this section short -->"]
        elif kind == "infobox":
            out.append("{{Infobox bilateral relations")
            for ln in lines[1:]:
                key, value = ln[2:].split(":", 1)
                out.append(f"| {key.lower()} = {value.strip()}<ref>Infobox source for {key}</ref>")
            out.append("}}")
        elif kind == "bullets":
            out.append("")
            out += [f"* [[{ln[2:]}]]" for ln in lines]
        elif kind == "table":
            out += ["", '{| class="wikitable" style="width:100%"', "|+ Comparison"]
            head, *rows = [_cells(ln) for ln in lines if not re.fullmatch(r"[|\s:-]+", ln)]
            out.append("! " + " !! ".join(head))
            for r in rows:
                out += ["|-", '| style="text-align:left" | ' + " || ".join(r)]
            out.append("|}")
        else:
            n += 1
            para = "\n".join(lines)
            if n == 1:
                first, rest = para.split(" ", 1)
                para = f"'''{first}''' {rest}"
            out += ["", _wiki_para(para, n)]
    out += ["", "==References==", "{{Reflist}}", "", "==External links==", "* [https://example.org Example]", "",
            "[[Category:Bilateral relations]]"]
    return "\n".join(out) + "\n"


def corpus_to_html(text: str) -> str:
    """A Wikipedia-like page: head with script/style, nav, infobox table, h2/h3 with edit links, refs."""
    title = ""
    body: list[str] = []
    n = 0
    for kind, lines in _blocks(text):
        if kind == "title":
            title = _HEADING.match(lines[0]).group(2)
        elif kind == "heading":
            m = _HEADING.match(lines[0])
            lv = len(m.group(1))
            body.append(f'<h{lv}><span class="mw-headline">{html.escape(m.group(2))}</span>'
                        f'<span class="mw-editsection">[<a href="#">edit</a>]</span></h{lv}>')
        elif kind == "infobox":
            body.append('<table class="infobox"><tbody><tr><th colspan="2">Relations</th></tr>')
            for ln in lines[1:]:
                key, value = ln[2:].split(":", 1)
                body.append(f"<tr><th>{html.escape(key)}</th><td>{html.escape(value.strip())}</td></tr>")
            body.append("</tbody></table>")
        elif kind == "bullets":
            body.append("<ul>" + "".join(f'<li><a href="/wiki/x">{html.escape(ln[2:])}</a></li>' for ln in lines)
                        + "</ul>")
        elif kind == "table":
            head, *rows = [_cells(ln) for ln in lines if not re.fullmatch(r"[|\s:-]+", ln)]
            body.append('<table class="wikitable"><tr>' + "".join(f"<th>{html.escape(c)}</th>" for c in head)
                        + "</tr>")
            body += ["<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows]
            body.append("</table>")
        else:
            n += 1
            para = html.escape("\n".join(lines))
            parts = _SENT_END.split(para)
            para = "".join(p + (f'<sup class="reference"><a href="#c{n}">[{n}]</a></sup>' if k % 3 == 0 else "")
                           for k, p in enumerate(parts))
            body.append(f"<p>{para}</p>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>"
        f"{html.escape(title)} - Wikipedia</title><style>p {{color: red}}</style>"
        "<script>var wgTitle = 'x'; document.write('<p>not text</p>');</script></head><body>"
        '<nav><ul><li>Main page</li><li>Contents</li></ul></nav>'
        f'<h1 id="firstHeading">{html.escape(title)}</h1><div id="mw-content-text"><div class="mw-parser-output">'
        + "\n".join(body)
        + '<h2>References</h2><ol class="references"><li>Source one</li><li>Source two</li></ol>'
        "</div></div><footer>This page was last edited today.</footer></body></html>\n"
    )

"""Readers on the real corpus article and on wikitext / HTML built from it (see markup.py).

The expected reading of the wikitext and HTML versions is what `read_plaintext` finds in the corpus
file itself: the same sentences, the same table rows, the same infobox, the same section paths.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bilateral.documents.mediawiki import read_mediawiki, source_offset
from bilateral.documents.plaintext import read_plaintext
from bilateral.documents.read import read_document, read_text, sniff_kind

from .markup import corpus_to_html, corpus_to_wikitext


@pytest.fixture(scope="module")
def corpus_text(shared: Path) -> str:
    return (shared / "corpus" / "belarus_russia.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference(corpus_text: str):
    return read_plaintext(corpus_text)


def _sentences(doc) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.sentences]


def _squash(items: list[str]) -> list[str]:
    return [" ".join(s.split()) for s in items]


def test_corpus_file_reads_as_rendering(shared: Path, reference) -> None:
    doc = read_document(shared / "corpus" / "belarus_russia.txt")
    assert doc.kind == "wikitext-rendered"
    assert doc.title == "Belarus–Russia relations"
    assert doc.meta["encoding"] == "utf-8"
    assert _sentences(doc) == _sentences(reference)
    assert doc.warnings == []
    assert doc.infobox["Mission1"] == "Embassy of Belarus, Moscow"


def test_wikitext_reads_like_the_rendering(corpus_text: str, reference) -> None:
    wikitext = corpus_to_wikitext(corpus_text)
    assert "[[" in wikitext and "<ref" in wikitext and "{|" in wikitext  # real markup to get through
    doc = read_mediawiki(wikitext, source="t.wiki", title=reference.title)
    assert doc.kind == "mediawiki"
    assert doc.title == reference.title
    assert _sentences(doc) == _sentences(reference)
    assert doc.infobox == reference.infobox
    assert [t.rows for t in doc.tables] == [t.rows for t in reference.tables]
    assert [t.header for t in doc.tables] == [t.header for t in reference.tables]
    assert doc.tables[0].caption == "Comparison"
    assert [(s.heading, s.path) for s in doc.sections] == [(s.heading, s.path) for s in reference.sections]
    # markup never leaks into the text the extractors read
    for mark in ("[[", "]]", "{{", "}}", "<ref", "'''", "<!--", "Category:", "cite web"):
        assert mark not in doc.text, mark
    assert doc.warnings == []
    assert "References" in doc.meta["dropped_sections"] and "Source" not in doc.text


def test_wikitext_offsets_and_source_map(corpus_text: str, reference) -> None:
    wikitext = corpus_to_wikitext(corpus_text)
    doc = read_mediawiki(wikitext, title=reference.title)
    for key, span in doc.infobox_spans.items():
        assert doc.text[span.start : span.end] == doc.infobox[key]
    for s in doc.sentences:
        assert doc.text[s.start : s.end].strip() == doc.text[s.start : s.end]
        src = source_offset(doc, s.start)
        # a sentence starts with a copied character, or with a list bullet rendered from `*`
        first = (doc.text[s.start], wikitext[src])
        assert first[0] == first[1] or first == ("-", "*"), (doc.text[s.start : s.end][:40], wikitext[src : src + 40])
    runs = json.loads(doc.meta["source_map"])
    copied = [r for r in runs if r[3]]
    assert sum(r[2] for r in copied) > 0.9 * len(doc.text)
    for start, src, length, _ in copied:
        assert doc.text[start : start + length] == wikitext[src : src + length]
    (table,) = doc.tables  # its cell texts are copied from the wikitext's cells, not synthesised
    in_table = sum(max(0, min(s + n, table.end) - max(s, table.start)) for s, _, n, _ in copied)
    letters = sum(1 for ch in doc.text[table.start : table.end] if ch.isalnum())
    assert in_table >= letters
    citations = json.loads(doc.meta["citations"])
    infobox_refs = [c for c in citations if c.get("text", "").startswith("Infobox source")]
    assert len(infobox_refs) == len(reference.infobox)
    named = [c for c in citations if c.get("title", "").startswith("Source ")]
    assert named and all(c["url"].startswith("https://example.org/") for c in named)


def test_wikitext_links_refs_templates() -> None:
    text = (
        "{{Infobox bilateral relations|Chile|Peru\n| mission1 = [[Embassy of Chile, Lima|Embassy of Chile]], Lima"
        "<ref>x</ref>\n| mission2 = \n}}\n"
        "'''Chile''' and [[Peru]] signed a [[Treaty of Lima (1929)|treaty]] on {{start date|1929|6|3}}.<ref name=a/>"
        " The border is {{convert|171|km}} long.{{citation needed|date=May 2020}}\n\n"
        "== History ==\n* In [[1883]], the war ended.\n[[File:Map.png|thumb|A map]]\n"
    )
    doc = read_mediawiki(text, title="Chile–Peru relations")
    assert doc.infobox == {"1": "Chile", "2": "Peru", "Mission1": "Embassy of Chile, Lima"}
    assert _sentences(doc) == [
        "Chile and Peru signed a treaty on 3 June 1929.",
        "The border is 171 km long.",
        "- In 1883, the war ended.",
    ]
    assert [s.path for s in doc.sections[1:]] == [("History",)]
    assert "Map" not in doc.text


def test_html_reads_like_the_rendering(corpus_text: str, reference) -> None:
    page = corpus_to_html(corpus_text)
    doc = read_text(page, kind="html")
    assert doc.kind == "html"
    assert doc.title == reference.title
    assert _squash(_sentences(doc)) == _squash(_sentences(reference))
    assert doc.infobox == reference.infobox
    assert [t.rows for t in doc.tables] == [t.rows for t in reference.tables]
    assert [(s.heading, s.path) for s in doc.sections] == [(s.heading, s.path) for s in reference.sections]
    for junk in ("Main page", "not text", "last edited", "[edit]", "Source one", "color: red", "[1]"):
        assert junk not in doc.text, junk
    assert [c["text"] for c in json.loads(doc.meta["citations"])] == ["Source one", "Source two"]
    assert doc.warnings == []
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == doc.text[s.start : s.end].strip()


@pytest.mark.parametrize(
    ("name", "builder", "kind"),
    [("a.wiki", corpus_to_wikitext, "mediawiki"), ("a.html", corpus_to_html, "html"), ("a.txt", None, "text")],
)
def test_dispatch_by_extension_and_sniffing(tmp_path: Path, corpus_text: str, name, builder, kind) -> None:
    body = builder(corpus_text) if builder else corpus_text
    assert sniff_kind(body) == kind
    (tmp_path / name).write_text(body, encoding="utf-8")
    (tmp_path / "noext").write_text(body, encoding="utf-8")
    by_ext = read_document(tmp_path / name)
    sniffed = read_document(tmp_path / "noext")
    assert by_ext.kind == sniffed.kind == (kind if kind != "text" else "wikitext-rendered")
    assert _squash(_sentences(by_ext)) == _squash(_sentences(sniffed))
    assert read_document(body.encode("utf-8")).kind == by_ext.kind


def test_wikitext_title_from_file_name_and_wikipedia_source(tmp_path: Path, corpus_text: str) -> None:
    path = tmp_path / "Belarus–Russia_relations.wiki"
    path.write_text(corpus_to_wikitext(corpus_text), encoding="utf-8")
    assert read_document(path).title == "Belarus–Russia relations"
    doc = read_document(path, source="wikipedia:en:Chile–Peru relations@12345")
    assert doc.title == "Chile–Peru relations" and doc.source == "wikipedia:en:Chile–Peru relations@12345"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_encodings(tmp_path: Path, corpus_text: str, reference, encoding: str) -> None:
    # The corpus has characters outside cp1252/latin-1 (en dashes survive cp1252, Cyrillic would not):
    text = corpus_text if encoding.startswith("utf") else corpus_text.encode(encoding, "ignore").decode(encoding)
    path = tmp_path / "a.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    doc = read_document(path)
    assert "\r" not in doc.text
    expected = read_plaintext(text)
    assert _sentences(doc) == _sentences(expected)
    assert doc.content_hash == expected.content_hash  # CRLF and BOM do not change the identity
    if encoding.startswith("utf-16") or encoding == "utf-8-sig":
        assert doc.meta["encoding"].replace("_", "-").startswith(encoding.split("-sig")[0][:6])


def test_wikitext_lists_quotes_magic_words() -> None:
    text = (
        "__NOTOC__\n{{Infobox bilateral relations|Chile|Peru\n"
        "| mission1 = {{Plainlist|\n* [[Embassy of Chile, Lima|Embassy of Chile, Lima]]\n"
        "* Consulate-General of Chile, Tacna}}\n"
        "| mission2 = {{ubl|Embassy of Peru, Santiago|Consulate of Peru, Arica}}\n"
        "| envoy1 = Ambassador A<br/>(since 2020)\n}}\n"
        "'''Chile–Peru relations''' are old.\n\n"
        "{{Quote|text=We are brothers, said the president in 1990.|author=X}}\n"
        "After the {{langx|es|Tratado de Lima}} was signed, {{lang|es|Tacna}} returned to Peru.\n"
    )
    doc = read_mediawiki(text, title="Chile–Peru relations")
    assert doc.infobox == {
        "1": "Chile", "2": "Peru",
        "Mission1": "Embassy of Chile, Lima", "Mission1 (2)": "Consulate-General of Chile, Tacna",
        "Mission2": "Embassy of Peru, Santiago", "Mission2 (2)": "Consulate of Peru, Arica",
        "Envoy1": "Ambassador A", "Envoy1 (2)": "(since 2020)",
    }  # fmt: skip
    for key, span in doc.infobox_spans.items():
        assert doc.text[span.start : span.end] == doc.infobox[key]
    assert _sentences(doc) == [
        "Chile–Peru relations are old.",
        "We are brothers, said the president in 1990.",
        "After the Tratado de Lima was signed, Tacna returned to Peru.",
    ]
    assert "NOTOC" not in doc.text and doc.warnings == []


def test_html_wikipedia_infobox_and_new_heading_markup() -> None:
    page = (
        '<html><body><h1 id="firstHeading">Chile–Peru relations</h1><div class="mw-parser-output">'
        '<table class="infobox"><tr><th colspan="2" class="infobox-above">Chile–Peru relations</th></tr>'
        '<tr><td colspan="2"><img src="map.png"></td></tr>'
        '<tr><th colspan="2" class="infobox-header">Diplomatic mission</th></tr>'
        "<tr><td>Embassy of Chile, Lima</td><td>Embassy of Peru, Santiago</td></tr>"
        "<tr><th>Established</th><td>1822</td></tr></table>"
        "<p>Chile and Peru are neighbours. They signed a treaty in 1929.</p>"
        '<div class="mw-heading mw-heading2"><h2 id="History">History</h2>'
        '<span class="mw-editsection">[<a href="#">edit</a>]</span></div>'
        '<div class="mw-heading mw-heading3"><h3>1880s</h3></div><ul><li>In 1883 the war ended.<ul>'
        "<li>Tacna stayed Chilean.</li></ul></li></ul></div></body></html>"
    )
    doc = read_text(page, kind="html")
    assert doc.title == "Chile–Peru relations"
    assert doc.infobox == {
        "Diplomatic mission 1": "Embassy of Chile, Lima",
        "Diplomatic mission 2": "Embassy of Peru, Santiago",
        "Established": "1822",
    }
    assert [s.path for s in doc.sections[1:]] == [("History",), ("History", "1880s")]
    assert _sentences(doc) == [
        "Chile and Peru are neighbours.", "They signed a treaty in 1929.",
        "- In 1883 the war ended.", "- Tacna stayed Chilean.",
    ]  # fmt: skip
    assert doc.sentences[-1].section == 2


# Written for this test in the shape of a Wikipedia relations article's source: navigation and
# maintenance templates, a file with a captioned link, named and reused refs, {{efn}}, {{As of}},
# {{circa}}, &nbsp;, a sortable wikitable with scope/rowspan attributes, div col, portal,
# reference and external-link sections, categories and an interlanguage link.
REALISTIC = """{{Short description|Bilateral relations}}
{{Use dmy dates|date=March 2024}}
{{Infobox bilateral relations
| Chile–Peru relations
| filetype = svg
| mission1 = [[Embassy of Chile, Lima]]
| mission2 = [[Embassy of Peru, Santiago]]
| envoytitle1 = [[List of ambassadors of Chile to Peru|Ambassador]]
}}
{{Politics of Chile}}
'''[[Chile]]–[[Peru]] relations''' are the [[bilateral relations]] between the two states.<ref>{{cite web \
|url=https://example.org/a |title=Relations |work=[[El Mercurio]]}}</ref>

== History ==
{{Main|History of Chile}}
[[File:Lima treaty.jpg|thumb|left|upright=1.2|Signing in [[Lima]] in 1929]]
After the [[War of the Pacific]] ended in {{circa|1883}}, the two states signed a treaty.<ref name="a">\
{{Cite news |title=Y |date=2 March 2020}}</ref> On 3&nbsp;June 1929 the [[Treaty of Lima (1929)|Treaty of Lima]] \
was signed.<ref name="a" />

=== 2000s ===
{{As of|2009}}, Chile accounted for some 12%{{efn|Official figures}} of Peru's external trade.
{| class="wikitable sortable"
|+ Key treaties
|-
! scope="col" | Year !! scope="col" | Treaty
|-
| 1929 || [[Treaty of Lima (1929)|Treaty of Lima]]<ref>A ref</ref>
|-
| rowspan="2" | 2014 || Maritime ruling
|}

== See also ==
{{Portal|Chile|Peru}}
* [[Chileans in Peru]]
{{div col|colwidth=20em}}
* [[Peruvians in Chile]]
{{div col end}}

== References ==
{{Reflist}}

== External links ==
* {{Commons category-inline}}
{{Foreign relations of Chile}}
[[Category:Bilateral relations of Chile]]
[[es:Relaciones Chile-Perú]]
"""


def test_realistic_wikipedia_source(tmp_path: Path) -> None:
    path = tmp_path / "Chile–Peru_relations.wiki"
    path.write_text(REALISTIC, encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "mediawiki" and doc.title == "Chile–Peru relations" and doc.warnings == []
    assert doc.infobox == {
        "1": "Chile–Peru relations", "Filetype": "svg", "Mission1": "Embassy of Chile, Lima",
        "Mission2": "Embassy of Peru, Santiago", "Envoytitle1": "Ambassador",
    }  # fmt: skip
    assert _sentences(doc) == [
        "Chile–Peru relations are the bilateral relations between the two states.",
        "After the War of the Pacific ended in circa 1883, the two states signed a treaty.",
        "On 3 June 1929 the Treaty of Lima was signed.",
        "As of 2009, Chile accounted for some 12% of Peru's external trade.",
        "- Chileans in Peru",
        "- Peruvians in Chile",
    ]
    (table,) = doc.tables
    assert (table.caption, table.header) == ("Key treaties", ("Year", "Treaty"))
    assert table.rows == (("1929", "Treaty of Lima"), ("2014", "Maritime ruling"))
    assert [s.path for s in doc.sections[1:]] == [("History",), ("History", "2000s"), ("See also",)]
    assert doc.meta["dropped_sections"] == "References; External links"
    citations = json.loads(doc.meta["citations"])
    assert [c.get("title") for c in citations if "title" in c] == ["Relations", "Y"]
    assert citations[0]["work"] == "El Mercurio" and citations[0]["url"] == "https://example.org/a"
    assert any(c.get("reuse") and c.get("name") == "a" for c in citations)
    assert any(c.get("text") == "Official figures" for c in citations)
    for c in citations:  # each citation sits right after the text it supports
        assert doc.text[c["at"] - 1] in ".%0123456789ay" or doc.text[c["at"] - 1].isalpha()


def test_an_abbreviation_can_close_a_sentence() -> None:
    from bilateral.documents.sentences import split_sentences

    text = "Cuba has an embassy in Washington, D.C. The United States has one in Havana. The U.S. President left."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Cuba has an embassy in Washington, D.C.", "The United States has one in Havana.", "The U.S. President left."]


def test_a_rulers_years_do_not_end_a_sentence_but_a_words_last_letter_does() -> None:
    from bilateral.documents.sentences import split_sentences

    text = ("Peter the Great (r. 1682–1725) visited Stockholm in 1698. China has a consulate in Zamyn-Üüd. "
            "Mongolia has one in Erenhot.")
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Peter the Great (r. 1682–1725) visited Stockholm in 1698.", "China has a consulate in Zamyn-Üüd.",
        "Mongolia has one in Erenhot."]

"""Renderers: Markdown, wikitext, HTML and JSON of real profiles, and the escaping of document text."""

from __future__ import annotations

import copy
import json
import re
from importlib import resources

import jsonschema
import pytest

from bilateral.profile import assemble_profile
from bilateral.profile.render_html import to_html
from bilateral.profile.render_text import print_terminal, to_json, to_markdown
from bilateral.profile.render_wiki import esc, to_wikitext


@pytest.fixture
def blr_rus(con):
    return assemble_profile(con, "BLR", "RUS")


@pytest.fixture
def fra_deu(con):  # no documents: history, tension and missions are empty
    return assemble_profile(con, "FRA", "DEU")


def test_markdown_has_the_article_sections_and_numbered_citations(blr_rus):
    md = to_markdown(blr_rus)
    heads = re.findall(r"^## (.+)$", md, re.M)
    assert heads == ["History", "Economic relations", "Diplomatic tension", "Military cooperation",
                     "Resident diplomatic missions", "Country comparison", "See also", "References"]
    assert "### 1990s" in md and "### 2020s" in md
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md)}
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", md, re.M)}
    assert cited == listed == {r.number for r in blr_rus.references}


def test_empty_sections_are_left_out_of_text_and_listed_in_json(fra_deu):
    empty = {s.key for s in fra_deu.sections if s.empty}
    assert {"history", "tension", "missions"} <= empty
    md = to_markdown(fra_deu)
    assert "## History" not in md and "## Resident diplomatic missions" not in md
    assert "## Country comparison" in md and "## Economic relations" in md  # Factbook trade shares
    data = json.loads(to_json(fra_deu))
    assert set(data["empty_sections"]) == empty
    assert all(s["empty"] == (s["key"] in empty) for s in data["sections"])
    assert "## History" not in to_wikitext(fra_deu) and 'id="history"' not in to_html(fra_deu, charts={})


def test_json_validates_against_the_published_schema(blr_rus, fra_deu):
    schema = json.loads(resources.files("bilateral.profile").joinpath("profile.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for p in (blr_rus, fra_deu):
        jsonschema.validate(json.loads(to_json(p)), schema)
    broken = json.loads(to_json(fra_deu))
    del broken["lead"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_wikitext_infobox_tables_and_each_reference_defined_once(blr_rus):
    wt = to_wikitext(blr_rus)
    assert wt.startswith("{{Infobox bilateral relations|Belarus–Russia|Belarus|Russia\n")
    assert "| mission1 = Embassy of Belarus, Moscow<ref" in wt
    assert wt.count('{| class="wikitable sortable"') == wt.count("\n|}") >= 2  # missions and comparison
    for ref in blr_rus.references:
        assert len(re.findall(rf'<ref name="r{ref.number}">', wt)) == 1
    assert "{{reflist}}" in wt and "== See also ==" in wt
    assert wt.count("{{") == wt.count("}}")


def test_wikitext_escapes_markup_from_documents():
    assert esc("a {{template}} [[link]] | <b>") == (
        "a &#123;&#123;template&#125;&#125; &#91;&#91;link&#93;&#93; &#124; &lt;b&gt;")


def test_html_is_standalone_with_three_charts(blr_rus):
    html = to_html(blr_rus)
    assert html.count("<svg") >= 3
    for name in ("cooperation_conflict", "events_by_quad", "comparison"):
        assert f'id="chart-{name}"' in html
    # nothing is loaded from anywhere: no src/href to another host, no @import, no <link>
    assert not re.search(r'(?:src|href)\s*=\s*"(?:https?:)?//', html)
    assert "<link" not in html and "@import" not in html
    assert 'id="period-filter"' in html and 'id="type-filter"' in html


def test_html_escapes_document_text(blr_rus):
    p = copy.deepcopy(blr_rus)
    row = p.section("history").rows[0]
    row["sentence"] = 'In 1991, <script>alert("x")</script> & co.'
    p.lead[0].text = "<img src=x onerror=alert(1)>"
    html = to_html(p, charts={})
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co." in html


def test_terminal_rendering_fits_the_console(blr_rus):
    from rich.console import Console

    console = Console(width=80, record=True, force_terminal=False)
    print_terminal(blr_rus, console)
    text = console.export_text()
    assert "Belarus–Russia relations" in text and "History" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_figure_values_read_as_amounts_and_prices():
    from bilateral.profile.render_common import figure_value

    assert figure_value({"value": 1.5e9, "unit": "USD"}) == "$1.5 billion"
    assert figure_value({"value": 36.0, "unit": "USD per barrel"}) == "$36 per barrel"
    assert figure_value({"value": 9.1, "unit": "USD per barrel"}) == "$9.1 per barrel"
    assert figure_value({"value": 241.0, "unit": "km"}) == "241 km"

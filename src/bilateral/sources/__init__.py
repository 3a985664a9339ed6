"""Live sources: fetch, cache and store what the installed packages cannot know.

- `articles.fetch_wikipedia((iso3, name), (iso3, name), lang="en")`: the pair's Wikipedia relations
  article (MediaWiki Action API), ingested through `bilateral.documents.ingest` with the revision
  as provenance (`wikipedia:<lang>:<title>@<revid>`); re-ingested only when the revision changed.
- `wikidata_fetch.fetch_pair(a, b)` / `fetch_all()`: diplomatic missions, diplomatic relations
  (P530, as `facts` rows with field `diplomatic_relations`) and memberships with start/end dates
  from the Wikidata Query Service, item ids as `source_ref`.
- `indicators.fetch_indicators()`: World Bank GDP, population, trade, GDP per capita; UNDP HDI; UN
  DESA migrant stock by origin (`migrant_stock_from_<ISO3>`, read a pair with
  `migration.expatriates(con, a, b)`).
- `log.holdings(con)` / `log.recent(con)`: what the knowledge base holds from which source, and when.

Every request goes through `http.get`: the shared downloader's User-Agent, retries, Retry-After and
resume; a disk cache under `cache_dir(<source>)` with retrieval times; the cached answer (with a
note) when the network fails; `offline=True` to use only the cache. Base URLs come from
`config.DEFAULTS` and can be overridden per call or with `BILATERAL_WIKIPEDIA_API`,
`BILATERAL_WIKIDATA_SPARQL`, `BILATERAL_WORLDBANK_API`, `BILATERAL_HDR_CSV` and `BILATERAL_DESA_XLSX`.
Every fetch writes its rows and a `source_log` row in one transaction after all its answers
arrived and parsed, so a failed fetch leaves the knowledge base unchanged.
"""

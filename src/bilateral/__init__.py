"""bilateral: relations between any pair of states as a structured, cited knowledge base.

The library API lives in the subpackages (countries, store, documents, extract, events, dyads,
profile); the CLI (`bilateral.cli`) and the web app (`bilateral.web`) only parse input and render
output.
"""

__version__ = "0.1.0"

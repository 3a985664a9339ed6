"""bilateral: relations between any pair of states as a structured, cited knowledge base.

The library API lives in the subpackages (countries, store, documents, extract, events, dyads,
profile); the CLI (`bilateral.cli`) and the web app (`bilateral.web`) only parse input and render
output.
"""

__version__ = "0.1.0"

import os as _os
import sys as _sys

if "pyarrow" not in _sys.modules:
    # Arrow's C++ allocator: jemalloc rather than the wheels' mimalloc, unless the user chose one.
    # Why: the Parquet writer allocates its page buffers from this default pool (not from the one
    # `pyarrow.set_memory_pool` sets), and mimalloc hands freed pages back to the kernel within
    # milliseconds, so every column chunk of a load landed on fresh huge pages that the kernel
    # zeroes: 7 % of a 4 M-row GDELT load's CPU time in `clear_page`, 4-5 % with jemalloc, whose
    # page reuse `events.gdelt_fast` tunes during a load. It can only be chosen before pyarrow
    # is first imported.
    _os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")

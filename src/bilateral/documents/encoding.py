"""Bytes -> text for documents: refuse what is not text, find the encoding, normalise newlines.

Why a module of its own: users hand bilateral whatever they saved from a browser or an export —
UTF-8 with or without a BOM, UTF-16 from Windows tools, Latin-1 or CP1251 from old sites, and now
and then a PDF, a .docx (a zip) or an empty file. Each of those must either become the exact text
the extractors read, or fail with one line that names the file and says what it is. The decision
order is: size limit, empty, known binary signatures, BOMs, UTF-16/32 without BOM (NUL pattern),
strict UTF-8, then a charset an HTML `<meta>` declares, then `charset-normalizer` for legacy code
pages, then a final control-character check.

Newlines are normalised to `\\n` (CRLF and lone CR) and a BOM is dropped, so the same article saved
on Windows or Unix has the same text, hence the same content hash, hence ingests once.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from bilateral.errors import InputFileError

MAX_BYTES = 20 * 1024 * 1024  # one document; a relations article is ~50-500 KB of wikitext or HTML

# Leading bytes of file formats users mistake for text, with a name the error message can use.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a zip archive (e.g. .docx, .xlsx, .odt)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-zip archive"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"PAR1", "a Parquet file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class Decoded:
    """Text decoded from bytes, the encoding used, and what was worth telling the user."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.1f} KB"


def check_size(size: int, name: str, limit: int = MAX_BYTES) -> None:
    """Refuse a document over `limit` bytes before reading it (a 50 MB "article" is a mistake)."""
    if size > limit:
        raise InputFileError(
            f"{name}: file is {_human_size(size)}, over the {_human_size(limit)} limit for one document",
            hint="split it into articles, or pass a smaller file",
        )


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16/32 without a BOM: ASCII-range text leaves NULs at every other (or 3 of 4) byte."""
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if len(sample) % 4 == 0 and sample[2::4].count(0) / max(1, len(sample[2::4])) > 0.9:
        if sample[3::4].count(0) / max(1, len(sample[3::4])) > 0.9 and odd > 0.9:
            return "utf-32-le"
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _control_ratio(text: str) -> float:
    """Share of characters that are C0 controls other than tab/newline/CR/form feed."""
    sample = text[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\x7f")
    return bad / len(sample)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets and hashes do not depend on the saving platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode_bytes(data: bytes, name: str = "<bytes>", *, limit: int = MAX_BYTES) -> Decoded:
    """Decode a document's bytes to text, or raise `InputFileError` naming `name` and the problem."""
    check_size(len(data), name, limit)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputFileError(f"{name}: file is empty" + (" (only whitespace)" if data else ""))
    for sig, what in _SIGNATURES:
        if data.startswith(sig):
            raise InputFileError(f"{name}: this is {what}, not a text document", hint="convert it to text first")
    warnings: list[str] = []
    encoding: str | None = None
    body = data
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding, body = enc, data[len(bom) :]
            break
    if encoding is None and b"\x00" in data[:4096]:
        encoding = _utf16_guess(data[:4096])
        if encoding is None:
            raise InputFileError(f"{name}: binary data (NUL bytes), not a text document")
    if encoding is None:
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            declared = _declared_charset(data)
            if declared:
                text, encoding = data.decode(declared, errors="replace"), declared
                warnings.append(f"{name}: not UTF-8; decoded as {encoding} (declared in the file)")
            else:
                text, encoding = _detect_legacy(data, name)
                warnings.append(f"{name}: not UTF-8; decoded as {encoding} (detected)")
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            text = body.decode(encoding, errors="replace")
            warnings.append(f"{name}: invalid {encoding} byte sequences replaced by U+FFFD")
    text = normalise_newlines(text.lstrip("\ufeff"))
    if _control_ratio(text) > 0.01:
        raise InputFileError(f"{name}: binary data (control characters), not a text document")
    if not text.strip():
        raise InputFileError(f"{name}: file is empty (only whitespace)")
    return Decoded(text=text, encoding=encoding, warnings=warnings)


_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML `<meta>` or XML declaration names, if Python knows that codec."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _detect_legacy(data: bytes, name: str) -> tuple[str, str]:
    """A legacy 8-bit code page via charset-normalizer; binary if it finds no plausible text."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 2 * 1024 * 1024]).best()
    if best is None or best.encoding is None:
        raise InputFileError(f"{name}: not text in any encoding bilateral recognises (binary data?)")
    enc = best.encoding
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        return data.decode(enc, errors="replace"), enc

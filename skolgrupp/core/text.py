"""What text a workspace keeps: what the user typed, in one Unicode form, without control
characters that no one can type or see (tabs and line breaks stay)."""

import re
import unicodedata

_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """The text with invisible control characters removed, in Unicode normal form C: letters
    such as å written as a plus a ring (as some systems and PDFs do) become one letter, so that
    searching and sorting treat them alike."""
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text

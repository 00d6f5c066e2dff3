"""tei-encoder: plain-text transcripts of conversations → TEI P5 editions."""

from typing import Final

__version__: Final = "0.1.0"

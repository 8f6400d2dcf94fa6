"""Rule packs, the product-type vocabulary and feed topics: data shipped with crossguard, no code.

``RULES_DIR`` is where they are installed; every layer may read it (it is data, not a layer).
"""

from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent
TOPICS_FILE = RULES_DIR / "topics.yaml"

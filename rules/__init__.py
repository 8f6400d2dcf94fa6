"""Rule packs, the classification taxonomy and feed topics: data shipped with crossguard, no code."""

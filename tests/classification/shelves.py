"""Category paths (as the Amazon UK toy catalog writes them) that several classification test files put products on."""

BEAD_SHELF = "Arts & Crafts > Children's Craft Kits > Bead Art & Jewellery-Making"
COSTUMES_ADULTS = "Fancy Dress > Costumes > Adults"
FIGURES = "Figures & Playsets > Science Fiction & Fantasy"
CARD_GAMES = "Games > Card Games"
DOMINOES = "Games > Dominoes & Tile Games"
STICKERS = "Arts & Crafts > Paper & Stickers"

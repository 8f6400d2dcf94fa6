"""Branch code47 (issue 9): known faults of the reader fixed as patterns, and one piece of code made data.

1. The console accessories' words before a platform (`platform_title`) are a `console_accessory` flag on the modifier
   groups, not ids in code: the loader refuses a flag where the platform is not read, and the classifier a vocabulary
   without the platform's group.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import classifier, platform_title
from crossguard.engine.classification.vocabulary import VocabularyError, load_vocabulary


def test_the_console_accessories_are_flagged_in_the_vocabulary() -> None:
    vocab = load_vocabulary(classifier.DEFAULT_TYPES)
    flagged = {mod.id for mod in vocab.modifiers.values() if mod.console_accessory}
    assert {"console_accessory_word", "radio_link", "wireless_link", "battery_powered", "charger_in_box",
            "collector_line"} <= flagged
    assert platform_title.PLATFORM_MODIFIER not in flagged
    assert all("title" in vocab.modifiers[mod_id].read_in for mod_id in flagged)


@pytest.mark.parametrize(("title", "kind"), [("Bluetooth Controller PS4", None), ("Charger - Nintendo DS", None),
                                             ("Thumb Grips - PlayStation 4", None),
                                             ("Watch Dogs - PlayStation 4", "video_game"),
                                             ("Sony - PlayStation 4 (500GB)", "game_console")])
def test_an_accessory_word_before_the_platform_reads_no_game(classify, title, kind):
    result = classify(title)
    if kind is None:
        assert result.product_type not in ("video_game", "game_console"), result.basis["product_type"]
    else:
        assert result.product_type == kind, result.basis["product_type"]


def _without(tmp_path, text: str, old: str, new: str):
    path = tmp_path / "product_types.yaml"
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_the_loader_refuses_a_console_accessory_not_read_in_the_title(tmp_path) -> None:
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    old = "    read_in: [title]\n    console_accessory: true"
    path = _without(tmp_path, text, old, "    read_in: [category]\n    console_accessory: true")
    with pytest.raises(VocabularyError, match="console_accessory"):
        load_vocabulary(path)


def test_a_vocabulary_without_the_platform_group_is_refused(tmp_path) -> None:
    text = classifier.DEFAULT_TYPES.read_text(encoding="utf-8")
    path = _without(tmp_path, text, "  - id: video_game_platform\n", "  - id: video_game_platform_renamed\n")
    with pytest.raises(VocabularyError, match="video_game_platform"):
        classifier.Classifier(load_vocabulary(path))

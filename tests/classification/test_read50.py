"""lines50's two device readings are data (read-through of stop 50): `reading.device_namesakes` (a paper notebook's
word heading a title that names a laptop line or a processor is the laptop) and `reading.amount_brackets` ("(2 GB
RAM)" as a title's one type word is the phone) in product_types.yaml, in place of type ids and words in
classifier.py. The loader refuses an entry naming a type it does not know, in every field; emptied, the lists no
longer read the Flipkart titles they were written for."""

import pytest

from crossguard.engine.classification import DEFAULT_TYPES, Classifier, VocabularyError
from crossguard.engine.classification.vocabulary import load_vocabulary_from_sources

NAMESAKE = "    - {good: notebook, device: laptop, beside: [laptop, processor, computer_component], amounts: 2}\n"
BRACKET = "    - {part: computer_component, word: ram, units: [gb], device: smartphone}\n"
LAPTOP = "HP 15-ac121tu (Notebook) (Core i3 (5th Gen)/ 4GB/ 1TB/ Win10) (N8M17PA)"
PHONE = "Lava Iris X8 (Black, 16 GB) (2 GB RAM)"


@pytest.mark.parametrize(("old", "new", "problem"), [
    (NAMESAKE, NAMESAKE.replace("good: notebook", "good: notebok"),
     "reading.device_namesakes: good names unknown type 'notebok'"),
    (NAMESAKE, NAMESAKE.replace("device: laptop", "device: laptops"),
     "reading.device_namesakes: device names unknown type 'laptops'"),
    (NAMESAKE, NAMESAKE.replace("processor,", "cpu,"), "reading.device_namesakes: beside names unknown type 'cpu'"),
    (BRACKET, BRACKET.replace("part: computer_component", "part: memory"),
     "reading.amount_brackets: part names unknown type 'memory'"),
    (BRACKET, BRACKET.replace("device: smartphone", "device: phone"),
     "reading.amount_brackets: device names unknown type 'phone'"),
    (BRACKET, BRACKET.replace("word: ram", "word: gigs"),
     "reading.amount_brackets: 'gigs' is no synonym of type 'computer_component'"),
])
def test_an_entry_naming_an_unknown_type_is_refused(edited_types, old, new, problem):
    with pytest.raises(VocabularyError, match=problem):
        load_vocabulary_from_sources(edited_types((old, new)))


def test_without_the_entries_flipkarts_laptop_and_phone_read_a_notebook_and_a_memory_module(edited_types):
    # the data decides: the shipped entries read the laptop and the phone, emptied lists the words' own types
    shipped = Classifier(load_vocabulary_from_sources(DEFAULT_TYPES))
    assert shipped.shared_result(LAPTOP, None).product_type == "laptop"
    assert shipped.shared_result(PHONE, None).product_type == "smartphone"
    emptied = Classifier(load_vocabulary_from_sources(edited_types(
        ("  device_namesakes:\n" + NAMESAKE, "  device_namesakes: []\n"),
        ("  amount_brackets:\n" + BRACKET, "  amount_brackets: []\n"))))
    assert emptied.shared_result(LAPTOP, None).product_type == "notebook"
    assert emptied.shared_result(PHONE, None).product_type == "computer_component"

"""Chrome that real pages carry: lists of other stories recognised by their shape."""

from __future__ import annotations

from nato_diff.corpus import clean, split_sentences

ARTICLE = (
    "Envoys agree on winter aid\n\n"
    "The envoys of the partner states met in the capital on Friday and agreed to speed up "
    "deliveries of generators and air defence before the winter.\n\n"
    "The minister said the package would be reviewed again in the spring."
)


def test_trailing_list_of_headlines_is_removed_without_a_marker() -> None:
    text = (
        ARTICLE + "\n\n"
        "LATEST\n\n"
        "Commissioner says EUR 40 mln could go to border crossings…\n"
        "14:05\n"
        "Court rejects the former official's request to leave the country\n"
        "13:50\n"
        "Grain exports through the corridor rise for a third month\n"
        "12:30\n"
    )
    cleaned = clean(text)
    assert "EUR 40 mln" not in cleaned.text
    assert "Court rejects" not in cleaned.text
    assert "reviewed again in the spring." in cleaned.text
    reasons = {r.text.strip(): r.rule for r in cleaned.removed}
    assert reasons["Grain exports through the corridor rise for a third month"] in {
        "headline_run",
        "related_headlines",
    }


def test_unmarked_headline_run_is_recorded_by_shape() -> None:
    text = (
        ARTICLE + "\n\n"
        "Parliament backs the new mobilisation rules in a first reading\n\n"
        "Ministers discuss energy links with the neighbours\n\n"
        "Drone makers ask for faster export licences\n"
    )
    cleaned = clean(text)
    rules = {r.rule for r in cleaned.removed}
    assert rules == {"headline_run"}
    assert len(cleaned.removed) == 3
    assert cleaned.text.endswith("reviewed again in the spring.")


def test_headlines_before_the_article_go_but_its_title_stays() -> None:
    text = (
        "Ministers discuss energy links with the neighbours\n"
        "Drone makers ask for faster export licences\n"
        "Parliament backs the new mobilisation rules in a first reading\n\n" + ARTICLE
    )
    cleaned = clean(text)
    assert cleaned.text.startswith("Envoys agree on winter aid")
    assert [r.rule for r in cleaned.removed] == ["headline_run"] * 3


def test_a_bullet_list_inside_the_article_stays() -> None:
    text = (
        ARTICLE + "\n\nThe package covers the following items for the coming months:\n\n"
        "- Mobile generators for hospitals\n- Spare parts for power stations\n"
        "- Training for repair crews\n\nThe next meeting is planned for the spring, the "
        "minister told the reporters who waited outside."
    )
    cleaned = clean(text)
    assert "Spare parts for power stations" in cleaned.text
    assert cleaned.removed == ()


def test_two_headline_lines_are_not_a_list() -> None:
    text = ARTICLE + "\n\nSee the full statement\n\nMore on the partners' work here"
    cleaned = clean(text)
    assert not any(r.rule == "headline_run" for r in cleaned.removed)


def test_cyrillic_text_passes_cleaning_and_splitting_unharmed() -> None:
    text = (
        "Міністр обговорив безпеку в регіоні\n\n"
        "Міністр закордонних справ провів зустріч з послами країн-партнерів. Сторони "
        "обговорили постачання систем ППО та підготовку до саміту.\n\n"
        "Участники встречи сошлись во мнении, что решение зависит от политической воли. "
        "Следующая встреча пройдёт в мае."
    )
    cleaned = clean(text)
    assert cleaned.text == text
    assert split_sentences(cleaned.text) == (
        "Міністр обговорив безпеку в регіоні",
        "Міністр закордонних справ провів зустріч з послами країн-партнерів.",
        "Сторони обговорили постачання систем ППО та підготовку до саміту.",
        "Участники встречи сошлись во мнении, что решение зависит от политической воли.",
        "Следующая встреча пройдёт в мае.",
    )

"""A briefing to save and load, for the tests of the store, its YAML text and its cache."""

from __future__ import annotations

from typing import Any

from generator.schema import Briefing


def make_briefing(**changes: Any) -> Briefing:
    data: dict[str, Any] = {
        "id": "sample-briefing",
        "source": {"file": "seeds/000_x.txt", "sha256": "a" * 64, "words": 42},
        "title": "Belarus moves troops to the border",
        "published": "2022-10-11",
        "outlet": "The Moscow Times",
        "url": "https://www.themoscowtimes.com/2022/10/11/a79059",
        "summary": [{"ref": "p1", "text": "Troops moved to the border."}],
        "key_points": [],
        "people": [
            {
                "name": "Alexander Lukashenko",
                "aliases": ["Lukashenko"],
                "role": "President",
                "mentions": 2,
                "refs": ["p1", "p2"],
            }
        ],
        "organisations": [],
        "places": [{"name": "Minsk", "refs": ["p2"]}],
        "quotes": [{"ref": "p2", "text": "We will respond.", "speaker": "Alexander Lukashenko"}],
        "figures": [
            {"ref": "p2", "value": 9000.0, "qualifier": "less than", "unit": "people", "text": "9,000"},
            {"ref": "p2", "low": 4000.0, "high": 6500.5, "text": "4,000 to 6,500.5"},
        ],
        "events": [{"ref": "p1", "date": "2022-10", "text": "Troops moved.", "expression": "this month"}],
        "body": [
            {"id": "p1", "text": "Troops moved to the border."},
            {"id": "p2", "text": "“We will respond,” Lukashenko said in Minsk of the 9,000 people."},
        ],
    }
    data.update(changes)
    return Briefing.model_validate(data)

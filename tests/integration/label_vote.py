"""The label-wording vote seeded by many accounts, with its hand count (shared by tests)."""

from __future__ import annotations

from tests.integration import conftest

PAGE = "Peer academy/Label vote"
REPORT = "Peer academy/Label vote/Results"
WORDS = ["Leaders", "Guides", "Mentors", "Liaisons", "Facilitators", "Builders", "Organizers"]

# (user, section, line) in the order they are saved; "~~~~" is expanded by MediaWiki.
VOTES = [
    ("Alice", "Leaders", "# {{support}} clear ~~~~"),
    ("Bob", "Leaders", "# {{oppose}} too corporate ~~~~"),
    ("Dave", "Leaders", "#: I disagree with Bob ~~~~"),                      # reply
    ("Carol", "Leaders", "# {{support}} ~~~~"),
    ("Alice", "Guides", "# {{support}} ~~~~"),
    ("Erin", "Guides", "# '''Support''' friendly word ~~~~"),
    ("Frank", "Guides", "# {{support}} ~~~~"),
    ("Frank", "Guides", "# {{support}} said it twice ~~~~"),                 # duplicate
    ("Grace", "Mentors", "# {{strong support}} ~~~~"),
    ("Heidi", "Mentors", "# {{support}} ~~~~"),
    ("Ivan", "Mentors", "# {{support}} ~~~~"),
    ("Judy", "Mentors", "# {{oppose}} mentoring is narrower ~~~~"),
    ("Mallory", "Mentors", "# <s>{{support}} ~~~~</s>"),                     # struck
    ("Niaj", "Liaisons", "# {{neutral}} ~~~~"),
    ("Olivia", "Liaisons", "# {{oppose}} ~~~~"),
    ("Peggy", "Facilitators", "# {{support}} forgot to sign"),               # unsigned
    ("Rupert", "Facilitators", "# {{support}} ~~~~"),
    ("Sybil", "Builders", "# {{oppose}} ~~~~"),
    ("Sybil", "Builders", "# {{support}} changed my mind ~~~~"),             # changed
    ("Trent", "Organizers", "# {{support}} ~~~~"),
    ("Victor", "Organizers", "# {{weak oppose}} ~~~~"),
    ("Walter", "Ranked ballots", "# {{Peer academy ranking|Mentors|Guides|Leaders}} ~~~~"),
    ("Xavier", "Ranked ballots", "# {{Peer academy ranking|Guides|Mentors|Leaders}} ~~~~"),
    ("Yolanda", "Ranked ballots", "# {{Peer academy ranking|Mentors|Leaders|Guides}} ~~~~"),
]
# Hand count: (support, oppose, neutral) per word.
EXPECTED = {"Leaders": (2, 1, 0), "Guides": (3, 0, 0), "Mentors": (3, 1, 0),
            "Liaisons": (0, 1, 1), "Facilitators": (1, 0, 0), "Builders": (1, 0, 0),
            "Organizers": (1, 1, 0)}
EXCLUDED = {("Dave", "reply"), ("Frank", "duplicate"), ("Mallory", "struck"),
            ("Sybil", "changed")}


def seed_label_vote(wiki):
    """Write the vote page as its voters, one edit per vote."""
    skeleton = "Which word should name our leaders? Vote under each word.\n\n" + "\n\n".join(
        f"== {word} ==" for word in WORDS + ["Ranked ballots"]) + "\n"
    conftest.put(wiki, "Zoe", PAGE, skeleton)
    for user, section, line in VOTES:
        conftest.add_under(wiki, user, PAGE, section, line)
    return wiki



"""The demo's pages as data: who takes part, and every edit the demo saves (the nomination
round, the evidence, the mentoring round, the label vote, the recognitions and record
choices), each by its own account; ``bot.demo`` saves them and runs the jobs."""

from __future__ import annotations

from dataclasses import dataclass

# (user, group, region) of the people who take part in the demo consultation.
PEOPLE = [
    ("Amara Okafor", "Wikimedians of Nigeria User Group", "Africa"),
    ("Bartek Nowak", "Wikimedia Polska", "Europe"),
    ("Chen Wei", "Wikimedia Taiwan", "East Asia"),
    ("Dewi Lestari", "Wikimedia Indonesia", "Southeast Asia"),
    ("Emeka Eze", "Wikimedians of Nigeria User Group", "Africa"),
    ("Fatima Zahra", "Wikimedia MENA User Group", "Middle East and North Africa"),
    ("Gabriela Ruiz", "Wikimedia Argentina", "Latin America"),
    ("Hana Sato", "Wikimedia Japan", "East Asia"),
    ("Ines Duarte", "Wikimedia Portugal", "Europe"),
    ("Jamal Haidar", "Wikimedia MENA User Group", "Middle East and North Africa"),
    ("Kavya Rao", "Wikimedia India", "South Asia"),
    ("Lars Holm", "Wikimedia Danmark", "Europe"),
    ("Mariam Diallo", "Wikimedia Côte d'Ivoire", "Africa"),
    ("Nikhil Das", "Wikimedia India", "South Asia"),
    ("Olga Petrova", "Wikimedia Armenia", "Central Asia"),
    ("Pita Tupou", "Wikimedia Oceania", "Oceania"),
    ("Quentin Moreau", "Wikimédia France", "Europe"),
    ("Rosa Mendes", "Wikimedia Brasil", "Latin America"),
]
GROUP = {user: (group, region) for user, group, region in PEOPLE}

NOMINATION_PAGE = "Peer academy/Nominations/2026"
SUMMARY_PAGE = "Peer academy/Nominations/Summary"


@dataclass(frozen=True)
class Edit:
    """One edit of the seeded consultation: who appends what to which page."""

    user: str
    page: str
    text: str


def nomination(nominee: str, track: str, statement: str, *, group: str | None = None,
               region: str | None = None, evidence: str = "") -> str:
    """Fields -> a signed nomination paragraph (~~~~ is expanded by MediaWiki)."""
    g, r = GROUP.get(nominee, ("", ""))
    fields = [f"nominee={nominee}", f"group={g if group is None else group}",
              f"region={r if region is None else region}", f"track={track}"]
    if evidence:
        fields.append(f"evidence={evidence}")
    fields.append(f"statement={statement}")
    return "{{Peer academy nomination|" + "|".join(fields) + "}} ~~~~"


def recommendation(candidate: str, relationship: str, text: str) -> str:
    """Fields -> a signed recommendation paragraph."""
    return (f"{{{{Peer academy recommendation|candidate={candidate}|relationship={relationship}"
            f"|text={text}}}}} ~~~~")


def consultation_edits() -> list[Edit]:
    """-> the demo consultation: 30+ entries by 15+ accounts, with a few bad ones.

    One table of edits in page order, read top to bottom like the page it builds; split into
    functions it would be harder to follow, so it stays longer than the usual 60 lines.
    """
    p = NOMINATION_PAGE
    e = [
        Edit("Bartek Nowak", p, "== Amara Okafor ==\n" + nomination(
            "Amara Okafor", "mentor", "Runs monthly workshops for new editors in Lagos.",
            evidence="[[Special:Diff/1|Lagos workshop series]]")),
        Edit("Emeka Eze", p, recommendation("Amara Okafor", "mentee",
                                            "She taught me how to write my first article.")),
        Edit("Kavya Rao", p, recommendation("Amara Okafor", "co-organizer",
                                            "Reliable, generous with her time.")),
        Edit("Amara Okafor", p, "== Emeka Eze ==\n" + nomination(
            "Emeka Eze", "newcomer", "New this year and already organizing.")),
        Edit("Mariam Diallo", p, recommendation("Emeka Eze", "colleague",
                                                "Brings many students to edit-a-thons.")),
        Edit("Chen Wei", p, "== Chen Wei ==\n" + nomination(
            "Chen Wei", "mentor", "I would like to bring the training home to our meetups.",
            evidence="[[Special:Diff/2|meetup reports]]")),
        Edit("Hana Sato", p, recommendation("Chen Wei", "co-organizer",
                                            "Shares every slide deck he makes.")),
        Edit("Dewi Lestari", p, "== Dewi Lestari ==\n" + nomination(
            "Dewi Lestari", "group-nominee", "Nominated by our board.")),
        Edit("Gabriela Ruiz", p, nomination("Dewi Lestari", "group-nominee",
                                            "Great at translating training material.")),
        Edit("Fatima Zahra", p, "== Jamal Haidar ==\n" + nomination(
            "Jamal Haidar", "mentor", "Mentors Arabic Wikipedia newcomers every week.")),
        Edit("Ines Duarte", p, recommendation("Jamal Haidar", "mentee",
                                              "Patient and precise mentor.")),
        Edit("Olga Petrova", p, recommendation("Jamal Haidar", "workshop participant",
                                               "His workshop changed how I edit.")),
        Edit("Jamal Haidar", p, "== Fatima Zahra ==\n" + nomination(
            "Fatima Zahra", "mentor", "Leads the regional women-in-red project.")),
        Edit("Kavya Rao", p, "== Nikhil Das ==\n" + nomination(
            "Nikhil Das", "newcomer", "Started editing last year; eager to learn.")),
        Edit("Lars Holm", p, recommendation("Nikhil Das", "online friend",
                                            "Asks the right questions.")),
        Edit("Nikhil Das", p, "== Kavya Rao ==\n" + nomination(
            "Kavya Rao", "mentor", "Trains trainers across South Asia.")),
        Edit("Quentin Moreau", p, recommendation("Kavya Rao", "co-trainer",
                                                 "Her train-the-trainer sessions are the best.")),
        Edit("Rosa Mendes", p, recommendation("Kavya Rao", "mentee", "She mentored me.")),
        Edit("Gabriela Ruiz", p, "== Rosa Mendes ==\n" + nomination(
            "Rosa Mendes", "group-nominee", "Our user group's choice.")),
        Edit("Ines Duarte", p, nomination("Rosa Mendes", "group-nominee",
                                          "Coordinates Wiki Loves Monuments in Brazil.")),
        Edit("Pita Tupou", p, "== Pita Tupou ==\n" + nomination(
            "Pita Tupou", "newcomer", "I am the only active editor on my island.")),
        Edit("Olga Petrova", p, recommendation("Pita Tupou", "online mentor",
                                               "Works alone and still gets things done.")),
        Edit("Lars Holm", p, "== Olga Petrova ==\n" + nomination(
            "Olga Petrova", "mentor", "Runs the Armenian school programme.")),
        Edit("Hana Sato", p, recommendation("Olga Petrova", "colleague", "Thorough.")),
        Edit("Quentin Moreau", p, "== Ines Duarte ==\n" + nomination(
            "Ines Duarte", "group-nominee", "Board member, runs GLAM partnerships.")),
        Edit("Bartek Nowak", p, recommendation("Ines Duarte", "co-organizer", "Solid.")),
        Edit("Mariam Diallo", p, "== Mariam Diallo ==\n" + nomination(
            "Mariam Diallo", "newcomer", "Would like to start a user group.")),
        Edit("Amara Okafor", p, recommendation("Mariam Diallo", "mentor",
                                               "I mentor her; she is ready.")),
        Edit("Hana Sato", p, "== Hana Sato ==\n" + nomination(
            "Hana Sato", "mentor", "Organizes the Kansai meetup.")),
        Edit("Chen Wei", p, recommendation("Hana Sato", "co-organizer", "Reliable.")),
        # Problems a real page has: a self-recommendation, a nomination without nominee,
        # an unsigned recommendation, a nominee with no account, a missing region.
        Edit("Hana Sato", p, recommendation("Hana Sato", "self", "I recommend myself too.")),
        Edit("Lars Holm", p, "== (no name) ==\n{{Peer academy nomination|group=Wikimedia "
                             "Danmark|track=mentor|statement=Forgot the name}} ~~~~"),
        Edit("Bartek Nowak", p, "{{Peer academy recommendation|candidate=Chen Wei|text=Unsigned "
                                "recommendation}}"),
        Edit("Rosa Mendes", p, "== Ghost User ==\n" + nomination(
            "Ghost User", "newcomer", "Someone I met at a meetup.", group="Wikimedia Brasil",
            region="Latin America")),
        Edit("Pita Tupou", p, nomination("Lars Holm", "mentor", "Helps everyone.",
                                         region="")),
    ]
    e.extend(evidence_edits())
    return e


EVIDENCE_PAGE = "Peer academy/Evidence/2026"
SELECTION_PAGE = "Peer academy/Selection"


def evidence_edits() -> list[Edit]:
    """-> mentoring feedback signed by mentees and goal records from earlier trainings."""
    p = EVIDENCE_PAGE

    def feedback(mentee: str, mentor: str, what: str) -> Edit:
        return Edit(mentee, p, f"{{{{Peer academy mentoring feedback|mentor={mentor}|what={what}"
                               "}} ~~~~")

    def goal(signer: str, user: str, goal_text: str, status: str) -> Edit:
        return Edit(signer, p, f"{{{{Peer academy goal|user={user}|training=Peer academy 2025"
                               f"|goal={goal_text}|status={status}}}}} ~~~~")

    return [
        feedback("Emeka Eze", "Amara Okafor", "Showed me how to run an edit-a-thon"),
        feedback("Mariam Diallo", "Amara Okafor", "Weekly calls while I started our group"),
        feedback("Ines Duarte", "Jamal Haidar", "Reviewed my first translations"),
        feedback("Olga Petrova", "Jamal Haidar", "Taught me to mentor others"),
        feedback("Fatima Zahra", "Jamal Haidar", "Helped plan women-in-red"),
        feedback("Rosa Mendes", "Kavya Rao", "Train-the-trainer course"),
        feedback("Nikhil Das", "Kavya Rao", "My first workshop"),
        feedback("Dewi Lestari", "Kavya Rao", "Slides and coaching"),
        feedback("Hana Sato", "Chen Wei", "Meetup organizing"),
        feedback("Lars Holm", "Olga Petrova", "School programme materials"),
        feedback("Pita Tupou", "Amara Okafor", "Online mentoring across time zones"),
        # A mentor confirming themselves is listed as a problem, not counted.
        feedback("Kavya Rao", "Kavya Rao", "I mentor a lot"),
        goal("Amara Okafor", "Amara Okafor", "Train five new workshop hosts", "met"),
        goal("Bartek Nowak", "Amara Okafor", "Start a Hausa Wikipedia meetup", "partial"),
        goal("Jamal Haidar", "Jamal Haidar", "Translate the mentoring guide into Arabic", "met"),
        goal("Kavya Rao", "Kavya Rao", "Run a train-the-trainer session", "met"),
        goal("Bartek Nowak", "Kavya Rao", "Publish a trainers' handbook", "not met"),
        goal("Olga Petrova", "Olga Petrova", "School programme in three cities", "partial"),
        goal("Pita Tupou", "Pita Tupou", "Write ten articles about the island", "met"),
        # Not a status the bot knows: a problem on the selection page.
        goal("Chen Wei", "Chen Wei", "Monthly meetups", "ongoing"),
    ]


MENTORING_PAGE = "Peer academy/Mentoring/2026"
PAIRS_PAGE = "Peer academy/Mentoring/Pairs"


def mentoring_edits() -> list[Edit]:
    """-> a small mentoring round: offers by last year's mentors, requests by newer people,
    one request struck by its author (withdrawn), one in a language no mentor speaks."""
    p = MENTORING_PAGE

    def offer(user: str, skills: str, languages: str, capacity: int = 1) -> Edit:
        group, region = GROUP[user]
        return Edit(user, p, f"* {{{{Peer academy mentor offer|skills={skills}|languages="
                             f"{languages}|region={region}|capacity={capacity}|group={group}"
                             "|format=video calls}} ~~~~")

    def request(user: str, needs: str, languages: str, struck: bool = False) -> Edit:
        group, region = GROUP[user]
        line = (f"{{{{Peer academy mentee request|needs={needs}|languages={languages}|region="
                f"{region}|group={group}}}}} ~~~~")
        return Edit(user, p, f"* <s>{line}</s>" if struck else f"* {line}")

    return [
        offer("Amara Okafor", "events, outreach", "en, ha, yo", 2),
        offer("Jamal Haidar", "technical, editing", "ar, en"),
        offer("Kavya Rao", "outreach, grants", "en, kn, hi", 2),
        offer("Gabriela Ruiz", "grants, sources", "es, pt"),
        request("Emeka Eze", "organizing events", "en, ig"),
        request("Fatima Zahra", "templates", "ar, fr"),
        request("Rosa Mendes", "grant writing, references", "pt-br, es"),
        request("Nikhil Das", "education, funding", "hi, en"),
        request("Mariam Diallo", "funding", "fr, dyu"),
        request("Pita Tupou", "photography", "to, en"),
        request("Hana Sato", "lua", "ja"),
        request("Olga Petrova", "grants", "hy, ru", struck=True),
    ]


LABEL_VOTE_PAGE = "Peer academy/Label vote"
LABEL_RESULTS_PAGE = "Peer academy/Votes/Results"
WORDS = ["Leaders", "Guides", "Mentors", "Liaisons", "Facilitators", "Builders", "Organizers"]
STANCES = ["{{support}}", "{{support}}", "{{oppose}}", "{{neutral}}", "{{strong support}}",
           "'''Support'''", "{{weak oppose}}"]


def label_vote_edits() -> list[tuple[str, str, str]]:
    """-> (voter, section, line) of the demo label vote, in saving order: every person votes
    on some words; a reply, a struck vote, an unsigned vote, a duplicate, a changed vote and
    five ranked ballots are among them. "~~~~" is expanded by MediaWiki."""
    edits = []
    for i, (user, _group, _region) in enumerate(PEOPLE):
        for j, word in enumerate(WORDS):
            if (i + 2 * j) % 3 == 0:
                edits.append((user, word, f"# {STANCES[(i + j) % len(STANCES)]} ~~~~"))
    edits += [
        ("Lars Holm", "Mentors", "#: Mentoring is only part of what leaders do. ~~~~"),
        ("Olga Petrova", "Guides", "# <s>{{support}} ~~~~</s>"),
        ("Pita Tupou", "Builders", "# {{support}} I forgot to sign"),
        (PEOPLE[0][0], "Leaders", "# {{support}} said it twice ~~~~"),
        (PEOPLE[3][0], "Organizers", "# {{oppose}} on second thought ~~~~"),
        (PEOPLE[3][0], "Organizers", "# {{support}} changed my mind again ~~~~"),
    ]
    for user, order in [(PEOPLE[1][0], "Mentors|Facilitators|Guides"),
                        (PEOPLE[2][0], "Facilitators|Mentors|Guides"),
                        (PEOPLE[4][0], "Mentors|Guides|Facilitators"),
                        (PEOPLE[6][0], "Guides|Mentors|Facilitators"),
                        (PEOPLE[8][0], "Mentors|Facilitators|Leaders")]:
        edits.append((user, "Ranked ballots", f"# {{{{Peer academy ranking|{order}}}}} ~~~~"))
    return edits


RECORDS_PAGE = "Peer academy/Records"


def records_edits() -> list[Edit]:
    """-> recognitions given by peers (one of them struck by its giver) and the record
    choices signed on the records page: two full records, one opt-out."""
    page = "Peer academy/Recognition/2026"

    def recognition(giver: str, user: str, why: str, struck: bool = False) -> Edit:
        line = f"{{{{Peer academy recognition|user={user}|for={why}}}}} ~~~~"
        return Edit(giver, page, f"* <s>{line}</s>" if struck else f"* {line}")

    return [
        recognition("Emeka Eze", "Amara Okafor", "Translated the training handbook into Igbo"),
        recognition("Jamal Haidar", "Ines Duarte", "Ran the sources workshop twice"),
        recognition("Mariam Diallo", "Jamal Haidar", "Answered every question on the talk page"),
        recognition("Hana Sato", "Lars Holm", "Quiet help with templates", struck=True),
        Edit("Amara Okafor", RECORDS_PAGE, "* {{Peer academy record|full}} ~~~~"),
        Edit("Ines Duarte", RECORDS_PAGE, "* {{Peer academy record|full}} ~~~~"),
        Edit("Olga Petrova", RECORDS_PAGE, "* {{Peer academy record|opt-out}} ~~~~"),
    ]


DEMO_USERS = [person[0] for person in PEOPLE]

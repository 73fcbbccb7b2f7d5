"""The votes job: config -> parse vote pages -> verify against history -> tally -> render.

Parsing is ``page.parse_votes``; it runs ``clean``, ``sections``, ``signature``, ``stance``
and ``ballots`` in that order and yields the records of ``model``.
"""

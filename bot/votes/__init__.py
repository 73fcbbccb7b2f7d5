"""The votes job: config -> parse vote pages -> verify against history -> tally -> render."""

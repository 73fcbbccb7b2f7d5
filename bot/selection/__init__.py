"""The selection job: config and policy -> candidates from evidence -> score and solve with the
lottery -> explain and compare -> render."""

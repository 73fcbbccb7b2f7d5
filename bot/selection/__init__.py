"""The selection job, in the order data flows: config.py and policy.py (what to apply) ->
evidence.py (entries -> candidates, records.py) -> score.py (scores, lottery numbers) ->
solve.py (integer program and lottery draw; diagnose.py when the rules cannot all hold) ->
explain.py (a reason for everyone) -> select.py (the result) -> compare.py (several policies)
-> render.py (report wikitext); job.py wires them to the wiki."""

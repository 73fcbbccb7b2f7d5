"""`peerbot run`: the jobs of config/jobs.yaml, one after another, as a scheduler runs them.

The runner is the one part of the bot that knows every job: it reads the jobs file, finds
each job's module and config loader, and runs the jobs in one process. Its modules, in the
order a run uses them: ``config`` (config/jobs.yaml and on-wiki config pages, pure),
``plan`` (a job entry -> its module and checked local config), ``kill`` (the kill switch
verdict), ``state`` (locks and the last good on-wiki config on disk) and ``run`` (the
loop: effective config, each job's body, the summary). `scripts/run.py` calls
``bot.runner.run.run``.
"""

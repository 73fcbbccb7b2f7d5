"""`make bench`: request, time and memory benchmark of the jobs on seeded local wikis."""

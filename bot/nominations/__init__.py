"""The nominations job: config -> entries -> per-candidate summary -> report page."""

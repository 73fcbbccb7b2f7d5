"""Thin pywikibot scripts, one per job; each is also a `peerbot` subcommand."""

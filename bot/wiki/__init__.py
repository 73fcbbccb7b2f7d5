"""Everything that talks to the wiki: the adapter (``Wiki`` and its parts session, pages,
users and save: the pywikibot users), reading entries, history attribution, the state store,
freshness of a run, and the throwaway local wiki."""

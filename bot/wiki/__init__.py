"""Everything that talks to the wiki: the adapter (the one pywikibot user), reading entries,
history attribution, the state store, freshness of a run, and the throwaway local wiki."""

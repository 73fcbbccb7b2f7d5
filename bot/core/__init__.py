"""Pure parts every job shares: records, signatures, entry templates, history blame,
integrity rules, rendering helpers and config loading. Nothing here talks to the wiki."""

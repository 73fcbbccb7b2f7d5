"""peerbot: nominations, votes and selection reports for the Wikimedia peer academy."""

__version__ = "0.1.0"

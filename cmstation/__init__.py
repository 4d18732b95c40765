"""cmstation: a desktop workstation for the community manager."""

__version__ = "0.1.0"

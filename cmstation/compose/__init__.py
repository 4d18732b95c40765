"""Reply checks (engine + data-driven rules), the signature profile, drafts."""

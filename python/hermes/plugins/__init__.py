"""Legacy namespace of the 0.5.3 release (``hermes.plugins``)."""

"""The core: pure domain rules (``domain``) and use cases (``app``). Imports nothing from adapters,
HTTP or function packages (issue 14's layout; code still in ``functions/shared`` moves here)."""

"""The core: pure domain rules (``domain``), use cases (``app``) and the ports they need
(``ports``). Imports nothing from adapters, HTTP or function packages (``make lint`` checks it)."""

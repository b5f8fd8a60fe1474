"""Pure business rules: no I/O, no imports outside the standard library, pydantic and ``functions.core.domain``."""

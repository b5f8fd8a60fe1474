"""Model providers behind one small interface (:class:`~functions.diagnose.providers.base.ModelProvider`)."""

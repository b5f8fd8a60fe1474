"""Use cases: orchestrate the domain through ports; never import an adapter."""

"""Adapters: the implementations of the core's ports (AWS, Redis, model providers)."""

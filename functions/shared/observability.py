"""Powertools Logger, Metrics and Tracer shared by every function (service name from the env)."""

from __future__ import annotations

from aws_lambda_powertools import Logger, Metrics, Tracer

logger = Logger()
metrics = Metrics(namespace="ArgusOTA")
tracer = Tracer()

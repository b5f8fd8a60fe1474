"""Deployment settings from CDK context: command-line strings and cdk.json values alike."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from infra.config import ArgusConfig
from tests.infra.conftest import cdk_json_context

pytestmark = pytest.mark.infra


def test_defaults_match_cdk_json():
    config = ArgusConfig.from_context(cdk_json_context().get)
    assert config == ArgusConfig()


def test_command_line_strings_are_coerced():
    context = {
        "argus:diagnoseReservedConcurrency": "none",
        "argus:retainData": "false",
        "argus:parseMaxConcurrency": "20",
        "argus:redisUrl": "redis://valkey:6379",
    }
    config = ArgusConfig.from_context(context.get)
    assert config.diagnose_reserved_concurrency is None
    assert config.retain_data is False
    assert config.parse_max_concurrency == 20
    assert config.redis_url == "redis://valkey:6379"


def test_bad_values_are_rejected_before_anything_is_synthesized():
    with pytest.raises(ValidationError):
        ArgusConfig.from_context({"argus:diagnosisProvider": "gpt"}.get)
    with pytest.raises(ValidationError):
        ArgusConfig.from_context({"argus:parseMaxConcurrency": "1"}.get)  # SQS mappings need >= 2

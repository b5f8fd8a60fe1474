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


def test_an_openai_provider_needs_its_endpoint_and_a_nat_gateway():
    # Given the openai provider without an endpoint or egress / Then synth stops with what is missing
    with pytest.raises(ValidationError, match="openaiBaseUrl") as missing_both:
        ArgusConfig.from_context({"argus:diagnosisProvider": "openai"}.get)
    assert "natGateways" in str(missing_both.value)
    with pytest.raises(ValidationError, match="natGateways"):
        ArgusConfig.from_context(
            {"argus:diagnosisProvider": "openai", "argus:openaiBaseUrl": "https://llm.example.com/v1"}.get
        )
    # When both are given / Then the configuration is accepted
    config = ArgusConfig.from_context(
        {
            "argus:diagnosisProvider": "openai",
            "argus:openaiBaseUrl": "https://llm.example.com/v1",
            "argus:natGateways": "1",
        }.get
    )
    assert config.nat_gateways == 1 and config.openai_base_url == "https://llm.example.com/v1"
    # And the other providers need neither
    assert ArgusConfig.from_context({"argus:diagnosisProvider": "bedrock"}.get).nat_gateways == 0


def test_upload_urls_cannot_outlive_the_credentials_that_sign_them():
    # Given six hours, the cap / Then it is accepted; one second more is refused
    assert ArgusConfig.from_context({"argus:uploadUrlExpirySeconds": "21600"}.get).upload_url_expiry_s == 21600
    with pytest.raises(ValidationError):
        ArgusConfig.from_context({"argus:uploadUrlExpirySeconds": "21601"}.get)

"""The OpenAI-compatible provider's key comes from Secrets Manager when the settings name its ARN."""

from __future__ import annotations

import pytest

from functions.bootstrap import openai_api_key
from functions.settings import DiagnoseSettings

pytestmark = pytest.mark.integration


@pytest.fixture
def fresh_parameter_providers():
    from aws_lambda_powertools.utilities import parameters

    parameters.clear_caches()
    yield
    parameters.clear_caches()


def test_the_key_is_read_from_secrets_manager_by_arn(moto_endpoint, client_for, monkeypatch, fresh_parameter_providers):
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    arn = client_for("secretsmanager").create_secret(Name="argus-it/openai-key", SecretString="sk-local-123")["ARN"]
    base = {"table_name": "t", "bucket_name": "b", "diagnosis_provider": "openai"}
    assert openai_api_key(DiagnoseSettings(**base, openai_api_key_secret_arn=arn)) == "sk-local-123"
    assert openai_api_key(DiagnoseSettings(**base, openai_api_key="inline-key")) == "inline-key"
    assert openai_api_key(DiagnoseSettings(**base)) is None

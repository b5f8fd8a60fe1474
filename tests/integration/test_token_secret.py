"""The token secret read from Secrets Manager by ARN, as the deployed authorizer reads it."""

from __future__ import annotations

import pytest

from functions.shared.auth import load_token_secret
from functions.shared.settings import AuthSettings

pytestmark = pytest.mark.integration


@pytest.fixture
def fresh_parameter_providers():
    # Powertools keeps one Secrets Manager client per process, built for the endpoint it first saw.
    from aws_lambda_powertools.utilities import parameters

    parameters.clear_caches()
    yield
    parameters.clear_caches()


def test_the_secret_comes_from_secrets_manager_by_arn(
    moto_endpoint, client_for, monkeypatch, fresh_parameter_providers
):
    # Given a secret stored in Secrets Manager (the moto server, over HTTP)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    monkeypatch.delenv("ARGUS_TOKEN_SECRET", raising=False)
    secret = "from-secrets-manager-0123456789abcdef"
    arn = client_for("secretsmanager").create_secret(Name="argus-it/token-by-arn", SecretString=secret)["ARN"]
    # When the settings name it by ARN / Then that secret is the one used
    assert load_token_secret(AuthSettings(token_secret_arn=arn)) == secret

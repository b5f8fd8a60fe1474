"""The knobs in CDK context change the stack the way docs/operations.md says, and stay cdk-nag clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.infra.conftest import STACK_NAME, Synthesized, cdk_json_context
from tests.infra.test_template import actions_of, argus_functions, logical_id_of_function, policy_statements_of

pytestmark = pytest.mark.infra

# What `make localstack-deploy` passes, plus a Bedrock inference profile and the egress an
# OpenAI-compatible endpoint would need.
OPENAI_KEY_ARN = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:argus/openai-key-AbCdEf"
VARIANT = {
    "argus:redisUrl": "redis://valkey:6379",
    "argus:retainData": "false",
    "argus:diagnoseReservedConcurrency": "none",
    "argus:architecture": "x86_64",
    "argus:diagnosisProvider": "bedrock",
    "argus:bedrockModelId": "us.anthropic.claude-3-5-haiku-20241022-v1:0",
    "argus:natGateways": "1",
    "argus:alarmEmail": "oncall@example.com",
    "argus:openaiApiKeySecretArn": OPENAI_KEY_ARN,
}


def test_a_model_api_key_reaches_the_function_only_as_a_secret_arn_it_may_read(variant, synthesized):
    env = argus_functions(variant)["diagnose"]["Environment"]["Variables"]
    assert env["ARGUS_OPENAI_API_KEY_SECRET_ARN"] == OPENAI_KEY_ARN
    assert "ARGUS_OPENAI_API_KEY" not in env
    reads = [
        s
        for s in policy_statements_of(variant, "diagnose")
        if "secretsmanager:GetSecretValue" in json.dumps(s["Action"])
    ]
    assert [s["Resource"] for s in reads] == [OPENAI_KEY_ARN]
    assert "secretsmanager:GetSecretValue" not in actions_of(synthesized, "diagnose")  # the default stack: none


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory, synthesized: Synthesized) -> Synthesized:
    # (Depends on the main synth only so that jsii starts once per worker.)
    from infra.app import build_app
    from infra.assets import SourceAssets, copy_function_sources

    root = tmp_path_factory.mktemp("variant")
    copy_function_sources(root / "stage")
    app, _ = build_app(
        SourceAssets(root / "stage"), context={**cdk_json_context(), **VARIANT}, outdir=str(root / "cdk.out")
    )
    error = None
    try:
        app.synth()
    except RuntimeError as exc:
        error = str(exc)
    out = Path(root / "cdk.out")
    return Synthesized(
        outdir=out,
        template=json.loads((out / f"{STACK_NAME}.template.json").read_text()),
        report=json.loads((out / "validation-report.json").read_text()),
        error=error,
    )


def test_variant_passes_cdk_nag(variant):
    violations = [v["ruleName"] for p in variant.report["pluginReports"] for v in p["violations"]]
    assert violations == []
    assert variant.error is None


def test_an_external_redis_url_replaces_elasticache(variant):
    assert variant.resources("AWS::ElastiCache::ReplicationGroup") == {}
    for name in ("ingest", "barrier", "diagnose", "query"):
        assert argus_functions(variant)[name]["Environment"]["Variables"]["ARGUS_REDIS_URL"] == "redis://valkey:6379"


def test_bedrock_provider_gets_its_endpoint_and_only_its_model(variant):
    env = argus_functions(variant)["diagnose"]["Environment"]["Variables"]
    assert env["ARGUS_DIAGNOSIS_PROVIDER"] == "bedrock"
    assert env["ARGUS_BEDROCK_MODEL_ID"] == VARIANT["argus:bedrockModelId"]
    assert "bedrock:InvokeModel" in actions_of(variant, "diagnose")
    policies = json.dumps(variant.resources("AWS::IAM::Policy"))
    assert "inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0" in policies
    assert "foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0" in policies
    endpoints = json.dumps(variant.resources("AWS::EC2::VPCEndpoint"))
    assert "bedrock-runtime" in endpoints
    for name in set(argus_functions(variant)) - {"diagnose"}:
        assert not any(a.startswith("bedrock:") for a in actions_of(variant, name)), name


def test_architecture_retention_concurrency_egress_and_alarm_email_follow_context(variant):
    functions = argus_functions(variant)
    assert {tuple(f["Architectures"]) for f in functions.values()} == {("x86_64",)}
    assert "ReservedConcurrentExecutions" not in functions["diagnose"]
    for type_name in ("AWS::DynamoDB::Table", "AWS::S3::Bucket"):
        for resource in variant.resources(type_name).values():
            assert resource["DeletionPolicy"] == "Delete"
    assert len(variant.resources("AWS::EC2::NatGateway")) == 1
    (subscription,) = variant.resources("AWS::SNS::Subscription").values()
    assert subscription["Properties"]["Protocol"] == "email"
    assert subscription["Properties"]["Endpoint"] == "oncall@example.com"


def test_context_changes_never_rename_a_function(variant, synthesized):
    # A renamed logical id would make CloudFormation replace the function on the next deploy.
    for name in argus_functions(synthesized):
        assert logical_id_of_function(variant, name) == logical_id_of_function(synthesized, name)

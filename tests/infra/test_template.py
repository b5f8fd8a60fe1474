"""The properties of the synthesized template that security, reliability and cost depend on."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.infra.conftest import Synthesized

pytestmark = pytest.mark.infra

FUNCTION_NAMES = ("ingest", "parse", "segments", "barrier", "diagnose", "query", "authorizer", "sweeper", "export")
OUTSIDE_VPC = {"authorizer", "export"}


def argus_functions(synthesized: Synthesized) -> dict[str, dict[str, Any]]:
    """Function name -> properties, for every Argus function (not CDK's own helpers)."""
    from infra.assets import FUNCTIONS

    names = {spec.handler: spec.name for spec in FUNCTIONS}
    found = {}
    for resource in synthesized.resources("AWS::Lambda::Function").values():
        handler = resource["Properties"].get("Handler", "")
        if handler.startswith("functions."):
            found[names.get(handler, handler.split(".")[1])] = resource["Properties"]
    return found


def logical_id_of_function(synthesized: Synthesized, name: str) -> str:
    from infra.assets import FUNCTIONS_BY_NAME

    spec = FUNCTIONS_BY_NAME.get(name)
    handler = spec.handler if spec else f"functions.{name}.handler.lambda_handler"
    for logical_id, resource in synthesized.resources("AWS::Lambda::Function").items():
        if resource["Properties"].get("Handler") == handler:
            return logical_id
    raise AssertionError(f"no function {name}")


def policy_statements_of(synthesized: Synthesized, function: str) -> list[dict[str, Any]]:
    role = synthesized.template["Resources"][logical_id_of_function(synthesized, function)]["Properties"]["Role"]
    role_id = role["Fn::GetAtt"][0]
    statements = []
    for policy in synthesized.resources("AWS::IAM::Policy").values():
        if {"Ref": role_id} in policy["Properties"]["Roles"]:
            statements.extend(policy["Properties"]["PolicyDocument"]["Statement"])
    return statements


def queue_feeding(synthesized: Synthesized, function: str) -> str:
    """Logical id of the SQS queue an event source mapping feeds into the function."""
    function_id = logical_id_of_function(synthesized, function)
    for mapping in synthesized.resources("AWS::Lambda::EventSourceMapping").values():
        if mapping["Properties"]["FunctionName"] == {"Ref": function_id}:
            return mapping["Properties"]["EventSourceArn"]["Fn::GetAtt"][0]
    raise AssertionError(f"no queue feeds {function}")


def actions_of(synthesized: Synthesized, function: str) -> set[str]:
    actions: set[str] = set()
    for statement in policy_statements_of(synthesized, function):
        value = statement["Action"]
        actions.update([value] if isinstance(value, str) else value)
    return actions


# ---- storage ------------------------------------------------------------------------------------


def test_log_bucket_is_private_encrypted_versioned_and_cleans_up_abandoned_uploads(template):
    from aws_cdk.assertions import Match

    # Given the synthesized stack / Then the log bucket blocks public access, encrypts, versions,
    # aborts incomplete multipart uploads, logs access, and lets browsers/vehicles read part ETags.
    template.has_resource_properties(
        "AWS::S3::Bucket",
        {
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "BlockPublicPolicy": True,
                "IgnorePublicAcls": True,
                "RestrictPublicBuckets": True,
            },
            "BucketEncryption": {
                "ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]
            },
            "VersioningConfiguration": {"Status": "Enabled"},
            "LoggingConfiguration": Match.object_like({"LogFilePrefix": "logs-bucket/"}),
            "LifecycleConfiguration": {
                "Rules": Match.array_with(
                    [
                        Match.object_like(
                            {"AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 7}, "Status": "Enabled"}
                        ),
                        Match.object_like({"Prefix": "partials/", "ExpirationInDays": 7, "Status": "Enabled"}),
                    ]
                )
            },
            "CorsConfiguration": {
                "CorsRules": [Match.object_like({"AllowedMethods": ["PUT"], "ExposedHeaders": ["ETag"]})]
            },
        },
    )


def test_every_bucket_denies_requests_without_tls(synthesized):
    # Given every bucket policy / Then each one denies aws:SecureTransport=false
    policies = synthesized.resources("AWS::S3::BucketPolicy")
    assert len(policies) == len(synthesized.resources("AWS::S3::Bucket")) == 2
    for policy in policies.values():
        statements = policy["Properties"]["PolicyDocument"]["Statement"]
        assert any(
            s["Effect"] == "Deny" and s.get("Condition") == {"Bool": {"aws:SecureTransport": "false"}}
            for s in statements
        )


def test_completed_uploads_under_raw_are_queued_for_parsing(synthesized):
    # Given the bucket notification custom resource
    (notification,) = synthesized.resources("Custom::S3BucketNotifications").values()
    # Then only CompleteMultipartUpload events under raw/ go to the parse queue
    (config,) = notification["Properties"]["NotificationConfiguration"]["QueueConfigurations"]
    assert config["Events"] == ["s3:ObjectCreated:CompleteMultipartUpload"]
    assert config["Filter"] == {"Key": {"FilterRules": [{"Name": "prefix", "Value": "raw/"}]}}
    assert config["QueueArn"] == {"Fn::GetAtt": [queue_feeding(synthesized, "parse"), "Arn"]}


def test_table_is_on_demand_with_pitr_ttl_the_vehicle_index_and_the_open_batch_index(template):
    template.has_resource_properties(
        "AWS::DynamoDB::Table",
        {
            "BillingMode": "PAY_PER_REQUEST",
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}],
            "PointInTimeRecoverySpecification": {"PointInTimeRecoveryEnabled": True},
            "TimeToLiveSpecification": {"AttributeName": "expires_at", "Enabled": True},
            "SSESpecification": {"SSEEnabled": True},
            "GlobalSecondaryIndexes": [
                {
                    "IndexName": index,
                    "KeySchema": [
                        {"AttributeName": f"{index}pk", "KeyType": "HASH"},
                        {"AttributeName": f"{index}sk", "KeyType": "RANGE"},
                    ],
                    "Projection": {"ProjectionType": "ALL"},
                }
                # per VIN, open batches, per vehicle, all batches (the listing API's access patterns)
                for index in ("gsi1", "gsi2", "gsi3", "gsi4")
            ],
        },
    )


def test_the_sweeper_reconciles_every_5_minutes_and_may_only_fail_batches_abort_uploads_and_start(synthesized):
    rules = synthesized.resources("AWS::Events::Rule")
    (rule,) = rules.values()
    assert rule["Properties"]["ScheduleExpression"] == "rate(5 minutes)"
    # Given the sweeper's policy, apart from what every function in the VPC gets (logs, X-Ray, ENIs)
    actions = {a for a in actions_of(synthesized, "sweeper") if a.split(":")[0] in ("dynamodb", "s3", "states")}
    # Then it may list open batches and their files, re-read and update them, abort uploads and start a
    # complete batch's workflow (the reconciler): it creates or deletes no item or object, calls no model.
    assert actions == {
        "dynamodb:Query",
        "dynamodb:GetItem",
        "dynamodb:UpdateItem",
        "s3:AbortMultipartUpload",
        "states:StartExecution",
    }
    services = {a.split(":")[0] for a in actions_of(synthesized, "sweeper")}
    assert services == {"dynamodb", "s3", "states", "logs", "xray", "ec2"}
    index_queries = [
        s["Resource"]
        for s in policy_statements_of(synthesized, "sweeper")
        if s["Action"] == "dynamodb:Query" and "/index/" in json.dumps(s["Resource"])
    ]
    assert len(index_queries) == 1 and "/index/gsi2" in json.dumps(index_queries)


def test_data_stores_survive_a_stack_delete_by_default(synthesized):
    # Given the default context (argus:retainData=true) / Then table and buckets are retained
    for type_name in ("AWS::DynamoDB::Table", "AWS::S3::Bucket"):
        for resource in synthesized.resources(type_name).values():
            assert resource["DeletionPolicy"] == "Retain"


# ---- queues -------------------------------------------------------------------------------------


def test_work_queues_are_encrypted_tls_only_and_dead_letter_after_bounded_retries(synthesized):
    queues = synthesized.resources("AWS::SQS::Queue")
    work = {k: v["Properties"] for k, v in queues.items() if "RedrivePolicy" in v["Properties"]}
    dlqs = {k: v["Properties"] for k, v in queues.items() if "RedrivePolicy" not in v["Properties"]}
    assert len(work) == len(dlqs) == 2
    for props in queues.values():
        assert props["Properties"]["SqsManagedSseEnabled"] is True
    for props in work.values():
        assert props["RedrivePolicy"]["maxReceiveCount"] in (3, 5)
        assert props["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0] in dlqs
    # Then every queue policy denies plain HTTP
    for policy in synthesized.resources("AWS::SQS::QueuePolicy").values():
        assert any(
            s["Effect"] == "Deny" and s.get("Condition") == {"Bool": {"aws:SecureTransport": "false"}}
            for s in policy["Properties"]["PolicyDocument"]["Statement"]
        )


def test_visibility_timeout_is_six_times_the_consumer_timeout(synthesized):
    functions = argus_functions(synthesized)
    resources = synthesized.template["Resources"]
    for name in ("parse", "barrier"):
        queue = resources[queue_feeding(synthesized, name)]["Properties"]
        assert queue["VisibilityTimeout"] == 6 * functions[name]["Timeout"], name


def test_sqs_mappings_report_partial_batch_failures_and_parse_concurrency_is_capped(synthesized):
    mappings = synthesized.resources("AWS::Lambda::EventSourceMapping")
    assert len(mappings) == 2
    for mapping in mappings.values():
        assert mapping["Properties"]["FunctionResponseTypes"] == ["ReportBatchItemFailures"]
    parse_id = logical_id_of_function(synthesized, "parse")
    parse = next(m["Properties"] for m in mappings.values() if m["Properties"]["FunctionName"] == {"Ref": parse_id})
    assert parse["BatchSize"] == 1
    assert parse["ScalingConfig"] == {"MaximumConcurrency": 50}


# ---- functions ----------------------------------------------------------------------------------


def test_every_argus_function_is_on_house_defaults(synthesized):
    functions = argus_functions(synthesized)
    assert set(functions) == set(FUNCTION_NAMES)
    for name, props in functions.items():
        assert props["Runtime"] == "python3.13", name
        assert props["Architectures"] == ["arm64"], name
        assert props["TracingConfig"] == {"Mode": "Active"}, name
        assert props["LoggingConfig"]["LogFormat"] == "JSON", name
        assert "LogGroup" in props["LoggingConfig"], name
        env = props["Environment"]["Variables"]
        assert env["POWERTOOLS_SERVICE_NAME"] == f"argus-{name}"
        assert env["POWERTOOLS_METRICS_NAMESPACE"] == "ArgusOTA"
        assert env["POWERTOOLS_LOG_LEVEL"] == "INFO"


def test_function_log_groups_have_retention(synthesized):
    groups = synthesized.resources("AWS::Logs::LogGroup")
    assert groups
    for group in groups.values():
        assert group["Properties"]["RetentionInDays"] == 30


def test_timeouts_and_memory_are_sized_per_function(synthesized):
    functions = argus_functions(synthesized)
    assert functions["parse"]["Timeout"] == 900 and functions["parse"]["MemorySize"] == 2048
    # API-facing functions finish well inside API Gateway's 29 s integration limit
    for name in ("ingest", "query", "authorizer"):
        assert functions[name]["Timeout"] < 29
    assert functions["diagnose"]["ReservedConcurrentExecutions"] == 10


def test_only_the_authorizer_and_the_export_run_outside_the_vpc(synthesized):
    functions = argus_functions(synthesized)
    for name in OUTSIDE_VPC:
        assert "VpcConfig" not in functions[name], name
    for name in set(FUNCTION_NAMES) - OUTSIDE_VPC:
        assert functions[name]["VpcConfig"]["SubnetIds"], name


def test_redis_url_points_at_the_valkey_primary_over_tls(synthesized):
    functions = argus_functions(synthesized)
    (valkey_id,) = synthesized.resources("AWS::ElastiCache::ReplicationGroup")
    for name in ("ingest", "barrier", "diagnose", "query"):
        url = functions[name]["Environment"]["Variables"]["ARGUS_REDIS_URL"]
        assert url["Fn::Join"][1][0] == "rediss://"
        assert {"Fn::GetAtt": [valkey_id, "PrimaryEndPoint.Address"]} in url["Fn::Join"][1]
    assert "ARGUS_REDIS_URL" not in functions["parse"]["Environment"]["Variables"]


# ---- least privilege ----------------------------------------------------------------------------


def test_roles_carry_no_managed_policies(synthesized):
    functions = argus_functions(synthesized)
    roles = synthesized.template["Resources"]
    for name in functions:
        role = roles[logical_id_of_function(synthesized, name)]["Properties"]["Role"]["Fn::GetAtt"][0]
        assert "ManagedPolicyArns" not in roles[role]["Properties"], name


def test_each_function_gets_only_the_actions_it_needs(synthesized):
    assert "states:StartExecution" in actions_of(synthesized, "ingest")
    assert "states:StartExecution" in actions_of(synthesized, "barrier")
    assert "states:StartExecution" in actions_of(synthesized, "parse")  # the long-file path, its own machine
    assert "sqs:SendMessage" in actions_of(synthesized, "parse")
    assert "states:StartExecution" in actions_of(synthesized, "sweeper")  # the reconciler
    assert {"kms:GetPublicKey", "dynamodb:GetItem"} <= actions_of(synthesized, "authorizer")
    # Then nothing reaches further than its job
    for name in ("segments", "query", "authorizer", "diagnose"):
        assert "states:StartExecution" not in actions_of(synthesized, name), name
    for name in FUNCTION_NAMES:
        assert "kms:Sign" not in actions_of(synthesized, name), name  # only ops sign vehicle credentials
        assert "secretsmanager:GetSecretValue" not in actions_of(synthesized, name), name
    query_writes = {a for a in actions_of(synthesized, "query") if a.startswith("dynamodb:")} & {
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
        "dynamodb:BatchWriteItem",
    }
    assert query_writes == set()
    assert {a for a in actions_of(synthesized, "authorizer") if a.startswith(("dynamodb:", "s3:"))} == {
        "dynamodb:GetItem"  # token versions only
    }
    assert not any(a.startswith("bedrock:") for a in actions_of(synthesized, "diagnose"))  # provider "rules"


def test_table_grants_hold_only_the_item_actions_the_adapters_call(synthesized):
    # Given every function's DynamoDB actions
    used = {"dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"}
    used |= {"dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"}  # the fleet index (diagnose, query)
    for name in FUNCTION_NAMES:
        actions = {a for a in actions_of(synthesized, name) if a.startswith("dynamodb:")}
        # Then none reaches beyond get/put/update/query (transactions are checked per item)
        assert actions <= used, (name, actions - used)
    assert {a for a in actions_of(synthesized, "query") if a.startswith("dynamodb:")} == {
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:BatchGetItem",
    }
    assert not {a for a in actions_of(synthesized, "export") if a.startswith("dynamodb:")}


def test_object_grants_are_scoped_to_prefixes(synthesized):
    def prefixes(function: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for statement in policy_statements_of(synthesized, function):
            resource = statement["Resource"]
            if isinstance(resource, dict) and "Fn::Join" in resource and str(resource).count("StorageLogs"):
                suffix = resource["Fn::Join"][1][-1]
                actions = statement["Action"]
                found[suffix] = set([actions] if isinstance(actions, str) else actions)
        return found

    assert prefixes("parse") == {"/raw/*": {"s3:GetObject"}, "/summaries/*": {"s3:PutObject"}}
    # Reports are served from DynamoDB: query only writes and presigns rendered pages, diagnose only writes reports/.
    assert prefixes("query") == {"/pages/*": {"s3:GetObject", "s3:PutObject"}}
    assert prefixes("diagnose") == {"/summaries/*": {"s3:GetObject", "s3:PutObject"}, "/reports/*": {"s3:PutObject"}}
    assert prefixes("sweeper") == {"/raw/*": {"s3:AbortMultipartUpload"}}
    assert prefixes("segments") == {
        "/raw/*": {"s3:GetObject"},
        "/partials/*": {"s3:GetObject", "s3:PutObject"},
        "/summaries/*": {"s3:PutObject"},
    }
    assert prefixes("export") == {"/reports/*": {"s3:GetObject"}, "/analytics/batches/*": {"s3:PutObject"}}
    assert set(prefixes("ingest")) == {"/raw/*"}
    assert "s3:GetObject" not in prefixes("ingest")["/raw/*"]


@pytest.mark.parametrize(
    ("function", "placeholder"), [("diagnose", "DiagnoseFunctionArn"), ("segments", "SegmentsFunctionArn")]
)
def test_each_state_machine_may_invoke_only_its_function(synthesized, function, placeholder):
    from tests.infra.test_local_parity import state_machine_with

    diagnose = logical_id_of_function(synthesized, function)
    machine = state_machine_with(synthesized, placeholder)
    role_id = machine["Properties"]["RoleArn"]["Fn::GetAtt"][0]
    invokes = [
        s
        for p in synthesized.resources("AWS::IAM::Policy").values()
        if {"Ref": role_id} in p["Properties"]["Roles"]
        for s in p["Properties"]["PolicyDocument"]["Statement"]
        if "lambda:InvokeFunction" in json.dumps(s["Action"])
    ]
    assert [s["Resource"] for s in invokes] == [{"Fn::GetAtt": [diagnose, "Arn"]}]


# ---- network and cache --------------------------------------------------------------------------


def test_vpc_has_no_nat_and_reaches_aws_through_endpoints(synthesized):
    assert synthesized.resources("AWS::EC2::NatGateway") == {}
    assert synthesized.resources("AWS::EC2::InternetGateway") == {}
    endpoints = synthesized.resources("AWS::EC2::VPCEndpoint").values()
    services = {json.dumps(e["Properties"]["ServiceName"]) for e in endpoints}
    for name in ("s3", "dynamodb", "sqs", "states", "xray"):
        assert any(f".{name}" in s or f'{name}"' in s for s in services), name
    assert len(synthesized.resources("AWS::EC2::FlowLog")) == 1


def test_valkey_encrypts_in_transit_and_at_rest_and_admits_only_the_functions(synthesized, template):
    template.has_resource_properties(
        "AWS::ElastiCache::ReplicationGroup",
        {
            "Engine": "valkey",
            "TransitEncryptionEnabled": True,
            "TransitEncryptionMode": "required",
            "AtRestEncryptionEnabled": True,
            "MultiAZEnabled": True,
            "AutomaticFailoverEnabled": True,
            "Port": 6380,
        },
    )
    (cache,) = synthesized.resources("AWS::ElastiCache::ReplicationGroup").values()
    (cache_sg,) = [sg["Fn::GetAtt"][0] for sg in cache["Properties"]["SecurityGroupIds"]]
    ingress = [
        i["Properties"]
        for i in synthesized.resources("AWS::EC2::SecurityGroupIngress").values()
        if i["Properties"]["GroupId"] == {"Fn::GetAtt": [cache_sg, "GroupId"]}
    ]
    assert len(ingress) == 1
    assert ingress[0]["FromPort"] == ingress[0]["ToPort"] == 6380
    assert ingress[0]["SourceSecurityGroupId"]["Fn::GetAtt"][0].startswith("NetworkFunctionsSg")
    assert "SecurityGroupIngress" not in synthesized.template["Resources"][cache_sg]["Properties"]


# ---- workflow, API, observability ---------------------------------------------------------------


def test_state_machine_is_standard_with_full_logging_and_tracing(template):
    from aws_cdk.assertions import Match

    template.has_resource_properties(
        "AWS::StepFunctions::StateMachine",
        {
            "StateMachineType": "STANDARD",
            "LoggingConfiguration": Match.object_like({"Level": "ALL", "IncludeExecutionData": False}),
            "TracingConfiguration": {"Enabled": True},
        },
    )


def test_api_stage_logs_throttles_and_traces(template):
    from aws_cdk.assertions import Match

    template.has_resource_properties(
        "AWS::ApiGateway::Stage",
        {
            "StageName": "prod",
            "TracingEnabled": True,
            "AccessLogSetting": Match.object_like({"DestinationArn": Match.any_value()}),
            "MethodSettings": [
                Match.object_like(
                    {
                        "HttpMethod": "*",
                        "ResourcePath": "/*",
                        "LoggingLevel": "ERROR",
                        "DataTraceEnabled": False,
                        "ThrottlingRateLimit": 100,
                        "ThrottlingBurstLimit": 200,
                    }
                )
            ],
        },
    )
    template.has_resource_properties(
        "AWS::ApiGateway::RequestValidator", {"ValidateRequestBody": True, "ValidateRequestParameters": True}
    )


def test_api_access_logs_are_json_with_status_path_latency_and_caller_ip(synthesized):
    (stage,) = synthesized.resources("AWS::ApiGateway::Stage").values()
    # Given the stage's access log format / When it is read as the JSON each request line will be
    fields = json.loads(stage["Properties"]["AccessLogSetting"]["Format"])
    # Then it has what docs/operations.md promises, the latency included
    assert fields["status"] == "$context.status"
    assert fields["resourcePath"] == "$context.resourcePath"
    assert fields["responseLatency"] == "$context.responseLatency"
    assert fields["ip"] == "$context.identity.sourceIp"
    assert fields["requestId"] == "$context.requestId"


def test_api_errors_from_the_gateway_use_the_project_error_shape(synthesized):
    responses = synthesized.resources("AWS::ApiGateway::GatewayResponse").values()
    types = {r["Properties"]["ResponseType"] for r in responses}
    assert {"UNAUTHORIZED", "ACCESS_DENIED", "BAD_REQUEST_BODY", "THROTTLED", "DEFAULT_4XX", "DEFAULT_5XX"} <= types
    for response in responses:
        body = response["Properties"]["ResponseTemplates"]["application/json"]
        # $context.error.messageString is already a quoted JSON string
        rendered = body.replace("$context.error.messageString", '"m"').replace("$context.requestId", "r")
        assert set(json.loads(rendered)["error"]) == {"code", "message", "details"}


def test_authorizer_is_an_uncached_request_authorizer_on_the_authorization_header(synthesized):
    # A cached result would outlive an expired or revoked token: the authorizer runs on every request.
    (authorizer,) = synthesized.resources("AWS::ApiGateway::Authorizer").values()
    props = authorizer["Properties"]
    assert props["Type"] == "REQUEST"
    assert props["IdentitySource"] == "method.request.header.Authorization"
    assert props["AuthorizerResultTtlInSeconds"] == 0
    assert logical_id_of_function(synthesized, "authorizer") in json.dumps(props["AuthorizerUri"])


def test_alarms_cover_dlqs_workflow_failures_and_every_function(synthesized):
    alarms = [a["Properties"] for a in synthesized.resources("AWS::CloudWatch::Alarm").values()]
    by_metric: dict[str, int] = {}
    for alarm in alarms:
        by_metric[alarm["MetricName"]] = by_metric.get(alarm["MetricName"], 0) + 1
        assert alarm["AlarmActions"], alarm["MetricName"]
    assert by_metric["ApproximateNumberOfMessagesVisible"] == 2  # one per DLQ
    assert by_metric["Errors"] == by_metric["Throttles"] == len(FUNCTION_NAMES)
    assert by_metric["ExecutionsFailed"] == 1  # the batch workflow (a failed file workflow fails its file)
    assert by_metric["ExecutionsTimedOut"] == 1
    assert len(synthesized.resources("AWS::CloudWatch::Dashboard")) == 1


def test_alarm_topic_is_encrypted_with_a_rotating_key_cloudwatch_can_use(synthesized, template):
    from aws_cdk.assertions import Match

    template.has_resource_properties("AWS::SNS::Topic", {"KmsMasterKeyId": Match.any_value()})
    template.has_resource_properties("AWS::KMS::Key", {"EnableKeyRotation": True})
    (key,) = [k for k in synthesized.resources("AWS::KMS::Key").values() if "KeySpec" not in k["Properties"]]
    principals = json.dumps(key["Properties"]["KeyPolicy"])
    assert "cloudwatch.amazonaws.com" in principals


def test_engineers_sign_in_through_a_cognito_user_pool_and_vehicles_hold_kms_signed_credentials(synthesized):
    (pool,) = synthesized.resources("AWS::Cognito::UserPool").values()
    assert pool["Properties"]["AdminCreateUserConfig"]["AllowAdminCreateUserOnly"] is True
    assert pool["Properties"]["MfaConfiguration"] == "ON"
    (key,) = [
        k for k in synthesized.resources("AWS::KMS::Key").values() if k["Properties"].get("KeySpec") == "RSA_2048"
    ]
    assert key["Properties"]["KeyUsage"] == "SIGN_VERIFY"
    env = argus_functions(synthesized)["authorizer"]["Environment"]["Variables"]
    assert {"ARGUS_OIDC_ISSUER", "ARGUS_OIDC_AUDIENCE", "ARGUS_OIDC_JWKS_URL", "ARGUS_VEHICLE_KMS_KEY_IDS"} <= set(env)

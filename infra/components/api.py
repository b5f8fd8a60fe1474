"""API Gateway (REST) built from the shared route table, behind a Lambda authorizer."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from constructs import Construct

from functions.http.routes import Route

STAGE_NAME = "prod"
_PATH_PARAM = re.compile(r"{([^}]+)}")

# Gateway-generated errors in the same shape the handlers use: {"error": {"code", "message", "details"}}.
_GATEWAY_ERRORS: dict[str, tuple[apigw.ResponseType, str]] = {
    "Unauthorized": (apigw.ResponseType.UNAUTHORIZED, "unauthorized"),
    "AccessDenied": (apigw.ResponseType.ACCESS_DENIED, "forbidden"),
    "BadRequestParameters": (apigw.ResponseType.BAD_REQUEST_PARAMETERS, "bad_request"),
    "BadRequestBody": (apigw.ResponseType.BAD_REQUEST_BODY, "bad_request"),
    "Throttled": (apigw.ResponseType.THROTTLED, "throttled"),
    "QuotaExceeded": (apigw.ResponseType.QUOTA_EXCEEDED, "throttled"),
    # API Gateway answers an unknown path or method with 403 "Missing Authentication Token": say what it is.
    "MissingToken": (apigw.ResponseType.MISSING_AUTHENTICATION_TOKEN, "route_not_found"),
    "Default4xx": (apigw.ResponseType.DEFAULT_4_XX, "bad_request"),
    "Default5xx": (apigw.ResponseType.DEFAULT_5_XX, "internal_error"),
}


# CDK's JSON standard fields (without caller and user, which a Lambda authorizer leaves empty) plus the
# latency, which the standard set lacks and which is the first thing to look at in a slow request.
ACCESS_LOG_FIELDS = {
    "requestId": apigw.AccessLogField.context_request_id(),
    "ip": apigw.AccessLogField.context_identity_source_ip(),
    "requestTime": apigw.AccessLogField.context_request_time(),
    "httpMethod": apigw.AccessLogField.context_http_method(),
    "resourcePath": apigw.AccessLogField.context_resource_path(),
    "status": apigw.AccessLogField.context_status(),
    "protocol": apigw.AccessLogField.context_protocol(),
    "responseLength": apigw.AccessLogField.context_response_length(),
    "responseLatency": apigw.AccessLogField.context_response_latency(),
}


def access_log_format() -> apigw.AccessLogFormat:
    # Every value quoted, as CDK's standard format does: API Gateway writes "-" for a missing value,
    # which would not be valid JSON unquoted.
    return apigw.AccessLogFormat.custom(json.dumps(ACCESS_LOG_FIELDS, separators=(",", ":")))


def path_parameters(path: str) -> list[str]:
    return _PATH_PARAM.findall(path)


class ApiConstruct(Construct):
    """One REST API; every route of ``functions.http.routes.ROUTES`` becomes one method.

    The authorizer answers with a policy for the whole API (allow on its role's routes, deny on the
    rest), so API Gateway may cache it per token and apply it to the caller's next requests; it puts
    the caller's role and subject in the request context for the handlers.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        routes: Sequence[Route],
        handlers: Mapping[str, lambda_.IFunction],
        authorizer_fn: lambda_.IFunction,
        rate_limit: int,
        burst_limit: int,
        log_retention: logs.RetentionDays,
    ) -> None:
        super().__init__(scope, construct_id)
        self.access_logs = logs.LogGroup(
            self, "AccessLogs", retention=log_retention, removal_policy=RemovalPolicy.DESTROY
        )
        self.api = apigw.RestApi(
            self,
            "Api",
            description="Argus OTA: vehicles upload log batches, engineers read reports",
            endpoint_types=[apigw.EndpointType.REGIONAL],
            # Execution logging needs the account-level CloudWatch role; the API creates it if missing.
            cloud_watch_role=True,
            deploy_options=apigw.StageOptions(
                stage_name=STAGE_NAME,
                throttling_rate_limit=rate_limit,
                throttling_burst_limit=burst_limit,
                logging_level=apigw.MethodLoggingLevel.ERROR,
                data_trace_enabled=False,  # request bodies and tokens stay out of the logs
                metrics_enabled=True,
                tracing_enabled=True,
                access_log_destination=apigw.LogGroupLogDestination(self.access_logs),
                access_log_format=access_log_format(),
            ),
        )
        self.validator = apigw.RequestValidator(
            self,
            "Validator",
            rest_api=self.api,
            # Path parameters and the Authorization header are checked at the edge; bodies are
            # validated by the handlers' pydantic models, the one schema source.
            validate_request_parameters=True,
            validate_request_body=True,
        )
        self.authorizer = apigw.RequestAuthorizer(
            self,
            "Authorizer",
            handler=authorizer_fn,
            identity_sources=[apigw.IdentitySource.header("Authorization")],
            # No result cache: API Gateway would keep a policy for its TTL whatever the token's exp,
            # so an expired (or revoked) token would still pass. The authorizer keeps the JWKS and
            # token versions in memory, so a call costs one signature check.
            results_cache_ttl=Duration.seconds(0),
        )
        for name, (response_type, code) in _GATEWAY_ERRORS.items():
            self.api.add_gateway_response(
                name,
                type=response_type,
                status_code="404" if code == "route_not_found" else None,
                response_headers={"Content-Type": "'application/json'"},
                templates={
                    "application/json": (
                        '{"error": {"code": "' + code + '", "message": $context.error.messageString, '
                        '"details": {"request_id": "$context.requestId"}}}'
                    )
                },
            )

        integrations = {name: apigw.LambdaIntegration(fn, allow_test_invoke=False) for name, fn in handlers.items()}
        self.methods: dict[tuple[str, str], apigw.Method] = {}
        for route in routes:
            resource = self.api.root.resource_for_path(route.path)
            params = {f"method.request.path.{p}": True for p in path_parameters(route.path)}
            params["method.request.header.Authorization"] = True
            self.methods[(route.method, route.path)] = resource.add_method(
                route.method,
                integrations[route.function],
                request_validator=self.validator,
                request_parameters=params,
                authorization_type=apigw.AuthorizationType.CUSTOM,
                authorizer=self.authorizer,
            )

    @property
    def url(self) -> str:
        return self.api.url

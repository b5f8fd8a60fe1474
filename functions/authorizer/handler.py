"""API Gateway REQUEST authorizer: a bearer token in, an IAM policy with the caller's role out."""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import APIGatewayAuthorizerRequestEvent
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions.shared.auth import InvalidToken, bearer_token, load_token_secret, policy_for, verify_token
from functions.shared.observability import logger, metrics
from functions.shared.settings import AuthSettings, load


class Unauthenticated(Exception):
    """API Gateway answers 401 when an authorizer fails with exactly the message "Unauthorized"."""

    def __init__(self) -> None:
        super().__init__("Unauthorized")


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def lambda_handler(event: dict[str, Any], context: LambdaContext, secret: str | None = None) -> dict[str, Any]:
    request = APIGatewayAuthorizerRequestEvent(event)
    token = bearer_token(request.headers)
    if token is None:
        logger.info("no bearer token", extra={"path": request.path})
        metrics.add_metric(name="AuthRejected", unit="Count", value=1)
        raise Unauthenticated()
    try:
        claims = verify_token(secret or load_token_secret(load(AuthSettings)), token)
    except InvalidToken as exc:
        logger.info("token rejected", extra={"reason": exc.details.get("reason"), "path": request.path})
        metrics.add_metric(name="AuthRejected", unit="Count", value=1)
        raise Unauthenticated() from None
    logger.append_keys(principal=f"{claims.role}:{claims.sub}")
    return policy_for(claims, request.method_arn)

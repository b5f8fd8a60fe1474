"""API Gateway REQUEST authorizer: a bearer JWT in, an IAM policy with the caller's role out."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import APIGatewayAuthorizerRequestEvent
from aws_lambda_powertools.utilities.typing import LambdaContext

from functions import bootstrap
from functions.core.domain.errors import InvalidToken
from functions.core.observability import logger, metrics
from functions.http.auth import Authenticator, bearer_token, policy_for


class Unauthenticated(Exception):
    """API Gateway answers 401 when an authorizer fails with exactly the message "Unauthorized"."""

    def __init__(self) -> None:
        super().__init__("Unauthorized")


@lru_cache(maxsize=1)
def default_service() -> Authenticator:  # named like every handler's, so a new local cloud forgets it
    return bootstrap.build_authorizer()


@logger.inject_lambda_context(clear_state=True)
@metrics.log_metrics
def lambda_handler(
    event: dict[str, Any], context: LambdaContext, authenticator: Authenticator | None = None
) -> dict[str, Any]:
    request = APIGatewayAuthorizerRequestEvent(event)
    token = bearer_token(request.headers)
    if token is None:
        logger.info("no bearer token", extra={"path": request.path})
        metrics.add_metric(name="AuthRejected", unit="Count", value=1)
        raise Unauthenticated()
    try:
        claims = (authenticator or default_service()).authenticate(token)
    except InvalidToken as exc:
        logger.info("token rejected", extra={"reason": exc.details.get("reason"), "path": request.path})
        metrics.add_metric(name="AuthRejected", unit="Count", value=1)
        raise Unauthenticated() from None
    logger.append_keys(principal=f"{claims.role}:{claims.sub}")
    return policy_for(claims, request.method_arn)

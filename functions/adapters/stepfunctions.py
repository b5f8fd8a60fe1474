"""Step Functions: one execution per batch, named after it."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError


class StepFunctionsStarter:
    def __init__(self, client: Any, state_machine_arn: str) -> None:
        self._sfn = client
        self._arn = state_machine_arn

    def _execution_arn(self, name: str) -> str:
        # arn:aws:states:region:account:stateMachine:NAME → arn:aws:states:region:account:execution:NAME:exec
        prefix, machine = self._arn.split(":stateMachine:", 1)
        return f"{prefix}:execution:{machine}:{name}"

    def start(self, name: str, input_json: str) -> str:
        try:
            return self._sfn.start_execution(stateMachineArn=self._arn, name=name, input=input_json)["executionArn"]
        except ClientError as exc:
            # Names are unique per state machine for 90 days: a second start of the batch is a no-op.
            if exc.response["Error"]["Code"] == "ExecutionAlreadyExists":
                return self._execution_arn(name)
            raise

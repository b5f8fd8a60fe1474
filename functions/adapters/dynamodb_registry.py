"""The vehicle registry in the platform's one DynamoDB table.

Item layout (beside the batches' ``BATCH#`` items):
    VIN#{vin}          / #OWNER    {vehicle_id}                 who a VIN belongs to
    VEHICLE#{id}       / #VEHICLE  {vehicle_id, vin, token_version, updated_at}
A binding writes both in one transaction, each conditioned on being unbound or bound to the other,
so two vehicles racing for one VIN cannot both win.
"""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from functions.adapters.dynamodb import is_condition_failure
from functions.core.domain.batch import utcnow
from functions.core.domain.errors import VinBoundToAnotherVehicle, echo_id
from functions.core.ports import VehicleRecord

OWNER = "#OWNER"
VEHICLE = "#VEHICLE"


def _vin_pk(vin: str) -> str:
    return f"VIN#{vin}"


def _vehicle_pk(vehicle_id: str) -> str:
    return f"VEHICLE#{vehicle_id}"


class DynamoVehicleRegistry:
    def __init__(self, table: Any) -> None:
        self._table = table
        self._client = table.meta.client
        self._name = table.name

    def get(self, vehicle_id: str) -> VehicleRecord | None:
        item = self._table.get_item(Key={"pk": _vehicle_pk(vehicle_id), "sk": VEHICLE}, ConsistentRead=True).get(
            "Item"
        )
        if not item:
            return None
        return VehicleRecord(vehicle_id, item.get("vin"), int(item.get("token_version", 0)))

    def owner_of(self, vin: str) -> str | None:
        item = self._table.get_item(Key={"pk": _vin_pk(vin), "sk": OWNER}, ConsistentRead=True).get("Item")
        return item["vehicle_id"] if item else None

    def claim(self, vehicle_id: str, vin: str) -> VehicleRecord:
        current = self.get(vehicle_id)
        if current is not None and current.vin == vin:
            return current  # the common case: one read, no write
        now = utcnow().isoformat()
        try:
            self._client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self._name,
                            "Item": {"pk": _vin_pk(vin), "sk": OWNER, "type": "vin", "vehicle_id": vehicle_id},
                            "ConditionExpression": "attribute_not_exists(pk) OR vehicle_id = :v",
                            "ExpressionAttributeValues": {":v": vehicle_id},
                        }
                    },
                    {
                        "Update": {
                            "TableName": self._name,
                            "Key": {"pk": _vehicle_pk(vehicle_id), "sk": VEHICLE},
                            "UpdateExpression": "SET #t = :type, vehicle_id = :v, vin = :vin, updated_at = :now, "
                            "token_version = if_not_exists(token_version, :zero)",
                            "ConditionExpression": "attribute_not_exists(vin) OR vin = :vin",
                            "ExpressionAttributeNames": {"#t": "type"},
                            "ExpressionAttributeValues": {
                                ":type": "vehicle",
                                ":v": vehicle_id,
                                ":vin": vin,
                                ":now": now,
                                ":zero": 0,
                            },
                        }
                    },
                ]
            )
        except ClientError as exc:
            if not is_condition_failure(exc):  # anything else (a TransactionConflict) is no binding
                raise
            owner = self.owner_of(vin)
            if owner is not None and owner != vehicle_id:
                raise VinBoundToAnotherVehicle(
                    f"VIN {vin} is registered to another vehicle", details={"vin": vin}
                ) from exc
            bound = self.get(vehicle_id)
            raise VinBoundToAnotherVehicle(
                f"vehicle {echo_id(vehicle_id)} is registered with another VIN",
                details={"vehicle_id": echo_id(vehicle_id), "registered_vin": bound.vin if bound else None},
            ) from exc
        return self.get(vehicle_id) or VehicleRecord(vehicle_id, vin, 0)

    def revoke(self, vehicle_id: str) -> VehicleRecord:
        item = self._table.update_item(
            Key={"pk": _vehicle_pk(vehicle_id), "sk": VEHICLE},
            UpdateExpression="SET #t = :type, vehicle_id = :v, updated_at = :now ADD token_version :one",
            ExpressionAttributeNames={"#t": "type"},
            ExpressionAttributeValues={":type": "vehicle", ":v": vehicle_id, ":now": utcnow().isoformat(), ":one": 1},
            ReturnValues="ALL_NEW",
        )["Attributes"]
        return VehicleRecord(vehicle_id, item.get("vin"), int(item["token_version"]))

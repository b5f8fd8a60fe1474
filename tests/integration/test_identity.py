"""The vehicle registry and the KMS-signed vehicle credentials against moto over HTTP, as the
deployed authorizer and the provisioning command use them."""

from __future__ import annotations

import threading

import pytest

from functions.adapters.dynamodb_registry import DynamoVehicleRegistry
from functions.adapters.kms_keys import KmsKeys, KmsSigner
from functions.core.domain.errors import InvalidToken, VinBoundToAnotherVehicle
from functions.core.domain.ids import new_id
from functions.http.auth import VEHICLE_AUDIENCE, VEHICLE_MAX_LIFETIME_S, Authenticator, Issuer, issue_token
from functions.settings import VEHICLE_ISSUER

pytestmark = pytest.mark.integration


def _vin(n: int) -> str:
    return f"WVWZZZ1JZXW{n:06d}"


def test_a_vin_binds_to_one_vehicle_even_when_two_race_for_it(table):
    registry = DynamoVehicleRegistry(table)
    vin = _vin(int(new_id("x")[-5:], 16) % 900_000)
    winners, losers = [], []

    def claim(vehicle_id: str) -> None:
        try:
            registry.claim(vehicle_id, vin)
            winners.append(vehicle_id)
        except VinBoundToAnotherVehicle:
            losers.append(vehicle_id)

    vehicles = [new_id("veh") for _ in range(6)]
    threads = [threading.Thread(target=claim, args=(v,)) for v in vehicles]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1 and len(losers) == 5
    assert registry.claim(winners[0], vin).vin == vin  # the owner claims again: a no-op
    with pytest.raises(VinBoundToAnotherVehicle):
        registry.claim(winners[0], _vin(999_999))  # one vehicle, one VIN


def test_revoking_bumps_the_version_and_the_authorizer_refuses_older_credentials(table, client_for):
    # Given a KMS signing key (as the stack creates) and a vehicle provisioned with it
    kms = client_for("kms")
    key_arn = kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["Arn"]
    signer = KmsSigner(kms, key_arn)
    registry = DynamoVehicleRegistry(table)
    vehicle = new_id("veh")
    record = registry.claim(vehicle, _vin(int(new_id("x")[-5:], 16) % 900_000))

    def credential(version: int) -> str:
        return issue_token(
            signer, issuer=VEHICLE_ISSUER, audience=VEHICLE_AUDIENCE, role="vehicle",
            subject=vehicle, ttl_s=3600, version=version,
        )  # fmt: skip

    issuers = [Issuer(VEHICLE_ISSUER, VEHICLE_AUDIENCE, "vehicle", KmsKeys(kms, [key_arn]), VEHICLE_MAX_LIFETIME_S)]
    first = credential(record.token_version)
    assert Authenticator(issuers, registry).authenticate(first).sub == vehicle
    # When ops revoke it
    assert registry.revoke(vehicle).token_version == record.token_version + 1
    # Then a fresh authorizer instance (no cached version) refuses the old credential, takes a new one
    fresh = Authenticator(issuers, registry)
    with pytest.raises(InvalidToken):
        fresh.authenticate(first)
    assert fresh.authenticate(credential(record.token_version + 1)).ver == record.token_version + 1
    # And a key that is not configured is not trusted
    other = kms.create_key(KeySpec="RSA_2048", KeyUsage="SIGN_VERIFY")["KeyMetadata"]["Arn"]
    forged = issue_token(
        KmsSigner(kms, other), issuer=VEHICLE_ISSUER, audience=VEHICLE_AUDIENCE, role="vehicle",
        subject=vehicle, ttl_s=60, version=record.token_version + 1,
    )  # fmt: skip
    with pytest.raises(InvalidToken):
        fresh.authenticate(forged)

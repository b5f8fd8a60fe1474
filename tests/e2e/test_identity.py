"""Identities end to end on the local cloud: ops provision a vehicle (CLI), its VIN is its own,
another vehicle's claim is a 403, a revoked credential is refused, `argus token` keeps working."""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import httpx
import pytest

from argus.cli import main

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW424242"


def test_provision_claim_revoke(cloud, engineer, tmp_path, capsys):
    state = tmp_path / "local.json"
    state.write_text(json.dumps(asdict(cloud.info)))
    api = cloud.info.api_url
    # Given ops provision veh-ops with its VIN through the CLI, which prints its credential
    assert main(["vehicle", "provision", "veh-ops", "--vin", VIN, "--state", str(state)]) == 0
    credential = capsys.readouterr().out.strip()
    owner = {"Authorization": f"Bearer {credential}"}
    created = httpx.post(f"{api}/v1/batches", json={"vehicle_id": "veh-ops", "vin": VIN}, headers=owner)
    assert created.status_code == 201, created.text

    # When another vehicle claims that VIN, it is a 403 with a clear code
    intruder = {"Authorization": f"Bearer {cloud.info.mint_token('vehicle', 'veh-intruder', 60)}"}
    claim = httpx.post(f"{api}/v1/batches", json={"vehicle_id": "veh-intruder", "vin": VIN}, headers=intruder)
    assert claim.status_code == 403 and claim.json()["error"]["code"] == "vin_bound_to_another_vehicle"
    listed = engineer.request("GET", f"/v1/vehicles/{VIN}/batches")
    batches = listed["batches"] if isinstance(listed, dict) else listed
    assert {b["vehicle_id"] for b in batches} == {"veh-ops"}

    # And ops binding the VIN to someone else through the API is refused the same way
    eng = engineer._http.headers
    other = httpx.post(f"{api}/v1/registry/vehicles", json={"vehicle_id": "veh-other2", "vin": VIN}, headers=eng)
    assert other.status_code == 403 and other.json()["error"]["code"] == "vin_bound_to_another_vehicle"
    assert (
        httpx.post(f"{api}/v1/registry/vehicles", json={"vehicle_id": "veh-ops", "vin": VIN}, headers=owner).status_code
        == 403
    )

    # When ops revoke the vehicle, its credential is refused; a freshly issued one works
    revoked = httpx.post(f"{api}/v1/registry/vehicles/veh-ops/revoke", headers=eng)
    assert revoked.status_code == 200 and revoked.json()["token_version"] == 1
    # (this instance cached version 0 for up to 60 s after the first request: a fresh cache shows the bite)
    from functions.authorizer import handler as authorizer

    authorizer.default_service.cache_clear()
    assert httpx.get(f"{api}/v1/batches/{created.json()['batch_id']}", headers=owner).status_code == 401
    capsys.readouterr()  # the functions log to stdout: keep only what the command prints
    assert main(["token", "vehicle", "veh-ops", "--state", str(state)]) == 0
    fresh = {"Authorization": f"Bearer {capsys.readouterr().out.strip().splitlines()[-1]}"}
    assert httpx.get(f"{api}/v1/batches/{created.json()['batch_id']}", headers=fresh).status_code == 200


def test_the_local_signing_key_is_a_0600_file_and_only_the_public_key_is_served(cloud):
    key = Path(cloud.info.state_dir) / "signing-key.pem"
    assert key.stat().st_mode & 0o777 == 0o600
    jwks = httpx.get(os.environ["ARGUS_VEHICLE_JWKS_URL"]).json()
    assert all("d" not in k and "p" not in k for k in jwks["keys"])

"""Vehicle credentials signed by an AWS KMS key (RSA_2048, SIGN_VERIFY): the private key never
leaves KMS. Ops sign with ``kms:Sign``; the authorizer verifies with ``kms:GetPublicKey`` only.

RS256 because KMS's RSASSA_PKCS1_V1_5_SHA_256 signature is byte for byte the JWS RS256 signature
(an ECDSA signature from KMS is DER and would need re-encoding).
"""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.serialization import load_der_public_key

from functions.core.domain.errors import InvalidToken

KMS_ALGORITHM = "RSASSA_PKCS1_V1_5_SHA_256"


def key_id_of(arn_or_id: str) -> str:
    """The key's id (the ``kid`` of its tokens) from an ARN, an alias-free id, or ``key/…``."""
    return arn_or_id.rsplit("/", 1)[-1].rsplit(":", 1)[-1]


class KmsSigner:
    alg = "RS256"

    def __init__(self, client: Any, key_id: str) -> None:
        self._kms = client
        self._key_id = key_id
        self.kid = key_id_of(client.describe_key(KeyId=key_id)["KeyMetadata"]["KeyId"])

    def sign(self, signing_input: bytes) -> bytes:
        response = self._kms.sign(
            KeyId=self._key_id, Message=signing_input, MessageType="RAW", SigningAlgorithm=KMS_ALGORITHM
        )
        return response["Signature"]


class KmsKeys:
    """The public keys of the configured KMS keys (the first signs new credentials; the others are
    still accepted during a rotation), fetched once per key per Lambda instance."""

    def __init__(self, client: Any, key_ids: list[str]) -> None:
        self._kms = client
        self._allowed = {key_id_of(k): k for k in key_ids}
        self._keys: dict[str, Any] = {}

    def key_for(self, kid: str) -> Any:
        if kid not in self._allowed:
            raise InvalidToken("the token is not valid", details={"reason": "unknown_key"})
        if kid not in self._keys:
            der = self._kms.get_public_key(KeyId=self._allowed[kid])["PublicKey"]
            self._keys[kid] = load_der_public_key(der)
        return self._keys[kid]

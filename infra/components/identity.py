"""Who may call the API: engineers sign in through OIDC (a Cognito user pool by default, any OIDC
issuer by configuration); vehicles hold credentials signed by a KMS key the stack owns."""

from __future__ import annotations

from aws_cdk import Duration, RemovalPolicy, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_kms as kms
from constructs import Construct


class IdentityConstruct(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        oidc_issuer: str | None = None,
        oidc_audience: str | None = None,
        oidc_jwks_url: str | None = None,
        retain: bool = True,
    ) -> None:
        super().__init__(scope, construct_id)
        # The private key never leaves KMS: ops sign credentials with kms:Sign, the authorizer only
        # reads the public key. RSA because KMS's PKCS#1 v1.5 signature is the JWS RS256 signature.
        self.vehicle_key = kms.Key(
            self,
            "VehicleSigningKey",
            description="Signs Argus per-vehicle credentials (JWT RS256)",
            key_spec=kms.KeySpec.RSA_2048,
            key_usage=kms.KeyUsage.SIGN_VERIFY,
            removal_policy=RemovalPolicy.RETAIN if retain else RemovalPolicy.DESTROY,
        )
        self.user_pool: cognito.UserPool | None = None
        self.user_pool_client: cognito.UserPoolClient | None = None
        if oidc_issuer:
            if not oidc_audience:
                raise ValueError("argus:oidcIssuer also needs argus:oidcAudience (the client id tokens are issued to)")
            self.oidc_issuer, self.oidc_audience = oidc_issuer, oidc_audience
            self.oidc_jwks_url = oidc_jwks_url or oidc_issuer.rstrip("/") + "/.well-known/jwks.json"
            return
        self.user_pool = cognito.UserPool(
            self,
            "Engineers",
            self_sign_up_enabled=False,  # ops invite engineers; nobody signs themselves up
            sign_in_aliases=cognito.SignInAliases(username=True, email=True),
            password_policy=cognito.PasswordPolicy(
                min_length=12,
                require_digits=True,
                require_lowercase=True,
                require_uppercase=True,
                require_symbols=True,
                temp_password_validity=Duration.days(3),
            ),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            feature_plan=cognito.FeaturePlan.PLUS,
            standard_threat_protection_mode=cognito.StandardThreatProtectionMode.FULL_FUNCTION,
            removal_policy=RemovalPolicy.RETAIN if retain else RemovalPolicy.DESTROY,
        )
        self.user_pool_client = self.user_pool.add_client(
            "Cli",
            auth_flows=cognito.AuthFlow(user_srp=True),
            generate_secret=False,  # a CLI or page: a public client (PKCE / SRP), no secret to leak
            id_token_validity=Duration.hours(1),
            access_token_validity=Duration.hours(1),
            refresh_token_validity=Duration.days(1),
            prevent_user_existence_errors=True,
        )
        region = Stack.of(self).region
        self.oidc_issuer = f"https://cognito-idp.{region}.amazonaws.com/{self.user_pool.user_pool_id}"
        self.oidc_audience = self.user_pool_client.user_pool_client_id
        self.oidc_jwks_url = self.oidc_issuer + "/.well-known/jwks.json"

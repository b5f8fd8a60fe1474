"""ElastiCache for Valkey: the barrier's sets and the report cache."""

from __future__ import annotations

from aws_cdk import Fn
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticache as elasticache
from constructs import Construct

# Not 6379: scanners probe the default port first, and cdk-nag (AEC5) asks for a non-default one.
VALKEY_PORT = 6380


class CacheConstruct(Construct):
    """A cluster-mode-disabled replication group: one primary, one replica in another AZ.

    Cluster mode is off because the barrier's Lua script touches three keys of one batch in one call;
    on a sharded cache (including ElastiCache Serverless) that needs every key in one hash slot.
    Access is by security group and TLS, without an AUTH token, so the same ``rediss://host:port``
    URL code path serves AWS, LocalStack and the embedded Valkey.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        vpc: ec2.IVpc,
        subnets: ec2.SubnetSelection,
        node_type: str,
    ) -> None:
        super().__init__(scope, construct_id)
        self.security_group = ec2.SecurityGroup(
            self, "Sg", vpc=vpc, description="Valkey: reachable only from Argus functions", allow_all_outbound=False
        )
        subnet_group = elasticache.CfnSubnetGroup(
            self,
            "Subnets",
            description="Argus Valkey private subnets",
            subnet_ids=vpc.select_subnets(subnet_type=subnets.subnet_type).subnet_ids,
        )
        self.replication_group = elasticache.CfnReplicationGroup(
            self,
            "Valkey",
            replication_group_description="Argus OTA barrier sets and report cache",
            engine="valkey",
            engine_version="8.0",
            cache_node_type=node_type,
            num_cache_clusters=2,
            automatic_failover_enabled=True,
            multi_az_enabled=True,
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=True,
            transit_encryption_mode="required",
            port=VALKEY_PORT,
            cache_subnet_group_name=subnet_group.ref,
            security_group_ids=[self.security_group.security_group_id],
            auto_minor_version_upgrade=True,
            # DynamoDB is the source of truth (the barrier can be rebuilt from file statuses), so
            # snapshots would be paid-for copies of a cache.
            snapshot_retention_limit=0,
        )

        self.url = Fn.join(
            "",
            [
                "rediss://",
                self.replication_group.attr_primary_end_point_address,
                ":",
                self.replication_group.attr_primary_end_point_port,
            ],
        )

    def allow_from(self, clients: ec2.SecurityGroup) -> None:
        """Open Valkey to one client security group, in both directions' rules."""
        self.security_group.add_ingress_rule(clients, ec2.Port.tcp(VALKEY_PORT), "Valkey over TLS from Argus functions")
        clients.add_egress_rule(self.security_group, ec2.Port.tcp(VALKEY_PORT), "Valkey over TLS")

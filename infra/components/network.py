"""VPC without a NAT gateway: isolated subnets plus the endpoints the functions call."""

from __future__ import annotations

from aws_cdk import RemovalPolicy
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_logs as logs
from constructs import Construct


class NetworkConstruct(Construct):
    """Two AZs of private subnets; AWS APIs are reached through endpoints, never the internet.

    Isolation matters most for the parse function, which runs library code over files uploaded by
    vehicles: even a compromised parser has no route out except to the AWS APIs its role allows.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        nat_gateways: int,
        with_bedrock_endpoint: bool,
        log_retention: logs.RetentionDays,
    ) -> None:
        super().__init__(scope, construct_id)
        private_type = ec2.SubnetType.PRIVATE_WITH_EGRESS if nat_gateways else ec2.SubnetType.PRIVATE_ISOLATED
        subnets = [ec2.SubnetConfiguration(name="private", subnet_type=private_type, cidr_mask=22)]
        if nat_gateways:
            subnets.insert(0, ec2.SubnetConfiguration(name="public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=26))
        self.vpc = ec2.Vpc(
            self,
            "Vpc",
            ip_addresses=ec2.IpAddresses.cidr("10.40.0.0/16"),
            max_azs=2,
            nat_gateways=nat_gateways,
            subnet_configuration=subnets,
            restrict_default_security_group=True,
        )
        self.private_subnets = ec2.SubnetSelection(subnet_type=private_type)

        flow_log_group = logs.LogGroup(
            self, "FlowLogs", retention=log_retention, removal_policy=RemovalPolicy.DESTROY
        )
        self.vpc.add_flow_log(
            "FlowLog",
            destination=ec2.FlowLogDestination.to_cloud_watch_logs(flow_log_group),
            traffic_type=ec2.FlowLogTrafficType.REJECT,
        )

        # Gateway endpoints are free; S3 carries the multi-GB raw reads.
        self.vpc.add_gateway_endpoint("S3", service=ec2.GatewayVpcEndpointAwsService.S3, subnets=[self.private_subnets])
        self.vpc.add_gateway_endpoint(
            "DynamoDb", service=ec2.GatewayVpcEndpointAwsService.DYNAMODB, subnets=[self.private_subnets]
        )

        # Every function in the VPC shares one security group; egress is HTTPS (the endpoints) plus
        # whatever the cache construct opens to Valkey.
        self.functions_sg = ec2.SecurityGroup(
            self, "FunctionsSg", vpc=self.vpc, description="Argus Lambda functions", allow_all_outbound=False
        )
        self.functions_sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "AWS APIs via VPC endpoints")

        # Interface endpoints admit HTTPS from the functions' security group only.
        self.endpoint_sg = ec2.SecurityGroup(
            self, "EndpointSg", vpc=self.vpc, description="AWS API interface endpoints", allow_all_outbound=False
        )
        self.endpoint_sg.add_ingress_rule(self.functions_sg, ec2.Port.tcp(443), "HTTPS from Argus functions")
        services = {
            "Sqs": ec2.InterfaceVpcEndpointAwsService.SQS,  # parse -> barrier queue
            "StepFunctions": ec2.InterfaceVpcEndpointAwsService.STEP_FUNCTIONS,  # ingest/barrier start executions
            "XRay": ec2.InterfaceVpcEndpointAwsService.XRAY,  # trace segments from the Powertools tracer
        }
        if with_bedrock_endpoint:
            services["BedrockRuntime"] = ec2.InterfaceVpcEndpointAwsService.BEDROCK_RUNTIME
        self.interface_endpoints: dict[str, ec2.InterfaceVpcEndpoint] = {}
        for name, service in services.items():
            self.interface_endpoints[name] = self.vpc.add_interface_endpoint(
                name,
                service=service,
                subnets=self.private_subnets,
                security_groups=[self.endpoint_sg],
                private_dns_enabled=True,
                open=False,  # the ingress rule above is the only way in, not the whole VPC CIDR
            )

"""Fleet analytics beyond one table: the Parquet batch summaries in S3 as a Glue table that Athena
queries, with partition projection (no crawler, no partitions to add) and a workgroup whose results
are encrypted and stay under one prefix of the log bucket."""

from __future__ import annotations

from aws_cdk import Stack
from aws_cdk import aws_athena as athena
from aws_cdk import aws_glue as glue
from aws_cdk import aws_s3 as s3
from constructs import Construct

from functions.core.domain.fleet import SUMMARY_COLUMNS
from functions.core.domain.keys import ANALYTICS_PREFIX

ATHENA_RESULTS_PREFIX = "athena-results/"
PROJECTION_START = "2024-01-01"


class AnalyticsConstruct(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, bucket: s3.IBucket, name_prefix: str) -> None:
        super().__init__(scope, construct_id)
        stack = Stack.of(self)
        database_name = f"{name_prefix}_fleet".replace("-", "_").lower()
        self.database = glue.CfnDatabase(
            self,
            "Database",
            catalog_id=stack.account,
            database_input=glue.CfnDatabase.DatabaseInputProperty(
                name=database_name, description="Argus OTA fleet analytics (batch summaries)"
            ),
        )
        location = f"s3://{bucket.bucket_name}/{ANALYTICS_PREFIX}"
        self.table = glue.CfnTable(
            self,
            "BatchSummaries",
            catalog_id=stack.account,
            database_name=database_name,
            table_input=glue.CfnTable.TableInputProperty(
                name="batch_summaries",
                description="One row per diagnosed batch, partitioned by the report's day (UTC)",
                table_type="EXTERNAL_TABLE",
                parameters={
                    "classification": "parquet",
                    "EXTERNAL": "TRUE",
                    "parquet.compression": "ZSTD",
                    # Partition projection: Athena computes the dt= partitions itself from the range.
                    "projection.enabled": "true",
                    "projection.dt.type": "date",
                    "projection.dt.format": "yyyy-MM-dd",
                    "projection.dt.range": f"{PROJECTION_START},NOW",
                    "projection.dt.interval": "1",
                    "projection.dt.interval.unit": "DAYS",
                    "storage.location.template": f"{location}dt=${{dt}}/",
                },
                partition_keys=[glue.CfnTable.ColumnProperty(name="dt", type="string")],
                storage_descriptor=glue.CfnTable.StorageDescriptorProperty(
                    location=location,
                    input_format="org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                    output_format="org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                    serde_info=glue.CfnTable.SerdeInfoProperty(
                        serialization_library="org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"
                    ),
                    columns=[glue.CfnTable.ColumnProperty(name=n, type=t) for n, t in SUMMARY_COLUMNS],
                ),
            ),
        )
        self.table.add_dependency(self.database)
        self.workgroup = athena.CfnWorkGroup(
            self,
            "WorkGroup",
            name=f"{name_prefix}-fleet",
            description="Ad-hoc fleet questions over the batch summaries",
            state="ENABLED",
            recursive_delete_option=True,
            work_group_configuration=athena.CfnWorkGroup.WorkGroupConfigurationProperty(
                enforce_work_group_configuration=True,  # callers cannot send results elsewhere unencrypted
                publish_cloud_watch_metrics_enabled=True,
                bytes_scanned_cutoff_per_query=10 * 1024**3,  # a runaway query stops at 10 GB (~$0.05)
                result_configuration=athena.CfnWorkGroup.ResultConfigurationProperty(
                    output_location=f"s3://{bucket.bucket_name}/{ATHENA_RESULTS_PREFIX}",
                    encryption_configuration=athena.CfnWorkGroup.EncryptionConfigurationProperty(
                        encryption_option="SSE_S3"
                    ),
                ),
            ),
        )
        self.database_name = database_name

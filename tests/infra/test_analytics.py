"""Fleet analytics in the synthesized template: the Glue table over the Parquet summaries (partition
projection, the writer's schema), the Athena workgroup with encrypted results, the export function."""

from __future__ import annotations

import pytest

from functions.core.domain.fleet import SUMMARY_COLUMNS
from functions.core.domain.keys import ANALYTICS_PREFIX
from tests.infra.conftest import Synthesized
from tests.infra.test_template import policy_statements_of

pytestmark = pytest.mark.infra


def _one(synthesized: Synthesized, kind: str) -> dict:
    resources = list(synthesized.resources(kind).values())
    assert len(resources) == 1, f"expected one {kind}"
    return resources[0]["Properties"]


def test_the_glue_table_projects_dt_partitions_over_the_parquet_prefix(synthesized: Synthesized):
    table = _one(synthesized, "AWS::Glue::Table")["TableInput"]
    params = table["Parameters"]
    assert params["classification"] == "parquet"
    assert params["projection.enabled"] == "true" and params["projection.dt.type"] == "date"
    assert params["projection.dt.format"] == "yyyy-MM-dd"
    assert "dt=${dt}/" in str(params["storage.location.template"])
    assert ANALYTICS_PREFIX in str(params["storage.location.template"])
    assert table["PartitionKeys"] == [{"Name": "dt", "Type": "string"}]
    columns = [(c["Name"], c["Type"]) for c in table["StorageDescriptor"]["Columns"]]
    assert columns == list(SUMMARY_COLUMNS)  # the writer's schema, column for column
    assert "ParquetHiveSerDe" in table["StorageDescriptor"]["SerdeInfo"]["SerializationLibrary"]
    _one(synthesized, "AWS::Glue::Database")


def test_the_athena_workgroup_encrypts_and_enforces_its_results(synthesized: Synthesized):
    config = _one(synthesized, "AWS::Athena::WorkGroup")["WorkGroupConfiguration"]
    assert config["EnforceWorkGroupConfiguration"] is True
    assert config["ResultConfiguration"]["EncryptionConfiguration"]["EncryptionOption"] == "SSE_S3"
    assert "athena-results/" in str(config["ResultConfiguration"]["OutputLocation"])
    assert config["BytesScannedCutoffPerQuery"] > 0


def test_the_export_function_reads_reports_and_writes_only_the_analytics_prefix(synthesized: Synthesized):
    statements = policy_statements_of(synthesized, "export")
    s3 = [s for s in statements if any(str(a).startswith("s3:") for a in _list(s["Action"]))]
    grants = {(tuple(_list(s["Action"])), str(s["Resource"])) for s in s3}
    assert any(a == ("s3:GetObject",) and "reports/*" in r for a, r in grants)
    assert any(a == ("s3:PutObject",) and f"{ANALYTICS_PREFIX}*" in r for a, r in grants)
    assert not any("dynamodb" in str(s["Action"]) for s in statements)


def _list(value):
    return value if isinstance(value, list) else [value]

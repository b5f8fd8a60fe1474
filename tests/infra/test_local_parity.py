"""The deployed stack and the embedded local cloud run the same routes, workflow and settings."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from functions.http.routes import ROUTES
from tests.infra.conftest import REPO_ROOT, Synthesized
from tests.infra.test_template import argus_functions, logical_id_of_function

pytestmark = pytest.mark.infra

ASL_PATH = REPO_ROOT / "infra" / "state_machine.asl.json"


def template_routes(synthesized: Synthesized) -> set[tuple[str, str, str]]:
    """(method, path, function) for every API Gateway method in the template."""
    resources = synthesized.template["Resources"]
    (api_id,) = synthesized.resources("AWS::ApiGateway::RestApi")
    function_by_id = {logical_id_of_function(synthesized, name): name for name in argus_functions(synthesized)}

    def path_of(resource_ref: dict) -> str:
        if resource_ref == {"Fn::GetAtt": [api_id, "RootResourceId"]}:
            return ""
        props = resources[resource_ref["Ref"]]["Properties"]
        return path_of(props["ParentId"]) + "/" + props["PathPart"]

    routes = set()
    for method in synthesized.resources("AWS::ApiGateway::Method").values():
        props = method["Properties"]
        if props["HttpMethod"] == "OPTIONS":
            continue
        uri = json.dumps(props["Integration"]["Uri"])
        (function,) = [name for logical_id, name in function_by_id.items() if f'"{logical_id}"' in uri]
        routes.add((props["HttpMethod"], path_of(props["ResourceId"]), function))
    return routes


def test_api_routes_are_exactly_the_shared_route_table(synthesized):
    # Given the route table the local HTTP server serves
    expected = {(r.method, r.path, r.function) for r in ROUTES}
    # When the template's methods are read back / Then they are the same routes and functions
    assert template_routes(synthesized) == expected


def test_every_route_goes_through_the_authorizer(synthesized):
    (authorizer_id,) = synthesized.resources("AWS::ApiGateway::Authorizer")
    for method in synthesized.resources("AWS::ApiGateway::Method").values():
        props = method["Properties"]
        if props["HttpMethod"] == "OPTIONS":
            continue
        assert props["AuthorizationType"] == "CUSTOM"
        assert props["AuthorizerId"] == {"Ref": authorizer_id}


def state_machine_with(synthesized: Synthesized, placeholder: str) -> dict:
    (machine,) = [
        m
        for m in synthesized.resources("AWS::StepFunctions::StateMachine").values()
        if placeholder in m["Properties"]["DefinitionSubstitutions"]
    ]
    return machine


@pytest.mark.parametrize(
    ("asl_name", "placeholder", "function"),
    [
        ("state_machine.asl.json", "DiagnoseFunctionArn", "diagnose"),
        ("segments.asl.json", "SegmentsFunctionArn", "segments"),
    ],
)
def test_state_machines_are_the_asl_files_the_local_cloud_runs(synthesized, asl_name, placeholder, function):
    # Given the ASL file
    text = (ASL_PATH.parent / asl_name).read_text(encoding="utf-8")
    placeholders = set(re.findall(r"\$\{(\w+)\}", text))
    # When the template's state machine is read
    props = state_machine_with(synthesized, placeholder)["Properties"]
    # Then the definition is the file, and every placeholder is substituted with its function
    assert json.loads(props["DefinitionString"]) == json.loads(text)
    assert set(props["DefinitionSubstitutions"]) == placeholders == {placeholder}
    fn = logical_id_of_function(synthesized, function)
    assert props["DefinitionSubstitutions"][placeholder] == {"Fn::GetAtt": [fn, "Arn"]}


def _settings_classes():
    from functions import settings
    from functions.settings import DiagnoseSettings

    return {
        "ingest": [settings.IngestSettings],
        "parse": [settings.ParseSettings],
        "segments": [settings.ParseSettings],
        "barrier": [settings.BarrierSettings],
        "diagnose": [settings.WorkflowSettings, DiagnoseSettings],
        "query": [settings.QuerySettings],
        "authorizer": [settings.AuthSettings],
        "sweeper": [settings.SweeperSettings],
    }


def _env_name(field_name: str) -> str:
    return "ARGUS_" + field_name.upper()


def test_every_function_gets_the_settings_it_requires_and_no_unknown_ones(synthesized):
    functions = argus_functions(synthesized)
    for name, classes in _settings_classes().items():
        env = set(functions[name]["Environment"]["Variables"])
        known = {_env_name(f) for cls in classes for f in cls.model_fields}
        required = {_env_name(f) for cls in classes for f, info in cls.model_fields.items() if info.is_required()}
        # Then nothing the settings require is missing, and no ARGUS_ variable is a typo nobody reads
        assert required <= env, (name, required - env)
        argus_vars = {v for v in env if v.startswith("ARGUS_")}
        assert argus_vars <= known, (name, argus_vars - known)


def test_every_handler_named_in_the_template_exists(synthesized):
    for props in argus_functions(synthesized).values():
        module, attribute = props["Handler"].rsplit(".", 1)
        path = REPO_ROOT / Path(*module.split(".")).with_suffix(".py")
        assert path.is_file(), props["Handler"]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        defined |= {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
        assert attribute in defined, props["Handler"]


def test_an_unknown_route_is_a_404_route_not_found_as_on_the_local_api(synthesized):
    responses = synthesized.resources("AWS::ApiGateway::GatewayResponse").values()
    (missing,) = [
        r["Properties"] for r in responses if r["Properties"]["ResponseType"] == "MISSING_AUTHENTICATION_TOKEN"
    ]
    assert missing["StatusCode"] == "404"
    assert '"code": "route_not_found"' in missing["ResponseTemplates"]["application/json"]

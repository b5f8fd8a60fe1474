import pytest

from functions.core.domain.contracts import Category, RiskLevel
from functions.core.ports import ModelReply, ProviderError
from functions.diagnose.providers.base import parse_answer


def _reply(text="", structured=None):
    return ModelReply(text=text, input_tokens=1, output_tokens=1, structured=structured)


def test_fenced_json_with_chatter_is_accepted_and_normalised():
    a = parse_answer(_reply('Sure!\n```json\n{"category": "CONNECTIVITY_NETWORK", "risk_level": "High", '
                                 '"root_cause": "bus off",'
                            ' "recommendations": ["a", "b", "c", "d", "e", "f"], "evidence_refs": ["c1"],'
                            ' "confidence": 0.7}\n```'))
    assert (a.category, a.risk_level) == (Category.CONNECTIVITY_NETWORK, RiskLevel.HIGH)
    assert len(a.recommendations) == 5 and a.evidence_refs == ["C1"]


def test_structured_tool_input_is_validated_too():
    with pytest.raises(ProviderError) as err:
        parse_answer(_reply(structured={"category": "battery_bms", "risk_level": "extreme", "root_cause": "abc"}))
    assert err.value.reason == "invalid_output"

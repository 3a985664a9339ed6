"""Property tests of the JSON API against its own OpenAPI spec (schemathesis, bounded examples).

Every generated request must get a documented status code, a JSON body matching the documented
response schema, and never a 5xx. The "positive data acceptance" check is left out on purpose: the
API rejects combinations the schema cannot express (from after to, the same state twice) with 422,
and unknown country names with 404. The operations are driven with Hypothesis directly (schemathesis'
pytest plugin does not load under this pytest), a fixed number of examples each.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance

EXAMPLES = 15


def test_api_conforms_to_its_openapi_spec(web_app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", web_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} == {
        "/api/v1/countries", "/api/v1/pairs/{a}/{b}", "/api/v1/pairs/{a}/{b}/events", "/api/v1/pairs/{a}/{b}/series",
        "/api/v1/schemas/profile"}
    for op in operations:
        @given(case=op.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
                  database=None)
        def check(case):
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()

"""POST /v1/check's PlainRoute skips FastAPI's per-request machinery only for an endpoint that takes the
request alone: a route on the same router that declares parameters must still have them solved."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from crossguard.service.api.check import PlainRoute


async def takes_the_request(request: Request) -> Response:
    return Response(b"")


async def takes_a_parameter(n: int) -> Response:
    return Response(str(n).encode())


def test_only_a_request_only_endpoint_is_called_directly() -> None:
    router = APIRouter(route_class=PlainRoute)
    router.add_api_route("/plain", takes_the_request, methods=["POST"])
    router.add_api_route("/solved", takes_a_parameter, methods=["GET"])
    plain, solved = router.routes
    assert plain.get_route_handler() is takes_the_request
    assert solved.get_route_handler() is not takes_a_parameter  # FastAPI's handler, which reads ?n=

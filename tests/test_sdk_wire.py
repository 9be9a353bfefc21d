"""What the generated SDK puts on the wire, checked request by request (httpx MockTransport).

The reference page's two examples are checked exactly: method, URL, headers and JSON body.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any, Callable

import httpx
import pytest

from friendli import UNSET, AsyncFriendli, SyncFriendli, models

PAGE_PROMPT = (
    "An orange Lamborghini driving down a hill road at night with a beautiful ocean view in "
    "the background."
)
CAT = "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/cat.png"
OK_BODY = {"image": "aGVsbG8="}  # base64 of b"hello"


class Recorder:
    """A MockTransport handler that records requests and answers from a script."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.requests: list[httpx.Request] = []
        self.responses = list(responses)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.responses:
            return self.responses.pop(0)
        return httpx.Response(200, json=OK_BODY)

    @property
    def body(self) -> Any:
        return json.loads(self.requests[-1].content)


def sync_client(recorder: Recorder, **kwargs: Any) -> SyncFriendli:
    return SyncFriendli(client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def test_page_generate_example_request_is_exact() -> None:
    recorder = Recorder()
    with sync_client(recorder, token="secret-token") as friendli:
        res = friendli.container.image.generate(
            prompt=PAGE_PROMPT,
            model="(adapter-route)",
            num_inference_steps=10,
            guidance_scale=3.5,
            control_images=[{"image": CAT}],
        )
    request = recorder.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "http://localhost:8080/v1/images/generations"
    assert request.headers["authorization"] == "Bearer secret-token"
    assert request.headers["accept"] == "application/json"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == "friendli-python/0.1.0"
    assert (
        request.content
        == json.dumps(
            {
                "prompt": PAGE_PROMPT,
                "model": "(adapter-route)",
                "num_inference_steps": 10,
                "guidance_scale": 3.5,
                "control_images": [{"image": CAT}],
            },
            separators=(",", ":"),
        ).encode()
    )
    assert isinstance(res, models.ContainerImageGenerateSuccess)
    assert res.image == b"hello"


def test_page_edit_example_request_is_exact() -> None:
    recorder = Recorder()
    with sync_client(recorder, token="secret-token") as friendli:
        friendli.container.image.edit(
            image=[{"image": CAT}],
            prompt="Add a red sports car in the foreground.",
            model="(adapter-route)",
            num_inference_steps=20,
            guidance_scale=0,
        )
    request = recorder.requests[0]
    assert (request.method, str(request.url)) == ("POST", "http://localhost:8080/v1/images/edits")
    assert request.headers["authorization"] == "Bearer secret-token"
    assert recorder.body == {
        "image": [{"image": CAT}],
        "prompt": "Add a red sports car in the foreground.",
        "model": "(adapter-route)",
        "num_inference_steps": 20,
        "guidance_scale": 0,
    }


def test_unset_parameters_are_omitted_and_explicit_none_is_null_on_nullable_fields() -> None:
    recorder = Recorder()
    with sync_client(recorder) as friendli:
        friendli.container.image.generate(prompt="p")
        assert recorder.body == {"prompt": "p"}
        friendli.container.image.generate(prompt="p", model=None, seed=None, response_format=None)
        assert recorder.body == {
            "prompt": "p",
            "model": None,
            "seed": None,
            "response_format": None,
        }
        # Optional but not nullable: None means "leave it out", never null.
        friendli.container.image.generate(prompt="p", num_inference_steps=None, control_images=None)
        assert recorder.body == {"prompt": "p"}
        friendli.container.image.generate(prompt="p", model=UNSET, seed=7)
        assert recorder.body == {"prompt": "p", "seed": 7}


def test_every_generate_parameter_reaches_the_wire() -> None:
    recorder = Recorder()
    with sync_client(recorder) as friendli:
        friendli.container.image.generate(
            prompt="p",
            model="m",
            num_inference_steps=50,
            guidance_scale=7.5,
            seed=123,
            response_format=models.ContainerImageGenerationBodyResponseFormat.RAW,
            control_images=[models.ImageInput(image="a"), models.ImageInput(image="b")],
            controlnet_weights=[0.5, 1.0],
        )
    assert recorder.body == {
        "prompt": "p",
        "model": "m",
        "num_inference_steps": 50,
        "guidance_scale": 7.5,
        "seed": 123,
        "response_format": "raw",
        "control_images": [{"image": "a"}, {"image": "b"}],
        "controlnet_weights": [0.5, 1.0],
    }


@pytest.mark.parametrize(
    "image, wire",
    [
        ({"image": "a"}, {"image": "a"}),
        (models.ImageInput(image="a"), {"image": "a"}),
        ([{"image": "a"}, models.ImageInput(image="b")], [{"image": "a"}, {"image": "b"}]),
    ],
)
def test_edit_takes_one_image_or_a_list_as_dicts_or_models(image: Any, wire: Any) -> None:
    recorder = Recorder()
    with sync_client(recorder) as friendli:
        friendli.container.image.edit(image=image, prompt="q", response_format="jpeg")  # type: ignore[arg-type]
    assert recorder.body == {"image": wire, "prompt": "q", "response_format": "jpeg"}


def test_invalid_arguments_fail_before_anything_is_sent() -> None:
    recorder = Recorder()
    with sync_client(recorder) as friendli:
        # Enums are open (a value newer than the SDK goes through as it is), but a value of
        # the wrong type never does; the SDK's own error says which argument.
        with pytest.raises(models.RequestValidationError) as wrong_enum:
            friendli.container.image.generate(prompt="p", response_format=5)  # type: ignore[arg-type]
        assert wrong_enum.value.field == "response_format"
        assert str(wrong_enum.value).startswith("response_format: ")
        with pytest.raises(models.SDKBaseError) as wrong_type:
            friendli.container.image.generate(prompt=["p"])  # type: ignore[arg-type]
        assert isinstance(wrong_type.value, ValueError)
        assert wrong_type.value.field == "prompt"  # type: ignore[attr-defined]
        assert type(wrong_type.value).__module__ == "friendli.models"  # its one public home
        images = [{"image": "https://x.test/a.png", "weight": "heavy"}]
        with pytest.raises(models.RequestValidationError) as nested:
            friendli.container.image.generate(prompt="p", control_images=images)  # type: ignore[arg-type]
        assert nested.value.field == "control_images.0"
        assert "unknown field 'weight'" in str(nested.value)
        with pytest.raises(TypeError):
            friendli.container.image.generate("p")  # type: ignore[misc]
    assert recorder.requests == []


def test_token_from_environment_and_no_header_without_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    recorder = Recorder()
    monkeypatch.setenv("FRIENDLI_TOKEN", "from-env")
    with sync_client(recorder) as friendli:
        friendli.container.image.generate(prompt="p")
    assert recorder.requests[-1].headers["authorization"] == "Bearer from-env"
    with sync_client(recorder, token="explicit") as friendli:
        friendli.container.image.generate(prompt="p")
    assert recorder.requests[-1].headers["authorization"] == "Bearer explicit"
    monkeypatch.delenv("FRIENDLI_TOKEN")
    with sync_client(recorder, token="") as friendli:
        friendli.container.image.generate(prompt="p")
    assert "authorization" not in recorder.requests[-1].headers


def test_http_headers_add_and_override() -> None:
    recorder = Recorder()
    with sync_client(recorder, token="t") as friendli:
        friendli.container.image.generate(
            prompt="p", http_headers={"X-Trace": "abc", "User-Agent": "mine/1.0"}
        )
    headers = recorder.requests[-1].headers
    assert headers["x-trace"] == "abc"
    assert headers["user-agent"] == "mine/1.0"
    assert headers["authorization"] == "Bearer t"


def test_server_url_per_call_beats_client_level_which_beats_the_operation_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FRIENDLI_SERVER_URL", raising=False)
    recorder = Recorder()
    with sync_client(recorder) as friendli:
        friendli.container.image.generate(prompt="p")
        friendli.container.image.generate(prompt="p", server_url="http://call.test/")
    with sync_client(recorder, server_url="http://client.test") as friendli:
        friendli.container.image.edit(image={"image": "a"}, prompt="p")
        friendli.container.image.edit(
            image={"image": "a"}, prompt="p", server_url="http://call.test"
        )
    monkeypatch.setenv("FRIENDLI_SERVER_URL", "http://env.test")
    with sync_client(recorder) as friendli:
        friendli.container.image.generate(prompt="p")
    assert [str(r.url) for r in recorder.requests] == [
        "http://localhost:8080/v1/images/generations",
        "http://call.test/v1/images/generations",
        "http://client.test/v1/images/edits",
        "http://call.test/v1/images/edits",
        "http://env.test/v1/images/generations",
    ]


def test_async_client_sends_the_same_requests() -> None:
    sync_recorder, async_recorder = Recorder(), Recorder()
    arguments: dict[str, Any] = dict(prompt="p", model=None, control_images=[{"image": "a"}])
    with sync_client(sync_recorder, token="t") as friendli:
        sync_result = friendli.container.image.generate(**arguments)

    async def run() -> models.ContainerImageGenerateSuccess:
        transport = httpx.MockTransport(async_recorder)
        async with AsyncFriendli(
            token="t", client=httpx.AsyncClient(transport=transport)
        ) as client:
            edited = await client.container.image.edit(image={"image": "a"}, prompt="q")
            assert edited.image == b"hello"
            return await client.container.image.generate(**arguments)

    async_result = asyncio.run(run())
    assert async_result == sync_result
    first, second = sync_recorder.requests[0], async_recorder.requests[1]
    assert (first.method, first.url, first.content) == (second.method, second.url, second.content)
    assert first.headers["authorization"] == second.headers["authorization"]
    assert str(async_recorder.requests[0].url).endswith("/v1/images/edits")


def test_a_caller_supplied_client_is_not_closed() -> None:
    http = httpx.Client(transport=httpx.MockTransport(Recorder()))
    with SyncFriendli(client=http) as friendli:
        friendli.container.image.generate(prompt="p")
    assert not http.is_closed
    with SyncFriendli() as owned:
        inner = owned._runtime.client
    assert inner.is_closed

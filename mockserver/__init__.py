"""A spec-driven mock HTTP server for testing generated SDKs over real sockets.

Start it by hand with ``python -m mockserver SPEC --port N`` (``--port 0`` picks a free port
and prints it). It routes every operation of the spec, validates requests with jsonschema
(path, method, content type, security, body), answers from the spec's examples or a response
synthesized from the schema, records every request, and plays faults that a test scripts
through its control endpoints under ``/__mock/``.
"""

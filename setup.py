"""The optional native accelerator of the text path (native/shapes.c); everything else is in pyproject.toml.

``optional=True``: without a compiler the package installs and runs the pure-Python path, with the
same results. The build embeds the source's SHA-256, and ``functions.parse.native`` loads the module
only while it matches the source beside it, so a stale build never shadows an edited source.
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup

SOURCE = "native/shapes.c"
digest = hashlib.sha256(Path(__file__).with_name("native").joinpath("shapes.c").read_bytes()).hexdigest()

setup(
    ext_modules=[
        Extension(
            "functions.parse._shapes",
            [SOURCE],
            define_macros=[("SOURCE_SHA256", f'"{digest}"')],
            extra_compile_args=["-O3"],
            optional=True,
        )
    ]
)

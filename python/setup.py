"""Installs the package assembled in the build tree (the native module already
built by CMake): `pip install --no-build-isolation build/python`, offline, with
Debian's python3-setuptools."""
from setuptools import setup
from setuptools.dist import Distribution


class BinaryDistribution(Distribution):
    def has_ext_modules(self):
        return True


setup(
    name="precis",
    version="0.1.0",
    description="Cited multi-document summaries, agreement reports and ROUGE",
    packages=["precis"],
    package_data={"precis": ["_precis*.so"]},
    distclass=BinaryDistribution,
    python_requires=">=3.11",
)

"""Packaging: install the top-level folders under the one import name ``crossguard``.

The folders stay where the architecture puts them (engine/, register/, watchers/, accounts/, notifiers/,
service/, rules/); setuptools' ``package_dir`` maps each to ``crossguard.<folder>``. Sub-packages are
found here rather than listed by hand, so a new sub-package cannot be left out of the wheel.
Metadata lives in pyproject.toml.
"""

from setuptools import find_packages, setup

LAYER_FOLDERS = ("engine", "register", "watchers", "accounts", "notifiers", "service", "rules")

package_dir = {"crossguard": "crossguard"}
packages = ["crossguard", *(f"crossguard.{name}" for name in find_packages("crossguard"))]
for folder in LAYER_FOLDERS:
    package_dir[f"crossguard.{folder}"] = folder
    packages += [f"crossguard.{folder}", *(f"crossguard.{folder}.{name}" for name in find_packages(folder))]

setup(package_dir=package_dir, packages=packages)

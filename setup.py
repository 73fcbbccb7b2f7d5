"""Packaging beyond pyproject.toml: the folders peerbot ships that live at the top of a
checkout (``config/``, ``templates_wikitext/``) go into the wheel as ``bot/_shipped/<name>/``,
where ``bot.shipped(name)`` finds them once installed. pyproject.toml holds everything else."""

from setuptools import find_namespace_packages, setup

SHIPPED = {"config": ["*.yaml"], "templates_wikitext": ["*.wikitext"], "i18n": ["*.json", "*/*.json"]}

setup(
    # namespace discovery: bot/core/data and bot/wiki/data hold no .py file but ship data
    packages=find_namespace_packages(include=["bot*", "scripts*"], exclude=["*__pycache__"])
    + [f"bot._shipped.{name}" for name in SHIPPED],
    package_dir={f"bot._shipped.{name}": name for name in SHIPPED},
    package_data={"bot.wiki.data": ["*.svg"], "bot.core.data": ["*.json", "README.md"],
                  **{f"bot._shipped.{name}": globs for name, globs in SHIPPED.items()}},
)

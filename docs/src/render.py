"""Renders docs/plugin-guide.md from its template, inlining the example module's files as they are."""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
LANGUAGES = {"java": "java", "xml": "xml", "yaml": "yaml", "properties": "properties"}


def shown(match):
    path = match.group(1)
    body = (ROOT / path).read_text(encoding="utf-8")
    if not body.endswith("\n"):
        body += "\n"
    return "<!-- file: %s -->\n```%s\n%s```" % (path, LANGUAGES.get(path.rsplit(".", 1)[-1], ""), body)


template = (ROOT / "docs/src/plugin-guide.tpl.md").read_text(encoding="utf-8")
(ROOT / "docs/plugin-guide.md").write_text(re.sub(r"\{\{file:([^}]+)\}\}", shown, template), encoding="utf-8")

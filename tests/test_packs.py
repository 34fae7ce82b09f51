"""Packs: finding them, extending them, and the sandbox that makes a shared pack safe."""

from __future__ import annotations

import json
import os

import pytest
from conftest import TODAY, profile

from generator.compose.packs import available_packs, load_pack
from generator.errors import PackError


def _draft(tree, run, files, *extra):
    root = tree({**profile(), **{f"pack/{k}": v for k, v in files.items()}})
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", "./pack",
                 "--kind", "thank-you", *extra)
    return root, result


def test_unknown_pack_lists_the_packs_there_are(tree, run):
    tree(profile())
    result = run("drafts", "profiles", "--pack", "nosuch")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "unknown pack 'nosuch'; the packs there are: brief, default, es, formal")


def test_a_folder_without_pack_yaml_is_not_a_pack(tree, run):
    tree({**profile(), "pack/thank-you.md.j2": "x"})
    result = run("drafts", "profiles", "--pack", "./pack")
    assert result.stderr.splitlines()[0] == "pack: is not a template pack (no pack.yaml in it)"


def test_project_templates_folder_provides_named_packs(tree, run):
    root = tree({**profile(), "templates/house/pack.yaml": "name: house\nextends: default\n",
                 "templates/house/thank-you.md.j2": "House note for {{ recipient.name }}.\n"})
    assert "house" in available_packs(root)
    result = run("drafts", "profiles", "-o", "out", "--pack", "house", "--kind", "thank-you")
    assert result.exit_code == 0, result.output
    assert (root / "out/acme/thank-you/priya-raman.txt").read_text() == (
        "House note for Priya Raman.\n")


def test_role_yaml_names_its_pack_and_the_option_wins(tree, run):
    root = tree({**profile(), "templates/house/pack.yaml": "name: house\nextends: default\n",
                 "templates/house/status-check.md.j2": "House check.\n"})
    (root / "profiles/acme/role.yaml").write_text(
        (root / "profiles/acme/role.yaml").read_text() + "pack: house\n")
    run("drafts", "profiles", "-o", "out", "--kind", "status-check")
    assert (root / "out/acme/status-check/dana-lee.txt").read_text() == "House check.\n"
    run("drafts", "profiles", "-o", "out", "--kind", "status-check", "--pack", "default",
        "--force")
    assert (root / "out/acme/status-check/dana-lee.txt").read_text().startswith("Hi Dana,")


def test_an_override_can_extend_the_template_it_replaces(tree, run):
    root, result = _draft(tree, run, {
        "pack.yaml": "name: warm\nextends: default\n",
        "thank-you.md.j2": '{% extends "default:thank-you.md.j2" %}\n',
        "signature.md.j2": "Warmly,  \n{{ candidate.name }}\n",
    })
    assert result.exit_code == 0, result.output
    text = (root / "out/acme/thank-you/priya-raman.txt").read_text()
    assert text.startswith("Hi Priya,")  # the default body...
    assert text.endswith("Warmly,\nJordan Rivera\n")  # ...with this pack's signature


def test_a_pack_can_override_the_subject(tree, run):
    root, result = _draft(tree, run, {
        "pack.yaml": "name: s\nextends: default\nkinds:\n  thank-you:\n"
                     "    subject: \"Thanks {{ '\\\\n  ' ~ recipient.salutation }}"
                     "{{ '\\\\r\\\\nBcc: x@evil.example' }}\"\n",
    })
    assert result.exit_code == 0, result.output
    rows = json.loads((root / "out/manifest.json").read_text())["drafts"]
    # Newlines a pack writes into a subject are folded: a header can never be injected.
    assert {r["subject"] for r in rows} >= {"Thanks Priya Bcc: x@evil.example"}


def test_extends_in_a_circle_is_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a/pack.yaml").write_text(f"name: a\nextends: {tmp_path / 'b'}\n")
    (tmp_path / "b/pack.yaml").write_text(f"name: b\nextends: {tmp_path / 'a'}\n")
    with pytest.raises(PackError, match="packs extend each other in a circle"):
        load_pack(str(tmp_path / "a"))


def test_pack_yaml_mistakes_name_file_line_and_field(tree, run):
    _, result = _draft(tree, run, {"pack.yaml": "name: x\nkinds:\n  thank-you:\n"
                                                "    audience: everybody\n"})
    assert result.stderr.splitlines()[0] == (
        "pack/pack.yaml:4: kinds.thank-you.audience: 'everybody' is not allowed; choose one of "
        "interviewers, contact, contact-or-interviewer, outcome-from, all")


@pytest.mark.parametrize("template,message", [
    ("{% if %}", "pack/thank-you.md.j2:1: template syntax error: Expected an expression, "
                 "got 'end of statement block'"),
    ("line one\n{{ recipient.nmae }}", "pack/thank-you.md.j2:2: 'dict object' has no "
                                       "attribute 'nmae'"),
    ("{{ nothing_here }}", "pack/thank-you.md.j2:1: 'nothing_here' is undefined"),
])
def test_template_mistakes_name_the_template_and_line(tree, run, template, message):
    _, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: default\n",
                                   "thank-you.md.j2": template})
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == message
    assert "Traceback" not in result.output


PAYLOADS = [
    "{{ cycler.__init__.__globals__.os.system('echo pwned') }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ recipient.__class__ }}",
    "{{ ''.__class__ }}",
    "{{ 'a' * 10**8 }}",
    "{{ 9 ** 999999 }}",
    "{{ 'x'.ljust(10**9) }}",
    "{{ 'x' | center(999999999) }}",
    "{{ '{:>999999999}'.format('x') }}",
    "{{ '{:>{w}}'.format('x', w=999999999) }}",
    "{{ '%999999999s' % 'x' }}",
    "{{ '%999999999s' | format('x') }}",
    "{% for i in range(99999) %}{% for j in range(99999) %}x{% endfor %}{% endfor %}",
    "{{ lipsum(100000) }}",
    "{% include '../../../../../../etc/passwd' %}",
    "{% include '/etc/passwd' %}",
    "{% macro r() %}{{ r() }}{% endmacro %}{{ r() }}",
    "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
    "{% for i in 'x' * 9000 %}{% for j in 'y' * 9000 %}{% endfor %}{% endfor %}",
    "{% set a = 'x' * 9000 %}{% set b = a ~ a %}{% set c = b ~ b %}{% set d = c ~ c %}{{ d }}",
    "{% set a = 'x' * 9000 %}{{ a | replace('', a) }}",
    "{% set a = 'x' * 9000 %}{{ a.replace('', a) }}",
    "{{ (range(1000) | list) | join('x' * 9000) }}",
    "{{ ('\\t' * 9000).expandtabs(1000) }}",
    "{{ ['x'] * 9000 | map('center', 1000) | join }}",
    "{{ '- ' * 4000 }}x",
    "{% if true %}" * 120 + "x" + "{% endif %}" * 120,
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sandbox_refuses_escapes_and_unbounded_work(tree, run, payload):
    root, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: default\n",
                                      "thank-you.md.j2": payload})
    assert result.exit_code == 1
    assert result.stderr.startswith("pack/thank-you.md.j2") or "not found" in result.stderr
    assert "pwned" not in result.output
    assert "root:" not in result.output
    assert not (root / "out").exists()


def test_a_loop_in_a_subject_is_bounded(tree, run):
    _, result = _draft(tree, run, {"pack.yaml": (
        "name: x\nextends: default\nkinds:\n  thank-you:\n    subject: \"{% for i in range(999)"
        " %}{% for j in range(999) %}{% endfor %}{% endfor %}x\"\n")})
    assert result.exit_code == 1
    assert "loops ran more than" in result.stderr


def test_a_huge_template_file_is_refused_before_it_is_read(tree, run):
    _, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: default\n",
                                   "thank-you.md.j2": "x" * 300_000})
    assert result.exit_code == 1
    assert "is larger than" in result.stderr


def test_a_symlink_out_of_the_pack_is_refused(tree, run):
    secret = "secret: do not read"
    root = tree({**profile(), "secret.txt": secret,
                 "pack/pack.yaml": "name: x\nextends: default\n",
                 "pack/thank-you.md.j2": "{% include 'leak.md.j2' %}"})
    os.symlink(root / "secret.txt", root / "pack/leak.md.j2")
    result = run("drafts", "profiles", "-o", "out", "--pack", "./pack", "--kind", "thank-you")
    assert result.exit_code == 1
    assert "resolves outside its pack" in result.stderr
    assert secret not in result.output


def test_pack_paths_are_found_from_the_file_that_names_them(tree, run):
    root = tree({
        **profile(),
        "packs/base/pack.yaml": "name: base\nextends: default\n",
        "packs/base/signature.md.j2": "From the base pack\n",
        "packs/child/pack.yaml": "name: child\nextends: ../base\n",
    })
    with open(root / "profiles/acme/role.yaml", "a") as role:
        role.write("pack: ../../packs/child\n")
    result = run("drafts", "profiles", "-o", "out", "--kind", "thank-you")
    assert result.exit_code == 0, result.output
    assert "pack child" in result.output
    assert (root / "out/acme/thank-you/priya-raman.txt").read_text().endswith(
        "From the base pack\n")


def test_a_missing_parent_pack_points_at_extends(tree, run):
    _, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: ./nowhere\n"})
    assert result.stderr.splitlines()[0] == (
        "pack/pack.yaml:2: extends: is not a template pack (no pack.yaml in it)")

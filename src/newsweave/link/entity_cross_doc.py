"""Step 4 of entity resolution: the cross-document merges of name nodes, in their order
(persons first, so that other names meet clusters whose people are settled; then other names,
their designators, short forms, inhabitant names and lone names).  Kept apart from
:mod:`link.entities` so the resolver reads as its steps."""
from __future__ import annotations

from .entity_designators import merge_designators
from .entity_merge_names import merge_aliases, merge_demonyms, merge_glued_names, merge_others
from .entity_merge_persons import (merge_glued_particles, merge_person_fronts,
                                   merge_person_prefixes, merge_persons,
                                   merge_persons_loose, merge_persons_xscript,
                                   merge_short_case_forms, merge_singles)
from .entity_places import join_lone_names
from .entity_unionfind import GuardedUnionFind


def merge_across_documents(info: dict, uf: GuardedUnionFind) -> None:
    """Run the cross-document merges over the nodes of ``info`` (joins in ``uf``)."""
    merge_glued_particles(info, uf)
    merge_persons(info, uf)
    merge_persons_xscript(info, uf)
    merge_person_fronts(info, uf)
    merge_short_case_forms(info, uf)
    merge_person_prefixes(info, uf)
    merge_persons_loose(info, uf)
    merge_singles(info, uf)
    merge_others(info, uf)
    merge_glued_names(info, uf)
    merge_designators(info, uf)  # "Sinovac Biotech" = "Sinovac"
    merge_aliases(info, uf)
    merge_demonyms(info, uf)
    join_lone_names(info, uf)

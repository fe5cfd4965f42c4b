"""The syntactic layer: what each figure is about, read from a dependency parse.

`parser_pieces` turns a sentence's tokens and quantities into what the parser
reads (each figure as a plain stand-in number, the sentence cut at semicolons
and dashes). `frame_of(sentence, first, last, unit, unit_text)` takes one parsed
piece (a spaCy `Doc` from the project's tagger and parser, `pipeline/models/`)
and the word range of a quantity in it, and returns a `Frame`, a plain record:

- `subject`: the noun phrase the figure counts or measures, with its modifiers
  and prepositional phrases ("North Korean workers in Russia's Far East"); for
  a share, what it is a share of ("70 percent of wages" -> "wages"); for a
  figure in a predicate, the clause's subject ("The S&P 500 is up 15 percent");
  for money or a duration that an action involves, the action and who does it
  ("hours worked by these laborers", "pay earned by one worker"); for people
  or things counted, what they do or undergo ("persons held in political
  prison camps") or who acts on them ("employees laid off by Dell").
- `frame_text`: the subject, the word that governs the figure and that word's
  complements: what the metric taxonomy reads, instead of the whole clause.
- `years`: the years in the sentence, ranked by how close they attach in the
  tree to the figure's clause (0: its own clause, 1: a clause above it).
- `attribution`: the subject of the reporting verb above the figure, or the
  object of "according to".
- `list_item`: the place a figure is listed after ("Laos (350), Vietnam (120)").
- `restrictions`: phrases that narrow what the figure counts to a place, a
  group or a part ("in China" of "North Koreans working in China", "of these"
  of "Of these, 753 registered ..."); `pipeline/scope.py` weighs them.
- `singular`: the word that makes the figure one person's or one case's ("his"
  of "his salary", "Kim" of "Kim's wages", "one worker" of "pay earned by one worker").

The layer's modules, in the order data flows through them: `words` (the words
the tree reads), `model` (the trained parser), `pieces` (what the parser reads),
`tree` (helpers over a parse), `repairs` (the parse mended), `frames` (what one
figure is about) and `ellipsis` (figures that borrow an earlier figure's noun).
Nothing here loads a model: `load_parser` does, when the pipeline is built.
"""
from __future__ import annotations

from .ellipsis import share_change, share_elided, share_elliptical, share_restated_total
from .frames import OTHER_FIGURES_YEAR, WHEN_CLAUSE_YEAR, Frame, frame_of
from .model import MODEL_NAME, default_model_path, load_parser
from .pieces import parser_input, parser_pieces
from .repairs import repair_tree
from .tree import is_bare_unit, names_a_measure, noun_phrase, participle
from .words import YEAR_BEFORE, YEARS_BACK

__all__ = [
    "MODEL_NAME", "OTHER_FIGURES_YEAR", "WHEN_CLAUSE_YEAR", "YEARS_BACK", "YEAR_BEFORE", "Frame", "default_model_path",
    "frame_of", "is_bare_unit", "load_parser", "names_a_measure", "noun_phrase", "parser_input", "parser_pieces",
    "participle", "repair_tree", "share_change", "share_elided", "share_elliptical", "share_restated_total",
]

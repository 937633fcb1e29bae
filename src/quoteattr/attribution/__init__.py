"""Attribution: which cue and which speaker each quotation belongs to.

One module per rule family; each takes the quoted spans found by :mod:`quoteattr.marks`
and returns :class:`~quoteattr.attribution.candidates.Candidate` values.
"""

"""Per-language templates and hand-written entity inventories for :mod:`xlt.data.synth`.

Each module (``ar``, ``bn``, ``de``, ``en``, ``es``, ``fi``, ``id``, ``nl``, ``ru``, ``sw``) defines the same
names; see the docstring of :mod:`xlt.data.synth` for the template notation and ``en.py`` for the meaning of every field.
"""

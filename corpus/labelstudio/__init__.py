"""Label Studio bridge: push documents and annotations as tasks, pull them back validated.

offsets (the only unit conversion), config (the labeling config, generated from
corpus.vocab), records / to_results / from_results (records <-> results, behind convert),
inputs (documents, annotation folders, the pre-annotator adapter), client (connection and
its errors), push, pull, serve, cli. Only client, push, pull and serve touch the network
or a process; label_studio_sdk is imported lazily, so the corpus works without it.
"""

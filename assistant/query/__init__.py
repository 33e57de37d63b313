"""Query: question analysis (``intent``), subject linking (``catalogue``, ``linking``), hybrid retrieval (``retrieval``)."""

"""The web UI's tabs: each builds its components (``build``) and wires its events."""

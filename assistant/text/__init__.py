"""Text: Sudachi tokens (``tokens``), general-language signals (``wording``), the form's question vocabulary (``vocabulary``)."""

"""Placeholder until the extractor for this checklist lands."""


def build():
    raise NotImplementedError("card_api_1_0")

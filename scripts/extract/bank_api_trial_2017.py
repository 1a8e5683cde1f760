"""Placeholder until the extractor for this checklist lands."""


def build():
    raise NotImplementedError("bank_api_trial_2017")

"""Placeholder until the references land."""


def build():
    raise NotImplementedError("references")

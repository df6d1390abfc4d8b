"""Drafting a bank from a plain-text article: its sentences (sentences), the dates they give
(timex), the people and terms they name (names), and the bank folder written from them (write)."""

"""The bank itself: its model, reading and validating it, dates, text, safe files. Imports nothing above it."""

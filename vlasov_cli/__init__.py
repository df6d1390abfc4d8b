"""vlasov: quiz yourself on, and look up, the history told in one article."""

__version__ = "0.1.0"

"""What vlasov keeps between runs: where things live, the stored bank, the quiz history."""

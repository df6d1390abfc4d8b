"""The bank: reading a bank folder's YAML (read), checking it (validate), building the model
(build, with generated questions and the look-ups' indexes) and storing it built (store)."""

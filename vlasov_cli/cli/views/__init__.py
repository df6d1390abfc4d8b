"""What a person reads: one module per command's view, each with `show(console, record)`; `output`
holds the consoles and the ways of printing they share."""

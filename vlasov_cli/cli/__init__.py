"""The command line: options, the commands, the views a person reads. Nothing below imports it."""

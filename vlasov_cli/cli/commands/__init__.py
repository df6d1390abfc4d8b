"""The commands, a module per command or group; importing one registers its commands on the app."""

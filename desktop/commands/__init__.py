"""One module per `duo` sub-command."""

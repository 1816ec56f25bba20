"""Qt widgets and item models. Widgets show and forward; they never run SQL or parse files."""

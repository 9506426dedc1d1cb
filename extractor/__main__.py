"""`python -m extractor` runs the CLI."""
from extractor.cli import app

app(prog_name="flowfacts")

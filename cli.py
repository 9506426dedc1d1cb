"""Run the FlowFacts CLI from a checkout: `python cli.py --help` (installed as `flowfacts`)."""
from extractor.cli import app

if __name__ == "__main__":
    app()

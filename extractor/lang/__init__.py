"""Language data, one package per language."""

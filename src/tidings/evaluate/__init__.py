"""Evaluation of tidings against gold data sets (`tidings evaluate`)."""

"""``python -m crossguard`` runs the command line."""

from crossguard.cli import main

main()

"""`python -m generator ...`"""

from .cli import main

if __name__ == "__main__":  # a process started by multiprocessing imports this module too
    raise SystemExit(main())

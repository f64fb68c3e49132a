"""`python -m geotimeline`: the command-line interface (see geotimeline.cli)."""

import sys

from geotimeline.cli import main

sys.exit(main())

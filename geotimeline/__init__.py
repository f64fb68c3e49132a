"""geotimeline: a timeline and map of diplomatic and naval developments reported in news articles."""

__version__ = "0.1.0"

"""The Streamlit side of geotimeline: the page modules of the three tabs (explore_page, sources_page,
briefing_page) and the chart helpers they and the offline report share (charts). app.py at the repository's top
is the shell that lays them out; the logic they show lives in the modules beside this package."""

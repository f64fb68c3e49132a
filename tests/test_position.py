"""Incident position: written coordinates, bearings and distances, the most specific named place."""

from __future__ import annotations

import pytest

from geotimeline.position import destination, haversine_km, incident_place, offset_before


@pytest.mark.parametrize(
    ("text", "lat", "lon", "tolerance_km"),
    [
        ("NIGERIA: On 1 June, robbers boarded a tanker at Lagos anchorage.", 6.42, 3.4, 20),
        ("INDONESIA: On 27 May, robbers boarded a tanker near position 01-07N 103-30E.", 1.1167, 103.5, 1),
        # a coordinate whose E/W letter is a typo, far from every place named, is flipped back
        ("COLOMBIA: robbers boarded a tanker at the port of Buenaventura, near position 03-53N 077-03E.",
         3.883, -77.05, 1),
        # the port named after the heading beats the heading's sea
        ("GULF OF GUINEA: a tanker was boarded 38NM outside Cotonou Port, Benin.", 6.35, 2.43, 20),
        # "N nm <bearing> of X" moves the point
        ("IVORY COAST: pirates boarded a tanker 45 nm southeast of Abidjan.", 4.77, -3.47, 15),
        ("RED SEA: a skiff approached a vessel in the Red Sea.", 20.0, 38.5, 1),
    ],
)
def test_incident_place(text, lat, lon, tolerance_km):
    place = incident_place(text)
    assert place is not None
    assert haversine_km((place.lat, place.lon), (lat, lon)) <= tolerance_km


def test_no_place():
    assert incident_place("Pirates opened fire on an unknown vessel.") is None


@pytest.mark.parametrize(
    ("text", "km", "bearing"),
    [("45 nm southeast of X", 83.34, 135), ("about 12 miles north-west off X", 19.308, 315), ("10 km W of X", 10, 270)],
)
def test_offset_before(text, km, bearing):
    got = offset_before(text, len(text) - 1)
    assert got is not None
    assert got[0] == pytest.approx(km, rel=1e-3) and got[1] == bearing


def test_destination_round_trip():
    lat, lon = destination(10.0, 179.5, 90, 111.2)
    assert haversine_km((10.0, 179.5), (lat, lon)) == pytest.approx(111.2, rel=1e-3)
    assert -180 <= lon <= 180 and lon < 0  # crossed the antimeridian

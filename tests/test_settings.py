from pathlib import Path

import pytest

from geotimeline.settings import DEFAULT_MAX_BYTES, SettingsError, load_settings


def test_defaults():
    s = load_settings(env={})
    assert s.db_path.name == "events.db" and s.db_path.parent.name == "data"
    assert s.max_bytes == DEFAULT_MAX_BYTES and s.load_samples is True


@pytest.mark.parametrize(
    ("env", "field", "value"),
    [
        ({"GEOTIMELINE_DB": "/tmp/x.db"}, "db_path", Path("/tmp/x.db")),
        ({"GEOTIMELINE_MAX_BYTES": "1000"}, "max_bytes", 1000),
        ({"GEOTIMELINE_LOAD_SAMPLES": "no"}, "load_samples", False),
        ({"GEOTIMELINE_LOAD_SAMPLES": "1"}, "load_samples", True),
        ({"GEOTIMELINE_LARGE_STORE": "50"}, "large_store", 50),
        ({"GEOTIMELINE_DB": ""}, "db_path", load_settings(env={}).db_path),
    ],
)
def test_environment(env, field, value):
    assert getattr(load_settings(env=env), field) == value


def test_override_beats_environment():
    s = load_settings(env={"GEOTIMELINE_DB": "/tmp/env.db"}, db_path=Path("/tmp/arg.db"))
    assert s.db_path == Path("/tmp/arg.db")


@pytest.mark.parametrize(
    ("env", "key", "expected"),
    [
        ({"GEOTIMELINE_MAX_BYTES": "lots"}, "GEOTIMELINE_MAX_BYTES", "positive whole number"),
        ({"GEOTIMELINE_MAX_BYTES": "-5"}, "GEOTIMELINE_MAX_BYTES", "positive whole number"),
        ({"GEOTIMELINE_MAX_BYTES": "0"}, "GEOTIMELINE_MAX_BYTES", "positive whole number"),
        ({"GEOTIMELINE_LOAD_SAMPLES": "maybe"}, "GEOTIMELINE_LOAD_SAMPLES", "true/false"),
        ({"GEOTIMELINE_LARGE_STORE": "many"}, "GEOTIMELINE_LARGE_STORE", "positive whole number of events"),
        ({"GEOTIMELINE_LARGE_STORE": "0"}, "GEOTIMELINE_LARGE_STORE", "positive whole number of events"),
    ],
)
def test_errors_name_key_expected_and_got(env, key, expected):
    with pytest.raises(SettingsError) as info:
        load_settings(env=env)
    message = str(info.value)
    assert key in message and expected in message and repr(next(iter(env.values()))) in message


def test_unknown_override_is_refused():
    with pytest.raises(SettingsError, match="colour"):
        load_settings(env={}, colour="red")


def test_the_uploader_limit_matches_the_article_size_limit():
    import tomllib

    config = tomllib.loads((Path(__file__).resolve().parent.parent / ".streamlit" / "config.toml").read_text())
    assert config["server"]["maxUploadSize"] * 1024 * 1024 == DEFAULT_MAX_BYTES

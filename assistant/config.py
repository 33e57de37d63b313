"""Configuration: environment variables ``KAIZEN_*`` and an optional ``kaizen.toml``.

Precedence (highest first): explicit arguments (e.g. ``--index``), environment,
``kaizen.toml`` (``$KAIZEN_CONFIG`` or ``./kaizen.toml``), defaults.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

# Offline by construction: no telemetry, no hub downloads, no analytics.
OFFLINE_ENV = {
    "ANONYMIZED_TELEMETRY": "False",
    "CHROMA_TELEMETRY": "False",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply_offline_env() -> None:
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


apply_offline_env()


def _toml_path() -> Path:
    return Path(os.environ.get("KAIZEN_CONFIG", "kaizen.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KAIZEN_", extra="ignore")

    home: Path = Field(default_factory=lambda: Path(user_data_dir("kaizen", appauthor=False)))

    # Chroma: embedded PersistentClient under ``home`` unless a server URL is given.
    chroma_url: str | None = None
    chroma_token: str | None = None
    collection: str = "kaizen_sheets"

    # Embeddings: "default" (offline, shipped with the package), "sentence-transformers"
    # (a local model directory via llama-index), "openai" (an OpenAI-compatible endpoint).
    embed_backend: Literal["default", "sentence-transformers", "openai"] = "default"
    embed_model: str | None = None
    embed_base_url: str | None = None
    embed_api_key: str | None = None

    # LLM (optional): an OpenAI-compatible server or Ollama.
    llm_backend: Literal["openai", "ollama"] = "openai"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 60.0
    llm_temperature: float = 0.1

    # Ingest limits.
    max_pages: int = 20
    max_upload_mb: int = 30
    max_upload_files: int = 50
    workers: int = 0  # 0 = all cores

    # Web UI: users as "name:password" for non-local binds.
    users: list[str] = Field(default_factory=list)
    # Login throttling per client address: after this many failures in a row the address is
    # locked out for login_lockout_s seconds, doubled on each further failure (at most
    # login_lockout_max_s). Behind a reverse proxy, list its address(es) in trusted_proxies so
    # that the client address is read from X-Forwarded-For (from anyone else it is ignored).
    login_max_failures: int = 5
    login_lockout_s: float = 30.0
    login_lockout_max_s: float = 900.0
    trusted_proxies: list[str] = Field(default_factory=list)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=_toml_path()),
        )

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    # Layout of KAIZEN_HOME
    @property
    def chroma_dir(self) -> Path:
        return self.home / "chroma"

    @property
    def sheets_dir(self) -> Path:
        return self.home / "sheets"

    @property
    def uploads_dir(self) -> Path:
        return self.home / "uploads"

    @property
    def gradio_temp_dir(self) -> Path:
        """Gradio's upload and cache folder (``GRADIO_TEMP_DIR``), emptied on start and after
        each ingest: uploads never land outside ``home``."""
        return self.home / "tmp" / "gradio"


def load_settings(index: Path | str | None = None, **overrides) -> Settings:
    """Settings with an optional ``--index DIR`` override of ``KAIZEN_HOME``."""
    if index is not None:
        overrides["home"] = Path(index)
    return Settings(**overrides)

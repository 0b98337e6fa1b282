from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _install_triggers(using: str, **kwargs: Any) -> None:
    from django.db import connections

    from coffeechat.pipeline import touched

    touched.install(connections[using])


class PipelineConfig(AppConfig):
    name = "coffeechat.pipeline"

    def ready(self) -> None:
        # After every migrate: a table a migration rebuilt (SQLite) has lost its triggers.
        post_migrate.connect(_install_triggers, sender=self,
                             dispatch_uid="coffeechat-touched")

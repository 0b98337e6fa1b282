from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "coffeechat.accounts"

    def ready(self) -> None:
        from coffeechat.accounts.version import install

        # After every migrate (once all apps' tables exist): the data version's triggers
        # on every coffeechat table, a table a later migration added included.
        post_migrate.connect(install, sender=self, dispatch_uid="coffeechat-data-version")

from django.apps import AppConfig


class WritingConfig(AppConfig):
    name = "coffeechat.writing"

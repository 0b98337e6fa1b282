"""The one-row table whose number database triggers move on every write that can change a
warm path (targets/changes.py, which installs the triggers after every migrate). A plain
table, not a model: it is nobody's data, so backups, exports and flushes leave it out."""

from django.db import migrations

from coffeechat.targets.changes import TABLE


class Migration(migrations.Migration):

    dependencies = [
        ('targets', '0001_initial'),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE TABLE {TABLE} (id integer NOT NULL PRIMARY KEY, n bigint NOT NULL)",
            f"DROP TABLE {TABLE}",
        ),
    ]

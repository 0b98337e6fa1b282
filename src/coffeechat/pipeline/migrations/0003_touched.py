"""Whose rows changed, and at which data version (pipeline/touched.py, which installs the
triggers that write it after every migrate). A plain table, not a model: it is nobody's
data, so backups, exports and flushes leave it out."""

from django.db import migrations

from coffeechat.pipeline.touched import TABLE


class Migration(migrations.Migration):

    dependencies = [
        ('pipeline', '0002_postponed_event_until'),
        ('accounts', '0004_data_version'),
        ('people', '0003_past_organisations'),
    ]

    operations = [
        migrations.RunSQL(
            [
                f"CREATE TABLE {TABLE} (person_id bigint NOT NULL PRIMARY KEY, "
                "version bigint NOT NULL)",
                f"CREATE INDEX {TABLE}_version ON {TABLE} (version)",
            ],
            f"DROP TABLE {TABLE}",
        ),
    ]

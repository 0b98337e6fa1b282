"""Insight notes touch their person too (pipeline/touched.py's PERSON gained
pipeline_insight, for the insights page's notes): nothing changes in the schema, but a
database already at 0003 must migrate once so that the triggers, installed after every
migrate, are made on pipeline_insight as well."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('pipeline', '0003_touched'),
    ]

    operations = [
        migrations.RunPython(migrations.RunPython.noop, migrations.RunPython.noop),
    ]

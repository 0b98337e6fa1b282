"""What imported contacts bring: other e-mails, a phone, the LinkedIn connection date,
and a lasting uid (vCard UID, calendar UIDs). Existing people get a uid each."""

import uuid

from django.db import migrations, models


def give_uids(apps, schema_editor):  # type: ignore[no-untyped-def]
    Person = apps.get_model("people", "Person")
    people = list(Person.objects.only("id"))
    for person in people:
        person.uid = uuid.uuid4()
    Person.objects.bulk_update(people, ["uid"], batch_size=1000)


class Migration(migrations.Migration):

    dependencies = [
        ("people", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="other_emails",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="person",
            name="phone",
            field=models.CharField(blank=True, max_length=60),
        ),
        migrations.AddField(
            model_name="person",
            name="connected_on",
            field=models.DateField(blank=True, help_text="connected on LinkedIn", null=True),
        ),
        migrations.AddField(
            model_name="person",
            name="uid",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_uids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="person",
            name="uid",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]

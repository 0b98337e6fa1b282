"""Contacts read from the files people already have (LinkedIn's Connections.csv, Google
and Outlook contacts, vCards, calendar invitations), as plain records with their line
numbers and what is wrong with a row: no database here, so every nasty case is tested in
milliseconds. `coffeechat.exchange.importing` writes what they read."""

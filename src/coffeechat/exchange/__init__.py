"""Contacts in, everything out: import, export, backup and restore, the calendar. Each
operation is one service function with keyword-only arguments returning a report, for
the CLI (which only parses and prints) and the web UI alike."""

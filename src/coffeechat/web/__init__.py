"""The web UI (`coffeechat serve`): server-rendered pages over the same services and rules
as the command line. Views are thin: owner, form, service, page."""

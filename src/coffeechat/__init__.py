"""coffeechat: run a job seeker's informational interviews end to end."""

__version__ = "0.1.0"

"""Alembic environment and migrations (shipped as package data so an installed app can upgrade)."""

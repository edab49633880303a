"""The local (SQLite) and central (PostgreSQL) database: one schema, SQLAlchemy 2 models."""

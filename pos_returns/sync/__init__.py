"""The register <-> central PostgreSQL exchange (DESIGN.md: offline first)."""

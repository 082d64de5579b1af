-- Trigram similarity for typo-tolerant product search (trusted extension, shipped with PostgreSQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

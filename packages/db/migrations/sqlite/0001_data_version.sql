-- The counter that write transactions bump (see src/client.ts).
INSERT INTO meta (key, value) VALUES ('data_version', 0) ON CONFLICT(key) DO NOTHING;

-- Signing secrets are stored AES-GCM sealed as v1:<keyId>:<base64(iv|ciphertext|tag)> (about 135 characters).
ALTER TABLE subscription ALTER COLUMN secret TYPE varchar(400);

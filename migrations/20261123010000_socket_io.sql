-- Socket.IO across processes (@socket.io/postgres-adapter): events travel by NOTIFY, and a payload
-- over NOTIFY's 8000-byte limit is stored here and fetched by id. The adapter deletes old rows itself.
CREATE TABLE socket_io_attachments (
	id bigserial UNIQUE,
	created_at timestamptz DEFAULT now(),
	payload bytea
);

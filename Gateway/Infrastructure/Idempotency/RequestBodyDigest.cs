namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The SHA-256 of the raw request body, recorded when the body is read, for the request fingerprint.</summary>
public sealed record RequestBodyDigest(byte[] Sha256);

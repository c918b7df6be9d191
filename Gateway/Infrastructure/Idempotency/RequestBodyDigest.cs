namespace PayGov.Gateway.Infrastructure.Idempotency;

/// <summary>The SHA-256 of the request body in canonical form, recorded when the body is parsed, for the request fingerprint.</summary>
public sealed record RequestBodyDigest(byte[] Sha256);

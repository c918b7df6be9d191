using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PayGov.Gateway.Storage;

/// <summary>Ready only while the database accepts a connection.</summary>
public sealed class DatabaseHealthCheck(PayGovDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not accept connections.");
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PayGov.Gateway.Storage;

/// <summary>The PostgreSQL counterpart of <see cref="SqliteDesignTimeFactory"/>.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPayGovDbContext>
{
    public PostgresPayGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPayGovDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}

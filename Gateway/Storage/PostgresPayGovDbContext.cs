using Microsoft.EntityFrameworkCore;

namespace PayGov.Gateway.Storage;

/// <summary>Production storage: PostgreSQL, shared by every gateway node.</summary>
public sealed class PostgresPayGovDbContext(DbContextOptions<PostgresPayGovDbContext> options) : PayGovDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Ids are compared for cursor pages; "C" collation makes that byte order, which is creation order.
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var key in entity.GetKeys())
            {
                foreach (var property in key.Properties.Where(p => p.ClrType == typeof(string)))
                {
                    property.SetCollation("C");
                }
            }
        }
    }
}

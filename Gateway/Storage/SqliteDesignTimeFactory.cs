using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PayGov.Gateway.Storage;

/// <summary>Lets <c>dotnet ef</c> build each context without starting the host or reaching a server.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePayGovDbContext>
{
    public SqlitePayGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePayGovDbContext>().UseSqlite("Data Source=design.db").Options);
}

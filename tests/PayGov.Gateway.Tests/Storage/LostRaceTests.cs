using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Gateway.Storage;

namespace PayGov.Gateway.Tests.Storage;

/// <summary>
/// PostgreSQL breaks a deadlock by aborting one writer, and Npgsql reports it wrapped as a transient failure: the
/// compare-and-set loops must see that as a lost race to read again, not as a fault (CI once saw a refund settler fail so).
/// </summary>
[Collection(PostgresGatewayCollection.Name)]
public sealed class LostRaceTests(PostgresGatewayFixture gateway)
{
    [Fact]
    public async Task Two_writers_waiting_on_each_other_end_with_one_commit_and_one_lost_race()
    {
        var (first, _) = await gateway.CreatePortalAsync();
        var (second, _) = await gateway.CreatePortalAsync();
        await using var scopeOne = gateway.Services.CreateAsyncScope();
        await using var scopeTwo = gateway.Services.CreateAsyncScope();
        var one = scopeOne.ServiceProvider.GetRequiredService<PayGovDbContext>();
        var two = scopeTwo.ServiceProvider.GetRequiredService<PayGovDbContext>();
        await using var transactionOne = await one.Database.BeginTransactionAsync();
        await using var transactionTwo = await two.Database.BeginTransactionAsync();
        await RenameAsync(one, first, "one");
        await RenameAsync(two, second, "two");

        // Each now waits for the row the other holds.
        var failures = await Task.WhenAll(FailureOfAsync(one, transactionOne, second, "one"), FailureOfAsync(two, transactionTwo, first, "two"));

        var failure = Assert.Single(failures, f => f is not null);
        Assert.True(StorageErrors.IsLostRace(failure!), failure!.ToString());
        var winner = failures[0] is null ? (Db: one, Transaction: transactionOne, Name: "one") : (Db: two, Transaction: transactionTwo, Name: "two");
        await winner.Transaction.CommitAsync();
        Assert.Equal([winner.Name, winner.Name], await gateway.WithDbAsync(db =>
            db.Portals.AsNoTracking().Where(p => p.Id == first || p.Id == second).Select(p => p.Name).ToListAsync()));
    }

    private static async Task RenameAsync(PayGovDbContext db, string portalId, string name)
    {
        var portal = await db.Portals.FirstAsync(p => p.Id == portalId);
        portal.Name = name;
        await db.SaveChangesAsync();
    }

    /// <summary>The rename's failure, if any, after rolling its transaction back as a SaveChanges of its own would.</summary>
    private static async Task<Exception?> FailureOfAsync(PayGovDbContext db, IDbContextTransaction transaction, string portalId, string name)
    {
        try
        {
            await RenameAsync(db, portalId, name);
            return null;
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            await transaction.RollbackAsync();
            return ex;
        }
    }
}

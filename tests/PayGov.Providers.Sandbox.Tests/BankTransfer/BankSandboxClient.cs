using System.Net;
using System.Net.Http.Json;
using System.Text;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Reconciliation.Model;
using PayGov.Reconciliation.Parsing;

namespace PayGov.Providers.Sandbox.Tests.BankTransfer;

/// <summary>What the bank tests do against the sandbox bank over HTTP, and how they read what reached the merchant.</summary>
internal sealed class BankSandboxClient(SandboxFixture fixture)
{
    public static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static StartPaymentRequest Attempt(long amount = 125_000) =>
        new("pa_test", "pi_test", MerchantReference.Create(Now), amount, "Lệ phí hộ tịch", PaymentMethod.BankTransfer, "http://127.0.0.1/pay/return", null, Now, Now.AddMinutes(30));

    /// <summary>The attempt as PayGov knows it before a credit, for the matching rules.</summary>
    public static BankTransferAttempt Known(string reference, long expected, long receivedSoFar = 0) =>
        new(reference, SandboxFixture.BankAccount, expected, receivedSoFar, BankIntentStatus.Processing, Now.AddMinutes(30));

    /// <summary>The adapter as configured in the fixture, on another clock.</summary>
    public static BankTransferPaymentProvider AdapterAt(TimeProvider time)
    {
        var options = new BankTransferOptions
        {
            BankBin = SandboxFixture.BankBin,
            BankName = "Vietcombank",
            AccountNumber = SandboxFixture.BankAccount,
            AccountName = "PAYGOV THU PHI LE PHI",
            ConnectorId = SandboxFixture.BankConnectorId,
        };
        options.NotificationSecrets.Add(SandboxFixture.BankSecret);
        return new BankTransferPaymentProvider(Microsoft.Extensions.Options.Options.Create(options), time);
    }

    public Task<StartPaymentResult> StartAsync(long amount = 125_000) => fixture.BankAdapter.StartAsync(Attempt(amount), CancellationToken.None);

    public Task<HttpResponseMessage> PostTransferAsync(SandboxTransferRequest request) =>
        fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, "/sandbox/bank/transfers"), request);

    public async Task<SandboxTransferResponse> TransferAsync(SandboxTransferRequest request)
    {
        using var response = await PostTransferAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SandboxTransferResponse>())!;
    }

    public Task<HttpResponseMessage> CompleteAsync(string reference, SandboxCompletionRequest request) =>
        fixture.Http.PostAsJsonAsync(new Uri(fixture.SandboxUrl, $"/sandbox/bank/pay/{reference}/complete"), request);

    public async Task<SandboxTransferResponse?> FindAsync(string transactionId)
    {
        using var response = await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, "/sandbox/bank/transfers/" + transactionId));
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<SandboxTransferResponse>();
    }

    /// <summary>The transfer once the sender has finished with every notification of it: delivered or given up.</summary>
    public Task<SandboxTransferResponse> SettledAsync(string transactionId) =>
        Eventually.ReturnsAsync(async () =>
            await FindAsync(transactionId) is { } transfer && transfer.Notifications.All(n => n is [.., { State: not "retrying" }]) ? transfer : null);

    /// <summary>The notifications of a transaction that reached the merchant, waiting for at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<(string Body, string Signature)>> NotificationsAsync(string text, int count = 1)
    {
        await Eventually.TrueAsync(() => fixture.Merchant.BankNotificationsWith(text).Count >= count);
        return fixture.Merchant.BankNotificationsWith(text);
    }

    public static ProviderCallbackRequest Callback((string Body, string Signature) notification) =>
        new(null, Encoding.UTF8.GetBytes(notification.Body), new Dictionary<string, string> { [BankNotificationSignature.HeaderName] = notification.Signature }, SandboxFixture.BankConnectorId);

    public Task<CallbackVerification> VerifyAsync((string Body, string Signature) notification) =>
        fixture.BankAdapter.VerifyCallbackAsync(Callback(notification), CancellationToken.None);

    /// <summary>Pays <paramref name="amount"/> with <paramref name="remark"/> as typed, and returns the verified notification.</summary>
    public async Task<ProviderNotification> PayAsync(long amount, string remark)
    {
        var transfer = await TransferAsync(new SandboxTransferRequest(Amount: amount, Remark: remark));
        var verification = await VerifyAsync((await NotificationsAsync(transfer.TransactionId))[0]);
        Assert.True(verification.IsVerified, verification.RejectionReason);
        return verification.Notification;
    }

    public async Task<HttpResponseMessage> StatementAsync(DateOnly day, string format) =>
        await fixture.Http.GetAsync(new Uri(fixture.SandboxUrl, $"/sandbox/bank/statements/{day:yyyy-MM-dd}?format={format}"));

    /// <summary>The statement of a day in a format (<c>mt940</c>, <c>camt053</c>), read by reconciliation's reader for it (<paramref name="readerFormat"/>).</summary>
    public async Task<(BankStatementReader Reader, List<BankStatementEntry> Entries)> ReadStatementAsync(DateOnly day, string format, string readerFormat)
    {
        using var response = await StatementAsync(day, format);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var reader = BankStatementReader.Open(readerFormat, new MemoryStream(bytes), response.Content.Headers.ContentDisposition!.FileName!, SandboxFixture.BankAccount);
        return (reader, reader.ReadEntries().ToList());
    }
}

using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PayGov.Providers.BankTransfer;
using PayGov.Providers.MoMo;
using PayGov.Providers.VnPay;
using PayGov.Providers.Sandbox.BankTransfer;
using PayGov.Providers.ZaloPay;

namespace PayGov.Providers.Sandbox.Tests;

/// <summary>
/// The sandbox on real Kestrel on a loopback port, a merchant receiver for callbacks, and provider clients
/// configured from the shared vectors' keys, shared by every test of the collection. Tests isolate their data
/// by their own order ids; fault switches are global, so the collection runs serially.
/// </summary>
public class SandboxFixture : IAsyncLifetime
{
    private static readonly VectorFile MoMoVectors = VectorFile.Load("momo.json");
    private static readonly VectorFile ZaloPayVectors = VectorFile.Load("zalopay.json");
    private static readonly VectorFile VnPayVectors = VectorFile.Load("vnpay.json");
    private static readonly VectorFile BankVectors = VectorFile.Load("bank-notification.json");

    private readonly TimeProvider? clock;
    private WebApplication sandbox = null!;
    private ServiceProvider clients = null!;

    public SandboxFixture()
        : this(null)
    {
    }

    /// <summary>A sandbox on <paramref name="clock"/> rather than the system's.</summary>
    protected SandboxFixture(TimeProvider? clock) => this.clock = clock;

    public MerchantReceiver Merchant { get; private set; } = null!;

    public Uri SandboxUrl { get; private set; } = null!;

    public HttpClient Http { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public SandboxFaultSwitchboard Switchboard => sandbox.Services.GetRequiredService<SandboxFaultSwitchboard>();

    public MoMoClient MoMo => clients.GetRequiredService<MoMoClient>();

    public ZaloPayClient ZaloPay => clients.GetRequiredService<ZaloPayClient>();

    public VnPayClient VnPay => clients.GetRequiredService<VnPayClient>();

    public VnPayPaymentProvider VnPayAdapter => clients.GetRequiredService<VnPayPaymentProvider>();

    public MoMoPaymentProvider MoMoAdapter => clients.GetRequiredService<MoMoPaymentProvider>();

    public ZaloPayPaymentProvider ZaloPayAdapter => clients.GetRequiredService<ZaloPayPaymentProvider>();

    public BankTransferPaymentProvider BankAdapter => clients.GetRequiredService<BankTransferPaymentProvider>();

    /// <summary>The sandbox bank's book, where other kinds of entries (a provider's payout) can be booked.</summary>
    public SandboxBankLedger BankLedger => sandbox.Services.GetRequiredService<SandboxBankLedger>();

    /// <summary>The connector secret and collection account, taken from the bank-notification vectors.</summary>
    public static string BankSecret => BankVectors.Case("exact_payment")["inputs"]!["secret"]!.GetValue<string>();

    public static string BankAccount => BankVectors.Case("exact_payment")["inputs"]!["collection_accounts"]![0]!.GetValue<string>();

    public const string BankBin = "970436";

    public const string BankConnectorId = "sandbox";

    /// <summary>The ZaloPay application and keys, taken from the vectors.</summary>
    public static long ZaloPayAppId => ZaloPayVectors.Case("query_order")["inputs"]!["app_id"]!.GetValue<long>();

    public static string ZaloPayKey1 => ZaloPayVectors.Case("query_order")["inputs"]!["key1"]!.GetValue<string>();

    public static string ZaloPayKey2 => ZaloPayVectors.Case("redirect_checksum")["inputs"]!["key2"]!.GetValue<string>();

    /// <summary>The VNPAY terminal and hash secret, taken from the vectors.</summary>
    public static string VnPayTmnCode => VnPayVectors.Case("pay_url_basic")["inputs"]!["params"]!["vnp_TmnCode"]!.GetValue<string>();

    public static string VnPayHashSecret => VnPayVectors.Case("pay_url_basic")["inputs"]!["hash_secret"]!.GetValue<string>();

    /// <summary>The MoMo merchant credentials, taken from the vectors so the sandbox is checked against independent values.</summary>
    public static string MoMoPartnerCode => MoMoVectors.Case("create_capture_wallet")["inputs"]!["request"]!["partnerCode"]!.GetValue<string>();

    public static string MoMoAccessKey => MoMoVectors.Case("create_capture_wallet")["inputs"]!["access_key"]!.GetValue<string>();

    public static string MoMoSecretKey => MoMoVectors.Case("create_capture_wallet")["inputs"]!["secret_key"]!.GetValue<string>();

    public async Task InitializeAsync()
    {
        Merchant = await MerchantReceiver.StartAsync();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:MoMo:PartnerCode"] = MoMoPartnerCode,
            ["Sandbox:MoMo:AccessKey"] = MoMoAccessKey,
            ["Sandbox:MoMo:SecretKey"] = MoMoSecretKey,
            // MoMo's pattern is 1, 5 and 15 minutes; the same shape, scaled down for the tests.
            ["Sandbox:MoMo:IpnRetryDelaysSeconds"] = "0.1,0.2,0.3",
            ["Sandbox:ZaloPay:AppId"] = ZaloPayAppId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sandbox:ZaloPay:Key1"] = ZaloPayKey1,
            ["Sandbox:ZaloPay:Key2"] = ZaloPayKey2,
            ["Sandbox:ZaloPay:CallbackRetryDelaysSeconds"] = "0.1,0.2,0.3",
            ["Sandbox:VnPay:TmnCode"] = VnPayTmnCode,
            ["Sandbox:VnPay:HashSecret"] = VnPayHashSecret,
            ["Sandbox:VnPay:IpnUrl"] = new Uri(Merchant.BaseUrl, "/callbacks/vnpay/ipn").AbsoluteUri,
            // VNPAY's pattern in the sandbox is 1, 2, 5, 10 and 30 minutes; the same shape, scaled down for the tests.
            ["Sandbox:VnPay:IpnRetryDelaysSeconds"] = "0.1,0.2,0.3,0.4,0.5",

            ["Sandbox:BankTransfer:BankBin"] = BankBin,
            ["Sandbox:BankTransfer:AccountNumber"] = BankAccount,
            ["Sandbox:BankTransfer:ConnectorId"] = BankConnectorId,
            ["Sandbox:BankTransfer:NotificationSecret"] = BankSecret,
            ["Sandbox:BankTransfer:NotificationUrl"] = new Uri(Merchant.BaseUrl, $"/callbacks/bank-transfer/{BankConnectorId}/credits").AbsoluteUri,

            // 30 s, 2 min, 10 min, 30 min, 1 h, then hourly for 24 h: the same shape, scaled down.
            ["Sandbox:BankTransfer:NotificationRetryDelaysSeconds"] = "0.05,0.1,0.2",
            ["Sandbox:BankTransfer:RetryPeriod"] = "00:00:01",
        });
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddPaymentSandboxes();
        sandbox = builder.Build();
        sandbox.Urls.Add("http://127.0.0.1:0");
        sandbox.MapPaymentSandboxes("/sandbox");
        await sandbox.StartAsync();
        SandboxUrl = new Uri(sandbox.Urls.First());

        clients = BuildClients(new Uri(SandboxUrl, "/sandbox/momo"), new Uri(SandboxUrl, "/sandbox/zalopay"), new Uri(SandboxUrl, "/sandbox/vnpay"));
        Merchant.BankVerifier = request => BankAdapter.VerifyCallbackAsync(request, CancellationToken.None);
    }

    /// <summary>Provider clients pointed at the given sandbox prefixes, with short time limits and a breaker that stays closed.</summary>
    public ServiceProvider BuildClients(Uri moMoBaseUrl, Uri zaloPayBaseUrl, Uri? vnPayBaseUrl = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        vnPayBaseUrl ??= new Uri(SandboxUrl, "/sandbox/vnpay");
        var settings = new Dictionary<string, string?>
        {
            ["Providers:MoMo:PartnerCode"] = MoMoPartnerCode,
            ["Providers:MoMo:AccessKey"] = MoMoAccessKey,
            ["Providers:MoMo:SecretKeys:0"] = MoMoSecretKey,
            ["Providers:MoMo:BaseUrl"] = moMoBaseUrl.AbsoluteUri,
            ["Providers:MoMo:IpnUrl"] = new Uri(Merchant.BaseUrl, "/callbacks/momo/ipn").AbsoluteUri,
            ["Providers:MoMo:RedirectUrl"] = new Uri(Merchant.BaseUrl, "/pay/return/momo").AbsoluteUri,
            ["Providers:MoMo:Resilience:TotalTimeout"] = "00:00:05",
            ["Providers:MoMo:Resilience:AttemptTimeout"] = "00:00:01",
            ["Providers:MoMo:Resilience:MaxRetryAttempts"] = "2",
            ["Providers:MoMo:Resilience:RetryBaseDelay"] = "00:00:00.010",
            ["Providers:MoMo:Resilience:BreakerMinimumThroughput"] = "1000",
            ["Providers:ZaloPay:AppId"] = ZaloPayAppId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Providers:ZaloPay:Key1"] = ZaloPayKey1,
            ["Providers:ZaloPay:Key2s:0"] = ZaloPayKey2,
            ["Providers:ZaloPay:BaseUrl"] = zaloPayBaseUrl.AbsoluteUri,
            ["Providers:ZaloPay:CallbackUrl"] = new Uri(Merchant.BaseUrl, "/callbacks/zalopay/callback").AbsoluteUri,
            ["Providers:ZaloPay:RedirectUrl"] = new Uri(Merchant.BaseUrl, "/pay/return/zalopay").AbsoluteUri,
            ["Providers:ZaloPay:Resilience:TotalTimeout"] = "00:00:05",
            ["Providers:ZaloPay:Resilience:AttemptTimeout"] = "00:00:01",
            ["Providers:ZaloPay:Resilience:MaxRetryAttempts"] = "2",
            ["Providers:ZaloPay:Resilience:RetryBaseDelay"] = "00:00:00.010",
            ["Providers:ZaloPay:Resilience:BreakerMinimumThroughput"] = "1000",
            ["Providers:VnPay:TmnCode"] = VnPayTmnCode,
            ["Providers:VnPay:HashSecrets:0"] = VnPayHashSecret,
            ["Providers:VnPay:PaymentUrl"] = vnPayBaseUrl.AbsoluteUri + "/paymentv2/vpcpay.html",
            ["Providers:VnPay:ApiUrl"] = vnPayBaseUrl.AbsoluteUri + "/merchant_webapi/api/transaction",
            ["Providers:VnPay:ReturnUrl"] = new Uri(Merchant.BaseUrl, "/pay/return/vnpay").AbsoluteUri,
            ["Providers:VnPay:Resilience:TotalTimeout"] = "00:00:05",
            ["Providers:VnPay:Resilience:AttemptTimeout"] = "00:00:01",
            ["Providers:VnPay:Resilience:MaxRetryAttempts"] = "2",
            ["Providers:VnPay:Resilience:RetryBaseDelay"] = "00:00:00.010",
            ["Providers:VnPay:Resilience:BreakerMinimumThroughput"] = "1000",
            ["Providers:BankTransfer:BankBin"] = BankBin,
            ["Providers:BankTransfer:BankName"] = "Vietcombank",
            ["Providers:BankTransfer:AccountNumber"] = BankAccount,
            ["Providers:BankTransfer:AccountName"] = "PAYGOV THU PHI LE PHI",
            ["Providers:BankTransfer:ConnectorId"] = BankConnectorId,
            ["Providers:BankTransfer:NotificationSecrets:0"] = BankSecret,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMoMo();
        services.AddZaloPay();
        services.AddVnPay();
        services.AddBankTransfer();
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>A loopback URL nothing listens on: the port was free a moment ago and is closed again.</summary>
    public static Uri UnreachableUrl()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var closedPort = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{closedPort}/sandbox/");
    }

    public async Task SetFaultsAsync(string provider, SandboxFaults faults)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(SandboxUrl, "/sandbox/admin/faults/" + provider), faults);
        response.EnsureSuccessStatusCode();
    }

    public async Task ResetFaultsAsync(string provider)
    {
        using var response = await Http.DeleteAsync(new Uri(SandboxUrl, "/sandbox/admin/faults/" + provider));
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await clients.DisposeAsync();
        await sandbox.StopAsync();
        await sandbox.DisposeAsync();
        await Merchant.DisposeAsync();
    }
}

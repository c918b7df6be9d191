using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using PayGov.Gateway.Infrastructure;
using PayGov.Gateway.Sandbox;

namespace PayGov.Gateway.Reconciliation;

/// <summary>
/// The embedded sandbox's daily files, over HTTP at the gateway's own public address: provider settlement reports at
/// <c>/sandbox/{vnpay|momo|zalopay}/settlements/{day}</c> and the collection accounts' statements at
/// <c>/sandbox/bank/statements/{day}?format=mt940</c>. A 404 means the sandbox has no such file (or that endpoint is
/// not there yet): nothing is fetched.
/// </summary>
public sealed class SandboxFileSource(IHttpClientFactory http, IOptions<PayGovOptions> urls) : IReconciliationFileSource
{
    private static readonly (string Path, InputFileKind Kind, string Prefix, string Extension)[] Files =
    [
        ("vnpay/settlements/{0}", InputFileKind.VnPay, "vnpay", "csv"),
        ("momo/settlements/{0}", InputFileKind.MoMo, "momo", "csv"),
        ("zalopay/settlements/{0}", InputFileKind.ZaloPay, "zalopay", "csv"),
        ("bank/statements/{0}?format=mt940", InputFileKind.Mt940, "statement", "mt940"),
    ];

    public string Name => "sandbox";

    public async IAsyncEnumerable<FetchedFile> FetchAsync(DateOnly day, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var client = http.CreateClient(PaymentProvidersServiceCollectionExtensions.SandboxHttpClientName);
        var root = new Uri(urls.Value.PublicBaseUrl, EmbeddedSandbox.Root.TrimStart('/') + "/");
        foreach (var (path, kind, prefix, extension) in Files)
        {
            var address = new Uri(root, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            using var response = await client.GetAsync(address, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                continue;
            }

            response.EnsureSuccessStatusCode();
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            yield return new FetchedFile($"{prefix}_{day:yyyyMMdd}.{extension}", kind, day, content);
        }
    }
}
